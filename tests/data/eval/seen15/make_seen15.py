#!/usr/bin/env python3
"""Write replies.tsv of seen15 (the blind set holdout15 until its retirement) from the hand-written row files.

Row files: rows_phrases.txt, rows_taboo.txt, rows_insult.txt, lines `category|label|text|note`
(`#` lines are comments). A label "1t"/"0t" means: the hand-written simplified text is converted
to traditional characters with `opencc -c s2t.json`; the label is the digit. Nothing else is derived.
Usage: python3 make_seen15.py > replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                         text=True, check=True).stdout
    return out.rstrip("\n")


def main():
    print("# split\tcategory\tlabel\ttext\tnote")
    seen = set()
    for name in FILES:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4:
                    sys.exit(f"{name}:{n}: expected 4 fields, got {len(parts)}")
                cat, label, text, note = parts
                if label.endswith("t"):
                    label = label[:-1]
                    text = s2t(text)
                if label not in ("0", "1"):
                    sys.exit(f"{name}:{n}: bad label {label!r}")
                key = (cat, text)
                if key in seen:
                    sys.exit(f"{name}:{n}: duplicate row {cat} {text}")
                seen.add(key)
                print(f"seen15\t{cat}\t{label}\t{text}\t{note}")


if __name__ == "__main__":
    main()
