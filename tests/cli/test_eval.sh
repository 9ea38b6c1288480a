#!/usr/bin/env bash
# The bar of issue #11 on the examiner's corpus (tests/data/eval), report split: replies and calls
# written from the standard alone, which the grader must judge as a fair examiner does. The blind
# sets (tests/data/eval/holdout*) are checked for shape and size and their figures printed.
#   bash tests/cli/test_eval.sh [build/callsim]
# Two bars. The regression guard (make test fails below it) holds the grader where it stands on the
# report split today, a little under the measured figures, so a change that makes it judge worse
# fails; the issue's bar (#11 "Done when": 0.95 everywhere, no competent play fails, at most 1 call
# in 16 outside its range) is printed, met or not, and never lowered.
# ---- regression guard (report split; measured on this commit, see the closing note) ----
PHRASE_PRECISION_MIN=0.97
PHRASE_RECALL_MIN=0.96
TABOO_PRECISION_MIN=0.97     # forbidden expressions (禁忌语/口头禅, rude)
TABOO_RECALL_MIN=0.95
INSULT_PRECISION_MIN=0.95    # insults, which fail a call, are forbidden expressions too
INSULT_RECALL_MIN=0.95     # the issue's bar; measured 0.959 (insult classes redrawn, branch insult2)
COMPETENT_FAIL_MAX=0         # no competent trainee fails a call (the issue's bar already)
CALLS_OUTSIDE_PER=12         # at most 1 call in 12 outside the examiner's range
SKIPPED_MAX=0                # every category of the corpus is known (2.4, 2.7, 2.10, apology)
# ---- the issue's bar (printed, not enforced) ----
BAR_PR=0.95
BAR_CALLS_OUTSIDE_PER=16
# ---- corpus size (issue #11 item 7) ----
REPLIES_MIN=1500
CALLS_MIN=100
SCENARIOS_MIN=14

callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.." || exit 2
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
tmp=$(mktemp -d /tmp/callsim-eval.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
data=tests/data/eval

# The corpus itself: size, labels, and the split rule of its README (md5 of category TAB text).
rows=$(grep -vc '^#' "$data/replies.tsv")
if [ "$rows" -ge "$REPLIES_MIN" ]; then ok; else bad "replies.tsv has $rows rows, want >= $REPLIES_MIN"; fi
badfmt=$(awk -F'\t' '!/^#/ && (NF != 5 || ($1 != "tune" && $1 != "report") || ($3 != 0 && $3 != 1) || $4 == "")' "$data/replies.tsv" | wc -l)
if [ "$badfmt" -eq 0 ]; then ok; else bad "replies.tsv: $badfmt rows not split<TAB>category<TAB>0|1<TAB>text<TAB>note"; fi
wrongsplit=0
while IFS=$'\t' read -r sp cat _ text _; do
  h=$(printf '%s\t%s' "$cat" "$text" | md5sum | cut -c1-8)
  want=report; [ $((16#$h % 5)) -lt 2 ] && want=tune
  [ "$sp" = "$want" ] || wrongsplit=$((wrongsplit + 1))
done < <(grep -v '^#' "$data/replies.tsv")
if [ "$wrongsplit" -eq 0 ]; then ok; else bad "replies.tsv: $wrongsplit rows not in the split the md5 rule gives"; fi
calls=$(grep -vc '^#' "$data/calls.tsv")
if [ "$calls" -ge "$CALLS_MIN" ]; then ok; else bad "calls.tsv has $calls plays, want >= $CALLS_MIN"; fi
scen=$(grep -v '^#' "$data/calls.tsv" | cut -f2 | sort -u | wc -l)
if [ "$scen" -ge "$SCENARIOS_MIN" ]; then ok; else bad "calls.tsv covers $scen scenarios, want >= $SCENARIOS_MIN"; fi
missing=0
while IFS=$'\t' read -r sp sc rep _; do
  if [ ! -f "$data/calls/$rep" ] || [ ! -f "scenarios/$sc.lua" ]; then
    missing=$((missing + 1)); echo "  missing: scenarios/$sc.lua or $data/calls/$rep"
  fi
  h=$(printf '%s' "$rep" | md5sum | cut -c1-8)
  want=report; [ $((16#$h % 5)) -lt 2 ] && want=tune
  [ "$sp" = "$want" ] || { missing=$((missing + 1)); echo "  $rep: split $sp, md5 rule says $want"; }
done < <(grep -v '^#' "$data/calls.tsv")
if [ "$missing" -eq 0 ]; then ok; else bad "calls.tsv: $missing plays with a missing file or the wrong split"; fi

# The grader on the report split.
if ! bash tools/eval.sh --callsim "$callsim" --split report --out "$tmp" >"$tmp/eval.out" 2>&1; then
  bad "tools/eval.sh did not run"; cat "$tmp/eval.out"
  echo "$pass passed, $fail failed"; exit 1
fi
cat "$tmp/eval.out"
get() { awk -F'\t' -v k="$1" '$1 == "report" && $2 == k { print $3 }' "$tmp/summary.tsv"; }
atleast() { # name value min
  if awk -v v="$2" -v m="$3" 'BEGIN { exit !(v != "" && v + 0 >= m + 0) }'; then ok
  else bad "$1 = ${2:-none}, want >= $3"; fi
}
atleast "phrases precision" "$(get phrases.precision)" "$PHRASE_PRECISION_MIN"
atleast "phrases recall" "$(get phrases.recall)" "$PHRASE_RECALL_MIN"
atleast "taboo precision" "$(get taboo.precision)" "$TABOO_PRECISION_MIN"
atleast "taboo recall" "$(get taboo.recall)" "$TABOO_RECALL_MIN"
atleast "insult precision" "$(get insult.precision)" "$INSULT_PRECISION_MIN"
atleast "insult recall" "$(get insult.recall)" "$INSULT_RECALL_MIN"
sk=$(get skipped)
if [ "${sk:-0}" -le "$SKIPPED_MAX" ]; then ok; else bad "$sk report rows skipped: their category is unknown to grade-phrase"; fi
cf=$(get calls.competent_fail)
if [ "${cf:-1}" -le "$COMPETENT_FAIL_MAX" ]; then ok; else bad "$cf competent plays fail their call"; fi
n=$(get calls.n); out=$(get calls.outside)
if [ "${n:-0}" -gt 0 ] && [ $((${out:-1} * CALLS_OUTSIDE_PER)) -le "$n" ]; then ok
else bad "$out of $n calls outside the examiner's range or verdict, want at most 1 in $CALLS_OUTSIDE_PER"; fi

# The issue's bar, said plainly whether met or not.
short=()
for k in phrases.precision phrases.recall taboo.precision taboo.recall insult.precision insult.recall; do
  v=$(get "$k")
  awk -v v="$v" -v m="$BAR_PR" 'BEGIN { exit !(v != "" && v + 0 >= m + 0) }' || short+=("$k $v < $BAR_PR")
done
[ $((${out:-1} * BAR_CALLS_OUTSIDE_PER)) -le "${n:-0}" ] || short+=("calls outside $out of $n > 1 in $BAR_CALLS_OUTSIDE_PER")
if [ ${#short[@]} -eq 0 ]; then echo "issue #11 bar: met on the report split"
else echo "issue #11 bar: NOT met on the report split: ${short[*]}"; fi

# The blind sets (tests/data/eval/holdout, holdout2 and the newest holdoutN, each written by an examiner the grader's
# developers never read): report-only. Only a sanity check that each parses and has its minimum
# size; its figures are printed as information, with no threshold, and its misses stay in a file.
# The sets below are independent of one another: each runs in the background (EVAL_JOBS at once, by default the
# number of cores), in a subshell with its own counters; collect prints their output and adds their counts in the
# order they were queued, so the log reads the same whatever finished first.
eval_jobs=${EVAL_JOBS:-$(nproc 2>/dev/null || echo 2)}
n_queued=0
later() { # function args...
  local id=$n_queued
  n_queued=$((n_queued + 1))
  while [ "$(jobs -rp | wc -l)" -ge "$eval_jobs" ]; do wait -n; done
  ( pass=0; fail=0; "$@" >"$tmp/job$id.log" 2>&1; echo "$pass $fail" >"$tmp/job$id.count" ) &
}
collect() {
  wait
  local id p f
  for ((id = 0; id < n_queued; id++)); do
    cat "$tmp/job$id.log" 2>/dev/null
    if read -r p f 2>/dev/null <"$tmp/job$id.count"; then pass=$((pass + p)); fail=$((fail + f))
    else bad "evaluation job $id ended without its counts"; fi
  done
}
# blind_set SPLIT REPLIES_MIN TABOO_MIN INSULT_MIN CALLS_MIN SCENARIOS_MIN
blind_set() {
  local sp=$1 rmin=$2 tmin=$3 imin=$4 cmin=$5 smin=$6
  local dir=$data/$sp
  local nbad nr nt ni nc ns nmissing=0
  nbad=$(awk -F'\t' -v s="$sp" '!/^#/ && (NF != 5 || $1 != s || ($3 != 0 && $3 != 1) || $2 == "" || $4 == "")' "$dir/replies.tsv" | wc -l)
  if [ "$nbad" -eq 0 ]; then ok; else bad "$sp/replies.tsv: $nbad rows not $sp<TAB>category<TAB>0|1<TAB>text<TAB>note"; fi
  nr=$(awk -F'\t' '!/^#/' "$dir/replies.tsv" | wc -l)
  nt=$(awk -F'\t' '!/^#/ && $2 == "taboo"' "$dir/replies.tsv" | wc -l)
  ni=$(awk -F'\t' '!/^#/ && $2 == "insult"' "$dir/replies.tsv" | wc -l)
  if [ "$nr" -ge "$rmin" ] && [ "$nt" -ge "$tmin" ] && [ "$ni" -ge "$imin" ]; then ok
  else bad "$sp/replies.tsv: $nr rows ($nt taboo, $ni insult), want >= $rmin ($tmin, $imin)"; fi
  local p_sp sc rep lo hi2 passed af comp
  [ "$cmin" -eq 0 ] && [ ! -f "$dir/calls.tsv" ] && touch "$tmp/$sp.nocalls"   # a replies-only set
  [ -f "$tmp/$sp.nocalls" ] || while IFS=$'\t' read -r p_sp sc rep lo hi2 passed af comp _; do
    if [ "$p_sp" != "$sp" ] || [ ! -f "$dir/calls/$rep" ] || [ ! -f "scenarios/$sc.lua" ] \
       || ! [[ $lo =~ ^[0-9]+$ && $hi2 =~ ^[0-9]+$ ]] || [ "$lo" -gt "$hi2" ] \
       || ! [[ $passed =~ ^(true|false)$ && $af =~ ^(true|false)$ && $comp =~ ^[01]$ ]]; then
      nmissing=$((nmissing + 1)); echo "  $sp/calls.tsv: bad play line for $rep"
    fi
  done < <(grep -sv '^#' "$dir/calls.tsv")
  nc=$(grep -sv '^#' "$dir/calls.tsv" | wc -l); ns=$(grep -sv '^#' "$dir/calls.tsv" | cut -f2 | sort -u | wc -l)
  if [ "$nmissing" -eq 0 ] && [ "$nc" -ge "$cmin" ] && [ "$ns" -ge "$smin" ]; then ok
  else bad "$sp/calls.tsv: $nmissing bad lines, $nc plays over $ns scenarios (want >= $cmin over >= $smin)"; fi
  if bash tools/eval.sh --callsim "$callsim" --split "$sp" --out "$tmp/$sp" >"$tmp/$sp.out" 2>&1; then
    ok
    bget() { awk -F'\t' -v s="$sp" -v k="$1" '$1 == s && $2 == k { print $3 }' "$tmp/$sp/summary.tsv"; }
    local kind="blind, report-only"; case $sp in seen*) kind="retired blind set, open for tuning" ;; esac
    echo "$sp ($kind; information, no threshold): $nr replies, $nc plays over $ns scenarios"
    local g
    for g in phrases taboo insult; do
      echo "$sp $g: precision $(bget "$g.precision") recall $(bget "$g.recall") (n $(bget "$g.n"))"
    done
    [ -f "$tmp/$sp.nocalls" ] || echo "$sp calls: $(bget calls.outside) of $(bget calls.n) outside the examiner's range or verdict; competent plays failing: $(bget calls.competent_fail)"
  else
    bad "tools/eval.sh --split $sp did not run"; tail -3 "$tmp/$sp.out"
  fi
}
later blind_set holdout 700 200 120 40 15
# holdout2: a second blind set by another examiner, written after holdout had been used (README)
later blind_set holdout2 500 150 90 30 12
# seen3: a third, by two more examiners (replies; plays), written after holdout2 had been used; it
# was blind (holdout3) until its figures were reported at stop 19, then retired and opened for
# tuning (tests/data/eval/README.md "Retired blind sets")
later blind_set seen3 800 250 150 70 16
# seen4: a fourth, by two more examiners (replies: blind4r; plays: blind4c), written after
# holdout3 was retired; blind (holdout4) until its figures were reported at stop 20, then retired
# (tests/data/eval/seen4/README.md and CALLS.md)
later blind_set seen4 800 250 160 80 17
# seen5: a fifth, by two more examiners (replies: blind5r, northern desks; plays: blind5c), written
# after holdout4 was retired; blind (holdout5) until its figures were reported at stop 21, then retired
# (tests/data/eval/seen5/README.md and CALLS.md)
later blind_set seen5 800 250 150 80 17
# seen6: a sixth, replies only (blind6r: southern, Hong Kong and Taiwan desks, net slang), written
# after holdout4 was retired; blind (holdout6) until its figures were reported at stop 21, then retired
# (tests/data/eval/seen6/README.md)
later blind_set seen6 800 300 200 0 0
# seen7: replies (blind7r: central and western China desks, dialect-flavoured Mandarin) and plays
# (blind7c: the scenarios earlier sets covered least), written after holdout5/holdout6 were retired;
# blind (holdout7) until its figures were reported at stop 22, then retired
# (tests/data/eval/seen7/README.md and CALLS.md)
later blind_set seen7 1000 400 250 120 20
# seen8: replies only (blind8r: experienced agents under stress, subtle 禁忌语 wrapped in
# politeness, examiners' trick questions); blind (holdout8) until its figures were reported at
# stop 22, then retired (tests/data/eval/seen8/README.md)
later blind_set seen8 850 300 200 0 0

# seen9: replies (blind9r: north-eastern, north China and Shandong desks, older agents and
# farm-supply, parcel-locker and heating-fee lines) and plays (blind9c: the 16 scenarios earlier sets
# covered least); blind (holdout9) until its figures were reported at stop 23, then retired
# (tests/data/eval/seen9/README.md and CALLS.md)
later blind_set seen9 850 300 200 100 16
# seen10: replies only (blind10r: Singapore/Malaysia agents and mainland Gen-Z trainees); blind
# (holdout10) until its figures were reported at stop 23, then retired (tests/data/eval/seen10/README.md)
later blind_set seen10 850 300 200 0 0
# seen11: replies (blind11r: East China desks — Shanghai, Jiangsu, Zhejiang, Anhui, Fujian — at a
# 12345 hotline, utilities, metro card and hospital lines; Wu/Min-flavoured Mandarin, Wubi and
# handwriting slips) and plays (blind11c: 95 over all 31 scenarios); blind (holdout11) until its
# figures were reported at stop 24, then retired (tests/data/eval/seen11/README.md and CALLS.md)
later blind_set seen11 850 280 180 90 31
# seen12: replies only (blind12r: online-chat agents moved to the phone desk, and bank, card,
# insurance and telecom-billing desks with 禁忌语 inside compliance wording); blind (holdout12) until
# its figures were reported at stop 24, then retired (tests/data/eval/seen12/README.md)
later blind_set seen12 850 280 180 0 0
# seen13: replies (blind13r: travel and transport desks — airlines, 12306-style rail ticketing,
# ride-hailing, hotel booking — in Xi'an, Chengdu, Kunming, Lanzhou and Urumqi; voice-input and
# stroke/T9 slips, night-shift terseness) and plays (blind13c: 93 over all 31 scenarios, a telecom and
# utilities QA examiner in Wuhan and Changsha), written after holdout11/holdout12 were retired;
# blind (holdout13) until its figures were reported at stop 25, then retired
# (tests/data/eval/seen13/README.md and CALLS.md)
later blind_set seen13 850 280 180 90 31
# seen14: replies only (blind14r: social-security, provident-fund, property and elderly-care desks
# in Hunan, Jiangxi, Guangxi and Hainan in officialese, and student part-timers on e-commerce
# after-sales in slang and pinyin initials), written after holdout11/holdout12 were retired;
# blind (holdout14) until its figures were reported at stop 25, then retired
# (tests/data/eval/seen14/README.md)
later blind_set seen14 850 280 180 0 0
# seen15: replies (blind15r: hospital, pharmacy, 12320 health, school-enrolment and online-education
# refund desks in Hebei, Henan, Shanxi and Inner Mongolia; tablet handwriting and shuangpin/9-key
# slips) and plays (blind15c: 93 over all 31 scenarios, a vocational-school exam instructor in Dalian
# and Qingdao), written after holdout13/holdout14 were retired; blind (holdout15) until its figures
# were reported at stop 26, then retired (tests/data/eval/seen15/README.md and CALLS.md)
later blind_set seen15 900 280 180 90 31
# seen16: replies only (blind16r: express delivery, food-delivery riders, appliance repair and 4S
# after-sales in Guangdong, Chongqing and Guizhou; Cantonese habits, English code-switching at
# foreign-company centres, non-native Mandarin), written after holdout13/holdout14 were retired
# blind (holdout16) until its figures were reported at stop 26, then retired
# (tests/data/eval/seen16/README.md)
later blind_set seen16 900 300 180 0 0
# seen17: replies (blind17r: game and live-streaming support, app subscriptions, long-term rentals and
# prepaid gym/beauty cards in Shanghai, Jiangsu, Zhejiang and Fujian; Wu and Minnan habits, Taiwan-style
# traditional typing, southern pinyin slips) and plays (blind17c: 93 over all 31 scenarios, the QA lead of a
# Shanghai/Hangzhou bank card centre), written after holdout15/holdout16 were retired; blind (holdout17)
# until its figures were reported at stop 27, then retired (tests/data/eval/seen17/README.md and CALLS.md)
later blind_set seen17 900 280 180 90 31
# seen18: replies (blind18r: rural credit co-ops, farm-supply and crop-insurance lines, county water and
# heating and 12315 in Anhui, Ningxia, Qinghai and western Sichuan; re-employed trainees, handwriting-pad
# slips) and plays (blind18c: 93 over all 31 scenarios, a 12345 hotline trainer in Hefei and Xining),
# written after holdout15/holdout16 were retired; blind (holdout18) until its figures were reported at
# stop 27, then retired (tests/data/eval/seen18/README.md and CALLS.md)
later blind_set seen18 900 280 180 90 31
# seen19: replies (blind19r: housing-provident-fund 12329, property management, securities/fund and
# 12366 tax lines in Yunnan, Gansu and Xinjiang; nine-key and voice-input slips) and plays (blind19c: 93 over
# all 31 scenarios, the QA supervisor of a 12366/12329 centre in Kunming), written after holdout17/holdout18
# were retired; blind (holdout19) until its figures were reported at stop 28, then retired
# (tests/data/eval/seen19/README.md and CALLS.md)
later blind_set seen19 900 140 110 90 31
# seen20: replies (blind20r: an electric-car maker's owner line, smart-home and phone-brand after-sales and
# a pet-hospital booking line in Shaanxi, northern Shanxi, Lhasa and by Hong Kong/Macau-trained staff; chatty
# over-familiar replies, English words, forgotten template placeholders) and plays (blind20c: 93 over all 31
# scenarios, the training manager of a Xi'an car/smart-home care centre), written after holdout17/holdout18
# were retired; blind (holdout20) until its figures were reported at stop 28, then retired
# (tests/data/eval/seen20/README.md and CALLS.md)
later blind_set seen20 900 250 120 90 31
# seen21: replies (blind21r: 12306 railway, an airline, ride-hailing and food-delivery lines staffed from
# Tianjin and Tangshan; Gen-Z trainees with internet slang, Tianjin speech, 阴阳怪气 sarcasm wrapped in polite
# words) and plays (blind21c: 93 over all 31 scenarios, a Tianjin ride-hailing/railway outsourcing QA lead),
# written after holdout19/holdout20 were retired; blind (holdout21) until its figures were reported at stop 29,
# then retired (tests/data/eval/seen21/README.md and CALLS.md)
later blind_set seen21 900 140 140 90 31
# seen22: replies (blind22r: 12315 consumer hotline, a supermarket member line, a hotel group and a driving
# school in Xiamen and Quanzhou; Taiwan/HK/Macau-schooled trainees typing traditional characters with Zhuyin
# and Cangjie slips, and re-employed trainees over 50, formal and sometimes lecturing) and plays (blind22c: 93
# over all 31 scenarios, a Xiamen 12315 examiner strict on records and escalation), written after
# holdout19/holdout20 were retired; blind (holdout22) until its figures were reported at stop 29, then retired
# (tests/data/eval/seen22/README.md and CALLS.md)
later blind_set seen22 900 140 140 90 31
# seen23: replies (blind23r: ETC toll cards, shared bikes and power banks, parking apps and the bus/metro
# card line, night shifts in Ganzhou and Meizhou; students on handwriting input with shape slips, older
# Hakka-speaking staff) and plays (blind23c: 93 over all 31 scenarios, a retired Hefei 12345 deputy director
# training mid-career switchers), written after holdout21/holdout22 were retired; blind (holdout23) until its
# figures were reported at stop 30, then retired (tests/data/eval/seen23/README.md and CALLS.md)
later blind_set seen23 900 140 140 90 31
# seen24: replies (blind24r: cinema and show ticketing, gyms and beauty salons, wedding-photo studios and
# adult-education platforms run from Shanghai/Suzhou; ex-salespeople, Wu dialect, 双拼 slips) and plays
# (blind24c: 93 over all 31 scenarios, a Shenyang 考评员 grading Northeastern trainees), written after
# holdout21/holdout22 were retired; blind (holdout24) until its figures were reported at stop 30, then retired
# (tests/data/eval/seen24/README.md and CALLS.md)
later blind_set seen24 900 140 140 90 31
# seen25: replies (blind25r: home-renovation, furniture and mattress, moving-services and gas-safety-check
# lines staffed in Chengdu and Chongqing; Sichuan/Chongqing dialect and 五笔 slips, terse ex-soldiers) and
# plays (blind25c: 93 over all 31 scenarios, a Chengdu telecom-outsourcing training manager strict on records),
# written after holdout23/holdout24 were retired; blind (holdout25) until its figures were reported at stop 31,
# then retired (tests/data/eval/seen25/README.md and CALLS.md)
later blind_set seen25 900 140 140 90 31
# seen26: replies (blind26r: cross-border e-commerce and duty-free, the customs 12360 line, a parcel
# forwarder and border tourism, staffed in Kunming and Nanning; Mandarin as a second language, voice-input
# homophones) and plays (blind26c: 93 over all 31 scenarios, a Wuhan insurance-claims 质检员), written after
# holdout23/holdout24 were retired; blind (holdout26) until its figures were reported at stop 31, then retired
# (tests/data/eval/seen26/README.md and CALLS.md)
later blind_set seen26 900 140 140 90 31
# seen27: replies (blind27r: Harbin/Shenyang district heating, ice-and-snow tourism and a farm-machinery
# dealer's line; 东北话, handwriting-input shape slips, retrained laid-off factory workers) and plays (blind27c:
# 93 over all 31 scenarios, a Harbin heating call centre's quality supervisor), written after holdout25/holdout26
# were retired; blind (holdout27) until its figures were reported at stop 32, then retired
# (tests/data/eval/seen27/README.md and CALLS.md)
later blind_set seen27 900 140 140 90 31
# seen28: replies (blind28r: Gen-Z college part-timers on online-education, university admissions and
# campus-card, student-loan and concert-ticketing lines; net slang, pinyin abbreviations, emoji) and plays
# (blind28c: 93 over all 31 scenarios, a Xiamen cross-strait training lead; over half in traditional characters
# with Taiwan usage and 注音 slips), written after holdout25/holdout26 were retired; blind (holdout28) until
# its figures were reported at stop 32, then retired (tests/data/eval/seen28/README.md and CALLS.md)
later blind_set seen28 900 140 140 90 31
# seen29: replies (blind29r: a Changsha/Nanchang medical-services centre — 114 hospital appointments, a
# pharmacy chain's orders, 医保 enquiries, physical-exam booking; ex-nurses and returners from Hunan/Jiangxi,
# fuzzy-sound pinyin slips, 湘/赣 words) and plays (blind29c: 93 over all 31 scenarios, a Zhengzhou 95598 quality
# examiner; seed-1 values filled by clerk fill29), written after holdout27/holdout28 were retired; blind
# (holdout29) until its figures were reported at stop 33, then retired (tests/data/eval/seen29/README.md and CALLS.md)
later blind_set seen29 900 140 140 90 31
# seen30: replies (blind30r: a Shenzhen/Dongguan outsourced centre for real estate, 长租公寓, property
# management and used cars; migrant trainees, southern fuzzy pinyin, Cantonese particles, salesy address) and
# plays (blind30c: 93 over all 31 scenarios, a Changsha hospital group's head nurse; seed-1 values filled by
# clerk fill30), written after holdout27/holdout28 were retired; blind (holdout30) until its figures were
# reported at stop 33, then retired (tests/data/eval/seen30/README.md and CALLS.md)
later blind_set seen30 900 140 140 90 31
# seen31: replies (blind31r: a Taiyuan/Datong centre for the 12328 transport hotline, heating and gas, a rural
# bank's elderly-customer line and a sports-lottery line; re-employed women from mine towns and retired clerks typing
# with a handwriting pad and voice input, Shanxi words) and plays (blind31c: 93 over all 31 scenarios, a Taiyuan bank
# card centre's quality examiner, strict on read-back and records), written after holdout29/holdout30 were retired;
# blind (holdout31) until its figures were reported at stop 34, then retired (tests/data/eval/seen31/README.md and CALLS.md)
later blind_set seen31 900 140 140 90 31
# seen32: replies (blind32r: a Qingdao/Yantai centre for port logistics and customs brokerage, a seafood cold-chain
# shop, ferries and a beer-festival ticket line; vocational-school interns on 9-key phone pinyin, Jiaodong words) and
# plays (blind32c: 93 over all 31 scenarios, a Lanzhou/Urumqi multi-ethnic centre's training lead, trainees with
# Mandarin as a second language), written after holdout29/holdout30 were retired; blind (holdout32) until its
# figures were reported at stop 34, then retired (tests/data/eval/seen32/README.md and CALLS.md)
later blind_set seen32 900 140 140 90 31
# seen33: replies (blind33r: a Fuzhou/Wenzhou centre for a city water utility, a pawn-shop and small-loan line and
# an overseas-Chinese remittance and parcel line; 五笔 shape slips and 双拼 wrong-scheme slips, Min/Wu Mandarin) and
# plays (blind33c: 93 over all 31 scenarios, a Nanjing/Wuxi 12345 government hotline's quality reviewer, strict on
# escalation, 推诿 and records as dictated), written after holdout31/holdout32 were retired; blind (holdout33) until its
# figures were reported at stop 35, then retired (tests/data/eval/seen33/README.md and CALLS.md)
later blind_set seen33 900 140 140 90 31
# seen34: replies (blind34r: a Hohhot/Baotou centre for a dairy co-operative, a carrier's rural packages and a freight
# railway; Mongolian-Han bilingual trainees on voice input, internet wording, 阴阳怪气) and plays (blind34c: 93 over all 31
# scenarios, a Guangzhou/Shantou e-commerce after-sales team leader, warm chatty part-timers, end-of-shift faults),
# written after holdout31/holdout32 were retired; blind (holdout34) until its figures were reported at stop 35, then
# retired (tests/data/eval/seen34/README.md and CALLS.md)
later blind_set seen34 900 140 140 90 31
# holdout35: replies (blind35r: a Shijiazhuang/Baoding centre for the 95598-style electricity line of Hebei villages, a
# county hospital's appointment and results line and a TV-shopping return line; women retraining on handwriting pads,
# vocational trainees with Hebei words) and plays (blind35c: 93 over all 31 scenarios, a Jinan/Zibo bank credit-card and
# consumer-loan desk's exam examiner, strict on 禁忌语, tone and read-back), written after holdout33/holdout34 were retired
# (tests/data/eval/holdout35/README.md and CALLS.md)
later blind_set holdout35 900 140 140 90 31
# holdout36: replies (blind36r: a Haikou/Sanya centre for an island tourism hotline, duty-free after-sales and ferry and
# airport shuttles; Hainan Mandarin, traditional characters for Taiwan and Hong Kong tourists, phone-keyboard slips,
# English mixed in) and plays (blind36c: 93 over all 31 scenarios, a Changchun/Jilin car-maker owner hotline's trainer,
# relaxed on wording, strict on tickets as dictated, call-backs, escalation and holds), written after holdout33/holdout34
# were retired (tests/data/eval/holdout36/README.md and CALLS.md)
later blind_set holdout36 900 140 140 90 31

# dev17 (helper callsdev): an open development set of plays only, two per scenario (a competent
# trainee and one single fault), ranges from the rubric before the plays were run
# (tests/data/eval/dev17/CALLS.md). Its format is checked like a blind set's plays, and further: each
# scenario has exactly PER plays of which one competent, and calls/ holds no file the TSV leaves out.
# dev_calls_set SPLIT PLAYS SCENARIOS PER
dev_calls_set() {
  local sp=$1 want=$2 wscen=$3 per=$4 dir=$data/$1 nbad=0 p_sp sc rep lo hi2 passed af comp
  while IFS=$'\t' read -r p_sp sc rep lo hi2 passed af comp _; do
    if [ "$p_sp" != "$sp" ] || [ "$rep" != "${rep##*/}" ] || [ ! -f "$dir/calls/$rep" ] || [ "${rep%%.*}" != "$sc" ] \
       || [ ! -f "scenarios/$sc.lua" ] || ! [[ $lo =~ ^[0-9]+$ && $hi2 =~ ^[0-9]+$ ]] || [ "$lo" -gt "$hi2" ] \
       || ! [[ $passed =~ ^(true|false)$ && $af =~ ^(true|false)$ && $comp =~ ^[01]$ ]] \
       || { [ "$passed" = true ] && [ "$lo" -lt 60 ]; } || { [ "$comp" = 1 ] && [ "$passed" != true ]; }; then
      nbad=$((nbad + 1)); echo "  $sp/calls.tsv: bad play line for $rep"
    fi
  done < <(grep -v '^#' "$dir/calls.tsv")
  local n ns uneven extra
  n=$(grep -vc '^#' "$dir/calls.tsv"); ns=$(grep -v '^#' "$dir/calls.tsv" | cut -f2 | sort -u | wc -l)
  uneven=$(grep -v '^#' "$dir/calls.tsv" | awk -F'\t' -v per="$per" '{ n[$2]++; c[$2] += $8 }
    END { for (s in n) if (n[s] != per || c[s] != 1) k++; print k + 0 }')
  extra=$(comm -23 <(ls "$dir/calls" | sort) <(grep -v '^#' "$dir/calls.tsv" | cut -f3 | sort) | wc -l)
  if [ "$nbad" -eq 0 ] && [ "$n" -eq "$want" ] && [ "$ns" -eq "$wscen" ] && [ "$uneven" -eq 0 ] && [ "$extra" -eq 0 ]; then ok
  else bad "$sp: $nbad bad lines, $n plays over $ns scenarios (want $want over $wscen), $uneven scenarios without $per plays and one competent, $extra files in calls/ not in calls.tsv"; fi
  if bash tools/eval.sh --callsim "$callsim" --split "$sp" --out "$tmp/$sp" >"$tmp/$sp.out" 2>&1 \
     && grep -q "^$sp	calls.n	$want\$" "$tmp/$sp/summary.tsv"; then
    ok
    echo "$sp (open development set; information, no threshold): $(awk -F'\t' -v s="$sp" '$1 == s && $2 == "calls.outside" { print $3 }' "$tmp/$sp/summary.tsv") of $want plays outside"
  else
    bad "tools/eval.sh --split $sp did not run its $want plays"; tail -3 "$tmp/$sp.out"
  fi
}
later dev_calls_set dev17 62 31 2

# dev34 (helper dev34): the same kind of open development set, a competent trainee in an unusual style and
# one subtle fault per scenario, ranges from the rubric before the plays were run (tests/data/eval/dev34/CALLS.md)
later dev_calls_set dev34 62 31 2

collect
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
