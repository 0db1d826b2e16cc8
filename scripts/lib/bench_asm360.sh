#!/usr/bin/env bash
# ./scripts/bench asm360 [STATEMENTS]: generates an assembler source of STATEMENTS (default
# 50,000) open-code statements, a third of them calls of two macros (with keyword
# parameters, sublists, AIF, MEXIT and literals), in control sections of 240 statements
# with their own base register and literal pool, assembles it with build/bin/asm360 and
# prints statements per second (open code plus generated statements) for the best of
# BENCH_ROUNDS runs (default 5). Exits 1 unless the assembly is clean (return code 0).
source "$(dirname "$0")/setup.sh"
n="${1:-50000}"
rounds="${BENCH_ROUNDS:-5}"
if ! [[ "$n" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: [BENCH_ROUNDS=n] ./scripts/bench asm360 [STATEMENTS]" >&2
    exit 2
fi
if ! build_log=$(simmon_build asm360 2>&1); then
    echo "$build_log" | tail -30 >&2
    echo "bench: the build failed" >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

{
cat <<'HDR'
         MACRO
&L       SAVEREGS &AREA,&REGS=(14,12)
&L       STM   &REGS(1),&REGS(2),&AREA
         AIF   ('&AREA' EQ '12(13)').STD
         LA    13,&AREA
.STD     ANOP
         MEND
         MACRO
&L       MOVE  &TO,&FROM,&LEN
         LCLA  &N
&N       SETA  &LEN
         AIF   (&N GT 256).LONG
&L       MVC   &TO.(&N),&FROM
         MEXIT
.LONG    MNOTE 8,'TOO LONG'
         MEND
HDR
awk -v n="$n" 'BEGIN {
  q = sprintf("%c", 39)
  for (i = 0; i < n; i++) {
    k = i % 12
    b = int(i / 240)
    if (i % 240 == 0) {
      if (i > 0) printf "         LTORG\nA%05d   DS    CL256\nB%05d   DS    CL256\nS%05d   DS    18F\n", b - 1, b - 1, b - 1
      printf "C%05d   CSECT\n         USING *,12\n", b
      continue
    }
    if (k == 0) printf "L%06d  LA    1,%d(0,2)\n", i, i % 4096
    else if (k == 1) printf "         SAVEREGS 12(13)\n"
    else if (k == 2) printf "         L     3,=F" q "%d" q "\n", i
    else if (k == 3) printf "         MOVE  A%05d,B%05d,%d\n", b, b, i % 200 + 1
    else if (k == 4) printf "         AR    1,2\n"
    else if (k == 5) printf "         DC    F" q "%d" q ",H" q "2" q ",C" q "ABC" q "\n", i
    else if (k == 6) printf "         SAVEREGS S%05d,REGS=(2,3)\n", b
    else if (k == 7) printf "         CLI   A%05d,C" q "X" q "\n", b
    else if (k == 8) { if ((i - 8) % 240 == 0) printf "         BNE   *+8\n"; else printf "         BNE   L%06d\n", i - 8 }
    else if (k == 9) printf "         MOVE  B%05d,A%05d,8\n", b, b
    else if (k == 10) printf "         LA    2,B%05d+4\n", b
    else printf "         SRDA  2,%d\n", i % 63
  }
  b = int((n - 1) / 240)
  printf "         LTORG\nA%05d   DS    CL256\nB%05d   DS    CL256\nS%05d   DS    18F\n         END\n", b, b, b
}'
} >"$work/bench.asm"

best=0
statements=0
for ((r = 0; r < rounds; r++)); do
    if ! "$SIMMON_BUILD/bin/asm360" "$work/bench.asm" -o "$work/bench.obj" --stats 2>"$work/err.txt"; then
        echo "bench: asm360 INVALID: the assembly was not clean" >&2
        head -5 "$work/err.txt" >&2
        exit 1
    fi
    line=$(grep 'statements in' "$work/err.txt")
    statements=$(echo "$line" | sed -n 's/asm360: \([0-9]*\) statements.*/\1/p')
    rate=$(echo "$line" | sed -n 's/.*(\([0-9]*\) statements\/s).*/\1/p')
    [ "$rate" -gt "$best" ] && best=$rate
done
printf '%-8s %12s %16s\n' source statements "statements/s"
printf '%-8s %12s %16s\n' "$n" "$statements" "$best"
