#!/usr/bin/env python3
"""simmon at a real terminal (a pty): the WRU character (Ctrl-E) stops a PDP-11 guest
that loops at priority 7, and Ctrl-C stops a DO file that loops without running the
machine. Both return to the sim> prompt. Ctrl-C at the prompt drops the line being
typed (as in a shell) and simmon stays; EXIT then ends simmon with status 0.

usage: console_pty.py path/to/simmon
The time limits below only turn a hang into a failure; nothing is asserted about timing.
"""
import os
import sys
import tempfile
import time

from simmon_pty import SimmonPty

LIMIT = 60.0  # seconds before a missing reply counts as a hang


def main():
    scratch = tempfile.mkdtemp(prefix="simmon-pty-")
    loop_do = os.path.join(scratch, "loop.do")
    with open(loop_do, "w") as f:
        f.write(":top\nGOTO top\n")

    sim = SimmonPty(sys.argv[1], "pdp11", scratch, LIMIT)
    sim.expect(b"sim> ")
    # MOV #340,@#177776; BR .  -- interrupts off, never reads the console.
    for line in ["DEPOSIT 1000 012737", "DEPOSIT 1002 340", "DEPOSIT 1004 177776", "DEPOSIT 1006 777"]:
        sim.command(line)
    sim.line("RUN 1000")
    time.sleep(0.5)  # let the run get going; the stop must come from the keystroke
    sim.write(b"\x05")
    sim.expect(b"Simulation stopped, PC: 001006")
    sim.expect(b"sim> ")

    sim.line("DO " + loop_do)
    time.sleep(0.5)
    sim.write(b"\x03")
    sim.expect(b"Interrupted (Ctrl-C)")
    sim.expect(b"sim> ")

    # Ctrl-C while typing: the half-typed line is dropped and simmon lives on. Were it kept,
    # the next line would read "BOGUSEXIT" and fail; were simmon killed, no prompt comes.
    sim.type_keys("BOGUS")
    sim.write(b"\x03")
    sim.expect(b"sim> ")
    sim.write(b"\x03")  # and at an empty prompt
    sim.expect(b"sim> ")
    sim.line("EXIT")
    sim.expect_clean_exit()
    print("WRU and Ctrl-C work at a terminal, Ctrl-C at sim> cancels the line")


if __name__ == "__main__":
    main()
