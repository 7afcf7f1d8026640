#!/usr/bin/python3
"""Schema coverage: which elements and attributes of libvirt's RELAX NG schemas LibvirtGConfig
has typed accessors for, in our library and in Debian's libvirt-gconfig 4.0.0.

Usage:
  rng_coverage.py --floor FILE [--verbose] [--update-floor]

What is counted (rngschema.py): the element names and (element, attribute) pairs that
/usr/share/libvirt/schemas/{domain,network,storagepool,storagevol,nodedev,capability,domaincaps}.rng
allow, wildcards (anyName, nsName) left out. Keys are names alone, not paths: `source` is one
element for disks, interfaces and pools alike, and an attribute is (element name, attribute
name). So an element counts as typed once any accessor reaches an element of that name.

How "typed" is decided, mechanically, on each library in its own process with its own API (ours:
the GIR in the build tree, additions included; the reference: /usr/share/gir-1.0), through GI:

 1. Writing. Every setter of every class that has a zero-argument constructor is called with
    simple values on a fresh object, and all of a class's setters once on one object (the build
    mode of tests/differential/gconfig_walk.py, without its getter walk and without its
    replacement items). Every element and attribute in the objects' to_xml() is typed. A class's
    documents count for its schema by name: Domain* for domain, Network* for network, ...
    (CLASS_SCHEMAS; DomainSnapshot, NetworkFilter, Interface and Secret count for none).
 2. Reading, by ablation. For each document of tests/data/corpus and
    tests/data/roundtrip/real-qemu, every element name and attribute key it holds that is not
    yet typed is removed from it (every occurrence; an element with its subtree), the document
    is parsed again and walked through every zero-argument getter of every object it yields
    (gconfig_walk.walk); if any getter returns something else than on the unmodified document,
    the key is typed. Objects of a generic class (a plain DomainDevice: an element no class
    types) are left out of the comparison, and so is to_xml(). The root element of a document
    its class parses is typed (the class is its accessor). Every key of every document is
    tried: a few seconds per library.

The test passes unless one of our figures falls below the floor file (`schema elements attributes`
per line: typed counts of ours). --update-floor writes the current figures there.

Exit status: 0 pass, 1 below the floor, 77 skipped (no python-gi, typelib or schemas).
"""

import copy
import hashlib
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TESTS, 'python'))
sys.path.insert(0, os.path.join(TESTS, 'differential'))
sys.path.insert(0, os.path.join(TESTS, 'roundtrip'))
import gi_test_support  # noqa: E402
import rngschema  # noqa: E402
import roundtrip  # noqa: E402

SCHEMAS = ['domain', 'network', 'storagepool', 'storagevol', 'nodedev', 'capability', 'domaincaps']
# The schemas a class's documents belong to: the first prefix of its name that matches.
CLASS_SCHEMAS = [
    ('DomainCapabilities', ['domaincaps']),
    ('DomainSnapshot', []),
    ('Domain', ['domain']),
    ('NetworkFilter', []),
    ('Network', ['network']),
    ('StoragePool', ['storagepool']),
    ('StorageVol', ['storagevol']),
    ('StoragePermissions', ['storagepool', 'storagevol']),
    ('NodeDevice', ['nodedev']),
    ('Capabilities', ['capability']),
]
# Classes an element no accessor knows becomes (ours: unknown devices are plain DomainDevices).
GENERIC_CLASSES = {'DomainDevice', 'Object'}
CORPUS = os.path.join(TESTS, 'data', 'corpus')
REAL_QEMU = os.path.join(TESTS, 'data', 'roundtrip', 'real-qemu')


def schemas_of(class_name):
    for prefix, schemas in CLASS_SCHEMAS:
        if class_name.startswith(prefix):
            return schemas
    return []


def local(name):
    return name.rsplit('}', 1)[-1]


def keys_of(root):
    """The element names and (element, attribute) pairs of an ElementTree."""
    elements, attributes = set(), set()
    for element in root.iter():
        if not isinstance(element.tag, str):   # comments, processing instructions
            continue
        name = local(element.tag)
        elements.add(name)
        attributes.update((name, local(a)) for a in element.attrib)
    return elements, attributes


# ---------------------------------------------------------------------------------------------
# The child: one library

