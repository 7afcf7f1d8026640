"""What the GUI consumer tests share: a throw-away session (Xvfb, a private D-Bus session bus,
HOME and XDG directories in one temporary directory), programs started in their own process
group, bounded waits for windows, screenshots, and cleanup that always runs.

    with gui.Session('boxes', reference=False) as session:
        app = session.spawn('boxes', ['gnome-boxes'])
        session.wait_for_window('Boxes', app)
        session.screenshot('boxes.png')

Everything is torn down on exit, in reverse order of creation: the programs (SIGTERM to their
process group, then SIGKILL), the bus, Xvfb, the directory. Screenshots are kept in the build
tree (LIBVIRT_GLIB_RS_BUILD_DIR/tests/consumers) so a failure can be looked at.
"""

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
WAIT_S = 30


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def skip(why):
    print('SKIP: ' + why)
    sys.exit(SKIP)


def require_programs(*names):
    for name in names:
        if shutil.which(name) is None:
            skip('%s is not installed (scripts/install-deps.sh installs it)' % name)


def build_dir_or_exit(reference):
    """The build tree holding our libraries, or None for a --reference run."""
    build_dir = os.environ.get('LIBVIRT_GLIB_RS_BUILD_DIR')
    if reference:
        return None
    if not build_dir:
        print('LIBVIRT_GLIB_RS_BUILD_DIR must name the build tree (or pass --reference)')
        sys.exit(1)
    if not os.path.exists(os.path.join(build_dir, 'libvirt-gobject-1.0.so.0')):
        print('%s has no libvirt-gobject-1.0.so.0' % build_dir)
        sys.exit(1)
    return os.path.realpath(build_dir)


def read_line(fd, deadline, what):
    """One line from a pipe, giving up at @deadline (time.monotonic())."""
    data = b''
    while not data.endswith(b'\n'):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise Failure('timed out reading from %s: %r' % (what, data))
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 1)
            if not chunk:
                raise Failure('%s closed its output early: %r' % (what, data))
            data += chunk
    return data.decode().strip()


def libvirt_glib_mappings(pid):
    paths = set()
    with open('/proc/%d/maps' % pid) as maps:
        for line in maps:
            fields = line.split(None, 5)
            if len(fields) == 6:
                path = fields[5].strip()
                if os.path.basename(path).startswith(('libvirt-glib-', 'libvirt-gobject-',
                                                      'libvirt-gconfig-')):
                    paths.add(path)
    return sorted(paths)


def process_tree(pid):
    """@pid and its descendants (from /proc), children after parents."""
    children = {}
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % entry) as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(')') + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    tree, todo = [], [pid]
    while todo:
        p = todo.pop(0)
        tree.append(p)
        todo.extend(children.get(p, []))
    return tree


class Program:
    """A program of the test, in its own process group, output in a log file."""

    def __init__(self, name, proc, log_path):
        self.name = name
        self.proc = proc
        self.log_path = log_path

    @property
    def pid(self):
        return self.proc.pid

    def running(self):
        return self.proc.poll() is None

    def output(self):
        with open(self.log_path, errors='replace') as f:
            return f.read()

    def wait(self, timeout_s):
        """Exit status, or None if it still runs after @timeout_s."""
        try:
            return self.proc.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            return None

    def find_pid(self, pattern):
        """The pid of the process in this program's tree whose command line matches @pattern."""
        for pid in process_tree(self.proc.pid):
            try:
                with open('/proc/%d/cmdline' % pid, 'rb') as f:
                    cmdline = f.read().replace(b'\0', b' ').decode(errors='replace')
            except OSError:
                continue
            if re.search(pattern, cmdline):
                return pid
        return None

    def stop(self, grace_s=10):
        """SIGTERM to the process group, bounded wait, then SIGKILL. Returns the exit status."""
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                print('%s ignored SIGTERM for %ds, killing it' % (self.name, grace_s))
        # Whatever the group still holds (helpers the program forked) goes too.
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        if self.proc.poll() is None:
            self.proc.wait(timeout=grace_s)
        return self.proc.returncode


