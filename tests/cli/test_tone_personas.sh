#!/usr/bin/env bash
# 禁忌语 and insults of the persona classes helper voices2 fixed (issue #11; tests/data/tone_more/voices2.tsv
# holds the six personas' own rows, graded before any fix). Sentences written for this test from the
# standard (呼叫服务员职业标准(试行) 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA
# 001—2020 §二(三) 6, §二(四) 4.2), none a row of voices2.tsv, an eval set or another corpus:
#   particle     an @aimed name closed by a regional sentence particle (白目喔你, 北七捏你: Taiwan 喔 欸 捏,
#                川渝 嗦 噻, 湘 咯; grading/phrase_match.c REGIONAL_TAIL), and the same particles after
#                innocent words and reported speech
#   regional     name-calling, curses and threats of 川渝, 湘, 东北, 粤 and 台 desks (assets/taboo.txt),
#                and the same characters in innocent words (宝器 a treasure, 粉肠 a dish, 三小时, 削苹果)
#   officialese  官腔 of an office clerk: 研究研究 with no answer, 不是你想…就能…, 明天请早, 把态度端正,
#                别为难我, sent to find the 对口 office alone; and the polite replies beside them
#   canto_read   Cantonese 禁忌语 as the grader reads them (冇 = 没有, 唔 = 不: grading/cantonese.c), and a
#                refusal that offers a way on (冇得退嘅話，我哋可以幫你換貨); 同 before a person read as 跟
#                (唔好同我講道理 = 不要跟我讲道理, grading/cantonese.c)
# Before the fix (2026-11-26): particle 12/17, regional 10/19, officialese 7/11, canto_read 2/7.
# Known open, not asserted (not these classes): 那隻小狗好笨喔 (insult 好笨 said of a dog),
# 天热您找个阴凉地方凉快凉快 (the tone model), 唔好意思阻住你時間，我好快講完 (tone.impatient 快讲完).
# Each row: CLASS<TAB>TABOO<TAB>INSULT<TAB>TEXT; prints one FAIL line per wrong verdict, then "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_tone_personas: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
rows=$(cat <<'ROWS'
particle	1	1	白痴喔你，講半天還不懂
particle	1	1	神經病欸你，一直打來
particle	1	1	脑残咧你，这都不看
particle	1	1	智障捏你，自己按錯還怪人
particle	1	1	笨蛋啰你，密码都记不住
particle	1	1	你是神经病嗦，半夜打过来
particle	1	1	疯子噻你，吼啥子吼
particle	1	1	蠢货哇你，钱都转给骗子了
particle	0	0	垃圾要分類喔，廚餘另外放
particle	0	0	是我太笨了喔，剛剛按錯，馬上幫您重新處理
particle	0	0	您說對方罵您白痴喔？那我幫您記錄下來檢舉
regional	1	1	你这个龟儿子，莫再打来了
regional	1	1	宝器，跟你讲不清楚
regional	1	1	你真是个方脑壳，转不过弯
regional	1	1	你咋虎了吧唧的，钱都敢往外借
regional	1	1	彪呼呼的，问个没完
regional	1	1	你個粉腸，扮晒嘢
regional	1	1	on9仔，自己撳錯
regional	1	1	靠腰啦，一直打來
regional	1	1	你講三小，聽不懂
regional	1	1	信不信我削你
regional	1	1	上一边凉快去，别烦我
regional	1	1	你个宝里宝气的伢子，讲不听
regional	0	0	这件宝器是国家一级文物，不外借
regional	0	0	您点的粉肠粥已经送出，二十分钟到
regional	0	0	师傅大约三小时后到您家
regional	0	0	先把苹果削好皮再榨汁就行
regional	0	0	龟苓膏和凉茶都在二号货架
regional	0	0	您说那个人骂您龟儿子，我们会把录音交给警方
officialese	1	0	这个要研究研究，你回去等通知
officialese	1	0	不是你想退就能退的，合同签了
officialese	1	0	不是您想改就能改的
officialese	1	0	今天办不了了，明天请早
officialese	1	0	你先把态度端正了再说
officialese	1	0	你别为难我，我也是按规定办事
officialese	1	0	你去找对口部门问，我们这不管
officialese	0	0	我们会认真研究您的建议，一周内给您答复
officialese	0	0	这项业务由社保局办理，我帮您联系对口部门，稍后给您回电
officialese	0	0	不好意思让您为难了，这个材料我们帮您补开
officialese	0	0	您想退的话我马上帮您申请，三个工作日到账
canto_read	1	0	冇得退㗎，條款寫咗
canto_read	1	0	唔好嘈啦，排隊
canto_read	1	0	講咗好多次啦，自己睇
canto_read	1	0	唔好阻住我，後面好多人
canto_read	1	0	扮可憐博同情都冇用
canto_read	0	0	冇得退嘅話，我哋可以幫你換貨
canto_read	1	0	唔好同我講道理啦，規矩係咁
canto_read	1	0	咪同我講咁多，冇用
canto_read	0	0	我同你講，呢個優惠聽日就冇
canto_read	0	0	唔該你同我講多次個單號
particle	1	1	白目喔你，講話那麼衝
particle	1	1	北七捏你，填錯還來吵
particle	1	1	低能欸你，說明書不會看
particle	1	1	十三点咯你，半夜打过来
particle	0	0	北七路公車改道了喔，要到下一站搭
ROWS
)
out=$(printf '%s\n' "$rows" | awk -F'\t' '{ print "taboo\t" $4 }' | "$callsim" grade-phrase --batch |
      jq -r '[(if .match then 1 else 0 end), (if .insult then 1 else 0 end)] | @tsv') ||
    { echo "test_tone_personas: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
pass=0 fail=0
while IFS=$'\t' read -r class taboo insult text got_taboo got_insult; do
    if [ "$taboo$insult" = "$got_taboo$got_insult" ]; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL $class: expected taboo $taboo insult $insult, got $got_taboo $got_insult: $text"
    fi
done < <(paste <(printf '%s\n' "$rows") <(printf '%s\n' "$out"))
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
