#!/usr/bin/env python3
"""simmon without a terminal (stdin, stdout and stderr are pipes, as under a build system
or a shell script): SIGINT during a run stops the simulation as WRU does, the DO file ends
with "Interrupted (Ctrl-C)", and simmon exits normally with status 1 instead of dying of
the signal. SIGINT at a batch script that waits in a host-side loop ends it the same way.

usage: sigint_batch.py path/to/simmon
The time limits below only turn a hang into a failure; nothing is asserted about timing.
"""
import os
import signal
import subprocess
import sys
import tempfile
import time

LIMIT = 60.0


def run(simmon, script_text, scratch, name, expect, status=1):
    script = os.path.join(scratch, name)
    with open(script, "w") as f:
        f.write(script_text)
    proc = subprocess.Popen([simmon, "pdp11", script], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=scratch)
    time.sleep(1.0)  # let the run get going; the stop must come from the signal
    proc.send_signal(signal.SIGINT)
    try:
        out, _ = proc.communicate(timeout=LIMIT)
    except subprocess.TimeoutExpired:
        proc.kill()
        sys.exit("%s: simmon did not stop after SIGINT" % name)
    text = out.decode(errors="replace")
    if proc.returncode != status:
        sys.exit("%s: exit status %r (want %d, a clean exit); output:\n%s" % (name, proc.returncode, status, text))
    for e in expect:
        if e not in text:
            sys.exit("%s: no %r in the output:\n%s" % (name, e, text))


def main():
    simmon = os.path.abspath(sys.argv[1])
    scratch = tempfile.mkdtemp(prefix="simmon-sigint-")
    # MOV #340,@#177776; BR .  -- a guest loop that never ends by itself.
    run(simmon, "DEPOSIT 1000 012737\nDEPOSIT 1002 340\nDEPOSIT 1004 177776\nDEPOSIT 1006 777\n"
        "RUN 1000\nECHO not reached\n", scratch, "run.ini",
        ["Simulation stopped, PC: 001006", "Interrupted (Ctrl-C)"])
    run(simmon, ":top\nGOTO top\n", scratch, "loop.ini", ["Interrupted (Ctrl-C)"])
    # ON CONTROL_C: the handler runs instead of the DO files ending; here it exits with 3.
    run(simmon, "ON CONTROL_C ECHO handled; EXIT 3\nDEPOSIT 1000 000777\nRUN 1000\nECHO not reached\n",
        scratch, "handler.ini", ["Simulation stopped, PC: 001000", "handled"], status=3)
    # A handler that does not leave: the file goes on with its next line, in a nested DO too.
    with open(os.path.join(scratch, "inner.ini"), "w") as f:
        f.write("DEPOSIT 1000 000777\nRUN 1000\nECHO inner goes on\n")
    run(simmon, "ON CONTROL_C ECHO handled\nDO inner.ini\nECHO outer goes on\nEXIT 4\n",
        scratch, "nested.ini", ["handled", "inner goes on", "outer goes on"], status=4)
    print("SIGINT without a terminal stops the run and exits with status 1, or runs ON CONTROL_C")


if __name__ == "__main__":
    main()
