#!/usr/bin/env python3
"""Write holdout3/replies.tsv from the hand-written rows (helper blind3r, 2026-11-25).

One hand row, one line: nothing is derived. A row whose note contains `traditional(s2t)` was
written in simplified characters and is converted here with OpenCC (`opencc -c s2t.json`,
Debian package opencc); every other row is written as it stands.

Usage: python3 tests/data/eval/seen3/make_holdout3.py > tests/data/eval/seen3/replies.tsv
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen3"
HEADER = ("# holdout3: blind replies by helper blind3r (2026-11-25); "
          "split<TAB>category<TAB>label<TAB>text<TAB>note")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    blindset.write(sys.stdout, SPLIT, HEADER, rows)


if __name__ == "__main__":
    main()
