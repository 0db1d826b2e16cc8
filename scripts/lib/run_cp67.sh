#!/usr/bin/env bash
# CP-67 on the 360/67 with the console user in CMS: what ./scripts/run runs without
# arguments (after its set-up and build). The volumes CP and the users write are kept in a
# working folder of their own, SIMMON_CP67_HOME (default ~/.local/share/simmon/cp67, or
# under XDG_DATA_HOME), never in the source tree: the first run there copies them from the
# build and starts CP cold, every later run starts it warm on them, so CMS files and spool
# files stay. When CP has been rebuilt (the build's system volume is newer than the
# working copy), its new volume is started cold: the spool files go, the users' minidisks
# (usrvl1.ckd) stay. CP67_PORT is the telnet port (2323), CP67_DATE the date and time
# answered (MM/DD/YY HH.MM.SS; the host's by default).
set -euo pipefail
SIMMON_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SIMMON_BUILD="${SIMMON_BUILD:-$SIMMON_ROOT/build}"
work="${SIMMON_CP67_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/simmon/cp67}"
kit="${S360_KIT:-$SIMMON_BUILD/software-kits/s360}"
mkdir -p "$work"
if [ -f "$work/cpsys1.ckd" ] && [ "$kit/cp67/cpsys1.ckd" -nt "$work/cpsys1.ckd" ]; then
    echo "simmon: CP-67 was rebuilt: its new system volume starts cold (spool files are gone, CMS files stay)" >&2
    rm -f "$work/cpsys1.ckd"
fi
export S360_KIT="$kit"
export CP67_PORT="${CP67_PORT:-2323}"
export CP67_DATE="${CP67_DATE:-$(date +'%m/%d/%y %H.%M.%S')}"
echo "simmon: CP-67's volumes are in $work" >&2
cd "$work"
exec "$SIMMON_BUILD/bin/simmon" s360 "$SIMMON_ROOT/software-kits/s360/cp67/cp67-cms.ini"
