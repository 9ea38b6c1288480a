#!/usr/bin/env bash
# assets/lookalike.txt (the handwriting and 五笔 slips of grading/lookalike.h) is what tools/mklookalike.py
# derives from its Debian sources (unicode-data's Unihan, rime-data-stroke, rime-data-wubi), byte for byte: the data
# file is never edited by hand. Without the sources (a machine that did not run tools/deps.sh
# --install-test) there is nothing to compare with, and the check says so and counts nothing.
#   bash tests/cli/test_lookalike_data.sh [build/callsim]   (the binary is not used)
set -u
cd "$(dirname "$0")/../.."
if [ ! -f /usr/share/unicode/Unihan_DictionaryLikeData.txt.bz2 ] || [ ! -f /usr/share/rime-data/stroke.dict.yaml ] ||
   [ ! -f /usr/share/rime-data/wubi86.dict.yaml ] ||
   ! command -v python3 >/dev/null; then
  echo "test_lookalike_data: sources missing (tools/deps.sh --install-test installs unicode-data, rime-data-stroke, rime-data-wubi)"
  echo "0 passed, 0 failed"
  exit 0
fi
if python3 tools/mklookalike.py --check; then
  echo "1 passed, 0 failed"
else
  echo "FAIL test_lookalike_data: assets/lookalike.txt is not what tools/mklookalike.py writes"
  echo "0 passed, 1 failed"
  exit 1
fi
