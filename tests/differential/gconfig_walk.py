#!/usr/bin/python3
"""Walks LibvirtGConfig objects through GObject introspection and prints what every call returns.

Usage:
  gconfig_walk.py parse CORPUS_DIR [--reference] [--only GLOB] [--skip JSON-FILE]
  gconfig_walk.py build [--reference] [--only GLOB] [--skip JSON-FILE]
  gconfig_walk.py unimplemented
  gconfig_walk.py mapped [--reference]

`parse`: every CORPUS_DIR/<Class>/*.xml is parsed with LibvirtGConfig.<Class>.new_from_xml; the
object graph is then walked generically: on every object, every zero-argument `get_*` method the
reference API has (from Debian's GIR, see refgir.py) is called -- list-returning ones included --
returned configuration objects are walked in turn, and to_xml() closes each object.

`build`: for every class with a zero-argument constructor, every setter (set_*, add_*, ...) is
called on a fresh object with simple values (strings, numbers with their limits, each value of an
enum, booleans both ways, fresh objects of each concrete class, lists of them); after each call the
object is walked as above. One more item applies every setter in turn to the same object, and one
per setter does the same and then calls that setter again (replacing a value in a full document),
and with NULL where it takes NULL (removing a value from a full document).

Files (parse) and setter calls (build) run in forked children, so a crash of the library is
recorded (with the call it happened in) instead of ending the run; the next item runs in a new
child. The output is one JSON record per line,
`{"item": ..., "status": "ok" | "crash" | "timeout" | "unimplemented" | "exception", ...}`.

The script is run twice by run_differential.py: on our library (LD_LIBRARY_PATH and
GI_TYPELIB_PATH point at the build tree) and, with --reference, on Debian's libvirt-gconfig 4.0.0
(both variables removed). Methods and classes of the reference that our library lacks are
recorded as ["unimplemented"]; the comparison skips them.
"""

import fnmatch
import itertools
import json
import os
import signal
import sys
import warnings

warnings.simplefilter('ignore')     # PyGObject's deprecation warnings (get_driver_type, ...)
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import refgir  # noqa: E402

SKIP = 77
ITEM_TIMEOUT = 20           # seconds a single file or setter may take
MAX_DEPTH = 8
MAX_COMBINATIONS = 64       # argument tuples per setter
# Namespace URIs get_custom_xml is asked about (the corpus uses these).
CUSTOM_XML_URIS = ['http://example.org/lvg', 'http://libosinfo.org/xmlns/libvirt/domain/1.0',
                   'urn:unknown']

# Imported (by tests/coverage/rng_coverage.py), the module reads no command line: no --reference
# re-execution, nothing skipped, everything selected; API can then be replaced by another GIR's.
args = sys.argv[1:] if __name__ == '__main__' else []
REFERENCE = '--reference' in args
if REFERENCE:
    args.remove('--reference')
    if os.environ.get('LD_LIBRARY_PATH') or os.environ.get('GI_TYPELIB_PATH'):
        env = dict(os.environ)
        env.pop('LD_LIBRARY_PATH', None)
        env.pop('GI_TYPELIB_PATH', None)
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__), '--reference'] + args, env)

# Reference classes and methods to treat as missing in both runs (run_differential.py passes the
# ones our library lacks, so that a sequence of setters is the same sequence on both sides).
SKIPPED = set()
if '--skip' in args:
    i = args.index('--skip')
    with open(args[i + 1]) as f:
        SKIPPED = set(json.load(f))
    del args[i:i + 2]

ONLY = None
if '--only' in args:
    i = args.index('--only')
    ONLY = args[i + 1]
    del args[i:i + 2]

try:
    import gi
    gi.require_version('LibvirtGConfig', '1.0')
    from gi.repository import GLib, GObject, LibvirtGConfig as G
except (ImportError, ValueError) as exc:
    print('SKIP: LibvirtGConfig via GObject introspection unavailable: %s' % exc, file=sys.stderr)
    sys.exit(SKIP)

API = refgir.Api()

# ---------------------------------------------------------------------------------------------
# Messages the library logs during a call (criticals and warnings only: the reference also logs
# debug messages, which are not part of its contract).

_logs = []


def _log_handler(domain, level, message, _data):
    level = int(level) & int(GLib.LogLevelFlags.LEVEL_MASK)
    name = {int(GLib.LogLevelFlags.LEVEL_CRITICAL): 'CRITICAL',
            int(GLib.LogLevelFlags.LEVEL_WARNING): 'WARNING'}.get(level)
    if name:
        _logs.append('%s: %s' % (name, message))


