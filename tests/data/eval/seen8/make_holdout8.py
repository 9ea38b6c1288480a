#!/usr/bin/env python3
"""Write holdout8/replies.tsv from the hand-written rows (blind set, report-only).

Reads rows_phrases.txt, rows_taboo.txt and rows_insult.txt next to this file
(lines "category|label|text|note", '#' comments, blank lines skipped).
A row whose note holds "traditional(s2t)" was written in simplified characters
and is converted here with OpenCC (opencc -c s2t.json; Debian package opencc).
Refuses: unknown categories, labels other than 0/1, empty notes, tabs or
newlines in the text, and duplicate (category, text) after conversion.

Usage: python3 tests/data/eval/holdout8/make_holdout8.py > tests/data/eval/holdout8/replies.tsv
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen8"
HEADER = ("# split\tcategory\tlabel\ttext\tnote  (holdout8: blind, report-only; see README.md)")


def main():
    rows = blindset.read(HERE, unchanged_ok=False)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
