#!/bin/sh
# Records longer than the file commands' old buffers (tests/e2e/s360_cms_longrec.ini): a
# user disk made by cmsvol holding a variable file of 300-character records (past TYPE's
# and COMPARE's 256) and fixed files of 5000-byte records (past COPYFILE's, SORT's and
# DISK's 4096); the session, then on the host the copy, the sorted file and the file
# DISK LOAD made back, byte for byte. Then a second session on a machine whose storage ends
# 64K above the user area, where comparing two files of 40000-byte records needs more
# than there is: DMSCMP109S, while TYPE of one still works.
#   s360_cms_longrec.sh SIMMON CMSVOL KIT-FOLDER INI FOLDER
set -e
simmon=$1
cmsvol=$2
kit=$3
ini=$4
mkdir -p "$5"
cd "$5"
rm -f lr191.ckd lrsmall.ckd lr.punch *.got
fail() { echo "s360-cms-longrec: $*"; exit 1; }
rep() { awk -v c="$1" -v n="$2" 'BEGIN { s = ""; for (i = 0; i < n; i++) s = s c; printf "%s", s }'; }
{ rep X 299; echo Y; echo SHORT; } > long.data
{ rep X 299; echo Z; echo SHORT; } > long2.data
# BIG DATA: three 5000-byte records alike up to column 4500, keys in 4501-4503 (CCC, AAA,
# BBB), blanks after them (the fixed records' padding)
{ for k in CCC AAA BBB; do rep P 4500; echo "$k"; done; } > big.data
{ for k in AAA BBB CCC; do rep P 4500; echo "$k"; done; } > sorted.want
{ rep Q 39999; echo E; echo SHORT; } > huge.data
"$cmsvol" create lr191.ckd --model 2314 --cylinders 10 --label CMS191
"$cmsvol" add lr191.ckd long.data LONG DATA A1 --recfm V
"$cmsvol" add lr191.ckd long2.data LONG2 DATA A1 --recfm V
"$cmsvol" add lr191.ckd big.data BIG DATA A1 --recfm F --lrecl 5000
"$simmon" s360 "$ini" "$kit"
"$cmsvol" extract lr191.ckd COPY DATA copy.got
cmp -s copy.got big.data || fail "COPY DATA is not BIG DATA"
"$cmsvol" extract lr191.ckd SORTED DATA sorted.got
cmp -s sorted.got sorted.want || fail "SORTED DATA is not in the order of its keys"
"$cmsvol" extract lr191.ckd BACK DATA back.got
cmp -s back.got sorted.want || fail "BACK DATA (SORT's output renamed) is not sorted"
# the small machine: the user area's origin from the link map, as INIT finds it
"$cmsvol" create lrsmall.ckd --model 2314 --cylinders 10 --label SMALL1
"$cmsvol" add lrsmall.ckd huge.data HUGE DATA A1 --recfm V
"$cmsvol" add lrsmall.ckd huge.data HUGE2 DATA A1 --recfm V
nucend=$(awk '$1 == "NUCEND" { print $3 }' "$kit/cms/cms.map")
[ -n "$nucend" ] || fail "no NUCEND in $kit/cms/cms.map"
frames=$(( (0x$nucend + 7) / 8 * 8 + 24 * 160 ))
user=$(( (frames + 65535) / 65536 * 65536 ))
[ $user -ge 131072 ] || user=131072
"$simmon" s360 "$(dirname "$ini")/s360_cms_longrec_small.ini" "$kit" $(( user / 1024 + 64 ))K
echo "s360-cms-longrec: passed"
