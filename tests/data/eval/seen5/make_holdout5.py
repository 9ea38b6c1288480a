#!/usr/bin/env python3
"""Write holdout5/replies.tsv from the hand-written rows (helper blind5r, 2026-11-26).

Rows live in rows_phrases.txt, rows_taboo.txt and rows_insult.txt, one per line:
    category|label|text|note
Lines starting with '#' and blank lines are comments. A row whose note holds
'traditional(s2t)' is written in simplified characters and converted here with
OpenCC's s2t.json (Debian package opencc), so the label was set on the text the
examiner wrote; every other row is written out as it stands.

Usage: python3 tests/data/eval/seen5/make_holdout5.py > tests/data/eval/seen5/replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]
SPLIT = "seen5"

# T-GSOCCIA 001-2020 §二(一) 1.1-1.4, §二(二) 2.1-2.21, §二(三); plus taboo and insult.
CATEGORIES = {
    "opening", "hold_before", "hold_after", "silent_prompt", "silent_close",
    "closing", "apology", "caller_quiet", "caller_fast", "agent_quiet",
    "not_heard", "explain_again", "leader_phone", "praised", "bad_attitude",
    "wrong_number", "no_contact", "emotional", "repeat_complaint", "correction",
    "hard_to_reach", "long_wait", "too_slow", "transfer", "transfer_failed",
    "no_knowledge", "dialect", "callback", "special_abuse", "special_end",
    "taboo", "insult",
}


def fail(path, lineno, what):
    sys.stderr.write("%s:%d: %s\n" % (path, lineno, what))
    sys.exit(1)


def read_rows():
    rows = []
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                if "\t" in line:
                    fail(path, lineno, "tab in a row (use | between fields)")
                parts = line.split("|")
                if len(parts) != 4:
                    fail(path, lineno, "%d fields, want category|label|text|note" % len(parts))
                cat, label, text, note = (p.strip() for p in parts)
                if cat not in CATEGORIES:
                    fail(path, lineno, "unknown category %r (use one of the grade-phrase categories, taboo, insult)" % cat)
                if label not in ("0", "1"):
                    fail(path, lineno, "label %r is not 0 or 1" % label)
                if not text:
                    fail(path, lineno, "empty text")
                if not note:
                    fail(path, lineno, "empty note (say what the row tests)")
                rows.append([cat, label, text, note, path, lineno])
    return rows


def convert_s2t(texts):
    if not texts:
        return []
    data = "\n".join(texts) + "\n"
    try:
        out = subprocess.run(["opencc", "-c", "s2t.json"], input=data.encode("utf-8"),
                             stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError) as e:
        sys.stderr.write("make_holdout5.py: opencc failed: %s (apt-get install -y opencc)\n" % e)
        sys.exit(1)
    lines = out.rstrip("\n").split("\n")
    if len(lines) != len(texts):
        sys.stderr.write("make_holdout5.py: opencc returned %d lines for %d texts\n" % (len(lines), len(texts)))
        sys.exit(1)
    return lines


def main():
    rows = read_rows()
    idx = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[3]]
    for i, t in zip(idx, convert_s2t([rows[i][2] for i in idx])):
        if t == rows[i][2]:
            fail(rows[i][4], rows[i][5], "traditional(s2t) but opencc changed nothing (write it in simplified characters)")
        rows[i][2] = t
    seen = {}
    for cat, label, text, note, path, lineno in rows:
        key = (cat, text)
        if key in seen:
            fail(path, lineno, "duplicate (category, text); first at line %d" % seen[key])
        seen[key] = lineno
    out = sys.stdout
    out.write("# holdout5 replies: split\tcategory\tlabel\ttext\tnote (hand-written by helper blind5r; see README.md)\n")
    for cat, label, text, note, _, _ in rows:
        out.write("%s\t%s\t%s\t%s\t%s\n" % (SPLIT, cat, label, text, note))


if __name__ == "__main__":
    main()
