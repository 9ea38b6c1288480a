#!/usr/bin/env python3
"""Write seen4/replies.tsv from the hand-written rows (blind set, issue #11).

rows_phrases.txt, rows_taboo.txt and rows_insult.txt hold one hand row per line,
`category|label|text|note`; a line starting with # is a comment. A row whose note
contains `traditional(s2t)` is written in simplified characters and converted here with
OpenCC (`opencc -c s2t.json`, Debian package `opencc`); every other row is written out
as typed. One hand row gives one line; nothing is derived.

Usage: python3 tests/data/eval/holdout4/make_holdout4.py > tests/data/eval/seen4/replies.tsv
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen4"
HEADER = ("# split\tcategory\tlabel\ttext\tnote  (holdout4: blind, report-only; see README.md)")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
