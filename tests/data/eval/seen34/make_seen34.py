#!/usr/bin/env python3
"""Write seen34/replies.tsv from the hand-typed rows (blind34r, replies writer).

Rows are typed by hand in rows_phrases.txt, rows_taboo.txt, rows_insult.txt as
category|label|text|note. The only derived rows are OpenCC s2t traditional copies,
same label, note 'traditional(s2t) of: <hand note>':
  - phrases: the first two positives and the first negative of each category;
  - taboo: every fourth hand row;
  - insult: every fifth hand row.
A copy that s2t leaves unchanged (pinyin, rows already traditional) is skipped.
Run: python3 tests/data/eval/seen34/make_seen34.py > tests/data/eval/seen34/replies.tsv
"""
import os, subprocess, sys

SPLIT = "seen34"
HERE = os.path.dirname(os.path.abspath(__file__))


def read(name):
    rows = []
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != 4:
            sys.exit("bad row in %s: %r" % (name, line))
        cat, label, text, note = parts
        if label not in ("0", "1") or not text.strip() or not note.strip():
            sys.exit("bad row in %s: %r" % (name, line))
        rows.append((cat, label, text, note))
    return rows


def s2t(texts):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = out.split("\n")[:len(texts)]
    assert len(res) == len(texts)
    return res


def main():
    phrases, taboo, insult = read("rows_phrases.txt"), read("rows_taboo.txt"), read("rows_insult.txt")
    pick = []
    per = {}
    for r in phrases:
        k = (r[0], r[1])
        per[k] = per.get(k, 0) + 1
        want = 2 if r[1] == "1" else 1
        if per[k] <= want and not r[2].isascii():
            pick.append(r)
    pick += [r for i, r in enumerate(taboo) if i % 4 == 0]
    pick += [r for i, r in enumerate(insult) if i % 5 == 0]
    trad = s2t([r[2] for r in pick])
    copies = [(c, l, t2, "traditional(s2t) of: " + n) for (c, l, t, n), t2 in zip(pick, trad) if t2 != t]
    rows = phrases + taboo + insult + copies
    seen = set()
    print("#split\tcategory\tlabel\ttext\tnote")
    for c, l, t, n in rows:
        if (c, t) in seen:
            sys.exit("duplicate row: %s %s" % (c, t))
        seen.add((c, t))
        print("\t".join((SPLIT, c, l, t, n)))


main()
