#!/usr/bin/env python3
"""Write replies.tsv for the blind split seen25 from the hand-written row files.

Rows are hand-labelled in rows_phrases.txt, rows_taboo.txt and rows_insult.txt as
`category|label|text|note`, one row per line ('#' lines are comments). A row whose note holds
"traditional(s2t)" is written in traditional characters: its text is converted with
`opencc -c s2t.json` (Debian package opencc); the label is the hand label. Nothing else is derived.
Output: replies.tsv next to this file, `seen25<TAB>category<TAB>label<TAB>text<TAB>note`,
first line a '#' header.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen25"
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    lines = out.rstrip("\n").split("\n")
    if len(lines) != len(texts):
        sys.exit("opencc returned %d lines for %d texts" % (len(lines), len(texts)))
    return lines


def main():
    rows = []
    for name in FILES:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4:
                    sys.exit("%s:%d: want 4 fields, got %d" % (name, n, len(parts)))
                cat, label, text, note = (p.strip() for p in parts)
                if label not in ("0", "1") or not text or "\t" in text:
                    sys.exit("%s:%d: bad row" % (name, n))
                rows.append([cat, label, text, note])
    idx = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[3]]
    for i, t in zip(idx, s2t([rows[i][2] for i in idx])):
        rows[i][2] = t
    seen = set()
    for r in rows:
        key = (r[0], r[2])
        if key in seen:
            sys.exit("duplicate row: %s %s" % key)
        seen.add(key)
    with open(os.path.join(HERE, "replies.tsv"), "w", encoding="utf-8") as f:
        f.write("# split\tcategory\tlabel\ttext\tnote\n")
        for cat, label, text, note in rows:
            f.write("\t".join([SPLIT, cat, label, text, note]) + "\n")
    print("wrote %d rows" % len(rows), file=sys.stderr)


if __name__ == "__main__":
    main()
