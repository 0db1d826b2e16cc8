#!/usr/bin/env python3
"""A 2703 Teletype line driven over telnet by a test client.

  s360_2703_run.py <simmon> <s360_2703.ini> <kit folder>

Starts simmon on s360_2703.ini (ttyecho.asm on the line at 0C0, listening on a free port
of 127.0.0.1), calls the line as a terminal, waits for the greeting and the prompt, types
two lines and checks each comes back as "ECHO: <line>", types BYE and checks the goodbye,
then that simmon ends with the program's own wait (exit status 0). Fails on any timeout.
"""
import subprocess
import sys
import time

from telnet_terminal import Terminal, fail as fail_test, free_port


def fail(message, proc=None):
    fail_test("s360-2703", message, proc)


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
        term.read_until("SIMMON 2703 ECHO\r\n> ")
        for line in ("hello, 360", "a second line"):
            term.text = ""
            term.type(line)
            # The terminal's local copy of the line, then the program's echo and a prompt.
            term.read_until(f"ECHO: {line}\r\n> ")
        term.text = ""
        term.type("BYE")
        term.read_until("GOODBYE\r\n")
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    try:
        out = proc.communicate(timeout=max(1, deadline - time.time()))[0].decode("latin-1")
    except subprocess.TimeoutExpired:
        fail("simmon did not end after BYE", proc)
    if proc.returncode != 0 or "the program ended in its wait" not in out:
        print(out[-2000:])
        fail(f"simmon exited {proc.returncode}")
    print("s360-2703: a telnet terminal typed two lines and BYE; both echoed, the program ended")


main()
