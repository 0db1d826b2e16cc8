"""What the e2e drivers that run simmon (or asm360, link360) to its end share: the run, its
output returned, and the test failed with the output's tail when the program exits non-zero
or does not end (simmon on a script with the kit folder, from the driver's arguments); a
SHOW CPU STATS block the operator's script printed, found in the output."""
import os
import re
import subprocess
import sys


def fail(test, message, out="", tail=4000):
    """Ends the test: shows the last `tail` characters of `out`, then the reason; exits 1."""
    if out:
        print(out[-tail:])
    print(f"{test}: FAILED: {message}")
    sys.exit(1)


def run(test, args, what, cwd=None, timeout=120, tail=3000):
    """Runs `args` (stdout and stderr together, no input) to its end and returns its output;
    fails the test when it exits non-zero or runs longer than `timeout` seconds."""
    try:
        proc = subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        fail(test, f"{what} did not end")
    out = proc.stdout.decode("latin-1")
    if proc.returncode != 0:
        fail(test, f"{what} exited {proc.returncode}", out, tail)
    return out


def run_script(test, usage, timeout=240):
    """For a driver called as `<simmon> <script> <kit folder> <work folder>`: simmon runs the
    script with the kit folder as its argument, in the work folder (made if need be); returns
    the output. Other arguments print `usage` and exit 2."""
    if len(sys.argv) != 5:
        print(usage)
        sys.exit(2)
    simmon, script, kit, work = (os.path.abspath(a) for a in sys.argv[1:])
    os.makedirs(work, exist_ok=True)
    return run(test, [simmon, "s360", script, kit], "simmon", cwd=work, timeout=timeout, tail=4000)


def cpu_stats_block(test, out, which):
    """The text of SHOW CPU STATS between the script's '=== SHOW CPU STATS which' and
    '=== end'; fails the test when there is none."""
    m = re.search(rf"=== SHOW CPU STATS {which}\r?\n(.*?)=== end", out, re.S)
    if not m:
        fail(test, f"no SHOW CPU STATS {which}", out)
    return m.group(1)
