#!/usr/bin/env python3
"""Compares our generated vapi with the reference's: every declaration line of the reference
must be in ours (ours may add the API that came after 4.0.0). Comment lines are ignored, and so is
`abstract` on classes: some family base classes are instantiable here on purpose (a device whose
type has no subclass is kept as the base class; tests/gir/gconfig-deviations.txt lists them).

usage: compare-vapi.py OURS.vapi REFERENCE.vapi
"""
import sys


def declarations(path):
    with open(path) as f:
        return {line.strip().replace("public abstract class ", "public class ")
                for line in f if line.strip() and not line.strip().startswith(("//", "/*", "*"))}


def main():
    ours, ref = declarations(sys.argv[1]), declarations(sys.argv[2])
    missing = sorted(ref - ours)
    print(f"{sys.argv[2]}: {len(ref) - len(missing)} / {len(ref)} declaration lines present in ours, "
          f"{len(ours - ref)} extra")
    for line in missing:
        print("missing:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
