#!/usr/bin/env python3
"""Write holdout18/replies.tsv from the hand-written rows (blind examiner blind18r).

Each rows_*.txt line is `category|label|text|note`; one hand row gives one output row.
A note containing `traditional(s2t)` has its text converted with OpenCC s2t.json.
Usage: python3 make_seen18.py > replies.tsv
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen18"
HEADER = "#split\tcategory\tlabel\ttext\tnote"


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
