#!/usr/bin/env bash
# False flags by class (helper fix15t, review15 replies items 1, 4, 6, 8), each class with innocents
# and rude twins: a kind warning (小心 with a hazard), a relative compared on height or worry, 我妈的 as
# "my mother's", a fault admitted or named as no coincidence, 就这样吧 closing kindly,
# a grievance endorsed with a remedy, the young offered as one way with the agent's teaching after, a weak
# sense met by the agent adjusting, 再…试试 as a retry, the agent's own blunder, a third party's finding, the
# terms pointed to their clause; and the filler rule's real words (就是/这个/然后).
#  1. tests/data/tone_more/fix15t.tsv: both verdicts of every row (category taboo);
#  2. tests/data/phrase_more_fix15t.tsv (CATEGORY<TAB>LABEL<TAB>TEXT): the phrase verdict.
# 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; 国家职业技能标准 呼叫中心服务员 3.1.
#   bash tests/cli/test_fix15t.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix15t: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
. tests/lib/taboo_rows.sh
# an innocent row (0/0) flagged by the statistical tone model alone (reason tone.model, no insult) is put
# to the examiner panel, as in test_review15.sh, and fails only above MAX_REFER; any rule's wrong verdict
# or a model insult fails its row
MAX_REFER=2
pass=0 fail=0 refer=0
taboo_review_rows "$callsim" tests/data/tone_more/fix15t.tsv 1
taboo_refer_bound test_fix15t "$refer" "$MAX_REFER"
phrase_rows_checked "$callsim" tests/data/phrase_more_fix15t.tsv
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
