#!/usr/bin/env bash
# Helper calls36a's classes of whole-call under-charges of the retired seen33/seen34 plays, each fault with
# twins, as whole calls of its own (tests/data/calls36a/expect.txt, checked by test_calls21.sh):
#  1. a hold with no word of it to the caller (贵阳 T-GSOCCIA 001—2020 §二(一) 1.2) loses the whole hold item;
#     told of the wait in part, half as before;
#  2. 推诿 said at the turn that waited for the situation's phrase (2.9 …), the phrase never said, costs the whole
#     courtesy item (贵阳 §二(二) 2.9; 呼叫服务员职业标准(试行) 五级 三(一)2); beside a step done, two thirds.
# One line per wrong verdict, then "N passed, N failed".
#   bash tests/cli/test_calls36a.sh [build/callsim]
set -u
callsim=${1:-build/callsim}
cd "$(dirname "$0")/../.."
. tests/lib/calls_rows.sh
pass=0 fail=0
calls_rows tests/data/calls36a
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
