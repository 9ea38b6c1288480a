#!/usr/bin/env bash
# Mocking faces are read by one layer (helper tidy13): grading/tone_emoji.c's list, asked once, by
# phrase_match.c's scan_tone after the tone rules. A face typed at the caller (eye-roll, smirk, yawn,
# clown, side-eye kaomoji) is named once (讽刺或不耐烦的表情, 贵阳 T-GSOCCIA 001—2020 §二(三) 6),
# in the taboo scan and in any phrase category, complete or not; a friendly or sorry face is none.
# Before, a tone rule knew nine of the faces and tone_emoji.c all of them, asked only by the English
# layer after a complete phrase: an incomplete phrase listed 🙄 but not -_- or 🥱. Sentences written
# for this test. Each row: CATEGORY, expected count of the face label, reply.
#   bash tests/cli/test_emoji_once.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_emoji_once: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
rows=$(cat <<'ROWS'
taboo	0	好的，我这就帮您重新提交😊
taboo	0	真不好意思，又让您多跑了一趟🙏
emotional	0	您先别急，我明白您的心情😔
taboo	1	行吧，您说怎么办就怎么办🙄
taboo	1	好好好，我再查一遍🙄🙄
taboo	1	我都讲过三遍了🥱
taboo	1	您高兴就好¬_¬
taboo	1	嗯嗯，您说的都有道理😏-_-
emotional	1	您先冷静一下=_=
emotional	1	我明白您很生气🤡
hold_before	1	请您稍等😒
closing	1	感谢您的来电，再见🥱
ROWS
)
pass=0 fail=0
counts=$(printf '%s\n' "$rows" | cut -f1,3 | "$callsim" grade-phrase --batch |
  jq -r '[(.taboo // [])[] | select(. == "讽刺或不耐烦的表情")] | length') ||
  { echo "test_emoji_once: grade-phrase --batch failed"; echo "0 passed, 1 failed"; exit 1; }
n=0
while IFS=$'\t' read -r cat want text; do
  n=$((n + 1))
  got=$(printf '%s\n' "$counts" | sed -n "${n}p")
  if [ "$got" = "$want" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "FAIL $cat: want the face named $want time(s), got $got: $text"
  fi
done <<<"$rows"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
