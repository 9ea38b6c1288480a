#!/usr/bin/env python3
"""Baseline for `grade-phrase --batch`: a straightforward difflib matcher over the same phrase bank.

For each "CATEGORY<TAB>TEXT" line it compares TEXT with every standard wording of the category in
assets/phrases.txt (difflib.SequenceMatcher ratio after dropping punctuation and spaces) and calls
it a match at ratio >= 0.6. It prints lines per second and, given a labelled corpus
(CATEGORY<TAB>EXPECTED<TAB>TEXT), its precision and recall, for comparison with callsim's
part-based matcher on the same lines."""
import difflib, re, sys, time

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

def norm(s):
    return re.sub(r"[\s\W_]+", "", s.lower())

def main():
    bank = load_bank(sys.argv[1])
    rows = []
    for line in open(sys.argv[2], encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3:
            rows.append((parts[0], parts[1] == "1", parts[2]))
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    tp = fp = fn = 0
    start = time.perf_counter()
    for _ in range(reps):
        for cat, expected, text in rows:
            t = norm(text)
            best = max((difflib.SequenceMatcher(None, t, p).ratio() for p in bank.get(cat, [])), default=0)
            got = best >= 0.6
            if _ == 0:
                tp += got and expected
                fp += got and not expected
                fn += (not got) and expected
    secs = time.perf_counter() - start
    print("difflib_lines_per_s %.0f" % (len(rows) * reps / secs))
    print("difflib_precision %.3f" % (tp / (tp + fp) if tp + fp else 0))
    print("difflib_recall %.3f" % (tp / (tp + fn) if tp + fn else 0))

main()
