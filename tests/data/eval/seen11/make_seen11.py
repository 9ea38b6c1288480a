#!/usr/bin/env python3
"""Write holdout11/replies.tsv from the hand-written rows (blind examiner blind11r).

Reads rows_phrases.txt, rows_taboo.txt, rows_insult.txt ("category|label|text|note", '#' comments).
The only derived step: rows whose note says traditional(s2t) are converted with OpenCC s2t.json
(`opencc -c s2t.json`, Debian package opencc); labels are never changed or derived.
Refuses unknown categories, labels other than 0/1, empty notes, tabs/newlines in a text and
duplicate (category, text) after conversion.

Usage: python3 tests/data/eval/seen11/make_seen11.py   (writes replies.tsv next to this file)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen11"
HEADER = ("# split\tcategory\tlabel\ttext\tnote   (holdout11: blind examiner blind11r, East China desks;"
          " hand-written rows, see README.md)")


def main():
    rows = blindset.read(HERE, unchanged_ok=True)
    path = os.path.join(HERE, "replies.tsv")
    with open(path, "w", encoding="utf-8") as f:
        blindset.write(f, SPLIT, HEADER, rows)
    converted = sum(blindset.S2T in r.note for r in rows)
    print(f"{len(rows)} rows written ({converted} converted with opencc s2t)", file=sys.stderr)


if __name__ == "__main__":
    main()