class Collector:
    def __init__(self, walker, schemas):
        self.walker = walker
        self.schemas = schemas
        self.elements = {s: set() for s in SCHEMAS}
        self.attributes = {s: set() for s in SCHEMAS}

    def add_xml(self, class_name, text):
        try:
            root = ET.fromstring(text)
        except ET.ParseError:
            return
        elements, attributes = keys_of(root)
        for schema in schemas_of(class_name):
            self.elements[schema] |= elements & self.schemas[schema].elements
            self.attributes[schema] |= attributes & self.schemas[schema].attributes

    def add_root(self, class_name, name):
        for schema in schemas_of(class_name):
            if name in self.schemas[schema].elements:
                self.elements[schema].add(name)

    def writing(self):
        items = [(item, body) for item, body in self.walker.build_items(getters=False)
                 if '/all-setters-then' not in item]
        for record in self.walker.run_isolated(items):
            if record['status'] != 'ok':
                continue
            class_name = record['item'].split('/')[1]
            result = record['result']
            trees = [step['tree'] for step in result['steps'] if 'tree' in step]
            trees += [result['tree']] if 'tree' in result else []
            for tree in trees:
                self.add_xml(class_name, tree['xml'])

    def reading(self, documents):
        for class_name, text in documents:
            try:
                root = ET.fromstring(text)
            except ET.ParseError:
                continue
            elements, attributes = keys_of(root)
            candidates = []
            for schema in schemas_of(class_name):
                known = self.schemas[schema]
                candidates += [('element', e) for e in sorted(elements & known.elements - self.elements[schema])
                               if e != local(root.tag)]
                candidates += [('attribute', a) for a in sorted(attributes & known.attributes
                                                                - self.attributes[schema])]
            candidates = list(dict.fromkeys(candidates))
            items = [('baseline', self._reading_of(class_name, root, None))]
            items += [(json.dumps(key), self._reading_of(class_name, root, key)) for key in candidates]
            baseline = None     # stays None when the document does not parse: nothing to compare
            for record in self.walker.run_isolated(items):
                result = record.get('result') if record['status'] == 'ok' else None
                if record['item'] == 'baseline':
                    baseline = result
                    if baseline is not None:
                        self.add_root(class_name, local(root.tag))
                elif baseline is not None and result is not None and result != baseline:
                    kind, key = json.loads(record['item'])
                    for schema in schemas_of(class_name):
                        if kind == 'element':
                            self.elements[schema].add(key)
                        else:
                            self.attributes[schema].add(tuple(key))

    def _reading_of(self, class_name, root, key):
        """A body returning a digest of what the getters read from `root` without `key`."""
        walker = self.walker

        def body():
            tree = copy.deepcopy(root)
            if key is not None:
                remove(tree, key)
            cls = walker.class_or_unimplemented(class_name)
            try:
                obj = cls.new_from_xml(ET.tostring(tree, encoding='unicode'))
            except Exception:
                return None
            walked = walker.walk(obj)
            return hashlib.sha256(json.dumps(read_values(walked), sort_keys=True).encode()).hexdigest()
        return body

    def report(self):
        return {s: {'elements': sorted(self.elements[s]), 'attributes': sorted(self.attributes[s])}
                for s in SCHEMAS}


def remove(root, key):
    kind, name = key
    if kind == 'element':
        for parent in root.iter():
            for child in [c for c in parent if isinstance(c.tag, str) and local(c.tag) == name]:
                parent.remove(child)
    else:
        element_name, attribute_name = name
        for element in root.iter():
            if isinstance(element.tag, str) and local(element.tag) == element_name:
                for a in [a for a in element.attrib if local(a) == attribute_name]:
                    del element.attrib[a]


def is_generic(value):
    return isinstance(value, list) and value[:1] == ['obj'] and value[1].get('type') in GENERIC_CLASSES


def read_values(value):
    """What the getters of a walked object returned: no XML, no logs, no generic objects."""
    if isinstance(value, dict):
        return [value.get('type'), [[call[0], read_values(call[1])] for call in value.get('calls', [])]]
    if isinstance(value, list):
        if value[:1] == ['obj']:
            return read_values(value[1])
        if value[:1] == ['list']:
            return ['list', [read_values(v) for v in value[1] if not is_generic(v)]]
        return [read_values(v) for v in value]
    return value


def reading_documents():
    """(class name, text) of the corpus documents, a real libvirtd's first."""
    out = []
    for name in sorted(os.listdir(REAL_QEMU)):
        if name.endswith('.xml'):
            with open(os.path.join(REAL_QEMU, name), encoding='utf-8') as f:
                out.append((roundtrip.class_of(name), f.read()))
    for class_name in sorted(os.listdir(CORPUS)):
        directory = os.path.join(CORPUS, class_name)
        if not os.path.isdir(directory):
            continue
        # libvirt's own output (virsh-*) first: realistic documents hold the most keys.
        for name in sorted(os.listdir(directory), key=lambda n: (not n.startswith('virsh-'), n)):
            if name.endswith('.xml'):
                with open(os.path.join(directory, name), 'rb') as f:
                    out.append((class_name, f.read().decode('utf-8', 'replace')))
    return out


