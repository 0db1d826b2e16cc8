"""./scripts/run's default (scripts/lib/run_cp67.sh, software-kits/s360/cp67/cp67-cms.ini)
as a person meets it, on a pty: CP-67 IPLed cold in a fresh working folder with the
operator's console in CMS (a CMS command answered by its ready line), a telnet user who
logs on and off meanwhile, CP SHUTDOWN from CMS; then the second start in the same folder
is warm and the operator is in CMS again. Every wait is bounded; nothing about timing is
asserted.
    s360_cp67_persist_run.py <simmon source root> <build folder> <work folder>
"""
import os
import pty
import select
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from telnet_terminal import Terminal, free_port  # noqa: E402

TEST = "s360-cp67-default-run"


def fail(message):
    print(f"{TEST}: FAILED: {message}")
    sys.exit(1)


class Console:
    """The run script on a pty: what it prints, what is typed at the 1052."""

    def __init__(self, root, env, limit):
        self.seen = b""
        self.limit = limit
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(env)
            os.execv("/bin/bash", ["bash", os.path.join(root, "scripts/lib/run_cp67.sh")])

    def expect(self, text):
        deadline = time.time() + self.limit
        want = text.encode()
        while want not in self.seen:
            left = deadline - time.time()
            ready, _, _ = select.select([self.fd], [], [], max(0.0, left))
            if not ready:
                self.kill()
                fail(f"no {text!r} at the console; last output: {self.seen[-600:]!r}")
            try:
                data = os.read(self.fd, 4096)
            except OSError:
                fail(f"the run ended before {text!r}; last output: {self.seen[-600:]!r}")
            self.seen += data
        self.seen = self.seen[self.seen.index(want) + len(want):]

    def type(self, line):
        for ch in line.encode() + b"\r":
            os.write(self.fd, bytes([ch]))
            time.sleep(0.01)

    def wait_exit(self):
        deadline = time.time() + self.limit
        while time.time() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:
                if select.select([self.fd], [], [], 0.2)[0]:
                    self.seen += os.read(self.fd, 4096)
            except OSError:
                pass
        self.kill()
        fail("the run did not end after SHUTDOWN")

    def kill(self):
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except OSError:
            pass


def start(root, build, work, port, date):
    env = {"SIMMON_BUILD": build, "SIMMON_CP67_HOME": work, "CP67_PORT": str(port),
           "CP67_DATE": date, "HOME": work, "TERM": "dumb"}
    return Console(root, env, 60.0)


def main():
    root, build, work = sys.argv[1:4]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    port = free_port()

    con = start(root, build, work, port, "12/06/70 09.30.00")
    con.expect("CP-67 READY AT 09:30:00 ON 12/06/70, COLD START")
    con.expect("CMS VERSION 3.1, RE-CREATED FOR SIMMON'S SYSTEM/360")
    time.sleep(0.3)
    con.type("query time")
    con.expect("R;")
    print(f"{TEST}: cold start, the operator in CMS (its ready line)")

    term = Terminal(port, time.time() + 30)
    term.read_until("CP-67 ONLINE")
    term.text = ""
    term.type("login user1 pass1")
    term.read_until("LOGON AT")
    term.text = ""
    term.type("logout")
    term.read_until("LOGOFF AT")
    print(f"{TEST}: a telnet user logged on and off meanwhile")

    con.type("cp shutdown")
    con.expect("SYSTEM SHUTDOWN COMPLETE")
    con.expect("CP-67 shut down")
    if con.wait_exit() != 0:
        fail("the first run did not end with status 0")
    for name in ("cpsys1.ckd", "usrvl1.ckd"):
        if not os.path.isfile(os.path.join(work, name)):
            fail(f"no {name} kept in the working folder")

    con = start(root, build, work, port, "12/07/70 10.00.00")
    con.expect("CP-67 READY AT 10:00:00 ON 12/07/70, WARM START")
    con.expect("CMS VERSION 3.1, RE-CREATED FOR SIMMON'S SYSTEM/360")
    time.sleep(0.3)
    con.type("query time")
    con.expect("R;")
    con.type("cp shutdown")
    con.expect("SYSTEM SHUTDOWN COMPLETE")
    if con.wait_exit() != 0:
        fail("the second run did not end with status 0")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{TEST}: the second start in the same folder was warm; passed")


main()
