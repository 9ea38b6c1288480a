#!/usr/bin/env python3
"""Writes assets/lookalike.txt: pairs of look-alike characters, the slips of handwriting input
(己/已, 未/末, 侯/候, 拔/拨, 人/入, 日/曰, 土/士, 冶/治, 戍/戌), for the grader's phrase parts
(grading/lookalike.h). A tablet's handwriting recogniser matches the pen's strokes against the
characters' shapes, so it offers a character in place of another that is written the same way:

  - the same Four-Corner code (四角号码, Unicode Unihan kFourCornerCode, its four digits): the
    shapes of the four corners, the classic index of characters that look alike, and
  - stroke sequences (五笔画 h s p n z, Rime's stroke dictionary from the CNS11643 全字库 and its
    supplement) equal or one stroke apart (one stroke added, dropped or changed): the pen's path.

Either alone is too loose (Four-Corner: 见/风, 客/容 share a code; strokes: 查/相, 己/弓 are one
stroke apart); both together leave pairs a reader also confuses. Only characters of the 通用规范汉字表
(2013; Unihan kTGH) are paired: what a mainland agent writes.

五笔 (Wubi 86) is typed by shape too: a character is the keys of its roots, and a typist who takes one
root for a look-alike of the same stroke zone (王/土 on G/F, 讠/氵 on Y/I) types the neighbour (埋解 for
理解, 讲活 for 讲话). So two characters of the table's first level (3,500 common ones) are paired as well
when their full Wubi codes (Rime's wubi86 dictionary) differ in one key only, both keys of one zone
(横 GFDSA, 竖 HJKLM, 撇 TREWQ, 捺 YUIOP, 折 NBVCX), and their stroke sequences are at most two strokes
apart (the root swapped looks alike; the key alone pairs 带/整, 围/车).

Sources (Debian packages, installed by `tools/deps.sh --install-test`):
  unicode-data       /usr/share/unicode/Unihan_DictionaryLikeData.txt.bz2 (kFourCornerCode),
                     Unihan_OtherMappings.txt.bz2 (kTGH)
  rime-data-stroke   /usr/share/rime-data/stroke.dict.yaml
  rime-data-wubi     /usr/share/rime-data/wubi86.dict.yaml

  tools/mklookalike.py [OUT]     writes OUT (default assets/lookalike.txt); the same sources give
                                 the same file, byte for byte
  tools/mklookalike.py --check   exit 1 when assets/lookalike.txt is not what the sources give
"""
import bz2
import collections
import os
import sys

UNIHAN = '/usr/share/unicode'
STROKE = '/usr/share/rime-data/stroke.dict.yaml'
WUBI = '/usr/share/rime-data/wubi86.dict.yaml'
ZONES = ('gfdsa', 'hjklm', 'trewq', 'yuiop', 'nbvcx')
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, '..', 'assets', 'lookalike.txt')


def unihan(name, key):
    """{character: value} of one Unihan field."""
    out = {}
    tag = '\t' + key + '\t'
    with bz2.open(os.path.join(UNIHAN, name), 'rt', encoding='utf-8') as f:
        for line in f:
            if tag not in line or line.startswith('#'):
                continue
            cp, _, value = line.rstrip('\n').split('\t')
            out[chr(int(cp[2:], 16))] = value
    return out


def strokes(path=STROKE):
    """{character: set of codes} of a Rime dictionary (the body after '...'): stroke sequences, or
    Wubi codes."""
    out = collections.defaultdict(set)
    body = False
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('...'):
                body = True
                continue
            if not body or line.startswith('#'):
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) >= 2 and len(cols[0]) == 1:
                out[cols[0]].add(cols[1])
    return out


def one_apart(a, b):
    """Equal, or one stroke added, dropped or changed."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def strokes_apart(a, b):
    """The edit distance of two stroke sequences."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        diag, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            diag, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diag + (x != y))
    return row[-1]


def zone(key):
    return next(i for i, z in enumerate(ZONES) if key in z)


def wubi_pairs(common, seq):
    """Pairs of first-level characters one Wubi key apart within a zone, strokes at most two apart."""
    first = {c for c, v in common.items() if int(v.split(':')[1]) <= 3500}
    codes = strokes(WUBI)
    by_hole = collections.defaultdict(set)
    for c in first:
        if c not in codes or c not in seq:
            continue
        longest = max(len(x) for x in codes[c])
        for code in codes[c]:
            if len(code) != longest or len(code) < 3:
                continue
            for i, key in enumerate(code):
                by_hole[code[:i] + '*' + code[i + 1:]].add((c, key))
    found = set()
    for group in by_hole.values():
        for a, ka in group:
            for b, kb in group:
                if a < b and ka != kb and zone(ka) == zone(kb) and \
                        min(strokes_apart(x, y) for x in seq[a] for y in seq[b]) <= 2:
                    found.add((a, b))
    return found


def pairs():
    corners = unihan('Unihan_DictionaryLikeData.txt.bz2', 'kFourCornerCode')
    common = unihan('Unihan_OtherMappings.txt.bz2', 'kTGH')
    seq = strokes()
    by_code = collections.defaultdict(set)
    for c in common:
        if c in corners and c in seq:
            for code in corners[c].split():
                by_code[code[:4]].add(c)
    found = set()
    for group in by_code.values():
        members = sorted(group)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if any(one_apart(x, y) for x in seq[a] for y in seq[b]):
                    found.add((a, b))
    found |= wubi_pairs(common, seq)
    return sorted(found, key=lambda p: (ord(p[0]), ord(p[1])))


def render():
    head = ('# callsim look-alike characters: the slips of handwriting input (grading/lookalike.h).\n'
            '# Written by tools/mklookalike.py from Unicode Unihan (kFourCornerCode, kTGH; Debian\n'
            '# unicode-data) and Rime\'s stroke dictionary (Debian rime-data-stroke): two characters of\n'
            '# the 通用规范汉字表 with the same Four-Corner code whose stroke sequences are equal or one\n'
            '# stroke apart; and 五笔 slips (Rime\'s wubi86 dictionary, Debian rime-data-wubi): two common\n'
            '# characters whose Wubi codes differ in one key of the same zone, strokes at most two apart.\n'
            '# Do not edit: run tools/mklookalike.py. One pair a line, A<SPACE>B, A < B.\n')
    return head + ''.join(a + ' ' + b + '\n' for a, b in pairs())


def main(argv):
    if argv[1:] == ['--check']:
        with open(DEFAULT_OUT, encoding='utf-8') as f:
            same = f.read() == render()
        if not same:
            print('tools/mklookalike.py: assets/lookalike.txt differs from its sources; run tools/mklookalike.py',
                  file=sys.stderr)
        return 0 if same else 1
    out = argv[1] if len(argv) > 1 else DEFAULT_OUT
    text = render()
    with open(out, 'w', encoding='utf-8') as f:
        f.write(text)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