def collect(out_path):
    is_reference, _ = gi_test_support.setup(__file__, ['LibvirtGConfig'], reference=True)
    import gconfig_walk
    import refgir
    if not is_reference:
        gconfig_walk.API = refgir.Api(os.path.join(gi_test_support.build_dir(), 'introspection',
                                                   'LibvirtGConfig-1.0.gir'))
    schemas = {name: rngschema.load(name) for name in SCHEMAS}
    collector = Collector(gconfig_walk, schemas)
    collector.writing()
    collector.reading(reading_documents())
    with open(out_path, 'w') as f:
        json.dump(collector.report(), f)
    return 0


# ---------------------------------------------------------------------------------------------
# The parent

def run_collect(out_path, reference):
    gi_test_support.run_self(__file__, ['--collect', out_path], reference)
    with open(out_path) as f:
        report = json.load(f)
    return {s: (set(report[s]['elements']), {tuple(a) for a in report[s]['attributes']}) for s in SCHEMAS}


def read_floor(path):
    floor = {}
    with open(path) as f:
        for line in f:
            fields = line.split('#', 1)[0].split()
            if fields:
                floor[fields[0]] = (int(fields[1]), int(fields[2]))
    return floor


def write_floor(path, ours):
    with open(path, 'w') as f:
        f.write('# Typed elements and attributes of ours per schema (rng_coverage.py --update-floor):\n'
                '# the coverage test fails when a figure falls below its line.\n')
        for s in SCHEMAS:
            f.write('%s %d %d\n' % (s, len(ours[s][0]), len(ours[s][1])))


def percent(part, whole):
    return '%5.1f%%' % (100.0 * part / whole) if whole else '   - '


def main():
    args = sys.argv[1:]
    if '--collect' in args:
        return collect(args[args.index('--collect') + 1])
    if '--floor' not in args:
        print(__doc__)
        return 2
    floor_path = args[args.index('--floor') + 1]
    if not os.path.isdir(rngschema.SCHEMA_DIR):
        gi_test_support.skip('libvirt\'s schemas are not installed (%s)' % rngschema.SCHEMA_DIR)
    schemas = {name: rngschema.load(name) for name in SCHEMAS}
    with tempfile.TemporaryDirectory(prefix='lvgrs-coverage-') as work_dir:
        ours = run_collect(os.path.join(work_dir, 'ours.json'), reference=False)
        reference = run_collect(os.path.join(work_dir, 'reference.json'), reference=True)

    print('Typed accessors per schema (keys: element names, (element, attribute) pairs; how: %s)'
          % os.path.relpath(__file__, os.path.dirname(TESTS)))
    print('%-12s | %-22s %-22s | %-22s %-22s' % ('schema', 'elements, ours', 'attributes, ours',
                                                'elements, 4.0.0', 'attributes, 4.0.0'))
    for s in SCHEMAS:
        total_e, total_a = len(schemas[s].elements), len(schemas[s].attributes)
        cells = []
        for e, a in (ours[s], reference[s]):
            cells += ['%4d/%-4d %s' % (len(e), total_e, percent(len(e), total_e)),
                      '%4d/%-4d %s' % (len(a), total_a, percent(len(a), total_a))]
        print('%-12s | %-22s %-22s | %-22s %-22s' % tuple([s] + cells))
    if '--verbose' in args:
        for s in SCHEMAS:
            e, a = ours[s]
            print('\n%s, untyped in ours:\n  elements: %s\n  attributes: %s'
                  % (s, ' '.join(sorted(schemas[s].elements - e)),
                     ' '.join('%s@%s' % p for p in sorted(schemas[s].attributes - a))))
    if '--update-floor' in args:
        write_floor(floor_path, ours)
        print('floor written to %s' % floor_path)
        return 0
    floor = read_floor(floor_path)
    below = ['%s: %d elements, %d attributes (floor %d, %d)' % (s, len(ours[s][0]), len(ours[s][1]), *floor[s])
             for s in SCHEMAS if s in floor and (len(ours[s][0]) < floor[s][0] or len(ours[s][1]) < floor[s][1])]
    for line in below:
        print('BELOW THE FLOOR %s' % line)
    if below:
        print('FAIL')
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
