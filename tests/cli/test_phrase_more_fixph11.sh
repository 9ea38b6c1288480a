#!/usr/bin/env bash
# Phrase verdicts on helper fixph11's own rows (issue #11), by class of the phrase FALSE ACCEPTS of the
# retired sets seen6-seen12 (replies an examiner labels not the phrase, §二(三) 6 and the label rules
# of tests/data/eval/README.md, that the grader took as it): a mocking emoji or kaomoji on a correct
# phrase (🙄 🙃 😒 🤷 ┐(￣ヘ￣)┌, grading/tone_emoji.c); the caller's speech likened to something
# absurd (跟机关枪一样, 您是在rap吗); 2.9 without its third part, the complaint thanked for or owned
# (非常抱歉，我们会改进 alone); the caller told not to ring again (甭拨了, 莫再打来了, 别再转回来了);
# agitation mocked (才几分钟就急成这样); net-speak exasperation (栓Q); the caller's act asked "what for"
# (您挂那么快干嘛); the voice likened to a creature (跟蚊子嗡嗡似的); the noise ordered to stop as a
# question (能不能不要吵了); checking made the condition of calling again (下次请看清账单再来电); and
# the innocent rows of the same words.
# 1. tests/data/phrase_more_fixph11.tsv (two rounds, each written before its fixes; the fixes were made
#    on it): held to precision and recall 0.95 overall and to 0.9 of each class's rows right.
#    Before round 1: emoji 7/18, liken 8/11, supervise 4/10 right (precision 0.419, recall 0.867);
#    before round 2: nocall 6/9, worked_up 5/6, netex 5/7, ganma 5/7 right; before round 3 (written
#    after the fresh batch below was first measured): liken2 4/6, stopnoise 4/6, nextcheck 4/6.
# 2. tests/data/phrase_more_fixph11_fresh.tsv (written after both rounds' fixes, graded once, never
#    tuned on): printed as the carry-over measure, not held to a bar. Graded by the grader before
#    the fixes: precision 0.500, recall 0.857 (12 false accepts); first measured after: 36 rows,
#    precision 0.923, recall 0.857 (1 false accept, 像猫叫一样; the same writer: an upper bound for
#    a new one). Round 3 was written after that and its creature likenings (liken2) take 像猫叫一样 too,
#    so the fresh figure after round 3 (precision 1.000) is no longer unseen: 0.923 is the honest one.
#   bash tests/cli/test_phrase_more_fixph11.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/phrase_more.sh
phrase_more_test fixph11 "$callsim" --classes
