#!/usr/bin/env python3
"""Write replies.tsv of holdout10 from the hand-typed rows_*.txt files.

Row syntax: category|label|text|note ; '#' lines are comments.
The only derived step: rows whose note says traditional(s2t) are converted
with `opencc -c s2t.json`. Refuses unknown categories, labels other than 0/1,
empty notes, tabs/newlines in a text, and duplicate (category, text).
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen10"
PHRASE_CATS = (
    "opening hold_before hold_after apology silent_prompt silent_close closing "
    "caller_quiet agent_quiet caller_fast not_heard explain_again leader_phone "
    "praised bad_attitude wrong_number no_contact emotional repeat_complaint "
    "correction hard_to_reach long_wait too_slow transfer transfer_failed "
    "no_knowledge dialect callback special_abuse special_end"
).split()
FILES = {
    "rows_phrases.txt": set(PHRASE_CATS),
    "rows_taboo.txt": {"taboo"},
    "rows_insult.txt": {"insult"},
}


def s2t(text):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input=text,
                         capture_output=True, text=True, check=True).stdout
    return out.rstrip("\n")


def die(msg):
    sys.stderr.write("make_holdout10: " + msg + "\n")
    sys.exit(1)


def main():
    rows = []
    seen = set()
    for name, cats in FILES.items():
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                where = "%s:%d" % (name, n)
                parts = line.split("|", 2)
                if len(parts) != 3 or "|" not in parts[2]:
                    die(where + ": want category|label|text|note")
                cat, label, rest = parts
                text, note = rest.rsplit("|", 1)
                if cat not in cats:
                    die(where + ": unknown category %r for this file" % cat)
                if label not in ("0", "1"):
                    die(where + ": label must be 0 or 1")
                if not note.strip():
                    die(where + ": empty note")
                if not text.strip():
                    die(where + ": empty text")
                if "\t" in text or "\r" in text or "\t" in note:
                    die(where + ": tab or newline in text/note")
                if "traditional(s2t)" in note:
                    text = s2t(text)
                key = (cat, text)
                if key in seen:
                    die(where + ": duplicate (category, text): " + text)
                seen.add(key)
                rows.append((cat, label, text, note))
    out = os.path.join(HERE, "replies.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# holdout10: blind, report-only set by helper blind10r "
                "(split, category, label, text, note); hand-typed rows, "
                "traditional(s2t) rows converted with OpenCC s2t.json\n")
        for cat, label, text, note in rows:
            f.write("\t".join((SPLIT, cat, label, text, note)) + "\n")
    sys.stderr.write("make_holdout10: %d rows -> %s\n" % (len(rows), out))


if __name__ == "__main__":
    main()
