#!/usr/bin/env python3
"""A user logged off while its dedicated tape reads into its pages: the page frames fixed
for the channel come back to CP when the read ends (docs/cp67.md "Dedicated devices").

  s360_cp67_attach_leak.py <simmon> <asm360> <link360> <tests/e2e folder> <kit folder>
                           <CP build folder with psa.lst> <work folder>

s360_cp67_attach_leak.asm goes on the operator's 191 (as s360_cp67_vio_guest.sh lays its
guest); s360_cp67_attach_leak.ini has the operator ATTACH the real tape 181, IPL 191 and,
when the guest says READING (a 65,535-byte read running: sixteen pages fixed), press ATTN
twice and LOGOUT. CP's count of free frames (PSAFRMFR, its address from the assembler's
listing of the PSA) after the logoff and the read's end must equal the count at LOGON.
Before the fix VIOEND freed an orphaned program's CCW block without unfixing its pages,
and those frames were lost until CP was IPLed again.
"""
import os
import re
import shutil
import sys

import simmon_run

TEST = "s360-cp67-attach-leak"


def fail(message, output=""):
    simmon_run.fail(TEST, message, output, tail=3000)


def run(args, what):
    return simmon_run.run(TEST, args, what)


def main():
    if len(sys.argv) != 8:
        print(__doc__)
        return 2
    simmon, asm, link, src, kit, cpbuild, work = sys.argv[1:]
    listing = open(os.path.join(cpbuild, "psa.lst"), encoding="latin-1").read()
    m = re.search(r"^([0-9A-F]{6}) .*\+PSAFRMFR\s+DS\s+F", listing, re.M)
    if not m:
        fail("PSAFRMFR not found in psa.lst")
    address = int(m.group(1), 16)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    run([asm, os.path.join(src, "s360_cp67_attach_leak.asm"), "-o", f"{work}/leak.obj", "-l", f"{work}/leak.lst",
         "-I", os.path.join(src, "../../software-kits/s360/maclib")], "asm360")
    run([link, f"{work}/leak.obj", "--ckd", f"{work}/leak.ckd,2314,1"], "link360")
    shutil.copy(os.path.join(kit, "cp67/usrvl1.ckd"), f"{work}/usrvl1.ckd")
    run([sys.executable, os.path.join(src, "s360_cp67_vio_guest.py"), f"{work}/leak.ckd", f"{work}/usrvl1.ckd", "41"],
        "laying the guest on the 191")
    out = run([simmon, "s360", os.path.join(src, "s360_cp67_attach_leak.ini"), kit, work,
               f"{address:X}-{address + 3:X}"], "the CP run")
    if "LOGOFF AT" not in out or "READING" not in out or f"{TEST}: done" not in out:
        fail("the run did not log off in mid-read", out)
    counts = []
    for before in ("FRAMES FREE AT LOGON:", "FRAMES FREE AFTER THE LOGOFF:"):
        part = out[out.index(before):]
        found = re.findall(r"^[0-9A-F]+:\s+([0-9A-F]{2})\s*$", part, re.M)[:4]
        if len(found) != 4:
            fail(f"no EXAMINE of four bytes after {before!r}", out)
        counts.append(int("".join(found), 16))
    if counts[0] != counts[1]:
        fail(f"{counts[0]} frames free at LOGON, {counts[1]} after the logoff in mid-read: "
             f"{counts[0] - counts[1]} lost", out)
    print(f"{TEST}: passed: {counts[0]} frames free at LOGON and after the logoff in mid-read")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
