#!/usr/bin/python3
"""LibvirtGObject through GObject introspection, on libvirt's test:///default driver.

Usage: test_libvirt_gobject.py [--reference] [unittest options]

Opens connections, lists and queries domains, drives the lifecycle with the blocking and the
async calls, and follows the signals libvirt's events become while a GLib main loop runs. What
happens is printed as it happens (the transcript is the same on both libraries, except where a
test says otherwise); the assertions check it.

Without --reference the script expects LD_LIBRARY_PATH and GI_TYPELIB_PATH to point at the
build tree (LIBVIRT_GLIB_RS_BUILD_DIR names it). With --reference it drops both and re-executes
itself, so the same assertions run on the system's (Debian's) libvirt-gobject, the oracle.

Exit status 77 (skipped) when python-gi or the LibvirtGObject typelib is missing.
"""

import os
import threading
import unittest

import gi_test_support

REFERENCE, Gio, GLib, GObject, LibvirtGConfig, LibvirtGObject = gi_test_support.setup(
    __file__, ['Gio', 'GLib', 'GObject', 'LibvirtGConfig', 'LibvirtGObject'], reference=True)
import gi  # already loaded by setup()
BUILD_DIR = gi_test_support.build_dir()

TEST_URI = 'test:///default'
WAIT_MS = 10000
MAIN_THREAD = threading.get_ident()

DOMAIN_XML = """<domain type='test'>
  <name>%s</name>
  <memory unit='KiB'>8192</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
</domain>"""


def log(*words):
    print('  ' + ' '.join(str(w) for w in words), flush=True)


def where():
    return 'main' if threading.get_ident() == MAIN_THREAD else 'other-thread'


def run_loop_until(loop, done, timeout_ms=WAIT_MS):
    """Runs @loop until done() holds (checked every 10 ms) or timeout_ms pass; returns done()."""
    context = loop.get_context()

    def check():
        if done():
            loop.quit()
            return GLib.SOURCE_REMOVE
        return GLib.SOURCE_CONTINUE

    def give_up():
        loop.quit()
        return GLib.SOURCE_REMOVE

    poll = GLib.timeout_source_new(10)
    poll.set_callback(lambda *a: check())
    poll.attach(context)
    limit = GLib.timeout_source_new(timeout_ms)
    limit.set_callback(lambda *a: give_up())
    limit.attach(context)
    loop.run()
    poll.destroy()
    limit.destroy()
    return bool(done())


def spin(loop, ms=150):
    """Runs @loop for @ms milliseconds (lets queued events through)."""
    run_loop_until(loop, lambda: False, timeout_ms=ms)


def error_text(err):
    return '%s/%d: %s' % (err.domain, err.code, err.message)


def config(name):
    return LibvirtGConfig.Domain.new_from_xml(DOMAIN_XML % name)


class Recorder:
    """Collects signal emissions as 'name[::detail] object' strings, in order."""

    def __init__(self):
        self.seen = []

    def record(self, entry):
        log('signal:', entry, '(%s)' % where())
        self.seen.append(entry)

    def follow_domain(self, domain, details=('booted', 'restored', 'destroyed', 'shutdown',
                                             'saved', 'paused', 'unpaused')):
        signals = {'started': ('booted', 'restored'), 'stopped': ('destroyed', 'shutdown', 'saved'),
                   'suspended': ('paused',), 'resumed': ('unpaused',)}
        for signal, signal_details in signals.items():
            for detail in signal_details:
                if detail in details:
                    name = '%s::%s' % (signal, detail)
                    domain.connect(name, lambda d, name=name: self.record('%s %s' % (name, d.get_name())))
        domain.connect('updated', lambda d: self.record('updated %s' % d.get_name()))

    def follow_connection(self, conn):
        for name in ('domain-added', 'domain-removed'):
            conn.connect(name, lambda c, d, name=name: self.record('%s %s' % (name, d.get_name())))
        for name in ('connection-opened', 'connection-closed'):
            conn.connect(name, lambda c, name=name: self.record(name))

    def wait_for(self, loop, entry):
        self.assertion = entry
        return run_loop_until(loop, lambda: entry in self.seen)


