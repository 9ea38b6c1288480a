#!/usr/bin/env python3
"""Write holdout18/replies.tsv from the hand-written rows (blind examiner blind18r).

Each rows_*.txt line is `category|label|text|note`; one hand row gives one output row.
A note containing `traditional(s2t)` has its text converted with OpenCC s2t.json.
Usage: python3 make_seen18.py > replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]
SPLIT = "seen18"


def s2t(text):
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                          text=True, check=True).stdout.rstrip("\n")


def main():
    out = ["#split\tcategory\tlabel\ttext\tnote"]
    seen = set()
    for name in FILES:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4:
                    sys.exit(f"{name}:{n}: want 4 fields, got {len(parts)}")
                cat, label, text, note = (p.strip() for p in parts)
                if label not in ("0", "1") or not cat or not text or not note or "\t" in line:
                    sys.exit(f"{name}:{n}: bad row")
                if "traditional(s2t)" in note:
                    text = s2t(text)
                key = (cat, text)
                if key in seen:
                    sys.exit(f"{name}:{n}: duplicate row")
                seen.add(key)
                out.append("\t".join([SPLIT, cat, label, text, note]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
