#!/usr/bin/env python3
"""simmon's line editor at a real terminal (a pty): TAB completes a command name in place,
a second TAB lists the candidates when there are several, and a device's register names
complete after EXAMINE <device>. The completions come from the SCP's tables through the
LineReader, so this is the test that readline reaches them.

usage: completion_pty.py path/to/simmon
The time limit only turns a hang into a failure; nothing is asserted about timing.
"""
import os
import pty
import select
import sys
import tempfile
import time

LIMIT = 60.0


def main():
    simmon = sys.argv[1]
    scratch = tempfile.mkdtemp(prefix="simmon-pty-")
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["HOME"] = scratch  # the history file goes there
        os.environ["INPUTRC"] = os.path.join(scratch, "no-inputrc")
        os.execv(simmon, [simmon, "pdp11"])

    seen = b""

    def expect(text):
        nonlocal seen
        deadline = time.time() + LIMIT
        while text not in seen:
            left = deadline - time.time()
            ready, _, _ = select.select([fd], [], [], max(0.0, left))
            if not ready:
                sys.exit("no %r from simmon; last output: %r" % (text, seen[-400:]))
            try:
                data = os.read(fd, 4096)
            except OSError:
                sys.exit("simmon ended while waiting for %r; last output: %r" % (text, seen[-400:]))
            seen += data
        seen = seen[seen.index(text) + len(text):]

    expect(b"sim> ")
    os.write(fd, b"EXAMI\t")
    expect(b"NE ")  # the rest of EXAMINE and the space after it
    os.write(fd, b"RK RKC\t")
    expect(b"S ")  # RKCS
    os.write(fd, b"\r")
    expect(b"RKCS:")
    expect(b"sim> ")
    os.write(fd, b"NO\t\t")
    expect(b"NOBREAK")
    expect(b"NOEXPECT")
    os.write(fd, b"\x15EXIT\r")  # Ctrl-U clears the line first
    _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        sys.exit("simmon did not exit cleanly: status %r" % status)
    print("TAB completion works at a terminal")


if __name__ == "__main__":
    main()
