#!/usr/bin/env python3
"""Write seen33/replies.tsv from the hand-typed rows_*.txt of this folder.

Rows are `category|label|text|note`; lines starting with # are comments.
The only derived rows are OpenCC s2t copies (same label, note gets `traditional(s2t)`):
  - phrase categories: the first three simplified positives and the first simplified negative of each category;
  - taboo and insult: every third simplified row.
A copy is skipped when s2t leaves the text unchanged (already traditional, or no convertible character)
or when the converted text is already in the set.
Usage: python3 make_seen33.py > replies.tsv   (needs the `opencc` command, Debian package opencc)
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = 'seen33'


def read(name):
    rows = []
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cat, label, text, note = line.split('|')
            assert label in ('0', '1'), line
            assert '\t' not in text and '\t' not in note, line
            rows.append((cat, label, text, note))
    return rows


def s2t(texts):
    out = subprocess.run(['opencc', '-c', 's2t.json'], input='\n'.join(texts) + '\n',
                         capture_output=True, text=True, check=True).stdout.split('\n')
    return out[:len(texts)]


def main():
    phrases = read('rows_phrases.txt')
    taboo = read('rows_taboo.txt')
    insult = read('rows_insult.txt')
    hand = phrases + taboo + insult
    conv = s2t([r[2] for r in hand])
    trad = dict(zip([r[2] for r in hand], conv))
    seen = set(r[2] for r in hand)
    out = []
    copies = []
    per = {}
    for r in phrases:
        out.append(r)
        cat, label, text, note = r
        t = trad[text]
        if t == text or t in seen:
            continue
        k = (cat, label)
        n = per.get(k, 0)
        if (label == '1' and n < 3) or (label == '0' and n < 1):
            per[k] = n + 1
            seen.add(t)
            copies.append((cat, label, t, 'traditional(s2t) of: ' + note))
    i = 0
    for r in taboo + insult:
        out.append(r)
        cat, label, text, note = r
        t = trad[text]
        if t == text or t in seen:
            continue
        i += 1
        if i % 3 == 0:
            seen.add(t)
            copies.append((cat, label, t, 'traditional(s2t) of: ' + note))
    w = sys.stdout
    w.write('# split\tcategory\tlabel\ttext\tnote   (seen33 replies, hand rows from rows_*.txt, s2t copies at the end)\n')
    for cat, label, text, note in out + copies:
        w.write('\t'.join((SPLIT, cat, label, text, note)) + '\n')
    print('hand %d, s2t copies %d, total %d' % (len(out), len(copies), len(out) + len(copies)), file=sys.stderr)


if __name__ == '__main__':
    main()