def setUpModule():
    LibvirtGObject.init_object(None)


class LibraryIdentity(unittest.TestCase):
    def test_typelib_and_library_come_from_the_expected_place(self):
        path = gi.Repository.get_default().get_typelib_path('LibvirtGObject')
        LibvirtGObject.Connection.new(TEST_URI)
        mapped = set()
        with open('/proc/self/maps') as maps:
            for line in maps:
                fields = line.split(None, 5)
                if len(fields) == 6 and 'libvirt-gobject-' in fields[5]:
                    mapped.add(os.path.realpath(fields[5].strip()))
        self.assertTrue(mapped)
        if REFERENCE:
            self.assertTrue(path.startswith('/usr/lib'), path)
            self.assertTrue(all(p.startswith('/usr/lib') for p in mapped), mapped)
        else:
            build = os.path.realpath(BUILD_DIR)
            self.assertEqual(os.path.realpath(path),
                             os.path.join(build, 'introspection', 'LibvirtGObject-1.0.typelib'))
            self.assertTrue(all(p.startswith(build + os.sep) for p in mapped), mapped)


class TypeSystem(unittest.TestCase):
    """What C and introspection see of the classes: sizes, signals, properties, enums."""

    def test_class_and_instance_sizes(self):
        for gtype, sizes in ((LibvirtGObject.Connection, (32, 336)), (LibvirtGObject.Domain, (32, 336))):
            query = GObject.type_query(gtype.__gtype__)
            log(query.type_name, 'instance', query.instance_size, 'class', query.class_size)
            self.assertEqual((query.instance_size, query.class_size), sizes)

    def test_signals(self):
        for gtype in (LibvirtGObject.Connection, LibvirtGObject.Domain):
            for name in sorted(GObject.signal_list_names(gtype)):
                query = GObject.signal_query(name, gtype)
                params = [GObject.type_name(p) for p in query.param_types]
                log(GObject.type_name(gtype.__gtype__), name, int(query.signal_flags), params)
        detailed = (GObject.SignalFlags.RUN_LAST | GObject.SignalFlags.NO_RECURSE
                    | GObject.SignalFlags.NO_HOOKS | GObject.SignalFlags.DETAILED)
        self.assertEqual(GObject.signal_query('stopped', LibvirtGObject.Domain).signal_flags, detailed)
        self.assertEqual(GObject.signal_query('updated', LibvirtGObject.Domain).signal_flags,
                         detailed & ~GObject.SignalFlags.DETAILED)
        added = GObject.signal_query('domain-added', LibvirtGObject.Connection)
        self.assertEqual(added.signal_flags, GObject.SignalFlags.RUN_FIRST)
        self.assertEqual([GObject.type_name(p) for p in added.param_types], ['GVirDomain'])

    def test_properties(self):
        writable_construct = (GObject.ParamFlags.READABLE | GObject.ParamFlags.WRITABLE
                              | GObject.ParamFlags.CONSTRUCT_ONLY)
        found = {}
        for gtype in (LibvirtGObject.Connection, LibvirtGObject.Domain):
            for spec in gtype.list_properties():
                flags = spec.flags & (writable_construct | GObject.ParamFlags.CONSTRUCT)
                log(GObject.type_name(gtype.__gtype__), spec.name, GObject.type_name(spec.value_type), int(flags))
                found[(gtype.__name__, spec.name)] = (GObject.type_name(spec.value_type), flags)
        self.assertEqual(found[('Connection', 'uri')], ('gchararray', writable_construct))
        self.assertEqual(found[('Connection', 'handle')], ('GVirConnectionHandle', writable_construct))
        self.assertEqual(found[('Domain', 'handle')], ('GVirDomainHandle', writable_construct))
        self.assertEqual(found[('Domain', 'persistent')], ('gboolean', GObject.ParamFlags.READABLE))

    def test_enums(self):
        self.assertEqual(int(LibvirtGObject.DomainState.PMSUSPENDED), 7)
        self.assertTrue(GObject.type_is_a(LibvirtGObject.DomainStartFlags.__gtype__, GObject.TYPE_FLAGS))
        self.assertTrue(GObject.type_is_a(LibvirtGObject.DomainDeleteFlags.__gtype__, GObject.TYPE_ENUM))
        self.assertEqual(int(LibvirtGObject.DomainXMLFlags.INACTIVE), 2)
        self.assertEqual(int(LibvirtGObject.DomainStartFlags.FORCE_BOOT), 8)
        # Two members share a value, as in libvirt.
        self.assertEqual(int(LibvirtGObject.DomainSnapshotListFlags.ROOTS), 1)
        self.assertEqual(int(LibvirtGObject.DomainSnapshotListFlags.DESCENDANTS), 1)
        self.assertEqual(int(LibvirtGObject.DomainUpdateDeviceFlags.CONFIG), 2)


