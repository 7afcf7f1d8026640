"""The element and attribute names a libvirt RELAX NG schema allows, read with the stdlib.

    schema = Schema('/usr/share/libvirt/schemas/domain.rng')
    schema.elements      # {'domain', 'disk', 'source', ...}
    schema.attributes    # {('disk', 'type'), ('source', 'file'), ...}

Keys are names alone: an element is its local name wherever it appears (`source` of a disk and
of an interface are one key), an attribute is (element name, attribute name). libvirt reuses
names across contexts (`source`, `target`, `driver`, `address`) with the same meaning, and the
DOM only knows an element's parent once it is in a document: keying by name keeps what the
schema allows and what a fragment built on its own shows comparable.

The grammar is followed from <start>: <include> (with the defines and start an include element
overrides), <externalRef> (its own grammar), <ref> to every <define> of that name (combine=
merges them, so all are followed). Name classes: <name> and <choice> of names count; <anyName>
and <nsName> (metadata, foreign namespaces) are wildcards and are left out. libvirt's schemas
have no nested <grammar> (nor so <parentRef>).
"""

import os
import xml.etree.ElementTree as ET

RNG = '{http://relaxng.org/ns/structure/1.0}'
SCHEMA_DIR = '/usr/share/libvirt/schemas'


def _local(tag):
    return tag[len(RNG):] if tag.startswith(RNG) else None


class Grammar:
    """One <grammar> with its includes merged: start patterns and defines (a list per name)."""

    def __init__(self, path, overridden=frozenset()):
        self.starts = []
        self.defines = {}
        self._load(path, overridden)

    def _load(self, path, overridden):
        root = ET.parse(path).getroot()
        self._merge(root, os.path.dirname(path), overridden)

    def _merge(self, grammar, base, overridden):
        for child in grammar:
            kind = _local(child.tag)
            if kind == 'start' and 'start' not in overridden:
                self.starts.extend(child)
            elif kind == 'define' and child.get('name') not in overridden:
                self.defines.setdefault(child.get('name'), []).extend(child)
            elif kind == 'div':
                self._merge(child, base, overridden)
            elif kind == 'include':
                # What the include element itself defines replaces the included file's version.
                own = {c.get('name') if _local(c.tag) == 'define' else 'start'
                       for c in child if _local(c.tag) in ('define', 'start')}
                self._load(os.path.join(base, child.get('href')), overridden | own)
                self._merge(child, base, overridden)


class Schema:
    def __init__(self, path):
        self.path = path
        self.elements = set()
        self.attributes = set()
        self._seen = set()
        grammar = Grammar(path)
        for pattern in grammar.starts:
            self._walk(pattern, grammar, None, os.path.dirname(path))

    @staticmethod
    def _names(name_class):
        """The names a name class allows (wildcards none)."""
        kind = _local(name_class.tag)
        if kind == 'name':
            return [name_class.text.strip().split(':')[-1]]
        if kind == 'choice':
            return [n for c in name_class for n in Schema._names(c)]
        return []

    def _named(self, node):
        """The names of an <element> or <attribute>, and the children that form its content."""
        if node.get('name') is not None:
            return [node.get('name').split(':')[-1]], list(node)
        children = list(node)
        return self._names(children[0]), children[1:]

    def _walk(self, node, grammar, element, base):
        kind = _local(node.tag)
        if kind is None:        # annotations in another namespace
            return
        if kind == 'element':
            names, content = self._named(node)
            self.elements.update(names)
            for name in names:
                for child in content:
                    self._walk(child, grammar, name, base)
        elif kind == 'attribute':
            names, _content = self._named(node)
            if element is not None:
                self.attributes.update((element, name) for name in names)
        elif kind == 'ref':
            name = node.get('name')
            # A define means the same under the same element wherever it is referenced.
            key = (id(grammar), name, element)
            if key in self._seen:
                return
            self._seen.add(key)
            for child in grammar.defines.get(name, []):
                self._walk(child, grammar, element, base)
        elif kind == 'externalRef':
            path = os.path.join(base, node.get('href'))
            inner = Grammar(path)
            for child in inner.starts:
                self._walk(child, inner, element, os.path.dirname(path))
        elif kind in ('data', 'value', 'text', 'empty', 'notAllowed', 'param', 'name', 'anyName',
                      'nsName', 'except', 'documentation'):
            return
        else:   # group, interleave, choice, optional, zeroOrMore, oneOrMore, mixed, list, div
            for child in node:
                self._walk(child, grammar, element, base)


def load(name):
    """The schema SCHEMA_DIR/NAME.rng."""
    return Schema(os.path.join(SCHEMA_DIR, name + '.rng'))


if __name__ == '__main__':
    import sys
    for schema_name in sys.argv[1:] or ['domain', 'network', 'storagepool', 'storagevol', 'nodedev',
                                        'capability', 'domaincaps']:
        s = load(schema_name)
        print('%-12s %4d elements %5d attributes' % (schema_name, len(s.elements), len(s.attributes)))
