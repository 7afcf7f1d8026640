#!/usr/bin/env python3
"""Writes the GNU ld version script of the one ELF from abi/symbols.txt.

symbols.txt lists `library symbol version-node` for every exported function of the reference;
symbols-rs.txt, in the same format, lists our additions under our own nodes
(LIBVIRT_GCONFIG_RS_1.0, ...). Each library's nodes chain in version order
(LIBVIRT_GCONFIG_0.0.9 inherits LIBVIRT_GCONFIG_0.0.8, ...), as in upstream's libraries, and our
nodes come last in their library's chain; everything not listed stays local.

usage: version-script.py OUTPUT SYMBOLS_TXT [SYMBOLS_TXT...]
"""
import re
import sys
from collections import defaultdict


def version_key(node):
    # Our own nodes (`_RS_`) follow every upstream node of the library.
    return ("_RS_" in node, tuple(int(n) for n in re.findall(r"\d+", node)))


def main(out_path, *symbols_paths):
    nodes = defaultdict(list)
    library_of = {}
    for symbols_path in symbols_paths:
        with open(symbols_path) as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                library, symbol, node = line.split()
                nodes[node].append(symbol)
                library_of[node] = library
    lines = []
    first = True
    for library in ("glib", "gconfig", "gobject"):
        previous = None
        for node in sorted((n for n in nodes if library_of[n] == library), key=version_key):
            lines.append(f"{node} {{\n  global:")
            lines.extend(f"    {s};" for s in sorted(nodes[node]))
            if first:
                lines.append("  local:\n    *;")
                first = False
            lines.append(f"}}{' ' + previous if previous else ''};\n")
            previous = node
    with open(out_path, "w") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:])
