#!/usr/bin/python3
"""Differential test of LibvirtGConfig: our library against Debian's libvirt-gconfig 4.0.0.

Usage:
  run_differential.py --build-dir BUILD --expectations FILE parse CORPUS_DIR [-v] [--only GLOB]
  run_differential.py --build-dir BUILD --expectations FILE build [-v] [--only GLOB]

Runs gconfig_walk.py twice, in two processes at once: on ours (LD_LIBRARY_PATH=BUILD,
GI_TYPELIB_PATH=BUILD/introspection) and on the reference (both unset), then compares the two
outputs record by record and value by value. Lists of objects (get_devices, ...) are aligned by
type and XML, so a device one side lacks is reported once rather than shifting everything after
it.

Every difference has an item (the corpus file, e.g. `Domain/disks.xml`, or the setter,
`build/DomainDisk/DomainDisk.set_type`), a place (the method that returned it, e.g.
`DomainDisk.get_target_bus`, `Domain.get_devices` for a list element, `DomainDisk.to_xml`) and a
kind: value, message (same GError domain and code, other wording), type, extra-in-ours, extra-in-reference, xml, log, crash, timeout, exception.
The expectations file lists the known ones, one per line:

    OWNER  ITEM-GLOB  PLACE-GLOB  KIND  [/REGEX/]  | reason

OWNER is `reference` (a bug of libvirt-gconfig 4.0.0: we behave correctly), `ours` (a bug of
ours, expected to fail until fixed) or `deliberate` (an intended deviation). REGEX, if given, must
match the rendered difference. The test fails on any difference no line explains, and on any line
that explains nothing (a stale entry: a fixed bug must leave the list). Lines whose ITEM-GLOB
starts with "build/" belong to the build mode, the others to the parse mode (staleness is judged
in the line's own mode; a line explains differences in both).

Exit status: 0 pass, 1 unexplained differences or stale entries, 77 skipped (no python-gi/typelib).
"""

import argparse
import difflib
import fnmatch
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WALKER = os.path.join(HERE, 'gconfig_walk.py')
SKIP = 77
PYTHON = '/usr/bin/python3'
REFERENCE_GIR = '/usr/share/gir-1.0/LibvirtGConfig-1.0.gir'


# ---------------------------------------------------------------------------------------------
# Expectations

class Expectation:
    def __init__(self, lineno, owner, item, place, kind, regex, reason):
        self.lineno = lineno
        self.owner = owner
        self.item = item
        self.place = place
        self.kind = kind
        self.regex = re.compile(regex, re.S) if regex else None
        self.reason = reason
        self.used = 0

    def matches(self, diff):
        return (fnmatch.fnmatchcase(diff.item, self.item) and fnmatch.fnmatchcase(diff.place, self.place)
                and self.kind == diff.kind and (self.regex is None or self.regex.search(diff.render())))

    def __str__(self):
        return 'line %d: %s %s %s %s' % (self.lineno, self.owner, self.item, self.place, self.kind)


OWNERS = ('reference', 'ours', 'deliberate')
KINDS = ('value', 'message', 'type', 'extra-in-ours', 'extra-in-reference', 'xml', 'log', 'crash', 'timeout',
         'exception', 'status')


def load_expectations(path):
    out = []
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith('#'):
                continue
            if ' | ' not in stripped:
                raise SystemExit('%s:%d: missing " | reason"' % (path, lineno))
            spec, reason = stripped.split(' | ', 1)
            fields = spec.split()
            regex = None
            if len(fields) == 5 and fields[4].startswith('/') and fields[4].endswith('/'):
                regex = fields.pop()[1:-1]
            if len(fields) != 4 or fields[0] not in OWNERS or fields[3] not in KINDS or not reason.strip():
                raise SystemExit('%s:%d: expected "OWNER ITEM PLACE KIND [/REGEX/] | reason"' % (path, lineno))
            out.append(Expectation(lineno, fields[0], fields[1], fields[2], fields[3], regex, reason.strip()))
    return out


# ---------------------------------------------------------------------------------------------
# Differences

CONTROL = re.compile('[\x00-\x08\x0b-\x1f\x7f]')


def visible(text):
    """`text` with its control characters (other than tab and newline) written \\xNN."""
    return CONTROL.sub(lambda m: '\\x%02x' % ord(m.group()), text)


def short(value, limit=400):
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
    text = visible(text)
    return text if len(text) <= limit else text[:limit] + '...'


