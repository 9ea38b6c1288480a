#!/usr/bin/env bash
# The text tools/tone_model.py fits the tone model on (`callsim grade-phrase --model-text`) is the
# text the grader's last question to the model reads (grading/phrase_match.c asked_model_text): the
# words a rule read innocently (read_innocently: an insult entry's listed exception, a disease named
# for nobody) and a one-off filler slip left out, and nothing where the model is never asked (the
# agent running themself down). Trained on the raw rows instead, the model learnt the words the rules
# had read innocently as rude (round 13's retrain charged an innocent of tone_more/fix13a.tsv; 国家职业技能
# 标准 呼叫中心服务员 3.1 不用禁忌语: only words at the caller count, 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1).
# The sentences are written for this test (none is a corpus or evaluation row). Closes with
# "N passed, N failed".
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
# reply <TAB> must be absent from the model's text (- none) <TAB> must be present (- the text is blank)
cases=$(cat <<'CASES'
您要挂的是神经病学的号，在门诊三楼	神经病	您要挂的是
神经病学专家周三上午出诊，您可以提前预约	神经病	专家
那啥，您的包裹明天上午派送	那啥	包裹明天
我猪脑子，把单号抄错了，实在抱歉	-	-
您这脑子是不是有病	-	有病
你是不是神经病啊，听不懂人话	-	神经病
CASES
)
pass=0 fail=0
texts=$(printf '%s\n' "$cases" | cut -f1 | "$callsim" grade-phrase --model-text)
n=1
while IFS=$'\t' read -r reply absent present; do
  got=$(printf '%s\n' "$texts" | sed -n "${n}p")
  n=$((n + 1))
  ok=1
  if [ "$present" = - ]; then [ -z "$got" ] || ok=0; else case $got in *"$present"*) ;; *) ok=0 ;; esac; fi
  if [ "$absent" != - ]; then case $got in *"$absent"*) ok=0 ;; esac; fi
  if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $reply -> model text '$got' (absent: $absent, present: $present)"; fi
done <<<"$cases"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
