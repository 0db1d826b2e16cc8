#!/bin/sh
# EDIT, the CMS context editor (tests/e2e/cms_edit.ini): the session on simmon with a new,
# empty user disk (FORMAT makes it a CMS disk), then on the host, read by cmsvol: PROG
# ASSEMBLE as EDIT wrote it (80-byte records, sequence numbers in 73-80), HELLO EXEC (no
# sequence numbers) and no work file EDIT CMSUT1 left behind. Then EDIT's storage
# (cms_edit_storage.ini, beside the first) on a machine whose storage ends 64K above the
# user area, room for 711 lines of 80, with a disk cmsvol makes holding a file too large
# to edit and one that fills the storage. The user area's origin is worked out from the
# nucleus's link map as INIT does it (nucleus/init.asm: the next 64K boundary above
# NUCEND and 24 SVC 202 frames of 160 bytes, X'20000' at least).
#   cms_edit.sh SIMMON CMSVOL KIT-FOLDER INI FOLDER
set -e
simmon=$1
cmsvol=$2
kit=$3
ini=$4
mkdir -p "$5"
cd "$5"
rm -f edit191.ckd edstor191.ckd prog.got hello.got full.got
"$simmon" s360 "$ini" "$kit"
fail() { echo "cms-edit: $*"; exit 1; }
"$cmsvol" list edit191.ckd > edit.list || fail "the user disk is not a CMS disk"
if grep -q '^EDIT *CMSUT1' edit.list; then fail "EDIT CMSUT1 was left on the disk"; fi
"$cmsvol" extract edit191.ckd PROG ASSEMBLE prog.got
printf '%-72s%s\n' 'PROG     CSECT' PRO00010 '         USING PROG,15' PRO00020 \
    '         LA    15,4' PRO00030 '         BR    14' PRO00040 '         END   PROG' PRO00050 > prog.want
cmp -s prog.got prog.want || fail "PROG ASSEMBLE differs: $(cat prog.got)"
"$cmsvol" extract edit191.ckd HELLO EXEC hello.got
printf '&TYPE HELL0 FR0M AN EXEC\n&TYPE      TABBED T0 12\n&TYPE ALL DONE\n' > hello.want
cmp -s hello.got hello.want || fail "HELLO EXEC differs: $(cat hello.got)"
i=1
while [ $i -le 720 ]; do printf 'BIG RECORD %04d\n' $i; i=$((i + 1)); done > big.data
i=1
while [ $i -le 711 ]; do printf 'FULL RECORD %04d\n' $i; i=$((i + 1)); done > full.data
"$cmsvol" create edstor191.ckd --model 2314 --cylinders 5 --label EDSTOR
"$cmsvol" add edstor191.ckd big.data BIG DATA A1
"$cmsvol" add edstor191.ckd full.data FULL DATA A1
nucend=$(awk '$1 == "NUCEND" { print $3 }' "$kit/cms/cms.map")
[ -n "$nucend" ] || fail "no NUCEND in $kit/cms/cms.map"
frames=$(( (0x$nucend + 7) / 8 * 8 + 24 * 160 ))
user=$(( (frames + 65535) / 65536 * 65536 ))
[ $user -ge 131072 ] || user=131072
"$simmon" s360 "$(dirname "$ini")/cms_edit_storage.ini" "$kit" $(( user / 1024 + 64 ))K
"$cmsvol" extract edstor191.ckd BIG DATA big.got
cmp -s big.got big.data || fail "BIG DATA changed"
"$cmsvol" extract edstor191.ckd FULL DATA full.got
{ head -n 709 full.data; echo 'FULL RECORD 0711'; echo 'A NEW LAST LINE'; } > full.want
cmp -s full.got full.want || fail "FULL DATA is not as edited"
echo "cms-edit: passed"
