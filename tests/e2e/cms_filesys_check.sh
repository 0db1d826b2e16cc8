#!/bin/sh
# What fstest left on its disks (tests/e2e/cms_filesys.ini), read on the host by cmsvol:
# NEW FILE, COPY DATA and VAR FILE on A as written, TEMP FILE gone, B holding KEEP DATA
# alone and whole after the file that filled it was given up, S unchanged.
#   cms_filesys_check.sh CMSVOL FOLDER
set -e
cmsvol=$1
cd "$2"
fail() { echo "cms-filesys-check: $*"; exit 1; }
"$cmsvol" extract fs-a.ckd NEW FILE new.file.got
cmp -s new.file.got new.file.expected || fail "NEW FILE A differs"
"$cmsvol" extract fs-a.ckd COPY DATA copy.data.got
cmp -s copy.data.got big.data || fail "COPY DATA A differs from BIG DATA"
"$cmsvol" extract fs-a.ckd VAR FILE var.file.got
cmp -s var.file.got var.file.expected || fail "VAR FILE A differs"
"$cmsvol" list fs-a.ckd > a.list
grep -q '^VAR      FILE     A1 V     5     5' a.list || fail "VAR FILE A is not V, longest 5, 5 records: $(cat a.list)"
grep -q '^NEW      FILE     A1 F    80     4     1 12/06/26 12:34' a.list || fail "NEW FILE A's entry: $(cat a.list)"
if grep -q TEMP a.list; then fail "TEMP FILE A is still there"; fi
[ "$(grep -c ' A1 ' a.list)" = 3 ] || fail "A should hold 3 files: $(cat a.list)"
"$cmsvol" list fs-b.ckd > b.list
[ "$(grep -c ' B1 ' b.list)" = 1 ] || fail "B should hold KEEP DATA alone: $(cat b.list)"
"$cmsvol" extract fs-b.ckd KEEP DATA keep.got
cmp -s keep.got hello.exec || fail "KEEP DATA B differs"
cmp -s b.list b.before || fail "B is not as it was before the file that filled it: $(cat b.list)"
"$cmsvol" extract fs-s.ckd BIG DATA big.got
cmp -s big.got big.data || fail "BIG DATA S changed"
echo "cms-filesys-check: passed"
