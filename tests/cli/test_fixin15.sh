#!/usr/bin/env bash
# False insults and missed insults by class (helper fixin15), tests/data/tone_more/fixin15.tsv: a disease
# named as a disease that the tone model must not read as a name once the rule has read it innocently,
# the mouth closed as a body instruction, 傻瓜 as foolproof, a curse at a machine or a situation, an English
# insult word said of the agent's own slip, and the caller ranked below a child, their whereabouts held over
# them, a dull word after 咋恁, 滚 typed 衮 — each class with innocents and rude twins. An insult fails the
# call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2); the label rule is tests/data/eval/README.md "How a
# label is decided". Graded by `callsim grade-phrase --batch`, taboo.
#   bash tests/cli/test_fixin15.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fixin15: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
rows=$(grep -v '^#' tests/data/tone_more/fixin15.tsv | grep -v '^$')
. tests/lib/taboo_rows.sh
grade_taboo_rows test_fixin15 "$callsim" "$rows"
