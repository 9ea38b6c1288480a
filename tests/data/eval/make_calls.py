#!/usr/bin/env python3
"""Writes tests/data/eval/calls/*.replies and tests/data/eval/calls.tsv from the plays below.

Each play is a scripted trainee (README.md "Trainers" replies format) for a shipped scenario,
written by hand: competent trainees in their own words, and one play per single fault. Its range,
pass and auto-fail are what a fair examiner gives by the scenario's rubric and the standard
(国家职业技能标准 1.9.2: >= 60 passes; insulting the caller or leaving a high-risk caller without
escalation (2.4) fails the call). They were set before the play was run through the grader.
Values the caller dictates (phone numbers, names) are those of `--seed 1`.

Run: python3 tests/data/eval/make_calls.py   (from the repository root or anywhere)
"""
import hashlib
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from plays import PLAYS  # noqa: E402
import plays_more  # noqa: E402,F401  (appends its plays to PLAYS)


def split_of(name):
    h = int(hashlib.md5(name.encode()).hexdigest()[:8], 16)
    return "tune" if h % 5 < 2 else "report"


def main():
    out_dir = os.path.join(HERE, "calls")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".replies"):
            os.remove(os.path.join(out_dir, f))
    seen = set()
    lines = ["# split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"
             "   (see README.md; written by make_calls.py from plays.py)"]
    for scen, name, lo, hi, passed, af, competent, note, script in PLAYS:
        fname = "%s.%s.replies" % (scen, name)
        assert fname not in seen, fname
        seen.add(fname)
        assert 0 <= lo <= hi <= 100, fname
        # a range must agree with its verdict: >= 60 passes (1.9.2); an auto-failed call fails
        assert (not passed) or lo >= 60, fname
        assert passed or hi <= 59 or af, fname
        assert not (af and passed), fname
        with open(os.path.join(out_dir, fname), "w") as fh:
            fh.write("\n".join(script.strip("\n").split("\n")) + "\n")
        lines.append("\t".join([split_of(fname), scen, fname, str(lo), str(hi),
                                "true" if passed else "false", "true" if af else "false",
                                "1" if competent else "0", note]))
    with open(os.path.join(HERE, "calls.tsv"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
