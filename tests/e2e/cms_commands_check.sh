#!/bin/sh
# What the CMS session of tests/e2e/cms_commands.ini left, read on the host by cmsvol:
# COPY FILE on the formatted user disk as copied, YOUR FILE erased, the small disk as it
# was before the copy that found it full, the 1403's listing and the deck read back.   cms_commands_check.sh CMSVOL FOLDER
set -e
cmsvol=$1
cd "$2"
fail() { echo "cms-commands-check: $*"; exit 1; }
"$cmsvol" list cmds-191.ckd > user.list || fail "the user disk is not a CMS disk"
grep -q '^LABEL USER01' user.list || fail "the label is not USER01: $(cat user.list)"
"$cmsvol" extract cmds-191.ckd COPY FILE copy.got
cmp -s copy.got sample.file || fail "COPY FILE A differs from SAMPLE FILE S"
if grep -q '^YOUR' user.list; then fail "YOUR FILE A was not erased"; fi
"$cmsvol" list cmds-small.ckd > small.after
cmp -s small.after small.before || fail "the full disk changed: $(cat small.after)"
cmp -s cmds.1403.txt sample.file || fail "the 1403 did not print COPY FILE: $(cat cmds.1403.txt)"
"$cmsvol" extract cmds-191.ckd CARDS DATA cards.got
cmp -s cards.got sample.file || fail "CARDS DATA (the punched deck read back) differs"
echo "cms-commands-check: passed"
