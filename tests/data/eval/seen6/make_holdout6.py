#!/usr/bin/env python3
"""Write holdout6/replies.tsv from the hand-written rows_*.txt (helper blind6r).

Each rows file holds lines `category|label|text|note`; `#` lines and blank lines are
comments. A row whose note contains `traditional(s2t)` is written in simplified characters
and converted here with OpenCC (`opencc -c s2t.json`, Debian package opencc); every other
row is written exactly as typed (rows marked `traditional(typed)` were typed in traditional
characters by hand). The script refuses a duplicate (category, text) pair, a label other
than 0/1 and a category the grader does not know, so a slip in the hand-written files
stops the build of replies.tsv instead of entering the blind set.

Usage: python3 tests/data/eval/seen6/make_holdout6.py > tests/data/eval/seen6/replies.tsv
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]
# grade-phrase categories (T-GSOCCIA 001-2020 §二), plus the taboo match and the insult key
CATEGORIES = {
    "opening", "hold_before", "hold_after", "silent_prompt", "silent_close", "closing",
    "apology", "caller_quiet", "caller_fast", "agent_quiet", "not_heard", "explain_again",
    "leader_phone", "praised", "bad_attitude", "wrong_number", "no_contact", "emotional",
    "repeat_complaint", "correction", "hard_to_reach", "long_wait", "too_slow", "transfer",
    "transfer_failed", "no_knowledge", "dialect", "callback", "special_abuse", "special_end",
    "taboo", "insult",
}


def die(where, what):
    sys.stderr.write("%s: %s\n" % (where, what))
    sys.exit(1)


def s2t(texts):
    """Convert a list of one-line texts with one opencc call (order kept)."""
    if not texts:
        return []
    try:
        out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        die("make_holdout6.py", "opencc failed: %s (apt-get install -y opencc)" % e)
    lines = out.rstrip("\n").split("\n")
    if len(lines) != len(texts):
        die("make_holdout6.py", "opencc returned %d lines for %d" % (len(lines), len(texts)))
    return lines


def read_rows():
    rows = []
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                where = "%s:%d" % (path, n)
                parts = line.split("|")
                if len(parts) != 4:
                    die(where, "expected category|label|text|note, got %d fields" % len(parts))
                cat, label, text, note = (p.strip() for p in parts)
                if cat not in CATEGORIES:
                    die(where, "unknown category %r" % cat)
                if label not in ("0", "1"):
                    die(where, "label must be 0 or 1, got %r" % label)
                if not text or "\t" in text or "\t" in note:
                    die(where, "empty text or a TAB inside a field")
                rows.append([cat, label, text, note, where])
    return rows


def main():
    rows = read_rows()
    idx = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[3]]
    for i, t in zip(idx, s2t([rows[i][2] for i in idx])):
        rows[i][2] = t
    seen = {}
    for cat, _label, text, _note, where in rows:
        key = (cat, text)
        if key in seen:
            die(where, "duplicate (%s, %s), first at %s" % (cat, text, seen[key]))
        seen[key] = where
    out = sys.stdout
    out.write("# holdout6: blind report-only replies by helper blind6r "
              "(split, category, label, text, note); written by make_holdout6.py, do not edit\n")
    for cat, label, text, note, _where in rows:
        out.write("seen6\t%s\t%s\t%s\t%s\n" % (cat, label, text, note))


if __name__ == "__main__":
    main()
