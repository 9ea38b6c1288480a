#!/usr/bin/env bash
# Standard phrases judged wrongly, by class (helper phr17, the seen17/seen18 phrase misses), on the helper's
# own rows, every row held to its label:
#  1. tests/data/phrase_more_phr17.tsv (CATEGORY<TAB>LABEL<TAB>TEXT<TAB>NOTE): fuzzy-pinyin slips (模糊音) read
#     as the keyword meant, parts said in other words, rude tails
#     after a correct phrase; the grader before the fixes had 5 of 15 right;
#  2. the slips are said in the verdict's typos with kind "fuzzy" (typed → meant), a numeral typed by sound as
#     the numeral (解四, not 解4), and a numeral that is a number (四号店) is no slip;
#  3. tests/data/tone_more/phr17.tsv: both verdicts of every row (category taboo), grading/tone_phrase_tail.c.
# 贵阳 T-GSOCCIA 001—2020 §二(二), §二(三)6; 国家职业技能标准 呼叫中心服务员 3.1.
#   bash tests/cli/test_phr17.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/phrase_rows.sh
rows_test_begin test_phr17
phrase_rows_held tests/data/phrase_more_phr17.tsv
check_slip opening "您好，我是物业客服12号，很高兴为您胡务。" "为您胡务 为您服务 fuzzy"
check_slip explain_again "这个退款流程您还有不明白的地方吗？我再给您解四一下。" "解四 解释 fuzzy"
check_slip hold_before "请您扫等，我帮您查一下物流。" "扫等 稍等 fuzzy"
check_slip opening "您好，我是客服12号，请问有什么可以帮您？我们四号店周末也营业。" "  "
check_slip closing "感谢您的来电，祝您生活愉快，在见。" "在见 再见 pinyin"
tone_rows_held tests/data/tone_more/phr17.tsv
rows_test_end
