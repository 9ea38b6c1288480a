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
"""
import os, subprocess, sys
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen19"
QUOTA = {"taboo": (20, 10), "insult": (10, 5)}
PHRASE_QUOTA = (3, 2)


def read_rows(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4:
                sys.exit(f"{name}:{n}: expected 4 fields: {line}")
            cat, label, text, note = (p.strip() for p in parts)
            if label not in ("0", "1"):
                sys.exit(f"{name}:{n}: bad label {label}")
            if "\t" in text or "\t" in note:
                sys.exit(f"{name}:{n}: tab in text")
            rows.append((cat, label, text, note))
    return rows


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = out.rstrip("\n").split("\n")
    assert len(res) == len(texts)
    return res


def main():
    hand = []
    for name in ("rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"):
        hand += read_rows(name)
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
    trad = s2t([p[2] for p in picks])
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
