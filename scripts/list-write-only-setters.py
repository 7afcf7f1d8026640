#!/usr/bin/env python3
"""Lists the setters of a LibvirtGConfig GIR whose class (or an ancestor) has no matching
getter (`set_X` without `get_X`/`is_X`/`has_X`), one `Class.set_X` per line, and the count on
stderr. Usage: list-write-only-setters.py [GIR] (default: the reference GIR)."""
import sys
import xml.etree.ElementTree as ET

CORE = '{http://www.gtk.org/introspection/core/1.0}'
gir = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/gir-1.0/LibvirtGConfig-1.0.gir'
classes = {c.get('name'): c for c in ET.parse(gir).getroot().iter(CORE + 'class')}


def methods(name):
    found = set()
    while name in classes:
        found |= {m.get('name') for m in classes[name].findall(CORE + 'method')}
        name = classes[name].get('parent')
    return found


missing = []
for name, cls in classes.items():
    every = methods(name)
    for method in (m.get('name') for m in cls.findall(CORE + 'method')):
        if method.startswith('set_') and not any(p + method[4:] in every for p in ('get_', 'is_', 'has_')):
            missing.append(f'{name}.{method}')
print('\n'.join(sorted(missing)))
print(len(missing), 'write-only setters', file=sys.stderr)