class Diff:
    def __init__(self, item, path, place, kind, ours, ref):
        self.item = item
        self.path = path
        self.place = place
        self.kind = kind
        self.ours = ours
        self.ref = ref

    def render(self):
        if self.kind == 'xml' and isinstance(self.ours, str) and isinstance(self.ref, str):
            lines = difflib.unified_diff(visible(self.ref).splitlines(), visible(self.ours).splitlines(),
                                         'reference', 'ours', lineterm='', n=1)
            return '\n'.join(lines)
        return 'ours: %s\n  reference: %s' % (short(self.ours), short(self.ref))

    def __str__(self):
        return '%s: %s [%s] at %s\n  %s' % (self.item, self.place, self.kind, ' > '.join(self.path) or '(root)',
                                          self.render().replace('\n', '\n  '))


def place_of(path):
    """The last method of the path (`Class.method`), without arguments or list indices."""
    for seg in reversed(path):
        if not seg.startswith('['):
            return seg.split('(', 1)[0]
    return '(root)'


def element_key(value):
    if isinstance(value, list) and len(value) == 2 and value[0] == 'obj':
        return (value[1].get('type'), value[1].get('xml'))
    return json.dumps(value, sort_keys=True)


def xml_key(value):
    if isinstance(value, list) and len(value) == 2 and value[0] == 'obj':
        return value[1].get('xml')
    return json.dumps(value, sort_keys=True)


def is_object(value):
    return isinstance(value, list) and len(value) == 2 and value[0] == 'obj'


def is_error(value):
    """A GError: ['error', domain, code, message]."""
    return isinstance(value, list) and len(value) == 4 and value[0] == 'error'


def is_unimplemented(value):
    return value == ['unimplemented']


class Comparer:
    def __init__(self, item):
        self.item = item
        self.diffs = []

    def add(self, path, kind, ours, ref, place=None):
        self.diffs.append(Diff(self.item, list(path), place or place_of(path), kind, ours, ref))

    def node(self, path, ours, ref):
        if ours.get('type') != ref.get('type'):
            self.add(path, 'type', ours.get('type'), ref.get('type'))
        ref_calls = {c[0]: c for c in ref.get('calls', [])}
        ours_calls = {c[0]: c for c in ours.get('calls', [])}
        for key, ocall in ours_calls.items():
            rcall = ref_calls.get(key)
            if rcall is None or is_unimplemented(ocall[1]) or is_unimplemented(rcall[1]):
                continue
            self.value(path + [key], ocall[1], rcall[1])
            if ocall[2] != rcall[2]:
                self.add(path + [key], 'log', ocall[2], rcall[2])
        if ours.get('xml') != ref.get('xml'):
            self.add(path + ['%s.to_xml' % ours.get('type')], 'xml', ours.get('xml'), ref.get('xml'))
        if ours.get('xml_logs', []) != ref.get('xml_logs', []):
            self.add(path + ['%s.to_xml' % ours.get('type')], 'log', ours.get('xml_logs'), ref.get('xml_logs'))

    def value(self, path, ours, ref):
        if is_unimplemented(ours) or is_unimplemented(ref):
            return
        if is_object(ours) and is_object(ref):
            self.node(path, ours[1], ref[1])
        elif (isinstance(ours, list) and isinstance(ref, list) and ours[:1] == ref[:1] == ['list']
              and any(is_object(v) for v in ours[1] + ref[1])):
            self.object_list(path, ours[1], ref[1])
        elif is_error(ours) and is_error(ref) and ours[:3] == ref[:3]:
            if ours[3] != ref[3]:
                self.add(path, 'message', ours[3], ref[3])
        elif ours != ref:
            self.add(path, 'value', ours, ref)

    def object_list(self, path, ours, ref):
        self.aligned(path, ours, 0, len(ours), ref, 0, len(ref), element_key)

    def aligned(self, path, ours, o_lo, o_hi, ref, r_lo, r_hi, key):
        """Compares ours[o_lo:o_hi] with ref[r_lo:r_hi], aligned on `key`. Where the keys
        (type and XML) differ, a second pass aligns on the XML alone: an element one side
        types with a class the other lacks (a plain DomainDevice there) still pairs with its
        counterpart instead of shifting the rest of the list."""
        def label(i, v):
            return '[%d:%s]' % (i, v[1].get('type') if is_object(v) else '?')

        matcher = difflib.SequenceMatcher(None, [key(v) for v in ours[o_lo:o_hi]], [key(v) for v in ref[r_lo:r_hi]],
                                          autojunk=False)
        for tag, o1, o2, r1, r2 in matcher.get_opcodes():
            o1, o2, r1, r2 = o1 + o_lo, o2 + o_lo, r1 + r_lo, r2 + r_lo
            if tag == 'replace' and key is element_key:
                self.aligned(path, ours, o1, o2, ref, r1, r2, xml_key)
                continue
            pairs = min(o2 - o1, r2 - r1) if tag in ('equal', 'replace') else 0
            for k in range(pairs):
                self.value(path + [label(o1 + k, ours[o1 + k])], ours[o1 + k], ref[r1 + k])
            for i in range(o1 + pairs, o2):
                v = ours[i]
                self.add(path + [label(i, v)], 'extra-in-ours', v[1].get('xml') if is_object(v) else v, None,
                         place=place_of(path))
            for i in range(r1 + pairs, r2):
                v = ref[i]
                self.add(path + [label(i, v)], 'extra-in-reference', None, v[1].get('xml') if is_object(v) else v,
                         place=place_of(path))


