#!/usr/bin/env bash
# False insults by class (helper fix13b), tests/data/tone_more/fix13b.tsv: a denial whose contrast names
# the agent's help or the caller's error (blame, not the dull mind said again), the caller's self-talk
# forbidden to comfort them, a zodiac sign, the proverb 傻人有傻福, a wait with a service step the caller
# gains by, the caller's conduct judged with no demeaning word — each with rude twins that stay insults.
# An insult fails the call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1); the label rule is
# tests/data/eval/README.md "How a label is decided". Graded by `callsim grade-phrase --batch`, taboo.
#   bash tests/cli/test_fix13b.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
command -v jq >/dev/null || { echo "test_fix13b: jq is missing (Debian package jq)"; echo "0 passed, 1 failed"; exit 1; }
rows=$(grep -v '^#' tests/data/tone_more/fix13b.tsv | grep -v '^$')
. tests/lib/taboo_rows.sh
grade_taboo_rows test_fix13b "$callsim" "$rows"