for _domain in (None, 'Libvirt.GConfig', 'libvirt-gconfig', 'GLib', 'GLib-GObject'):
    GLib.log_set_handler(_domain, GLib.LogLevelFlags.LEVEL_CRITICAL | GLib.LogLevelFlags.LEVEL_WARNING
                         | GLib.LogLevelFlags.FLAG_FATAL | GLib.LogLevelFlags.FLAG_RECURSION,
                         _log_handler, None)


# libxml2 keeps the last error of the thread, and the reference appends it to (or, when there is
# none, fails to report) some of its errors: each item starts with none, as in a fresh process.
try:
    import ctypes
    _xml_reset_last_error = ctypes.CDLL('libxml2.so.2').xmlResetLastError
except (ImportError, OSError, AttributeError):
    _xml_reset_last_error = None


def reset_library_state():
    if _xml_reset_last_error is not None:
        _xml_reset_last_error()


def take_logs():
    out = list(_logs)
    del _logs[:]
    return out


# ---------------------------------------------------------------------------------------------
# Progress: the child tells the parent which call it is in, so that a crash names it.

_progress = None


def progress(what):
    if _progress is not None:
        _progress.write('CALL %s\n' % what)
        _progress.flush()


# ---------------------------------------------------------------------------------------------
# Canonical values

class Unimplemented(Exception):
    """The reference API has it; the library under test does not."""


def short_type_name(gtype_name):
    return gtype_name[len('GVirConfig'):] if gtype_name.startswith('GVirConfig') else gtype_name


def canon(value, depth):
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, GObject.GEnum):
        try:
            nick = value.value_nick
        except Exception:  # a value outside the enum
            nick = None
        return ['enum', short_type_name(value.__gtype__.name), nick if nick is not None else int(value)]
    if isinstance(value, GObject.GFlags):
        return ['flags', short_type_name(value.__gtype__.name), int(value)]
    if isinstance(value, (int, str, float)):
        return value
    if isinstance(value, (list, tuple)):
        return ['list', [canon(v, depth) for v in value]]
    if isinstance(value, G.Object):
        return ['obj', walk(value, depth + 1)]
    if isinstance(value, GObject.Object):
        return ['gobject', value.__gtype__.name]
    return ['repr', repr(value)]


def error_value(exc):
    if isinstance(exc, GLib.Error):
        return ['error', exc.domain, exc.code, exc.message]
    return ['pyerror', '%s: %s' % (type(exc).__name__, exc)]


def resolve(method):
    """The callable for a reference method in the library under test."""
    if method.key in SKIPPED or method.cls in SKIPPED:
        raise Unimplemented(method.key)
    cls = getattr(G, method.cls, None)
    fn = getattr(cls, method.name, None) if cls is not None else None
    if fn is None:
        raise Unimplemented(method.key)
    return fn


def call(method, obj, *call_args):
    """[value, logs] of one call; value ['unimplemented'] when the library lacks the method."""
    try:
        fn = resolve(method)
    except Unimplemented:
        return [['unimplemented'], []]
    take_logs()
    progress(method.key)
    try:
        value = fn(obj, *call_args)
    except Exception as exc:  # GLib.Error, TypeError from PyGObject, ...
        return [error_value(exc), take_logs()]
    logs = take_logs()
    return [canon(value, _depth[0]), logs]


_depth = [0]    # depth of the object being walked (for the objects its getters return)


def reference_classes_of(obj):
    """The reference classes `obj` is an instance of, most derived first (via GType ancestry)."""
    out = []
    gtype = obj.__gtype__
    while gtype is not None and gtype.name not in ('GObject', 'GInitiallyUnowned'):
        cls = API.by_glib_name.get(gtype.name)
        if cls is not None:
            out.append(cls)
        gtype = gtype.parent
    return out


def getters_of(obj):
    """(method, args) for every zero-argument getter of `obj`, root class first, sorted by name."""
    calls = []
    for cls in reversed(reference_classes_of(obj)):
        for name in sorted(cls.methods):
            m = cls.methods[name]
            if not name.startswith('get_'):
                continue
            if not m.in_params:
                calls.append((m, ()))
            elif name == 'get_custom_xml':
                calls.extend((m, (uri,)) for uri in CUSTOM_XML_URIS)
    return calls


def _chardev_without_type(obj):
    head = obj.to_xml().split('>', 1)[0]
    return ' type=' not in head


