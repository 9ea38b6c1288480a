#!/usr/bin/env python3
"""Write replies.tsv for holdout17 from the hand-written rows_*.txt.

Each row file line: category|label|text|note. A note holding "+t" also yields a
traditional copy (OpenCC s2t.json), same label, note "traditional(s2t) of ...".
Run: python3 make_seen17.py > replies.tsv   (needs the `opencc` command)
Reading and OpenCC: tests/data/eval/blindset.py (the row format is this set's own).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, OpenCC)

SPLIT = "seen17"


def main():
    rows, want_t = [], []
    for name, _ in blindset.FILES:
        for where, line in blindset.lines(HERE, name):
            p = line.split("|")
            if len(p) != 4 or p[1] not in ("0", "1") or "\t" in line:
                blindset.fail(where, f"bad row: {line}")
            cat, lab, text, note = p
            r = blindset.Row(where, cat, lab, text, note.replace("+t", "").strip())
            rows.append(r)
            if "+t" in note:
                want_t.append(r)
    for r, t in zip(want_t, blindset.s2t([r.text for r in want_t])):
        if t != r.text:
            rows.append(r._replace(text=t, note=f"traditional(s2t) of hand row; {r.note}"))
    seen, out = set(), []
    for r in rows:
        if (r.cat, r.text) not in seen:
            seen.add((r.cat, r.text))
            out.append(r)
    blindset.write(sys.stdout, SPLIT, "#split\tcategory\tlabel\ttext\tnote", out)


if __name__ == "__main__":
    main()
