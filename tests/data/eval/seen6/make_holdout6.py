#!/usr/bin/env python3
"""Write holdout6/replies.tsv from the hand-written rows_*.txt (helper blind6r).

Each rows file holds lines `category|label|text|note`; `#` lines and blank lines are
comments. A row whose note contains `traditional(s2t)` is written in simplified characters
and converted here with OpenCC (`opencc -c s2t.json`, Debian package opencc); every other
row is written exactly as typed (rows marked `traditional(typed)` were typed in traditional
characters by hand). The script refuses a duplicate (category, text) pair, a label other
than 0/1 and a category the grader does not know, so a slip in the hand-written files
stops the build of replies.tsv instead of entering the blind set.

Usage: python3 tests/data/eval/seen6/make_holdout6.py > tests/data/eval/seen6/replies.tsv
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen6"
HEADER = ("# holdout6: blind report-only replies by helper blind6r "
          "(split, category, label, text, note); written by make_holdout6.py, do not edit")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
