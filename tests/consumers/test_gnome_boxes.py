#!/usr/bin/python3
"""Debian's GNOME Boxes 43 (compiled C/Vala, 266 versioned gvir_* imports) on our library,
under Xvfb, against test:///default.

Usage: test_gnome_boxes.py [--reference] [--qemu]

Boxes gets a throw-away home whose only source (`$XDG_CONFIG_HOME/gnome-boxes/sources/QEMU
Session`) is test:///default, and keyfile settings that skip the first-run tutorial and the
downloads page. With --qemu, the source is instead a private real libvirtd
(scripts/libvirtd-session.sh, needs root) running the tiny TCG domain: the thumbnail is a real
screenshot streamed over libvirt's remote protocol, a snapshot made from Boxes' preferences
exists in libvirt, the domain opened from the list shows its SPICE display, and quitting leaves
a managed save. Checks: the window appears and lists the `test` domain with its thumbnail (taken
with gvir_domain_screenshot and read through a GVirInputStream; screenshot gnome-boxes.png in
the build tree); Boxes mapped our library; it idles (no busy main loop) once the thumbnail is
read; `gapplication action org.gnome.Boxes quit` makes it save the running domain
(gvir_domain_save_async, which Boxes completes in a private main context) and exit with status 0
in bounded time. libvirt's API log (LIBVIRT_LOG_FILTERS) shows the calls that were made.

Exit status 77 when a program is missing, or when our library does not export every symbol
Boxes imports (the test names them).
"""

import os
import re
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gui  # noqa: E402
from gui import check  # noqa: E402

BOXES = '/usr/bin/gnome-boxes'
LIBRARY = 'libvirt-gobject-1.0.so.0'
SOURCE = """[source]
name=QEMU Session
type=libvirt
uri=%s
save-on-quit=true
"""
SETTINGS = """[org/gnome/boxes]
first-run=false
recommended-downloads-url=''
view='list-view'
"""
# Where the list view draws the first row's thumbnail in Boxes 43's 768x600 window.
THUMBNAIL = '60x48+94+72'
FIRST_ROW = (300, 96)
ROW_MENU = (667, 96)
MENU_PREFERENCES = (636, 268)
# In the Preferences window.
SNAPSHOTS_TAB = (466, 27)
NEW_SNAPSHOT = (324, 148)
PREFERENCES_CLOSE = (622, 27)
# Part of the guest's display once a domain is open, below the list's first row.
DISPLAY_AREA = '700x300+20+140'
# Boxes' own warnings, seen with the reference library too.
ALLOWED = [r'gsignal\.c:\d+: handler .* is not blocked',
           # Its preferences window, on a domain it did not create (no title, no disk source).
           r'gtk_file_chooser_set_current_folder: assertion|gtk_entry_set_text: assertion|'
           r'gvir_config_domain_disk_get_source: assertion .GVIR_CONFIG_IS_DOMAIN_DISK']


def dynamic_symbols(args, path):
    out = subprocess.run(['nm', '-D'] + args + [path], capture_output=True, check=True,
                         timeout=60).stdout.decode()
    return {line.split()[-1].replace('@@', '@') for line in out.splitlines()
            if 'gvir_' in line}


def missing_symbols(build_dir):
    wanted = dynamic_symbols(['--undefined-only'], BOXES)
    ours = dynamic_symbols(['--defined-only', '--with-symbol-versions'],
                           os.path.join(build_dir, LIBRARY))
    return sorted(wanted - ours)


