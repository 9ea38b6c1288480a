#!/usr/bin/env python3
"""Write holdout5/replies.tsv from the hand-written rows (helper blind5r, 2026-11-26).

Rows live in rows_phrases.txt, rows_taboo.txt and rows_insult.txt, one per line:
    category|label|text|note
Lines starting with '#' and blank lines are comments. A row whose note holds
'traditional(s2t)' is written in simplified characters and converted here with
OpenCC's s2t.json (Debian package opencc), so the label was set on the text the
examiner wrote; every other row is written out as it stands.

Usage: python3 tests/data/eval/seen5/make_holdout5.py > tests/data/eval/seen5/replies.tsv
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen5"
HEADER = ("# holdout5 replies: split\tcategory\tlabel\ttext\tnote (hand-written by helper blind5r; "
          "see README.md)")


def main():
    rows = blindset.read(HERE, unchanged_ok=False)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
