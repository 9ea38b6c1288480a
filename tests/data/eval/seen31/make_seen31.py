#!/usr/bin/env python3
"""Write replies.tsv for seen31 from the hand rows (rows_phrases.txt, rows_taboo.txt,
rows_insult.txt; category|label|text|note). Adds OpenCC s2t traditional copies of some rows
with the same label (every 2nd phrase row, every 4th taboo/insult row), skipping copies that
do not change or that duplicate a row. Usage: python3 make_seen31.py > replies.tsv

Reading, checks and OpenCC: tests/data/eval/blindset.py."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen31"
STEP = {"rows_phrases.txt": 2, "rows_taboo.txt": 4, "rows_insult.txt": 4}


def main():
    rows, seen = [], set()
    for name, cats in blindset.FILES:
        hand = [r._replace(note=" ".join(r.note.split())) for r in blindset.file_rows(HERE, name, cats)]
        for r in hand:
            if (r.cat, r.text) in seen:
                blindset.fail(r.where, f"duplicate ({r.cat}, {r.text})")
            seen.add((r.cat, r.text))
            rows.append(r)
        pick = hand[:: STEP[name]]
        for r, t in zip(pick, blindset.s2t([r.text for r in pick])):
            if t == r.text or (r.cat, t) in seen:
                continue
            seen.add((r.cat, t))
            rows.append(r._replace(text=t, note="traditional(s2t) of hand row; " + r.note))
    blindset.write(sys.stdout, SPLIT, "# split\tcategory\tlabel\ttext\tnote", rows)


if __name__ == "__main__":
    main()
