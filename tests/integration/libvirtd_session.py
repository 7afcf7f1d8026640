"""A private real libvirtd for a test run: scripts/libvirtd-session.sh from Python.

    with LibvirtdSession() as session:      # starts it, stops it (and its guests) on exit
        session.uri                          # qemu:///system?socket=STATE/run/libvirt-sock
        session.define_tiny_domain("name")   # 64 MiB TCG guest, 32 MiB qcow2 disk

Also stops the daemon on SIGTERM/SIGINT (meson's timeout), so a failed run leaves nothing behind.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(HERE, "..", "..", "scripts", "libvirtd-session.sh")
FIXTURES = os.path.join(HERE, "fixtures")


def unique_name(prefix):
    return "%s-%s" % (prefix, uuid.uuid4().hex[:8])


class LibvirtdSession:
    def __init__(self, state_dir=None, keep=False):
        self.owns_dir = state_dir is None
        self.state_dir = state_dir or tempfile.mkdtemp(prefix="lvgrs-libvirtd-")
        self.keep = keep
        self.uri = self._script("uri").strip()

    def _script(self, *args, check=True):
        result = subprocess.run([SCRIPT, args[0], self.state_dir] + list(args[1:]),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if check and result.returncode != 0:
            raise RuntimeError("libvirtd-session.sh %s failed (%d):\n%s%s"
                               % (args[0], result.returncode, result.stdout, result.stderr))
        return result.stdout

    def start(self):
        self._script("start")
        return self

    def stop(self):
        self._script("stop", check=False)
        if self.owns_dir and not self.keep:
            shutil.rmtree(self.state_dir, ignore_errors=True)

    def libvirtd_pid(self):
        with open(os.path.join(self.state_dir, "run", "libvirtd.pid")) as f:
            return int(f.read().strip())

    def log_tail(self, lines=40):
        path = os.path.join(self.state_dir, "log", "libvirtd.log")
        try:
            with open(path) as f:
                return "".join(f.readlines()[-lines:])
        except OSError:
            return ""

    def pool_dir(self, name):
        path = os.path.join(self.state_dir, "pools", name)
        os.makedirs(path, exist_ok=True)
        return path

    def define_tiny_domain(self, name):
        """Defines (does not start) the tiny domain NAME with virsh; returns its name."""
        return self._script("domain", name).strip()

    def __enter__(self):
        def on_signal(signum, _frame):
            self.stop()
            sys.exit(128 + signum)
        self._old_handlers = [(s, signal.signal(s, on_signal)) for s in (signal.SIGTERM, signal.SIGINT)]
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc):
        self.stop()
        for s, handler in self._old_handlers:
            signal.signal(s, handler)
        return False


def tiny_domain_xml(name, disk_path):
    with open(os.path.join(FIXTURES, "tiny-domain.xml")) as f:
        return f.read().replace("@NAME@", name).replace("@DISK@", disk_path)


if __name__ == "__main__":
    # python3 libvirtd_session.py: start one, print its URI, stop it on Enter.
    with LibvirtdSession() as s:
        print(s.uri)
        input()
