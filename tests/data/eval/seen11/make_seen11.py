#!/usr/bin/env python3
"""Write holdout11/replies.tsv from the hand-written rows (blind examiner blind11r).

Reads rows_phrases.txt, rows_taboo.txt, rows_insult.txt ("category|label|text|note", '#' comments).
The only derived step: rows whose note says traditional(s2t) are converted with OpenCC s2t.json
(`opencc -c s2t.json`, Debian package opencc); labels are never changed or derived.
Refuses unknown categories, labels other than 0/1, empty notes, tabs/newlines in a text and
duplicate (category, text) after conversion.

Usage: python3 tests/data/eval/seen11/make_seen11.py   (writes replies.tsv next to this file)
"""
import os
import subprocess
import sys

SPLIT = "seen11"
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ("rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt")
# The categories `callsim grade-phrase` lists (贵阳 T-GSOCCIA 001—2020 §二), plus taboo and insult.
CATEGORIES = {
    "opening", "hold_before", "hold_after", "apology", "silent_prompt", "silent_close", "closing",
    "caller_quiet", "agent_quiet", "caller_fast", "not_heard", "explain_again", "leader_phone",
    "praised", "bad_attitude", "wrong_number", "no_contact", "emotional", "repeat_complaint",
    "correction", "hard_to_reach", "long_wait", "too_slow", "transfer", "transfer_failed",
    "no_knowledge", "dialect", "callback", "special_abuse", "special_end", "taboo", "insult",
}


def fail(path, lineno, what):
    sys.exit(f"{path}:{lineno}: {what} (fix the row by hand)")


def read_rows():
    rows = []
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4:
                    fail(path, lineno, f"expected 4 fields category|label|text|note, got {len(parts)}")
                cat, label, text, note = (p.strip() for p in parts)
                if cat not in CATEGORIES:
                    fail(path, lineno, f"unknown category {cat!r}")
                if label not in ("0", "1"):
                    fail(path, lineno, f"label must be 0 or 1, not {label!r}")
                if not note:
                    fail(path, lineno, "empty note")
                if not text or "\t" in text or "\r" in text:
                    fail(path, lineno, "empty text or a tab/newline in the text")
                rows.append((path, lineno, cat, label, text, note))
    return rows


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    lines = out.rstrip("\n").split("\n")
    if len(lines) != len(texts):
        sys.exit(f"{__file__}: opencc returned {len(lines)} lines for {len(texts)} (check opencc)")
    return lines


def main():
    rows = read_rows()
    trad = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[5]]
    converted = s2t([rows[i][4] for i in trad])
    texts = [r[4] for r in rows]
    for i, t in zip(trad, converted):
        texts[i] = t
    seen = {}
    out = ["# split\tcategory\tlabel\ttext\tnote   (holdout11: blind examiner blind11r, East China desks;"
           " hand-written rows, see README.md)"]
    for r, text in zip(rows, texts):
        path, lineno, cat, label, _, note = r
        key = (cat, text)
        if key in seen:
            fail(path, lineno, f"duplicate ({cat}, {text}) of line {seen[key]}")
        seen[key] = lineno
        out.append("\t".join((SPLIT, cat, label, text, note)))
    with open(os.path.join(HERE, "replies.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(rows)} rows written ({len(trad)} converted with opencc s2t)", file=sys.stderr)


if __name__ == "__main__":
    main()
