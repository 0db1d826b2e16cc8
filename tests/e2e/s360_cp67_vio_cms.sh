#!/bin/sh
# s360_cp67_vio_cms.ini under simmon, then the real 1403's output: the virtual printer's
# file (PRINTF of the S disk's four TEXT files: 50 cards, two spool blocks) printed after
# LOGOUT closed it.
#   s360_cp67_vio_cms.sh <simmon> <ini> <kit folder>
set -e
"$1" s360 "$2" "$3"
test -f cp67vio.1403.txt || { echo "s360_cp67_vio_cms: no 1403 output"; exit 1; }
lines=$(grep -c . cp67vio.1403.txt)
grep -q "GREETINGS FROM GREET" cp67vio.1403.txt || { echo "s360_cp67_vio_cms: the file is not on the 1403"; cat cp67vio.1403.txt; exit 1; }
test "$lines" -eq 50 || { echo "s360_cp67_vio_cms: $lines lines printed, 50 expected"; cat cp67vio.1403.txt; exit 1; }
echo "s360_cp67_vio_cms: the print file came out on the real 1403 ($lines lines)"
