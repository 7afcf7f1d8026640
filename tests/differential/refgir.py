"""The reference LibvirtGConfig API, read from Debian's GIR (libvirt-glib 4.0.0).

Both runs of the differential walker (on ours and on the reference) take the classes, methods,
argument types and enum values from this one file, so they make exactly the same calls; methods
the reference does not have (our additions) are never called.
"""

import xml.etree.ElementTree as ET

REFERENCE_GIR = '/usr/share/gir-1.0/LibvirtGConfig-1.0.gir'

_CORE = '{http://www.gtk.org/introspection/core/1.0}'
_GLIB = '{http://www.gtk.org/introspection/glib/1.0}'


class Param:
    def __init__(self, name, type_name, element_type, is_array, nullable, direction):
        self.name = name
        self.type_name = type_name          # 'utf8', 'guint64', 'DomainDiskBus', 'GLib.List', ...
        self.element_type = element_type    # for lists and arrays
        self.is_array = is_array
        self.nullable = nullable
        self.direction = direction or 'in'

    def __repr__(self):
        return 'Param(%s: %s%s)' % (self.name, self.type_name, '?' if self.nullable else '')


class Method:
    def __init__(self, cls, name, params, throws, return_type):
        self.cls = cls
        self.name = name
        self.params = params
        self.throws = throws
        self.return_type = return_type

    @property
    def in_params(self):
        return [p for p in self.params if p.direction != 'out']

    @property
    def key(self):
        return '%s.%s' % (self.cls, self.name)


class Class:
    def __init__(self, name, parent, abstract, glib_type_name):
        self.name = name
        self.parent = parent
        self.abstract = abstract
        self.glib_type_name = glib_type_name
        self.methods = {}
        self.constructors = {}


class Api:
    def __init__(self, path=REFERENCE_GIR):
        root = ET.parse(path).getroot()
        ns = root.find(_CORE + 'namespace')
        self.classes = {}
        self.enums = {}
        self.by_glib_name = {}
        for e in ns.findall(_CORE + 'enumeration') + ns.findall(_CORE + 'bitfield'):
            self.enums[e.get('name')] = [(m.get('name'), int(m.get('value')), m.get(_GLIB + 'nick'))
                                         for m in e.findall(_CORE + 'member')]
        for c in ns.findall(_CORE + 'class'):
            parent = c.get('parent')
            if parent and '.' in parent:
                parent = None
            cls = Class(c.get('name'), parent, c.get('abstract') == '1', c.get(_GLIB + 'type-name'))
            self.classes[cls.name] = cls
            self.by_glib_name[cls.glib_type_name] = cls
            for kind, table in (('method', cls.methods), ('constructor', cls.constructors)):
                for m in c.findall(_CORE + kind):
                    params = [self._param(p) for p in m.findall(_CORE + 'parameters/' + _CORE + 'parameter')]
                    ret = m.find(_CORE + 'return-value')
                    table[m.get('name')] = Method(cls.name, m.get('name'), params, m.get('throws') == '1',
                                                  self._type_of(ret)[0])

    @staticmethod
    def _type_of(node):
        t = node.find(_CORE + 'type')
        if t is not None:
            inner = t.find(_CORE + 'type')
            return t.get('name'), (inner.get('name') if inner is not None else None), False
        a = node.find(_CORE + 'array')
        if a is not None:
            inner = a.find(_CORE + 'type')
            return 'array', (inner.get('name') if inner is not None else None), True
        return None, None, False

    def _param(self, p):
        type_name, element, is_array = self._type_of(p)
        nullable = p.get('nullable') == '1' or p.get('allow-none') == '1'
        return Param(p.get('name'), type_name, element, is_array, nullable, p.get('direction'))

    def chain(self, name):
        """`name` and its ancestors in the reference, most derived first."""
        out = []
        while name in self.classes:
            out.append(self.classes[name])
            name = self.classes[name].parent
        return out

    def subclasses(self, name):
        """Every class deriving from `name` (itself included)."""
        return [c for c in self.classes.values() if name in (k.name for k in self.chain(c.name))]

    def enum_of(self, type_name):
        return self.enums.get(type_name)
