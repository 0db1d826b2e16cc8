#!/usr/bin/env python3
"""CP commands from CMS and virtual IPLs that page, on a 256K real 360/67.

  s360_cp67_fix_run.py <simmon> <s360_cp67_fix.ini> <kit folder> <work folder>

Starts simmon on the script (CP-67 IPLed cold on a 256K machine; the operator at the 1052
is the script's EXPECT/SEND) and calls the 2703 twice.

USER1 (512K) logs in and IPLs CMS, FORMATs its 191, and gives CP commands from CMS as
typed (CP QUERY TIME; CP MSG with lower case and a word longer than 8 characters, which
CMS's extended parameter list keeps) and from an EXEC (CP QUERY TIME, CP MSG with an EXEC
variable substituted, an unknown CP command whose return code &RETCODE shows): CMS's CP
command passes the operands it was called with, not the line last typed.

USER2 (512K) logs in while USER1 sits in CMS and IPLs CMS five times; before each of the
first three USER1 changes 40 pages in CP mode (STORE), so that every frame holds a changed
page of USER1's: the IPL's pages are stolen from USER1, written out first, and the load
waits for them (CP said DMKCFG IPL OF 190 FAILED, CODE 141 before); each IPL reaches CMS,
which answers a command. USER1 then runs its EXEC again (its pages come
back from the paging area) and IPLs CMS again itself by CP IPL CMS. Every wait is bounded;
any timeout fails.
"""
import os
import sys
import time

from cp67_terminal_session import call, command as typed, start_cp, output_after_shutdown
from telnet_terminal import fail as fail_test

TEST = "s360-cp67-fix"
VERSION = "CMS VERSION 3.1, RE-CREATED FOR SIMMON'S SYSTEM/360\r\n"
EXEC_LINES = [
    "&control off",
    "cp query time",
    "cp msg &1 from the exec, &2",
    "cp nosuch command",
    "&type nosuch gave &retcode",
    "&type done",
]


def fail(message, proc=None):
    fail_test(TEST, message, proc)


def step(what):
    """Progress on stderr, so that a failure shows how far the run came."""
    print(f"{TEST}: {what}", file=sys.stderr, flush=True)


def command(term, line, want):
    """Types a line and waits for `want` (CP67_FIX_VERBOSE=1: each exchange on stderr).
    A line typed before the guest reads is an attention, as on a real 2741: the pause lets
    CMS post its read after what it typed."""
    time.sleep(0.3)
    try:
        return typed(term, line, want)
    finally:
        if os.environ.get("CP67_FIX_VERBOSE"):
            print(f"{TEST}: {line!r} -> {term.text!r}", file=sys.stderr, flush=True)


def run_exec(a, proc, who):
    """USER1's EXEC: CP's answers, the message to itself, the unknown command's code."""
    command(a, f"cpx user1 {who}", "DONE\r\n")
    for want in ("TIME IS ", f"MSG FROM USER1   : FROM THE EXEC, {who.upper()}",
                 "NOSUCH GAVE -1"):
        if want not in a.text:
            fail(f"CPX EXEC: no {want!r} in {a.text!r}", proc)
    a.read_until("R;")


def take_frames(a, proc):
    """USER1 in CP mode (CMS's CP with no operands) changes 40 pages, and goes on."""
    command(a, "cp", "cp\r\n")
    for page in range(0x20, 0x48):
        command(a, f"store {page:X}000 1", "\n")
        if "STORE" in a.text and "DMK" in a.text:
            fail(f"STORE: {a.text!r}", proc)
    command(a, "begin", "begin")


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    simmon, script, kit, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    proc, port = start_cp(simmon, script, kit, work)
    deadline = time.time() + float(os.environ.get("CP67_FIX_SECONDS", "400"))
    try:
        a = call(TEST, port, proc, deadline)
        a.read_until("CP-67 ONLINE\r\n")
        command(a, "login user1 pass1", "LOGON AT")
        command(a, "ipl cms", VERSION)
        time.sleep(0.5)  # CMS reads its first command
        command(a, "format 191 a", "(YES|NO):")
        command(a, "yes", "ENTER DISK LABEL:")
        command(a, "user01", "R;")
        step("USER1 in CMS, its 191 formatted")
        # Typed: the operands as typed, lower case and long words kept.
        command(a, "cp query time", "R;")
        if "TIME IS " not in a.text:
            fail(f"CP QUERY TIME typed: {a.text!r}", proc)
        command(a, "cp msg user1 Greetings, Babbage-Lovelace", "R;")
        if "MSG FROM USER1   : Greetings, Babbage-Lovelace" not in a.text:
            fail(f"CP MSG typed: {a.text!r}", proc)
        command(a, "cp", "cp\r\n")  # no operands: CP's console mode
        command(a, "query time", "TIME IS ")
        command(a, "begin", "begin")
        time.sleep(0.3)
        # From an EXEC: the substituted tokens.
        command(a, "edit cpx exec", "EDIT:\r\n")
        for line in EXEC_LINES:
            command(a, "input " + line, line + "\r\n")
        command(a, "file", "R;")
        run_exec(a, proc, "first")
        step("CP commands typed and from an EXEC")

        # USER2 IPLs CMS again and again while USER1 holds its frames: before each IPL
        # USER1 writes into 40 pages of its 512K (STORE in CP mode), so every frame CP has
        # holds a changed page of USER1's, and the frame for USER2's IPL record must be
        # written out first: the load waits for it (it failed with CODE 141).
        b = call(TEST, port, proc, deadline)
        b.read_until("CP-67 ONLINE\r\n")
        command(b, "login user2 pass2", "LOGON AT")
        for n in range(5):
            if n < 3:
                take_frames(a, proc)
            command(b, "ipl cms" if n == 0 else "cp ipl cms", VERSION)
            if "FAILED" in b.text:
                fail(f"USER2's IPL {n + 1}: {b.text!r}", proc)
            time.sleep(0.5)
            command(b, "listf * * s", "R;")
            if "GREET    TEXT     S2" not in b.text:
                fail(f"LISTF after USER2's IPL {n + 1}: {b.text!r}", proc)
            step(f"USER2's IPL {n + 1}")
        # USER1's pages come back; its own IPL again.
        run_exec(a, proc, "again")
        command(a, "cp ipl cms", VERSION)
        if "FAILED" in a.text:
            fail(f"USER1's IPL again: {a.text!r}", proc)
        time.sleep(0.5)
        run_exec(a, proc, "last")
        command(a, "cp logout", "LOGOFF AT")
        b.text = ""
        b.type("cp msg operator done")
        b.read_until("SYSTEM SHUTDOWN")
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    out = output_after_shutdown(TEST, proc, deadline)
    print(f"{TEST}: CP commands typed and from an EXEC; five IPLs of CMS paging on 256K")


main()
