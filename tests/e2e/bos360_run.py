#!/usr/bin/env python3
"""IBM BOS/360 end to end: runs s360_bos360.ini in a fresh folder, then compares what BOS
printed with the reference run in <bos360>/expected.

  bos360_run.py <simmon> <s360_bos360.ini> <bos360 testdata folder> <software-kits/s360/bos360.ini>

Checks, besides the script's own EXPECTs (IPL, inittap, demo_asm, demo_fort to their EOJ;
the script saves and restores the machine halfway through demo_asm and goes on from there):
* the console: every line the reference run received (expected/demo_asm.console.txt,
  lines marked R) appears in our console log in the same order;
* the 1403: the listing of inittap and demo_asm - job control, LISTIO, the assembler's
  external symbol dictionary, listing, relocation dictionary and cross-reference, the
  linkage editor's map - equal to expected/demo_asm.printer.txt line by line up to the
  program's own step (`// EXEC`), and `EOJ DEMOASM` after it; the FORTRAN program's graph.
Dates and clock fields are masked. The reference simulator writes its file differently
from ours in three ways that are not what was printed, and the comparison undoes them:
it ends lines with CR LF and writes a skip to channel 1 as CR LF FF CR LF (we write LF
and FF), it puts a form feed where its paper counter passes a page (we put page breaks
only where the program skips), and it prints characters that are not on the print chain
as '.' (a 1403 prints nothing there; we write a blank). Trailing blanks are ignored.

What the program step prints differs on purpose: demo_asm assigns its tape file SYS002
to the printer, and the tape OPEN sends the 1403 a tape mode set (X'2B') that a 2821
rejects (command reject); BOS cancels the step (0P18I COMM REJCT, 0P73I ... CANCELLED)
and prints a dump. The reference simulator's 1403 accepts any control code, so there the
program's 2000 records follow. The test requires BOS's cancellation messages.

Also prints the guest MIPS of the demo_asm job (instructions and host CPU time between
the two SHOW CPU STATS around it): a figure for the record, not a timed assertion.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def fail(message):
    print(f"s360-bos360: FAILED: {message}")
    sys.exit(1)


def masked(text):
    text = re.sub(r"\d\d\.\d\d\.\d\d", "hh.mm.ss", text)
    return re.sub(r"\d\d/\d\d/\d\d", "mm/dd/yy", text)


def printer_lines(path, reference):
    text = open(path, "rb").read().decode("latin-1").replace("\r\n", "\n")
    if reference:
        text = text.replace("\n\f\n", "\f")
    text = masked(text.replace("\f", ""))
    return [line.rstrip() for line in text.split("\n")]


def same_print_line(got, expected):
    # '.' in the reference where a 1403 prints nothing (a character not on the chain).
    return len(got) == len(expected) and all(g == e or (e == "." and g == " ") for g, e in zip(got, expected))


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        return 2
    simmon, script, bos, kit = sys.argv[1:5]
    needed = ["bos360.tap", "jcl/inittap.jcl", "jcl/demo_asm.jcl", "jcl/demo_fort.jcl",
              "expected/demo_asm.console.txt", "expected/demo_asm.printer.txt"]
    for name in needed:
        if not os.path.isfile(os.path.join(bos, name)):
            fail(f"test data missing: {os.path.join(bos, name)}")

    work = tempfile.mkdtemp(prefix="bos360-")
    run = subprocess.run([simmon, "s360", script, bos, kit], cwd=work, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, timeout=600)
    out = run.stdout.decode("latin-1")
    if run.returncode != 0:
        print(out[-3000:])
        fail(f"the script exited with {run.returncode} (work folder {work})")

    # The console: the reference run's received lines, in order.
    console = [masked(line.rstrip()) for line in
               open(os.path.join(work, "console.log"), "rb").read().decode("latin-1").replace("\r", "").split("\n")]
    position = 0
    for line in open(os.path.join(bos, "expected/demo_asm.console.txt"), encoding="latin-1"):
        if not line.startswith("R "):
            continue
        want = masked(line[2:].rstrip())
        while position < len(console) and console[position] != want:
            position += 1
        if position == len(console):
            fail(f"console: '{want}' not seen (in order) in {work}/console.log")
        position += 1
    for want in ("0P18I  C  COMM REJCT SYS002=00E", "0P73I JOB DEMOASM  CANCELLED DUE TO I/O ERROR", "EOJ DEMOGRPH"):
        if not any(line.startswith(want) for line in console):
            fail(f"console: '{want}' not seen")

    # The 1403 (SYSLST).
    got = printer_lines(os.path.join(work, "bos360.1403.txt"), False)
    expected = printer_lines(os.path.join(bos, "expected/demo_asm.printer.txt"), True)
    end = expected.index("// EXEC") + 1
    if len(got) < end:
        fail(f"printer: {len(got)} lines, the reference listing has {end} before the program's step")
    for i in range(end):
        if not same_print_line(got[i], expected[i]):
            fail(f"printer line {i + 1} differs:\n  expected: {expected[i]!r}\n  got:      {got[i]!r}")
    rest = got[end:]
    if not any(line.startswith("EOJ DEMOASM") for line in rest):
        fail("printer: no EOJ DEMOASM after the program's step")
    if not any(line.startswith("EOJ DEMOGRPH") for line in rest) or \
            not any(re.match(r"^ +-10\.0000 X-{4}\+", line) for line in rest):
        fail("printer: the FORTRAN job's graph (its X axis) or its EOJ is missing")

    # The assembler job's speed, from the SHOW CPU STATS before and after it.
    instructions = [int(v) for v in re.findall(r"^Instructions executed: +(\d+)", out, re.M)]
    host = [float(v) for v in re.findall(r"^Host CPU seconds: +([0-9.]+)", out, re.M)]
    if len(instructions) >= 2 and len(host) >= 2:
        n, t = instructions[1] - instructions[0], host[1] - host[0]
        mips = f"{n / t / 1e6:.1f} MIPS" if t > 0 else "too fast to time"
        print(f"s360-bos360: demo_asm job: {n} instructions in {t:.3f} host CPU seconds: {mips}")
    print(f"s360-bos360: passed ({end} listing lines equal to the reference)")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
