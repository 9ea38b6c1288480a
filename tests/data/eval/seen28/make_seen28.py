#!/usr/bin/env python3
"""Write replies.tsv for the blind split seen28 from the hand-written rows.

Rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt as `category|label|text|note`
(lines starting with # are comments). Derived rows, label following from the hand row:
traditional-character variants (OpenCC s2t.json) of the first two positives and first
negative of each phrase category, and of every 10th taboo and insult row; a variant whose
text OpenCC leaves unchanged (pinyin, emoji) is dropped. Exact duplicates are dropped.

Usage: python3 make_seen28.py > replies.tsv   (needs the `opencc` command)
"""
import os
import subprocess
import sys

SPLIT = "seen28"
HERE = os.path.dirname(os.path.abspath(__file__))


def read_rows(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) < 4:
                sys.exit(f"{name}:{n}: need category|label|text|note")
            cat, label, text = parts[0].strip(), parts[1].strip(), parts[2].strip()
            note = "|".join(parts[3:]).strip()
            if label not in ("0", "1"):
                sys.exit(f"{name}:{n}: label must be 0 or 1")
            if "\t" in text or "\t" in note:
                sys.exit(f"{name}:{n}: tab in text or note")
            rows.append((cat, label, text, note))
    return rows


def s2t(texts):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = out.rstrip("\n").split("\n")
    if len(res) != len(texts):
        sys.exit("opencc returned a different number of lines")
    return res


def main():
    phrases = read_rows("rows_phrases.txt")
    taboo = read_rows("rows_taboo.txt")
    insult = read_rows("rows_insult.txt")

    pick = []
    seen_pos, seen_neg = {}, {}
    for r in phrases:
        cat, label = r[0], r[1]
        if label == "1" and seen_pos.get(cat, 0) < 2:
            seen_pos[cat] = seen_pos.get(cat, 0) + 1
            pick.append(r)
        elif label == "0" and seen_neg.get(cat, 0) < 1:
            seen_neg[cat] = 1
            pick.append(r)
    pick += taboo[::10] + insult[::10]
    trad = s2t([r[2] for r in pick])
    derived = []
    for r, t in zip(pick, trad):
        if t != r[2]:
            derived.append((r[0], r[1], t, "traditional(s2t); " + r[3]))

    out = ["#split\tcategory\tlabel\ttext\tnote"]
    seen = set()
    for cat, label, text, note in phrases + taboo + insult + derived:
        key = (cat, text)
        if key in seen:
            continue
        seen.add(key)
        out.append(f"{SPLIT}\t{cat}\t{label}\t{text}\t{note}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
