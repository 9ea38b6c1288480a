#!/usr/bin/env python3
"""Writes tests/data/eval/replies.tsv from the hand-written rows below.

Every row here was written and labelled by hand from the standard (贵阳 T-GSOCCIA 001—2020 §二,
国家职业技能标准 呼叫中心服务员 2021 3.1 "不用禁忌语及口头禅"), never by asking the grader.
The script only derives mechanical variants whose label follows from the base row by a rule that
README.md states (traditional characters keep the label; one ordinary IME homophone slip keeps it;
a rude tail on a correct phrase makes it not that phrase and a forbidden expression; another
category's correct phrase is not this one).  The split is a hash of category+text, see README.md.

Run: python3 tests/data/eval/make_replies.py > tests/data/eval/replies.tsv
(opencc, Debian package opencc, converts to traditional characters.)
"""
import hashlib
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from rows_phrases import PHRASES, MORE, SLIPS, TYPOS, TAILS, NEAR
from rows_taboo import TABOO, INNOCENT, PHRASE_WINS


def opencc(text, config):
    out = subprocess.run(["opencc", "-c", config], input=text.encode(), capture_output=True,
                         check=True)
    return out.stdout.decode().rstrip("\n")


def split_of(cat, text):
    # Deterministic, blind to difficulty: md5 of "category<TAB>text", first 8 hex digits mod 5;
    # 0 and 1 -> tune (about 40 %), 2..4 -> report.
    h = int(hashlib.md5((cat + "\t" + text).encode()).hexdigest()[:8], 16)
    return "tune" if h % 5 < 2 else "report"


rows = {}  # (cat, text) -> (label, note); first writer wins, duplicates are dropped


def add(cat, label, text, note):
    text = text.strip()
    assert "\t" not in text and "\n" not in text, text
    key = (cat, text)
    if key in rows:
        if rows[key][0] != label:
            sys.exit("conflicting labels for %s %s" % (cat, text))
        return
    rows[key] = (label, note)


def apology_words(text):
    return any(w in text for w in ("抱歉", "对不起", "不好意思", "歉意", "见谅", "久等", "sorry"))


def main():
    # 1. hand rows of every category
    for cat, spec in PHRASES.items():
        for text, note in spec["pos"]:
            add(cat, 1, text, note)
        for text, note in spec["neg"]:
            add(cat, 0, text, note)
    for cat, spec in list(MORE.items()) + list(SLIPS.items()):
        for text, note in spec["pos"]:
            add(cat, 1, text, note)
        for text, note in spec["neg"]:
            add(cat, 0, text, note)
    # 2. traditional characters: a trainee on a Taiwan/HK input method; same label (§二 is about
    #    what is said, not the script it is typed in)
    for cat, spec in PHRASES.items():
        pos = spec["pos"]
        for i, (text, note) in enumerate(pos[:4]):
            cfg = "s2twp" if i == 3 else "s2t"
            t = opencc(text, cfg)
            if t != text:
                add(cat, 1, t, "traditional(%s); %s" % (cfg, note))
        for text, note in spec["neg"][:2]:
            t = opencc(text, "s2t")
            if t != text:
                add(cat, 0, t, "traditional; " + note)
    # 3. one ordinary pinyin-IME homophone slip in a positive: an examiner reads it as meant
    for ci, (cat, spec) in enumerate(PHRASES.items()):
        n = 0
        for pi, (text, note) in enumerate(spec["pos"]):
            start = (ci * 5 + pi * 3) % len(TYPOS)  # spread the slips over the list
            for right, wrong in TYPOS[start:] + TYPOS[:start]:
                if right in text:
                    add(cat, 1, text.replace(right, wrong, 1), "typo %s->%s; %s" % (right, wrong, note))
                    n += 1
                    break
            if n >= 4:
                break
    # 4. a correct phrase with a rude or dismissive tail: not that phrase (the tone is part of
    #    the phrase, §二(三) 6, 2.1), and the text holds a forbidden expression
    k = 0
    for cat, spec in PHRASES.items():
        for text, note in spec["pos"][:3]:
            tail, tail_note, insult = TAILS[k % len(TAILS)]
            k += 1
            t = text.rstrip("。！!") + "，" + tail
            add(cat, 0, t, "rude_tail(%s)" % tail_note)
            add("taboo", 1, t, "rude_tail(%s) on %s" % (tail_note, cat))
            add("insult", 1 if insult else 0, t,
                ("insult tail(%s)" if insult else "rude but not insult tail(%s)") % tail_note)
    # 5. another category's correct phrase is not this one (pairs an examiner could argue over are
    #    in NEAR and left out; apology targets skip sources that apologise)
    cats = list(PHRASES)
    for i, cat in enumerate(cats):
        picked = 0
        for j in range(1, len(cats)):
            src = cats[(i + j * 7) % len(cats)]
            if src == cat or frozenset((src, cat)) in NEAR:
                continue
            text, note = PHRASES[src]["pos"][(i + j) % len(PHRASES[src]["pos"])]
            if cat == "apology" and apology_words(text):
                continue
            add(cat, 0, text, "other_category(%s)" % src)
            picked += 1
            if picked >= 5:
                break
    # 6. forbidden expressions and insults (hand rows); each is a taboo row, and an insult row
    #    with its own label
    for text, note, insult in TABOO:
        add("taboo", 1, text, note)
        add("insult", 1 if insult else 0, text, note)
        t = opencc(text, "s2t")
        if t != text and len(rows) % 3 == 0:
            add("taboo", 1, t, "traditional; " + note)
    # 7. innocent words that contain a forbidden substring: neither taboo nor insult
    for text, note in INNOCENT:
        add("taboo", 0, text, "innocent_substring; " + note)
        add("insult", 0, text, "innocent_substring; " + note)
    # 8. competent phrases hold no forbidden expression (and a required part that contains a
    #    forbidden word, no_contact's 无法为您处理, is the phrase, not a 禁忌语)
    for text, note in PHRASE_WINS:
        add("taboo", 0, text, "phrase_wins; " + note)
        add("insult", 0, text, "phrase_wins; " + note)
    for cat, spec in PHRASES.items():
        for text, note in spec["pos"][:3]:
            add("taboo", 0, text, "competent %s" % cat)
        for text, note in spec["pos"][3:4]:
            add("insult", 0, text, "competent %s" % cat)

    # 9. the second batch's competent replies hold no forbidden expression either
    for cat, spec in MORE.items():
        for text, note in spec["pos"]:
            add("taboo", 0, text, "competent %s" % cat)

    out = sys.stdout
    out.write("# split\tcategory\tlabel\ttext\tnote   (see README.md; written by make_replies.py)\n")
    for (cat, text), (label, note) in rows.items():
        out.write("%s\t%s\t%d\t%s\t%s\n" % (split_of(cat, text), cat, label, text, note))


if __name__ == "__main__":
    main()
