#!/usr/bin/env python3
"""Writes calls.tsv for holdout20 from ranges.txt (hand-written ranges, set from the rubric before any run)."""
import os
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(os.path.join(here, 'ranges.txt'), encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    scen, short, lo, hi, passed, auto, comp, note = line.split('|')
    name = f'{scen}.h20_{short}.replies'
    tf = lambda v: 'true' if v == '1' else 'false'
    rows.append('\t'.join(['seen20', scen, name, lo, hi, tf(passed), tf(auto), comp, note]))
with open(os.path.join(here, 'calls.tsv'), 'w', encoding='utf-8') as f:
    f.write('#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote\n')
    f.write('\n'.join(rows) + '\n')
