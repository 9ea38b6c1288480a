#!/usr/bin/env python3
"""Write replies.tsv for seen16 (the blind split holdout16 until its retirement) from the hand-written rows.

rows_phrases.txt, rows_taboo.txt, rows_insult.txt: `category|label|text|note` (a note may itself
hold `|`; everything after the third `|` is the note). A row whose note contains `s2t` has its text
converted to traditional characters with `opencc -c s2t.json`; its label stays the hand label.
Usage: python3 make_seen16.py > replies.tsv
Reading and OpenCC: tests/data/eval/blindset.py (the row format is this set's own).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, OpenCC)

SPLIT = "seen16"


def read_rows():
    rows = []
    for name, _ in blindset.FILES:
        for where, line in blindset.lines(HERE, name):
            parts = line.split("|")
            if len(parts) < 4 or parts[1] not in ("0", "1"):
                blindset.fail(where, f"bad row: {line}")
            cat, label, text = parts[0], parts[1], parts[2]
            note = "; ".join(p.strip() for p in parts[3:] if p.strip())
            if "\t" in text or "\t" in note:
                blindset.fail(where, "tab in row")
            rows.append(blindset.Row(where, cat, label, text, note))
    return rows


def main():
    rows = read_rows()
    idx = [i for i, r in enumerate(rows) if "s2t" in r.note]
    for i, t in zip(idx, blindset.s2t([rows[i].text for i in idx])):
        note = rows[i].note
        if "traditional(s2t)" not in note:
            note = note.replace("s2t", "traditional(s2t)", 1)
        rows[i] = rows[i]._replace(text=t, note=note)
    blindset.write(sys.stdout, SPLIT, "# split\tcategory\tlabel\ttext\tnote   (seen16, was holdout16: "
                   "hand-written, blind until retired; see README.md)", rows)


if __name__ == "__main__":
    main()
