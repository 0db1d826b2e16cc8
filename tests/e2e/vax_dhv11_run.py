#!/usr/bin/env python3
"""A telnet caller on the VAX's DHV11 line 0, for a guest program of ours.

  vax_dhv11_run.py <simmon> <vax_dhv11.ini>

Starts simmon on vax_dhv11.ini (the program waits for a caller on line 0 of the DHV11,
listening on a free port of 127.0.0.1), calls the line, waits for the greeting the program
sends by DMA, types a line and checks the program's answer ("got: " by DMA, then the line
by programmed output), then that simmon ends with the program's HALT and R0 = 1 (exit
status 0). Every wait is bounded; any timeout fails.
"""
import subprocess
import sys
import time

from telnet_terminal import Terminal, fail as fail_test, free_port


def fail(message, proc=None):
    fail_test("vax-dhv11", message, proc)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    simmon, script = sys.argv[1:]
    port = free_port()
    proc = subprocess.Popen([simmon, "vax", script, str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.time() + 60
    try:
        term = Terminal(port, deadline)
        term.read_until("simmon DHV11: type a line\r\n")
        term.text = ""
        term.type("Hello, MicroVAX")
        term.read_until("got: Hello, MicroVAX\r\n")
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    try:
        out = proc.communicate(timeout=max(1, deadline - time.time()))[0].decode("latin-1")
    except subprocess.TimeoutExpired:
        fail("simmon did not end after the echo", proc)
    if proc.returncode != 0 or "the program halted after the echo" not in out:
        print(out[-2000:])
        fail(f"simmon exited {proc.returncode}")
    print("vax-dhv11: a telnet caller got the DMA greeting, typed a line and got it back; the program halted")


main()
