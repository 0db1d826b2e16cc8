#!/usr/bin/env bash
# ./scripts/bench s360 [INSTRUCTIONS]: the System/360's two CPU-bound workloads, programs of
# our own in assembler (software-kits/s360/bench, assembled by asm360 at build time into
# self-loading decks): RR, a loop of RR/RX fixed point, loads, stores and BCT (14
# instructions an iteration), and MIX, which adds MVC, CLC, packed decimal AP and long HFP
# LD/ADR/STD (12 an iteration). Each deck is IPLed from the 2540 reader with an iteration
# count that makes about INSTRUCTIONS (default 200,000,000) and runs to its disabled wait,
# with translation off and (Model 67 DAT, the first 64K mapped to themselves) on. Prints
# guest instructions per host second (MIPS: the instructions SHOW CPU STATS counts over the
# wall time of the whole process, best of BENCH_ROUNDS runs, default 5).
#
# Where Hercules is installed (Debian's `hercules`, which the script installs when it can),
# the same decks run on it in the same invocation, alternating (S/370 mode, a 3505 reader at
# 00C, `ipl 00c`, timed from the IPL to its disabled-wait message), with translation off
# (its S/370 DAT is not the 67's), and the ratios are printed; the rows with translation on
# show their ratio to that same Hercules figure, marked *. Each figure comes twice: over the
# wall time, as the issue asks, and over the CPU time the simulator's process used (user +
# system, all threads; Hercules's read from /proc before it is stopped), which a shared,
# busy host disturbs far less. Both include each simulator's start-up. It also times
# BOS/360's inittap and demo_asm jobs (software-kits/s360/bos360.ini, simmon only). A run
# that does not end in the program's own wait PSW 00020000 00000000 after the expected
# count is INVALID and the script exits 1.
source "$(dirname "$0")/setup.sh"
simmon_install_optional hercules  # Debian's Hercules 3.13, the comparison
steps="${1:-200000000}"
rounds="${BENCH_ROUNDS:-5}"
if ! [[ "$steps" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: [BENCH_ROUNDS=n] ./scripts/bench s360 [INSTRUCTIONS] (positive decimal numbers)" >&2
    exit 2
fi
if ! build_log=$(simmon_build simmon benchrr_kit benchmix_kit 2>&1); then
    echo "$build_log" | tail -30 >&2
    echo "bench: the build failed" >&2
    exit 1
fi
kit="$SIMMON_BUILD/software-kits/s360"
work="$(mktemp -d)"
herc_pid=""
cleanup() {
    [ -n "$herc_pid" ] && kill -KILL "$herc_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# name|deck|instructions an iteration (the loops in benchrr.asm and benchmix.asm)
workloads=("RR|benchrr|14" "MIX|benchmix|12")
# Instructions outside the loop: the start (BENCHSET, with translation: the tables) and
# the end. A count beyond this margin means the program did not run as written.
margin=200

simmon_script() {  # $1 deck, $2 iterations, $3 translation 0|1
    local words bytes i
    words=$(printf '%08X%08X' "$2" "$3")
    echo "attach -e 00c $kit/$1.ipl"
    # The parameter words at X'F00' and X'F04' (BENCHSET): IPL does not clear storage.
    for ((i = 0; i < 8; i++)); do
        # A leading 0: a byte like CC would otherwise name the condition-code register.
        echo "deposit $(printf '%X' $((0xF00 + i))) 0${words:$((2 * i)):2}"
    done
    echo "ipl 00c"
    echo "show cpu stats"
    echo "exit"
}

seconds() {  # runs "$@" with its output in $work/out.txt; prints "WALL CPU" seconds
    local TIMEFORMAT='%R %U %S' times
    times=$( { time "$@" >"$work/out.txt" 2>&1 </dev/null || true; } 2>&1 | tail -1)
    awk -v t="$times" 'BEGIN { split(t, f, " "); printf "%.6f %.6f", f[1], f[2] + f[3] }'
}

best_mips() {  # $1 instructions, $2 seconds, $3 best so far: prints the larger MIPS figure
    awk -v n="$1" -v t="$2" -v b="$3" 'BEGIN { m = (t > 0 ? n / t / 1e6 : 0); printf "%.3f", (m > b ? m : b) }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }

executed() {  # instructions simmon says it executed (SHOW CPU STATS), or nothing
    sed -n 's/.*Instructions executed: *\([0-9][0-9]*\).*/\1/p' "$work/out.txt" | tail -1
}

invalid() {  # $1 workload, $2 simulator, $3 reason: reports the run and its last output
    echo "bench: $1 INVALID on $2: $3" >&2
    tail -5 "$work/out.txt" | sed 's/^/    /' >&2
    failed=1
}

# Hercules: one run of a deck, timed from the IPL command to the disabled-wait message.
# Hercules 3.13 takes its commands from a run-commands file (HERCULES_RC; in daemon mode
# it does not read them from standard input): the parameter word, a shell command that
# notes the clock, then the IPL. The script polls the log for the wait message and ends it.
hercules_seconds() {  # $1 deck, $2 iterations; prints "WALL CPU" seconds, or nothing on failure
    cat >"$work/herc.cnf" <<EOC
ARCHMODE  S/370
MAINSIZE  2
NUMCPU    1
CPUSERIAL 000611
CPUMODEL  0168
000C      3505 $kit/$1.ipl ebcdic
001F      3215-C /
EOC
    printf 'r F00=%08X\nsh date +%%s.%%N >%s\nipl 00c\n' "$2" "$work/herc.t0" >"$work/herc.rc"
    rm -f "$work/herc.t0"
    HERCULES_RC="$work/herc.rc" hercules -d -f "$work/herc.cnf" </dev/null >"$work/out.txt" 2>&1 &
    herc_pid=$!
    local t0 t1 n=0
    until grep -qi "disabled wait" "$work/out.txt"; do
        kill -0 "$herc_pid" 2>/dev/null || break
        sleep 0.01
        n=$((n + 1))
        [ $n -lt 60000 ] || break  # ten minutes
    done
    t1=$(date +%s.%N)
    # The PSW comes in a later write than the message: give it a moment.
    for ((n = 0; n < 100; n++)); do
        grep -q "PSW=" "$work/out.txt" && break
        sleep 0.01
    done
    # Its CPU time, all threads, from /proc before it goes (clock ticks).
    local cpu
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.6f", ($14 + $15) / hz }' "/proc/$herc_pid/stat" 2>/dev/null || echo 0)
    kill -KILL "$herc_pid" 2>/dev/null || true  # it ignores SIGTERM
    wait "$herc_pid" 2>/dev/null || true
    herc_pid=""
    t0=$(cat "$work/herc.t0" 2>/dev/null || true)
    # The wait PSW as Hercules shows it (S/370 BC format: the ILC and condition code of the
    # LPSW in the second word's first digit), address 000000.
    [ -n "$t0" ] && tr -d '\n' <"$work/out.txt" | grep -q "PSW=00020000 [0-9A-F]0000000" || return 0
    awk -v a="$t0" -v b="$t1" -v c="$cpu" 'BEGIN { printf "%.6f %s", b - a, c }'
}

failed=0
have_herc=0
command -v hercules >/dev/null 2>&1 && have_herc=1
printf '%-8s %-4s %9s %9s %6s   %9s %9s %6s   %s\n' workload DAT "simmon" "Hercules" ratio \
    "simmon" "Hercules" ratio instructions
printf '%-8s %-4s %26s   %26s\n' "" "" "MIPS over wall time" "MIPS over CPU time"
for w in "${workloads[@]}"; do
    IFS='|' read -r name deck per <<<"$w"
    iterations=$((steps / per))
    herc_off=""
    for dat in 0 1; do
        dat_name=$([ $dat = 1 ] && echo on || echo off)
        simmon_script "$deck" "$iterations" "$dat" >"$work/simmon.ini"
        ours_wall=0 ours_cpu=0 herc_wall=0 herc_cpu=0
        valid=1
        herc_valid=$([ $dat = 0 ] && echo $have_herc || echo 0)
        for ((r = 0; r < rounds && valid; r++)); do
            read -r tw tc <<<"$(seconds "$SIMMON_BUILD/bin/simmon" s360 "$work/simmon.ini")"
            n=$(executed)
            if ! grep -q "Disabled wait state, PSW 00020000 00000000" "$work/out.txt"; then
                invalid "$name" simmon "did not end in its wait PSW 00020000 00000000"
                valid=0
                break
            fi
            if [ -z "$n" ] || [ "$n" -lt $((iterations * per)) ] || [ "$n" -gt $((iterations * per + margin)) ]; then
                invalid "$name" simmon "executed ${n:-no} instructions, not $((iterations * per)) and a few"
                valid=0
                break
            fi
            ours_wall=$(best_mips "$n" "$tw" "$ours_wall")
            ours_cpu=$(best_mips "$n" "$tc" "$ours_cpu")
            if [ "$herc_valid" = 1 ]; then
                t=$(hercules_seconds "$deck" "$iterations")
                if [ -z "$t" ]; then
                    invalid "$name" Hercules "no disabled wait PSW 00020000 00000000"
                    herc_valid=0
                else
                    read -r tw tc <<<"$t"
                    herc_wall=$(best_mips "$n" "$tw" "$herc_wall")
                    herc_cpu=$(best_mips "$n" "$tc" "$herc_cpu")
                fi
            fi
        done
        [ $valid = 1 ] || continue
        # With translation on, the ratios are to Hercules's run without it (marked *).
        mark=""
        if [ $dat = 0 ]; then
            herc_off=$([ "$herc_valid" = 1 ] && echo "$herc_wall $herc_cpu" || echo "")
        elif [ -n "$herc_off" ]; then
            read -r herc_wall herc_cpu <<<"$herc_off"
            herc_valid=1
            mark="*"
        fi
        if [ "$herc_valid" = 1 ]; then
            printf '%-8s %-4s %9.1f %9s %6s   %9.1f %9s %6s   %s\n' "$name" "$dat_name" \
                "$ours_wall" "$herc_wall$mark" "$(ratio "$ours_wall" "$herc_wall")" \
                "$ours_cpu" "$herc_cpu$mark" "$(ratio "$ours_cpu" "$herc_cpu")" "$n"
        else
            printf '%-8s %-4s %9.1f %9s %6s   %9.1f %9s %6s   %s\n' "$name" "$dat_name" \
                "$ours_wall" - - "$ours_cpu" - - "$n"
        fi
    done
done
# BOS/360: IPL from tape, the operator's dialogue, inittap and demo_asm (BOS's assembler
# and linkage editor) through software-kits/s360/bos360.ini, simmon only: instructions over
# the wall time of the whole process (BOS's idle waits are skipped in simulated time). The
# work tapes are made new for each round.
bos="$SIMMON_ROOT/../shared/testdata/s360/bos360"
if [ ! -f "$bos/bos360.tap" ]; then
    echo "bench: BOS360 INVALID: missing $bos/bos360.tap" >&2
    failed=1
else
    printf 'DO %s %s %s\nSHOW CPU STATS\nEXIT 0\n' "$SIMMON_ROOT/software-kits/s360/bos360.ini" "$bos" \
        "$bos/jcl/demo_asm.jcl" >"$work/bos.ini"
    ours_wall=0 ours_cpu=0
    n=""
    for ((r = 0; r < rounds; r++)); do
        rm -rf "$work/bos" && mkdir "$work/bos"
        read -r tw tc <<<"$(cd "$work/bos" && seconds "$SIMMON_BUILD/bin/simmon" s360 "$work/bos.ini")"
        n=$(executed)
        if [ -z "$n" ] || ! grep -q "EOJ DEMOASM" "$work/out.txt"; then
            invalid BOS360 simmon "demo_asm did not reach its EOJ"
            n=""
            break
        fi
        ours_wall=$(best_mips "$n" "$tw" "$ours_wall")
        ours_cpu=$(best_mips "$n" "$tc" "$ours_cpu")
    done
    [ -n "$n" ] && printf '%-8s %-4s %9.1f %9s %6s   %9.1f %9s %6s   %s (BOS/360: IPL, inittap, demo_asm)\n' \
        BOS360 off "$ours_wall" - - "$ours_cpu" - - "$n"
fi
[ $have_herc = 1 ] || echo "(install Debian's hercules package to compare with Hercules)"
exit $failed
