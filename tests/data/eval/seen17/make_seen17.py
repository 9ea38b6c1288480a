#!/usr/bin/env python3
"""Write replies.tsv for holdout17 from the hand-written rows_*.txt.

Each row file line: category|label|text|note. A note holding "+t" also yields a
traditional copy (OpenCC s2t.json), same label, note "traditional(s2t) of ...".
Run: python3 make_seen17.py > replies.tsv   (needs the `opencc` command)
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'seen17'
FILES = ['rows_phrases.txt', 'rows_taboo.txt', 'rows_insult.txt']


def s2t(texts):
    out = subprocess.run(['opencc', '-c', 's2t.json'], input='\n'.join(texts) + '\n',
                         capture_output=True, text=True, check=True).stdout
    res = out.rstrip('\n').split('\n')
    assert len(res) == len(texts)
    return res


def main():
    rows, want_t = [], []
    for fn in FILES:
        for n, line in enumerate(open(os.path.join(HERE, fn), encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            p = line.split('|')
            if len(p) != 4 or p[1] not in ('0', '1') or '\t' in line:
                sys.exit(f'{fn}:{n}: bad row: {line}')
            cat, lab, text, note = p
            clean = note.replace('+t', '').strip()
            rows.append((cat, lab, text, clean))
            if '+t' in note:
                want_t.append((cat, lab, text, clean))
    trad = s2t([r[2] for r in want_t])
    for (cat, lab, text, note), t in zip(want_t, trad):
        if t != text:
            rows.append((cat, lab, t, f'traditional(s2t) of hand row; {note}'))
    seen, out = set(), []
    for r in rows:
        key = (r[0], r[2])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    print('#split\tcategory\tlabel\ttext\tnote')
    for cat, lab, text, note in out:
        print(f'{SPLIT}\t{cat}\t{lab}\t{text}\t{note}')


if __name__ == '__main__':
    main()
