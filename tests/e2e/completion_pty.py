#!/usr/bin/env python3
"""simmon's line editor at a real terminal (a pty): TAB completes a command name in place,
a second TAB lists the candidates when there are several, and a device's register names
complete after EXAMINE <device>. The completions come from the SCP's tables through the
LineReader, so this is the test that readline reaches them.

usage: completion_pty.py path/to/simmon
The time limit only turns a hang into a failure; nothing is asserted about timing.
"""
import os
import sys
import tempfile

from simmon_pty import SimmonPty

LIMIT = 60.0


def main():
    scratch = tempfile.mkdtemp(prefix="simmon-pty-")
    sim = SimmonPty(sys.argv[1], "pdp11", scratch, LIMIT, env={"INPUTRC": os.path.join(scratch, "no-inputrc")})

    sim.expect(b"sim> ")
    sim.write(b"EXAMI\t")
    sim.expect(b"NE ")  # the rest of EXAMINE and the space after it
    sim.write(b"RK RKC\t")
    sim.expect(b"S ")  # RKCS
    sim.write(b"\r")
    sim.expect(b"RKCS:")
    sim.expect(b"sim> ")
    sim.write(b"NO\t\t")
    sim.expect(b"NOBREAK")
    sim.expect(b"NOEXPECT")
    sim.write(b"\x15EXIT\r")  # Ctrl-U clears the line first
    sim.expect_clean_exit()
    print("TAB completion works at a terminal")


if __name__ == "__main__":
    main()