# Calls that crash the reference in a state the build mode reaches all the time (each fresh
# chardev has no type): skipped there in that state, in both runs alike, so that the rest of the
# object is compared. The parse mode makes them: a corpus file records each crash once (see
# expected-differences.txt).
HAZARDS = {
    'DomainChardev.get_source': _chardev_without_type,   # g_str_equal(NULL, ...) -> SIGSEGV
}


def walk(obj, depth=0, validate=False):
    node = {'type': short_type_name(obj.__gtype__.name), 'calls': []}
    if depth > MAX_DEPTH:
        node['truncated'] = True
        return node
    saved = _depth[0]
    _depth[0] = depth
    try:
        for method, call_args in getters_of(obj):
            key = method.key + ('(%s)' % ', '.join(map(repr, call_args)) if call_args else '')
            hazard = HAZARDS.get(method.key) if args[:1] == ['build'] else None
            if hazard is not None and hazard(obj):
                node['calls'].append([key, ['skipped', 'crashes the reference here'], []])
                continue
            node['calls'].append([key] + call(method, obj, *call_args))
        if validate:
            node['calls'].append(['Object.validate'] + call(API.classes['Object'].methods['validate'], obj))
        take_logs()
        progress(node['type'] + '.to_xml')
        node['xml'] = obj.to_xml()
        logs = take_logs()
        if logs:
            node['xml_logs'] = logs
    finally:
        _depth[0] = saved
    return node


# ---------------------------------------------------------------------------------------------
# Isolation

def run_isolated(items):
    """Runs each (item, body) of `items`, in order, in forked children; yields their records.

    One child runs the items one after the other, so that a fork is not paid per item; when it
    dies (a crash of the library, or the per-item alarm), the item it was running is recorded as
    a crash or a timeout, with the last call it had started, and a new child takes the next item.
    """
    items = list(items)
    index = 0
    while index < len(items):
        sys.stdout.flush()
        sys.stderr.flush()
        rfd, wfd = os.pipe()
        pid = os.fork()
        if pid == 0:
            global _progress
            os.close(rfd)
            os.dup2(2, 1)       # what the libraries print must not mix with the records
            out = os.fdopen(wfd, 'w')
            _progress = out
            for item, body in items[index:]:
                out.write('BEGIN %s\n' % item)
                out.flush()
                signal.alarm(ITEM_TIMEOUT)
                reset_library_state()
                try:
                    record = {'item': item, 'status': 'ok', 'result': body()}
                except Unimplemented as exc:
                    record = {'item': item, 'status': 'unimplemented', 'what': str(exc)}
                except Exception as exc:
                    record = {'item': item, 'status': 'exception', 'exception': error_value(exc)}
                signal.alarm(0)
                out.write('RESULT %s\n' % json.dumps(record, sort_keys=True))
                out.flush()
            os._exit(0)
        os.close(wfd)
        current = None
        last = None
        with os.fdopen(rfd) as stream:
            for line in stream:
                line = line.rstrip('\n')
                if line.startswith('BEGIN '):
                    current, last = line[len('BEGIN '):], None
                elif line.startswith('CALL '):
                    last = line[len('CALL '):]
                elif line.startswith('RESULT '):
                    yield json.loads(line[len('RESULT '):])
                    current = None
                    index += 1
        _, status = os.waitpid(pid, 0)
        if current is None:
            if index < len(items):  # died between items: should not happen
                raise SystemExit('walker child died between items (status %d)' % status)
            break
        record = {'item': current, 'last_call': last}
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM:
            record['status'] = 'timeout'
        elif os.WIFSIGNALED(status):
            record.update(status='crash', signal=signal.Signals(os.WTERMSIG(status)).name)
        else:
            record.update(status='crash', exit_status=os.WEXITSTATUS(status))
        yield record
        index += 1


def selected(item):
    return ONLY is None or fnmatch.fnmatchcase(item, ONLY)


# ---------------------------------------------------------------------------------------------
# parse

def class_or_unimplemented(name):
    cls = getattr(G, name, None) if name not in SKIPPED else None
    if cls is None:
        raise Unimplemented(name)
    return cls


def parse_item(class_name, path):
    def body():
        with open(path, 'rb') as f:
            text = f.read().decode('utf-8')
        cls = class_or_unimplemented(class_name)
        take_logs()
        progress(class_name + '.new_from_xml')
        try:
            obj = cls.new_from_xml(text)
        except Exception as exc:
            return {'parse': error_value(exc), 'parse_logs': take_logs()}
        result = {'parse_logs': take_logs()}
        result['tree'] = walk(obj, validate=True)
        return result
    return body


