#!/usr/bin/env python3
"""Compares our GIR with the reference GIR of the same namespace.

Every item we define (function, class, record, interface, enum, bitfield, constant, callback,
and their methods, constructors, virtual methods, properties, signals, fields and members) must
match the reference: names, C identifiers, parents, parameter names, types, directions,
transfer, nullability, array/closure annotations, throws, enum values. Items only the reference
has are listed as missing (coverage) but fail only with --complete.

usage: compare-gir.py OURS.gir REFERENCE.gir [--complete] [--verbose] [--deviations FILE]

A deviations file lists attributes that may differ on purpose, one per line:
`KIND NAME[ MEMBER-KIND MEMBER-NAME] | ATTRIBUTE  # why` (e.g. `class DomainInterface | abstract`).
The attribute `missing` instead allows a reference item to be absent from ours (e.g. a method
the reference declares but its library does not export).
"""
import argparse
import sys
import xml.etree.ElementTree as ET

NS = {
    "core": "http://www.gtk.org/introspection/core/1.0",
    "c": "http://www.gtk.org/introspection/c/1.0",
    "glib": "http://www.gtk.org/introspection/glib/1.0",
}
CORE = "{%s}" % NS["core"]
C = "{%s}" % NS["c"]
GLIB = "{%s}" % NS["glib"]

TOP_KINDS = ("function", "class", "record", "interface", "enumeration", "bitfield",
             "constant", "callback", "union", "alias")
MEMBER_KINDS = ("constructor", "method", "function", "virtual-method", "property",
                "signal", "field", "member")
# Attributes that describe the interface; documentation and source positions are not.
CALLABLE_ATTRS = ("name", C + "identifier", "throws", "introspectable", "invoker", "version",
                  "deprecated", GLIB + "async-func", GLIB + "finish-func", GLIB + "sync-func")
VALUE_ATTRS = ("name", "direction", "transfer-ownership", "nullable", "allow-none", "optional",
               "caller-allocates", "closure", "destroy", "scope")
TYPE_ATTRS = ("name", C + "type", "length", "zero-terminated", "fixed-size")
CLASS_ATTRS = ("name", C + "type", "parent", GLIB + "type-name", GLIB + "get-type",
               GLIB + "type-struct", "abstract", GLIB + "is-gtype-struct-for", "disguised",
               "opaque", GLIB + "error-domain", "value", C + "identifier", GLIB + "nick")
PROP_ATTRS = ("name", "writable", "readable", "construct", "construct-only", "transfer-ownership")
SIGNAL_ATTRS = ("name", "when", "no-recurse", "detailed", "action", "no-hooks")


def attrs(el, names):
    return tuple((n, el.get(n)) for n in names if el.get(n) is not None)


def type_sig(el):
    """The type(s) under a value element (type, array, varargs), recursively."""
    sig = []
    for child in el:
        tag = child.tag.replace(CORE, "")
        if tag in ("type", "array"):
            sig.append((tag, attrs(child, TYPE_ATTRS), type_sig(child)))
        elif tag == "varargs":
            sig.append(("varargs",))
    return tuple(sig)


def value_sig(el):
    return (attrs(el, VALUE_ATTRS), type_sig(el))


def callable_sig(el):
    sig = [attrs(el, CALLABLE_ATTRS)]
    ret = el.find("core:return-value", NS)
    if ret is not None:
        sig.append(("return", value_sig(ret)))
    params = el.find("core:parameters", NS)
    if params is not None:
        for p in params:
            sig.append((p.tag.replace(CORE, ""), value_sig(p)))
    return tuple(sig)


def member_sig(el):
    tag = el.tag.replace(CORE, "")
    if tag in ("constructor", "method", "function", "virtual-method", "callback"):
        return callable_sig(el)
    if tag == "signal":
        return (attrs(el, SIGNAL_ATTRS),) + callable_sig(el)[1:]
    if tag == "property":
        return (attrs(el, PROP_ATTRS), type_sig(el))
    if tag == "field":
        inner = el.find("core:callback", NS)
        return (attrs(el, ("name", "readable", "writable", "private", "bits")),
                type_sig(el), callable_sig(inner) if inner is not None else ())
    return attrs(el, CLASS_ATTRS)


def items(path):
    """{(kind, name[, member kind, member name]): signature} of one GIR."""
    root = ET.parse(path).getroot()
    ns = root.find("core:namespace", NS)
    out = {}
    for el in ns:
        kind = el.tag.replace(CORE, "")
        if kind not in TOP_KINDS:
            continue
        name = el.get("name")
        if kind in ("function", "callback"):
            out[(kind, name)] = callable_sig(el)
            continue
        if kind == "constant":
            out[(kind, name)] = (attrs(el, ("name", "value", C + "type")), type_sig(el))
            continue
        implements = tuple(sorted(i.get("name") for i in el.findall("core:implements", NS)))
        out[(kind, name)] = (attrs(el, CLASS_ATTRS), implements)
        for member in el:
            # Signals are <glib:signal>, everything else is in the core namespace.
            mkind = member.tag.replace(CORE, "").replace(GLIB, "")
            if mkind in MEMBER_KINDS:
                out[(kind, name, mkind, member.get("name"))] = member_sig(member)
    return out


def read_deviations(path):
    """{item key: set of attribute names allowed to differ} from a deviations file."""
    allowed = {}
    for line in open(path):
        line = line.split("#", 1)[0].strip()
        if line:
            key, attr = (part.strip() for part in line.split("|", 1))
            allowed.setdefault(tuple(key.split()), set()).add(attr)
    return allowed


def without(sig, names):
    """`sig` of a class-like item with the attributes `names` dropped."""
    return (tuple(a for a in sig[0] if a[0] not in names),) + tuple(sig[1:])


def fmt(key):
    return " ".join(key)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ours")
    ap.add_argument("reference")
    ap.add_argument("--complete", action="store_true")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--deviations")
    args = ap.parse_args()

    ours, ref = items(args.ours), items(args.reference)
    allowed = read_deviations(args.deviations) if args.deviations else {}
    failures = []
    for key, sig in sorted(ours.items()):
        if key not in ref:
            # Our own additions beyond the reference are allowed; report them.
            if args.verbose:
                print("extra (not in reference):", fmt(key))
            continue
        if key in allowed and without(sig, allowed[key]) == without(ref[key], allowed[key]):
            if args.verbose:
                print("allowed deviation:", fmt(key), sorted(allowed[key]))
            continue
        if sig != ref[key]:
            failures.append(f"differs: {fmt(key)}\n    ours: {sig}\n    ref:  {ref[key]}")
    missing = sorted(k for k in ref if k not in ours and "missing" not in allowed.get(k, ()))
    if args.verbose:
        for key in sorted(k for k in ref if k not in ours and k not in missing):
            print("allowed missing:", fmt(key))
    present = sum(1 for k in ref if k in ours)
    print(f"{args.reference}: {present} / {len(ref)} items present in ours "
          f"({len(ref) - present - len(missing)} absent on purpose), {len(failures)} differ")
    if args.verbose or args.complete:
        for key in missing:
            print("missing:", fmt(key))
    if args.complete and missing:
        failures.append(f"{len(missing)} reference items missing")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
