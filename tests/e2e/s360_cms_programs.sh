#!/bin/sh
# CMS programs (tests/e2e/s360_cms_programs.ini): a new CMS user disk made by cmsvol, the
# session run on simmon, then on the host: the 1403's lines and the MODULE file GENMOD
# wrote on the user disk.
#   s360_cms_programs.sh SIMMON CMSVOL KIT-FOLDER INI FOLDER
set -e
simmon=$1
cmsvol=$2
kit=$3
ini=$4
mkdir -p "$5"
cd "$5"
rm -f user191.ckd programs.1403.txt
"$cmsvol" create user191.ckd --model 2314 --cylinders 5 --label CMS191
"$simmon" s360 "$ini" "$kit"
# GREET printed three lines a run, four runs: from the reader, from its TEXT file with an
# argument, as a command by name and after LOADMOD.
expected='GREET, A CMS PROGRAM, PRINTS ON THE 1403
ITS ARGUMENT: (NONE)
LOADED BY THE CMS LOADER FROM AN ASM360 OBJECT DECK
GREET, A CMS PROGRAM, PRINTS ON THE 1403
ITS ARGUMENT: ADA
LOADED BY THE CMS LOADER FROM AN ASM360 OBJECT DECK
GREET, A CMS PROGRAM, PRINTS ON THE 1403
ITS ARGUMENT: BABBAGE
LOADED BY THE CMS LOADER FROM AN ASM360 OBJECT DECK
GREET, A CMS PROGRAM, PRINTS ON THE 1403
ITS ARGUMENT: (NONE)
LOADED BY THE CMS LOADER FROM AN ASM360 OBJECT DECK
GREET, A CMS PROGRAM, PRINTS ON THE 1403
ITS ARGUMENT: LOVELACE
LOADED BY THE CMS LOADER FROM AN ASM360 OBJECT DECK'
if [ "$(cat programs.1403.txt)" != "$expected" ]; then
    echo "s360-cms-programs: the 1403's output differs:"
    cat programs.1403.txt
    exit 1
fi
"$cmsvol" list user191.ckd | grep -q '^GREET    MODULE   A1 F   800' || {
    echo "s360-cms-programs: no GREET MODULE on the user disk"
    "$cmsvol" list user191.ckd
    exit 1
}
echo "s360-cms-programs: passed"
