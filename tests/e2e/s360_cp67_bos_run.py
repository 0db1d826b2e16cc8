#!/usr/bin/env python3
"""IBM's BOS/360, which knows nothing of CP, in a CP-67 virtual machine: the equivalence
test of issue 12 (docs/cp67.md "Dedicated devices").

  s360_cp67_bos_run.py <simmon> <s360_cp67_bos.ini> <s360_cp67_bos_bare.ini> <kit folder>
                       <bos360 testdata folder> <work folder>

First BOS runs on the bare 360/67 (s360_cp67_bos_bare.ini): IPL from tape 180, the console
request key, the date, "log", Enter, inittap and demo_asm from the reader as one deck. Then
the same under CP (s360_cp67_bos.ini is the real machine and the operator at the 1052):
BOS360 logs in over telnet (a 2741), DETACHes its spooled reader and tells the operator,
who ATTACHes the real tapes 180-183 and the real 2540 reader 00C (the directory DEDICATEs
184); BOS360 checks QUERY VIRTUAL, IPLs 180 - the virtual 2400 - and from here on is BOS's
operator: the ATTN key is the 1052's REQUEST key (BOS types 0I10A), the date line, "log",
Enter; BOS runs both jobs, its console lines on the terminal, its SYSLST on the spooled
virtual 1403. When BOS asks for more cards, ATTN puts the terminal in CP mode and BOS360
tells the operator, who FORCEs it off: the printer's file is closed and CP prints it on
the real 1403. Checks:
* the real 1403's printout of BOS's spool file equals the bare machine's 1403 output line
  for line, apart from dates and clock fields (hh.mm.ss, mm/dd/yy, and six lines of the
  cancelled step's storage dump that record the moment the interruption came: see
  DUMP_TIMING_LINES);
* the listing up to the program's step (// EXEC) equals the reference run's
  (expected/demo_asm.printer.txt), and BOS's cancellation of the step (0P18I ... COMM
  REJCT: the virtual 1403, as a real 2821, rejects the tape mode set) is on the terminal;
* the console lines BOS typed on the terminal include the reference run's, in order.
Fails (never skips) when the test data is missing. Every wait is bounded.
"""
import os
import re
import shutil
import subprocess
import sys
import time

from cp67_terminal_session import call, command
from telnet_terminal import fail as fail_test, free_port

TEST = "s360-cp67-bos"


def fail(message, proc=None):
    fail_test(TEST, message, proc)


def masked(text):
    text = re.sub(r"\d\d\.\d\d\.\d\d", "hh.mm.ss", text)
    return re.sub(r"\d\d/\d\d/\d\d", "mm/dd/yy", text)


def printer_lines(path, reference=False):
    text = open(path, "rb").read().decode("latin-1").replace("\r\n", "\n")
    if reference:
        text = text.replace("\n\f\n", "\f")
    text = masked(text.replace("\f", ""))
    return [line.rstrip() for line in text.split("\n")]


# The storage dump of the cancelled step is a snapshot of BOS at the moment the printer's
# command reject came in. Six of its lines record that moment, not what BOS computed: the
# old PSWs and the interval timer (X'00'-X'5F'), BOS's channel and device queues (X'F0'-
# X'14F') and the registers its I/O interruption handler saved (X'930'-X'98F'). A spooled
# printer ends a program sooner than the real 1403 does, so under CP the interruption
# comes a few instructions earlier; these are the dump's clock fields.
DUMP_TIMING_LINES = {"000000", "000030", "0000F0", "000120", "000930", "000960"}


def dump_masked(lines):
    out = []
    for line in lines:
        m = re.match(r"^ ([0-9A-F]{6})  ", line)
        if m and m.group(1) in DUMP_TIMING_LINES:
            line = f" {m.group(1)}  (the moment of the interruption)"
        out.append(line)
    return out