class Session:
    def __init__(self, name, reference):
        self.name = name
        self.reference = reference
        self.build_dir = build_dir_or_exit(reference)
        # Screenshots go to the build tree (named in the environment for --reference runs too).
        self.out_dir = os.path.join(os.environ.get('LIBVIRT_GLIB_RS_BUILD_DIR')
                                    or tempfile.gettempdir(), 'tests', 'consumers')
        self.tmp = None
        self.programs = []
        self.env = None
        self.display = None

    # -- setup / teardown --

    def __enter__(self):
        self.tmp = tempfile.mkdtemp(prefix='lvg-rs-%s-' % self.name)
        os.makedirs(self.out_dir, exist_ok=True)
        env = dict(os.environ)
        for name in ('LD_LIBRARY_PATH', 'LD_PRELOAD', 'GI_TYPELIB_PATH', 'DISPLAY',
                     'WAYLAND_DISPLAY', 'DBUS_SESSION_BUS_ADDRESS', 'DBUS_SYSTEM_BUS_ADDRESS',
                     'G_MESSAGES_DEBUG', 'LIBVIRT_DEFAULT_URI', 'GSETTINGS_BACKEND',
                     'SESSION_MANAGER', 'XAUTHORITY'):
            env.pop(name, None)
        # Nothing the programs do may touch the real home or runtime directory.
        for name in ('HOME', 'XDG_RUNTIME_DIR', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME',
                     'XDG_DATA_HOME', 'XDG_STATE_HOME'):
            env[name] = os.path.join(self.tmp, name.lower())
            os.makedirs(env[name], mode=0o700, exist_ok=True)
        env['NO_AT_BRIDGE'] = '1'         # no accessibility bus to look for
        env['GTK_A11Y'] = 'none'
        env['GDK_BACKEND'] = 'x11'
        env['LANG'] = env['LC_ALL'] = 'C.UTF-8'
        self.env = env
        try:
            self._start_xvfb()
            self._start_bus()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc):
        for program in reversed(self.programs):
            program.stop()
        self.programs = []
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None
        return False

    def _start_xvfb(self):
        read_fd, write_fd = os.pipe()
        try:
            # -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
            xvfb = self.spawn('Xvfb', ['Xvfb', '-displayfd', str(write_fd), '-screen', '0',
                                       '1280x800x24', '-nolisten', 'tcp', '-noreset'],
                              pass_fds=(write_fd,), ours=False)
            os.close(write_fd)
            write_fd = None
            number = read_line(read_fd, time.monotonic() + WAIT_S, 'Xvfb')
        finally:
            os.close(read_fd)
            if write_fd is not None:
                os.close(write_fd)
        self.display = ':' + number
        self.env['DISPLAY'] = self.display
        print('Xvfb on %s (pid %d)' % (self.display, xvfb.pid))

    def _start_bus(self):
        socket_path = os.path.join(self.tmp, 'session-bus')
        read_fd, write_fd = os.pipe()
        try:
            # The distribution's session configuration (service activation included), listening
            # on our socket; in the foreground so this process owns and reaps it.
            bus = self.spawn('dbus-daemon', ['dbus-daemon', '--session', '--nofork', '--nopidfile',
                                             '--address=unix:path=' + socket_path,
                                             '--print-address=%d' % write_fd],
                             pass_fds=(write_fd,), ours=False)
            os.close(write_fd)
            write_fd = None
            address = read_line(read_fd, time.monotonic() + WAIT_S, 'dbus-daemon')
        finally:
            os.close(read_fd)
            if write_fd is not None:
                os.close(write_fd)
        self.env['DBUS_SESSION_BUS_ADDRESS'] = address
        print('session bus %s (pid %d)' % (address, bus.pid))

    # -- programs --

    def spawn(self, name, argv, env=None, ours=True, pass_fds=()):
        """Starts @argv in its own process group. With @ours (and not --reference), on our
        libraries (LD_LIBRARY_PATH) and typelibs (GI_TYPELIB_PATH)."""
        env = dict(env or self.env or os.environ)
        if ours and not self.reference:
            env['LD_LIBRARY_PATH'] = self.build_dir
            env['GI_TYPELIB_PATH'] = os.path.join(self.build_dir, 'introspection')
        log_path = os.path.join(self.tmp, '%s.log' % name)
        with open(log_path, 'wb') as log:
            proc = subprocess.Popen(argv, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True,
                                    pass_fds=pass_fds)
        program = Program(name, proc, log_path)
        self.programs.append(program)
        return program

    def run(self, argv, timeout_s=WAIT_S):
        """Runs a helper command (xdotool, gapplication, …) to completion; its stdout."""
        proc = subprocess.run(argv, env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout_s)
        if proc.returncode != 0:
            raise Failure('%s failed with status %d: %s'
                          % (' '.join(argv), proc.returncode, proc.stderr.decode(errors='replace')))
        return proc.stdout.decode(errors='replace')

    def check_libraries(self, program, pattern=None):
        """The process of @program (or the one in its tree matching @pattern) mapped our
        libraries (or, with --reference, the system's)."""
        pid = program.find_pid(pattern) if pattern else program.pid
        check(pid is not None, 'no process of %s matches %r' % (program.name, pattern))
        libs = libvirt_glib_mappings(pid)
        print('%s (pid %d) mapped: %s' % (program.name, pid, ', '.join(libs)))
        check(libs, '%s mapped no libvirt-glib library' % program.name)
        if self.reference:
            check(all(p.startswith('/usr/lib') for p in libs),
                  'reference run mapped a non-system library: %r' % libs)
        else:
            check(all(p.startswith(self.build_dir + os.sep) for p in libs),
                  '%s mapped libraries from outside %s: %r' % (program.name, self.build_dir, libs))

    # -- windows --

    def windows(self, name_regex):
        proc = subprocess.run(['xdotool', 'search', '--onlyvisible', '--name', name_regex],
                              env=self.env, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=WAIT_S)
        return [int(w) for w in proc.stdout.split()]

    def window_name(self, window):
        return self.run(['xdotool', 'getwindowname', str(window)]).strip()

    def wait_for(self, done, what, timeout_s=WAIT_S, program=None, interval_s=0.2):
        """Polls @done() until it returns something true; fails after @timeout_s or when
        @program exits meanwhile."""
        deadline = time.monotonic() + timeout_s
        while True:
            result = done()
            if result:
                return result
            if program is not None and not program.running():
                raise Failure('%s exited (status %s) while waiting for %s:\n%s'
                              % (program.name, program.proc.returncode, what, program.output()))
            if time.monotonic() >= deadline:
                raise Failure('no %s within %ds' % (what, timeout_s))
            time.sleep(interval_s)

    def wait_for_window(self, name_regex, program, timeout_s=WAIT_S):
        windows = self.wait_for(lambda: self.windows(name_regex),
                                'visible window named /%s/' % name_regex, timeout_s, program)
        print('window %s: %r' % (windows[0], self.window_name(windows[0])))
        return windows[0]

    def screenshot(self, file_name):
        """The whole display as a PNG in the build tree; returns its path."""
        path = os.path.join(self.out_dir, file_name)
        self.run(['import', '-display', self.display, '-window', 'root', path])
        print('screenshot: %s' % path)
        return path

    def colours(self, path, geometry=None):
        """Number of distinct colours in the screenshot (or the @geometry WxH+X+Y part of it):
        a blank or black area has one."""
        argv = ['convert', path]
        if geometry:
            argv += ['-crop', geometry, '+repage']
        argv += ['-format', '%k', 'info:']
        return int(self.run(argv))

    def darkest(self, path, geometry):
        """The darkest value (0 = black) in the @geometry WxH+X+Y part of the screenshot."""
        return float(self.run(['convert', path, '-crop', geometry, '+repage', '-format',
                               '%[fx:minima]', 'info:']))

    def key(self, window, keys):
        """Focuses @window and types @keys (xdotool key names) into it."""
        self.run(['xdotool', 'windowfocus', '--sync', str(window)])
        self.run(['xdotool', 'key', '--clearmodifiers'] + list(keys))

    def click(self, window, x, y):
        """A left click at @x, @y relative to @window."""
        self.run(['xdotool', 'mousemove', '--window', str(window), str(x), str(y)])
        self.run(['xdotool', 'click', '1'])


