#!/usr/bin/env python3
"""Checks the exported symbols of our ELF against the reference list and prints coverage.

- every exported symbol must be a `gvir_*` function listed in abi/symbols.txt, at that version;
- abi/symbols.txt must agree with the Debian reference libraries where they are installed;
- prints, per library, how many of the reference symbols we export (the coverage report);
- libraries named with --complete must be fully covered;
- our additions (--extensions, same format, our own version nodes) must all be exported, at
  their node, and must not collide with a reference symbol.

usage: check-symbols.py LIBRARY SYMBOLS_TXT [--extensions SYMBOLS_RS_TXT]
                        [--complete glib[,gconfig,...]] [--reference-dir DIR]
"""
import argparse
import os
import subprocess
import sys
from collections import defaultdict

SONAMES = {
    "glib": "libvirt-glib-1.0.so.0",
    "gconfig": "libvirt-gconfig-1.0.so.0",
    "gobject": "libvirt-gobject-1.0.so.0",
}


def exported(path):
    """{symbol: version} of the defined dynamic symbols of `path` (version nodes excluded)."""
    out = subprocess.run(
        ["nm", "-D", "--defined-only", "--with-symbol-versions", path],
        check=True, capture_output=True, text=True).stdout
    symbols = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) != 3 or parts[1] == "A":
            continue
        name, _, version = parts[2].partition("@")
        symbols[name] = version.lstrip("@")
    return symbols


# Type-name prefixes of LibvirtGObject, longest first so `domain_snapshot` wins over `domain`.
GOBJECT_PREFIXES = sorted([
    "connection", "domain", "domain_device", "domain_disk", "domain_interface", "domain_snapshot",
    "interface", "manager", "network", "network_dhcp_lease", "network_filter", "node_device",
    "node_info", "secret", "storage_pool", "storage_vol", "stream", "ip_addr", "init_object",
], key=len, reverse=True)


def gobject_owner(sym):
    """The class (or group) a gvir_* symbol of LibvirtGObject belongs to."""
    name = sym[len("gvir_"):]
    for prefix in GOBJECT_PREFIXES:
        if name == prefix or name.startswith(prefix + "_"):
            # Enum and record types named after a class count with the class.
            return prefix
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("library")
    ap.add_argument("symbols_txt")
    ap.add_argument("--complete", default="")
    ap.add_argument("--extensions")
    ap.add_argument("--reference-dir", default="/usr/lib/x86_64-linux-gnu")
    args = ap.parse_args()

    spec = {}
    library_of = {}
    with open(args.symbols_txt) as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                lib, sym, ver = line.split()
                spec[sym] = ver
                library_of[sym] = lib

    extensions = {}
    if args.extensions:
        with open(args.extensions) as f:
            for line in f:
                if line.strip() and not line.startswith("#"):
                    lib, sym, ver = line.split()
                    extensions[sym] = (lib, ver)

    failures = []
    ours = exported(args.library)
    for sym, (lib, ver) in sorted(extensions.items()):
        if sym in spec:
            failures.append(f"our addition {sym} collides with a reference symbol")
        elif "_RS_" not in ver:
            failures.append(f"our addition {sym}@{ver} must use one of our own (_RS_) nodes")
        elif ours.get(sym) != ver:
            failures.append(f"our addition {sym}@{ver} is not exported at that node")
    for sym, ver in sorted(ours.items()):
        if sym in extensions:
            continue
        if sym not in spec:
            failures.append(f"exported but not in the ABI list: {sym}@{ver}")
        elif spec[sym] != ver:
            failures.append(f"wrong version: {sym}@{ver}, expected {spec[sym]}")

    # The list itself must agree with the reference libraries (4.0.0 has no 5.0/6.0 nodes).
    for lib, soname in SONAMES.items():
        ref_path = os.path.join(args.reference_dir, soname)
        if not os.path.exists(ref_path) or os.path.realpath(ref_path) == os.path.realpath(args.library):
            continue
        for sym, ver in exported(ref_path).items():
            if spec.get(sym) != ver:
                failures.append(f"reference {soname} exports {sym}@{ver}, ABI list says {spec.get(sym)}")

    totals = defaultdict(int)
    covered = defaultdict(int)
    missing = defaultdict(list)
    for sym, lib in library_of.items():
        totals[lib] += 1
        if ours.get(sym) == spec[sym]:
            covered[lib] += 1
        else:
            missing[lib].append(sym)
    print("ABI coverage (symbol@version exported / reference):")
    for lib in ("glib", "gconfig", "gobject"):
        print(f"  {SONAMES[lib]:26} {covered[lib]:4d} / {totals[lib]:4d}")
    print(f"  {'total':26} {sum(covered.values()):4d} / {sum(totals.values()):4d}")
    if extensions:
        print("Our additions (beyond the reference, own version nodes):")
        per_node = defaultdict(int)
        for lib, ver in extensions.values():
            per_node[ver] += 1
        for ver, count in sorted(per_node.items()):
            print(f"  {ver:26} {count:4d}")

    # LibvirtGObject per class (its symbols are few enough to list by owner).
    print("libvirt-gobject-1.0 by class:")
    by_class = defaultdict(lambda: [0, 0])
    for sym, lib in library_of.items():
        if lib == "gobject":
            owner = gobject_owner(sym)
            by_class[owner][1] += 1
            by_class[owner][0] += ours.get(sym) == spec[sym]
    for owner, (done, total) in sorted(by_class.items()):
        print(f"  {owner:26} {done:4d} / {total:4d}")

    for lib in filter(None, args.complete.split(",")):
        for sym in sorted(missing[lib]):
            failures.append(f"{SONAMES[lib]} must be complete but lacks {sym}@{spec[sym]}")

    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