def run_parse(corpus):
    items = []
    for class_name in sorted(os.listdir(corpus)):
        directory = os.path.join(corpus, class_name)
        if not os.path.isdir(directory) or class_name not in API.classes:
            continue
        for name in sorted(os.listdir(directory)):
            if not name.endswith('.xml'):
                continue
            item = '%s/%s' % (class_name, name)
            if selected(item):
                items.append((item, parse_item(class_name, os.path.join(directory, name))))
    for record in run_isolated(items):
        emit(record)


# ---------------------------------------------------------------------------------------------
# build

INT_VALUES = {
    'gint': [-1, 0, 1, 2147483647],
    'guint': [0, 1, 4294967295],
    'glong': [-1, 0, 1, 9223372036854775807],
    'gulong': [0, 1, 18446744073709551615],
    'guint8': [0, 7, 255],
    'guint16': [0, 1, 65535],
    'gint64': [-1, 0, 9223372036854775807],
    'guint64': [0, 1, 1048576, 18446744073709551615],
}
CONTROL_STRING = 'ctl\x01\x1f\x7f'     # characters XML 1.0 cannot hold (but \x7f)
STRING_VALUES = ['a', '', 'x <&>"\' \u00e9\u6f22 y', CONTROL_STRING]
NAMED_STRING_VALUES = {
    'xml': ['<data a="1"><b>text</b></data>', 'not <xml'],
    'ns': ['lvg'],
    'ns_uri': ['http://example.org/lvg'],
}


class Fresh:
    """A fresh object of a reference class, made when the argument is needed."""

    def __init__(self, class_name):
        self.class_name = class_name

    def make(self):
        return class_or_unimplemented(self.class_name).new()

    def __repr__(self):
        return '%s.new()' % self.class_name


def constructible(class_name):
    """Concrete classes deriving from class_name that have a zero-argument `new`."""
    out = []
    for cls in sorted(API.subclasses(class_name), key=lambda c: c.name):
        ctor = cls.constructors.get('new')
        if ctor is not None and not ctor.in_params and not cls.abstract and cls.name != 'Object':
            out.append(cls.name)
    return out


def candidates(param):
    t = param.type_name
    if t == 'utf8':
        values = list(NAMED_STRING_VALUES.get(param.name, STRING_VALUES))
    elif t == 'gboolean':
        values = [True, False]
    elif t in INT_VALUES:
        values = list(INT_VALUES[t])
    elif API.enum_of(t) is not None:
        values = [value for _name, value, _nick in API.enum_of(t)]
    elif t in API.classes:
        values = [Fresh(name) for name in constructible(t)]
    elif t == 'GLib.List':
        element = param.element_type
        if element in API.classes:
            values = [[Fresh(name) for name in constructible(element)], []]
        elif API.enum_of(element) is not None:
            members = [value for _name, value, _nick in API.enum_of(element)]
            values = [members, list(reversed(members[:2])), []]
        else:
            values = []
    elif param.is_array and param.element_type == 'utf8':
        values = [['acpi', 'apic', 'pae'], []]
    else:
        values = []
    if param.nullable and None not in values:
        values.append(None)
    return values


def realise(value):
    if isinstance(value, Fresh):
        return value.make()
    if isinstance(value, list):
        return [realise(v) for v in value]
    return value


def describe(value):
    if isinstance(value, list):
        return '[%s]' % ', '.join(describe(v) for v in value)
    return repr(value)


def argument_tuples(method):
    lists = [candidates(p) for p in method.in_params]
    if any(not values for values in lists):
        return None
    combos = list(itertools.islice(itertools.product(*lists), MAX_COMBINATIONS))
    return combos


def setters_of(class_name):
    out = []
    for cls in reversed(API.chain(class_name)):
        for name in sorted(cls.methods):
            m = cls.methods[name]
            if name.startswith('get_') or name in ('to_xml', 'validate') or not m.in_params:
                continue
            out.append(m)
    return out


def final_state(obj, getters):
    """The object walked through its getters, or (getters=False) only its XML."""
    return walk(obj) if getters else {'type': short_type_name(obj.__gtype__.name), 'xml': obj.to_xml()}


def build_item(class_name, method, combo, getters=True):
    """One setter call with one argument tuple on a fresh object, then the object walked."""
    def body():
        cls = class_or_unimplemented(class_name)
        obj = cls.new()
        step = {'call': call_text(method, combo)}
        real = [realise(v) for v in combo]      # may raise Unimplemented: the item is skipped
        step['value'], step['logs'] = call(method, obj, *real)
        step['tree'] = final_state(obj, getters)
        return {'steps': [step]}
    return body


