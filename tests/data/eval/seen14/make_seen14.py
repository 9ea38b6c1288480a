#!/usr/bin/env python3
"""Write replies.tsv of the split seen14 (was the blind split holdout14) from the hand-written rows.

Rows live in rows_phrases.txt, rows_taboo.txt, rows_insult.txt as
    category|label|text|note
with '#' comments and blank lines ignored.  The only derived step: a row whose
note holds 'traditional(s2t)' has its text converted with `opencc -c s2t.json`
(the row is written in simplified characters and stored converted).
Refuses unknown categories, labels other than 0/1, empty notes, tabs or
newlines in a text, and duplicate (category, text).

Usage: python3 make_seen14.py > replies.tsv   (run from this folder or anywhere)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen14"
HEADER = ("# split\tcategory\tlabel\ttext\tnote   (seen14, was holdout14: blind, report-only; "
          "hand-written by examiner blind14r; traditional(s2t) rows converted with OpenCC s2t.json)")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