def same_print_line(got, expected):
    return len(got) == len(expected) and all(g == e or (e == "." and g == " ") for g, e in zip(got, expected))


def wait_either(t, wants, seconds):
    """Waits up to `seconds` for one of `wants` on terminal t: its index, or -1."""
    saved = t.deadline
    end = min(saved, time.time() + seconds)
    try:
        while True:
            for i, want in enumerate(wants):
                if want in t.text:
                    return i
            if time.time() > end:
                return -1
            t.deadline = min(end, time.time() + 0.3)
            try:
                t.read_until("\x00")  # never comes: reads what arrives until the deadline
            except TimeoutError:
                pass
    finally:
        t.deadline = saved


def bos_session(proc, port, deadline):
    t = call(TEST, port, proc, deadline)
    t.read_until("CP-67 ONLINE\r\n")
    command(t, "login bos360 bos360", "LOGON AT")
    command(t, "detach 00c", "RDR 00C DETACHED")
    # The operator attaches the tapes and the real reader when told.
    t.text = ""
    t.type("msg operator READY FOR TAPES")
    t.read_until("RDR 00C ATTACHED")
    for want in ("TAPE 180 ATTACHED", "TAPE 181 ATTACHED", "TAPE 182 ATTACHED", "TAPE 183 ATTACHED"):
        if want not in t.text:
            fail(f"the user was not told {want!r}: {t.text!r}", proc)
    command(t, "query virtual", "RDR 00C ON DEV 00C")
    for want in ("STORAGE = 64K", "TAPE 180 ON DEV 180", "TAPE 184 ON DEV 184", "PRT 00E CL A"):
        if want not in t.text:
            fail(f"QUERY VIRTUAL: no {want!r} in {t.text!r}", proc)
    # IPL from the virtual 2400; the console request key (ATTN) when BOS is up. An ATTN
    # before BOS waits for it may be lost (as on the bare machine); one that comes while
    # the guest has one not yet taken puts the terminal in CP mode: BEGIN, and again.
    t.text = ""
    t.type("ipl 180")
    time.sleep(2.0)
    for attempt in range(8):
        t.text = ""
        t.send_break()
        outcome = wait_either(t, ("0I10A GIVE IPL CONTROL STATEMENTS", "CP\r\n"), 8)
        if outcome == 0:
            break
        if outcome == 1:
            t.text = ""
            t.type("begin")
            time.sleep(1.0)
    else:
        fail(f"BOS never asked for its IPL statements: {t.text!r}", proc)
    command(t, "set date=09/07/66,clock=00/00/00", "1C00A  READY FOR COMMUNICATIONS.")
    t.type("log")
    time.sleep(1.0)  # BOS reads again: Enter ends its communications
    t.type("")
    t.read_until("EOJ DEMOASM")
    t.read_until("1L02A  ATTN.0   0C")
    console = t.text
    # BOS waits for a line: ATTN gives CP.
    time.sleep(0.5)
    t.text = ""
    t.send_break()
    t.read_until("CP\r\n")
    command(t, "query virtual 180", "TAPE 180 ON DEV 180")
    command(t, "detach 183", "TAPE 183 DETACHED")
    command(t, "query virtual 183", "DEV 183 DOES NOT EXIST")
    t.text = ""
    t.type("msg operator BOS IS DONE")
    t.read_until("FORCED BY OPERATOR")
    for want in ("TAPE 181 DETACHED BY OPERATOR", "TAPE 182 DETACHED BY OPERATOR"):
        if want not in t.text:
            fail(f"the user was not told {want!r}: {t.text!r}", proc)
    return console


