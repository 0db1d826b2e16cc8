#!/usr/bin/env python3
"""Three users of CMS at once on CP-67 over telnet, against the bare machine
(docs/cp67.md, "Several users at once").

  s360_cp67_multi_run.py <simmon> <cmsvol> <e2e folder> <kit folder> <work folder>

First the bare 360/67 does the work: CMS IPLed from the system disk the CP users share, its
1052 on a telnet port, a new 10-cylinder 191. Then three users call CP-67's 2703 at once
(USER1 and USER2 on 2741s, USER3 on a teletype), log in and IPL CMS (190 read-only, shared;
each its own 191), and all three do the same work at the same time: FORMAT, EDIT of an
EXEC, the EXEC run, GREET (a program asm360 assembled, its TEXT file on the system disk)
loaded and started, LISTF, TYPE. Their work must overlap (each begins before any ends). What
each user sees from its first command to its last answer must equal the bare machine's,
after normalize() (the timing fields of the ready messages). Then they log out and CP is
shut down. Every wait is bounded; any timeout or difference fails.
"""
import os
import re
import subprocess
import sys
import threading
import time

from cp67_terminal_session import call, logon_cms, start_cp, output_after_shutdown
from telnet_terminal import fail as fail_test, free_port

TEST = "s360-cp67-multi-cms"

# A ready message: R; or E(rc); with the virtual and total CPU seconds and the time of day.
READY = re.compile(r"(R|E\(-?\d+\)); T=\d+\.\d+/\d+\.\d+ \d\d\.\d\d\.\d\d\r\n")

# The work: (line typed, what ends its answer; READY: a ready message).
WORK = [
    ("format 191 a", "(YES|NO):"),
    ("yes", "ENTER DISK LABEL:"),
    ("work01", READY),
    ("edit hi exec", "EDIT:\r\n"),
    ("", "INPUT:\r\n"),
    ("&type hello from an exec, &1", "&1\r\n"),
    ("", "EDIT:\r\n"),
    ("file", READY),
    ("hi there", READY),
    ("load greet (start", READY),
    ("listf * * a", READY),
    ("type hi exec", READY),
]


def normalize(text):
    """The timing fields of the ready messages, the only ones that may differ, made alike."""
    return READY.sub(lambda m: m.group(1) + "; T=*\r\n", text)


def read_more(term, want, mark=0):
    """Waits until `want` (a string or a compiled pattern) is in term.text after `mark`."""
    term.read_until(want, mark, wait=0.3, shown=600)


def do_work(term, work):
    """Types each line once the answer to the one before has come; returns the transcript."""
    start = len(term.text)
    for line, want in work:
        # A 2741's keyboard unlocks when the read starts, a moment after the question has
        # been typed; a line typed before that reaches CP as an attention, which CMS takes
        # as its attention key when it is not reading yet: wait that moment, as a user must.
        time.sleep(0.3)
        mark = len(term.text)
        term.type(line)
        read_more(term, want, mark)
    return term.text[start:]


def bare(simmon, cmsvol, e2e, kit, work, deadline):
    """The work on the bare machine; returns its transcript."""
    folder = os.path.join(work, "bare")
    os.makedirs(folder, exist_ok=True)
    disk = os.path.join(folder, "bare191.ckd")
    if os.path.exists(disk):
        os.remove(disk)
    subprocess.run([cmsvol, "create", disk, "--model", "2314", "--cylinders", "10", "--label", "CMS191"],
                   check=True, stdout=subprocess.DEVNULL)
    port = free_port()
    proc = subprocess.Popen([simmon, "s360", os.path.join(e2e, "s360_cp67_multi_bare.ini"), kit, str(port), folder],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        term = call(TEST, port, proc, deadline)
        read_more(term, "ENTER DATE AND TIME: MM/DD/YY HH.MM.SS\r\n")
        term.type("12/06/70 09.30.00")
        read_more(term, "12/06/70 09.30.00\r\n")
        text = do_work(term, WORK)
        term.sock.close()
    except (TimeoutError, OSError) as e:
        fail_test(TEST, f"bare machine: {e}", proc)
    proc.kill()
    proc.communicate()
    return text


def main():
    if len(sys.argv) != 6:
        print(__doc__)
        sys.exit(2)
    simmon, cmsvol, e2e, kit, work = sys.argv[1:]
    os.makedirs(work, exist_ok=True)
    deadline = time.time() + 240
    want = normalize(bare(simmon, cmsvol, e2e, kit, work, deadline))
    folder = os.path.join(work, "cp")
    os.makedirs(folder, exist_ok=True)
    proc, port = start_cp(simmon, os.path.join(e2e, "s360_cp67_multi_cms.ini"), kit, folder)
    users = [("user1", "pass1"), ("user2", "pass2"), ("user3", "pass3")]
    terms, texts, spans, errors = [], {}, {}, []
    try:
        for _ in users:
            terms.append(call(TEST, port, proc, deadline))
    except (TimeoutError, OSError) as e:
        fail_test(TEST, str(e), proc)
    ready = threading.Barrier(len(users), timeout=max(1, deadline - time.time()))

    def session(i):
        term = terms[i]
        try:
            logon_cms(term, *users[i])
            ready.wait()  # the three begin their work together
            began = time.time()
            texts[i] = do_work(term, WORK)
            spans[i] = (began, time.time())
        except Exception as e:  # noqa: BLE001 - reported when all have ended
            errors.append(f"{users[i][0]}: {e}")
            ready.abort()

    threads = [threading.Thread(target=session, args=(i,)) for i in range(len(users))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        fail_test(TEST, "; ".join(errors), proc)
    # They worked at the same time: each began before any had ended.
    if max(s[0] for s in spans.values()) >= min(s[1] for s in spans.values()):
        fail_test(TEST, f"the users' work did not overlap: {spans}", proc)
    for i, (user, _) in enumerate(users):
        got = normalize(texts[i])
        if got != want:
            print(f"--- the bare machine:\n{want}\n--- {user}:\n{got}")
            fail_test(TEST, f"{user}'s transcript differs from the bare machine's", proc)
    try:
        for term in terms[1:]:
            mark = len(term.text)
            term.type("cp logout")
            read_more(term, "LOGOFF AT", mark)
        mark = len(terms[0].text)
        terms[0].type("cp msg operator all done")
        read_more(terms[0], "SYSTEM SHUTDOWN", mark)
    except (TimeoutError, OSError) as e:
        fail_test(TEST, str(e), proc)
    out = output_after_shutdown(TEST, proc, deadline)
    took = max(s[1] for s in spans.values()) - min(s[0] for s in spans.values())
    print(f"{TEST}: three users worked in CMS at once ({took:.0f} s), each saw what the bare machine shows")


main()