def virsh(uri, *args):
    proc = subprocess.run(['virsh', '-q', '-c', uri] + list(args), capture_output=True,
                          timeout=60)
    if proc.returncode != 0:
        raise Failure('virsh %s failed: %s' % (' '.join(args),
                                                   proc.stderr.decode(errors='replace')))
    return proc.stdout.decode()


def start_domain(uri, name, attempts=4):
    """virsh start, retried: libvirtd picks the VNC/SPICE ports (autoport) by trying to bind
    them, and another daemon (a parallel test) may take the same port before QEMU binds it."""
    for attempt in range(attempts):
        try:
            return virsh(uri, 'start', name)
        except Failure as exc:
            if attempt == attempts - 1 or 'failed to initialize' not in str(exc) and \
                    'Address already in use' not in str(exc) and 'binding socket' not in str(exc):
                raise
            print('start failed on a port taken meanwhile, retrying: %s' % exc)
            time.sleep(1)


def check_output_clean(program, allowed=()):
    """No critical, panic or symbol-version complaint in @program's output (lines matching a
    regex of @allowed excepted)."""
    bad = []
    for line in program.output().splitlines():
        if any(re.search(a, line) for a in allowed):
            continue
        if re.search(r'CRITICAL|panicked|no version information|undefined symbol|'
                     r'Traceback|GLib-GObject-WARNING|Libvirt\.G|libvirt-glib-WARNING|'
                     r'libvirt-gobject-WARNING|libvirt-gconfig-WARNING',
                     line, re.IGNORECASE):
            bad.append(line)
    check(not bad, '%s printed:\n%s' % (program.name, '\n'.join(bad)))


def main(name, run):
    """Runs @run(session) in a Session; PASS/FAIL and the exit status."""
    reference = '--reference' in sys.argv[1:]

    def interrupted(signum, _frame):
        # meson's timeout sends SIGTERM: unwind, so the session tears everything down.
        raise SystemExit(128 + signum)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, interrupted)
    try:
        with Session(name, reference) as session:
            try:
                run(session)
            finally:
                for program in session.programs:
                    if program.name in ('Xvfb', 'dbus-daemon'):
                        continue
                    print('--- output of %s ---' % program.name)
                    print(program.output().rstrip())
    except Failure as exc:
        print('FAIL: %s' % exc)
        return 1
    print('PASS')
    return 0