def main():
    if len(sys.argv) != 7:
        print(__doc__)
        return 2
    simmon, script, bare_script, kit, bos, work = sys.argv[1:]
    needed = ["bos360.tap", "jcl/inittap.jcl", "jcl/demo_asm.jcl", "expected/demo_asm.console.txt",
              "expected/demo_asm.printer.txt"]
    for name in needed:
        if not os.path.isfile(os.path.join(bos, name)):
            fail(f"test data missing: {os.path.join(bos, name)}")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    # The bare machine.
    bare = subprocess.run([simmon, "s360", bare_script, bos, work], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, timeout=120)
    if bare.returncode != 0:
        print(bare.stdout.decode("latin-1")[-2000:])
        fail("BOS did not run on the bare machine")

    # CP-67.
    port = free_port()
    proc = subprocess.Popen([simmon, "s360", script, kit, str(port), work, bos], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    deadline = time.time() + 110
    try:
        console = bos_session(proc, port, deadline)
        out = proc.communicate(timeout=max(5, deadline - time.time()))[0].decode("latin-1")
    except (TimeoutError, subprocess.TimeoutExpired) as e:
        fail(f"timed out: {e}", proc)
    if proc.returncode != 0:
        print(out[-3000:])
        fail(f"the CP script exited with {proc.returncode}")
    for want in ("ATTACH refusals typed", "BOS360 has its devices", "SHUTDOWN ended CP"):
        if want not in out:
            print(out[-3000:])
            fail(f"the operator's script did not say {want!r}")

    # The console: the reference run's received lines, in order; the step's cancellation.
    lines = [masked(line.rstrip()) for line in console.replace("\r", "").split("\n")]
    position = 0
    for line in open(os.path.join(bos, "expected/demo_asm.console.txt"), encoding="latin-1"):
        if not line.startswith("R "):
            continue
        want = masked(line[2:].rstrip())
        if want == "1L02A  ATTN.0   0C":
            continue  # one deck here: BOS runs out of cards only at the end (read_until saw it)
        while position < len(lines) and lines[position] != want:
            position += 1
        if position == len(lines):
            fail(f"console: {want!r} not seen (in order) on the terminal: {console!r}")
        position += 1
    for want in ("0P18I  C  COMM REJCT SYS002=00E", "0P73I JOB DEMOASM  CANCELLED DUE TO I/O ERROR"):
        if not any(line.startswith(want) for line in lines):
            fail(f"console: {want!r} not seen")

    # The printouts: CP's real 1403 against the bare machine's, and the reference's listing.
    got = dump_masked(printer_lines(os.path.join(work, "cp67.1403.txt")))
    base = dump_masked(printer_lines(os.path.join(work, "bare.1403.txt")))
    while got and not got[-1]:
        got.pop()
    while base and not base[-1]:
        base.pop()
    if len(got) != len(base):
        fail(f"the 1403 under CP printed {len(got)} lines, the bare machine's {len(base)} ({work})")
    for i, (g, b) in enumerate(zip(got, base)):
        if g != b:
            fail(f"printer line {i + 1} differs from the bare machine's:\n  bare: {b!r}\n  CP:   {g!r}")
    expected = printer_lines(os.path.join(bos, "expected/demo_asm.printer.txt"), True)
    end = expected.index("// EXEC") + 1
    start = next((i for i, line in enumerate(got) if line.startswith("// JOB DEMOASM")), -1)
    reference_start = next((i for i, line in enumerate(expected) if line.startswith("// JOB DEMOASM")), -1)
    if start < 0 or reference_start < 0:
        fail("printer: no // JOB DEMOASM line")
    for i in range(reference_start, end):
        j = start + (i - reference_start)
        if j >= len(got) or not same_print_line(got[j], expected[i]):
            fail(f"printer line {j + 1} differs from the reference listing:\n  expected: {expected[i]!r}\n"
                 f"  got:      {got[j] if j < len(got) else None!r}")
    if not any(line.startswith("EOJ DEMOASM") for line in got[start:]):
        fail("printer: no EOJ DEMOASM")
    print(f"{TEST}: passed: {len(got)} lines of BOS's SYSLST printed by CP equal the bare machine's; "
          f"{end - reference_start} equal the reference listing")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
