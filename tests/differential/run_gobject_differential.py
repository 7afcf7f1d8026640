#!/usr/bin/python3
"""Differential test of LibvirtGObject: our library against Debian's libvirt-gobject 4.0.0.

Usage: run_gobject_differential.py --build-dir BUILD --expectations FILE URI [-v]

Runs gobject_trace.py on URI twice, one after the other: on ours (LD_LIBRARY_PATH=BUILD,
GI_TYPELIB_PATH=BUILD/introspection) and on the reference (both unset). The transcripts (stdout,
then stderr as `log:` lines) are compared line by line. Every line only one side printed must be
explained by a line of the expectations file:

    OWNER | REGEX | reason

OWNER is `reference` (a bug of libvirt-gobject 4.0.0 that we do not copy), `ours` (a bug of ours,
to be fixed) or `deliberate` (an intended deviation). REGEX is searched in the rendered line,
`ours: TEXT` or `reference: TEXT`; it sits between the first and the last ` | ` of the line. The test fails on any unexplained line and on any expectation
that explains nothing (a stale entry).

Exit status: 0 pass, 1 differences or stale entries, 77 skipped (no python-gi or typelib).
"""

import argparse
import difflib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TRACER = os.path.join(HERE, 'gobject_trace.py')
PYTHON = '/usr/bin/python3'
SKIP = 77
OWNERS = ('reference', 'ours', 'deliberate')


def load_expectations(path):
    out = []
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip() or line.startswith('#'):
                continue
            # The regex sits between the first and the last ' | ' (it may hold '|' itself).
            owner, _, rest = line.partition(' | ')
            regex, _, reason = rest.rpartition(' | ')
            owner, regex, reason = owner.strip(), regex.strip(), reason.strip()
            if owner not in OWNERS or not reason:
                raise SystemExit('%s:%d: want "OWNER | REGEX | reason"' % (path, lineno))
            out.append([lineno, owner, re.compile(regex), reason, 0])
    return out


def transcript(uri, env):
    proc = subprocess.run([PYTHON, TRACER, uri], env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode == SKIP:
        print(proc.stdout, end='')
        sys.exit(SKIP)
    lines = proc.stdout.splitlines()
    lines += ['log: ' + line for line in proc.stderr.splitlines() if line.strip()]
    if proc.returncode:
        lines.append('exit status %d' % proc.returncode)
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--build-dir', required=True)
    ap.add_argument('--expectations', required=True)
    ap.add_argument('uri')
    ap.add_argument('-v', '--verbose', action='store_true')
    args = ap.parse_args()

    ours_env = dict(os.environ, LD_LIBRARY_PATH=args.build_dir,
                    GI_TYPELIB_PATH=os.path.join(args.build_dir, 'introspection'))
    ref_env = {k: v for k, v in os.environ.items() if k not in ('LD_LIBRARY_PATH', 'GI_TYPELIB_PATH')}
    ours = transcript(args.uri, ours_env)
    reference = transcript(args.uri, ref_env)
    if args.verbose:
        print('\n'.join('  ' + line for line in ours))

    expectations = load_expectations(args.expectations)
    unexplained = []
    for line in difflib.unified_diff(reference, ours, 'reference', 'ours', n=0, lineterm=''):
        if line.startswith(('---', '+++', '@@')):
            continue
        rendered = ('ours: ' if line[0] == '+' else 'reference: ') + line[1:]
        for expectation in expectations:
            if expectation[2].search(rendered):
                expectation[4] += 1
                if args.verbose:
                    print('explained (%s, line %d): %s' % (expectation[1], expectation[0], rendered))
                break
        else:
            unexplained.append(rendered)

    print('%d lines in our transcript, %d in the reference\'s' % (len(ours), len(reference)))
    for owner in OWNERS:
        used = sum(e[4] for e in expectations if e[1] == owner)
        print('%-10s differences explained: %d' % (owner, used))
    failed = False
    for rendered in unexplained:
        print('UNEXPLAINED', rendered)
        failed = True
    for lineno, owner, regex, reason, used in expectations:
        if not used:
            print('STALE expectation line %d (%s): %s' % (lineno, owner, regex.pattern))
            failed = True
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
