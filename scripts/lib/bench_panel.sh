#!/usr/bin/env bash
# ./scripts/bench panel [INSTRUCTIONS]: what an open front panel costs the PDP-11. Runs
# the MAINDEC bench workloads (ZKAD, ZKAL, CKBL) on the 11/70 for INSTRUCTIONS (default
# 100,000,000) each, alternately with the panel closed and open (SET PANEL ON under SDL's
# dummy video driver, which draws every frame as a real display would, but shows it
# nowhere), and prints the MIPS both ways (best of BENCH_ROUNDS, default 5, wall clock of
# the whole process) and the open/closed ratio. A run that does not execute exactly
# INSTRUCTIONS, or a panel that does not open, is INVALID and the script exits 1.
source "$(dirname "$0")/setup.sh"
steps="${1:-100000000}"
rounds="${BENCH_ROUNDS:-5}"
if ! [[ "$steps" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: [BENCH_ROUNDS=n] ./scripts/bench panel [INSTRUCTIONS] (positive decimal numbers)" >&2
    exit 2
fi
if ! build_log=$(simmon_build simmon 2>&1); then
    echo "$build_log" | tail -30 >&2
    echo "bench: the build failed" >&2
    exit 1
fi
testdata="$SIMMON_ROOT/../shared/testdata"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

run_once() {  # $1 script: prints MIPS, or nothing when the run was not valid
    local t0 t1 n
    t0=$(date +%s.%N)
    SDL_VIDEODRIVER=dummy "$SIMMON_BUILD/bin/simmon" pdp11 "$1" >"$work/out.txt" 2>&1 </dev/null || true
    t1=$(date +%s.%N)
    n=$(sed -n 's/.*Instructions executed: *\([0-9][0-9]*\).*/\1/p' "$work/out.txt" | tail -1)
    [ "$n" = "$steps" ] || return 0
    grep -q "No panel\|error" "$work/out.txt" && return 0
    awk -v n="$n" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", n / (b - a) / 1e6 }'
}

printf '%-8s %14s %14s %8s\n' workload "closed MIPS" "open MIPS" ratio
for w in "ZKAD|maindec/ZKADA0.BIN" "ZKAL|maindec/ZKALA0.BIN" "CKBL|maindec/CKBLA0.BIC"; do
    IFS='|' read -r name file <<<"$w"
    if [ ! -f "$testdata/pdp11/$file" ]; then
        echo "bench: $name INVALID: missing $testdata/pdp11/$file" >&2
        failed=1
        continue
    fi
    for panel in off on; do
        {
            echo "set cpu 11/70"
            echo "load $testdata/pdp11/$file"
            echo "deposit pc 200"
            [ "$panel" = on ] && echo "set panel on"
            echo "step $steps"
            echo "show cpu stats"
            [ "$panel" = on ] && echo "set panel off"
            echo "exit"
        } >"$work/$panel.ini"
    done
    best_off=0
    best_on=0
    for ((r = 0; r < rounds; r++)); do
        for panel in off on; do
            m=$(run_once "$work/$panel.ini")
            if [ -z "$m" ]; then
                echo "bench: $name INVALID with the panel $panel" >&2
                tail -5 "$work/out.txt" | sed 's/^/    /' >&2
                failed=1
                continue 3
            fi
            if [ "$panel" = off ]; then
                best_off=$(awk -v a="$m" -v b="$best_off" 'BEGIN { printf "%.3f", (a > b ? a : b) }')
            else
                best_on=$(awk -v a="$m" -v b="$best_on" 'BEGIN { printf "%.3f", (a > b ? a : b) }')
            fi
        done
    done
    printf '%-8s %14s %14s %8s\n' "$name" "$best_off" "$best_on" \
        "$(awk -v a="$best_on" -v b="$best_off" 'BEGIN { printf "%.3f", a / b }')"
done
exit "$failed"
