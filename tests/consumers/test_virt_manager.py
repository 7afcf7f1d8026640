#!/usr/bin/python3
"""Debian's virt-manager (Python; LibvirtGLib.init + LibvirtGLib.event_register through GI) on
our library and typelibs, under Xvfb, against test:///default.

Usage: test_virt_manager.py [--reference]

Checks that the manager window appears with the `test` domain listed (screenshot
virt-manager.png in the build tree), that the Python process mapped our library, that a pause
clicked in the window comes back as a lifecycle event (libvirt delivers it through our event
loop; screenshot virt-manager-paused.png), and that Ctrl+Q quits with status 0. With --reference, the
same on Debian's libvirt-glib. Exit status 77 when a program is missing.
"""

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gui  # noqa: E402
from gui import check  # noqa: E402

TITLE = 'Virtual Machine Manager'
# Where the toolbar and the first domain row of the 550x550 manager window are.
FIRST_ROW = (70, 138)
PAUSE_BUTTON = (222, 45)


def run(session):
    env = dict(session.env)
    env['GSETTINGS_BACKEND'] = 'memory'
    started = time.monotonic()
    app = session.spawn('virt-manager', ['virt-manager', '--no-fork', '--debug',
                                         '--connect', 'test:///default'], env=env)
    window = session.wait_for_window('^%s$' % TITLE, app)
    print('window after %.1fs' % (time.monotonic() - started))
    session.check_libraries(app)

    session.wait_for(lambda: 'domain=test status=Running added' in app.output(),
                     'domain test listed as running', program=app)
    time.sleep(0.5)  # let the list draw
    shot = session.screenshot('virt-manager%s.png' % ('-reference' if session.reference else ''))
    check(session.colours(shot, '550x550+0+0') > 16, 'the manager window looks blank')

    session.click(window, *FIRST_ROW)
    session.click(window, *PAUSE_BUTTON)
    session.wait_for(lambda: 'domain lifecycle event: domain=test' in app.output()
                     and 'VIR_DOMAIN_EVENT_SUSPENDED' in app.output(),
                     'lifecycle event for the paused domain', program=app)
    time.sleep(0.5)  # let the row redraw
    session.screenshot('virt-manager-paused%s.png' % ('-reference' if session.reference else ''))

    session.key(window, ['ctrl+q'])
    status = app.wait(gui.WAIT_S)
    check(status is not None, 'virt-manager still runs %ds after Ctrl+Q' % gui.WAIT_S)
    check(status == 0, 'virt-manager exited with status %s' % status)
    check('Exiting app normally' in app.output(), 'virt-manager did not exit normally')
    gui.check_output_clean(app)


if __name__ == '__main__':
    gui.require_programs('virt-manager', 'Xvfb', 'xdotool', 'import', 'dbus-daemon')
    sys.exit(gui.main('virt-manager', run))
