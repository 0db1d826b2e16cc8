#!/bin/sh
# s360_cp67_vio_cms.ini under simmon, then the real 1403's output: the virtual printer's
# file (PRINTF of CMS EXEC, LISTF's list of the S disk: 4 lines) printed after LOGOUT
# closed it.
#   s360_cp67_vio_cms.sh <simmon> <ini> <kit folder>
set -e
"$1" s360 "$2" "$3"
test -f cp67vio.1403.txt || { echo "s360_cp67_vio_cms: no 1403 output"; exit 1; }
lines=$(grep -c . cp67vio.1403.txt)
grep -q "SHOWFILE TEXT" cp67vio.1403.txt || { echo "s360_cp67_vio_cms: the file is not on the 1403"; cat cp67vio.1403.txt; exit 1; }
test "$lines" -eq 4 || { echo "s360_cp67_vio_cms: $lines lines printed, 4 expected"; cat cp67vio.1403.txt; exit 1; }
echo "s360_cp67_vio_cms: the print file came out on the real 1403 ($lines lines)"
