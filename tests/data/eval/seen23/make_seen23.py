#!/usr/bin/env python3
"""Write tests/data/eval/seen23/replies.tsv from the hand-written rows.

Hand rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt (`category|label|text|note`).
Derived rows (label follows from the hand row, stated rule):
  - phrases: the first 4 positives and first 2 negatives of each category in traditional
    characters (OpenCC s2t.json), same label;
  - taboo: the first 23 label-1 and first 41 label-0 rows in traditional characters, same label;
  - insult: the first 15 label-1 and first 15 label-0 rows in traditional characters, same label.
A derived row is kept only when s2t changes the text and the (category, text) pair is new.
Usage: python3 make_seen23.py   (writes replies.tsv next to this file; needs `opencc`)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen23"


def pick(rows, quota):
    """quota: function(category, label) -> how many rows to take; first rows in file order."""
    taken, seen = [], {}
    for r in rows:
        key = (r[0], r[1])
        if seen.get(key, 0) < quota(*key):
            seen[key] = seen.get(key, 0) + 1
            taken.append(r)
    return taken


def main():
    phrases = blindset.fields(HERE, "rows_phrases.txt")
    taboo = blindset.fields(HERE, "rows_taboo.txt")
    insult = blindset.fields(HERE, "rows_insult.txt")
    hand = phrases + taboo + insult

    cands = (pick(phrases, lambda c, l: 4 if l == "1" else 2)
             + pick(taboo, lambda c, l: 23 if l == "1" else 41)
             + pick(insult, lambda c, l: 15))
    conv = blindset.s2t([r[2] for r in cands])

    out, keys = [], set()
    for cat, label, text, note in hand:
        if (cat, text) in keys:
            raise SystemExit("duplicate row: %s %s" % (cat, text))
        keys.add((cat, text))
        out.append((cat, label, text, note))
    for (cat, label, text, note), t in zip(cands, conv):
        if t == text or (cat, t) in keys:
            continue
        keys.add((cat, t))
        out.append((cat, label, t, "traditional(s2t); " + note))

    with open(os.path.join(HERE, "replies.tsv"), "w", encoding="utf-8") as f:
        f.write("#split\tcategory\tlabel\ttext\tnote\n")
        for cat, label, text, note in out:
            f.write("\t".join((SPLIT, cat, label, text, note)) + "\n")


if __name__ == "__main__":
    main()
