#!/usr/bin/env python3
"""Record and replay (docs/scp.md, SET CONSOLE RECORD/REPLAY): UNIX V6 driven at a real
terminal (a pty) by keystrokes typed as a user types them, some ahead of the prompt, with
the session recorded; then the recording replayed in batch on fresh copies of the packs.
The guest's console output must be byte-identical and the instruction count the same.

usage: record_replay_v6.py path/to/simmon <folder with v6bin.rk v6src.rk v6doc.rk> <scratch>
A missing pack fails the test. The time limits only turn a hang into a failure; the
keystrokes arrive whenever the host delivers them, which is the point of the test.
"""
import os
import re
import shutil
import subprocess
import sys
import time

from simmon_pty import SimmonPty

LIMIT = 300.0  # seconds before a missing reply counts as a hang


def fail(message):
    sys.exit("record_replay_v6: " + message)


def fresh_packs(source, folder):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for pack in ("v6bin.rk", "v6src.rk", "v6doc.rk"):
        path = os.path.join(source, pack)
        if not os.path.isfile(path):
            fail("missing test data " + path)
        shutil.copyfile(path, os.path.join(folder, pack))


def setup_lines(packs, console_log):
    # The same machine and the same commands before the session in both runs.
    return ["SET CPU 11/40", "SET CPU 256K",
            "ATTACH RK0 %s/v6bin.rk" % packs, "ATTACH RK1 %s/v6src.rk" % packs,
            "ATTACH RK2 %s/v6doc.rk" % packs, "SET CONSOLE LOG=%s" % console_log]


def read_file(path):
    with open(path, "rb") as f:
        return f.read()


def record(simmon, scratch, packs, console_log, session_log):
    sim = SimmonPty(simmon, "pdp11", scratch, LIMIT, cwd=scratch, fail=fail)
    sim.expect(b"sim> ")
    for line in setup_lines(packs, console_log):
        sim.command(line)
    sim.command("SET CONSOLE RECORD=%s" % session_log)
    sim.write(b"BOOT RK0\r")
    sim.expect(b"@")
    sim.type_keys("rkunix\r")
    sim.expect(b"login: ")
    sim.type_keys("root\r")
    # UNIX flushes the terminal's input when login opens it; a key that arrives before
    # that (the host is busy and the guest runs slowly) is lost, and login asks again,
    # as it would a user, who types the name again. The replay reproduces either way.
    for _ in range(5):
        if sim.expect_any([b"# ", b"Name: ", b"login: "]) == b"# ":
            break
        sim.type_keys("root\r")
    else:
        fail("login did not take the name root in five tries")
    # Typed ahead: the second and third lines go in while the first is still running.
    sim.type_keys("ls -l /etc\r", 0.01)
    sim.type_keys("echo typed ahead\r", 0)
    sim.type_keys("date\r", 0)
    sim.expect(b"typed ahead")
    sim.expect(b"# ")
    sim.type_keys("cat /etc/passwd\r")
    sim.expect(b"root:")
    sim.expect(b"# ")
    time.sleep(0.3)  # the guest idles at its prompt for a while before the user stops it
    sim.write(b"\x05")
    sim.expect(b"Simulation stopped")
    sim.expect(b"sim> ")
    stats = sim.command("SHOW CPU STATS")
    match = re.search(rb"Instructions executed: (\d+)", stats)
    if not match:
        fail("SHOW CPU STATS said %r" % stats)
    sim.write(b"EXIT\r")
    sim.expect_clean_exit("the recording simmon")
    return int(match.group(1))


def replay(simmon, scratch, packs, console_log, session_log):
    script = os.path.join(scratch, "replay.ini")
    with open(script, "w") as f:
        f.write("ON ERROR GOTO fail\n")
        f.write("\n".join(setup_lines(packs, console_log)) + "\n")
        f.write("SET CONSOLE REPLAY=%s\n" % session_log)
        f.write("SET RUNLIMIT 2000M\n")
        f.write("BOOT RK0\n")
        f.write("SHOW CPU STATS\nEXIT 0\n:fail\nEXIT 1\n")
    run = subprocess.run([simmon, "pdp11", script], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, cwd=scratch, timeout=LIMIT)
    out = run.stdout.decode("latin-1")
    if run.returncode != 0:
        fail("the replay failed (status %d): %s" % (run.returncode, out[-600:]))
    match = re.search(r"Instructions executed: (\d+)", out)
    if not match or "Replay of" not in out:
        fail("the replay did not finish as a replay: %s" % out[-600:])
    return int(match.group(1))


def main():
    simmon, testdata, scratch = os.path.abspath(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3])
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    session_log = os.path.join(scratch, "session.log")
    fresh_packs(testdata, os.path.join(scratch, "record-packs"))
    recorded_count = record(simmon, scratch, os.path.join(scratch, "record-packs"),
                            os.path.join(scratch, "record-console.log"), session_log)
    text = read_file(session_log).decode("latin-1")
    events = text.count("\nevent ")
    if events < 40 or "\nend " not in text:
        fail("the session log has %d events and %s end line" % (events, "an" if "\nend " in text else "no"))

    fresh_packs(testdata, os.path.join(scratch, "replay-packs"))
    replayed_count = replay(simmon, scratch, os.path.join(scratch, "replay-packs"),
                            os.path.join(scratch, "replay-console.log"), session_log)

    recorded = read_file(os.path.join(scratch, "record-console.log"))
    replayed = read_file(os.path.join(scratch, "replay-console.log"))
    recorded_guest = recorded.split(b"\nSimulation stopped")[0]
    replayed_guest = replayed.split(b"\nReplay of")[0]
    for needle in (b"login: ", b"typed ahead", b"root:"):
        if needle not in recorded_guest:
            fail("the recorded console output lacks %r" % needle)
    if recorded_guest != replayed_guest:
        at = next((i for i, (a, b) in enumerate(zip(recorded_guest, replayed_guest)) if a != b),
                  min(len(recorded_guest), len(replayed_guest)))
        fail("console output differs at byte %d: recorded %r, replayed %r"
             % (at, recorded_guest[at:at + 60], replayed_guest[at:at + 60]))
    if recorded_count != replayed_count:
        fail("recorded %d instructions, replayed %d" % (recorded_count, replayed_count))
    print("record_replay_v6: %d input events, %d bytes of console output and %d instructions, the same twice"
          % (events, len(recorded_guest), recorded_count))


if __name__ == "__main__":
    main()
