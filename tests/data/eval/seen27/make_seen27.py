#!/usr/bin/env python3
"""Write replies.tsv for the blind set seen27 (examiner blind27r) from the hand-written rows.

rows_phrases.txt, rows_taboo.txt, rows_insult.txt hold `category|label|text|note`.
Derived rows (label follows from the hand row):
  - phrases: the first positive and the first negative of each category, in traditional
    characters (OpenCC s2t): same label;
  - taboo: every 9th hand row in traditional characters: same label;
  - insult: every 11th hand row in traditional characters: same label.
Usage: python3 make_seen27.py > replies.tsv   (needs the `opencc` command)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

SPLIT = "seen27"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)


def main():
    phrases, taboo, insult = (blindset.fields(HERE, name) for name, _ in blindset.FILES)
    trad_src = []
    seen = set()
    for r in phrases:
        key = (r[0], r[1])
        if key not in seen:
            seen.add(key)
            trad_src.append(r)
    trad_src += [r for i, r in enumerate(taboo) if i % 9 == 4]
    trad_src += [r for i, r in enumerate(insult) if i % 11 == 5]
    trad = blindset.s2t([r[2] for r in trad_src])
    derived = []
    for r, t in zip(trad_src, trad):
        if t != r[2]:
            derived.append((r[0], r[1], t, "traditional(s2t); " + r[3]))
    rows = phrases + taboo + insult + derived
    seen_rows = set()
    print("#split\tcategory\tlabel\ttext\tnote")
    for c, l, t, n in rows:
        if (c, t) in seen_rows:
            sys.exit(f"duplicate row: {c} {t}")
        seen_rows.add((c, t))
        print(f"{SPLIT}\t{c}\t{l}\t{t}\t{n}")


if __name__ == "__main__":
    main()
