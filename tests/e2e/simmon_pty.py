"""simmon at a real terminal (a pty), for the e2e scripts that type at it: start it,
wait for text, type lines and keys, and wait for it to exit. Shared by console_pty.py,
completion_pty.py and record_replay_v6.py (they import it from their own folder).

The time limit only turns a hang into a failure; nothing is asserted about timing.
"""
import os
import pty
import select
import sys
import time


class SimmonPty:
    def __init__(self, simmon, machine, home, limit=60.0, cwd=None, env=None, fail=sys.exit):
        """Starts `simmon machine` on a new pty with HOME=home (the line editor's history
        goes there), in `cwd` if given, with the variables in `env` set. `fail` reports a
        failure and must not return."""
        self.limit = limit
        self.fail = fail
        self.seen = b""
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["HOME"] = home
            for name, value in (env or {}).items():
                os.environ[name] = value
            if cwd:
                os.chdir(cwd)
            os.execv(simmon, [simmon, machine])

    def expect(self, text):
        """Waits for `text` and returns everything up to and including it; what came after
        stays for the next expect."""
        deadline = time.time() + self.limit
        while text not in self.seen:
            left = deadline - time.time()
            ready, _, _ = select.select([self.fd], [], [], max(0.0, left))
            if not ready:
                self.fail("no %r from simmon; last output: %r" % (text, self.seen[-400:]))
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                self.fail("simmon ended while waiting for %r; last output: %r" % (text, self.seen[-400:]))
            self.seen += data
        end = self.seen.index(text) + len(text)
        taken, self.seen = self.seen[:end], self.seen[end:]
        return taken

    def expect_any(self, texts):
        """Waits for whichever of `texts` comes first and returns it (the output up to it is
        consumed)."""
        deadline = time.time() + self.limit
        while True:
            found = [(self.seen.index(t), t) for t in texts if t in self.seen]
            if found:
                at, text = min(found)
                self.seen = self.seen[at + len(text):]
                return text
            left = deadline - time.time()
            ready, _, _ = select.select([self.fd], [], [], max(0.0, left))
            if not ready:
                self.fail("none of %r from simmon; last output: %r" % (texts, self.seen[-400:]))
            try:
                self.seen += os.read(self.fd, 4096)
            except OSError:
                self.fail("simmon ended while waiting for %r; last output: %r" % (texts, self.seen[-400:]))

    def write(self, data):
        os.write(self.fd, data)

    def line(self, text):
        """Types `text` and Return."""
        os.write(self.fd, text.encode() + b"\r")

    def command(self, text):
        """Types an SCP command and returns what it printed up to the next prompt."""
        self.line(text)
        return self.expect(b"sim> ")

    def type_keys(self, text, pause=0.02):
        """Types `text` one key at a time, as a user does."""
        for ch in text.encode():
            os.write(self.fd, bytes([ch]))
            time.sleep(pause)

    def expect_clean_exit(self, who="simmon"):
        """Waits for simmon to end and fails unless it exited with status 0."""
        _, status = os.waitpid(self.pid, 0)
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            self.fail("%s did not exit cleanly: status %r" % (who, status))
