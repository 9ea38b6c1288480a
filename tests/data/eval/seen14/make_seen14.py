#!/usr/bin/env python3
"""Write replies.tsv of the split seen14 (was the blind split holdout14) from the hand-written rows.

Rows live in rows_phrases.txt, rows_taboo.txt, rows_insult.txt as
    category|label|text|note
with '#' comments and blank lines ignored.  The only derived step: a row whose
note holds 'traditional(s2t)' has its text converted with `opencc -c s2t.json`
(the row is written in simplified characters and stored converted).
Refuses unknown categories, labels other than 0/1, empty notes, tabs or
newlines in a text, and duplicate (category, text).

Usage: python3 make_seen14.py > replies.tsv   (run from this folder or anywhere)
"""
import os
import subprocess
import sys

SPLIT = "seen14"
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]
PHRASE_CATS = """opening hold_before hold_after apology silent_prompt silent_close closing
caller_quiet agent_quiet caller_fast not_heard explain_again leader_phone praised bad_attitude
wrong_number no_contact emotional repeat_complaint correction hard_to_reach long_wait too_slow
transfer transfer_failed no_knowledge dialect callback special_abuse special_end""".split()
CATS = set(PHRASE_CATS) | {"taboo", "insult"}


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    return out.rstrip("\n")


def main():
    rows = []
    seen = set()
    errors = []
    for fn in FILES:
        path = os.path.join(HERE, fn)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4:
                    errors.append(f"{fn}:{n}: want 4 '|' fields, got {len(parts)}")
                    continue
                cat, label, text, note = (p.strip() for p in parts)
                where = f"{fn}:{n}"
                if cat not in CATS:
                    errors.append(f"{where}: unknown category {cat!r}")
                if label not in ("0", "1"):
                    errors.append(f"{where}: label must be 0 or 1, got {label!r}")
                if not note:
                    errors.append(f"{where}: empty note")
                if not text:
                    errors.append(f"{where}: empty text")
                if "\t" in text or "\r" in text or "\t" in note:
                    errors.append(f"{where}: tab or newline in text/note")
                if "traditional(s2t)" in note:
                    text = s2t(text)
                key = (cat, text)
                if key in seen:
                    errors.append(f"{where}: duplicate ({cat}, {text})")
                seen.add(key)
                rows.append((cat, label, text, note))
    if errors:
        for e in errors:
            print(e, file=sys.stderr)
        sys.exit(1)
    out = sys.stdout
    out.write("# split\tcategory\tlabel\ttext\tnote   (seen14, was holdout14: blind, report-only; "
              "hand-written by examiner blind14r; traditional(s2t) rows converted with OpenCC s2t.json)\n")
    for cat, label, text, note in rows:
        out.write(f"{SPLIT}\t{cat}\t{label}\t{text}\t{note}\n")


if __name__ == "__main__":
    main()
