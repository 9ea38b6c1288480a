#!/usr/bin/env python3
"""Write replies.tsv of holdout10 from the hand-typed rows_*.txt files.

Row syntax: category|label|text|note ; '#' lines are comments.
The only derived step: rows whose note says traditional(s2t) are converted
with `opencc -c s2t.json`. Refuses unknown categories, labels other than 0/1,
empty notes, tabs/newlines in a text, and duplicate (category, text).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen10"
HEADER = ("# holdout10: blind, report-only set by helper blind10r "
          "(split, category, label, text, note); hand-typed rows, "
          "traditional(s2t) rows converted with OpenCC s2t.json")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    path = os.path.join(HERE, "replies.tsv")
    with open(path, "w", encoding="utf-8") as f:
        blindset.write(f, SPLIT, HEADER, rows)
    sys.stderr.write("make_holdout10: %d rows -> %s\n" % (len(rows), path))


if __name__ == "__main__":
    main()
