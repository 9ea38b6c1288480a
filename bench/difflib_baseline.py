#!/usr/bin/env python3
"""Baseline for `grade-phrase --batch`: a straightforward difflib grader doing the same job.

`grade-phrase --batch` does two things for every "CATEGORY<TAB>TEXT" line: it judges whether TEXT
is the category's standard phrase, and it scans TEXT for every forbidden expression and insult of
assets/taboo.txt (the `taboo` and `insult` keys of its JSON). This script does both with the
standard library's difflib, the way one would write it without an engine:

1. phrase: TEXT (punctuation and spaces dropped, lower case) against every standard wording of the
   category in assets/phrases.txt, difflib.SequenceMatcher ratio; a match at ratio >= 0.6;
2. forbidden expressions: for every `taboo`/`insult` entry of assets/taboo.txt (its `~exceptions`
   and `@flags` dropped, `*` and `#` removed), does TEXT hold it?  SequenceMatcher.find_longest_match
   between the entry and TEXT, a hit when the longest common block covers the whole entry.
   The matcher is used as difflib's documentation advises for one text against many: set_seq2(TEXT)
   once per line (difflib caches its index of seq2), set_seq1(entry) per entry.

Nothing here is made slow on purpose: the bank is parsed and normalised once, before the clock.
It prints lines per second (by the wall clock and by CPU time) and, given a labelled corpus
(CATEGORY<TAB>EXPECTED<TAB>TEXT), the phrase verdict's precision and recall, for comparison with
callsim on the same lines.

usage: difflib_baseline.py PHRASES TABOO CORPUS [REPEATS]"""
import difflib, re, sys, time

def norm(s):
    return re.sub(r"[\s\W_]+", "", s.lower())

def load_bank(path):
    bank, cat = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("category "):
            cat = line.split()[1]
            bank.setdefault(cat, [])
        elif line.startswith("phrase ") and "=" in line and cat:
            bank[cat].append(norm(line.split("=", 1)[1]))
    return bank

def load_taboo(path):
    entries = []
    for line in open(path, encoding="utf-8"):
        words = line.split()
        if len(words) >= 2 and words[0] in ("taboo", "insult"):
            expr = norm(words[1].replace("*", "").replace("#", ""))
            if expr:
                entries.append((words[0], expr))
    return entries

def grade(bank, taboo, cat, text):
    """(match, forbidden entries found, insult) for one line."""
    t = norm(text)
    sm = difflib.SequenceMatcher(None)
    sm.set_seq2(t)
    best = 0.0
    for p in bank.get(cat, []):
        sm.set_seq1(p)
        best = max(best, sm.ratio())
    found, insult = [], False
    for kind, expr in taboo:
        sm.set_seq1(expr)
        if sm.find_longest_match(0, len(expr), 0, len(t)).size == len(expr):
            found.append(expr)
            insult = insult or kind == "insult"
    return best >= 0.6, found, insult

def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__.rsplit("\n", 1)[-1])
    bank, taboo = load_bank(sys.argv[1]), load_taboo(sys.argv[2])
    rows = []
    for line in open(sys.argv[3], encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3:
            rows.append((parts[0], parts[1] == "1", parts[2]))
    reps = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    tp = fp = fn = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for rep in range(reps):
        for cat, expected, text in rows:
            got, _, _ = grade(bank, taboo, cat, text)
            if rep == 0:
                tp += got and expected
                fp += got and not expected
                fn += (not got) and expected
    secs = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print("difflib_lines_per_s %.0f" % (len(rows) * reps / secs))
    # the same loop by CPU time: what the grading cost, whatever else the machine ran meanwhile
    print("difflib_cpu_lines_per_s %.0f" % (len(rows) * reps / cpu))
    print("difflib_precision %.3f" % (tp / (tp + fp) if tp + fp else 0))
    print("difflib_recall %.3f" % (tp / (tp + fn) if tp + fn else 0))

main()
