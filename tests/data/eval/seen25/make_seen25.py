#!/usr/bin/env python3
"""Write replies.tsv for the blind split seen25 from the hand-written row files.

Rows are hand-labelled in rows_phrases.txt, rows_taboo.txt and rows_insult.txt as
`category|label|text|note`, one row per line ('#' lines are comments). A row whose note holds
"traditional(s2t)" is written in traditional characters: its text is converted with
`opencc -c s2t.json` (Debian package opencc); the label is the hand label. Nothing else is derived.
Output: replies.tsv next to this file, `seen25<TAB>category<TAB>label<TAB>text<TAB>note`,
first line a '#' header.
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen25"


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    with open(os.path.join(HERE, "replies.tsv"), "w", encoding="utf-8") as f:
        blindset.write(f, SPLIT, "# split\tcategory\tlabel\ttext\tnote", rows)
    print("wrote %d rows" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
