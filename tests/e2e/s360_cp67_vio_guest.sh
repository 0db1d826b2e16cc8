#!/bin/sh
# A guest that does wrong things with I/O (s360_cp67_vio_guest.asm): assembled, linked onto
# a small IPL volume, laid onto the operator's 191 minidisk (cylinders 41-45 of USRVL1), and
# IPLed in the operator's virtual machine by s360_cp67_vio_guest.ini.
#   s360_cp67_vio_guest.sh <simmon> <asm360> <link360> <source folder> <kit folder>
set -e
simmon=$1 asm=$2 link=$3 src=$4 kit=$5
"$asm" "$src/s360_cp67_vio_guest.asm" -o vioguest.obj -l vioguest.lst -I "$src/../../software-kits/s360/maclib"
rm -f vioguest.ckd
"$link" vioguest.obj --ckd vioguest.ckd,2314,1 -m vioguest.map
cp "$kit/cp67/usrvl1.ckd" usrvl1.ckd
python3 "$src/s360_cp67_vio_guest.py" vioguest.ckd usrvl1.ckd 41
"$simmon" s360 "$src/s360_cp67_vio_guest.ini" "$kit"
