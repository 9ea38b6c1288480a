#!/usr/bin/env python3
"""Writes calls.tsv of holdout19 from plays_h19.txt (scenario|short|lo|hi|passed|auto_failed|competent|note)."""
import os
here = os.path.dirname(os.path.abspath(__file__))
out = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
for line in open(os.path.join(here, "plays_h19.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    sc, short, lo, hi, passed, af, comp, note = line.split("|", 7)
    assert passed in ("true", "false") and af in ("true", "false")
    assert (int(lo) >= 60) == (passed == "true") and (int(hi) >= 60) == (passed == "true")
    out.append("\t".join(["seen19", sc, f"{sc}.h19_{short}.replies", lo, hi, passed, af, comp, note]))
open(os.path.join(here, "calls.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
