#!/usr/bin/env python3
"""Write replies.tsv for seen16 (the blind split holdout16 until its retirement) from the hand-written rows.

rows_phrases.txt, rows_taboo.txt, rows_insult.txt: `category|label|text|note` (a note may itself
hold `|`; everything after the third `|` is the note). A row whose note contains `s2t` has its text
converted to traditional characters with `opencc -c s2t.json`; its label stays the hand label.
Usage: python3 make_seen16.py > replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen16"
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]


def read_rows():
    rows = []
    for name in FILES:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) < 4 or parts[1] not in ("0", "1"):
                    sys.exit(f"{name}:{n}: bad row: {line}")
                cat, label, text = parts[0], parts[1], parts[2]
                note = "; ".join(p.strip() for p in parts[3:] if p.strip())
                if "\t" in text or "\t" in note:
                    sys.exit(f"{name}:{n}: tab in row")
                rows.append([cat, label, text, note])
    return rows


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    lines = out.rstrip("\n").split("\n")
    assert len(lines) == len(texts)
    return lines


def main():
    rows = read_rows()
    idx = [i for i, r in enumerate(rows) if "s2t" in r[3]]
    for i, t in zip(idx, s2t([rows[i][2] for i in idx])):
        rows[i][2] = t
        if "traditional(s2t)" not in rows[i][3]:
            rows[i][3] = rows[i][3].replace("s2t", "traditional(s2t)", 1)
    print("# split\tcategory\tlabel\ttext\tnote   (seen16, was holdout16: hand-written, blind until retired; see README.md)")
    for cat, label, text, note in rows:
        print(f"{SPLIT}\t{cat}\t{label}\t{text}\t{note}")


if __name__ == "__main__":
    main()
