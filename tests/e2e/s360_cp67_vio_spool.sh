#!/bin/sh
# s360_cp67_vio_spool.ini under simmon, then the 1403's output after the warm start: the
# print file the first start could not print (PRINTF of GREET TEXT S: 12 cards).
#   s360_cp67_vio_spool.sh <simmon> <ini> <kit folder>
set -e
rm -f cp67spool.1403.txt
"$1" s360 "$2" "$3"
test -f cp67spool.1403.txt || { echo "s360_cp67_vio_spool: no 1403 output"; exit 1; }
lines=$(grep -c . cp67spool.1403.txt)
grep -q "GREETINGS FROM GREET" cp67spool.1403.txt || { echo "s360_cp67_vio_spool: the file is not on the 1403"; cat cp67spool.1403.txt; exit 1; }
test "$lines" -eq 12 || { echo "s360_cp67_vio_spool: $lines lines printed, 12 expected"; cat cp67spool.1403.txt; exit 1; }
echo "s360_cp67_vio_spool: the file kept across the warm start came out on the 1403 ($lines lines)"
