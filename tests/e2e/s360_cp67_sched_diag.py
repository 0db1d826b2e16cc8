#!/usr/bin/env python3
"""The same CMS work under CP-67 with DIAGNOSE X'18' disk I/O and with channel programs.

  s360_cp67_sched_diag.py <simmon> <s360_cp67_sched_diag.ini> <kit folder> <work folder>

Runs simmon on the script twice (each in a folder of its own); each time USER1 calls the
2703 over telnet, logs in, IPLs CMS and types SET DIAG ON, or SET DIAG OFF, then the work
while the operator's script takes the simulator's counts before and after. The two
transcripts of the work (FORMAT, LISTF (EXEC), COPYFILE, LISTF, TYPE, a
program, ERASE) must be the same, apart from the ready message's timing fields; the DIAG run's
disk I/O must have been DIAGNOSE X'18' (and no SIO to the disks' virtual devices beyond
the console's), the other's SIO with no DIAGNOSE X'18'. Prints, for each: the
simulator's counts of the work (SHOW CPU STATS: problem-state and supervisor
instructions, privileged operations trapped, DIAGNOSE X'18', SIOs CP issued to the real
disks) and CP's (QUERY STATS: CCWs translated, its privileged-operation counts; QUERY TIME:
the virtual machine's CPU time).
"""
import os
import re
import select
import sys
import time

import simmon_run
from cp67_terminal_session import call, logon_cms, start_cp, output_after_shutdown
from telnet_terminal import fail as fail_test

TEST = "s360-cp67-sched-diag"


def fail(message, out=""):
    simmon_run.fail(TEST, message, out)


def show_block(out, which):
    text = simmon_run.cpu_stats_block(TEST, out, which)
    stats = {}
    sup = re.search(r"Supervisor state:\s+(\d+) \(translation off\), (\d+) \(on\)", text)
    prob = re.search(r"Problem state:\s+(\d+) \(translation off\), (\d+) \(on\)", text)
    if not sup or not prob:
        fail(f"SHOW CPU STATS {which} lacks the state lines", out)
    stats["supervisor"] = int(sup.group(1)) + int(sup.group(2))
    stats["problem"] = int(prob.group(1)) + int(prob.group(2))
    stats["priv"] = sum(int(n) for n in re.findall(r"Privileged op [0-9A-F]{2}:\s+(\d+) in problem state", text))
    sio = re.search(r"Privileged op 9C:\s+(\d+)", text)
    stats["sio"] = int(sio.group(1)) if sio else 0
    d18 = re.search(r"DIAGNOSE 018:\s+(\d+)", text)
    stats["diag18"] = int(d18.group(1)) if d18 else 0
    stats["real_disk_sio"] = sum(int(n) for dev, n in re.findall(r"SIO (23[0-7]):\s+(\d+)", text))
    return stats


def ready(term, want="R;"):
    """Waits for `want` and the rest of its line (the ready message's timing fields)."""
    term.read_until(want)
    start = term.text.index(want)
    while "\n" not in term.text[start:]:
        more = term.sock.recv(4096) if wait_readable(term) else b""
        term.text += "".join(chr(b) for b in more if b < 0xF0)
    return term.text


def wait_readable(term):
    if time.time() > term.deadline:
        raise TimeoutError(f"no end of line in {term.text!r}")
    ready_list, _, _ = select.select([term.sock], [], [], 0.5)
    return bool(ready_list)


def work(term, line, want="R;"):
    """Types a line once CMS has had time to put up its read (a line typed before that
    is an attention), and waits for `want` and the end of its line."""
    time.sleep(0.3)
    term.text = ""
    t0 = time.time()
    term.type(line)
    text = ready(term, want)
    if os.environ.get("SCHED_DIAG_TRACE"):
        print(f"  {time.time() - t0:6.2f} s wall: {line}")
    return text


