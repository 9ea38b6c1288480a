#!/usr/bin/env python3
"""Write replies.tsv for the blind split seen28 from the hand-written rows.

Rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt as `category|label|text|note`
(lines starting with # are comments). Derived rows, label following from the hand row:
traditional-character variants (OpenCC s2t.json) of the first two positives and first
negative of each phrase category, and of every 10th taboo and insult row; a variant whose
text OpenCC leaves unchanged (pinyin, emoji) is dropped. Exact duplicates are dropped.

Usage: python3 make_seen28.py > replies.tsv   (needs the `opencc` command)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

SPLIT = "seen28"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)


def main():
    phrases = blindset.fields(HERE, "rows_phrases.txt")
    taboo = blindset.fields(HERE, "rows_taboo.txt")
    insult = blindset.fields(HERE, "rows_insult.txt")

    pick = []
    seen_pos, seen_neg = {}, {}
    for r in phrases:
        cat, label = r[0], r[1]
        if label == "1" and seen_pos.get(cat, 0) < 2:
            seen_pos[cat] = seen_pos.get(cat, 0) + 1
            pick.append(r)
        elif label == "0" and seen_neg.get(cat, 0) < 1:
            seen_neg[cat] = 1
            pick.append(r)
    pick += taboo[::10] + insult[::10]
    trad = blindset.s2t([r[2] for r in pick])
    derived = []
    for r, t in zip(pick, trad):
        if t != r[2]:
            derived.append((r[0], r[1], t, "traditional(s2t); " + r[3]))

    out = ["#split\tcategory\tlabel\ttext\tnote"]
    seen = set()
    for cat, label, text, note in phrases + taboo + insult + derived:
        key = (cat, text)
        if key in seen:
            continue
        seen.add(key)
        out.append(f"{SPLIT}\t{cat}\t{label}\t{text}\t{note}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
