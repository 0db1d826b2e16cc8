#!/usr/bin/env python3
"""A guest that drives real devices itself, on the bare 360/67 and in a CP-67 virtual
machine with the devices ATTACHed (docs/cp67.md "Dedicated devices"): the two transcripts
must be equal.

  s360_cp67_attach_run.py <simmon> <asm360> <link360> <tests/e2e folder> <kit folder> <work>

s360_cp67_attach_guest.asm is assembled and linked onto a small IPL volume (link360 --ckd);
the bare machine IPLs that volume (s360_cp67_attach_bare.ini); for CP it is laid onto the
operator's 191 minidisk (s360_cp67_vio_guest.py), and the operator DETACHes its spooled
reader, ATTACHes the real tape 181 and the real reader 00C, and IPLs 191
(s360_cp67_attach.ini). The guest writes a tape record, a tape mark and rewinds (each ends
at channel end, the next START I/O is refused busy, the device end comes by itself),
halts a read with HALT I/O, reads the record and the tape mark, reads the empty reader
(unit check, intervention required), waits enabled until the reader is made ready (the
device end of no program, given by CP to the virtual machine that has the reader) and
reads the card. Each result line, and the card, must be the same in both transcripts.
"""
import os
import re
import shutil
import sys

import simmon_run

TEST = "s360-cp67-attach"
RESULT = re.compile(r"^([WMRHFCD] CC \d \d CSW .*|REC1.*|00C|THE CARD.*)$")


def fail(message, output=""):
    simmon_run.fail(TEST, message, output, tail=3000)


def run(args, what):
    return simmon_run.run(TEST, args, what)


def results(path):
    text = open(path, "rb").read().decode("latin-1").replace("\r", "")
    return [line.rstrip() for line in text.split("\n") if RESULT.match(line.rstrip())]


def main():
    if len(sys.argv) != 7:
        print(__doc__)
        return 2
    simmon, asm, link, src, kit, work = sys.argv[1:]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    run([asm, os.path.join(src, "s360_cp67_attach_guest.asm"), "-o", f"{work}/dedguest.obj", "-l",
         f"{work}/dedguest.lst", "-I", os.path.join(src, "../../software-kits/s360/maclib")], "asm360")
    run([link, f"{work}/dedguest.obj", "--ckd", f"{work}/dedguest.ckd,2314,1"], "link360")
    with open(f"{work}/card.txt", "w") as f:
        f.write("THE CARD FROM THE READER\n")
    bare = run([simmon, "s360", os.path.join(src, "s360_cp67_attach_bare.ini"), work, f"{work}/card.txt"],
               "the bare machine's run")
    shutil.copy(os.path.join(kit, "cp67/usrvl1.ckd"), f"{work}/usrvl1.ckd")
    run([sys.executable, os.path.join(src, "s360_cp67_vio_guest.py"), f"{work}/dedguest.ckd", f"{work}/usrvl1.ckd", "41"],
        "laying the guest on the 191")
    cp = run([simmon, "s360", os.path.join(src, "s360_cp67_attach.ini"), kit, work, f"{work}/card.txt"], "the CP run")
    if "the guest is done" not in cp:
        fail("the operator's script did not end", cp)
    want = results(f"{work}/bare.log")
    got = results(f"{work}/cp.log")
    if len(want) < 10:
        fail(f"the bare machine's transcript has {len(want)} result lines", bare)
    if got != want:
        fail("the transcripts differ:\n  bare: " + "\n        ".join(want) + "\n  CP:   " + "\n        ".join(got))
    for line in want:
        print(f"{TEST}: {line}")
    print(f"{TEST}: passed: {len(want)} result lines equal on the bare machine and under CP")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
