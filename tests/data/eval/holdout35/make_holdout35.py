#!/usr/bin/env python3
"""Write holdout35/replies.tsv from the hand rows (rows_*.txt, category|label|text|note).

Adds OpenCC s2t traditional copies (same label): per phrase category the first three
positives and first two negatives; every third taboo row; every third insult row.
Copies whose text does not change under s2t, or that already exist, are skipped.
Usage: python3 make_holdout35.py > replies.tsv   (needs the opencc command)
"""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "holdout35"
CATS = ("opening hold_before hold_after apology silent_prompt silent_close closing caller_quiet "
        "agent_quiet caller_fast not_heard explain_again leader_phone praised bad_attitude "
        "wrong_number no_contact emotional repeat_complaint correction hard_to_reach long_wait "
        "too_slow transfer transfer_failed no_knowledge dialect callback special_abuse "
        "special_end taboo insult").split()


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("|")
            if len(parts) != 4:
                sys.exit(f"{name}:{n}: need 4 fields: {line}")
            cat, lab, text, note = parts
            if cat not in CATS or lab not in ("0", "1") or not text or not note:
                sys.exit(f"{name}:{n}: bad row: {line}")
            if "\t" in text or "\t" in note:
                sys.exit(f"{name}:{n}: tab in row")
            rows.append((cat, lab, text, note))
    return rows


def s2t(texts):
    out = subprocess.run(["opencc", "-c", "s2t.json"], input="\n".join(texts) + "\n",
                         capture_output=True, text=True, check=True).stdout.split("\n")
    return out[:len(texts)]


def main():
    phrases, taboo, insult = load("rows_phrases.txt"), load("rows_taboo.txt"), load("rows_insult.txt")
    hand = phrases + taboo + insult
    seen = set()
    for r in hand:
        key = (r[0], r[2])
        if key in seen:
            sys.exit(f"duplicate row: {r}")
        seen.add(key)

    picks = []
    count = {}
    for r in phrases:
        k = (r[0], r[1])
        count[k] = count.get(k, 0) + 1
        if count[k] <= (3 if r[1] == "1" else 2):
            picks.append(r)
    picks += taboo[::3] + insult[::3]
    trad = s2t([r[2] for r in picks])

    copies = []
    for r, t in zip(picks, trad):
        if t == r[2] or (r[0], t) in seen:
            continue
        seen.add((r[0], t))
        copies.append((r[0], r[1], t, "traditional(s2t) of a hand row; " + r[3]))

    out = sys.stdout
    out.write("# split\tcategory\tlabel\ttext\tnote\n")
    for cat, lab, text, note in hand + copies:
        out.write(f"{SPLIT}\t{cat}\t{lab}\t{text}\t{note}\n")


if __name__ == "__main__":
    main()
