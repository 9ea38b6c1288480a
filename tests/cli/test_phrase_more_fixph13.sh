#!/usr/bin/env bash
# Phrase verdicts on helper fixph13's own rows (issue #11), by class of the phrase misses of the retired
# sets seen11-seen14 (travel and transport desks, officialese welfare desks): parts said in words the
# bank lacked (the agent named by post, 值班员 / 售票员; the offer asked as 需要咨询哪方面; 2.14's slip said
# by how it happened, 我查错了 / 搞混了, and an incomplete answer completed, 还需要…; 2.18(2) 转接没成功),
# §二(三)2's close (感谢您的来电，若没有其他业务咨询，再见) as special_end's phrase only, 2.6's 不明白 counted
# only when asked (这都听不懂 said at the caller is judged with the rest of the reply); rude residue the
# residue judgement missed (grading/tone_undercut.c) and 2.14's 不是八点 after the right time not given to the tone model.
# 1. tests/data/phrase_more_fixph13.tsv: held to precision and recall 0.95 overall and 0.9 of each
#    class's rows right. Graded by the grader before the fixes (main at 559a808): round 1 (post, field,
#    slip, complete, failed, s2close, unclear_said) 14 of 26 rows right; round 2 (futile, misplaced, returned,
#    gods, toil, think, accused, again, broken, ambush, started) 26 of 34 rows right; round 3 (virtue) 3 of 4;
#    round 4 (contrast) 1 of 5.
# 2. tests/data/phrase_more_fixph13_fresh.tsv (written after the fixes, graded once, never tuned on):
#    printed as the carry-over measure, not held to a bar. First graded: 16 rows, all right (9 before).
#   bash tests/cli/test_phrase_more_fixph13.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/phrase_more.sh
phrase_more_test fixph13 "$callsim" --classes
