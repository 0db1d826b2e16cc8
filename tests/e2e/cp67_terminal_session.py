"""What the CP-67 telnet tests share: simmon started on a script that IPLs CP with the
2703 listening on a free port, terminals that call it, a line typed at a terminal with
its answer awaited, a user logged in with CMS IPLed. Every wait is bounded by the caller's deadline."""
import subprocess
import time

from telnet_terminal import Terminal, fail as fail_test, free_port


def start_cp(simmon, script, kit, work):
    """simmon running `script` (arguments: kit folder, port, work folder); returns (proc, port)."""
    port = free_port()
    proc = subprocess.Popen([simmon, "s360", script, kit, str(port), work], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    return proc, port


def command(term, line, want):
    """Types a line and waits for `want`; returns what arrived since."""
    term.text = ""
    term.type(line)
    return term.read_until(want)


def logon_cms(term, user, password):
    """At a terminal that has called the 2703: LOGIN and IPL CMS; returns once CMS has had
    time to put up the read of its first command."""
    term.read_until("CP-67 ONLINE\r\n")
    command(term, f"login {user} {password}", "LOGON AT")
    command(term, "ipl cms", "CMS VERSION 3.1, RE-CREATED FOR SIMMON'S SYSTEM/360\r\n")
    time.sleep(0.5)  # CMS reads its first command


def call(test, port, proc, deadline):
    """A terminal calls the 2703; fails at once if simmon has ended instead."""
    while True:
        if proc.poll() is not None:
            fail_test(test, "simmon ended before CP answered the 2703", proc)
        try:
            term = Terminal(port, min(deadline, time.time() + 2))
            term.deadline = deadline
            return term
        except TimeoutError:
            if time.time() > deadline:
                raise


def output_after_shutdown(test, proc, deadline, also=(), what=""):
    """simmon's output once SHUTDOWN has ended CP: fails unless simmon ends by the deadline,
    with status 0, CP in its wait and each text of `also` in the output (`what` prefixes
    the failure message)."""
    try:
        out = proc.communicate(timeout=max(1, deadline - time.time()))[0].decode("latin-1")
    except subprocess.TimeoutExpired:
        fail_test(test, f"{what}simmon did not end after SHUTDOWN", proc)
    if proc.returncode != 0 or "SHUTDOWN ended CP in its wait" not in out or any(t not in out for t in also):
        print(out[-3000:])
        fail_test(test, f"{what}simmon exited {proc.returncode}")
    return out
