#!/usr/bin/env python3
"""Runs g-ir-scanner for one namespace, then names the right shared library in the GIR.

All three namespaces live in one ELF (libvirt-gobject-1.0.so.0, with libvirt-glib-1.0.so.0 and
libvirt-gconfig-1.0.so.0 as links to it). g-ir-scanner derives `shared-library` from what its
dumper program actually loads, so it always sees the one ELF; programs written for upstream expect
each typelib to name its own soname (`LibvirtGLib` → libvirt-glib-1.0.so.0), which resolves to the
same file here.

usage: scan.py OUTPUT SONAME -- G-IR-SCANNER-ARGS...
"""
import os
import re
import subprocess
import sys


def main():
    out, soname = sys.argv[1], sys.argv[2]
    assert sys.argv[3] == "--"
    args = sys.argv[4:]
    tmp = out + ".tmp"
    subprocess.run(["g-ir-scanner", "--output", tmp] + args, check=True)
    with open(tmp) as f:
        gir = f.read()
    gir, n = re.subn(r'shared-library="[^"]*"', f'shared-library="{soname}"', gir, count=1)
    if n != 1:
        sys.exit(f"{tmp}: no shared-library attribute to set")
    with open(out, "w") as f:
        f.write(gir)
    os.unlink(tmp)


if __name__ == "__main__":
    main()
