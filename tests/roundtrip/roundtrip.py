#!/usr/bin/python3
"""Round trip of what libvirt writes: parse with LibvirtGConfig, to_xml(), the same bytes again.

Usage:
  roundtrip.py [--test-driver] [--real-qemu-live] [--ours-only] [DIR ...] [-v]

Documents:
  DIR               every DIR/*.xml (tests/data/roundtrip/real-qemu: a real libvirtd's, checked in)
  --test-driver     made now from libvirt's test:///default through libvirt-python: capabilities,
                    every domain (live and --inactive) with a snapshot -- the driver's own and the
                    corpus's tests/data/corpus/Domain/virsh-h*.xml, defined and started --, networks,
                    pools and their volumes (one made raw), node devices, interfaces. The driver has no domain
                    capabilities, network filters or secrets, and no --inactive form of networks and
                    interfaces.
  --real-qemu-live  made now by a private real libvirtd (tests/data/roundtrip/real-qemu/regenerate.sh
                    into a temporary directory; root)

A file's class is the part of its name before the first '-' or '.' (KIND_CLASSES): domain-*.xml is
parsed as a Domain, vol-*.xml as a StorageVol, ...

Each document is parsed with LibvirtGConfig.<Class>.new_from_xml and written back with to_xml(),
on our library and, in a second process, on Debian's libvirt-gconfig 4.0.0 (the oracle). Ours must
give back every document byte for byte; where the reference does not, it is reported (not a
failure: it shows where 4.0.0 loses or rewrites what libvirt wrote).

Normalisation, the only one: libvirt writes attribute values in single quotes and escapes ' and "
as &apos; and &quot; everywhere; libxml2's serializer, which both libraries follow byte for byte
(xmlNodeDump), writes double quotes, and escapes " only inside attribute values. So in the
*expected* text every attribute='value' of libvirt's becomes attribute="value" with &apos; turned
back into ', and &apos;/&quot; in text become ' and ". to_xml() has no trailing newline and
libvirt's documents end with one: the comparison adds it. Nothing else (whitespace, attribute order,
empty elements, element order) is touched.

A difference on ours fails the test unless known-differences.txt explains it: one line each,
`ITEM-GLOB /REGEX/ | reason`, REGEX searched in the rendered difference (a unified diff, libvirt's
text against to_xml()). A line that explains nothing fails the test too (fixed: remove it).

Exit status: 0 all identical on ours (or known), 1 a difference on ours, 77 skipped (no
python-gi/libvirt).
"""

import difflib
import fnmatch
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'python'))
import gi_test_support  # noqa: E402

DRIVER_DOMAINS = os.path.join(HERE, '..', 'data', 'corpus', 'Domain')
KNOWN_DIFFERENCES = os.path.join(HERE, 'known-differences.txt')
# Non-ASCII text in an element and in an attribute, which libvirt writes as UTF-8.
NON_ASCII_DOMAIN = """<domain type='test'>
  <name>rt-non-ascii</name>
  <title>Donn\u00e9es \u65e5\u672c</title>
  <memory>65536</memory>
  <os><type>hvm</type></os>
  <devices>
    <disk type='file' device='disk'>
      <source file='/var/lib/libvirt/images/donn\u00e9es.img'/>
      <target dev='vda' bus='virtio'/>
    </disk>
  </devices>
</domain>"""
REGENERATE_REAL_QEMU = os.path.join(HERE, '..', 'data', 'roundtrip', 'real-qemu', 'regenerate.sh')

# The LibvirtGConfig class a document is parsed with, by the first word of its file name.
KIND_CLASSES = {
    'capabilities': 'Capabilities',
    'domcapabilities': 'DomainCapabilities',
    'domain': 'Domain',
    'snapshot': 'DomainSnapshot',
    'network': 'Network',
    'pool': 'StoragePool',
    'vol': 'StorageVol',
    'nodedev': 'NodeDevice',
    'interface': 'Interface',
    'nwfilter': 'NetworkFilter',
    'secret': 'Secret',
}


def class_of(file_name):
    kind = re.split(r'[-.]', file_name, 1)[0]
    if kind not in KIND_CLASSES:
        raise SystemExit('%s: no class for documents named %s-*' % (file_name, kind))
    return KIND_CLASSES[kind]


# ---------------------------------------------------------------------------------------------
# Normalisation: libvirt's quoting to libxml2's (see the docstring)

