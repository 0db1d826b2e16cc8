#!/bin/sh
# EXEC on CMS (tests/e2e/s360_cms_exec.ini): a new CMS user disk made by cmsvol holding
# a PROFILE EXEC and COUNT EXEC, then the session on simmon, then SHOWFILE's printout of
# COUNT EXEC compared with the host file.
#   s360_cms_exec.sh SIMMON CMSVOL KIT-FOLDER INI FOLDER
set -e
simmon=$1
cmsvol=$2
kit=$3
ini=$4
mkdir -p "$5"
cd "$5"
rm -f exec191.ckd exec.1403.txt
cat > profile.exec <<'END'
* PROFILE EXEC: CMS runs it at IPL
&CONTROL OFF
&TYPE PROFILE EXEC RAN AT IPL
END
cat > count.exec <<'END'
* COUNT EXEC: arguments, a loop, a condition, &READ, &ERROR
&CONTROL OFF
&TYPE COUNTING TO &1 WITH &INDEX ARGS
&I = 0
-LOOP
&I = &I + 1
&IF &I GT &1 &GOTO -DONE
&TYPE I IS &I
&GOTO -LOOP
-DONE
&LOOP 1 2
&TYPE TWICE
&TYPE WHAT IS YOUR NAME?
&READ VARS &NAME
&IF &NAME EQ ADA &TYPE HELLO ADA, FIRST CODER
&IF &NAME NE ADA &TYPE HELLO &NAME
&S = &SUBSTR ABCDEFGH 3 2
&C = &CONCAT AB &S
&TYPE &C
&CONTROL CMS
HELLO
&TYPE RETCODE &RETCODE
NOSUCH
&IF &RETCODE EQ -3 &TYPE NOSUCH FAILED
&SKIP 1
&TYPE SKIPPED
&IF &INDEX GT 1 &GOTO -NOWHERE
&ERROR &EXIT 7
NOSUCH
&TYPE NOT REACHED
END
cat > outer.exec <<'END'
* OUTER EXEC: calls INNER by EXEC and by its name; its variables stay its own
&CONTROL OFF
&X = OUTERX
EXEC INNER A B
&TYPE OUTER GOT &RETCODE X IS &X ARG &1
INNER C
&TYPE OUTER GOT &RETCODE
DEEP 1
&TYPE DEEP GAVE &RETCODE
END
cat > inner.exec <<'END'
&CONTROL OFF
&X = INNERX
&TYPE INNER &INDEX ARGS &1 &2 X IS &X
&EXIT &INDEX
END
cat > deep.exec <<'END'
* DEEP EXEC: calls itself until the nesting limit refuses it
&CONTROL OFF
&TYPE DEEP LEVEL &1
&N = &1 + 1
DEEP &N
&EXIT &RETCODE
END
cat > subs.exec <<'END'
* SUBS EXEC: symbols within tokens (subscripts, periods, the 8-character cut)
&CONTROL OFF
&1 = ALPHA
&2 = BETA
&INDEX1 = 1
&TYPE &&INDEX1
&INDEX1 = 2
&TYPE &&INDEX1
&X = ABC
&Y = DEF
&TYPE &X.&Y &X..Y PRE&Y &Y.SUF NULL&X&Y &Y.&X.&Y
&N = 2
&V&N = TWO
&TYPE V2 IS &V2 &V&N
&F = &X.&Y
&TYPE &F
END
"$cmsvol" create exec191.ckd --model 2314 --cylinders 5 --label CMS191
"$cmsvol" add exec191.ckd profile.exec PROFILE EXEC A1
"$cmsvol" add exec191.ckd count.exec COUNT EXEC A1
"$cmsvol" add exec191.ckd outer.exec OUTER EXEC A1
"$cmsvol" add exec191.ckd inner.exec INNER EXEC A1
"$cmsvol" add exec191.ckd deep.exec DEEP EXEC A1
"$cmsvol" add exec191.ckd subs.exec SUBS EXEC A1
"$simmon" s360 "$ini" "$kit"
# SHOWFILE printed COUNT EXEC on the 1403: the file's lines, as cmsvol stored them
if ! cmp -s count.exec exec.1403.txt; then
    echo "s360-cms-exec: SHOWFILE's printout differs from COUNT EXEC"
    exit 1
fi
echo "s360-cms-exec: passed"
