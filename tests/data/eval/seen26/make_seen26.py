#!/usr/bin/env python3
"""Write replies.tsv for the blind split seen26 from the hand-written row files next to it.

Rows are `category|label|text|note` in rows_phrases_1.txt, rows_phrases_2.txt, rows_taboo.txt and
rows_insult.txt (lines starting with # are comments). A row whose note contains
`traditional(s2t)` is converted to traditional characters with `opencc -c s2t.json` (the label
stays; the hand row holds the simplified source). No derived variants are added.

Output: replies.tsv next to this script, `seen26<TAB>category<TAB>label<TAB>text<TAB>note`,
first line a `#` header.
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen26"
# Two phrase files, then blindset's taboo and insult files.
FILES = (("rows_phrases_1.txt", blindset.PHRASE_CATEGORIES),
         ("rows_phrases_2.txt", blindset.PHRASE_CATEGORIES)) + blindset.FILES[1:]


def main():
    rows = blindset.read(HERE, unchanged_ok=True, files=FILES)
    with open(os.path.join(HERE, "replies.tsv"), "w", encoding="utf-8") as out:
        blindset.write(out, SPLIT, "# split\tcategory\tlabel\ttext\tnote", rows)
    print(f"{len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
