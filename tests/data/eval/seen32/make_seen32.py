#!/usr/bin/env python3
"""Write replies.tsv for split seen32 from the hand rows (rows_*.txt, category|label|text|note).

Derived rows (same label as the hand row, note prefixed traditional(s2t)):
- phrases: the first 4 positives and first 2 negatives of each category in traditional characters;
- taboo: every third hand row; insult: every fourth hand row.
Needs opencc (Debian package opencc). Usage: python3 make_seen32.py > replies.tsv
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen32"


def main():
    phrases, taboo, insult = (blindset.file_rows(HERE, name, cats) for name, cats in blindset.FILES)
    hand = phrases + taboo + insult
    pick = []
    seen = defaultdict(lambda: [0, 0])
    for r in phrases:
        c, l = r.cat, int(r.label)
        seen[c][l] += 1
        if (l == 1 and seen[c][1] <= 4) or (l == 0 and seen[c][0] <= 2):
            pick.append(r)
    pick += [r for i, r in enumerate(taboo) if i % 3 == 0]
    pick += [r for i, r in enumerate(insult) if i % 4 == 0]
    trad = blindset.s2t([r.text for r in pick])
    texts = {(r.cat, r.text) for r in hand}
    out = list(hand)
    for r, t in zip(pick, trad):
        if t and t != r.text and (r.cat, t) not in texts:
            texts.add((r.cat, t))
            out.append(r._replace(text=t, note="traditional(s2t); " + r.note))
    blindset.write(sys.stdout, SPLIT, "#split\tcategory\tlabel\ttext\tnote", out)


if __name__ == "__main__":
    main()
