#!/usr/bin/env bash
# `callsim exam roster`: an examiner imports the candidate list Excel saved as 'CSV UTF-8'; the
# import is all or none, re-importing the same file changes nothing, errors name FILE:LINE, and
# the listing masks the 证件号.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-roster.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
db="$tmp/r.db"
printf '\357\273\277考生号,姓名,证件号\r\nA001,王芳,11010519491231002X\r\nA002,"欧阳, 明",\r\n' >"$tmp/roster.csv"
"$callsim" exam roster --paper level5 --db "$db" --import "$tmp/roster.csv" >"$tmp/out" 2>"$tmp/err" && ok || bad "import: $(cat "$tmp/err")"
grep -q '^A002	欧阳, 明' "$tmp/out" && ok || bad "listing: $(cat "$tmp/out")"
grep -q '\*\*\*\*002X' "$tmp/out" && ! grep -q 11010519491231002X "$tmp/out" && ok || bad "证件号 not masked"
"$callsim" exam roster --paper level5 --db "$db" --import "$tmp/roster.csv" >/dev/null 2>&1 && ok || bad "re-import"
[ "$(sqlite3 "$db" 'select count(*) from candidates')" = 2 ] && ok || bad "re-import changed the roster"
printf 'A003,韩梅梅\nA001,别人\n' >"$tmp/conflict.csv"
"$callsim" exam roster --paper level5 --db "$db" --import "$tmp/conflict.csv" >/dev/null 2>"$tmp/err"
[ $? = 2 ] && ok || bad "conflicting name accepted"
grep -q 'conflict.csv:2:' "$tmp/err" && ok || bad "conflict error lacks FILE:LINE: $(cat "$tmp/err")"
[ "$(sqlite3 "$db" 'select count(*) from candidates')" = 2 ] && ok || bad "a failed import left rows behind"
printf 'A1,\315\365\267\274\n' >"$tmp/gbk.csv"
"$callsim" exam roster --paper level5 --db "$db" --import "$tmp/gbk.csv" >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "gbk.csv:1: not valid UTF-8" "$tmp/err" && ok || bad "GBK file: $(cat "$tmp/err")"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
