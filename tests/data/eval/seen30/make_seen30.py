#!/usr/bin/env python3
"""Write tests/data/eval/seen30/replies.tsv from the hand-written rows of blind examiner blind30r.

Hand rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt (category|label|text|note).
Derived rows (label follows from the hand row by a stated rule, never from any program's verdict):
  - phrases: the first 3 positives and first 2 negatives of each category in traditional
    characters (OpenCC s2t.json), same label;
  - taboo: the first 16 rows of each label in traditional characters, same label;
  - insult: the first 12 rows of each label in traditional characters, same label.
A traditional copy is skipped when s2t leaves the text unchanged (pinyin, already-traditional)
or when it would duplicate another row.
Usage: python3 make_seen30.py > replies.tsv   (needs the opencc CLI)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen30"


def pick(rows, key, npos, nneg):
    """first npos positives and nneg negatives per key"""
    seen = {}
    chosen = []
    for r in rows:
        k = (key(r), r[1])
        lim = npos if r[1] == "1" else nneg
        if seen.get(k, 0) < lim:
            seen[k] = seen.get(k, 0) + 1
            chosen.append(r)
    return chosen


def main():
    phrases = blindset.fields(HERE, "rows_phrases.txt")
    taboo = blindset.fields(HERE, "rows_taboo.txt")
    insult = blindset.fields(HERE, "rows_insult.txt")
    hand = phrases + taboo + insult

    derived_src = (pick(phrases, lambda r: r[0], 3, 2)
                   + pick(taboo, lambda r: r[0], 16, 16)
                   + pick(insult, lambda r: r[0], 12, 12))
    trad = blindset.s2t([r[2] for r in derived_src])

    out = []
    keys = set()
    for cat, lab, text, note in hand:
        if (cat, text) in keys:
            sys.exit(f"duplicate hand row: {cat} {text}")
        keys.add((cat, text))
        out.append((cat, lab, text, note))
    for (cat, lab, text, note), t in zip(derived_src, trad):
        if t == text or (cat, t) in keys:
            continue
        keys.add((cat, t))
        out.append((cat, lab, t, f"traditional(s2t) of hand row; {note}"))

    w = sys.stdout
    w.write("# split\tcategory\tlabel\ttext\tnote   (blind examiner blind30r; see seen30/README.md)\n")
    for cat, lab, text, note in out:
        for field in (text, note):
            if "\t" in field or "\n" in field:
                sys.exit("tab/newline in a field")
        w.write(f"{SPLIT}\t{cat}\t{lab}\t{text}\t{note}\n")


if __name__ == "__main__":
    main()
