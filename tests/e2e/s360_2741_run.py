#!/usr/bin/env python3
"""A 2703 line with an IBM 2741 on it, driven over telnet by a test client.

  s360_2741_run.py <simmon> <s360_2741.ini> <kit folder>

Starts simmon on s360_2741.ini (echo2741.asm on the line at 0C0, set to a 2741 in EBCD
code, listening on a free port of 127.0.0.1), calls the line as the terminal, waits for the
greeting, types a line in mixed case and checks the echo prints it as typed (the shifts went
both ways), presses ATTN (telnet BREAK) during the next read and checks the answer, types
bye and checks the goodbye, then that simmon ends with the program's own wait (exit status
0). Every wait is bounded; any timeout fails.
"""
import subprocess
import sys
import time

from telnet_terminal import Terminal, fail as fail_test, free_port


def fail(message, proc=None):
    fail_test("s360-2741", message, proc)


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    simmon, script, kit = sys.argv[1:]
    port = free_port()
    proc = subprocess.Popen([simmon, "s360", script, kit, str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.time() + 60
    try:
        term = Terminal(port, deadline)
        term.read_until("simmon 2741 echo\r\n")
        term.text = ""
        term.type("Hello, IBM 360")
        # The terminal's own copy of the line, then the program's echo of the codes.
        term.read_until("Hello, IBM 360\r\necho Hello, IBM 360\r\n")
        time.sleep(0.3)  # the program is in its next read
        term.text = ""
        term.send_break()
        term.read_until("attention\r\n")
        term.text = ""
        term.type("bye")
        term.read_until("goodbye\r\n")
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    try:
        out = proc.communicate(timeout=max(1, deadline - time.time()))[0].decode("latin-1")
    except subprocess.TimeoutExpired:
        fail("simmon did not end after bye", proc)
    if proc.returncode != 0 or "the program ended in its wait" not in out:
        print(out[-2000:])
        fail(f"simmon exited {proc.returncode}")
    print("s360-2741: a telnet 2741 typed a mixed-case line, ATTN and bye; echoed, answered, ended")


main()
