#!/usr/bin/env python3
"""CP-67 with storage short: three CMS users on a 256K real 360/67.

  s360_cp67_short_run.py <simmon> <s360_cp67_short.ini> <kit folder> <work folder>

Starts simmon on the script (CP-67 IPLed cold on 256K, paging to CPSYS1; the operator at
the 1052 is the script's EXPECT/SEND) and calls the 2703 three times. What CP leaves of
256K holds far less than one 512K virtual machine, so the eligible list (kernel/sched.asm)
must hold back users whose working sets do not fit, and an idle user's frames are taken
first (kernel/paging.asm, STEAL).

USER1, USER2 and USER3 (512K each) log in and IPL CMS, USER3's IPL while USER1, in CP mode,
STOREs into 80 pages of its 512K (CMS's user area and above) (each page it changes must be written out
before its frame serves another). Then all three do the same CMS work at once, line by
line (FORMAT of the 191, EDIT of an EXEC, the EXEC, GREET loaded and started, LISTF), USER1
changing those pages again while the others run the EXEC. Each must get the right answers.
USER1 then tells the operator, whose script types QUERY PAGING and SHOW CPU STATS (both
printed here: pages read and written must not be zero) and SHUTDOWN; CP must end in its
wait. Every wait is bounded; any timeout fails.
"""
import os
import re
import sys
import time

from cp67_terminal_session import call, command, start_cp, output_after_shutdown
from telnet_terminal import fail as fail_test

TEST = "s360-cp67-short"
VERSION = "CMS VERSION 3.1, RE-CREATED FOR SIMMON'S SYSTEM/360\r\n"
READY = re.compile(r"(R|E\(-?\d+\)); T=\d+\.\d+/\d+\.\d+ \d\d\.\d\d\.\d\d\r\n")

# The work each user does, all three at once: (line, what ends its answer, what must be in it).
WORK = [
    ("format 191 a", "(YES|NO):", None),
    ("yes", "ENTER DISK LABEL:", None),
    ("work01", READY, "FORMATTED ON DISK 'A(191)'"),
    ("edit hi exec", "EDIT:\r\n", None),
    ("", "INPUT:\r\n", None),
    ("&type hello from an exec, &1", "&1\r\n", None),
    ("", "EDIT:\r\n", None),
    ("file", READY, None),
    ("hi there", READY, "HELLO FROM AN EXEC, THERE"),
    ("load greet (start", READY, "GREETINGS FROM GREET, WORLD!"),
    ("listf * * a", READY, "HI       EXEC     A1"),
]


def fail(message, proc=None):
    fail_test(TEST, message, proc)


def step(what):
    print(f"{TEST}: {what}", file=sys.stderr, flush=True)


def fill_pages(a, proc):
    """USER1 in CP mode changes a word in each of 80 pages, and goes on."""
    command(a, "cp", "cp\r\n")
    store_pages(a, proc)
    command(a, "begin", READY)  # CMS's CP command ends: its ready message


def store_pages(a, proc):
    """In CP mode, a word stored into each page of CMS's user area and above, X'20000' to
    X'6F000' (320K; free storage has the top of 512K, the nucleus the bottom 128K; a program
    loaded later overwrites it). A page out on the paging area is started in and CP says so
    (DMKCDB161E): the STORE is typed again."""
    for page in range(0x20, 0x70):
        for _ in range(50):
            time.sleep(0.05)
            command(a, f"store {page:X}000 {page:X}", "\n")
            if "DMKCDB161E" not in a.text:
                break
        if "DMK" in a.text:
            fail(f"STORE {page:X}000: {a.text!r}", proc)


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    simmon, script, kit, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    proc, port = start_cp(simmon, script, kit, work)
    deadline = time.time() + float(os.environ.get("CP67_SHORT_SECONDS", "150"))
    try:
        users = []
        for n in (1, 2, 3):
            t = call(TEST, port, proc, deadline)
            t.read_until("CP-67 ONLINE\r\n")
            command(t, f"login user{n} pass{n}", "LOGON AT")
            users.append(t)
        a, b, c = users
        command(a, "ipl cms", VERSION)
        time.sleep(0.5)
        command(b, "ipl cms", VERSION)
        time.sleep(0.5)
        step("USER1 and USER2 in CMS")
        # USER3's IPL while USER1 changes all its pages.
        command(a, "cp", "cp\r\n")
        c.text = ""
        c.type("ipl cms")
        time.sleep(0.2)
        store_pages(a, proc)
        command(a, "begin", READY)  # CMS's CP command ends: its ready message
        c.read_until(VERSION)
        if "FAILED" in c.text:
            fail(f"USER3's IPL: {c.text!r}", proc)
        step("USER3 in CMS")
        # The work, a line at a time at all three terminals.
        for line, want, must in WORK:
            time.sleep(0.4)  # CMS posts its read after its ready message
            for t in (users[1:] if line == "hi there" else users):
                t.text = ""
                t.type(line)
            if line == "hi there":
                fill_pages(a, proc)
                a.text = ""
                time.sleep(0.3)
                a.type(line)
            for n, t in enumerate(users, 1):
                t.read_until(want)
                if must and must not in t.text:
                    fail(f"USER{n} {line!r}: no {must!r} in {t.text!r}", proc)
            step(f"all three: {line!r}")
        time.sleep(0.4)
        for t in users[1:]:
            command(t, "cp logout", "LOGOFF AT")
        a.text = ""
        a.type("cp msg operator done")
        a.read_until("SYSTEM SHUTDOWN")
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    out = output_after_shutdown(TEST, proc, deadline)
    m = re.search(r"PAGING ON [^\r\n]*\r?\n\s*PAGES READ (\d+), WRITTEN (\d+) SINCE IPL", out)
    if not m:
        print(out[-3000:])
        fail("no QUERY PAGING answer")
    print(m.group(0))
    s = out.find("=== SHOW CPU STATS")
    print(out[s:out.find("=== end", s)])
    if int(m.group(1)) == 0 or int(m.group(2)) == 0:
        fail("CP did not page")
    print(f"{TEST}: three CMS users on 256K, pages read {int(m.group(1))}, written {int(m.group(2))}")


main()
