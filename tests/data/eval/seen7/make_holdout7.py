#!/usr/bin/env python3
"""Write holdout7/replies.tsv from the hand-written rows (helper blind7r).

Each rows_*.txt line is `category|label|text|note`; `#` lines and blank lines are comments.
One hand row gives one output line, nothing is derived. A row whose note says
`traditional(s2t)` is written in simplified characters and converted here with
OpenCC (`opencc -c s2t.json`, Debian package opencc). The script refuses: a line
without exactly four fields, a label other than 0/1, an unknown category, an empty
note, an empty text, a tab or newline in the text, and a duplicate (category, text)
after conversion.

Usage: python3 tests/data/eval/holdout7/make_holdout7.py > tests/data/eval/holdout7/replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]
SPLIT = "seen7"
# The grade-phrase categories: 贵阳 T-GSOCCIA 001—2020 §二(一) 1.1–1.4, §二(二) 2.1–2.21,
# §二(三); plus taboo (a forbidden expression is there) and insult.
CATEGORIES = {
    "opening", "hold_before", "hold_after", "silent_prompt", "silent_close", "closing",
    "apology", "caller_quiet", "caller_fast", "agent_quiet", "not_heard", "explain_again",
    "leader_phone", "praised", "bad_attitude", "wrong_number", "no_contact", "emotional",
    "repeat_complaint", "correction", "hard_to_reach", "long_wait", "too_slow", "transfer",
    "transfer_failed", "no_knowledge", "dialect", "callback", "special_abuse", "special_end",
    "taboo", "insult",
}


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                         text=True, check=True).stdout
    return out.rstrip("\n")


def fail(where, what):
    sys.stderr.write(f"{where}: {what}\n")
    sys.exit(1)


def rows():
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = f"{name}:{n}"
                parts = line.split("|")
                if len(parts) != 4:
                    fail(where, f"expected category|label|text|note, got {len(parts)} fields")
                cat, label, text, note = (p.strip() for p in parts)
                yield where, cat, label, text, note


def main():
    seen = {}
    out = ["#split\tcategory\tlabel\ttext\tnote"]
    for where, cat, label, text, note in rows():
        if cat not in CATEGORIES:
            fail(where, f"unknown category {cat!r}")
        if label not in ("0", "1"):
            fail(where, f"label must be 0 or 1, got {label!r}")
        if not note:
            fail(where, "empty note (say what the row tests)")
        if not text:
            fail(where, "empty text")
        if "traditional(s2t)" in note:
            text = s2t(text)
        if "\t" in text or "\n" in text or "\r" in text:
            fail(where, "tab or newline in text")
        key = (cat, text)
        if key in seen:
            fail(where, f"duplicate ({cat}, {text}) first at {seen[key]}")
        seen[key] = where
        out.append("\t".join([SPLIT, cat, label, text, note]))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
