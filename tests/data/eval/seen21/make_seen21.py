#!/usr/bin/env python3
"""Write replies.tsv for the blind set holdout21 from the hand-written rows.

Hand rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt (category|label|text|note).
Derived rows, each with a label that follows from its hand row by a stated rule:
  1. traditional characters (OpenCC s2t) of the first 3 positives and the first 2
     negatives of each phrase category (pinyin-garbage negatives skipped): same label;
  2. rude tails on the 4th and 5th positive of each phrase category: label 0
     (a phrase said rudely is not the phrase, T-GSOCCIA 001-2020 §二(三) 6 and §二(二) 2.1).
Usage: python3 make_seen21.py > replies.tsv   (run from this folder or anywhere)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen21"

CATEGORIES = """opening hold_before hold_after apology silent_prompt silent_close closing
caller_quiet agent_quiet caller_fast not_heard explain_again leader_phone praised bad_attitude
wrong_number no_contact emotional repeat_complaint correction hard_to_reach long_wait too_slow
transfer transfer_failed no_knowledge dialect callback special_abuse special_end""".split()

TAILS = [
    ("，还有事儿没？没事儿挂了", "impatience"),
    ("，xswl", "mockery meme"),
    ("，您品，您细品", "sarcasm meme"),
    ("，别磨叽了啊", "impatience"),
    ("，懂？", "curt condescension"),
    ("，服了", "contempt"),
    ("，我真的会谢", "sarcasm meme"),
    ("，催啥催", "impatience"),
    ("，嘛呢您这是", "Tianjin impatience"),
    ("，这都听不明白也是没谁了", "condescension"),
]


def read_rows(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4:
                sys.exit(f"{name}:{n}: expected 4 fields, got {len(parts)}")
            cat, label, text, note = (p.strip() for p in parts)
            if label not in ("0", "1"):
                sys.exit(f"{name}:{n}: bad label {label!r}")
            if "\t" in text or "\t" in note:
                sys.exit(f"{name}:{n}: tab in a field")
            rows.append((cat, int(label), text, note))
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


def main():
    phrases = read_rows("rows_phrases.txt")
    taboo = read_rows("rows_taboo.txt")
    insult = read_rows("rows_insult.txt")
    for c, *_ in phrases:
        if c not in CATEGORIES:
            sys.exit(f"unknown category {c}")
    for c, *_ in taboo:
        if c != "taboo":
            sys.exit(f"rows_taboo.txt: category {c}")
    for c, *_ in insult:
        if c != "insult":
            sys.exit(f"rows_insult.txt: category {c}")

    out = []
    out.extend(phrases)

    # 1. traditional variants
    want = []
    for cat in CATEGORIES:
        pos = [r for r in phrases if r[0] == cat and r[1] == 1][:3]
        neg = [r for r in phrases if r[0] == cat and r[1] == 0 and "garbage" not in r[3]][:2]
        want.extend(pos + neg)
    trad = s2t([r[2] for r in want])
    for r, t in zip(want, trad):
        if t != r[2]:
            out.append((r[0], r[1], t, "traditional(s2t); " + r[3]))

    # 2. rude tails on the 4th and 5th positive
    k = 0
    for cat in CATEGORIES:
        pos = [r for r in phrases if r[0] == cat and r[1] == 1][3:5]
        for r in pos:
            tail, kind = TAILS[k % len(TAILS)]
            k += 1
            base = r[2].rstrip("。！!~ ")
            text = base + (tail.lstrip("，") if base.endswith(("？", "?")) else tail)
            out.append((cat, 0, text, f"rude_tail({kind}: {tail.lstrip('，')}); from positive"))

    out.extend(taboo)
    out.extend(insult)

    seen = set()
    lines = ["# split\tcategory\tlabel\ttext\tnote   (holdout21: blind examiner blind21r; "
             "see tests/data/eval/holdout21/README.md)"]
    for cat, label, text, note in out:
        key = (cat, text)
        if key in seen:
            print(f"duplicate dropped: {cat} {text}", file=sys.stderr)
            continue
        seen.add(key)
        lines.append(f"{SPLIT}\t{cat}\t{label}\t{text}\t{note}")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
