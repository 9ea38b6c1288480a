#!/usr/bin/env python3
"""seen29 plays: check calls.tsv against calls/, and fill the seed-dependent tokens.

The replies files in calls/ are hand-written scripted trainees (blind examiner blind29c). Where a
reply must repeat a value the caller (or the desk's system pane) draws at random, the file holds a
token {{key}}; plays are run with --seed 1, and seed1.json (a JSON object key -> value, written
later by another helper from the seed-1 call) gives the values.

    python3 make_calls29.py                         # check: rows <-> files, list the tokens used
    python3 make_calls29.py --fill seed1.json       # write filled copies to ./calls/ (default; the lead
                                                    # moved the hand-written plays to templates/ at the merge)
    python3 make_calls29.py --fill seed1.json --out DIR

Tokens left unfilled are listed on stderr (exit status 1); the file is still written, with the
token kept, so the gap is visible.

Derived tokens (a WRONG or related value computed from the filled one, so that no label depends on
the draw) are written {{key:how}}:

  :typo        the last decimal digit d of the value becomes (d+1) mod 10 (13912345678 ->
               13912345679; 'Room 1203, Building 5, X' -> 'Room 1203, Building 6, X'; 'YT1234567890'
               -> 'YT1234567891'; agent '37' -> '38'). A value with no digit gets '1' appended.
  :other       for an index key (ct_idx, sc_idx: 1, 2 or 3) the next index, idx % 3 + 1;
               for cf_new (one of 58, 88, 98) the next amount in that list, cyclically.
  :extra       for cor_total (20 GB + the extra GB): cor_total - 20.
  :bw :price   for sc_idx: the sold plan's bandwidth (100兆 / 300兆 / 1000兆) and monthly price
               (59 / 99 / 199), as the 续约方案 knowledge base lists plans A, B, C.
  :otherbw :otherprice   the same for the plan idx % 3 + 1 (a plan that was NOT sold).
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN = re.compile(r"\{\{([a-z0-9_]+)(?::([a-z]+))?\}\}")
PLANS = {1: ("100兆", "59"), 2: ("300兆", "99"), 3: ("1000兆", "199")}
NEW_AMOUNTS = ["58", "88", "98"]

# what each key means, for the helper who fills seed1.json (value as written in the reply)
KEYS = {
    "ac_cause": "angry_caller: 故障原因 as the 故障查询 pane says it, after the estate name (e.g. 光缆被市政施工挖断)",
    "ac_eta": "angry_caller: 预计恢复 from 故障查询 (e.g. 今晚八点前)",
    "ba_agent": "bad_attitude: the complained-about 工号 the caller says (digits, e.g. 37)",
    "ba_topic": "bad_attitude: what she called about (宽带续费 / 修改宽带密码 / 办理移机)",
    "cb_speed": "callback_outbound: target speed from 宽带提速资费 (300兆 / 500兆 / 1000兆)",
    "cb_extra": "callback_outbound: monthly extra from 宽带提速资费 (20 / 30 / 50, digits)",
    "cf_old": "caller_fast: current plan amount in digits (128 / 158 / 199)",
    "cf_new": "caller_fast: new plan amount in digits (58 / 88 / 98)",
    "cor_total": "correction: the total GB the caller quotes (30 / 35 / 40, digits)",
    "cs_place": "crisis_selfharm: the place the caller says she is (e.g. 花果园二期C区楼顶)",
    "ct_idx": "customer_types: 1 急躁型 (屏幕上有划痕！…现在就办), 2 犹豫型 (那个……好像有一道划痕), 3 分析型 (左上角…两厘米)",
    "en_street": "english_caller: the address the caller dictates, verbatim",
    "en_when": "english_caller: the English visit time in 派单结果 (tomorrow morning / this afternoon / tomorrow afternoon)",
    "htr_date": "hard_to_reach: 到期日 from 宽带账户查询 (e.g. 12月31日)",
    "ir_name": "info_record: the name dictated", "ir_phone": "info_record: the phone dictated (11 digits)",
    "ir_address": "info_record: the address dictated", "ir_problem": "info_record: the fault dictated",
    "nc_phone": "no_contact: the phone dictated (11 digits)",
    "nk_phone": "no_knowledge: the phone dictated (11 digits)",
    "nh_number": "not_heard: the parcel number dictated (YT + 10 digits)",
    "nh_where": "not_heard: where the parcel is held, from 快递查询 (贵阳转运中心 / 遵义分拨中心 / 花溪营业部)",
    "rc_phone": "repeat_complaint: the phone dictated (11 digits)",
    "sc_idx": "sales_call: the fitting plan, from the caller's need: 1 两个人看新闻, 2 三口人网课+电视, 3 直播+游戏",
    "sv_points": "survey_invite: 可用积分 from 积分账户 (3000 / 5200 / 8800)",
    "ts_days": "too_slow: 预计到账 from 退款查询 (1到3个工作日 / 3到5个工作日)",
    "tc_days": "transferred_complaint: the refund time from 计费查询 (3个工作日 / 24小时)",
    "tf_company": "transfer_failed: the company dictated (黔云科技 / 筑城物流 / 花溪食品)",
    "tf_fault": "transfer_failed: the fault the caller names (e.g. 专线的固定IP路由不通)",
    "vip_wife": "vip_call: the wife's number dictated (11 digits)",
    "wn_short": "wrong_number: the 10-digit number first dictated",
    "wn_full": "wrong_number: the full 11-digit number dictated after the correction",
}


def typo(v):
    digits = [i for i, c in enumerate(v) if c.isdigit()]
    if not digits:
        return v + "1"
    i = digits[-1]
    return v[:i] + str((int(v[i]) + 1) % 10) + v[i + 1:]


def derive(key, how, v):
    if how is None:
        return v
    if how == "typo":
        return typo(v)
    if how == "other" and key == "cf_new":
        return NEW_AMOUNTS[(NEW_AMOUNTS.index(v) + 1) % 3]
    if how == "other":
        return str(int(v) % 3 + 1)
    if how == "extra":
        return str(int(v) - 20)
    if how in ("bw", "price"):
        return PLANS[int(v)][0 if how == "bw" else 1]
    if how in ("otherbw", "otherprice"):
        return PLANS[int(v) % 3 + 1][0 if how == "otherbw" else 1]
    raise ValueError(f"unknown derivation :{how} for {key}")


def rows():
    out = []
    with open(os.path.join(HERE, "calls.tsv"), encoding="utf-8") as f:
        for ln in f:
            if ln.startswith("#") or not ln.strip():
                continue
            c = ln.rstrip("\n").split("\t")
            assert len(c) == 9, ln
            out.append(c)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fill", help="seed1.json: key -> value")
    ap.add_argument("--out", default=os.path.join(HERE, "calls"))
    a = ap.parse_args()
    rs = rows()
    bad = 0
    names = set()
    for c in rs:
        split, sc, name, lo, hi, passed, af, comp, note = c
        names.add(name)
        if not os.path.exists(os.path.join(HERE, "templates", name)):
            print(f"missing file templates/{name}", file=sys.stderr); bad += 1
        if not name.startswith(sc + ".h29_"):
            print(f"bad name {name}", file=sys.stderr); bad += 1
        lo, hi = int(lo), int(hi)
        if not (0 <= lo <= hi <= 100) or passed not in ("true", "false") or af not in ("true", "false"):
            print(f"bad labels {name}", file=sys.stderr); bad += 1
        if af == "true" and (hi > 59 or passed == "true"):
            print(f"auto_failed play must be 0-59 and not passed: {name}", file=sys.stderr); bad += 1
        if comp == "1" and passed != "true":
            print(f"competent play must pass: {name}", file=sys.stderr); bad += 1
        if (passed == "true") != (lo >= 60) and not (passed == "false" and hi <= 59):
            print(f"range and passed disagree: {name}", file=sys.stderr); bad += 1
    for fn in os.listdir(os.path.join(HERE, "templates")):
        if fn not in names:
            print(f"file without a row: templates/{fn}", file=sys.stderr); bad += 1
    values = {}
    if a.fill:
        with open(a.fill, encoding="utf-8") as f:
            values = {k: str(v) for k, v in json.load(f).items()}
        os.makedirs(a.out, exist_ok=True)
    used, unfilled = {}, {}
    for c in rs:
        name = c[2]
        text = open(os.path.join(HERE, "templates", name), encoding="utf-8").read()

        def sub(m):
            key, how = m.group(1), m.group(2)
            used.setdefault(key, set()).add(name)
            if key not in KEYS:
                print(f"{name}: unknown token key {key}", file=sys.stderr)
            if key not in values:
                unfilled.setdefault(m.group(0), set()).add(name)
                return m.group(0)
            return derive(key, how, values[key])

        filled = TOKEN.sub(sub, text)
        if a.fill:
            with open(os.path.join(a.out, name), "w", encoding="utf-8") as f:
                f.write(filled)
    if not a.fill:
        for k in sorted(used):
            print(f"{k}\t{len(used[k])} plays\t{KEYS.get(k, '?')}")
    elif unfilled:
        for t in sorted(unfilled):
            print(f"unfilled {t}: {', '.join(sorted(unfilled[t]))}", file=sys.stderr)
    print(f"{len(rs)} plays; {bad} problems" + (f"; filled into {a.out}" if a.fill else ""), file=sys.stderr)
    return 1 if bad or (a.fill and unfilled) else 0


if __name__ == "__main__":
    sys.exit(main())
