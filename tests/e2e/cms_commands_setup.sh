#!/bin/sh
# The disks of tests/e2e/cms_commands.ini, made by cmsvol in FOLDER: a 2314 system disk
# with the CMS nucleus (IMAGE) and two files, and a one-cylinder 2311 that is nearly full
# from the start. The user's 2314 (191) is made new and empty by the script itself.
#   cms_commands_setup.sh CMSVOL FOLDER IMAGE
set -e
cmsvol=$1
image=$3
cd "$2"
rm -f cmds-sys.ckd cmds-191.ckd cmds-small.ckd cmds.1403.txt cmds.punch cmds-dump.punch
printf 'THE FIRST LINE OF THE SAMPLE\nAND ITS SECOND LINE\n' > sample.file
i=1
while [ $i -le 600 ]; do printf 'BIG RECORD %04d\n' $i; i=$((i + 1)); done > big.data
"$cmsvol" create cmds-sys.ckd --model 2314 --cylinders 20 --nucleus-cylinders 2 --label CMS190
"$cmsvol" add cmds-sys.ckd sample.file SAMPLE FILE S2
"$cmsvol" add cmds-sys.ckd big.data BIG DATA S2
printf 'DELTA 4\nALPHA 1\nCHARLIE 3\nBRAVO 2\nALPHA 0\n' > unsorted.data
"$cmsvol" add cmds-sys.ckd unsorted.data UNSORTED DATA S2
"$cmsvol" ipl cmds-sys.ckd "$image"
"$cmsvol" create cmds-small.ckd --model 2311 --cylinders 1 --label SMALL
"$cmsvol" add cmds-small.ckd sample.file KEEP DATA B1
"$cmsvol" list cmds-small.ckd > small.before
