#!/usr/bin/env python3
"""Write replies.tsv for the blind split seen26 from the hand-written row files next to it.

Rows are `category|label|text|note` in rows_phrases_1.txt, rows_phrases_2.txt, rows_taboo.txt and
rows_insult.txt (lines starting with # are comments). A row whose note contains
`traditional(s2t)` is converted to traditional characters with `opencc -c s2t.json` (the label
stays; the hand row holds the simplified source). No derived variants are added.

Output: replies.tsv next to this script, `seen26<TAB>category<TAB>label<TAB>text<TAB>note`,
first line a `#` header.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "seen26"
FILES = ["rows_phrases_1.txt", "rows_phrases_2.txt", "rows_taboo.txt", "rows_insult.txt"]
CATEGORIES = {
    "opening", "hold_before", "hold_after", "apology", "silent_prompt", "silent_close", "closing",
    "caller_quiet", "agent_quiet", "caller_fast", "not_heard", "explain_again", "leader_phone",
    "praised", "bad_attitude", "wrong_number", "no_contact", "emotional", "repeat_complaint",
    "correction", "hard_to_reach", "long_wait", "too_slow", "transfer", "transfer_failed",
    "no_knowledge", "dialect", "callback", "special_abuse", "special_end", "taboo", "insult",
}


def s2t(texts):
    if not texts:
        return []
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout
    lines = out.rstrip("\n").split("\n")
    assert len(lines) == len(texts), "opencc changed the line count"
    return lines


def main():
    rows = []
    for name in FILES:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("|")
                if len(parts) != 4:
                    sys.exit(f"{name}:{n}: want 4 fields, got {len(parts)}")
                cat, label, text, note = (p.strip() for p in parts)
                if cat not in CATEGORIES or label not in ("0", "1") or not text:
                    sys.exit(f"{name}:{n}: bad row")
                if "\t" in text or "\t" in note:
                    sys.exit(f"{name}:{n}: tab in a field")
                rows.append([cat, label, text, note])
    trad = [i for i, r in enumerate(rows) if "traditional(s2t)" in r[3]]
    for i, t in zip(trad, s2t([rows[i][2] for i in trad])):
        rows[i][2] = t
    seen = set()
    for r in rows:
        key = (r[0], r[2])
        if key in seen:
            sys.exit(f"duplicate row: {r[0]} {r[2]}")
        seen.add(key)
    with open(os.path.join(HERE, "replies.tsv"), "w", encoding="utf-8") as out:
        out.write("# split\tcategory\tlabel\ttext\tnote\n")
        for r in rows:
            out.write("\t".join([SPLIT] + r) + "\n")
    print(f"{len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