def cpu_seconds(pid):
    with open('/proc/%d/stat' % pid) as f:
        stat = f.read()
    fields = stat[stat.rindex(')') + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def run(session):
    if '--qemu' not in sys.argv[1:]:
        return boxes_on(session, 'test:///default', 'test')

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                    'integration'))
    from libvirtd_session import LibvirtdSession, unique_name
    with LibvirtdSession() as libvirtd:
        name = libvirtd.define_tiny_domain(unique_name('lvg-rs-boxes'))
        # Boxes shows SPICE only, and takes the first graphics device: drop the VNC one.
        xml = re.sub(r"<graphics type='vnc'[^>]*?(/>|>.*?</graphics>)", '',
                     gui.virsh(libvirtd.uri, 'dumpxml', name), flags=re.S)
        path = os.path.join(session.tmp, name + '.xml')
        with open(path, 'w') as f:
            f.write(xml)
        gui.virsh(libvirtd.uri, 'define', path)
        gui.start_domain(libvirtd.uri, name)
        try:
            boxes_on(session, libvirtd.uri, name)
            info = gui.virsh(libvirtd.uri, 'dominfo', name)
            print(info)
            check(re.search(r'State:\s+shut off', info) and
                  re.search(r'Managed save:\s+yes', info),
                  'the domain was not left saved (managed save)')
        finally:
            subprocess.run(['virsh', '-q', '-c', libvirtd.uri, 'destroy', name],
                           capture_output=True, timeout=60)


def boxes_on(session, uri, name):
    env = dict(session.env)
    sources = os.path.join(env['XDG_CONFIG_HOME'], 'gnome-boxes', 'sources')
    os.makedirs(sources)
    with open(os.path.join(sources, 'QEMU Session'), 'w') as f:
        f.write(SOURCE % uri)
    settings = os.path.join(env['XDG_CONFIG_HOME'], 'glib-2.0', 'settings')
    os.makedirs(settings)
    with open(os.path.join(settings, 'keyfile'), 'w') as f:
        f.write(SETTINGS)
    libvirt_log = os.path.join(session.tmp, 'libvirt-api.log')
    env.update({
        'GSETTINGS_BACKEND': 'keyfile',
        'G_MESSAGES_DEBUG': 'Boxes',
        # Every public libvirt call, to see what our library did on Boxes' behalf.
        'LIBVIRT_LOG_OUTPUTS': '1:file:' + libvirt_log,
        'LIBVIRT_LOG_FILTERS': '1:libvirt 4:*',
    })

    started = time.monotonic()
    boxes = session.spawn('gnome-boxes', [BOXES], env=env)
    session.wait_for_window('^Boxes$', boxes, timeout_s=60)
    print('window after %.1fs' % (time.monotonic() - started))
    session.check_libraries(boxes)

    def api_calls(name):
        try:
            with open(libvirt_log, errors='replace') as f:
                return len(re.findall(r'debug : %s:' % name, f.read()))
        except FileNotFoundError:
            return 0

    session.wait_for(lambda: 'new libvirt machine: %s' % name in boxes.output(),
                     'domain %s listed' % name, program=boxes)
    # The thumbnail: a screenshot stream read to its end.
    session.wait_for(lambda: api_calls('virDomainScreenshot') and api_calls('virStreamRecv') >= 2,
                     'thumbnail read through a stream', program=boxes)
    shot = None
    deadline = time.monotonic() + gui.WAIT_S
    while True:
        time.sleep(0.5)
        shot = session.screenshot('gnome-boxes%s%s.png' % (
            '-qemu' if uri != 'test:///default' else '',
            '-reference' if session.reference else ''))
        colours = session.colours(shot, THUMBNAIL)
        # The test driver's screenshot is a colourful desktop; the real guest's is SeaBIOS'
        # grey text on black (Boxes' own interface has no pure black).
        if colours > 16 or (uri != 'test:///default' and colours > 2
                            and session.darkest(shot, THUMBNAIL) == 0):
            break
        check(time.monotonic() < deadline and boxes.running(),
              'no thumbnail drawn in the list (%d colours at %s)' % (colours, THUMBNAIL))
    print('thumbnail drawn (%d colours)' % colours)

    if uri != 'test:///default':
        take_snapshot(session, boxes, uri, name)
        show_display(session, boxes, name)

    # Idle means idle: a watch left on a closed stream descriptor spins the main loop.
    before = cpu_seconds(boxes.pid)
    time.sleep(2)
    busy = cpu_seconds(boxes.pid) - before
    print('CPU while idle: %.2fs in 2s' % busy)
    check(busy < 0.6, 'Boxes used %.2fs of CPU in 2s of idling: a busy main loop' % busy)

    quit_at = time.monotonic()
    session.run(['gapplication', 'action', 'org.gnome.Boxes', 'quit'])
    status = boxes.wait(gui.WAIT_S)
    check(status is not None, 'Boxes still runs %ds after the quit action (saving the running '
          'domain hangs?)' % gui.WAIT_S)
    print('exited with status %d %.1fs after the quit action' % (status, time.monotonic() - quit_at))
    check(status == 0, 'Boxes exited with status %d' % status)
    check('Running boxes suspended' in boxes.output(), 'Boxes did not report saving the domain')
    check(api_calls('virDomainManagedSave') == 1, 'the running domain was not saved')
    gui.check_output_clean(boxes, ALLOWED)
    print('libvirt calls: screenshots %d, stream reads %d, managed saves %d'
          % (api_calls('virDomainScreenshot'), api_calls('virStreamRecv'),
             api_calls('virDomainManagedSave')))


