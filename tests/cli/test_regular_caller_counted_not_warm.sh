#!/usr/bin/env bash
# Fault: the @warm exception of assets/taboo.txt (又是您/又是你 not counted when the reply greets a
# regular caller warmly; cs_words_warm_regular) let 又是你 through when the welcome went on to count
# the caller's calls (欢迎欢迎，这个月第五次了) or to call the caller idle (最近挺清闲啊): an address or
# a 欢迎 made it warm, and no other flag was left, so a sigh at a repeat caller passed as polite
# (贵阳 T-GSOCCIA 001—2020 §二(三) 6 注意通话语气和态度). Innocent rows (a regular welcomed, the last
# matter asked after) must stay unflagged. Sentences written for this test (helper review11).
#   bash tests/cli/test_regular_caller_counted_not_warm.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_regular_caller_counted_not_warm: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# class, expected taboo (1 a 禁忌语), category, reply (tests/lib/phrase_rows.sh)
rows=$(cat <<'ROWS'
rude	1	taboo	又是你呀大哥，欢迎欢迎，这个月第五次了
rude	1	taboo	又是你啊老师，最近挺清闲啊
rude	1	taboo	又是您呀阿姨，您好，今天第3回了吧
rude	1	taboo	又是您啊大爷，请讲，您可真够闲的
rude	1	taboo	又是你呀大姐，你好，没事干就打过来啦
innocent	0	taboo	又是您呀张阿姨，今天有什么可以帮您的
innocent	0	taboo	又是您啊王大爷，上次的事解决了吧，这次是什么问题呢
innocent	0	taboo	又是您呀李老师，好久不见，最近身体还好吧
ROWS
)
. tests/lib/phrase_rows.sh
grade_phrase_rows test_regular_caller_counted_not_warm "$callsim" "$rows"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