def run(simmon, script, kit, work_dir, mode):
    folder = os.path.join(work_dir, mode.lower())
    os.makedirs(folder, exist_ok=True)
    proc, port = start_cp(simmon, script, kit, folder)
    deadline = time.time() + 120
    lines = []
    try:
        a = call(TEST, port, proc, deadline)
        logon_cms(a, "user1", "pass1")
        work(a, f"set diag {mode.lower()}")
        work(a, "cp msg operator start")
        # The work, its transcript kept.
        lines.append(work(a, "format 191 a", "(YES|NO):"))
        lines.append(work(a, "yes", "ENTER DISK LABEL:"))
        lines.append(work(a, "work01"))
        lines.append(work(a, "edit notes data", "EDIT:"))
        lines.append(work(a, "", "INPUT:"))
        for text in ("first line of the notes", "second line", "the third and last"):
            lines.append(work(a, text, text))
        lines.append(work(a, "", "EDIT:"))
        lines.append(work(a, "file"))
        for line in ("copyfile notes data a copy data a", "listf * * a", "type copy data a",
                     "load greet (start", "erase notes data a", "listf * * a"):
            lines.append(work(a, line))
        stats = work(a, "cp query stats", "PGM INTS=")
        qtime = work(a, "cp query time", "TOTCPU=")
        time.sleep(0.3)
        a.text = ""
        a.type("cp msg operator done")
        a.read_until("SYSTEM SHUTDOWN")
    except (TimeoutError, OSError) as e:
        fail_test(TEST, f"SET DIAG {mode}: {e}", proc)
    out = output_after_shutdown(TEST, proc, deadline, what=f"SET DIAG {mode}: ")
    # The ready message's timing fields (R; T=virtual/total hh.mm.ss) differ by design.
    transcript = re.sub(r"R; T=[0-9.]+/[0-9.]+ [0-9.]+", "R;", "".join(lines))
    before, after = show_block(out, "before"), show_block(out, "after")
    delta = {k: after[k] - before[k] for k in before}
    delta["problem_total"] = after["problem"]
    q = re.search(r"(USER1 +PRIVOPS:.*?PGM INTS=\d+)", stats, re.S)
    if not q:
        fail(f"SET DIAG {mode}: no QUERY STATS in {stats!r}")
    cp = [line.strip() for line in q.group(1).split("\r\n")]
    t = re.search(r"VIRTCPU=\s*([0-9:.]+) TOTCPU=\s*([0-9:.]+)", qtime)
    times = (t.group(1), t.group(2)) if t else ("?", "?")
    return transcript, delta, cp, times


def main():
    if len(sys.argv) != 5:
        print(__doc__)
        sys.exit(2)
    simmon, script, kit, work = (os.path.abspath(a) for a in sys.argv[1:])
    runs = {mode: run(simmon, script, kit, work, mode) for mode in ("ON", "OFF")}
    errors = []
    t_on, t_off = runs["ON"][0], runs["OFF"][0]
    if t_on != t_off:
        print("--- SET DIAG ON\n" + t_on + "--- SET DIAG OFF\n" + t_off)
        errors.append("the transcripts differ")
    for needed in ("GREETINGS FROM GREET, WORLD!", "NOTES    DATA     A1", "COPY     DATA     A1",
                   "second line", "FORMATTED ON DISK 'A(191)'"):
        if needed not in t_on:
            errors.append(f"the transcript lacks {needed!r}")
    on, off = runs["ON"][1], runs["OFF"][1]
    if on["diag18"] == 0:
        errors.append("SET DIAG ON: no DIAGNOSE X'18'")
    if off["diag18"] != 0:
        errors.append(f"SET DIAG OFF: {off['diag18']} DIAGNOSE X'18'")
    if off["sio"] <= on["sio"]:
        errors.append(f"SET DIAG OFF: {off['sio']} SIOs, not more than SET DIAG ON's {on['sio']}")
    print(f"{TEST}: the same CMS work with DIAGNOSE X'18' and with channel programs")
    print(f"  transcripts: equal ({len(t_on.splitlines())} lines)" if t_on == t_off else "  transcripts: DIFFER")
    for mode in ("ON", "OFF"):
        _, d, cp, times = runs[mode]
        print(f"  SET DIAG {mode:3}: problem state {d['problem']:,} instructions, supervisor (CP) "
              f"{d['supervisor']:,}; privileged ops trapped {d['priv']:,} (SIO {d['sio']:,}), "
              f"DIAGNOSE X'18' {d['diag18']:,}; CP's SIOs to the real disks {d['real_disk_sio']:,}")
        print(f"               CP's QUERY TIME: VIRTCPU={times[0]} TOTCPU={times[1]}; QUERY STATS:")
        for line in cp:
            print(f"                 {line}")
    if os.environ.get("SCHED_DIAG_TRACE"):
        print(t_on)
    # VIRTCPU (the interval timer's units the guest ran, QUERY TIME) against the problem-state
    # instructions the simulator counted, 1 us each: USER1 is the only virtual machine that
    # ran. The timer steps 1/300 s at a time, so only the sum can agree, within a few ticks.
    for mode in ("ON", "OFF"):
        _, d, _, times = runs[mode]
        m = re.match(r"(\d+):(\d+\.\d+)", times[0])
        virt = int(m.group(1)) * 60 + float(m.group(2)) if m else -1.0
        instr = d["problem_total"] / 1e6
        print(f"  SET DIAG {mode:3}: VIRTCPU {virt:.2f} s, the simulator's problem-state instructions "
              f"{d['problem_total']:,} = {instr:.3f} s")
        if abs(virt - instr) > 0.1 * instr + 0.02:
            errors.append(f"SET DIAG {mode}: VIRTCPU {virt:.2f} s against {instr:.3f} s of problem-state instructions")
    if errors:
        fail("; ".join(errors))


main()