def take_snapshot(session, boxes, uri, name):
    """Preferences › Snapshots › +: Boxes creates an internal snapshot
    (gvir_domain_create_snapshot_async), then lists it (fetch_snapshots, names, configs)."""
    session.click(session.windows('^Boxes$')[0], *ROW_MENU)
    time.sleep(0.5)  # the popover's animation
    session.click(session.windows('^Boxes$')[0], *MENU_PREFERENCES)
    preferences = session.wait_for(lambda: session.windows('^Preferences$'),
                                   'preferences window', program=boxes)[0]
    session.click(preferences, *SNAPSHOTS_TAB)
    time.sleep(0.5)
    session.click(preferences, *NEW_SNAPSHOT)
    listed = session.wait_for(lambda: gui.virsh(uri, 'snapshot-list', '--name', name).split(),
                              'a snapshot of %s' % name, program=boxes)
    print('snapshot made through Boxes: %s' % listed)
    time.sleep(1)  # let the page list it
    session.screenshot('gnome-boxes-qemu-snapshot%s.png'
                       % ('-reference' if session.reference else ''))
    session.click(preferences, *PREFERENCES_CLOSE)
    session.wait_for(lambda: not session.windows('^Preferences$'), 'preferences closed',
                     program=boxes)


def show_display(session, boxes, name):
    """Opens the domain from the list: Boxes connects to its SPICE display and shows SeaBIOS'
    grey text on black where the list was (grey, no black there: the thumbnail is above)."""
    window = session.windows('^Boxes$')[0]
    session.click(window, *FIRST_ROW)

    def drawn():
        shot = session.screenshot('gnome-boxes-qemu-display%s.png'
                                  % ('-reference' if session.reference else ''))
        return session.colours(shot, DISPLAY_AREA) > 1 and \
            session.darkest(shot, DISPLAY_AREA) == 0
    session.wait_for(drawn, 'guest display drawn', program=boxes, interval_s=0.5)
    print('guest display shown')


def main():
    gui.require_programs('gnome-boxes', 'Xvfb', 'xdotool', 'import', 'dbus-daemon',
                         'gapplication', 'nm')
    if '--qemu' in sys.argv[1:]:
        gui.require_programs('virsh', 'libvirtd', 'virtlogd', 'qemu-system-x86_64', 'unshare')
        if os.geteuid() != 0:
            gui.skip('the private libvirtd (qemu:///system driver) needs root')
    if '--reference' not in sys.argv[1:]:
        missing = missing_symbols(gui.build_dir_or_exit(False))
        if missing:
            gui.skip('our library lacks %d symbols GNOME Boxes imports (the snapshot API, '
                     'branch gobject-snapshots): %s' % (len(missing), ' '.join(missing)))
    return gui.main('gnome-boxes-qemu' if '--qemu' in sys.argv[1:] else 'gnome-boxes', run)


if __name__ == '__main__':
    sys.exit(main())