class ConnectionBasics(unittest.TestCase):
    def setUp(self):
        self.loop = GLib.MainLoop()
        self.events = Recorder()

    def test_open_query_fetch_close(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        self.events.follow_connection(conn)
        self.assertEqual(conn.get_uri(), TEST_URI)
        self.assertFalse(conn.is_open())
        self.assertEqual(conn.get_domains(), [])
        self.assertIsNone(conn.props.handle)
        self.assertTrue(conn.open(None))
        self.assertTrue(conn.is_open())
        self.assertFalse(conn.is_read_only())
        self.assertIsNotNone(conn.props.handle)
        self.assertEqual(self.events.seen, ['connection-opened'])

        log('hypervisor', conn.get_hypervisor_name(), 'version', conn.get_version())
        self.assertEqual(conn.get_hypervisor_name(), 'TEST')
        self.assertGreater(conn.get_version(), 0)
        node = conn.get_node_info()
        log('node cpus', node.cpus, 'memory', node.memory, 'mhz', node.mhz,
            'topology', node.nodes, node.sockets, node.cores, node.threads)
        self.assertGreater(node.cpus, 0)
        self.assertEqual(node.nodes * node.sockets * node.cores * node.threads, node.cpus)

        self.assertTrue(conn.fetch_domains(None))
        names = sorted(d.get_name() for d in conn.get_domains())
        log('domains', names)
        self.assertIn('test', names)
        test = conn.find_domain_by_name('test')
        uuid = test.get_uuid()
        self.assertEqual(len(uuid), 36)
        self.assertEqual(conn.get_domain(uuid).get_name(), 'test')
        self.assertEqual(conn.find_domain_by_id(test.get_id()).get_uuid(), uuid)
        self.assertIsNone(conn.find_domain_by_name('no-such-domain'))
        self.assertIsNone(conn.find_domain_by_id(4242))
        self.assertIsNone(conn.get_domain('00000000-0000-0000-0000-000000000000'))
        self.assertTrue(test.get_persistent())
        self.assertTrue(test.props.persistent)
        self.assertFalse(test.get_saved())
        self.assertIsNotNone(test.props.handle)

        info = test.get_info()
        log('info', info.state.value_nick, info.maxMem, info.memory, info.nrVirtCpu, info.cpuTime > 0)
        self.assertEqual(info.state, LibvirtGObject.DomainState.RUNNING)
        self.assertGreaterEqual(info.maxMem, info.memory)
        self.assertTrue(test.set_time(GLib.DateTime.new_now_utc(), 0))
        self.assertTrue(test.set_time(None, 0))
        with self.assertRaises(GLib.Error) as raised:
            test.open_graphics_fd(0, 0)
        log('open_graphics_fd:', error_text(raised.exception))
        self.assertTrue(raised.exception.message.startswith('Unable to open graphics: '))
        conf = test.get_config(LibvirtGObject.DomainXMLFlags.NONE)
        self.assertIsInstance(conf, LibvirtGConfig.Domain)
        self.assertEqual(conf.get_name(), 'test')

        conn.close()
        self.assertFalse(conn.is_open())
        self.assertEqual(conn.get_domains(), [])
        self.assertEqual(self.events.seen, ['connection-opened', 'connection-closed'])

    def test_read_only(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        self.assertTrue(conn.open_read_only(None))
        self.assertTrue(conn.is_read_only())
        conn.fetch_domains(None)
        with self.assertRaises(GLib.Error) as raised:
            conn.find_domain_by_name('test').suspend()
        log('read-only suspend:', error_text(raised.exception))
        self.assertEqual(raised.exception.domain, 'gvir-domain')
        self.assertTrue(raised.exception.message.startswith(
            'Unable to suspend domain: operation forbidden: read only access'))
        conn.close()

    def test_errors(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        for call in (lambda: conn.fetch_domains(None), conn.get_hypervisor_name, conn.get_version):
            with self.assertRaises(GLib.Error) as raised:
                call()
            log('closed:', error_text(raised.exception))
            self.assertEqual(raised.exception.domain, 'gvir-connection')
        self.assertEqual(raised.exception.message, 'Connection is not opened')

        bogus = LibvirtGObject.Connection.new('bogus:///nowhere')
        with self.assertRaises(GLib.Error) as raised:
            bogus.open(None)
        log('bogus open:', error_text(raised.exception))
        self.assertEqual(raised.exception.domain, 'gvir-connection')
        self.assertTrue(raised.exception.message.startswith('Unable to open bogus:///nowhere: '))
        self.assertFalse(bogus.is_open())

        conn.open(None)
        with self.assertRaises(GLib.Error) as raised:
            conn.open(None)
        log('open twice:', error_text(raised.exception))
        self.assertEqual(raised.exception.message, 'Connection test:///default is already open')

        conn.fetch_domains(None)
        test = conn.find_domain_by_name('test')
        with self.assertRaises(GLib.Error) as raised:
            test.resume()
        log('resume running:', error_text(raised.exception))
        self.assertEqual(raised.exception.domain, 'gvir-domain')
        self.assertTrue(raised.exception.message.startswith('Unable to resume domain: '))
        with self.assertRaises(GLib.Error) as raised:
            conn.start_domain(config('test'), 0)
        log('start duplicate:', error_text(raised.exception))
        self.assertTrue(raised.exception.message.startswith('Failed to create domain: '))

        cancelled = Gio.Cancellable()
        cancelled.cancel()
        fresh = LibvirtGObject.Connection.new(TEST_URI)
        with self.assertRaises(GLib.Error) as raised:
            fresh.open(cancelled)
        self.assertTrue(raised.exception.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED))
        self.assertFalse(fresh.is_open())
        conn.close()


class Lifecycle(unittest.TestCase):
    """The lifecycle calls, and the signals libvirt's events turn into."""

    def setUp(self):
        self.loop = GLib.MainLoop()
        self.events = Recorder()
        self.conn = LibvirtGObject.Connection.new(TEST_URI)
        self.conn.open(None)
        self.conn.fetch_domains(None)
        self.events.follow_connection(self.conn)

    def tearDown(self):
        self.conn.close()

    def expect(self, entry):
        self.assertTrue(self.events.wait_for(self.loop, entry), 'no %r; saw %r' % (entry, self.events.seen))

    def test_suspend_resume_stop_start_shutdown_save(self):
        test = self.conn.find_domain_by_name('test')
        self.events.follow_domain(test)
        thread = []
        test.connect('suspended', lambda d: thread.append(where()))
        test.suspend()
        self.expect('suspended::paused test')
        self.assertEqual(test.get_info().state, LibvirtGObject.DomainState.PAUSED)
        test.resume()
        self.expect('resumed::unpaused test')
        test.stop(0)
        self.expect('stopped::destroyed test')
        with self.assertRaises(GLib.Error):
            test.get_id()
        test.start(0)
        self.expect('started::booted test')
        test.shutdown(0)
        self.expect('stopped::shutdown test')
        test.start(0)
        self.expect('started::booted test')
        test.save(0)
        self.expect('stopped::saved test')
        self.assertTrue(test.get_saved())
        test.start(0)
        run_loop_until(self.loop, lambda: len([e for e in self.events.seen if e.startswith('started')]) == 3)
        self.assertFalse(test.get_saved())
        self.assertEqual(thread, ['main'])
        self.assertIn(test, self.conn.get_domains())

    def test_transient_domain_is_added_and_removed(self):
        dom = self.conn.start_domain(config('py-transient'), 0)
        log('started', dom.get_name(), 'persistent', dom.get_persistent())
        self.assertFalse(dom.get_persistent())
        self.expect('domain-added py-transient')
        self.assertEqual(self.conn.find_domain_by_name('py-transient'), dom)
        self.events.follow_domain(dom)
        dom.stop(0)
        self.expect('domain-removed py-transient')
        self.assertEqual(self.events.seen, ['domain-added py-transient', 'stopped::destroyed py-transient',
                                            'domain-removed py-transient'])
        self.assertIsNone(self.conn.find_domain_by_name('py-transient'))

    def test_defined_domain_is_added_updated_and_deleted(self):
        dom = self.conn.create_domain(config('py-defined'))
        self.assertTrue(dom.get_persistent())
        self.expect('domain-added py-defined')
        self.events.follow_domain(dom)
        update = dom.get_config(LibvirtGObject.DomainXMLFlags.INACTIVE)
        update.set_memory(16384)
        self.assertTrue(dom.set_config(update))
        self.expect('updated py-defined')
        self.assertEqual(dom.get_config(LibvirtGObject.DomainXMLFlags.INACTIVE).get_memory(), 16384)
        dom.start(0)
        self.expect('started::booted py-defined')
        dom.stop(0)
        self.expect('stopped::destroyed py-defined')
        dom.delete(0)
        self.expect('domain-removed py-defined')
        self.assertEqual(self.events.seen, ['domain-added py-defined', 'updated py-defined',
                                            'started::booted py-defined', 'stopped::destroyed py-defined',
                                            'domain-removed py-defined'])
        with self.assertRaises(GLib.Error) as raised:
            dom.start(0)
        log('start deleted:', error_text(raised.exception))
        self.assertTrue(raised.exception.message.startswith('Unable to start domain: Domain not found'))

    def test_set_config_for_another_domain_fails(self):
        dom = self.conn.create_domain(config('py-mine'))
        other = config('py-other')
        with self.assertRaises(GLib.Error) as raised:
            dom.set_config(other)
        log('set_config of another domain:', error_text(raised.exception))
        self.assertTrue(raised.exception.message.startswith('Failed to set domain configuration'))
        spin(self.loop)
        if not REFERENCE:
            # libvirt-glib 4.0.0 defines the other domain before noticing it is another one;
            # here nothing is defined.
            self.assertIsNone(self.conn.find_domain_by_name('py-other'))
        for name in ('py-mine', 'py-other'):
            leftover = self.conn.find_domain_by_name(name)
            if leftover is not None:
                leftover.delete(0)
        spin(self.loop)


class Async(unittest.TestCase):
    """The _async/_finish pairs: work off the caller's thread, callback on its context."""

    def setUp(self):
        self.loop = GLib.MainLoop()

    def call(self, start, finish, loop=None):
        """Runs start(callback) and the loop until the callback ran; returns
        (result or error text, thread of the callback)."""
        loop = loop or self.loop
        outcome = []

        def done(obj, result, *user_data):
            try:
                value = finish(obj, result)
            except GLib.Error as err:
                value = 'error ' + error_text(err)
            outcome.append((value, where()))

        start(done)
        self.assertTrue(run_loop_until(loop, lambda: outcome), 'callback never ran')
        return outcome[0]

    def test_open_fetch_info_resume_start(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        opened_on = []
        conn.connect('connection-opened', lambda c: opened_on.append(where()))
        value, thread = self.call(lambda cb: conn.open_async(None, cb), lambda c, r: c.open_finish(r))
        log('open_async ->', value, 'callback on', thread, 'connection-opened on', opened_on)
        self.assertEqual((value, thread), (True, 'main'))
        if not REFERENCE:
            # libvirt-glib 4.0.0 emits connection-opened from its worker thread.
            self.assertEqual(opened_on, ['main'])
        value, thread = self.call(lambda cb: conn.fetch_domains_async(None, cb),
                                  lambda c, r: c.fetch_domains_finish(r))
        self.assertEqual((value, thread), (True, 'main'))
        test = conn.find_domain_by_name('test')
        value, thread = self.call(lambda cb: test.get_info_async(None, cb),
                                  lambda d, r: d.get_info_finish(r).state.value_nick)
        log('get_info_async ->', value)
        self.assertEqual((value, thread), ('running', 'main'))
        value, _ = self.call(lambda cb: test.resume_async(None, cb), lambda d, r: d.resume_finish(r))
        log('resume_async on a running domain ->', value)
        self.assertTrue(value.startswith('error gvir-domain/0: Unable to resume domain: '))
        value, _ = self.call(lambda cb: test.start_async(0, None, cb), lambda d, r: d.start_finish(r))
        self.assertTrue(value.startswith('error gvir-domain/0: Unable to start domain: '))
        value, _ = self.call(lambda cb: test.set_time_async(None, 0, None, cb), lambda d, r: d.set_time_finish(r))
        self.assertIs(value, True)
        conn.close()

    def test_cancelled(self):
        cancelled = Gio.Cancellable()
        cancelled.cancel()
        conn = LibvirtGObject.Connection.new(TEST_URI)
        value, _ = self.call(lambda cb: conn.open_async(cancelled, cb), lambda c, r: c.open_finish(r))
        log('open_async cancelled ->', value)
        self.assertTrue(value.startswith('error g-io-error-quark/%d' % Gio.IOErrorEnum.CANCELLED))
        self.assertFalse(conn.is_open())

    def test_save_and_start_async_with_events(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        conn.open(None)
        conn.fetch_domains(None)
        test = conn.find_domain_by_name('test')
        events = Recorder()
        events.follow_domain(test)
        value, _ = self.call(lambda cb: test.save_async(0, None, cb), lambda d, r: d.save_finish(r))
        self.assertTrue(value)
        self.assertTrue(events.wait_for(self.loop, 'stopped::saved test'))
        value, _ = self.call(lambda cb: test.start_async(0, None, cb), lambda d, r: d.start_finish(r))
        self.assertTrue(value)
        run_loop_until(self.loop, lambda: any(e.startswith('started') for e in events.seen))
        self.assertEqual(test.get_info().state, LibvirtGObject.DomainState.RUNNING)
        conn.close()

    def test_save_to_file_and_restore_async(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        conn.open(None)
        conn.fetch_domains(None)
        test = conn.find_domain_by_name('test')
        events = Recorder()
        events.follow_domain(test)
        path = os.path.join(GLib.get_tmp_dir(), 'lvg-rs-py-save-%d.img' % os.getpid())
        try:
            value, _ = self.call(lambda cb: test.save_to_file_async(path, None, 0, None, cb),
                                 lambda d, r: d.save_to_file_finish(r))
            self.assertIs(value, True)
            self.assertTrue(events.wait_for(self.loop, 'stopped::saved test'))
            value, _ = self.call(lambda cb: conn.restore_domain_from_file_async(path, None, 0, None, cb),
                                 lambda c, r: c.restore_domain_from_file_finish(r))
            self.assertIs(value, True)
            self.assertTrue(events.wait_for(self.loop, 'started::restored test'))
            with self.assertRaises(GLib.Error) as raised:
                conn.restore_domain_from_file('/nonexistent/image', None, 0)
            log('restore missing image:', error_text(raised.exception))
            self.assertTrue(raised.exception.message.startswith('Unable to restore domain: '))
        finally:
            if os.path.exists(path):
                os.unlink(path)
            conn.close()

    def test_callback_on_a_threads_own_context(self):
        # An application thread with its own thread-default context gets its callbacks there.
        result = {}

        def worker():
            context = GLib.MainContext.new()
            context.push_thread_default()
            try:
                loop = GLib.MainLoop.new(context, False)
                conn = LibvirtGObject.Connection.new(TEST_URI)
                me = threading.get_ident()
                seen = []
                conn.open_async(None, lambda c, r: (seen.append(threading.get_ident() == me),
                                                    seen.append(c.open_finish(r))))
                run_loop_until(loop, lambda: seen)
                result['open'] = seen
                seen2 = []
                conn.fetch_domains_async(None, lambda c, r: (seen2.append(threading.get_ident() == me),
                                                             seen2.append(c.fetch_domains_finish(r))))
                run_loop_until(loop, lambda: seen2)
                result['fetch'] = seen2
                conn.close()
            finally:
                context.pop_thread_default()

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(30)
        log('callbacks on the thread\'s own context:', result)
        self.assertEqual(result, {'open': [True, True], 'fetch': [True, True]})


class Capabilities(unittest.TestCase):
    """gvir_connection_get_capabilities and _get_domain_capabilities, blocking and async."""

    def test_capabilities(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        conn.open(None)
        caps = conn.get_capabilities()
        self.assertIsInstance(caps, LibvirtGConfig.Capabilities)
        arch = caps.get_host().get_cpu().get_arch()
        log('capabilities: host arch', arch, 'guests', len(caps.get_guests()))
        self.assertEqual(arch, 'i686')
        self.assertTrue(caps.get_guests())
        loop = GLib.MainLoop()
        got = []

        def done(c, result, *user_data):
            got.append((type(c.get_capabilities_finish(result)).__name__, where()))
        conn.get_capabilities_async(None, done)
        run_loop_until(loop, lambda: got)
        log('get_capabilities_async ->', got)
        self.assertEqual(got, [('Capabilities', 'main')])
        conn.close()

    def test_domain_capabilities_unsupported_by_the_test_driver(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        conn.open(None)
        with self.assertRaises(GLib.Error) as raised:
            conn.get_domain_capabilities(None, 'x86_64', None, None, 0)
        log('get_domain_capabilities:', error_text(raised.exception))
        self.assertTrue(error_text(raised.exception).startswith(
            'gvir-connection/0: Unable to get domain capabilities: '))
        loop = GLib.MainLoop()
        got = []

        def done(c, result, *user_data):
            try:
                c.get_domain_capabilities_finish(result)
                got.append('no error')
            except GLib.Error as err:
                got.append(error_text(err))
        conn.get_domain_capabilities_async(None, None, None, None, 0, None, done)
        run_loop_until(loop, lambda: got)
        self.assertTrue(got[0].startswith('gvir-connection/0: Unable to get domain capabilities: '))
        conn.close()


class Devices(unittest.TestCase):
    """gvir_domain_get_devices: disks and interfaces with their statistics."""

    def test_types(self):
        for gtype, parent in ((LibvirtGObject.DomainDevice, 'GObject'),
                              (LibvirtGObject.DomainDisk, 'GVirDomainDevice'),
                              (LibvirtGObject.DomainInterface, 'GVirDomainDevice')):
            query = GObject.type_query(gtype.__gtype__)
            props = [(p.name, p.value_type.name, int(p.flags) & 0xf)
                     for p in GObject.list_properties(gtype.__gtype__)]
            log(query.type_name, query.instance_size, query.class_size, gtype.__gtype__.is_abstract(), props)
            self.assertEqual(gtype.__gtype__.parent.name, parent)
            self.assertEqual(props, [('domain', 'GVirDomain', 11), ('config', 'GVirConfigDomainDevice', 11)])
        self.assertTrue(LibvirtGObject.DomainDevice.__gtype__.is_abstract())
        self.assertFalse(LibvirtGObject.DomainDisk.__gtype__.is_abstract())
        self.assertEqual(GObject.type_query(LibvirtGObject.DomainDisk.__gtype__).instance_size, 40)
        self.assertEqual(LibvirtGObject.DomainDiskStats.__gtype__.name, 'GVirDomainDiskStats')
        self.assertEqual(LibvirtGObject.DomainInterfaceStats.__gtype__.name, 'GVirDomainInterfaceStats')

    def test_devices_of_the_test_domain(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        conn.open(None)
        conn.fetch_domains(None)
        test = conn.find_domain_by_name('test')
        devices = test.get_devices()
        kinds = [(type(d).__name__, type(d.get_config()).__name__) for d in devices]
        log('devices:', kinds)
        # The memballoon has no class: it is left out.
        self.assertEqual(kinds, [('DomainDisk', 'DomainDisk'), ('DomainInterface', 'DomainInterfaceNetwork')])
        disk, iface = devices
        self.assertEqual(disk.get_domain(), test)
        self.assertIs(disk.get_config(), disk.get_config())
        self.assertEqual(disk.get_config().get_target_dev(), 'vda')
        stats = disk.get_stats()
        self.assertIsInstance(stats, LibvirtGObject.DomainDiskStats)
        self.assertTrue(all(v >= 0 for v in (stats.rd_req, stats.rd_bytes, stats.wr_req, stats.wr_bytes, stats.errs)))
        with self.assertRaises(GLib.Error) as raised:
            disk.resize(1024, 0)
        log('resize:', error_text(raised.exception))
        self.assertTrue(error_text(raised.exception).startswith('gvir-domain-disk/0: Failed to resize domain disk: '))
        stats = iface.get_stats()
        self.assertIsInstance(stats, LibvirtGObject.DomainInterfaceStats)
        self.assertTrue(all(v >= 0 for v in (stats.rx_bytes, stats.rx_packets, stats.rx_errs, stats.rx_drop,
                                             stats.tx_bytes, stats.tx_packets, stats.tx_errs, stats.tx_drop)))
        conn.close()

    def test_update_device(self):
        conn = LibvirtGObject.Connection.new(TEST_URI)
        conn.open(None)
        conn.fetch_domains(None)
        test = conn.find_domain_by_name('test')
        disk = test.get_devices()[0].get_config()
        try:
            value = test.update_device(disk, LibvirtGObject.DomainUpdateDeviceFlags.CONFIG)
        except GLib.Error as err:
            value = error_text(err)
        log('update_device:', value)
        self.assertTrue(value is True or value.startswith('gvir-domain/0: Failed to update device: '))
        conn.close()


class Subclassing(unittest.TestCase):
    """Signal default handlers live in the class struct: Python overrides are called."""

    def test_do_domain_added_and_domain_signal_overrides(self):
        calls = []

        class Conn(LibvirtGObject.Connection):
            def do_connection_opened(self):
                calls.append('do_connection_opened')

            def do_domain_added(self, dom):
                calls.append('do_domain_added ' + dom.get_name())

        loop = GLib.MainLoop()
        conn = Conn(uri=TEST_URI)
        conn.open(None)
        conn.fetch_domains(None)
        dom = conn.start_domain(config('py-subclass'), 0)
        run_loop_until(loop, lambda: len(calls) >= 2)
        dom.stop(0)
        spin(loop)
        log('overrides called:', calls)
        self.assertEqual(calls, ['do_connection_opened', 'do_domain_added py-subclass'])
        conn.close()


if __name__ == '__main__':
    print('LibvirtGObject on %s' % ('the reference library' if REFERENCE else 'this build'), flush=True)
    unittest.main(verbosity=2)
