#!/usr/bin/env python3
"""Write holdout7/replies.tsv from the hand-written rows (helper blind7r).

Each rows_*.txt line is `category|label|text|note`; `#` lines and blank lines are comments.
One hand row gives one output line, nothing is derived. A row whose note says
`traditional(s2t)` is written in simplified characters and converted here with
OpenCC (`opencc -c s2t.json`, Debian package opencc). The script refuses: a line
without exactly four fields, a label other than 0/1, an unknown category, an empty
note, an empty text, a tab or newline in the text, and a duplicate (category, text)
after conversion.

Usage: python3 tests/data/eval/holdout7/make_holdout7.py > tests/data/eval/holdout7/replies.tsv
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen7"
HEADER = ("#split\tcategory\tlabel\ttext\tnote")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
