#!/usr/bin/env bash
# The 禁忌语 classes that lagged on examiners' blind sets (issue #11), end to end through
# `callsim grade-phrase taboo` (taboo list, tone rules and model together): a rude reply of each
# class is a forbidden expression whose verdict names its rule and deciding words; the polite reply
# an agent would give with the same words is not (国家职业技能标准 3.1 不用禁忌语及口头禅; 贵阳
# T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). One line per failure, then "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_taboo_classes: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
# expected (1 rude, 0 polite) <TAB> class <TAB> reply
cases=$(cat <<'CASES'
1	refusal	这种情况我们一律不赔，规定就是规定
0	refusal	很抱歉，这种情况不在理赔范围内，不过我可以帮您申请一次特殊审核
0	refusal	非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理
1	shift	你找发卡行，跟我们支付平台没关系
0	shift	这个问题由发卡行负责，我帮您转接发卡行的客服，请您稍等
1	rhetorical	我们每个月都发账单，您从来不看吗？
0	rhetorical	请问您收到我们这个月的账单了吗？
1	sarcasm	恭喜您，又一次完美错过了交费日期
0	sarcasm	恭喜您，您的申请已经审核通过了
1	blame	您操作有问题，我们系统是好的
0	blame	我们这边检测正常，可能是您那边的路由器问题，我教您重启一下
1	lecture	连自己的身份证号都记不住，还来办业务
0	lecture	很多老人连智能手机都不会用，我们可以安排工作人员上门服务
1	impatient	你老是插嘴，听我说完
0	impatient	不好意思打断您一下，我确认一下您的地址
CASES
)
printf '%s\n' "$cases" | awk -F'\t' '{ print "taboo\t" $3 }' | "$callsim" grade-phrase --batch |
  jq -r '[(if .match then 1 else 0 end), (.reason // "-"), (.words | length)] | @tsv' |
  paste <(printf '%s\n' "$cases") - |
  awk -F'\t' '
    $1 == 1 && $4 == 1 && $5 != "-" && $6 > 0 { pass++; next }
    $1 == 0 && $4 == 0 { pass++; next }
    { fail++; printf "FAIL %s: expected %s, got %s (reason %s, %s deciding words): %s\n", $2, $1, $4, $5, $6, $3 }
    END { printf "%d passed, %d failed\n", pass, fail; exit fail > 0 }'
