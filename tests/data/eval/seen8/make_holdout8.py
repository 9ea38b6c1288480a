#!/usr/bin/env python3
"""Write holdout8/replies.tsv from the hand-written rows (blind set, report-only).

Reads rows_phrases.txt, rows_taboo.txt and rows_insult.txt next to this file
(lines "category|label|text|note", '#' comments, blank lines skipped).
A row whose note holds "traditional(s2t)" was written in simplified characters
and is converted here with OpenCC (opencc -c s2t.json; Debian package opencc).
Refuses: unknown categories, labels other than 0/1, empty notes, tabs or
newlines in the text, and duplicate (category, text) after conversion.

Usage: python3 tests/data/eval/holdout8/make_holdout8.py > tests/data/eval/holdout8/replies.tsv
"""
import os
import subprocess
import sys

SPLIT = "seen8"
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt")
# grade-phrase categories (callsim grade-phrase lists them for an unknown one),
# plus "insult" (the insult key of grade-phrase taboo TEXT).
CATEGORIES = {
    "opening", "hold_before", "hold_after", "apology", "silent_prompt",
    "silent_close", "closing", "caller_quiet", "agent_quiet", "caller_fast",
    "not_heard", "explain_again", "leader_phone", "praised", "bad_attitude",
    "wrong_number", "no_contact", "emotional", "repeat_complaint",
    "correction", "hard_to_reach", "long_wait", "too_slow", "transfer",
    "transfer_failed", "no_knowledge", "dialect", "callback",
    "special_abuse", "special_end", "taboo", "insult",
}


def fail(path, lineno, what):
    sys.stderr.write("%s:%d: %s\n" % (path, lineno, what))
    sys.exit(1)


def s2t(texts):
    """Convert a list of one-line texts with OpenCC s2t in one call."""
    if not texts:
        return []
    try:
        out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        sys.stderr.write("make_holdout8.py: opencc failed: %s (apt-get install -y opencc)\n" % exc)
        sys.exit(1)
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(texts):
        sys.stderr.write("make_holdout8.py: opencc returned %d lines for %d\n" % (len(lines), len(texts)))
        sys.exit(1)
    return lines


def read_rows():
    rows = []
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                if "\t" in line:
                    fail(path, lineno, "tab in row (use | between fields)")
                parts = line.split("|")
                if len(parts) != 4:
                    fail(path, lineno, "expected category|label|text|note, got %d fields" % len(parts))
                cat, label, text, note = (p.strip() for p in parts)
                if cat not in CATEGORIES:
                    fail(path, lineno, "unknown category %r" % cat)
                if label not in ("0", "1"):
                    fail(path, lineno, "label must be 0 or 1, not %r" % label)
                if not text:
                    fail(path, lineno, "empty text")
                if not note:
                    fail(path, lineno, "empty note (say what the row tests)")
                rows.append([path, lineno, cat, label, text, note])
    return rows


def main():
    rows = read_rows()
    idx = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[5]]
    for i, conv in zip(idx, s2t([rows[i][4] for i in idx])):
        if conv == rows[i][4]:
            fail(rows[i][0], rows[i][1], "traditional(s2t) row unchanged by OpenCC")
        rows[i][4] = conv
    seen = {}
    out = ["# split\tcategory\tlabel\ttext\tnote  (holdout8: blind, report-only; see README.md)"]
    for path, lineno, cat, label, text, note in rows:
        if "\t" in text or "\n" in text or "\r" in text:
            fail(path, lineno, "tab or newline in text")
        key = (cat, text)
        if key in seen:
            fail(path, lineno, "duplicate (%s, %s), first at line %d" % (cat, text, seen[key]))
        seen[key] = lineno
        out.append("\t".join((SPLIT, cat, label, text, note)))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
