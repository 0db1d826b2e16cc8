#!/usr/bin/env python3
"""CP-67's terminals, LOGIN and commands, driven as users meet them.

  s360_cp67_users_run.py <simmon> <s360_cp67_users.ini> <kit folder> <work folder>

Starts simmon on the script (CP-67 IPLed cold; the operator at the 1052 is the script's
EXPECT/SEND), and calls the 2703 three times over telnet: USER1 on a 2741 (0C0), USER2 on
a 2741 (0C1), USER3 on a teletype (0C2). Checks the greeting, a user id not in the
directory and a wrong password refused, LOGIN with the password asked for and given on the
line, QUERY USERS, NAMES and TIME, an unknown command, line editing (@ and the cent sign),
MSG between terminals (one typed into a half-typed line) and to and from the operator,
DISCONN and the reconnection by LOGIN, LOGOUT's messages and the dropped
line, and that SHUTDOWN (which the operator gives when USER3 asks) ends CP in its wait.
Every wait is bounded; any timeout fails.
"""
import os
import sys
import time

from cp67_terminal_session import call, command, start_cp, output_after_shutdown
from telnet_terminal import fail as fail_test

TEST = "s360-cp67-users"


def fail(message, proc=None):
    fail_test(TEST, message, proc)


def login(term, user, password):
    term.read_until("CP-67 ONLINE\r\n")
    command(term, f"login {user}", "ENTER PASSWORD:")
    command(term, password, "LOGON AT 09:3")


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    simmon, script, kit, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    proc, port = start_cp(simmon, script, kit, work)
    deadline = time.time() + 240
    try:
        # USER1 on the first 2741: the greeting, refusals, then in.
        a = call(TEST, port, proc, deadline)
        a.read_until("CP-67 ONLINE\r\n")
        command(a, "login nosuch", "DMKLOG053E NOSUCH   NOT IN CP DIRECTORY")
        command(a, "login user1", "ENTER PASSWORD:")
        command(a, "wrong", "DMKLOG050E PASSWORD INCORRECT")
        command(a, "login user1", "ENTER PASSWORD:")
        command(a, "pass1", "LOGON AT 09:3")
        command(a, "query users", "0002 USERS")
        command(a, "q time", "CONNECT=")
        # While a telnet caller is on a line, CP's idle waits keep wall time (SET CPU IDLE,
        # docs/scp.md "Idling"): the clock the operator set at 09:30 reads 09:3x still.
        if "TIME IS 09:3" not in a.text:
            fail(f"QUERY TIME: {a.text!r}", proc)
        # Line editing: @ deletes a character, the cent sign (a 2741 has it upper case
        # on the @ key; we type '@' only) the line so far.
        command(a, "qx@ names", "USER1    - 0C0")
        if "OPERATOR - 01F" not in a.text:
            fail(f"QUERY NAMES: {a.text!r}", proc)
        command(a, "frobnicate", "DMKCFM001E UNKNOWN CP COMMAND")
        command(a, "query stats", "PGM INTS=")
        if "USER1    PRIVOPS: SSM=" not in a.text or "DIAGNOSE" not in a.text:
            fail(f"QUERY STATS: {a.text!r}", proc)
        # USER2 on the second 2741, the password on the line.
        b = call(TEST, port, proc, deadline)
        b.read_until("CP-67 ONLINE\r\n")
        command(b, "logon user2 pass2", "LOGON AT 09:3")
        command(b, "login user1", "DMKCFM001E UNKNOWN CP COMMAND")  # logged on: no LOGIN
        a.text = ""
        command(b, "msg user1 Hello from USER2", "msg user1")
        a.read_until("MSG FROM USER2   : Hello from USER2")
        # A line half typed when a message comes: CP halts the read, types the message,
        # and the line goes on with what was typed.
        a.text = ""
        a.sock.sendall(b"query us")
        time.sleep(0.5)
        command(b, "msg user1 half a line", "msg user1")
        a.read_until("MSG FROM USER2   : half a line")
        command(a, "ers", "0003 USERS")
        # USER3 on a teletype: the same from a Teletype's codes.
        c = call(TEST, port, proc, deadline)
        login(c, "user3", "pass3")
        command(c, "q users", "0004 USERS")
        # A teletype has no cent sign: its '[' is CP's line delete.
        command(c, "q uxx[q users", "0004 USERS")
        command(c, "q user2", "USER2    - 0C1")
        command(c, "q user9", "DMKQRY045E USER9    NOT LOGGED ON")
        # To and from the operator at the 1052.
        a.text = ""
        command(a, "m operator hello operator", "MSG FROM OPERATOR: Hello from the 1052")
        # DISCONN drops the line; LOGIN again reconnects.
        command(a, "disconn", "DISCONNECT AT")
        try:
            a.read_until("the line drops")
        except TimeoutError as e:
            if "connection closed" not in str(e):
                raise
        a = call(TEST, port, proc, deadline)
        a.read_until("CP-67 ONLINE\r\n")
        command(a, "login user1 pass1", "RECONNECTED AT")
        command(a, "q user1", "USER1    - 0C")
        # LOGOUT: the times, and the line is dropped.
        command(a, "logout", "LOGOFF AT 09:3")
        if "CONNECT=" not in a.text or "VIRTCPU=" not in a.text:
            fail(f"LOGOUT: {a.text!r}", proc)
        command(b, "logoff", "LOGOFF AT 09:3")
        command(c, "q users", "0002 USERS")
        c.text = ""
        c.type("msg operator shut down, please")
        c.read_until("SYSTEM SHUTDOWN")
        if "WNG FROM OPERATOR: going down" not in c.text:
            fail(f"WARNING ALL: {c.text!r}", proc)
    except (TimeoutError, OSError) as e:
        fail(str(e), proc)
    out = output_after_shutdown(TEST, proc, deadline, also=("the operator is logged on",))
    print(f"{TEST}: three telnet users and the operator: LOGIN, QUERY, MSG, LOGOUT, SHUTDOWN")


main()