_TOKENS = re.compile(r'<[^>]*>|[^<]+')
_SINGLE_QUOTED = re.compile(r"(\s[^\s=]+=)'([^']*)'")


def _double_quoted(match):
    return '%s"%s"' % (match.group(1), match.group(2).replace('&apos;', "'"))


def libxml2_quoting(text):
    out = []
    for token in _TOKENS.findall(text):
        if token.startswith('<'):
            if not token.startswith(('<!', '<?', '</')):
                token = _SINGLE_QUOTED.sub(_double_quoted, token)
        else:
            token = token.replace('&apos;', "'").replace('&quot;', '"')
        out.append(token)
    return ''.join(out)


# ---------------------------------------------------------------------------------------------
# Documents

def documents_in(directory):
    label = os.path.basename(os.path.normpath(directory))
    out = []
    for name in sorted(os.listdir(directory)):
        if name.endswith('.xml'):
            with open(os.path.join(directory, name), encoding='utf-8') as f:
                out.append(('%s/%s' % (label, name), class_of(name), f.read()))
    return out


def test_driver_documents():
    try:
        import libvirt
    except ImportError:
        gi_test_support.skip('libvirt-python is not installed (python3-libvirt)')
    libvirt.registerErrorHandler(lambda *_: None, None)
    conn = libvirt.open('test:///default')
    inactive = libvirt.VIR_DOMAIN_XML_INACTIVE
    docs = [('capabilities.xml', conn.getCapabilities())]
    # The corpus's hand-written domains that libvirt's test driver accepts (regenerate-virsh.sh
    # made them), defined and started here: its formatter on many more devices than `test` has.
    for name in sorted(os.listdir(DRIVER_DOMAINS)):
        if name.startswith('virsh-h') and name.endswith('.xml'):
            with open(os.path.join(DRIVER_DOMAINS, name), encoding='utf-8') as f:
                conn.defineXML(f.read()).create()
    conn.defineXML(NON_ASCII_DOMAIN)
    for dom in conn.listAllDomains():
        docs.append(('domain-%s.xml' % dom.name(), dom.XMLDesc(0)))
        docs.append(('domain-%s-inactive.xml' % dom.name(), dom.XMLDesc(inactive)))
        snapshot = dom.snapshotCreateXML('<domainsnapshot><name>roundtrip</name>'
                                         '<description>a &apos;test&apos;</description></domainsnapshot>')
        docs.append(('snapshot-%s.xml' % dom.name(), snapshot.getXMLDesc()))
    for net in conn.listAllNetworks():
        docs.append(('network-%s.xml' % net.name(), net.XMLDesc(0)))
    for pool in conn.listAllStoragePools():
        pool.createXML("<volume><name>roundtrip.img</name><capacity unit='M'>1</capacity>"
                       "<target><format type='raw'/></target></volume>")
        docs.append(('pool-%s.xml' % pool.name(), pool.XMLDesc(0)))
        for vol in pool.listAllVolumes():
            docs.append(('vol-%s-%s.xml' % (pool.name(), vol.name()), vol.XMLDesc()))
    for dev in conn.listAllDevices():
        docs.append(('nodedev-%s.xml' % dev.name(), dev.XMLDesc()))
    for iface in conn.listAllInterfaces():
        docs.append(('interface-%s.xml' % iface.name(), iface.XMLDesc(0)))
    conn.close()
    return [('test-driver/%s' % name, class_of(name), text) for name, text in docs]


