#!/bin/sh
# CMS in small machines (docs/machines/cms.md, "Storage").
#   s360_cms_small.sh SIMMON CMSVOL KIT-FOLDER INI-FOLDER FOLDER sizes|disks
# sizes: s360_cms_small.ini on a bare 360/67 of 256K and of 512K; both sessions must run
#   and their transcripts (the console logs, the ready messages' times left out) and
#   1403 outputs must be the same.
# disks: fourteen full 2314 CMS disks made by cmsvol, ACCESSed on a 192K machine by
#   s360_cms_small_disks.ini until free storage runs out: CMS's DMSACC109S, no abend;
#   after KX of nested EXECs and RELEASE of every disk, QUERY STORAGE as at IPL.
set -e
simmon=$1
cmsvol=$2
kit=$3
inis=$4
mkdir -p "$5"
cd "$5"
fail() { echo "s360-cms-small: $*"; exit 1; }
untimed() { sed -E 's/T=[0-9.]+\/[0-9.]+ [0-9.]+/T=/' "$1" | grep -v '^s360-cms-small'; }
case "$6" in
sizes)
    rm -f small191-*.ckd small-*.log small-*.1403.txt
    "$simmon" s360 "$inis/s360_cms_small.ini" "$kit" 256K
    "$simmon" s360 "$inis/s360_cms_small.ini" "$kit" 512K
    untimed small-256K.log > small-256K.masked
    untimed small-512K.log > small-512K.masked
    grep -q 'GREETINGS FROM GREET, BABBAGE!' small-256K.masked || fail "no transcript in small-256K.log"
    cmp -s small-256K.masked small-512K.masked || {
        diff small-256K.masked small-512K.masked
        fail "the 256K and 512K transcripts differ"
    }
    cmp -s small-256K.1403.txt small-512K.1403.txt || fail "the 256K and 512K 1403 outputs differ"
    test "$(grep -c GREET small-256K.1403.txt)" -eq 3 || fail "GREET did not print three times"
    echo "s360-cms-small: the same session on 256K and 512K"
    ;;
disks)
    rm -f full*.ckd small-disks.log
    for d in 191 192 193 194 195 196 197 230 231 232 233 234 235 236; do
        "$cmsvol" create full$d.ckd --model 2314 --cylinders 203 --label FUL$d --compressed
    done
    # EXECs of 200 lines (the most an EXEC may have) and of 201 on the first disk
    { echo '&CONTROL OFF'; echo '&I = 0'; i=3
      while [ $i -le 199 ]; do echo '&I = &I + 1'; i=$((i + 1)); done
      echo '&TYPE FULL &I'; } > full.exec
    { cat full.exec; echo '&TYPE ONE TOO MANY'; } > big.exec
    "$cmsvol" add full191.ckd full.exec FULL EXEC A1
    "$cmsvol" add full191.ckd big.exec BIG EXEC A1
    "$simmon" s360 "$inis/s360_cms_small_disks.ini" "$kit"
    grep -q 'DMSACC109S VIRTUAL STORAGE CAPACITY EXCEEDED' small-disks.log || fail "no DMSACC109S: the disks all fit"
    if grep -q 'DMSABN' small-disks.log; then fail "an abend"; fi
    grep '^STORAGE ' small-disks.log > small-disks.storage
    test "$(wc -l < small-disks.storage)" -eq 2 || fail "not two QUERY STORAGE lines"
    test "$(sed -n 1p small-disks.storage)" = "$(sed -n 2p small-disks.storage)" || {
        cat small-disks.storage
        fail "free storage is not all back after RELEASE and KX"
    }
    echo "s360-cms-small-disks: free storage ran out with CMS's message"
    ;;
*)
    echo "usage: s360_cms_small.sh SIMMON CMSVOL KIT-FOLDER INI-FOLDER FOLDER sizes|disks"
    exit 2
    ;;
esac
