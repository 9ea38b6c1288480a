#!/usr/bin/env python3
"""Write replies.tsv of split seen13 (was holdout13) from the hand-written rows_*.txt files.

Each row file holds lines `category|label|text|note`; `#` starts a comment line.
The only derived step: rows whose note says `traditional(s2t)` are converted with
`opencc -c s2t.json` (the row is written in simplified characters and typed by the
trainee in traditional ones). Refuses unknown categories, labels other than 0/1,
empty notes, tabs/newlines in a text, and duplicate (category, text).
Usage: python3 make_seen13.py > replies.tsv   (run from anywhere)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen13"
HEADER = ("# split\tcategory\tlabel\ttext\tnote  (seen13, was holdout13: blind examiner blind13r, "
          "hand-written; see README.md)")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
