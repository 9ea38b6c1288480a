#!/usr/bin/env python3
"""Write replies.tsv of seen15 (the blind set holdout15 until its retirement) from the hand-written row files.

Row files: rows_phrases.txt, rows_taboo.txt, rows_insult.txt, lines `category|label|text|note`
(`#` lines are comments). A label "1t"/"0t" means: the hand-written simplified text is converted
to traditional characters with `opencc -c s2t.json`; the label is the digit. Nothing else is derived.
Usage: python3 make_seen15.py > replies.tsv
Reading and OpenCC: tests/data/eval/blindset.py (the row format is this set's own).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, OpenCC)

SPLIT = "seen15"


def main():
    rows, trad = [], []
    for name, _ in blindset.FILES:
        for where, line in blindset.lines(HERE, name):
            parts = line.split("|")
            if len(parts) != 4:
                blindset.fail(where, f"expected 4 fields, got {len(parts)}")
            cat, label, text, note = parts
            if label.endswith("t"):
                label = label[:-1]
                trad.append(len(rows))
            if label not in ("0", "1"):
                blindset.fail(where, f"bad label {label!r}")
            rows.append(blindset.Row(where, cat, label, text, note))
    for i, t in zip(trad, blindset.s2t([rows[i].text for i in trad])):
        rows[i] = rows[i]._replace(text=t)
    seen = set()
    for r in rows:
        if (r.cat, r.text) in seen:
            blindset.fail(r.where, f"duplicate row {r.cat} {r.text}")
        seen.add((r.cat, r.text))
    blindset.write(sys.stdout, SPLIT, "# split\tcategory\tlabel\ttext\tnote", rows)


if __name__ == "__main__":
    main()
