#!/usr/bin/env python3
"""Write tests/data/eval/holdout12/replies.tsv from the hand-written rows_*.txt of this folder.

Each row is `category|label|text|note` (lines starting with `#` and blank lines are skipped).
The only derived step: rows whose note says `traditional(s2t)` are converted with OpenCC
(`opencc -c s2t.json`, Debian package `opencc`); no row is composed by this program.
Refuses unknown categories, labels other than 0/1, empty notes, tabs or newlines in a text,
and duplicate (category, text) pairs (checked on the text as written to replies.tsv).

Usage: python3 tests/data/eval/seen12/make_seen12.py   (writes replies.tsv beside it)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen12"
HEADER = ("# split\tcategory\tlabel\ttext\tnote  (holdout12: chat-desk and financial-desk "
          "agents, hand-written by blind examiner blind12r; see README.md)")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    path = os.path.join(HERE, "replies.tsv")
    with open(path, "w", encoding="utf-8") as f:
        blindset.write(f, SPLIT, HEADER, rows)
    sys.stderr.write(f"{path}: {len(rows)} rows\n")


if __name__ == "__main__":
    main()
