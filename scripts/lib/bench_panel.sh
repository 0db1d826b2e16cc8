#!/usr/bin/env bash
# ./scripts/bench panel [pdp11|s360] [INSTRUCTIONS]: what an open front panel costs.
# Runs a machine's bench workloads alternately with the panel closed and open (SET PANEL
# ON under SDL's dummy video driver, which draws every frame as a real display would, but
# shows it nowhere), and prints the MIPS both ways (best of BENCH_ROUNDS, default 5) and
# the open/closed ratio, twice, from SHOW CPU STATS: over the wall time of the runs (what
# the machine loses while the panel is open; SET PANEL ON itself, which waits tens of
# milliseconds for SDL to load and open its window, is not in it), and over the CPU time
# the process used during them, all threads, the panel's included (which a shared, busy
# host disturbs far less than wall time).
# - pdp11 (the default): the MAINDEC workloads ZKAD, ZKAL, CKBL on the 11/70, INSTRUCTIONS
#   (default 100,000,000) each; a run must execute exactly INSTRUCTIONS.
# - s360: the RR and MIX decks of ./scripts bench s360 (software-kits/s360/bench), IPLed
#   from the 2540 reader with translation off and on, about INSTRUCTIONS (default
#   200,000,000) each; a run must end in the program's wait PSW 00020000 00000000 after
#   the expected count.
# A run that does not do what was asked, or a panel that does not open, is INVALID and the
# script exits 1.
source "$(dirname "$0")/setup.sh"
machine=pdp11
if [ "${1:-}" = pdp11 ] || [ "${1:-}" = s360 ]; then
    machine="$1"
    shift
