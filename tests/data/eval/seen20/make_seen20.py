#!/usr/bin/env python3
"""Write replies.tsv for holdout20 from the hand-written rows (examiner blind20r).

Hand rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt (`category|label|text|note`).
Derived rows, each label following from its hand row by a stated rule:
  1. phrases: the first 4 positives and first 2 negatives of each category in traditional
     characters (OpenCC s2t): same label;
  2. phrases: the first 2 positives of each category with a rude tail (condescension, blame,
     impatience, salesy pressure; no demeaning word): label 0 for the category;
  3. taboo: every third hand taboo row in traditional characters: same label;
  4. insult: every third hand insult row in traditional characters: same label;
  5. every insult 1 row is also a taboo 1 row (an insult is a forbidden expression), and the
     innocent / competent / quoting / self-deprecating insult 0 rows are also taboo 0 rows,
     when that text is not already a taboo row.
Usage: python3 make_seen20.py > replies.tsv   (needs `opencc`)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

SPLIT = "seen20"

TAILS = [
    ("，说明书上都写着呢，您没看吧？", "rude_tail(condescension 说明书没看)"),
    ("，您那手机也该换了，老机器就这样。", "rude_tail(blame phone)"),
    ("，别再为这点事打来了啊。", "rude_tail(dismissal)"),
    ("，今天不办明天可就没优惠了哦，别说我没提醒您。", "rude_tail(salesy pressure)"),
    ("，您家网络不行怪不了我们。", "rude_tail(blame network)"),
    ("，这么简单都不会吗？", "rude_tail(rhetorical condescension)"),
]


def main():
    phrases = blindset.fields(HERE, "rows_phrases.txt")
    taboo = blindset.fields(HERE, "rows_taboo.txt")
    insult = blindset.fields(HERE, "rows_insult.txt")

    out = []
    seen = set()

    def add(cat, label, text, note):
        key = (cat, text)
        if key in seen:
            return
        seen.add(key)
        out.append((cat, label, text, note))

    for r in phrases + taboo + insult:
        add(*r)

    # 1. traditional phrase variants
    cats = []
    for r in phrases:
        if r[0] not in cats:
            cats.append(r[0])
    pick = []
    for c in cats:
        pos = [r for r in phrases if r[0] == c and r[1] == "1"][:4]
        neg = [r for r in phrases if r[0] == c and r[1] == "0"][:2]
        pick += pos + neg
    for r, t in zip(pick, blindset.s2t([r[2] for r in pick])):
        if t != r[2]:
            add(r[0], r[1], t, "traditional(s2t) of: " + r[3])

    # 2. rude tails on the first two positives of each category
    i = 0
    for c in cats:
        for r in [r for r in phrases if r[0] == c and r[1] == "1"][:2]:
            tail, tnote = TAILS[i % len(TAILS)]
            i += 1
            if r[2].endswith(("？", "?")):
                text = r[2] + tail[1:]
            else:
                text = r[2].rstrip("。！!～~.") + tail
            add(c, "0", text, tnote + " on " + r[3])

    # 3./4. traditional taboo and insult rows
    for group in (taboo, insult):
        sel = group[::3]
        for r, t in zip(sel, blindset.s2t([r[2] for r in sel])):
            if t != r[2]:
                add(r[0], r[1], t, "traditional(s2t) of: " + r[3])

    # 5. insult rows as taboo rows
    taboo_texts = {r[2] for r in taboo}
    for r in insult:
        if r[2] in taboo_texts:
            continue
        if r[1] == "1":
            add("taboo", "1", r[2], "from insult 1: " + r[3])
        elif any(k in r[3] for k in ("innocent", "competent", "quoting", "self-deprecation",
                                     "condition offered")):
            add("taboo", "0", r[2], "from insult 0: " + r[3])

    w = sys.stdout
    w.write("# split\tcategory\tlabel\ttext\tnote  (holdout20, examiner blind20r, written blind)\n")
    for cat, label, text, note in out:
        w.write("\t".join((SPLIT, cat, label, text, note)) + "\n")


if __name__ == "__main__":
    main()
