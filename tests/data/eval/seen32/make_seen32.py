#!/usr/bin/env python3
"""Write replies.tsv for split seen32 from the hand rows (rows_*.txt, category|label|text|note).

Derived rows (same label as the hand row, note prefixed traditional(s2t)):
- phrases: the first 4 positives and first 2 negatives of each category in traditional characters;
- taboo: every third hand row; insult: every fourth hand row.
Needs opencc (Debian package opencc). Usage: python3 make_seen32.py > replies.tsv
"""
import os, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen32"


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("|", 3)
            if len(parts) != 4 or parts[1] not in ("0", "1"):
                sys.exit(f"{name}:{n}: bad row: {line}")
            rows.append(tuple(p.strip() for p in parts))
    return rows


def s2t(texts):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return out[:len(texts)]


def main():
    phrases, taboo, insult = load("rows_phrases.txt"), load("rows_taboo.txt"), load("rows_insult.txt")
    hand = phrases + taboo + insult
    pick = []
    seen = defaultdict(lambda: [0, 0])
    for r in phrases:
        c, l = r[0], int(r[1])
        seen[c][l] += 1
        if (l == 1 and seen[c][1] <= 4) or (l == 0 and seen[c][0] <= 2):
            pick.append(r)
    pick += [r for i, r in enumerate(taboo) if i % 3 == 0]
    pick += [r for i, r in enumerate(insult) if i % 4 == 0]
    trad = s2t([r[2] for r in pick])
    texts = {(r[0], r[2]) for r in hand}
    out = list(hand)
    for r, t in zip(pick, trad):
        if t and t != r[2] and (r[0], t) not in texts:
            texts.add((r[0], t))
            out.append((r[0], r[1], t, "traditional(s2t); " + r[3]))
    print("#split\tcategory\tlabel\ttext\tnote")
    for c, l, t, n in out:
        for x in (c, l, t, n):
            assert "\t" not in x and "\n" not in x
        print(f"{SPLIT}\t{c}\t{l}\t{t}\t{n}")


main()