fi
steps="${1:-$([ "$machine" = s360 ] && echo 200000000 || echo 100000000)}"
rounds="${BENCH_ROUNDS:-5}"
if ! [[ "$steps" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: [BENCH_ROUNDS=n] ./scripts/bench panel [pdp11|s360] [INSTRUCTIONS] (positive decimal numbers)" >&2
    exit 2
fi
targets=(simmon)
[ "$machine" = s360 ] && targets+=(benchrr_kit benchmix_kit)
if ! build_log=$(simmon_build "${targets[@]}" 2>&1); then
    echo "$build_log" | tail -30 >&2
    echo "bench: the build failed" >&2
    exit 1
fi
testdata="$SIMMON_ROOT/../shared/testdata"
kit="$SIMMON_BUILD/software-kits/s360"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

# The workloads: name|what the script needs. PDP-11: the MAINDEC file. S/360: the deck,
# instructions an iteration of its loop (benchrr.asm, benchmix.asm) and translation 0|1.
if [ "$machine" = s360 ]; then
    workloads=("RR|benchrr|14|0" "RR-DAT|benchrr|14|1" "MIX|benchmix|12|0" "MIX-DAT|benchmix|12|1")
    margin=200  # instructions outside the loop (its set-up and end), as bench_s360.sh allows
else
    workloads=("ZKAD|maindec/ZKADA0.BIN" "ZKAL|maindec/ZKALA0.BIN" "CKBL|maindec/CKBLA0.BIC")
fi

script_for() {  # $1 on|off, then the workload's fields: the run's script on stdout
    local panel="$1" file="$2" per="${3:-}" dat="${4:-}" words i
    if [ "$machine" = s360 ]; then
        # The parameter words at X'F00' and X'F04' (BENCHSET): the iterations, translation.
        words=$(printf '%08X%08X' $((steps / per)) "$dat")
        echo "attach -e 00c $kit/$file.ipl"
        for ((i = 0; i < 8; i++)); do
            echo "deposit $(printf '%X' $((0xF00 + i))) 0${words:$((2 * i)):2}"
        done
        [ "$panel" = on ] && echo "set panel on"
        echo "ipl 00c"
    else
        echo "set cpu 11/70"
        echo "load $testdata/pdp11/$file"
        echo "deposit pc 200"
        [ "$panel" = on ] && echo "set panel on"
        echo "step $steps"
    fi
    echo "show cpu stats"
    [ "$panel" = on ] && echo "set panel off"
    echo "exit"
}

run_once() {  # $1 script, $2 instructions expected (at least), $3 at most: prints "WALL CPU" MIPS, or nothing
    local n
    SDL_VIDEODRIVER=dummy "$SIMMON_BUILD/bin/simmon" "$machine" "$1" >"$work/out.txt" 2>&1 </dev/null || true
    n=$(sed -n 's/.*Instructions executed: *\([0-9][0-9]*\).*/\1/p' "$work/out.txt" | tail -1)
    [ -n "$n" ] && [ "$n" -ge "$2" ] && [ "$n" -le "$3" ] || return 0
    grep -q "No panel\|error" "$work/out.txt" && return 0
    if [ "$machine" = s360 ]; then
        grep -q "Disabled wait state, PSW 00020000 00000000" "$work/out.txt" || return 0
    fi
    local runs wall cpu
    runs=$(sed -n 's/^Runs: *[0-9]* (\([0-9]*\) instructions).*/\1/p' "$work/out.txt" | tail -1)
    wall=$(sed -n 's/^Wall seconds: *\([0-9.]*\).*/\1/p' "$work/out.txt" | tail -1)
    cpu=$(sed -n 's/^Host CPU seconds: *\([0-9.]*\).*/\1/p' "$work/out.txt" | tail -1)
    [ -n "$runs" ] && [ -n "$wall" ] && [ -n "$cpu" ] || return 0
    awk -v r="$runs" -v w="$wall" -v c="$cpu" \
        'BEGIN { printf "%.3f %.3f", (w > 0 ? r / w / 1e6 : 0), (c > 0 ? r / c / 1e6 : 0) }'
}

best() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (a > b ? a : b) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }

printf '%-8s %10s %10s %6s   %10s %10s %6s\n' workload closed open ratio closed open ratio
printf '%-8s %28s   %28s\n' "" "MIPS over wall time" "MIPS over CPU time"
for w in "${workloads[@]}"; do
    IFS='|' read -r name file per dat <<<"$w"
    if [ "$machine" = s360 ]; then
        low=$((steps / per * per))
        high=$((low + margin))
        if [ ! -f "$kit/$file.ipl" ]; then
            echo "bench: $name INVALID: missing $kit/$file.ipl" >&2
            failed=1
            continue
        fi
    else
        low=$steps
        high=$steps
        if [ ! -f "$testdata/pdp11/$file" ]; then
            echo "bench: $name INVALID: missing $testdata/pdp11/$file" >&2
            failed=1
            continue
        fi
    fi
    for panel in off on; do
        script_for "$panel" "$file" "$per" "$dat" >"$work/$panel.ini"
    done
    off_wall=0 on_wall=0 off_cpu=0 on_cpu=0
    for ((r = 0; r < rounds; r++)); do
        for panel in off on; do
            m=$(run_once "$work/$panel.ini" "$low" "$high")
            if [ -z "$m" ]; then
                echo "bench: $name INVALID with the panel $panel" >&2
                tail -5 "$work/out.txt" | sed 's/^/    /' >&2
                failed=1
                continue 3
            fi
            read -r wall cpu <<<"$m"
            if [ "$panel" = off ]; then
                off_wall=$(best "$wall" "$off_wall")
                off_cpu=$(best "$cpu" "$off_cpu")
            else
                on_wall=$(best "$wall" "$on_wall")
                on_cpu=$(best "$cpu" "$on_cpu")
            fi
        done
    done
    printf '%-8s %10.1f %10.1f %6s   %10.1f %10.1f %6s\n' "$name" "$off_wall" "$on_wall" \
        "$(ratio "$on_wall" "$off_wall")" "$off_cpu" "$on_cpu" "$(ratio "$on_cpu" "$off_cpu")"
done
exit "$failed"
