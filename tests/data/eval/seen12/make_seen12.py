#!/usr/bin/env python3
"""Write tests/data/eval/holdout12/replies.tsv from the hand-written rows_*.txt of this folder.

Each row is `category|label|text|note` (lines starting with `#` and blank lines are skipped).
The only derived step: rows whose note says `traditional(s2t)` are converted with OpenCC
(`opencc -c s2t.json`, Debian package `opencc`); no row is composed by this program.
Refuses unknown categories, labels other than 0/1, empty notes, tabs or newlines in a text,
and duplicate (category, text) pairs (checked on the text as written to replies.tsv).

Usage: python3 tests/data/eval/seen12/make_seen12.py   (writes replies.tsv beside it)
"""
import os
import subprocess
import sys

SPLIT = "seen12"
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["rows_phrases.txt", "rows_taboo.txt", "rows_insult.txt"]
# The category list `callsim grade-phrase` prints for an unknown category, plus taboo and insult.
CATEGORIES = {
    "opening", "hold_before", "hold_after", "apology", "silent_prompt", "silent_close",
    "closing", "caller_quiet", "agent_quiet", "caller_fast", "not_heard", "explain_again",
    "leader_phone", "praised", "bad_attitude", "wrong_number", "no_contact", "emotional",
    "repeat_complaint", "correction", "hard_to_reach", "long_wait", "too_slow", "transfer",
    "transfer_failed", "no_knowledge", "dialect", "callback", "special_abuse", "special_end",
    "taboo", "insult",
}


def die(where, what):
    sys.stderr.write(f"{where}: {what}\n")
    sys.exit(1)


def read_rows():
    rows = []
    for name in FILES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                where = f"{path}:{lineno}"
                parts = line.split("|")
                if len(parts) != 4:
                    die(where, f"expected category|label|text|note, got {len(parts)} fields")
                cat, label, text, note = parts
                if cat not in CATEGORIES:
                    die(where, f"unknown category {cat!r}")
                if label not in ("0", "1"):
                    die(where, f"label must be 0 or 1, got {label!r}")
                if not note.strip():
                    die(where, "empty note (say what the row tests)")
                if not text.strip():
                    die(where, "empty text")
                if "\t" in text or "\r" in text:
                    die(where, "tab or carriage return in text")
                rows.append([where, cat, label, text, note])
    return rows


def convert_s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    conv = out.split("\n")
    if conv and conv[-1] == "":
        conv.pop()
    if len(conv) != len(texts):
        die("opencc", f"returned {len(conv)} lines for {len(texts)} (install opencc?)")
    return conv


def main():
    rows = read_rows()
    idx = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[4]]
    for i, t in zip(idx, convert_s2t([rows[i][3] for i in idx])):
        rows[i][3] = t
    seen = {}
    for where, cat, _label, text, _note in rows:
        if "\n" in text or "\t" in text:
            die(where, "tab or newline in text after conversion")
        key = (cat, text)
        if key in seen:
            die(where, f"duplicate ({cat}, {text}) also at {seen[key]}")
        seen[key] = where
    out_path = os.path.join(HERE, "replies.tsv")
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# split\tcategory\tlabel\ttext\tnote  (holdout12: chat-desk and financial-desk "
                "agents, hand-written by blind examiner blind12r; see README.md)\n")
        for _where, cat, label, text, note in rows:
            f.write(f"{SPLIT}\t{cat}\t{label}\t{text}\t{note}\n")
    sys.stderr.write(f"{out_path}: {len(rows)} rows\n")


if __name__ == "__main__":
    main()
