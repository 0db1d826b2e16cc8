#!/usr/bin/env python3
"""SIMH scripts from the wild (../shared/testdata/pdp11/simh-scripts) run on simmon unchanged.

Each script runs through the real simmon, as a user would run it, from a scratch working
directory: the scripts attach their images by relative path, so those names land there
(ATTACH creates a missing image empty, as SIMH does), and nothing in the script is edited.
A wrapper DO file sets a run limit, so that the script's final BOOT ends, and SET NOON, so
that every line is tried rather than only the first refusal; after the script it shows the
CPU, so the test can check that the options a script set were applied.

A command may be refused only when it names hardware simmon lists as not modelled (the
message says "not modelled (yet)", and docs/machines/pdp11.md lists the device), or when
SIMH itself refuses it (KNOWN_SIMH_REFUSALS, with the reason). Missing test data fails.
"""
import os
import re
import subprocess
import sys
import tempfile

# Lines SIMH refuses as well: script name, line number, why.
KNOWN_SIMH_REFUSALS = {
    ("unibone__multiarb__test.simh_pdp11", 30): "SET STDIO: SIMH has no device or SET option STDIO either",
}


def main():
    simmon, scripts_dir, pdp11_doc = sys.argv[1:4]
    simmon = os.path.abspath(simmon)
    if not os.path.isdir(scripts_dir):
        print(f"FAIL: test data missing: {scripts_dir}")
        return 1
    scripts = sorted(f for f in os.listdir(scripts_dir) if not f.lower().startswith("readme"))
    if not scripts:
        print(f"FAIL: no scripts in {scripts_dir}")
        return 1
    doc = open(pdp11_doc, encoding="utf-8").read()
    not_modelled_section = doc[doc.find("## Not modelled"):]
    failures = []
    for name in scripts:
        path = os.path.join(scripts_dir, name)
        with tempfile.TemporaryDirectory(prefix="simh-script-") as scratch:
            wrapper = os.path.join(scratch, "wrapper.do")
            with open(wrapper, "w") as w:
                w.write('SET RUNLIMIT 2M\nSET NOON\nDO "%s"\nECHO ==== after the script\nSHOW CPU\n' % path)
            try:
                run = subprocess.run([simmon, "pdp11", wrapper], cwd=scratch, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
            except subprocess.TimeoutExpired:
                failures.append(f"{name}: simmon did not finish in 120 s")
                continue
        out = run.stdout.decode("utf-8", "replace")
        if run.returncode != 0:
            failures.append(f"{name}: simmon exited with status {run.returncode}")
        refused = 0
        for m in re.finditer(r"^(?:.*/)?" + re.escape(name) + r":(\d+): (.*)$", out, re.M):
            line, message = int(m.group(1)), m.group(2)
            if (name, line) in KNOWN_SIMH_REFUSALS:
                continue
            hw = re.match(r"(?:SET \S+ \S+: )?(.*) is not modelled \(yet\)", message)
            if not hw:
                failures.append(f"{name}:{line}: refused: {message}")
                continue
            refused += 1
            unit = re.match(r"(\w+): ", message)
            named = unit.group(1).rstrip("0123456789") if unit else None
            model = re.search(r"PDP-11/(\w+)", message)
            if model and f"11/{model.group(1)}" not in not_modelled_section:
                failures.append(f"{name}:{line}: 11/{model.group(1)} is not listed in {pdp11_doc}")
            elif not model and named and f"`{named}`" not in not_modelled_section:
                failures.append(f"{name}:{line}: {named} is not listed as not modelled in {pdp11_doc}")
        # What the script set of the CPU is what the machine has afterwards.
        after = out[out.find("==== after the script"):]
        text = open(path, encoding="utf-8", errors="replace").read()
        for cpu in re.finditer(r"^\s*set\s+cpu\s+(.*)$", text, re.I | re.M):
            options = [o.upper() for o in re.split(r"[\s,]+", cpu.group(1).split(";")[0].strip()) if o]
            models = [o for o in options if o.startswith("11/")]
            if models and models[-1] in ("11/34", "11/40", "11/45", "11/70") and f"{models[-1]}," not in after:
                failures.append(f"{name}: SET CPU {models[-1]} was not applied: {after.strip()}")
            if "FPP" in options and models and models[-1] in ("11/34", "11/45", "11/70") and " FPP," not in after:
                failures.append(f"{name}: SET CPU FPP was not applied: {after.strip()}")
        print(f"{name}: {'ok' if run.returncode == 0 else 'FAILED'}, {refused} refusal(s) of hardware not modelled")
    for f in failures:
        print("FAIL: " + f)
    print(f"{len(scripts)} scripts, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
