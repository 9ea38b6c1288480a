#!/usr/bin/env bash
# Helper insult34's classes of whom an insult word is aimed at, on the helper's own sentences, innocents first
# (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; 呼叫服务员职业标准(试行) 五级 三(一)2): one shared class of words for
# a person (grading/tone_insult34.c) so a curse at 老赖 / 钉子户 is at a person and one at a machine is not; a machine or
# a beast likened; an oath before good news; the caller's word asked back; the agent's own slip owned; a family
# member's hearing; tools and instructions holding a rude syllable; Changsha 宝气 / 乡里宝 at the caller.
# tests/data/tone_more/insult34.tsv (taboo<TAB>insult<TAB>kind<TAB>text), graded as category taboo: a rude row must
# get both labels from a rule (not the statistical tone model alone); an innocent row flagged by the model alone is a
# REFER line (put to the examiner), at most MAX_REFER, and one flagged by a rule fails.
#   bash tests/cli/test_insult34.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/taboo_rows.sh
pass=0 fail=0
taboo_rule_rows test_insult34 "$callsim" tests/data/tone_more/insult34.tsv 1
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
