#!/bin/sh
# SHUTDOWN, then CP and CMS IPLed again (docs/cp67.md "Shutdown, warm and cold start"):
# three simmon runs on the same volumes in the current folder, each a new process (the
# disk images written out and read again), then the 1403's printouts.
#   1 (s360_cp67_persist_1.ini) cold: CMS files, spool files of every kind, SHUTDOWN while
#     a file prints on the 1403 and another is open
#   2 (_2.ini) warm: the CMS files byte for byte, the reader, the punch's file, and the
#     1403 prints the file it was printing at the shutdown again, whole, then the one the
#     shutdown closed
#   3 (_3.ini) cold: no spool files, the CMS files still there
#   s360_cp67_persist.sh <simmon> <e2e folder> <kit folder>
set -e
rm -f cpsys1.ckd usrvl1.ckd cp67persist1.1403.txt cp67persist.1403.txt
"$1" s360 "$2/s360_cp67_persist_1.ini" "$3"
"$1" s360 "$2/s360_cp67_persist_2.ini" "$3"
fail() { echo "s360_cp67_persist: $1"; cat cp67persist.1403.txt; exit 1; }
test -f cp67persist.1403.txt || fail "nothing printed after the warm start"
lines=$(grep -c . cp67persist.1403.txt)
# the S disk's TEXT files printed (50 lines), then NOTES FILE (2)
test "$lines" -eq 52 || fail "$lines lines printed after the warm start, 52 expected"
grep -q "GREETINGS FROM GREET" cp67persist.1403.txt || fail "the file the 1403 was printing at the shutdown is lost"
tail -2 cp67persist.1403.txt | tr -d '\r' > notes.txt
printf 'FIRST LINE OF THE NOTES\nSECOND LINE, KEPT\n' | cmp -s - notes.txt || fail "NOTES FILE's printout is not last, or not the file"
"$1" s360 "$2/s360_cp67_persist_3.ini" "$3"
rm -f cpsys1.ckd usrvl1.ckd notes.txt
echo "s360_cp67_persist: spool and CMS files kept across SHUTDOWN and a warm start; a cold start empties the spool"
