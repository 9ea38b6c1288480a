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
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen30"


def read_rows(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4 or parts[1] not in ("0", "1"):
                sys.exit(f"{name}:{n}: bad row: {line}")
            rows.append(tuple(p.strip() for p in parts))
    return rows


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = out.rstrip("\n").split("\n")
    if len(res) != len(texts):
        sys.exit("opencc returned a different number of lines")
    return res


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
    phrases = read_rows("rows_phrases.txt")
    taboo = read_rows("rows_taboo.txt")
    insult = read_rows("rows_insult.txt")
    hand = phrases + taboo + insult

    derived_src = (pick(phrases, lambda r: r[0], 3, 2)
                   + pick(taboo, lambda r: r[0], 16, 16)
                   + pick(insult, lambda r: r[0], 12, 12))
    trad = s2t([r[2] for r in derived_src])

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
