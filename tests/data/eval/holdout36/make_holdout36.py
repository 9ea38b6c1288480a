#!/usr/bin/env python3
"""holdout36 replies set: hand rows from rows_*.txt (category|label|text|note),
plus OpenCC s2t traditional copies of some rows (same label).
Run: python3 make_holdout36.py > replies.tsv   (needs the opencc binary)"""
import os, subprocess, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "holdout36"

def load(name):
    rows = []
    for ln in open(os.path.join(HERE, name), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        cat, lab, text, note = ln.split("|", 3)
        assert lab in ("0", "1"), ln
        rows.append((cat, lab, text, note))
    return rows

def s2t(texts):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = out.split("\n")[:len(texts)]
    assert len(res) == len(texts)
    return res

hand = load("rows_phrases.txt") + load("rows_taboo.txt") + load("rows_insult.txt")
# pick copies: per category the first 3 positives and first 2 negatives (phrases),
# every 3rd row of taboo/insult
pick, seenpos, seenneg, nth = [], defaultdict(int), defaultdict(int), defaultdict(int)
for r in hand:
    cat, lab = r[0], r[1]
    if cat in ("taboo", "insult"):
        nth[cat] += 1
        if nth[cat] % 3 == 0:
            pick.append(r)
    elif lab == "1" and seenpos[cat] < 3:
        seenpos[cat] += 1; pick.append(r)
    elif lab == "0" and seenneg[cat] < 2:
        seenneg[cat] += 1; pick.append(r)

trad = s2t([r[2] for r in pick])
seen = set((r[0], r[2]) for r in hand)
copies = []
for r, t in zip(pick, trad):
    if (r[0], t) in seen:      # already traditional, ascii or no change
        continue
    seen.add((r[0], t))
    copies.append((r[0], r[1], t, "traditional(s2t) of: " + r[3]))

dup = set()
out = sys.stdout
out.write("# split\tcategory\tlabel\ttext\tnote\n")
for cat, lab, text, note in hand + copies:
    key = (cat, text)
    assert key not in dup, key
    dup.add(key)
    out.write("\t".join((SPLIT, cat, lab, text, note)) + "\n")
