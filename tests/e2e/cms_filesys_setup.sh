#!/bin/sh
# The disks of tests/e2e/cms_filesys.ini, made by cmsvol in FOLDER, and the host files
# cms_filesys_check.sh compares with; the S disk carries fstest as its nucleus (IPL 190).
#   cms_filesys_setup.sh CMSVOL FOLDER FSTEST-IMAGE
set -e
cmsvol=$1
image=$3
cd "$2"
rm -f fs-s.ckd fs-a.ckd fs-b.ckd
printf 'HELLO FROM THE S DISK\nA SECOND LINE OF HELLO EXEC\n' > hello.exec
i=1
while [ $i -le 1000 ]; do printf 'RECORD %04d\n' $i; i=$((i + 1)); done > big.data
printf 'SHORT\nA LONGER VARIABLE RECORD\nTHIRD\n' > var.data
"$cmsvol" create fs-s.ckd --model 2311 --cylinders 14 --nucleus-cylinders 4 --label CMS190
"$cmsvol" ipl fs-s.ckd "$image" --origin 200
"$cmsvol" add fs-s.ckd hello.exec HELLO EXEC S2
"$cmsvol" add fs-s.ckd big.data BIG DATA S2
"$cmsvol" add fs-s.ckd var.data VAR DATA S2 --recfm V
"$cmsvol" create fs-a.ckd --model 2314 --cylinders 5 --label CMS191
"$cmsvol" create fs-b.ckd --model 2311 --cylinders 1 --label SMALL
"$cmsvol" add fs-b.ckd hello.exec KEEP DATA B1
"$cmsvol" list fs-b.ckd > b.before
printf 'LINE ONE\nLINE 2 CHANGED\nLINE THREE\nLINE FOUR\n' > new.file.expected
printf 'V\nVV\nVVV\nVVVV\nVVVVV\n' > var.file.expected
