#!/usr/bin/env bash
# The desk and the caller tell one story (issue #11 item 6): what the system pane shows (the customer
# record, a work-order lookup, the caller card's history) must not contradict what the caller says,
# or a trainee who answers from the desk (国家职业技能标准 3.1 2.1.1, 贵阳 §二(一) 1.2 核实) is
# answering a different customer. The fault: sales_call's record said 月付 59 元 while the caller's
# price objection said she pays 四十九; repeat_complaint's caller card named one fault (频繁掉线)
# while the caller and the order lookup named another drawn per call.
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
pass=0
fail=0
tmp=$(mktemp -d /tmp/callsim-desk.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
# Chinese numerals as a caller speaks an amount (四十九, 一百九十九) → digits
cn2num() {
  python3 -c '
import sys
d = dict(zip("零一二两三四五六七八九", [0,1,2,2,3,4,5,6,7,8,9]))
s = sys.argv[1]; total = 0; cur = 0
for ch in s:
    if ch in d: cur = d[ch]
    elif ch == "十": total += (cur or 1) * 10; cur = 0
    elif ch == "百": total += cur * 100; cur = 0
print(total + cur)' "$1"
}

# 1. sales_call: the price the caller says she pays now is the record's monthly price, every seed.
for seed in 1 2 3 4 5 6; do
  "$callsim" run scenarios/sales_call.lua --replies tests/transcripts/sales_call.model.replies \
    --json --seed "$seed" >"$tmp/out" 2>"$tmp/err"
  record=$(jq -r '.system[] | select(.id == "record") | .text' "$tmp/out")
  desk=$(printf '%s' "$record" | grep -o '月付 *[0-9]*' | grep -o '[0-9]*')
  line=$(jq -r '.turns[] | select(.who == "caller") | .text' "$tmp/out" | grep '现在才' | head -1)
  said=$(python3 -c 'import re,sys; m = re.search("现在才([零一二两三四五六七八九十百]+?)(?:一个月|块|元)", sys.argv[1]); print(m.group(1) if m else "")' "$line")
  if [ -n "$desk" ] && [ -n "$said" ] && [ "$(cn2num "$said")" = "$desk" ]; then ok
  else bad "sales_call seed $seed: the record says 月付 '$desk' 元, the caller says '$line'"; fi
done

# 2. repeat_complaint: the caller card's history names no fault other than the one the caller
# reports (drawn per call): it names none, or the same one.
for seed in 1 2 3 4 5 6; do
  "$callsim" run scenarios/repeat_complaint.lua --replies tests/transcripts/repeat_complaint.model.replies \
    --json --seed "$seed" >"$tmp/out" 2>"$tmp/err"
  orders=$(jq -r '.system[] | select(.id == "orders") | .text' "$tmp/out")
  hist=$(grep -o '"第1次 报修：[^"]*"' scenarios/repeat_complaint.lua)
  clash=""
  for f in 宽带老掉线 网速慢得根本打不开网页 光猫红灯一直亮着上不了网 频繁掉线; do
    case $hist in *"$f"*) case $orders in *"$f"*) ;; *) clash=$f ;; esac ;; esac
  done
  if [ -z "$clash" ]; then ok; else bad "repeat_complaint seed $seed: history names '$clash', the lookup says '$orders'"; fi
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
