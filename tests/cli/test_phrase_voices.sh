#!/usr/bin/env bash
# Phrase verdicts on voices the earlier corpora lacked (issue #11, helper phrvoices), two parts:
# 1. Classes, each with sentences written for this test from 贵阳 T-GSOCCIA 001—2020 §二 (none a row
#    of tests/data/phrase_voices.tsv or of any eval set): positives of the class and near misses.
#      yue          a Hong Kong desk writing Cantonese (唔好意思，我頭先聽唔到): read as Mandarin
#                   (grading/cantonese.c), its polite 你 as 您 (§二(二) 2.1); 唔 alone is Mandarin's
#                   hesitation sound and 沒關係 stays Mandarin (你 is then no polite address)
#      apology      §二(二) 2.1 非常抱歉 said as 对不住, 过意不去, 赔个不是, 道个歉
#      bye          §二(一) 1.4 再见 said as the northern 回见 / 回头见
#      vxia         §二(一) 1.2 核实一下 with the 一 dropped (核对下, 查下), as southern speech does
#      callback     §二(二) 2.13 / 2.19 与您联系 said as 回个电话, 打电话给您, 联络您
#      offer        §二(一) 1.1 有什么可以帮您 asked as what the problem is (出了什么问题)
#      anota        §二(二) 2.4 能听到吗 asked A-not-A (听不听得清楚)
#      slip         §二(二) 2.14 having said it wrong: 说岔, 记错
#      tag          a tag or A-not-A question (2.20 可不可以讲普通话, 2.10 是…对吧)
#      goover       §二(二) 2.6 再解释一遍 said as 捋一遍
#      modest       §二(二) 2.8 不客气 said as 言重了, 哪里哪里, 甭客气
#      unreach      §二(二) 2.11 无法与您取得联系 said as 通知不了您, 没有办法联系; the phrase also needs its
#                   second consequence, the matter not handled or its result not told (helper fixph: the
#                   standard prints both, and the seen3/4/5 examiners each labelled contact alone 0)
#      kb           §二(二) 2.19 知识库无相关说明 said as 知识库里没有, 没有现成的说法
#      inhand       §二(二) 2.13 正在处理 said as 在催, 在办
#      want         §二(三) 1 需要帮助吗 asked with 想/要 (想办理什么业务吗); 什么…就 is free
#                   choice, no question (想办理什么业务就去营业厅)
#      meisha       §二(三) 2、3、5 若没有业务 said as 没啥业务, 没什么业务
#      busyline     §二(二) 2.18(2) 话务正忙 said as 忙线
#      rightaway    §二(二) 2.17 尽快 said as 即刻
#      minutes      §二(二) 2.16 久等 given as a duration (让您等了十几分钟)
#      scope        §二(二) 2.7(2) the leader's number refused with the number named first
#      adverb       §二(二) 2.5 再说一遍 with an adverb inside (再完整地说一遍)
#      tebie        特别 (very) before a keyword is no negation: 特别抱歉, 特别感谢 (别 is inside the word;
#                   §二(二) 2.1 非常抱歉), while 别 as a word still negates (您别稍等了)
#      mixed        a word of English in a Chinese phrase (check一下, §二(一) 1.2), while a vowelless run
#                   glued on at the very end (再见hhh, 再见xswl) is keys or slang, no phrase
#      self         the agent saying they now speak louder (我讲话大声一点了) is 2.4, not 2.2's request
#      digits       2.10: the number read back in digits with no word 号码 (…开头，尾号…对吗), and a
#                   number too short said as 只有十位
#      fronted      2.12 with the caller's feeling fronted (您的着急我明白), help as 跟到底 / 想办法;
#                   2.7(1) 帮您把问题解决, 全力以赴; 2.9 一定改; §二(三) 1 需要我做些什么
#      wider        parts said other ordinary ways, thought of from the standard, not from a miss:
#                   1.2 / 2.18 稍待 (Taiwan), 等等; 2.18(1) 帮您接到; 1.3 您说吧; 2.2 讲响一点 (Wu);
#                   2.5 重新说一下, 再来一遍; 1.1 有什么需求 (a 需求 stated is no offer)
#      realword     a real word sounding like a keyword (迁移 / 歉意) in a clause apart from where that
#                   part is said is content, not IME garbage; in the part's own clause (卧室客服) it is
#      region       什么 said as 啥 (northern) or 哪样 (Guizhou: the standard is 贵阳's), 别急 as 莫急,
#                   and a Taiwan desk's self-introduction 敝姓… (§二(一) 1.1, (二) 2.12, (三) 1)
# 2. tests/data/phrase_voices.tsv (443 rows in two batches, each written by hand before its fixes; every fifth data row
#    held out and never tuned on): precision and recall on the four fifths and on the held-out fifth,
#    each held to a bar: 0.95 on the four fifths the classes came from; on the held-out fifth 0.95
#    precision and no loss of recall from its first figure (first batch: precision 1.000, recall
#    0.750 before any fix, 0.854 after; with the second batch's 7 held-out positives 0.818; its
#    misses are never read).
#   bash tests/cli/test_phrase_voices.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_phrase_voices: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# class, expected verdict (1 the phrase, 0 not), category, reply
rows=$(cat <<'ROWS'
yue	1	hold_after	唔該晒你耐心等咗咁耐，資料已經搵到
yue	1	silent_prompt	你好，有嘢請講
yue	1	not_heard	唔好意思，我頭先聽唔到，麻煩你講多一次
yue	1	caller_quiet	唔好意思，你把聲好細，可唔可以講大聲啲？
yue	1	transfer_failed	唔好意思，而家轉唔通，我幫你記低咗，遲啲有同事聯絡你
yue	1	callback	你好，我係水務署嘅客服阿強，頭先你打過嚟問水費
yue	1	special_end	如果冇其他業務要辦，咁就再見啦
yue	1	hold_before	唔該你等陣，我幫你查下
yue	1	hold_before	唔，请您稍等，我帮您查一下
yue	1	hold_before	沒關係，請您稍等，我幫您查一下
yue	0	not_heard	你講咩呀？
yue	0	hold_before	等陣
yue	0	closing	冇嘢，拜拜
yue	0	hold_before	你稍等，我帮你查一下
apology	1	apology	真是过意不去，让您多跑了一趟
apology	1	apology	我先给您赔个不是，这事怪我们没安排好
apology	1	bad_attitude	对不住，是我刚才口气太冲了，以后一定注意
apology	0	apology	没什么可道歉的
bye	1	closing	谢谢您打来，祝您顺顺利利，回头见
bye	0	closing	回见
vxia	1	hold_before	您稍等哈，我帮您核对下地址
vxia	0	hold_before	稍等，我看下
callback	1	repeat_complaint	抱歉，这事已经在督办了，一有结果我们就回个电话给您
callback	1	no_knowledge	不好意思，系统里暂时没有这方面的说明，我问清楚再打电话给您
callback	0	no_knowledge	不好意思，系统里暂时没有这方面的说明
offer	1	opening	您好，我是维修热线的小孙，您家里是出了什么问题？
offer	0	opening	您好，我是维修热线的小孙
anota	1	agent_quiet	女士，我声音大点了，您听不听得清楚？
anota	0	agent_quiet	声音大点了
slip	1	correction	抱歉，刚才我说岔了，正确的是周五截止
slip	1	correction	不好意思，我记错了日子，应该是十五号
slip	0	correction	我刚才说岔了
tag	1	dialect	抱歉，您可不可以讲普通话，我听不太懂
tag	1	wrong_number	不好意思，您的手机号是13812345678对吧
tag	0	wrong_number	您的手机号是13812345678对吧
tag	0	dialect	普通话好不好学
goover	1	explain_again	您还有哪儿不清楚的话，我再给您从头捋一遍
goover	0	explain_again	我再捋一下思路
modest	1	praised	您言重了，这都是应该的
modest	1	praised	哪里哪里，为您服务是我们的本分
modest	0	praised	哪里哪里
unreach	1	no_contact	抱歉，您不留电话的话，结果我们就通知不了您
unreach	1	no_contact	不好意思，您不提供号码，我们就没有办法联系您，您的问题也没办法往下处理
unreach	0	no_contact	不好意思，您不提供号码，我们就没有办法联系您
unreach	0	no_contact	抱歉，我们通知不了您
kb	1	no_knowledge	抱歉，这项新政策知识库里暂时没有收录，我核实后明天回复您
kb	1	no_knowledge	不好意思，这种情况目前没有现成的说法，我请示后第一时间联系您
kb	0	no_knowledge	知识库里暂时没有收录
inhand	1	repeat_complaint	抱歉，这件事我们在催了，有消息马上联系您
inhand	0	repeat_complaint	我们在催了
want	1	special_abuse	请问您是想办理什么业务吗？
want	0	special_abuse	您想办理什么业务就去营业厅
meisha	1	special_end	要是没啥业务要办，那就再见了
meisha	0	special_end	没啥事，再见
busyline	1	transfer_failed	抱歉，售后那边一直忙线，我先帮您登记，稍后让他们回电
busyline	0	transfer_failed	售后那边一直忙线
rightaway	1	too_slow	不好意思，网络有点卡，我即刻帮您处理，请稍等
rightaway	0	too_slow	我即刻帮您处理
minutes	1	long_wait	抱歉让您在线上等了十几分钟，请问您要办理什么业务
minutes	0	long_wait	您等了十几分钟
scope	1	leader_phone	抱歉，领导的手机号我们无法提供，您可以通过官网留言
scope	0	leader_phone	领导的手机号我们无法提供
adverb	1	not_heard	不好意思，您的地址我没听清，麻烦您再完整地说一遍
adverb	0	not_heard	您再完整地说一遍
region	1	opening	您好，我是供电所的小龙，您家里有哪样问题？
region	1	opening	您好，敝姓陳，請問有什麼可以為您服務的？
region	1	emotional	您莫急，慢慢讲，我这就帮您查
region	1	special_abuse	请问您需要啥帮助吗？
region	0	opening	您好，我是供电所的小龙
region	0	emotional	莫急
tebie	1	apology	特别抱歉，这次给您添堵了
tebie	1	hold_after	特别感谢您一直等着，结果出来了
tebie	1	closing	特别谢谢您打过来，再见
tebie	0	hold_before	您别稍等了，我帮您查一下
mixed	1	hold_before	麻烦您稍等，我check一下您的账单
mixed	0	closing	谢谢您的来电，再见hhh
mixed	0	closing	感谢来电，拜拜yyds
self	1	agent_quiet	女士，我现在讲话大声一些了，您能听见吗？
self	0	agent_quiet	麻烦您讲话大声一些
digits	1	wrong_number	不好意思，您的号码是137开头，尾号是5566，对吗？
digits	1	wrong_number	抱歉，您给的号码只有九位，麻烦再核对一下
digits	0	wrong_number	您的号码是137开头的吧
fronted	1	emotional	您的难处我明白，您放心，这事我一定帮您跟到底
fronted	1	leader_phone	请您相信我，我一定全力以赴帮您把这件事解决掉
fronted	1	bad_attitude	真对不起，刚才是我说话太冲了，我一定改
fronted	1	special_abuse	请问您需要我帮您做些什么吗？
fronted	0	emotional	您的难处我明白
fronted	0	special_abuse	我不知道您需要我做些什么
wider	1	hold_before	請您稍待，我幫您查詢一下
wider	1	transfer	您别挂，我这就帮您接到售后
wider	1	silent_prompt	喂，您好，您说吧
wider	1	caller_quiet	不好意思，您讲响一点好吗
wider	1	not_heard	不好意思，刚才没听清，麻烦您重新说一下
wider	1	opening	您好，我是客服小丁，请问您有什么需求？
wider	1	hold_before	您等等，我查一下
wider	0	opening	您好，我是客服小丁，您的需求已经登记
wider	0	caller_quiet	您讲响一点
wider	0	transfer	我这就帮您接
realword	1	caller_fast	这次户口迁移的材料比较多，不好意思，您说慢一点
realword	0	opening	您好，卧室客服小周，请问有什么可以帮您
ROWS
)
. tests/lib/phrase_rows.sh
grade_phrase_rows test_phrase_voices "$callsim" "$rows" || { echo "0 passed, 1 failed"; exit 1; }

