#!/usr/bin/env python3
"""software-kits/pdp11/unix-v6.ini run as the README shows it, without a scratch folder:
UNIX V6 boots from copies of the packs that go to $TMPDIR, not the current directory (a
checkout), and the copies are gone afterwards.

usage: unix_v6_scratch.py path/to/simmon path/to/unix-v6.ini path/to/testdata/pdp11
"""
import os
import subprocess
import sys
import tempfile


def main():
    simmon, kit, data = (os.path.abspath(a) for a in sys.argv[1:4])
    for pack in ("v6bin.rk", "v6src.rk", "v6doc.rk"):
        if not os.path.isfile(os.path.join(data, pack)):
            sys.exit("test data missing: %s" % os.path.join(data, pack))
    cwd = tempfile.mkdtemp(prefix="simmon-v6-cwd-")
    tmp = tempfile.mkdtemp(prefix="simmon-v6-tmp-")
    env = dict(os.environ, TMPDIR=tmp)
    proc = subprocess.run([simmon, "pdp11", kit, data], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
    out = proc.stdout.decode(errors="replace")
    if proc.returncode != 0 or "booted, logged in as root" not in out:
        sys.exit("unix-v6.ini failed (status %d):\n%s" % (proc.returncode, out[-2000:]))
    left = os.listdir(cwd)
    if left:
        sys.exit("scratch left in the current directory: %r" % left)
    left = os.listdir(tmp)
    if left:
        sys.exit("scratch left in $TMPDIR: %r" % left)
    os.rmdir(cwd)
    os.rmdir(tmp)
    print("unix-v6.ini leaves no scratch behind")


if __name__ == "__main__":
    main()
