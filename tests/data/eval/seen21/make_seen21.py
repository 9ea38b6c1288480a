#!/usr/bin/env python3
"""Write replies.tsv for the blind set holdout21 from the hand-written rows.

Hand rows: rows_phrases.txt, rows_taboo.txt, rows_insult.txt (category|label|text|note).
Derived rows, each with a label that follows from its hand row by a stated rule:
  1. traditional characters (OpenCC s2t) of the first 3 positives and the first 2
     negatives of each phrase category (pinyin-garbage negatives skipped): same label;
  2. rude tails on the 4th and 5th positive of each phrase category: label 0
     (a phrase said rudely is not the phrase, T-GSOCCIA 001-2020 §二(三) 6 and §二(二) 2.1).
Usage: python3 make_seen21.py > replies.tsv   (run from this folder or anywhere)
Reading, checks and OpenCC: tests/data/eval/blindset.py.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True  # no __pycache__ beside the hand files
import blindset  # noqa: E402  (tests/data/eval/blindset.py: reading, checks, OpenCC)

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
    return [(c, int(l), t, n) for c, l, t, n in blindset.fields(HERE, name)]


def main():
    phrases = read_rows("rows_phrases.txt")
    taboo = read_rows("rows_taboo.txt")
    insult = read_rows("rows_insult.txt")

    out = []
    out.extend(phrases)

    # 1. traditional variants
    want = []
    for cat in CATEGORIES:
        pos = [r for r in phrases if r[0] == cat and r[1] == 1][:3]
        neg = [r for r in phrases if r[0] == cat and r[1] == 0 and "garbage" not in r[3]][:2]
        want.extend(pos + neg)
    trad = blindset.s2t([r[2] for r in want])
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
