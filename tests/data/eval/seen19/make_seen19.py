#!/usr/bin/env python3
"""Write replies.tsv for holdout19 from the hand-written rows_*.txt (category|label|text|note).

Derived rows (label follows from the hand row by a stated rule, same label):
  - phrase categories: the first 3 positives and first 2 negatives of each category in
    traditional characters (OpenCC s2t);
  - taboo: the first 20 label-1 and first 10 label-0 rows in traditional characters;
  - insult: the first 10 label-1 and first 5 label-0 rows in traditional characters.
A variant identical to its source (pinyin, digits) is skipped.
Usage: python3 make_seen19.py [> replies.tsv]   (writes replies.tsv next to this file)
Needs `opencc` (Debian package opencc).
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen19"
QUOTA = {"taboo": (20, 10), "insult": (10, 5)}
PHRASE_QUOTA = (3, 2)


def main():
    hand = []
    for name in ("rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"):
        hand += blindset.fields(HERE, name)
    seen = defaultdict(lambda: [0, 0])
    picks = []
    for cat, label, text, note in hand:
        npos, nneg = QUOTA.get(cat, PHRASE_QUOTA)
        c = seen[cat]
        if label == "1" and c[1] < npos:
            c[1] += 1
            picks.append((cat, label, text, note))
        elif label == "0" and c[0] < nneg:
            c[0] += 1
            picks.append((cat, label, text, note))
    trad = blindset.s2t([p[2] for p in picks])
    derived = []
    for (cat, label, text, note), t in zip(picks, trad):
        if t != text:
            derived.append((cat, label, t, note + "; traditional(s2t)"))
    out_rows = list(OrderedDict.fromkeys(hand + derived))
    lines = ["#" + "\t".join(["split", "category", "label", "text", "note"])]
    for cat, label, text, note in out_rows:
        lines.append("\t".join([SPLIT, cat, label, text, note]))
    with open(os.path.join(HERE, "replies.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(out_rows)} rows ({len(hand)} hand, {len(derived)} traditional)", file=sys.stderr)


if __name__ == "__main__":
    main()
