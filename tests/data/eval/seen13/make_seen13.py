#!/usr/bin/env python3
"""Write replies.tsv of split seen13 (was holdout13) from the hand-written rows_*.txt files.

Each row file holds lines `category|label|text|note`; `#` starts a comment line.
The only derived step: rows whose note says `traditional(s2t)` are converted with
`opencc -c s2t.json` (the row is written in simplified characters and typed by the
trainee in traditional ones). Refuses unknown categories, labels other than 0/1,
empty notes, tabs/newlines in a text, and duplicate (category, text).
Usage: python3 make_seen13.py > replies.tsv   (run from anywhere)
"""
import os
import subprocess
import sys

SPLIT = "seen13"
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]
CATEGORIES = set("""opening hold_before hold_after apology silent_prompt silent_close closing
caller_quiet agent_quiet caller_fast not_heard explain_again leader_phone praised bad_attitude
wrong_number no_contact emotional repeat_complaint correction hard_to_reach long_wait too_slow
transfer transfer_failed no_knowledge dialect callback special_abuse special_end taboo insult""".split())


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    lines = out.rstrip("\n").split("\n")
    if len(lines) != len(texts):
        sys.exit("opencc returned %d lines for %d" % (len(lines), len(texts)))
    return lines


def main():
    rows = []
    for name in FILES:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4:
                    sys.exit("%s:%d: want category|label|text|note, got %d fields" % (name, n, len(parts)))
                cat, label, text, note = (p.strip() for p in parts)
                where = "%s:%d" % (name, n)
                if cat not in CATEGORIES:
                    sys.exit("%s: unknown category %r" % (where, cat))
                if label not in ("0", "1"):
                    sys.exit("%s: label must be 0 or 1, got %r" % (where, label))
                if not note:
                    sys.exit("%s: empty note" % where)
                if not text or "\t" in text or "\r" in text or "\t" in note:
                    sys.exit("%s: empty text or tab/CR in text or note" % where)
                rows.append([cat, label, text, note, where])
    trad = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[3]]
    for i, t in zip(trad, s2t([rows[i][2] for i in trad])):
        rows[i][2] = t
    seen = {}
    for cat, label, text, note, where in rows:
        key = (cat, text)
        if key in seen:
            sys.exit("%s: duplicate (category, text) of %s: %s|%s" % (where, seen[key], cat, text))
        seen[key] = where
    out = sys.stdout
    out.write("# split\tcategory\tlabel\ttext\tnote  (seen13, was holdout13: blind examiner blind13r, hand-written; see README.md)\n")
    for cat, label, text, note, _ in rows:
        out.write("\t".join([SPLIT, cat, label, text, note]) + "\n")


if __name__ == "__main__":
    main()
