#!/usr/bin/env python3
"""Write replies.tsv for seen31 from the hand rows (rows_phrases.txt, rows_taboo.txt,
rows_insult.txt; category|label|text|note). Adds OpenCC s2t traditional copies of some rows
with the same label (every 2nd phrase row, every 4th taboo/insult row), skipping copies that
do not change or that duplicate a row. Usage: python3 make_seen31.py > replies.tsv"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen31"
STEP = {"rows_phrases.txt": 2, "rows_taboo.txt": 4, "rows_insult.txt": 4}


def load(name):
    rows = []
    for ln in open(os.path.join(HERE, name), encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        cat, label, text, note = ln.split("|", 3)
        assert label in ("0", "1"), ln
        assert "\t" not in text and "\t" not in note, ln
        rows.append((cat.strip(), label, text.strip(), " ".join(note.split())))
    return rows


def s2t(texts):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = out.split("\n")[: len(texts)]
    assert len(res) == len(texts)
    return res


def main():
    rows, seen = [], set()
    for name in ("rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"):
        hand = load(name)
        for r in hand:
            key = (r[0], r[2])
            if key in seen:
                sys.exit("duplicate row: %r" % (r,))
            seen.add(key)
            rows.append(r)
        pick = hand[:: STEP[name]]
        trad = s2t([r[2] for r in pick])
        for r, t in zip(pick, trad):
            if t == r[2] or (r[0], t) in seen:
                continue
            seen.add((r[0], t))
            rows.append((r[0], r[1], t, "traditional(s2t) of hand row; " + r[3]))
    w = sys.stdout
    w.write("# split\tcategory\tlabel\ttext\tnote\n")
    for cat, label, text, note in rows:
        w.write("\t".join((SPLIT, cat, label, text, note)) + "\n")


if __name__ == "__main__":
    main()
