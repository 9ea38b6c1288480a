#!/usr/bin/env python3
"""Write holdout/replies.tsv from the hand-written rows_phrases.txt and rows_taboo.txt.

Rows are `category|label|text|note`. A note containing `traditional(s2t)` has its text converted
with OpenCC (`opencc -c s2t.json`, Debian package `opencc`); every other row is written as typed.
Checks each row (known category, label 0/1, no tab, no duplicate) and fails on the first bad one.
Usage: python3 tests/data/eval/holdout/make_holdout.py > tests/data/eval/holdout/replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# `callsim grade-phrase` categories (from its unknown-category message) plus insult.
CATEGORIES = set("""opening hold_before hold_after apology silent_prompt silent_close closing
caller_quiet agent_quiet caller_fast not_heard explain_again leader_phone praised bad_attitude
wrong_number no_contact emotional repeat_complaint correction hard_to_reach long_wait too_slow
transfer transfer_failed no_knowledge dialect callback special_abuse special_end taboo insult""".split())


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                         text=True, check=True)
    return out.stdout.rstrip("\n")


def rows(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4:
                sys.exit(f"{path}:{n}: want category|label|text|note, got {len(parts)} fields")
            cat, label, text, note = parts
            if cat not in CATEGORIES:
                sys.exit(f"{path}:{n}: unknown category {cat!r}")
            if label not in ("0", "1"):
                sys.exit(f"{path}:{n}: label must be 0 or 1")
            if "\t" in text or not text.strip():
                sys.exit(f"{path}:{n}: empty text or a tab in it")
            yield path, n, cat, label, text, note


def main():
    seen = {}
    out = ["# split\tcategory\tlabel\ttext\tnote   (blind holdout, see ../README.md; "
           "written by holdout/make_holdout.py)"]
    for name in ("rows_phrases.txt", "rows_taboo.txt"):
        for path, n, cat, label, text, note in rows(name):
            if "traditional(s2t)" in note:
                text = s2t(text)
            key = (cat, text)
            if key in seen:
                sys.exit(f"{path}:{n}: duplicate of {seen[key]} ({cat}: {text})")
            seen[key] = f"{name}:{n}"
            out.append("\t".join(("holdout", cat, label, text, note)))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
