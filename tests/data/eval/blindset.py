"""The part every retired blind set's generator shares (tests/data/eval/seen*/make_*.py).

A blind set's examiner writes its rows by hand in rows_phrases.txt, rows_taboo.txt and
rows_insult.txt, one a line: `category|label|text|note` (`#` lines and blank lines are comments).
One hand row gives one line of replies.tsv, `split<TAB>category<TAB>label<TAB>text<TAB>note`, in
file order. The only derived step: a row whose note says `traditional(s2t)` was written in
simplified characters and is converted with OpenCC (`opencc -c s2t.json`, Debian package opencc);
no row is composed and no label changed or derived.

A slip in a hand file stops the build of replies.tsv with `FILE:LINE: what is wrong (fix the row
by hand)`: a line without exactly four fields; a category its file does not hold (rows_phrases.txt
the categories `callsim grade-phrase` lists, 贵阳 T-GSOCCIA 001—2020 §二; rows_taboo.txt taboo;
rows_insult.txt insult); a label other than 0 or 1; an empty text or note; a tab or carriage return
in a field; a duplicate (category, text) after conversion; and, for the sets that ask for it
(unchanged_ok=False), a traditional(s2t) row OpenCC leaves as it was.

    rows = blindset.read(HERE, unchanged_ok=False)
    blindset.write(sys.stdout, "seen5", "# header line", rows)

A set that derives rows of its own (seen19..23, 27..32: traditional copies of chosen rows, rude
tails) reads each hand file with fields(here, name) or file_rows(here, name, cats), the same checks
row by row, and converts with s2t(texts); a set whose rows are not category|label|text|note
(seen15 1t/0t labels, seen16 | in notes, seen17 +t notes, seen24 ~ lines) reads lines(here, name)
and parses them its own way. Each keeps its own rule, order and header line.
"""
import collections
import os
import subprocess
import sys

# The categories `callsim grade-phrase` prints for an unknown category (贵阳 T-GSOCCIA 001—2020
# §二(一) 1.1–1.4, §二(二) 2.1–2.21, §二(三)).
PHRASE_CATEGORIES = frozenset((
    "opening hold_before hold_after apology silent_prompt silent_close closing caller_quiet "
    "agent_quiet caller_fast not_heard explain_again leader_phone praised bad_attitude "
    "wrong_number no_contact emotional repeat_complaint correction hard_to_reach long_wait "
    "too_slow transfer transfer_failed no_knowledge dialect callback special_abuse special_end"
).split())
# Each hand file and the categories its rows may have, in the order they are written out.
FILES = (
    ("rows_phrases.txt", PHRASE_CATEGORIES),
    ("rows_taboo.txt", frozenset({"taboo"})),
    ("rows_insult.txt", frozenset({"insult"})),
)
S2T = "traditional(s2t)"

Row = collections.namedtuple("Row", "where cat label text note")


def fail(where, what):
    sys.exit(f"{where}: {what} (fix the row by hand)")


def parse(where, line, cats):
    """One hand row as a Row, or the build stopped naming what is wrong with it."""
    parts = line.split("|")
    if len(parts) != 4:
        fail(where, f"expected category|label|text|note, got {len(parts)} fields")
    cat, label, text, note = (p.strip() for p in parts)
    if cat not in cats:
        fail(where, f"unknown category {cat!r} for this file")
    if label not in ("0", "1"):
        fail(where, f"label must be 0 or 1, not {label!r}")
    if not text:
        fail(where, "empty text")
    if not note:
        fail(where, "empty note: say what the row tests")
    if "\t" in line or "\r" in line:
        fail(where, "tab or carriage return in a field: | separates the fields")
    return Row(where, cat, label, text, note)


def lines(here, name):
    """(FILE:LINE, line) of each row line of one hand file of folder here: not blank, not a # line,
    without its newline; for a set whose rows are not category|label|text|note as parse() wants."""
    path = os.path.join(here, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield f"{path}:{n}", line


def file_rows(here, name, cats):
    """The rows of one hand file of folder here, in order, each checked against cats."""
    return [parse(where, line, cats) for where, line in lines(here, name)]


def fields(here, name, cats=None):
    """(category, label, text, note) of each row of one hand file, checked as file_rows checks
    them; cats by default those FILES gives the name (another rows_phrases*.txt: the phrases')."""
    if cats is None:
        cats = dict(FILES).get(name, PHRASE_CATEGORIES)
    return [(r.cat, r.label, r.text, r.note) for r in file_rows(here, name, cats)]


def hand_rows(here, files=FILES):
    """The rows of the hand files of folder here (FILES: the three), in order."""
    return [r for name, cats in files for r in file_rows(here, name, cats)]


def s2t(texts):
    """The one-line texts in traditional characters, with one opencc call (order kept)."""
    if not texts:
        return []
    try:
        out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                             capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"blindset.py: opencc failed: {e} (apt-get install -y opencc)")
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(texts):
        sys.exit(f"blindset.py: opencc returned {len(lines)} lines for {len(texts)} (check opencc)")
    return lines


def read(here, unchanged_ok, files=FILES):
    """The rows of folder here as they go into replies.tsv: traditional(s2t) rows converted, each
    (category, text) once. unchanged_ok False: a traditional(s2t) row OpenCC does not change is a
    slip (it was typed in traditional characters already). files: (name, categories) pairs of a
    set whose hand files are not the three of FILES."""
    rows = hand_rows(here, files)
    idx = [i for i, r in enumerate(rows) if S2T in r.note]
    for i, text in zip(idx, s2t([rows[i].text for i in idx])):
        if text == rows[i].text and not unchanged_ok:
            fail(rows[i].where, "traditional(s2t) but opencc changed nothing: "
                                "write the row in simplified characters")
        rows[i] = rows[i]._replace(text=text)
    seen = {}
    for r in rows:
        if "\n" in r.text or "\t" in r.text:
            fail(r.where, "tab or newline in the text after conversion")
        if (r.cat, r.text) in seen:
            fail(r.where, f"duplicate ({r.cat}, {r.text}), first at {seen[r.cat, r.text]}")
        seen[r.cat, r.text] = r.where
    return rows


def write(out, split, header, rows):
    """replies.tsv: the header line (a # comment), then one line a row."""
    out.write(header + "\n")
    for r in rows:
        out.write("\t".join((split, r.cat, r.label, r.text, r.note)) + "\n")
