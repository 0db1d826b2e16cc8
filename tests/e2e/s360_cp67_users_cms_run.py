#!/usr/bin/env python3
"""CMS in CP-67's virtual machines, used from telnet terminals.

  s360_cp67_users_cms_run.py <simmon> <s360_cp67_users_cms.ini> <kit folder> <work folder>

Starts simmon on the script (CP-67 IPLed cold; the operator at the 1052 is the script's
EXPECT/SEND) and calls the 2703 twice. USER1 (a 2741) logs in, IPLs CMS (IPL CMS: the
shared system disk 190, read-only), lists the system disk's files and gives a CP command
from CMS (CP QUERY USERS, DIAGNOSE X'08'). The ATTN key while CMS waits for a line puts the
terminal in CP mode (CP types CP): QUERY VIRTUAL shows the devices the directory gave,
and a message from USER2 (a 2741 too) is typed at once. BEGIN gives the line back to CMS,
which goes on with the next command. DISCONN drops the line with CMS running; LOGIN again
reconnects to it. CP LOGOUT from CMS ends the session; USER2 tells the
operator, who shuts CP down. Every wait is bounded; any timeout fails.
"""
import os
import sys
import time

from cp67_terminal_session import call, command, logon_cms, start_cp, output_after_shutdown
from telnet_terminal import fail as fail_test

TEST = "s360-cp67-users-cms"


def fail(message, proc=None):
    fail_test(TEST, message, proc)


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    simmon, script, kit, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    proc, port = start_cp(simmon, script, kit, work)
    deadline = time.time() + 240
    try:
        a = call(TEST, port, proc, deadline)
        logon_cms(a, "user1", "pass1")
        command(a, "listf * * s", "R;")
        if "GREET    TEXT     S2" not in a.text:
            fail(f"LISTF: {a.text!r}", proc)
        command(a, "cp query users", "R;")
        if "0002 USERS" not in a.text:
            fail(f"CP QUERY USERS from CMS: {a.text!r}", proc)
        # A message while CMS waits for a line, and while a line is half typed: CP halts the
        # read, types it, and the line goes on.
        time.sleep(0.3)
        b = call(TEST, port, proc, deadline)
        b.read_until("CP-67 ONLINE\r\n")
        command(b, "login user2 pass2", "LOGON AT")
        a.text = ""
        command(b, "msg user1 while you wait", "msg user1")
        a.read_until("MSG FROM USER2   : while you wait")
        a.text = ""
        a.sock.sendall(b"lis")
        time.sleep(0.5)
        command(b, "msg user1 half a line", "msg user1")
        a.read_until("MSG FROM USER2   : half a line")
        command(a, "tf * * s", "R;")
        if "TICK     TEXT     S2" not in a.text:
            fail(f"LISTF typed around a message: {a.text!r}", proc)
        # ATTN while CMS waits for a line: CP mode.
        time.sleep(0.3)
        a.text = ""
        a.send_break()
        a.read_until("CP\r\n")
        command(a, "query virtual", "DASD 191 2314 USRVL1 R/W 010 CYL")
        for want in ("STORAGE = 512K", "CONS 009 ON LINE 0C0", "DASD 190 2314 CMS190 R/O 020 CYL"):
            if want not in a.text:
                fail(f"QUERY VIRTUAL: no {want!r} in {a.text!r}", proc)
        # A message for a terminal in CP mode is typed at once.
        a.text = ""
        command(b, "msg user1 lunch?", "msg user1")
        a.read_until("MSG FROM USER2   : lunch?")
        # BEGIN: CMS again, its read served.
        command(a, "begin", "begin")
        time.sleep(0.3)
        command(a, "listf * * s", "R;")
        if "SHOWFILE TEXT     S2" not in a.text:
            fail(f"LISTF after BEGIN: {a.text!r}", proc)
        # DISCONN: the line is dropped, CMS runs on; LOGIN again reconnects to it.
        command(a, "cp disconn", "DISCONNECT AT")
        try:
            a.read_until("the line drops")
        except TimeoutError as e:
            if "connection closed" not in str(e):
                raise
        a = call(TEST, port, proc, deadline)
        a.read_until("CP-67 ONLINE\r\n")
        command(a, "login user1", "ENTER PASSWORD:")
        command(a, "pass1", "RECONNECTED AT")
        command(a, "begin", "begin")
        time.sleep(0.3)
        command(a, "listf * * s", "R;")
        if "GREET    TEXT     S2" not in a.text:
            fail(f"LISTF after the reconnection: {a.text!r}", proc)
        command(a, "cp logout", "LOGOFF AT")
        b.text = ""
        b.type("msg operator CMS is done")
        b.read_until("SYSTEM SHUTDOWN")
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    out = output_after_shutdown(TEST, proc, deadline)
    print(f"{TEST}: CMS IPLed from a telnet 2741, CP commands from CMS, ATTN to CP mode, BEGIN, LOGOUT")


main()
