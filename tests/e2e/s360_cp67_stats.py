#!/usr/bin/env python3
"""CP-67's QUERY STATS against simmon's SHOW CPU STATS: the same events, counted inside
and outside the control program, must agree.

  s360_cp67_stats.py <simmon> <s360_cp67_stats.ini> <kit folder> <work folder>

Runs simmon on the script (the operator's CMS at the 1052 does channel-program and
DIAGNOSE disk I/O, CP commands and an EXTERNAL; QUERY STATS in CP mode with CMS
stopped, SHOW CPU STATS before the virtual machine ran and right after QUERY STATS).
The operator is the only user, so CP's counts for it must equal the simulator's
differences: privileged operations trapped in problem state by opcode (CP's OTHER: the
opcodes it has no name for), DIAGNOSE by code (CP counts a code by code / 4, and codes
X'FC' up together), page faults (translation exceptions, segment and page) and SVC
interruptions (CP reflects every one; it issues none). Every privileged-operation trap is
a program check 02. Prints the figures; any difference fails.
"""
import re

import simmon_run

TEST = "s360-cp67-stats"

# QUERY STATS' names for the privileged operations it counts by opcode (vm/privop.asm).
CP_OPCODES = {"SSM": 0x80, "LPSW": 0x82, "SSK": 0x08, "ISK": 0x09, "SIO": 0x9C, "TIO": 0x9D,
              "HIO": 0x9E, "TCH": 0x9F, "DIAG": 0x83, "LMC": 0xB8, "STMC": 0xB0, "LRA": 0xB1}


def fail(message, out=""):
    simmon_run.fail(TEST, message, out)


def show_block(out, which):
    """SHOW CPU STATS between '=== SHOW CPU STATS which' and '=== end', parsed."""
    text = simmon_run.cpu_stats_block(TEST, out, which)
    stats = {"priv": {}, "diag": {}, "pgm": {}}
    for op, n in re.findall(r"Privileged op ([0-9A-F]{2}):\s+(\d+) in problem state", text):
        stats["priv"][int(op, 16)] = int(n)
    for code, n in re.findall(r"DIAGNOSE ([0-9A-F]{3}):\s+(\d+)", text):
        stats["diag"][int(code, 16)] = int(n)
    for code, n in re.findall(r"Program check ([0-9A-F]{2}):\s+(\d+)", text):
        stats["pgm"][int(code, 16)] = int(n)
    t = re.search(r"Translation exceptions: (\d+) segment, (\d+) page", text)
    i = re.search(r"Interruptions:\s+(\d+) SVC, (\d+) external, (\d+) I/O", text)
    if not t or not i:
        fail(f"SHOW CPU STATS {which} lacks its translation or interruption line", out)
    stats["faults"] = int(t.group(1)) + int(t.group(2))
    stats["svc"] = int(i.group(1))
    return stats


def query_stats(out):
    """QUERY STATS' four lines for the operator, parsed."""
    m = re.search(r"query stats\r\n(OPERATOR PRIVOPS:.*?)\r\n\s+DIAGNOSE:(.*?)\r\n(.*?)\r\n(.*?PGM INTS=\d+)",
                  out, re.S)
    if not m:
        fail("no QUERY STATS", out)
    priv = {name: int(n) for name, n in re.findall(r"(\w+)=(\d+)", m.group(1))}
    diag = {} if "NONE" in m.group(2) else {int(c, 16): int(n) for c, n in re.findall(r"([0-9A-F]{2})=(\d+)", m.group(2))}
    other = {name.strip(): int(n) for name, n in re.findall(r"([A-Z/ ]+?)=(\d+)", m.group(3) + " " + m.group(4))}
    return priv, diag, other


def main():
    out = simmon_run.run_script(TEST, __doc__)
    before, after = show_block(out, "before"), show_block(out, "after")
    priv, diag, other = query_stats(out)

    def delta(kind, key):
        return after[kind].get(key, 0) - before[kind].get(key, 0)

    errors = []
    # Privileged operations by opcode; OTHER is every trapped opcode CP has no name for.
    named = {op for name, op in CP_OPCODES.items() if name not in ("LMC", "STMC", "LRA")}
    for name, op in CP_OPCODES.items():
        if name in ("LMC", "STMC", "LRA"):
            continue  # CP simulates none of them: counted as OTHER
        if priv.get(name) != delta("priv", op):
            errors.append(f"{name} (op {op:02X}): CP {priv.get(name)}, simulator {delta('priv', op)}")
    sim_other = sum(delta("priv", op) for op in set(before["priv"]) | set(after["priv"]) if op not in named)
    cp_other = priv.get("OTHER", 0) + priv.get("LMC", 0) + priv.get("STMC", 0) + priv.get("LRA", 0)
    if cp_other != sim_other:
        errors.append(f"OTHER: CP {cp_other}, simulator {sim_other}")
    # Every trap is a program check 02, and nothing else makes one in this run.
    traps = sum(delta("priv", op) for op in set(after["priv"]))
    if delta("pgm", 2) != traps:
        errors.append(f"program checks 02: {delta('pgm', 2)}, privileged-operation traps {traps}")
    # DIAGNOSE by code (CP's slots: code / 4, the last for X'FC' and above).
    sim_diag = {}
    for code in set(before["diag"]) | set(after["diag"]):
        slot = min(code // 4, 63) * 4
        sim_diag[slot] = sim_diag.get(slot, 0) + delta("diag", code)
    sim_diag = {k: v for k, v in sim_diag.items() if v}
    if diag != sim_diag:
        errors.append(f"DIAGNOSE by code: CP {diag}, simulator {sim_diag}")
    if sum(diag.values()) != priv.get("DIAG"):
        errors.append(f"DIAGNOSE: {sum(diag.values())} by code, {priv.get('DIAG')} trapped")
    faults = after["faults"] - before["faults"]
    if other.get("PAGE FAULTS") != faults:
        errors.append(f"page faults: CP {other.get('PAGE FAULTS')}, simulator {faults} translation exceptions")
    svcs = after["svc"] - before["svc"]
    if other.get("SVC INTS") != svcs:
        errors.append(f"SVC: CP {other.get('SVC INTS')} reflected, simulator {svcs} interruptions")
    # The run must have exercised what it compares.
    for name in ("SSM", "LPSW", "SIO", "DIAG"):
        if not priv.get(name):
            errors.append(f"the run trapped no {name}")
    if len(diag) < 3 or not other.get("CCWS"):
        errors.append(f"the run gave too few DIAGNOSE codes or no CCWs: {diag} {other}")
    if errors:
        fail("; ".join(errors), out)
    print(f"{TEST}: CP's QUERY STATS and SHOW CPU STATS agree:")
    print("  privileged operations: " + " ".join(f"{n}={priv[n]}" for n in priv))
    print("  DIAGNOSE: " + " ".join(f"{c:02X}={n}" for c, n in sorted(diag.items())))
    print(f"  page faults={faults} SVC={svcs}; CP alone: " + " ".join(f"{k}={v}" for k, v in other.items()
                                                                       if k not in ("PAGE FAULTS", "SVC INTS")))


main()
