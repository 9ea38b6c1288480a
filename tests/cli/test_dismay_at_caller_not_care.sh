#!/usr/bin/env bash
# Fault: the @care exception of assets/taboo.txt (哎呀妈呀 / 我的妈呀 / 妈呀 not counted when the reply
# goes on in sympathy, apology or help; cs_words_sympathy) let the exclamation through when it was
# aimed at the caller's manner (哎呀妈呀，你可真能折腾) and help followed (我马上帮您查): the help
# words alone made it "care", and no other flag was left, so a rude reply passed as polite
# (贵阳 T-GSOCCIA 001—2020 §二(三) 6 注意通话语气和态度). Dismay at how the caller talks or carries on
# is no sympathy. Innocent rows (dismay at the caller's trouble, with care) must stay unflagged.
# Sentences written for this test (helper review11). Graded by `callsim grade-phrase --batch`.
#   bash tests/cli/test_dismay_at_caller_not_care.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_dismay_at_caller_not_care: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# class, expected taboo (1 a 禁忌语), category, reply (tests/lib/phrase_rows.sh)
rows=$(cat <<'ROWS'
rude	1	taboo	哎呀妈呀，你可真能折腾，我马上帮您查
rude	1	taboo	哎呀妈呀，你话真多，我这就帮您登记
rude	1	taboo	我的妈呀，您可真能磨，行吧我马上给您办
rude	1	taboo	妈呀，您这么能说，我立刻为您处理
rude	1	taboo	哎呀妈呀，你也太能扯了，我这就给您派单
innocent	0	taboo	哎呀妈呀，让您等了老半天，实在对不住
innocent	0	taboo	我的妈呀，您摔得这么重，我马上给您派车
innocent	0	taboo	哎呀妈呀，这雨下得，您没事吧，我马上帮您报修
innocent	0	taboo	我的妈呀，水管爆成这样，您辛苦了，我这就给您派人
ROWS
)
. tests/lib/phrase_rows.sh
grade_phrase_rows test_dismay_at_caller_not_care "$callsim" "$rows"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
