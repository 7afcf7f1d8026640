#!/usr/bin/python3
"""Drives LibvirtGObject through GObject introspection and prints a transcript of everything.

Usage: gobject_trace.py URI

Run by run_gobject_differential.py once on our library and once on Debian's libvirt-gobject
(the environment picks which): every call's result, every GError (domain, code, message) and
every signal with its detail, one line each, in the order they happen. The two transcripts are
then compared line by line. Values that differ from run to run (times, counters, host
identity) are not printed.

The URI is a test-driver node file (tests/data/gobject/node.xml): each connection gets private
state, so both runs start from the same world.
"""

import sys

try:
    import gi
    gi.require_version('LibvirtGObject', '1.0')
    gi.require_version('LibvirtGConfig', '1.0')
    from gi.repository import GLib, GObject, LibvirtGConfig, LibvirtGObject
except (ImportError, ValueError) as exc:
    print('SKIP: LibvirtGObject via GObject introspection unavailable: %s' % exc)
    sys.exit(77)

URI = sys.argv[1]
WAIT_MS = 10000


def out(*words):
    print(' '.join(str(w) for w in words), flush=True)


def error_text(err):
    return 'ERROR %s %d %s' % (GLib.quark_to_string(err.domain) if isinstance(err.domain, int) else err.domain,
                               err.code, err.message)


def fmt(value):
    """A stable, readable rendering of a result."""
    if hasattr(value, 'value_nick'):
        return value.value_nick
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        return '%.3f' % value
    if isinstance(value, list) and value and all(type(v) is int for v in value):
        # A fixed char array (GVirNodeInfo.model): the text up to the first NUL.
        return repr(bytes(b & 0xff for b in value).split(b'\0')[0].decode())
    if isinstance(value, (list, tuple)):
        return '[' + ', '.join(fmt(v) for v in value) + ']'
    if isinstance(value, LibvirtGConfig.Object):
        return '%s<%s>' % (GObject.type_name(value.__gtype__), value.to_xml())
    if isinstance(value, GObject.Object):
        name = value.get_name() if hasattr(value, 'get_name') else ''
        return '%s(%s)' % (GObject.type_name(value.__gtype__), name)
    return repr(value)


def record(fields, value):
    return '{' + ', '.join('%s=%s' % (f, fmt(getattr(value, f))) for f in fields) + '}'


def call(label, fn, *args, render=fmt):
    """Calls fn(*args) and prints the result or the error; returns the result (None on error)."""
    try:
        result = fn(*args)
    except GLib.Error as err:
        out(label, '->', error_text(err))
        return None
    out(label, '->', render(result))
    return result


def spin(ms=200):
    """Lets queued events be dispatched (the test driver queues them on the main context)."""
    context = GLib.MainContext.default()
    deadline = GLib.get_monotonic_time() + ms * 1000
    while GLib.get_monotonic_time() < deadline:
        context.iteration(False)
        GLib.usleep(2000)


def run_async(label, start, finish, render=fmt):
    """start(callback) then finish(result) on the default main context, bounded in time."""
    loop = GLib.MainLoop()
    box = {}

    def done(obj, res, *unused):
        try:
            box['value'] = render(finish(res))
        except GLib.Error as err:
            box['value'] = error_text(err)
        loop.quit()
    start(done)
    timer = GLib.timeout_add(WAIT_MS, loop.quit)
    loop.run()
    if 'value' in box:
        GLib.source_remove(timer)
    out(label, '=>', box.get('value', 'TIMEOUT'))


class Signals:
    """Prints signals as they are emitted."""

    DOMAIN_SIGNALS = ('started', 'stopped', 'suspended', 'resumed', 'pmsuspended')
    followed = set()

    def follow_connection(self, conn):
        for name in ('domain-added', 'domain-removed'):
            conn.connect(name, lambda c, d, name=name: self.on_domain_listed(name, d))
        conn.connect('connection-opened', lambda c: out('signal connection-opened'))
        conn.connect('connection-closed', lambda c: out('signal connection-closed'))

    def on_domain_listed(self, name, domain):
        out('signal', name, domain.get_name())
        if name == 'domain-added':
            self.follow_domain(domain)

    def follow_domain(self, domain):
        if domain.get_uuid() in self.followed:
            return
        self.followed.add(domain.get_uuid())
        for name in self.DOMAIN_SIGNALS:
            domain.connect(name, lambda d, name=name: out('signal', name, d.get_name()))
        domain.connect('updated', lambda d: out('signal updated', d.get_name()))


