#!/bin/sh
# EDIT's line numbers, =, ?, OVERLAY and GETFILE (tests/e2e/s360_cms_edlines.ini): a CMS
# user disk made by cmsvol holding SOURCE DATA for GETFILE, the session on simmon, then
# NOTES DATA as the editor wrote it, read back on the host.
#   s360_cms_edlines.sh SIMMON CMSVOL KIT-FOLDER INI FOLDER
set -e
simmon=$1
cmsvol=$2
kit=$3
ini=$4
mkdir -p "$5"
cd "$5"
rm -f edl191.ckd notes.got
printf 'ONE\nTWO\nTHREE\n' > source.data
"$cmsvol" create edl191.ckd --model 2314 --cylinders 5 --label CMS191
"$cmsvol" add edl191.ckd source.data SOURCE DATA A1
"$simmon" s360 "$ini" "$kit"
"$cmsvol" extract edl191.ckd NOTES DATA notes.got
printf 'FIRST\nALPHA\n XTA\nGAMMA\nDELTA\nTHREE\nOMEGA\nTHREE\n' > notes.want
if ! cmp -s notes.got notes.want; then
    echo "s360-cms-edlines: NOTES DATA is not as edited: $(cat notes.got)"
    exit 1
fi
echo "s360-cms-edlines: passed"