# Part 2: the corpus, four fifths and held-out fifth (data rows 5, 10, 15 … counted from 1)
corpus=tests/data/phrase_voices.tsv
data=$(grep -v '^#' "$corpus" | grep -v '^$')
verdicts=$(printf '%s\n' "$data" | cut -f1,3 | "$callsim" grade-phrase --batch | jq -r 'if .match then 1 else 0 end') \
    || { echo "test_phrase_voices: grade-phrase --batch failed on $corpus"; echo "$pass passed, $((fail + 1)) failed"; exit 1; }
figures=$(paste <(printf '%s\n' "$data" | cut -f2) <(printf '%s\n' "$verdicts") | awk -F'\t' '
  { part = NR % 5 == 0 ? "held_out" : "four_fifths"; e = $1 == "1"; g = $2 == "1"
    tp[part] += e && g; fp[part] += g && !e; fn[part] += e && !g; n[part]++ }
  END { for (p in n) {
          pr = tp[p] + fp[p] ? tp[p] / (tp[p] + fp[p]) : 1; rc = tp[p] + fn[p] ? tp[p] / (tp[p] + fn[p]) : 1
          printf "%s %d %.3f %.3f %d %d %d\n", p, n[p], pr, rc, tp[p], fp[p], fn[p] } }' | sort)
while read -r part n prec rec tp fp fn; do
    echo "phrase_voices $part: $n rows, precision $prec, recall $rec (tp $tp fp $fp fn $fn)"
    min_rec=0.95
    [ "$part" = held_out ] && min_rec=0.75
    if awk -v p="$prec" -v r="$rec" -v mr="$min_rec" 'BEGIN { exit !(p >= 0.95 && r >= mr) }'; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL phrase_voices $part below the bar (precision 0.95, recall $min_rec)"
    fi
done <<< "$figures"
# Part 3: tests/data/phrase_voices_fresh.tsv, written after every fix and never tuned on: its
# figures are printed as the fresh-writer measure, not held to a bar (tuning to a bar on it would
# spend it). It first measured precision 1.000, recall 0.900 (tp 27 fp 0 fn 3).
fresh=tests/data/phrase_voices_fresh.tsv
fdata=$(grep -v '^#' "$fresh" | grep -v '^$')
fgot=$(printf '%s\n' "$fdata" | cut -f1,3 | "$callsim" grade-phrase --batch | jq -r 'if .match then 1 else 0 end')
paste <(printf '%s\n' "$fdata" | cut -f2) <(printf '%s\n' "$fgot") | awk -F'\t' '
  { e = $1 == "1"; g = $2 == "1"; tp += e && g; fp += g && !e; fn += e && !g; n++ }
  END { printf "phrase_voices_fresh (measured, not tuned): %d rows, precision %.3f, recall %.3f (tp %d fp %d fn %d)\n",
        n, tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1, tp, fp, fn }'
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
