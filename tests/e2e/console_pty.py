#!/usr/bin/env python3
"""simmon at a real terminal (a pty): the WRU character (Ctrl-E) stops a PDP-11 guest
that loops at priority 7, and Ctrl-C stops a DO file that loops without running the
machine. Both return to the sim> prompt; EXIT then ends simmon with status 0.

usage: console_pty.py path/to/simmon
The time limits below only turn a hang into a failure; nothing is asserted about timing.
"""
import os
import pty
import select
import sys
import tempfile
import time

LIMIT = 60.0  # seconds before a missing reply counts as a hang


def main():
    simmon = sys.argv[1]
    scratch = tempfile.mkdtemp(prefix="simmon-pty-")
    loop_do = os.path.join(scratch, "loop.do")
    with open(loop_do, "w") as f:
        f.write(":top\nGOTO top\n")

    pid, fd = pty.fork()
    if pid == 0:
        os.environ["HOME"] = scratch  # the line editor's history file goes there
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

    def command(line):
        os.write(fd, line.encode() + b"\r")

    expect(b"sim> ")
    # MOV #340,@#177776; BR .  -- interrupts off, never reads the console.
    for line in ["DEPOSIT 1000 012737", "DEPOSIT 1002 340", "DEPOSIT 1004 177776", "DEPOSIT 1006 777"]:
        command(line)
        expect(b"sim> ")
    command("RUN 1000")
    time.sleep(0.5)  # let the run get going; the stop must come from the keystroke
    os.write(fd, b"\x05")
    expect(b"Simulation stopped, PC: 001006")
    expect(b"sim> ")

    command("DO " + loop_do)
    time.sleep(0.5)
    os.write(fd, b"\x03")
    expect(b"Interrupted (Ctrl-C)")
    expect(b"sim> ")

    command("EXIT")
    _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        sys.exit("simmon did not exit cleanly: status %r" % status)
    print("WRU and Ctrl-C work at a terminal")


if __name__ == "__main__":
    main()