def call_text(method, combo):
    return '%s(%s)' % (method.key, ', '.join(describe(v) for v in combo))


def typical(method):
    """The first argument tuple of `method` without NULL or empty strings."""
    combos = argument_tuples(method)
    return next((c for c in combos if None not in c and '' not in c), combos[0])


def replacement(method):
    """The argument tuple `method` is called with again: the last one that is neither the typical
    one nor holds NULL, an empty string or an empty list (or the typical one)."""
    first = typical(method)
    usable = [c for c in argument_tuples(method)
              if c != first and not any(v is None or v == '' or v == [] or v == CONTROL_STRING for v in c)]
    return usable[-1] if usable else first


def build_all_item(class_name, setters, again=None, again_args=None, getters=True):
    """Every setter in turn on one object (its typical arguments); with `again`, that setter is
    called once more at the end (see replacement()): a value replaced in a document that has
    everything else."""
    def body():
        cls = class_or_unimplemented(class_name)
        obj = cls.new()
        steps = []
        sequence = [(m, typical(m)) for m in setters]
        if again is not None:
            sequence.append((again, again_args if again_args is not None else replacement(again)))
        for method, combo in sequence:
            step = {'call': call_text(method, combo)}
            try:
                real = [realise(v) for v in combo]
            except Unimplemented:
                continue
            step['value'], step['logs'] = call(method, obj, *real)
            steps.append(step)
        return {'steps': steps, 'tree': final_state(obj, getters)}
    return body


def build_items(getters=True):
    """(item, body) of the build mode, for run_isolated; getters=False leaves the walk out: each
    record then has the objects' XML only."""
    items = []
    for class_name in constructible('Object'):
        setters = [m for m in setters_of(class_name) if argument_tuples(m)]
        # add_* last: in the full sequence they then add to what the set_* calls made.
        setters = ([m for m in setters if not m.name.startswith('add_')]
                   + [m for m in setters if m.name.startswith('add_')])
        for method in setters:
            for combo in argument_tuples(method):
                item = 'build/%s/%s' % (class_name, call_text(method, combo))
                if selected(item):
                    items.append((item, build_item(class_name, method, combo, getters)))
        item = 'build/%s/all-setters' % class_name
        if setters and selected(item):
            items.append((item, build_all_item(class_name, setters, getters=getters)))
        for method in setters:
            item = 'build/%s/all-setters-then/%s' % (class_name, method.key)
            if selected(item):
                items.append((item, build_all_item(class_name, setters, again=method, getters=getters)))
            # and, where NULL is allowed, unset in a full document
            item = 'build/%s/all-setters-then-null/%s' % (class_name, method.key)
            if (None,) in argument_tuples(method) and selected(item):
                items.append((item, build_all_item(class_name, setters, again=method, again_args=(None,),
                                                   getters=getters)))
    return items


def run_build():
    for record in run_isolated(build_items()):
        emit(record)


def emit(record):
    sys.stdout.write(json.dumps(record, sort_keys=True) + '\n')
    sys.stdout.flush()


def list_unimplemented():
    """The reference classes and methods the library under test lacks, as a JSON list."""
    missing = []
    for cls in sorted(API.classes.values(), key=lambda c: c.name):
        if getattr(G, cls.name, None) is None:
            missing.append(cls.name)
            continue
        for name in sorted(list(cls.methods) + list(cls.constructors)):
            if getattr(getattr(G, cls.name), name, None) is None:
                missing.append('%s.%s' % (cls.name, name))
    print(json.dumps(missing))


def mapped_library():
    """The file the process mapped libvirt-gconfig's code from (ours is libvirt-gobject-1.0.so)."""
    G.Domain.new()
    paths = set()
    with open('/proc/self/maps') as maps:
        for line in maps:
            fields = line.split(None, 5)
            if len(fields) == 6 and 'libvirt-g' in fields[5]:
                paths.add(os.path.realpath(fields[5].strip()))
    print(json.dumps(sorted(paths)))


def main():
    if args == ['unimplemented']:
        list_unimplemented()
    elif args == ['mapped']:
        mapped_library()
    elif args[:1] == ['parse'] and len(args) == 2:
        run_parse(args[1])
    elif args == ['build']:
        run_build()
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == '__main__':
    sys.exit(main())
