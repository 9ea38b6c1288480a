#!/usr/bin/env bash
# Helper fp17's precision probes (tests/data/tone_more/fp17.tsv: 400 competent replies and 120 rude twins from
# eight desks nobody had probed, labelled before the grader was run on them, then 14 innocent and 13 rude rows for
# the classes fixed, written after), each graded as category taboo, row by row (issue #11 precision; 国家职业技能标准 3.1 and
# 贵阳 T-GSOCCIA 001—2020 §二(三)6 judge words said AT the caller). Every row must get both labels right, except:
#   - an innocent row flagged by the tone model alone (no insult): put to the examiner (REFER, issue #11 item 5),
#     at most 9 (the model is retrained by the lead only);
#   - the rows named in OPEN below, each with why it is left open.
# Figures when the classes were fixed: innocent rows flagged by a rule 3 -> 0 (您嘞 + a noun as 您的 in
# Henan/Shandong speech; V了N次 counting the caller's own deed, not calls; the caller's question quoted after
# 您问); rude twins missed 12 -> 10 (dare_taunt); condescending 您懂什么是… made an insult 1 -> 0.
#   bash tests/cli/test_fp17.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
file=tests/data/tone_more/fp17.tsv
. tests/lib/taboo_rows.sh
# OPEN rows: text<TAB>why. Misses of rhetorical questions and sarcasm without a marker word (helper miss17 works
# on missed 禁忌语), insults and threats missed or over-read (helper taboo17's insult rules), the tone model's.
OPEN=$(cat <<'ROWS'
我都说了罚款复议不在这儿，您听不懂中国话吗	borderline: the lexicon holds 听不懂中国话 an insult like 听不懂人话; labelled condescension
您这眉毛画粗了正好，显得精神	tone model makes the sarcasm an insult (retrain)
家里没人还订气，师傅白跑一趟，这趟上楼费您得出	miss: blame by a charge laid on the caller, no marker word
钢瓶都十五年了还在用，您不怕炸吗？	miss: rhetorical 您不怕X吗 (您不怕冷吗 is a caring question)
您家的气就是比别人家用得快，是拿来烧水洗澡的吧	miss: sarcasm by an absurd guess, no marker word
气不满？您是拿秤称过还是拿鼻子闻的	miss: sarcasm by a mock choice of question, no marker word
带自拍杆进展厅，您觉得合适吗？	miss: rhetorical 您觉得合适吗 (这个时间您觉得合适吗 asks)
蜂窝煤送到楼下还不够吗？还要我们给您搬进厨房？	miss: rhetorical 还不够吗 / 还要我们…？
这道剁椒鱼头挺辣的，您敢吃辣吗？不敢的话我们可以做微辣	tone model makes 敢 in a question of taste an insult (retrain)
ROWS
)
pass=0 fail=0 refer=0
while IFS=$'\t' read -r want_t want_i kind text got_t got_i labels reason; do
  if [ "$want_t" = "$got_t" ] && [ "$want_i" = "$got_i" ]; then pass=$((pass + 1)); continue; fi
  why=$(printf '%s\n' "$OPEN" | awk -F'\t' -v t="$text" '$1 == t { print $2 }')
  if [ -n "$why" ]; then
    echo "OPEN want $want_t/$want_i got $got_t/$got_i [$kind] $text  ($why)"
  elif taboo_refer "$want_t" "$want_i" "$got_t" "$got_i" "$reason"; then
    refer=$((refer + 1)); echo "REFER (model only, put to the examiner) [$kind] $text"
  else
    fail=$((fail + 1)); echo "FAIL taboo/insult want $want_t/$want_i got $got_t/$got_i [$kind] $text  $labels ($reason)"
  fi
done < <(taboo_file_graded test_fp17 "$callsim" "$file" || echo "ERR")
taboo_refer_bound test_fp17 "$refer" 9
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