def status_summary(record):
    status = record.get('status')
    if status == 'crash':
        return 'crash (%s) in %s' % (record.get('signal') or 'exit %s' % record.get('exit_status'),
                                     record.get('last_call'))
    if status == 'timeout':
        return 'timeout in %s' % record.get('last_call')
    if status == 'exception':
        return 'exception %s' % short(record.get('exception'))
    return status


def compare_records(item, ours, ref):
    cmp = Comparer(item)
    if ours is None or ref is None:
        cmp.add([], 'status', status_summary(ours) if ours else 'missing', status_summary(ref) if ref else 'missing',
                place='(root)')
        return cmp.diffs
    if ours['status'] == 'unimplemented':
        return []
    for record, is_ours in ((ours, True), (ref, False)):
        if record['status'] in ('crash', 'timeout', 'exception'):
            place = record.get('last_call') or '(root)'
            detail = status_summary(record)
            cmp.add([], record['status'], detail if is_ours else None, None if is_ours else detail, place=place)
    if ours['status'] != 'ok' or ref['status'] != 'ok':
        return cmp.diffs
    o, r = ours['result'], ref['result']
    if 'steps' in o:
        steps_r = {s['call']: s for s in r.get('steps', [])}
        for step in o['steps']:
            rs = steps_r.get(step['call'])
            if rs is None or is_unimplemented(step['value']) or is_unimplemented(rs['value']):
                continue
            path = [step['call']]
            cmp.value(path, step['value'], rs['value'])
            if step.get('logs') != rs.get('logs'):
                cmp.add(path, 'log', step.get('logs'), rs.get('logs'))
            if 'tree' in step and 'tree' in rs:
                cmp.node(path, step['tree'], rs['tree'])
        if 'tree' in o and 'tree' in r:
            cmp.node(['all-setters'], o['tree'], r['tree'])
        return cmp.diffs
    if o.get('parse') != r.get('parse'):
        cmp.value(['new_from_xml'], o.get('parse'), r.get('parse'))
    if o.get('parse_logs') != r.get('parse_logs'):
        cmp.add(['new_from_xml'], 'log', o.get('parse_logs'), r.get('parse_logs'))
    if 'tree' in o and 'tree' in r:
        cmp.node([], o['tree'], r['tree'])
    return cmp.diffs


# ---------------------------------------------------------------------------------------------