INFO = ('state', 'maxMem', 'memory', 'nrVirtCpu')
NODE_INFO = ('model', 'memory', 'cpus', 'mhz', 'nodes', 'sockets', 'cores', 'threads')
POOL_INFO = ('state', 'capacity', 'allocation', 'available')
VOL_INFO = ('type', 'capacity', 'allocation')


def by_name(objects):
    return sorted(objects, key=lambda o: o.get_name())


def trace_connection(conn):
    out('uri', conn.get_uri())
    out('is_open', conn.is_open(), 'is_read_only', conn.is_read_only())
    call('open', conn.open, None)
    call('open again', conn.open, None)
    out('is_open', conn.is_open(), 'is_read_only', conn.is_read_only())
    call('get_hypervisor_name', conn.get_hypervisor_name)
    call('get_node_info', conn.get_node_info, render=lambda i: record(NODE_INFO, i))
    if hasattr(conn, 'get_capabilities'):
        call('get_capabilities.host.cpu.arch', lambda: conn.get_capabilities().get_host().get_cpu().get_arch())


def trace_domain(domain):
    name = domain.get_name()
    out('domain', name, domain.get_uuid(), 'persistent', domain.get_persistent())
    call('  get_id', domain.get_id)
    call('  get_saved', domain.get_saved)
    call('  get_info', domain.get_info, render=lambda i: record(INFO, i))
    conf = call('  get_config', domain.get_config, 0, render=lambda c: 'name=%s memory=%s vcpus=%s' % (
        c.get_name(), c.get_memory(), c.get_vcpus()))
    if hasattr(domain, 'get_devices'):
        devices = call('  get_devices', domain.get_devices)
        for device in devices or []:
            dconf = device.get_config()
            out('    device', GObject.type_name(device.__gtype__), GObject.type_name(dconf.__gtype__))
            if isinstance(device, LibvirtGObject.DomainDisk):
                # The test driver makes the counters up from the time of day: print their presence.
                call('    disk get_stats', device.get_stats, render=lambda s: type(s).__name__)
            if isinstance(device, LibvirtGObject.DomainInterface):
                call('    interface get_stats', device.get_stats, render=lambda s: type(s).__name__)
    return conf


def trace_domains(conn, signals):
    run_async('fetch_domains_async', lambda cb: conn.fetch_domains_async(None, cb, None),
              conn.fetch_domains_finish)
    call('fetch_domains', conn.fetch_domains, None)
    domains = by_name(conn.get_domains())
    out('get_domains', fmt(domains))
    for domain in domains:
        signals.follow_domain(domain)
        trace_domain(domain)
    out('find_domain_by_name alpha', fmt(conn.find_domain_by_name('alpha')))
    out('find_domain_by_name nosuch', fmt(conn.find_domain_by_name('nosuch')))
    out('find_domain_by_id 1', fmt(conn.find_domain_by_id(1)))
    out('find_domain_by_id 99', fmt(conn.find_domain_by_id(99)))
    out('get_domain uuid', fmt(conn.get_domain('11111111-2222-3333-4444-555555555503')))
    out('get_domain nosuch', fmt(conn.get_domain('00000000-0000-0000-0000-000000000000')))


