#!/usr/bin/env python3
"""Write holdout22/replies.tsv from the hand-written rows (examiner blind22r).

Hand rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt, each `category|label|text|note`.
Derived rows (label follows from the hand row by a stated rule, fixed before any run):
  D1  phrases, first batch only (before the `# MORE` line): per category the first 3 positives
      and first 2 negatives whose OpenCC s2t form differs from the text -> same label,
      note `traditional(s2t); <hand note>`.
  D2  phrases, first batch: per category the first 2 simplified positives + a rude tail from
      TAILS (cycled) -> label 0, note `rude_tail(<tail>)`.
  D3  taboo: per category the first positive -> taboo 0 (competent); the first D2 row of the
      category -> taboo 1 (the tail is impatience / condescension / rhetorical / patronising).
  D4  insult: the first 22 hand insult rows of each label whose s2t form differs -> same label,
      note `traditional(s2t); <hand note>`.
Usage: python3 make_seen22.py > replies.tsv   (needs opencc)
Row checks and OpenCC: tests/data/eval/blindset.py (the reading is its own, for the `# MORE` line).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: checks, OpenCC)

SPLIT = "seen22"
TAILS = [
    "听明白了没有？",
    "我干了三十年了，你听我的准没错。",
    "别再啰里啰嗦的了。",
    "说了您也不懂。",
    "这点小事也值得打电话？",
    "我很忙，快点。",
    "烦不烦啊。",
    "自己不会看说明吗？",
]


def read_rows(name):
    """Rows as (category, label, text, note, more): more once the `# MORE` line has been passed."""
    rows, more = [], False
    path = os.path.join(HERE, name)
    cats = dict(blindset.FILES)[name]
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                if line.startswith("# MORE"):
                    more = True
                continue
            r = blindset.parse(f"{path}:{n}", line, cats)
            rows.append((r.cat, int(r.label), r.text, r.note, more))
    return rows


def main():
    phr = read_rows("rows_phrases.txt")
    tab = read_rows("rows_taboo.txt")
    ins = read_rows("rows_insult.txt")
    out = []
    for cat, lab, text, note, _ in phr:
        out.append((cat, lab, text, note))

    trad = dict(zip([r[2] for r in phr + ins], blindset.s2t([r[2] for r in phr + ins])))
    cats = []
    for r in phr:
        if r[0] not in cats:
            cats.append(r[0])

    d1, d2, d3 = [], [], []
    ti = 0
    for cat in cats:
        first = [r for r in phr if r[0] == cat and not r[4]]
        pos_t = [r for r in first if r[1] == 1 and trad[r[2]] != r[2]][:3]
        neg_t = [r for r in first if r[1] == 0 and trad[r[2]] != r[2]][:2]
        for r in pos_t + neg_t:
            d1.append((cat, r[1], trad[r[2]], "traditional(s2t); " + r[3]))
        simp_pos = [r for r in first if r[1] == 1 and trad[r[2]] != r[2]][:2]
        tailed = []
        for r in simp_pos:
            tail = TAILS[ti % len(TAILS)]
            ti += 1
            t = r[2] + tail
            tailed.append(t)
            d2.append((cat, 0, t, "rude_tail(%s)" % tail))
        firstpos = [r for r in first if r[1] == 1][0]
        d3.append(("taboo", 0, firstpos[2], "competent; %s positive" % cat))
        if tailed:
            d3.append(("taboo", 1, tailed[0], "rude_tail on %s positive" % cat))
    out += d1 + d2
    for cat, lab, text, note, _ in tab:
        out.append((cat, lab, text, note))
    out += d3
    for cat, lab, text, note, _ in ins:
        out.append((cat, lab, text, note))
    for lab in (1, 0):
        cand = [r for r in ins if r[1] == lab and trad[r[2]] != r[2]][:22]
        for r in cand:
            out.append(("insult", lab, trad[r[2]], "traditional(s2t); " + r[3]))

    seen = set()
    w = sys.stdout
    w.write("# split\tcategory\tlabel\ttext\tnote   (holdout22, blind examiner blind22r)\n")
    for cat, lab, text, note in out:
        key = (cat, text)
        if key in seen:
            continue
        seen.add(key)
        assert "\t" not in text and "\t" not in note
        w.write("%s\t%s\t%d\t%s\t%s\n" % (SPLIT, cat, lab, text, note))


if __name__ == "__main__":
    main()
