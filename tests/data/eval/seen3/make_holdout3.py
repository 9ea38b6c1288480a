#!/usr/bin/env python3
"""Write holdout3/replies.tsv from the hand-written rows (helper blind3r, 2026-11-25).

One hand row, one line: nothing is derived. A row whose note contains `traditional(s2t)` was
written in simplified characters and is converted here with OpenCC (`opencc -c s2t.json`,
Debian package opencc); every other row is written as it stands.

Usage: python3 tests/data/eval/seen3/make_holdout3.py > tests/data/eval/seen3/replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt")


def read_rows(name):
    """Rows of one hand file as (category, label, text, note); `#` lines are comments."""
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4 or parts[1] not in ("0", "1") or not parts[2]:
                sys.exit(f"{path}:{n}: expected category|0 or 1|text|note (fix the row)")
            if "\t" in line:
                sys.exit(f"{path}:{n}: a tab in the row (use spaces)")
            rows.append(tuple(parts))
    return rows


def s2t(text):
    """Simplified to traditional with OpenCC's s2t.json, as a trainee's converter would."""
    try:
        out = subprocess.run(["opencc", "-c", "s2t.json"], input=text, text=True,
                             capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"make_holdout3.py: opencc failed: {e} (apt-get install opencc)")
    return out.stdout.rstrip("\n")


def main():
    print("# holdout3: blind replies by helper blind3r (2026-11-25); "
          "split<TAB>category<TAB>label<TAB>text<TAB>note")
    for name in FILES:
        for cat, label, text, note in read_rows(name):
            if "traditional(s2t)" in note:
                text = s2t(text)
            print("\t".join(("seen3", cat, label, text, note)))


if __name__ == "__main__":
    main()
