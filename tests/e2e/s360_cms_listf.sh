#!/bin/sh
# LISTF's options and PRINTF's carriage control (tests/e2e/s360_cms_listf.ini): a CMS
# user disk made by cmsvol, the session on simmon, then on the host CMS EXEC as LISTF
# wrote it and the 1403's file PRINTF (CC) made of PAGE LISTING's ASA characters.
#   s360_cms_listf.sh SIMMON CMSVOL KIT-FOLDER INI FOLDER
set -e
simmon=$1
cmsvol=$2
kit=$3
ini=$4
mkdir -p "$5"
cd "$5"
rm -f lf191.ckd lf.1403.txt cmsexec.got
printf 'ALPHA ONE\nALPHA TWO\n' > alpha.data
printf 'BETA\n' > beta.data
printf '1TITLE LINE\n FIRST\n0DOUBLE SPACED\n-TRIPLE SPACED\n+___\n LAST\n' > page.listing
"$cmsvol" create lf191.ckd --model 2314 --cylinders 5 --label CMS191
"$cmsvol" add lf191.ckd alpha.data ALPHA DATA A1
"$cmsvol" add lf191.ckd beta.data BETA DATA A2
"$cmsvol" add lf191.ckd page.listing PAGE LISTING A1
"$simmon" s360 "$ini" "$kit"
fail() { echo "s360-cms-listf: $*"; exit 1; }
"$cmsvol" extract lf191.ckd CMS EXEC cmsexec.got
printf '&1 &2 ALPHA    DATA     A1\n&1 &2 BETA     DATA     A2\n&1 &2 PAGE     LISTING  A1\n' > cmsexec.want
cmp -s cmsexec.got cmsexec.want || fail "CMS EXEC is not as LISTF wrote it: $(cat cmsexec.got)"
if "$cmsvol" list lf191.ckd | grep -q '^LISTF *CMSUT1'; then fail "LISTF CMSUT1 was left on the disk"; fi
printf '\fTITLE LINE\nFIRST\n\nDOUBLE SPACED\n\n\n___PLE SPACED\nLAST\n' > print.want
cmp -s lf.1403.txt print.want || fail "the 1403's file is not PAGE LISTING's carriage control: $(od -c lf.1403.txt | head)"
echo "s360-cms-listf: passed"