def run_walkers(build_dir, walker_args):
    ours_env = dict(os.environ)
    ours_env['LD_LIBRARY_PATH'] = build_dir
    ours_env['GI_TYPELIB_PATH'] = os.path.join(build_dir, 'introspection')
    ref_env = dict(os.environ)
    ref_env.pop('LD_LIBRARY_PATH', None)
    ref_env.pop('GI_TYPELIB_PATH', None)
    for env in (ours_env, ref_env):
        env['PYTHONWARNINGS'] = 'ignore'
    # Each run must really use its library: ours from the build tree, the reference from the system.
    for env, extra, is_ours in ((ours_env, [], True), (ref_env, ['--reference'], False)):
        probe = subprocess.run([PYTHON, WALKER, 'mapped'] + extra, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        if probe.returncode == SKIP:
            print('SKIP: %s' % probe.stderr.strip())
            sys.exit(SKIP)
        paths = json.loads(probe.stdout) if probe.returncode == 0 else []
        in_build = [p for p in paths if p.startswith(os.path.realpath(build_dir) + '/')]
        if not paths or bool(in_build) != is_ours or (is_ours and len(in_build) != len(paths)):
            print('the %s run maps the wrong libraries: %s %s' % ('ours' if is_ours else 'reference', paths,
                                                                 probe.stderr))
            sys.exit(1)
    # What of the reference our library lacks yet: both runs skip it, so that they make the same
    # calls in the same order.
    probe = subprocess.run([PYTHON, WALKER, 'unimplemented'], env=ours_env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    if probe.returncode == SKIP:
        print('SKIP: %s' % probe.stderr.strip())
        sys.exit(SKIP)
    if probe.returncode != 0:
        print('walker failed listing what ours lacks:\n%s' % probe.stderr)
        sys.exit(1)
    unimplemented = json.loads(probe.stdout)
    skip_file = tempfile.NamedTemporaryFile('w', suffix='.json', prefix='gconfig-unimplemented-', delete=False)
    with skip_file:
        json.dump(unimplemented, skip_file)
    walker_args = walker_args + ['--skip', skip_file.name]
    procs = [subprocess.Popen([PYTHON, WALKER] + walker_args + extra, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for env, extra in ((ours_env, []), (ref_env, ['--reference']))]
    outs = [p.communicate() for p in procs]
    os.unlink(skip_file.name)
    results = []
    for name, proc, (out, err) in zip(('ours', 'reference'), procs, outs):
        if proc.returncode == SKIP:
            print('SKIP (%s): %s' % (name, err.strip()))
            sys.exit(SKIP)
        if proc.returncode != 0:
            print('walker on %s failed (exit %d):\n%s' % (name, proc.returncode, err))
            sys.exit(1)
        results.append({r['item']: r for r in map(json.loads, out.splitlines())})
    return results, unimplemented


def count_calls(records):
    total = [0]

    def visit(value):
        if isinstance(value, dict):
            if 'calls' in value:
                total[0] += sum(1 for c in value['calls'] if not is_unimplemented(c[1]))
                total[0] += 1   # to_xml
            for v in value.values():
                visit(v)
        elif isinstance(value, list):
            for v in value:
                visit(v)

    for r in records.values():
        visit(r.get('result'))
    return total[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--build-dir', required=True)
    parser.add_argument('--expectations', required=True)
    parser.add_argument('--only')
    parser.add_argument('-v', '--verbose', action='store_true', help='also print the expected differences')
    parser.add_argument('mode', choices=['parse', 'build'])
    parser.add_argument('corpus', nargs='?')
    opts = parser.parse_args()
    if opts.mode == 'parse' and not opts.corpus:
        parser.error('parse needs a corpus directory')

    expectations = load_expectations(opts.expectations)
    walker_args = [opts.mode] + ([os.path.abspath(opts.corpus)] if opts.mode == 'parse' else [])
    if opts.only:
        walker_args += ['--only', opts.only]
    if not os.path.exists(REFERENCE_GIR):
        print('SKIP: the reference GIR %s is not installed (gir1.2-libvirt-glib-1.0)' % REFERENCE_GIR)
        return SKIP
    (ours, ref), unimplemented = run_walkers(os.path.abspath(opts.build_dir), walker_args)

    unexpected = []
    expected = []
    skipped = []
    for item in sorted(set(ours) | set(ref)):
        o, r = ours.get(item), ref.get(item)
        if o is not None and o['status'] == 'unimplemented':
            skipped.append('%s (%s)' % (item, o.get('what')))
        for diff in compare_records(item, o, r):
            match = next((e for e in expectations if e.matches(diff)), None)
            if match is None:
                unexpected.append(diff)
            else:
                match.used += 1
                expected.append((diff, match))

    # The lines of this mode: items of the build mode start with "build/", the others are corpus
    # files; a line is stale when, in its mode, it explains no difference.
    relevant = [e for e in expectations if e.item.startswith('build/') == (opts.mode == 'build')]
    stale = [e for e in relevant if not e.used and (opts.only is None)]

    print('%s: %d items, %d calls on ours, %d on the reference; %d items skipped (not in ours yet)'
          % (opts.mode, len(set(ours) | set(ref)), count_calls(ours), count_calls(ref), len(skipped)))
    print('reference API not in ours yet (skipped on both sides): %d classes, %d methods'
          % (sum('.' not in k for k in unimplemented), sum('.' in k for k in unimplemented)))
    if opts.verbose:
        print('  %s' % ' '.join(unimplemented))
        for s in skipped:
            print('  skipped: %s' % s)
    by_owner = {}
    for diff, e in expected:
        by_owner.setdefault(e.owner, []).append((diff, e))
    for owner in OWNERS:
        entries = by_owner.get(owner, [])
        if entries:
            print('%d expected difference(s) owned by %s' % (len(entries), owner))
            if opts.verbose:
                for diff, e in entries:
                    print('  [%s] %s\n    because: %s' % (e, str(diff).replace('\n', '\n    '), e.reason))
    for diff in unexpected:
        print('UNEXPECTED %s' % diff)
    for e in stale:
        print('STALE expectation (explains nothing) %s | %s' % (e, e.reason))
    if unexpected or stale:
        print('FAIL: %d unexpected difference(s), %d stale expectation(s)' % (len(unexpected), len(stale)))
        return 1
    print('PASS')
    return 0


if __name__ == '__main__':
    sys.exit(main())
