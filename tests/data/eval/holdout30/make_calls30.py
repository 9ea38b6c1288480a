#!/usr/bin/env python3
"""holdout30 plays: check them, list the seed-drawn tokens they need, and fill them.

The plays in calls/*.replies were written by hand (blind examiner blind30c) before anything was run.
Wherever a reply repeats a value the caller draws at random (seed-dependent), the play holds a token:

    {{key}}          the value itself, as the caller (or the system panel) gives it with --seed 1
    {{key:deriv}}    a value derived from it, for plays whose fault is a WRONG value, so that
                     no label depends on the draw (derivations below)

Usage:
    python3 make_calls30.py                       # check calls.tsv against calls/, list the keys needed
    python3 make_calls30.py --fill seed1.json     # write calls_seed1/ (filled copies) + calls_seed1.tsv
    python3 make_calls30.py --fill seed1.json --out DIR

seed1.json is one JSON object, key -> value (strings or numbers).  Every token left unfilled is
listed on stderr (file, token) and the exit status is 1; the copies are still written, the
unfilled tokens left in place.

Derivations (documented in CALLS.md):
    :typo       the LAST digit of the value d -> (d+1) mod 10 (a one-digit slip in a phone number,
                tracking number, agent id, address room number or amount): always differs
    :wrong      customer type / plan number n (1..3) -> n mod 3 + 1 (another type / plan)
    :bw :fee    sales plan n -> its bandwidth / monthly fee (1: 100兆 59, 2: 300兆 99, 3: 1000兆 199)
    :wrong_bw :wrong_fee   the same for plan n mod 3 + 1
    :other      refund time: 1到3个工作日 <-> 3到5个工作日 (the other value the system can show)

Value normalisation: phone-like keys drop spaces and dashes; ct_type accepts 1-3 or
急躁型/犹豫型/分析型; sc_plan accepts 1-3 or A/B/C; spoken Chinese amounts the callers use
(一百二十八, 五十八, 十五 …) are turned into digits for the amount keys.
In plays marked traditional in calls.tsv, filled text values are converted with opencc s2t when
opencc is installed (digits and ASCII are unchanged).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r"\{\{([a-z0-9_]+)(?::([a-z_]+))?\}\}")
HEADER = "#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"

PHONE_KEYS = {"ir_phone", "nc_phone", "nk_phone", "rc_phone", "vc_wife", "wn_short", "wn_full",
              "nh_number", "ba_agent"}
AMOUNT_KEYS = {"cf_old", "cf_new", "co_extra", "co_total", "ts_amount", "si_points", "cb_extra"}
SPOKEN = {"一百二十八": "128", "一百五十八": "158", "一百九十九": "199", "五十八": "58", "八十八": "88",
          "九十八": "98", "十": "10", "十五": "15", "二十": "20", "二十五": "25", "三十": "30", "三十五": "35",
          "四十": "40", "五十": "50"}
TYPES = {"急躁型": 1, "犹豫型": 2, "分析型": 3, "急躁": 1, "犹豫": 2, "分析": 3}
PLANS = {1: ("100兆", "59"), 2: ("300兆", "99"), 3: ("1000兆", "199")}


def read_tsv():
    rows = []
    with open(os.path.join(HERE, "calls.tsv"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines or lines[0] != HEADER:
        sys.exit("calls.tsv: bad header")
    for n, line in enumerate(lines[1:], 2):
        c = line.split("\t")
        if len(c) != 9:
            sys.exit(f"calls.tsv:{n}: {len(c)} columns")
        split, scn, fn, lo, hi, passed, af, comp, note = c
        lo, hi = int(lo), int(hi)
        assert split == "holdout30", n
        assert fn == f"{scn}.{fn.split('.', 1)[1]}" and fn.endswith(".replies") and ".h30_" in fn, fn
        assert passed in ("true", "false") and af in ("true", "false") and comp in ("0", "1"), n
        assert 0 <= lo <= hi <= 100, n
        assert passed == "false" or lo >= 60, f"{fn}: passed with lo < 60"
        assert passed == "true" or hi <= 59, f"{fn}: failed with hi > 59"
        assert af == "false" or (hi <= 59 and passed == "false"), f"{fn}: auto_failed must be 0-59"
        assert comp == "0" or passed == "true", f"{fn}: a competent play must pass"
        if not os.path.exists(os.path.join(HERE, "calls", fn)):
            sys.exit(f"calls.tsv:{n}: no calls/{fn}")
        if not os.path.exists(os.path.join(HERE, "..", "..", "..", "..", "scenarios", scn + ".lua")):
            sys.exit(f"calls.tsv:{n}: no scenarios/{scn}.lua")
        rows.append(dict(scn=scn, fn=fn, note=note))
    return rows


def norm(key, v):
    v = str(v).strip()
    if key in PHONE_KEYS:
        v = re.sub(r"[\s\-]", "", v)
    if key in AMOUNT_KEYS:
        v = v.replace("元", "").replace("块", "").replace("GB", "").replace("个G", "").strip()
        v = SPOKEN.get(v, v)
    if key == "ct_type":
        v = str(TYPES.get(v, v))
    if key == "sc_plan":
        v = {"A": "1", "B": "2", "C": "3"}.get(v.upper(), v)
    return v


def derive(key, v, d):
    if d is None:
        return v
    if d == "typo":
        m = list(re.finditer(r"[0-9]", v))
        if not m:
            raise ValueError(f"{key}:typo needs a digit in {v!r}")
        i = m[-1].start()
        return v[:i] + str((int(v[i]) + 1) % 10) + v[i + 1:]
    if d in ("wrong", "bw", "fee", "wrong_bw", "wrong_fee"):
        n = int(v)
        if n not in (1, 2, 3):
            raise ValueError(f"{key} must be 1..3, not {v!r}")
        w = n % 3 + 1
        return {"wrong": str(w), "bw": PLANS[n][0], "fee": PLANS[n][1],
                "wrong_bw": PLANS[w][0], "wrong_fee": PLANS[w][1]}[d]
    if d == "other":
        if "1到3" in v or "1至3" in v or "1-3" in v:
            return "3到5个工作日"
        if "3到5" in v or "3至5" in v or "3-5" in v:
            return "1到3个工作日"
        raise ValueError(f"{key}:other: unknown refund time {v!r}")
    raise ValueError(f"unknown derivation :{d}")


def s2t(text):
    if not shutil.which("opencc"):
        return text
    return subprocess.run(["opencc", "-c", "s2t.json"], input=text, capture_output=True,
                          text=True).stdout.rstrip("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fill", help="seed1.json: JSON object key -> value")
    ap.add_argument("--out", help="folder for the filled copies (default calls_seed1/ here)")
    a = ap.parse_args()
    rows = read_tsv()
    keys = {}
    for r in rows:
        for m in TOKEN.finditer(open(os.path.join(HERE, "calls", r["fn"]), encoding="utf-8").read()):
            keys.setdefault(m.group(1), set()).add(r["scn"])
    if not a.fill:
        print(f"{len(rows)} plays over {len({r['scn'] for r in rows})} scenarios; keys needed:")
        for k in sorted(keys):
            print(f"  {k}\t{', '.join(sorted(keys[k]))}")
        return 0
    with open(a.fill, encoding="utf-8") as f:
        values = json.load(f)
    if not isinstance(values, dict):
        sys.exit(f"{a.fill}: not a JSON object")
    out = a.out or os.path.join(HERE, "calls_seed1")
    os.makedirs(out, exist_ok=True)
    missing = []
    for r in rows:
        text = open(os.path.join(HERE, "calls", r["fn"]), encoding="utf-8").read()
        trad = "traditional" in r["note"]

        def sub(m, fn=r["fn"], trad=trad):
            key, d = m.group(1), m.group(2)
            if key not in values or values[key] in (None, ""):
                missing.append((fn, m.group(0)))
                return m.group(0)
            try:
                v = derive(key, norm(key, values[key]), d)
            except ValueError as e:
                missing.append((fn, f"{m.group(0)} ({e})"))
                return m.group(0)
            return s2t(v) if trad else v
        open(os.path.join(out, r["fn"]), "w", encoding="utf-8").write(TOKEN.sub(sub, text))
    with open(os.path.join(HERE, "calls.tsv"), encoding="utf-8") as f:
        tsv = f.read()
    open(os.path.join(os.path.dirname(out.rstrip("/")) or ".", os.path.basename(out.rstrip("/")) + ".tsv"),
         "w", encoding="utf-8").write(tsv)
    for fn, tok in missing:
        print(f"unfilled: {fn}: {tok}", file=sys.stderr)
    if missing:
        print(f"{len(missing)} token(s) unfilled in {len({m[0] for m in missing})} play(s)", file=sys.stderr)
        return 1
    print(f"wrote {len(rows)} filled plays to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
