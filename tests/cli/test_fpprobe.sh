#!/usr/bin/env bash
# Helper fpprobe's precision probes (tests/data/tone_more/fpprobe.tsv: 459 innocent replies and 151 rude
# twins from ten desks unlike telecom and e-commerce, labelled before the grader was run on them), each
# graded as category taboo. Figures, each against a bound set when the classes were fixed (issue #11
# precision; 国家职业技能标准 3.1 and 贵阳 T-GSOCCIA 001—2020 §二(三)6 judge words said AT the caller):
#   - innocent rows (0/0) a RULE flags as 禁忌语 (reason not tone.model): at most 2 (22 before the fixes:
#     a fault denied with its cause given, 操 glued in 实操, 废物 as waste, 不是什么蠢问题, SB开头的单号,
#     这不是死机, 您的原话是“…”, 第一次办…需要, 有啥不明白的尽管问, 蚊子特别多, 遭罪 with help, 手续费就算了;
#     不是说您有什么问题，是管理员还没给您开权限; the 2 left are rows the file marks borderline);
#   - innocent rows the grader makes an insult (rule or model): at most 1 (9 before; the one left is the
#     tone model's alone, on 您可小心点，最近有人冒充物业…);
#   - innocent rows flagged by the tone model alone: printed as REFER lines (put to the examiner, issue #11
#     item 5), at most 30 (27 when written; the model is retrained by the lead only);
#   - rude twins (taboo 1): at least 147 of 151 flagged; those labelled insult: at least 58 of 69 made an
#     insult (the figures before and after the fixes: no rude twin lost).
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_fpprobe.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
file=tests/data/tone_more/fpprobe.tsv
. tests/lib/taboo_rows.sh
graded=$(taboo_file_graded test_fpprobe "$callsim" "$file") || { printf '%s\n' "$graded"; exit 1; }
printf '%s\n' "$graded" | awk -F'\t' '
  $1 == 0 && $2 == 0 && $5 && $8 != "tone.model" { rule++; printf "FLAG (rule) [%s] %s  %s\n", $3, $4, $7 }
  $1 == 0 && $2 == 0 && $6 { ins++; printf "INSULT on an innocent [%s] %s  %s (%s)\n", $3, $4, $7, $8 == "" ? "-" : $8 }
  $1 == 0 && $2 == 0 && $5 && !$6 && $8 == "tone.model" { model++; printf "REFER (model only, put to the examiner) [%s] %s\n", $3, $4 }
  $1 == 1 { rude++; caught += $5 }
  $1 == 1 && $2 == 1 { rins++; rcaught += $6 }
  $1 == 1 && !$5 { printf "MISS [%s] %s\n", $3, $4 }
  function bound(name, got, ok, limit) {
    if (ok) { pass++; printf "ok   %s %d (bound %s)\n", name, got, limit } else { fail++; printf "FAIL %s %d (bound %s)\n", name, got, limit }
  }
  END {
    bound("innocent rows flagged by a rule", rule, rule <= 2, "<= 2")
    bound("innocent rows made an insult", ins, ins <= 1, "<= 1")
    bound("innocent rows flagged by the model alone", model, model <= 30, "<= 30")
    bound("rude twins flagged", caught, caught >= 147, ">= 147 of " rude)
    bound("insulting twins made an insult", rcaught, rcaught >= 58, ">= 58 of " rins)
    printf "%d passed, %d failed\n", pass, fail
    exit fail > 0
  }'