def trace_lifecycle(conn, signals):
    conf = LibvirtGConfig.Domain.new()
    conf.set_name('epsilon')
    conf.set_uuid('11111111-2222-3333-4444-5555555555e5')
    conf.set_virt_type(LibvirtGConfig.DomainVirtType.TEST)
    conf.set_memory(65536)
    conf.set_vcpus(1)
    os_conf = LibvirtGConfig.DomainOs.new()
    os_conf.set_os_type(LibvirtGConfig.DomainOsType.HVM)
    conf.set_os(os_conf)
    domain = call('create_domain epsilon', conn.create_domain, conf)
    spin()
    if domain is None:
        return
    signals.follow_domain(domain)
    steps = [
        ('start', lambda: domain.start(0)),
        ('start again', lambda: domain.start(0)),
        ('suspend', domain.suspend),
        ('suspend again', domain.suspend),
        ('resume', domain.resume),
        ('resume again', domain.resume),
        ('save (managed)', lambda: domain.save(0)),
        ('get_saved', domain.get_saved),
        ('start (restores)', lambda: domain.start(0)),
        ('reboot', lambda: domain.reboot(0)),
        ('shutdown', lambda: domain.shutdown(0)),
        ('start', lambda: domain.start(0)),
        ('stop', lambda: domain.stop(0)),
        ('stop again', lambda: domain.stop(0)),
    ]
    for label, step in steps:
        call(label, step)
        spin()
        call('  get_info', domain.get_info, render=lambda i: record(INFO, i))
    run_async('start_async', lambda cb: domain.start_async(0, None, cb, None), domain.start_finish)
    spin()
    run_async('get_info_async', lambda cb: domain.get_info_async(None, cb, None), domain.get_info_finish,
              render=lambda i: record(INFO, i))
    call('suspend', domain.suspend)
    spin()
    run_async('resume_async', lambda cb: domain.resume_async(None, cb, None), domain.resume_finish)
    spin()
    run_async('save_async', lambda cb: domain.save_async(0, None, cb, None), domain.save_finish)
    spin()
    run_async('start_async (restores)', lambda cb: domain.start_async(0, None, cb, None), domain.start_finish)
    spin()
    call('stop', domain.stop, 0)
    spin()
    new_conf = domain.get_config(0)
    new_conf.set_memory(131072)
    call('set_config memory', domain.set_config, new_conf)
    spin()
    call('  get_config memory', lambda: domain.get_config(0).get_memory())
    call('delete', domain.delete, 0)
    spin()
    call('delete again', domain.delete, 0)
    out('get_domains', fmt(by_name(conn.get_domains())))

    # A transient domain: started by start_domain, gone when it stops.
    conf.set_name('zeta-transient')
    conf.set_uuid('11111111-2222-3333-4444-5555555555f6')
    transient = call('start_domain zeta-transient', conn.start_domain, conf, 0)
    spin()
    if transient is not None:
        out('  persistent', transient.get_persistent())
        call('stop', transient.stop, 0)
        spin()
    out('get_domains', fmt(by_name(conn.get_domains())))


def first_running(conn):
    """The first running domain by name: screenshots and snapshots are taken of it."""
    for domain in by_name(conn.get_domains()):
        if domain.get_info().state == LibvirtGObject.DomainState.RUNNING:
            return domain
    raise SystemExit('the fixture needs a running domain')


def trace_screenshot(conn):
    domain = first_running(conn)
    stream = conn.get_stream(0)
    call('%s screenshot' % domain.get_name(), domain.screenshot, stream, 0, 0)
    # The reference's input stream reads only asynchronously.
    chunks = []
    while True:
        box = {}
        loop = GLib.MainLoop()

        def done(source, res, *unused):
            box['bytes'] = source.read_bytes_finish(res)
            loop.quit()
        stream.get_input_stream().read_bytes_async(1 << 16, GLib.PRIORITY_DEFAULT, None, done)
        timer = GLib.timeout_add(WAIT_MS, loop.quit)
        loop.run()
        if 'bytes' not in box:
            out('  screenshot read TIMEOUT')
            return
        GLib.source_remove(timer)
        if box['bytes'].get_size() == 0:
            break
        chunks.append(bytes(box['bytes'].get_data()))
    data = b''.join(chunks)
    out('  screenshot bytes', len(data), data[:8])


def trace_storage(conn):
    call('fetch_storage_pools', conn.fetch_storage_pools, None)
    pools = by_name(conn.get_storage_pools())
    out('get_storage_pools', fmt(pools))
    for pool in pools:
        out('pool', pool.get_name(), pool.get_uuid())
        call('  get_info', pool.get_info, render=lambda i: record(POOL_INFO, i))
        call('  get_config name', lambda: pool.get_config(0).get_name())
        call('  refresh', pool.refresh, None)
        for vol in by_name(pool.get_volumes()):
            out('  volume', vol.get_name(), vol.get_path())
            call('    get_info', vol.get_info, render=lambda i: record(VOL_INFO, i))
            call('    get_config', vol.get_config, 0)
        out('  get_volume alpha.img', fmt(pool.get_volume('alpha.img')))
        out('  get_volume nosuch', fmt(pool.get_volume('nosuch')))
    out('find_storage_pool_by_name images', fmt(conn.find_storage_pool_by_name('images')))
    out('find_storage_pool_by_name nosuch', fmt(conn.find_storage_pool_by_name('nosuch')))
    pool = conn.find_storage_pool_by_name('empty') or pools[0]
    vol_conf = LibvirtGConfig.StorageVol.new()
    vol_conf.set_name('new.img')
    vol_conf.set_capacity(1 << 20)
    vol = call('create_volume new.img', pool.create_volume, vol_conf)
    if vol is not None:
        call('  get_info', vol.get_info, render=lambda i: record(VOL_INFO, i))
        call('  resize', vol.resize, 2 << 20, 0)
        call('  get_info', vol.get_info, render=lambda i: record(VOL_INFO, i))
        call('  delete', vol.delete, 0)
    call('pool refresh', pool.refresh, None)
    out('  get_volumes', fmt(by_name(pool.get_volumes())))
    call('pool stop', pool.stop)
    call('pool stop again', pool.stop)
    call('pool start', pool.start, 0)
    call('pool get_autostart', pool.get_autostart)
    call('pool set_autostart', pool.set_autostart, True)
    call('pool get_autostart', pool.get_autostart)


