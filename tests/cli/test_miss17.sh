#!/usr/bin/env bash
# Helper miss17's probes (tests/data/tone_more/miss17.tsv, taboo<TAB>insult<TAB>kind<TAB>text): 禁忌语 at eight desks
# no probe had used, polite twins first, graded by `callsim grade-phrase --batch`, category taboo; both labels of
# every row must be right (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020
# §二(三)6, §二(二) 2.1), except the rows listed OPEN below, each with the reason it is left. An OPEN row the
# grader now gets right fails too, so the list shrinks as rows are fixed. Before miss17's rules (grading/
# tone_miss17.c): 37 rude rows missed; see the commits for the figures after.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_miss17.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_miss17: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
file=tests/data/tone_more/miss17.tsv
# text<TAB>why it is left open
open=$(cat <<'OPEN'
墓地选址我们这边不负责，不过陵园的咨询电话我可以给您，他们周末也有人接	false flag: 推卸责任 with the number offered after; cs_words_help_after reads no offer in 电话我可以给您 (the object put first), and widening the offer reading moves every 推 label (open21: left)
您说的这个水域属于保护区，办不了垂钓证，附近的东湖可以办，我给您说一下	false flag by the tone model alone on a refusal with the alternative given (retrain; open21: left)
合同里写的是三十张精修，您想多修的话每张加五十元，您看需不需要	false flag: 打发客户 (tone_dismissive) on 您想多修的话 + a price, an offer; the rule's 您想多… reading is shared with real brush-offs (open21: left)
蜂窝煤也可以送，一百块起送，您要多少	false flag by the tone model alone on a minimum order (retrain; open21: left)
这是安全规定，超期钢瓶我们不能充，不是故意为难您，请您理解	false flag: the list's 这是规定 with the reason and 请您理解 after; the same words close a wall of rules (这是规定，请您理解), an examiner's call (open21: left)
您说的都对，我们马上改	false flag: the list's 你说的都对 read as sarcasm though our fix follows; clearing it on any 我们 after would clear 您说的都对，我们都是错的 too (open21: left)
不是孩子自己的问题，是我们老师没照顾好，实在抱歉	false flag by the tone model alone on the fault owned (retrain; open21: left)
我就不重复念了，已经发到您手机上了，您看一下	false flag by the tone model alone on a repetition replaced by a text message (retrain; open21: left)
您这身体素质真棒，献一次晕一次	false insult: mock praise with no demeaning word is taboo 1 insult 0 (the label rule); another rule's insult
哟，您家孩子是要上清华吗，一个幼儿园挑成这样	false insult: sarcasm with no demeaning word; another rule's insult
谢谢您啊，不过这个不用您操心，您别管了	miss: 您别管了 said to the caller about their own matter; 别管 has too many innocent uses for a rule this round
您家可真难找，师傅转了三圈都没转到	miss: a complaint disguised as a remark on the caller's home; no rule
我提醒您，下次办证前先把规定学一学	miss: lecture by an order to study the rules; 学一学 too broad for a rule this round
您好，请您动动手指自己预约，谢谢	miss: 动动手指 (do it yourself) in a polite wrapper; one idiom, no class
您好，票务中心，没票了，请问还有什么可以帮您	miss: borderline, curt 没票了 with no alternative inside the opening phrase
那个家属您听我说就是火化的时间已经排满了您问我也没用您自己去找领导吧我这边还有别的电话	miss: voice-input run-on; 问我也没用 and 自己去找 are not read without the clause cuts
改天再说改天再说，今天不聊这个	miss: put off without help (改天再说 twice); no rule this round
您觉得这样合适吗，别的家长都在排队	miss: 您觉得…合适吗 is also a real question about a time or a choice
OPEN
)
rows=$(grep -v '^#' "$file" | awk -F'\t' 'NF == 4')
[ -n "$rows" ] || { echo "test_miss17: no rows in $file"; echo "0 passed, 1 failed"; exit 1; }
v=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end), ((.taboo // []) | join(","))] | @tsv') ||
  { echo "test_miss17: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
paste <(printf '%s\n' "$rows") <(printf '%s\n' "$v") | awk -F'\t' -v open="$open" '
  BEGIN { n = split(open, o, "\n"); for (i = 1; i <= n; i++) { split(o[i], f, "\t"); if (f[1] != "") left[f[1]] = f[2] } }
  {
    right = ($1 == $5 && $2 == $6)
    if (($4 in left) && right) { printf "FAIL open row now right, take it off the OPEN list: %s\n", $4; fail++; next }
    if (($4 in left) || right) { pass++; next }
    printf "FAIL want %s/%s got %s/%s [%s] %s  %s\n", $1, $2, $5, $6, $3, $4, $7; fail++
  }
  END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
