#!/usr/bin/env bash
# Standard phrases judged wrongly, by class (helper phr21, the seen19/seen20 phrase misses), on the helper's
# own rows, every row held to its label:
#  1. tests/data/phrase_more_phr21.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE): nine-key (T9) slips and
#     voice-input homophone words read as the keyword meant in its own place (and not elsewhere), template
#     fields left in brackets (not a bracketed page, menu, brand name or emoticon code: helper fix21p's rows),
#     numbers read back masked, 2.6's offer to say it again, rude tails after a
#     correct phrase;
#  2. the slips are said in the verdict's typos with kind "t9" (typed → meant), a homophone word with kind
#     "pinyin";
#  3. tests/data/tone_more/phr21.tsv: both verdicts of every row (category taboo), grading/tone_jab.c (next_time_at_once,
#     abuse_questioned: phr21's all_at_once and conduct_grilled joined with taboo21's by fix21t).
# 贵阳 T-GSOCCIA 001—2020 §二(一)、§二(二), §二(三)6; 国家职业技能标准 呼叫中心服务员 3.1.
#   bash tests/cli/test_phr21.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/phrase_rows.sh
rows_test_begin test_phr21
phrase_rows_held tests/data/phrase_more_phr21.tsv
check_slip hold_before "先生您好，请您稍风，我帮您查一下账单好吗？" "稍风 稍等 t9"
check_slip hold_before "女士，请稍等，我帮您格式一下这笔扣款。" "格式 核实 t9"
check_slip emotional "您的心情我非常礼节，为了尽快帮您解决，请问您的订单号是多少？" "非常礼节 非常理解 pinyin"
check_slip praised "不客气，下次有问题您可以再打过来。" "  "
# (helper fix21p) a slip in the place where the standard says another keyword of the same part (核实 / 核对)
check_slip hold_before "女士您好，请您稍等，我帮您格对一下订单好吗？" "格对 核对 t9"
tone_rows_held tests/data/tone_more/phr21.tsv
rows_test_end
