#!/usr/bin/env python3
"""Write seen4/replies.tsv from the hand-written rows (blind set, issue #11).

rows_phrases.txt, rows_taboo.txt and rows_insult.txt hold one hand row per line,
`category|label|text|note`; a line starting with # is a comment. A row whose note
contains `traditional(s2t)` is written in simplified characters and converted here with
OpenCC (`opencc -c s2t.json`, Debian package `opencc`); every other row is written out
as typed. One hand row gives one line; nothing is derived.

Usage: python3 tests/data/eval/holdout4/make_holdout4.py > tests/data/eval/seen4/replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt")
SPLIT = "seen4"


def read_rows():
    rows = []
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4 or parts[1] not in ("0", "1") or "\t" in line:
                    sys.exit(f"{path}:{n}: expected category|label|text|note (fix the row)")
                rows.append(parts)
    return rows


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    lines = out.rstrip("\n").split("\n")
    if len(lines) != len(texts):
        sys.exit("make_holdout4.py: opencc returned a different number of lines (check opencc)")
    return lines


def main():
    rows = read_rows()
    idx = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[3]]
    for i, t in zip(idx, s2t([rows[i][2] for i in idx])):
        rows[i][2] = t
    seen = set()
    print("# split\tcategory\tlabel\ttext\tnote  (holdout4: blind, report-only; see README.md)")
    for cat, label, text, note in rows:
        key = (cat, text)
        if key in seen:
            sys.exit(f"make_holdout4.py: duplicate row {cat}|{text} (make it different)")
        seen.add(key)
        print(f"{SPLIT}\t{cat}\t{label}\t{text}\t{note}")


if __name__ == "__main__":
    main()
