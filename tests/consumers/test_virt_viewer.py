#!/usr/bin/python3
"""Debian's virt-viewer 11 (C; gvir_event_register) on our library, under Xvfb, showing a real
QEMU guest of a private libvirtd (scripts/libvirtd-session.sh), with --reconnect.

Usage: test_virt_viewer.py [--reference]

Defines and starts the tiny TCG domain (VNC on 127.0.0.1; SeaBIOS prints and reboots every
2 s), runs `virt-viewer --reconnect -c URI NAME` and checks: the window shows the guest's
display (screenshot virt-viewer.png in the build tree); destroying the domain makes it wait
(virt-viewer-waiting.png); starting the domain again makes it reconnect on the lifecycle events
libvirt delivers through our event loop (virt-viewer-reconnected.png); its close button ends it
with status 0. With --reference, the same on Debian's libvirt-glib. Exit status 77 when a
program is missing or the test does not run as root (the QEMU driver of the private daemon
needs it).
"""

import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'integration'))
import gui  # noqa: E402
from gui import check  # noqa: E402

SETTINGS = """[virt-viewer]
ask-quit=false
"""
# VGA text mode: the guest's 720x400 display, below virt-viewer's 50-pixel header bar.
DISPLAY_AREA = '720x400+5+51'
CLOSE_BUTTON_FROM_RIGHT = 28
HEADER_BAR_Y = 27


def run(session):
    from libvirtd_session import LibvirtdSession, unique_name

    with LibvirtdSession() as libvirtd:
        name = libvirtd.define_tiny_domain(unique_name('lvg-rs-viewer'))
        gui.start_domain(libvirtd.uri, name)
        print('domain %s running, display %s' % (name, gui.virsh(libvirtd.uri, 'domdisplay',
                                                             name).strip()))
        try:
            view(session, libvirtd.uri, name)
        finally:
            subprocess.run(['virsh', '-q', '-c', libvirtd.uri, 'destroy', name],
                           capture_output=True, timeout=60)


def view(session, uri, name):
    env = dict(session.env)
    config = os.path.join(env['XDG_CONFIG_HOME'], 'virt-viewer')
    os.makedirs(config)
    with open(os.path.join(config, 'settings'), 'w') as f:
        f.write(SETTINGS)
    suffix = '-reference' if session.reference else ''

    started = time.monotonic()
    viewer = session.spawn('virt-viewer', ['virt-viewer', '--debug', '--reconnect', '-c', uri,
                                           name], env=env)
    window = session.wait_for_window('^%s' % re.escape(name), viewer)
    print('window after %.1fs' % (time.monotonic() - started))
    session.check_libraries(viewer)

    def count(text):
        return viewer.output().count(text)

    def shows_display(file_name):
        """Waits until the guest's text is on screen (grey on black; virt-viewer's own pages
        have no black); returns the screenshot."""
        def drawn():
            shot = session.screenshot(file_name)
            guest = session.colours(shot, DISPLAY_AREA) > 1 and \
                session.darkest(shot, DISPLAY_AREA) == 0
            return shot if guest else None
        return session.wait_for(drawn, 'guest display drawn', program=viewer, interval_s=0.5)

    session.wait_for(lambda: count('notebook show display'), 'display shown', program=viewer)
    shows_display('virt-viewer%s.png' % suffix)

    shown = count('notebook show display')
    gui.virsh(uri, 'destroy', name)
    session.wait_for(lambda: count('Got domain event 5 ') and
                     count('display has disconnected, waiting to reconnect'),
                     'stopped event and waiting state', program=viewer)
    def waits():
        shot = session.screenshot('virt-viewer-waiting%s.png' % suffix)
        return session.darkest(shot, DISPLAY_AREA) > 0
    session.wait_for(waits, 'the guest display replaced by the waiting page', program=viewer,
                     interval_s=0.5)

    gui.start_domain(uri, name)
    session.wait_for(lambda: count('Got domain event 2 ') and
                     count('notebook show display') > shown,
                     'started event and the display shown again', program=viewer)
    shows_display('virt-viewer-reconnected%s.png' % suffix)
    print('reconnected to %s' % session.window_name(window))

    width = int(re.search(r'WIDTH=(\d+)', session.run(
        ['xdotool', 'getwindowgeometry', '--shell', str(window)])).group(1))
    session.click(window, width - CLOSE_BUTTON_FROM_RIGHT, HEADER_BAR_Y)
    status = viewer.wait(gui.WAIT_S)
    check(status is not None, 'virt-viewer still runs %ds after its close button' % gui.WAIT_S)
    check(status == 0, 'virt-viewer exited with status %d' % status)
    print('virt-viewer exited with status 0')
    gui.check_output_clean(viewer)


def main():
    gui.require_programs('virt-viewer', 'virsh', 'libvirtd', 'virtlogd', 'qemu-system-x86_64',
                         'Xvfb', 'xdotool', 'import', 'dbus-daemon', 'unshare')
    if os.geteuid() != 0:
        gui.skip('the private libvirtd (qemu:///system driver) needs root')
    return gui.main('virt-viewer', run)


if __name__ == '__main__':
    sys.exit(main())
