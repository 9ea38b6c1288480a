#!/usr/bin/env bash
# A rude word denied, then said again in other words (helper tidy13): 我没说您笨，只是您… takes the word
# back only when the contrast clause after it restates nothing of the caller. Innocents first: the
# contrast names a fact, a rule, the line, the agent's own lapse or a form (只是您可能没注意到短信,
# 只是这个规定确实复杂). Rude twins: the contrast says the caller did not understand, is slow of mind,
# or is at fault (只是您到现在还没弄明白): the denied word stands, an insult (国家职业技能标准 3.1
# 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). Sentences written for this test; the six rude rows
# grade clean before grading/words.c's fault_restated. Graded by `callsim grade-phrase --batch`, taboo.
#   bash tests/cli/test_denial_restated.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_denial_restated: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# expected taboo (1 a 禁忌语), expected insult (1 fails the call), class, reply
rows=$(cat <<'ROWS'
0	0	deny_then_fact	我没说您笨，只是您可能没注意到短信
0	0	deny_then_rule	不是说您不懂，只是这个规定确实复杂
0	0	deny_then_me	我没说您笨，只是我刚才没讲清楚，我再说一遍
0	0	deny_then_agent_lost	我没说您笨，不过您说的我没太听懂，麻烦您再说一遍
0	0	deny_then_steps	我绝不是说您糊涂，不过这个流程步骤确实多，我一步一步陪您弄
0	0	deny_then_need	我没有说您啰嗦的意思，但是您说的情况我还需要再核实一下
0	0	deny_then_scam	不是说您傻，只是骗子的手法太高明了，谁都可能上当
0	0	deny_then_line	我没说您笨，只是电话里信号不好，您可能没听清
0	0	deny_then_form	我可没说您笨，只是表格有个地方填得不对，我帮您改一下
0	0	deny_then_system	我没说您理解能力差，可是系统的提示写得确实容易看错
1	1	deny_restated_slow	我没说您笨，只是您的反应确实慢了一点
1	1	deny_restated_understand	我从来没说过您傻，不过您确实一直没听懂
1	1	deny_restated_mind	我绝对没有骂您蠢，但是您脑子转得真的太慢了
1	0	deny_blamed_after	我没说你笨，可是这事就是你自己搞错了
1	1	deny_restated_again	不是说您傻，只是您到现在还没弄明白
1	1	deny_restated_listen	我并不是说您笨，但您确实听不懂我说的话
ROWS
)
. tests/lib/taboo_rows.sh
grade_taboo_rows test_denial_restated "$callsim" "$rows"
