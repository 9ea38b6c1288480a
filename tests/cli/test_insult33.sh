#!/usr/bin/env bash
# Helper insult33's classes of a rude word aimed at no caller, on the helper's own sentences, innocent twins first
# (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; 呼叫服务员职业标准(试行) 五级 三(一)2): a word of a dull mind inside a
# noun phrase about a beast or a toy (山上有傻狍子), 滚 the rolling of a thing (把油桶往墙边滚一下), the weather likened
# (这风刮得跟疯了一样), an oath at how things stand (卧槽，卧铺全卖光了: 禁忌语, no insult), a chat sticker's caption
# ([捂脸]); and the rude twins the same words must still fail.
# tests/data/tone_more/insult33.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: a rude row must
# get both labels from a rule (not from the statistical tone model alone, reason tone.model); an innocent row flagged
# by the model alone is a REFER line (put to the examiner), at most MAX_REFER, and one flagged by a rule fails.
#   bash tests/cli/test_insult33.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_insult33 "$callsim" tests/data/tone_more/insult33.tsv 2
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
