#!/usr/bin/env python3
"""Writes holdout2/replies.tsv (split holdout2) from the hand-written rows_*.txt.

Rows are `category|label|text|note`. A row whose note says `traditional(s2t)` is written in
simplified characters and converted here with OpenCC s2t (Debian package `opencc`); every other
row is written as is. Nothing is derived: one hand row, one line.
Usage: python3 tests/data/eval/holdout2/make_holdout2.py > tests/data/eval/holdout2/replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                         text=True, check=True)
    return out.stdout.rstrip("\n")


def main():
    print("# split\tcategory\tlabel\ttext\tnote   (blind set holdout2; see tests/data/eval/README.md)")
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4 or parts[1] not in ("0", "1") or not parts[2]:
                    sys.exit(f"{path}:{n}: not category|label|text|note (fix the row)")
                cat, label, text, note = parts
                if "traditional(s2t)" in note:
                    text = s2t(text)
                print(f"holdout2\t{cat}\t{label}\t{text}\t{note}")


if __name__ == "__main__":
    main()