def real_qemu_documents(work_dir):
    out_dir = os.path.join(work_dir, 'real-qemu-live')
    os.makedirs(out_dir)
    env = dict(os.environ, ROUNDTRIP_STATE_DIR=os.path.join(work_dir, 'state'))
    result = subprocess.run([REGENERATE_REAL_QEMU, out_dir], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    if result.returncode != 0:
        raise SystemExit('regenerate.sh failed (%d):\n%s' % (result.returncode, result.stdout))
    return documents_in(out_dir)


# ---------------------------------------------------------------------------------------------
# The child: parse and to_xml on one library

def serialize_all(docs_file):
    (_reference, LibvirtGConfig) = gi_test_support.setup(__file__, ['LibvirtGConfig'], reference=True)
    with open(docs_file, encoding='utf-8') as f:
        docs = json.load(f)
    results = {}
    for item, class_name, text in docs:
        cls = getattr(LibvirtGConfig, class_name, None)
        if cls is None:
            results[item] = ['error', 'no class %s' % class_name]
            continue
        try:
            results[item] = ['ok', cls.new_from_xml(text).to_xml()]
        except Exception as exc:    # GLib.Error from the parser
            results[item] = ['error', str(exc)]
    json.dump(results, sys.stdout)
    return 0


def run_child(docs_file, reference):
    return json.loads(gi_test_support.run_self(__file__, ['--serialize', docs_file], reference))


# ---------------------------------------------------------------------------------------------

def load_known_differences():
    out = []
    with open(KNOWN_DIFFERENCES, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            match = re.match(r'(\S+)\s+/(.*)/\s+\|\s+(.+)$', line)
            if not match:
                raise SystemExit('%s:%d: expected "ITEM-GLOB /REGEX/ | reason"' % (KNOWN_DIFFERENCES, lineno))
            out.append({'item': match.group(1), 'regex': re.compile(match.group(2)), 'reason': match.group(3),
                        'used': False})
    return out


def difference(expected, result):
    """None when `result` gives back `expected`, else a short description (a unified diff)."""
    status, text = result
    if status != 'ok':
        return 'parse error: %s' % text
    if text + '\n' == expected:
        return None
    diff = difflib.unified_diff(expected.splitlines(), text.splitlines(), 'libvirt', 'to_xml', lineterm='', n=1)
    lines = list(diff)
    if not lines:   # the same lines: only the end of the text differs
        lines = ['end: %r vs %r' % (expected[-20:], (text + '\n')[-20:])]
    return '\n'.join(lines[:40] + (['... (%d more lines)' % (len(lines) - 40)] if len(lines) > 40 else []))


def main():
    args = sys.argv[1:]
    if '--serialize' in args:
        return serialize_all(args[args.index('--serialize') + 1])
    verbose = '-v' in args
    docs = []
    with tempfile.TemporaryDirectory(prefix='lvgrs-roundtrip-') as work_dir:
        if '--real-qemu-live' in args:
            if os.geteuid() != 0:
                gi_test_support.skip('a real libvirtd needs root')
            docs += real_qemu_documents(work_dir)
        if '--test-driver' in args:
            docs += test_driver_documents()
        for directory in (a for a in args if not a.startswith('-')):
            docs += documents_in(directory)
        docs_file = os.path.join(work_dir, 'documents.json')
        with open(docs_file, 'w', encoding='utf-8') as f:
            json.dump(docs, f)
        ours = run_child(docs_file, reference=False)
        # Without the reference (meson -Dreference_tests=false) every document counts as differing there.
        reference = {} if '--ours-only' in args else run_child(docs_file, reference=True)

    known = load_known_differences()
    ours_failed = []
    ours_known = []
    reference_failed = []
    for item, _class_name, text in docs:
        expected = libxml2_quoting(text)
        ours_diff = difference(expected, ours[item])
        reference_diff = difference(expected, reference.get(item, ['error', 'not run']))
        explained = ours_diff is not None and next(
            (k for k in known if fnmatch.fnmatchcase(item, k['item']) and k['regex'].search(ours_diff)), None)
        if explained:
            explained['used'] = True
            ours_known.append(item)
            if verbose:
                print('known (ours) %s: %s\n  %s' % (item, explained['reason'], ours_diff.replace('\n', '\n  ')))
        elif ours_diff is not None:
            ours_failed.append(item)
            print('FAIL (ours) %s:\n  %s' % (item, ours_diff.replace('\n', '\n  ')))
        if reference_diff is not None:
            reference_failed.append(item)
            if verbose:
                print('reference differs %s:\n  %s' % (item, reference_diff.replace('\n', '\n  ')))
    total = len(docs)
    print('%d documents: ours gives back %d byte for byte, the reference (libvirt-gconfig 4.0.0) %d'
          % (total, total - len(ours_failed) - len(ours_known), total - len(reference_failed)))
    if ours_known:
        print('ours differs, as known-differences.txt explains, on: %s' % ' '.join(ours_known))
    if reference_failed:
        print('the reference differs on: %s' % ' '.join(reference_failed))
    # A line is stale when this run has documents it names and it explains none of them.
    stale = [k for k in known
             if not k['used'] and any(fnmatch.fnmatchcase(item, k['item']) for item, _c, _t in docs)]
    for k in stale:
        print('STALE known difference (explains nothing): %s | %s' % (k['item'], k['reason']))
    if ours_failed or stale:
        print('FAIL: ours differs on %d: %s; %d stale known difference(s)'
              % (len(ours_failed), ' '.join(ours_failed), len(stale)))
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