def trace_networks(conn):
    call('fetch_networks', conn.fetch_networks, None)
    networks = by_name(conn.get_networks())
    out('get_networks', fmt(networks))
    for network in networks:
        out('network', network.get_name(), network.get_uuid())
        call('  get_config', network.get_config, 0)
        call('  get_dhcp_leases', network.get_dhcp_leases, None, 0)
    out('find_network_by_name default', fmt(conn.find_network_by_name('default')))
    out('find_network_by_name nosuch', fmt(conn.find_network_by_name('nosuch')))


def trace_other_objects(conn):
    if hasattr(conn, 'fetch_interfaces'):
        call('fetch_interfaces', conn.fetch_interfaces, None)
        for iface in by_name(conn.get_interfaces()):
            out('interface', iface.get_name(), iface.get_mac())
            call('  get_config', lambda: iface.get_config(0).to_xml() is not None)
        out('find_interface_by_mac', fmt(conn.find_interface_by_mac('aa:bb:cc:dd:ee:07')))
        out('get_interface nosuch', fmt(conn.get_interface('nosuch')))


def trace_snapshots(conn, signals):
    domain = first_running(conn)
    if not hasattr(domain, 'create_snapshot'):
        out('snapshots: not in this library')
        return
    snap_conf = LibvirtGConfig.DomainSnapshot.new()
    snap_conf.set_name('first')
    snap = call('create_snapshot first', domain.create_snapshot, snap_conf, 0)
    spin()
    call('fetch_snapshots', domain.fetch_snapshots, 0, None)
    out('get_snapshots', fmt(by_name(domain.get_snapshots())))
    call('get_has_current_snapshot', domain.get_has_current_snapshot, 0)
    if snap is not None:
        call('  get_name', snap.get_name)
        call('  get_is_current', snap.get_is_current, 0)
        call('  get_config name', lambda: snap.get_config(0).get_name())
        call('  revert_to', snap.revert_to, 0)
        spin()
        call('  delete', snap.delete, 0)
        spin()
    call('fetch_snapshots', domain.fetch_snapshots, 0, None)
    out('get_snapshots', fmt(by_name(domain.get_snapshots())))


def trace_manager():
    if not hasattr(LibvirtGObject, 'Manager'):
        return
    manager = LibvirtGObject.Manager.new()
    manager.connect('connection-added', lambda m, c: out('signal connection-added', c.get_uri()))
    manager.connect('connection-removed', lambda m, c: out('signal connection-removed', c.get_uri()))
    conn = LibvirtGObject.Connection.new(URI)
    manager.add_connection(conn)
    out('manager get_connections', [c.get_uri() for c in manager.get_connections()])
    out('manager find_connection_by_uri', fmt(manager.find_connection_by_uri(URI) is conn))
    out('manager find_connection_by_uri nosuch', fmt(manager.find_connection_by_uri('test:///nosuch')))
    manager.remove_connection(conn)
    out('manager get_connections', [c.get_uri() for c in manager.get_connections()])


def main():
    LibvirtGObject.init_object(None)
    signals = Signals()
    conn = LibvirtGObject.Connection.new(URI)
    signals.follow_connection(conn)
    trace_connection(conn)
    spin()
    trace_domains(conn, signals)
    trace_lifecycle(conn, signals)
    trace_screenshot(conn)
    trace_storage(conn)
    trace_networks(conn)
    trace_other_objects(conn)
    trace_snapshots(conn, signals)
    trace_manager()
    conn.close()
    out('closed; is_open', conn.is_open())
    spin()
    out('end')


if __name__ == '__main__':
    main()
