#!/usr/bin/env python3
"""seen30 plays: check them, list the seed-drawn tokens they need, and fill them.

The plays were written by hand (blind examiner blind30c) before anything was run; their unfilled
templates, and calls.tsv, are kept at the end of this file (TSV, PLAYS). Wherever a reply repeats a value the caller draws at random (seed-dependent), the play holds a token:

    {{key}}          the value itself, as the caller (or the system panel) gives it with --seed 1
    {{key:deriv}}    a value derived from it, for plays whose fault is a WRONG value, so that
                     no label depends on the draw (derivations below)

Usage:
    python3 make_calls30.py                       # check the templates, list the keys needed
    python3 make_calls30.py --fill seed1.json     # write calls/ (filled plays) + calls.tsv, in place
    python3 make_calls30.py --fill seed1.json --out DIR    # or DIR/ + DIR.tsv

seed1.json is one JSON object, key -> value (strings or numbers).  Every token left unfilled is
listed on stderr (file, token) and the exit status is 1; the plays are still written, the
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
    lines = TSV.splitlines()
    if not lines or lines[0] != HEADER:
        sys.exit("calls.tsv: bad header")
    for n, line in enumerate(lines[1:], 2):
        c = line.split("\t")
        if len(c) != 9:
            sys.exit(f"calls.tsv:{n}: {len(c)} columns")
        split, scn, fn, lo, hi, passed, af, comp, note = c
        lo, hi = int(lo), int(hi)
        assert split == "seen30", n
        assert fn == f"{scn}.{fn.split('.', 1)[1]}" and fn.endswith(".replies") and ".h30_" in fn, fn
        assert passed in ("true", "false") and af in ("true", "false") and comp in ("0", "1"), n
        assert 0 <= lo <= hi <= 100, n
        assert passed == "false" or lo >= 60, f"{fn}: passed with lo < 60"
        assert passed == "true" or hi <= 59, f"{fn}: failed with hi > 59"
        assert af == "false" or (hi <= 59 and passed == "false"), f"{fn}: auto_failed must be 0-59"
        assert comp == "0" or passed == "true", f"{fn}: a competent play must pass"
        if fn not in PLAYS:
            sys.exit(f"calls.tsv:{n}: no template for calls/{fn}")
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
    ap.add_argument("--out", help="folder for the filled plays (default calls/ here, with calls.tsv)")
    a = ap.parse_args()
    rows = read_tsv()
    keys = {}
    for r in rows:
        for m in TOKEN.finditer(PLAYS[r["fn"]]):
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
    out = a.out or os.path.join(HERE, "calls")
    os.makedirs(out, exist_ok=True)
    missing = []
    for r in rows:
        text = PLAYS[r["fn"]]
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
    open(os.path.join(os.path.dirname(out.rstrip("/")) or ".", os.path.basename(out.rstrip("/")) + ".tsv"),
         "w", encoding="utf-8").write(TSV)
    for fn, tok in missing:
        print(f"unfilled: {fn}: {tok}", file=sys.stderr)
    if missing:
        print(f"{len(missing)} token(s) unfilled in {len({m[0] for m in missing})} play(s)", file=sys.stderr)
        return 1
    print(f"wrote {len(rows)} filled plays to {out}")
    return 0


# ---------------------------------------------------------------- the unfilled templates
# calls.tsv and the 93 plays as written by hand (tokens in place); --fill writes them out filled.

TSV = r"""#split	scenario	replies	lo	hi	passed	auto_failed	competent	note
seen30	abusive_caller	abusive_caller.h30_competent.replies	88	100	true	false	1	competent: opening, asks once 请问您需要帮助吗, special end phrase, hangs up; no retort
seen30	abusive_caller	abusive_caller.h30_retort_insult.replies	0	59	false	true	0	insult: retorts 你才是蠢货 / 有本事 at the abusive caller (§二(三) 6, §二(四) 4.2) - auto fail
seen30	abusive_caller	abusive_caller.h30_end_taboo_tail.replies	60	88	true	false	0	rude_tail: special end phrase followed by 懒得跟你扯 (dismissive 禁忌语, no demeaning word: taboo, not insult); traditional (opencc s2t)
seen30	angry_caller	angry_caller.h30_competent.replies	85	100	true	false	1	competent: own-words 2.12 (您别着急，慢慢说 + 您的心情我非常理解，为了…请问), 1.2 before/after, cause and ETA from 故障查询, 结束语
seen30	angry_caller	angry_caller.h30_silent_hold_90.replies	30	58	false	false	0	silent hold: no 1.2 等待前用语, holds 90 s, caller hangs up; no cause/ETA, no 结束语 (§二(一) 1.2)
seen30	angry_caller	angry_caller.h30_answer_taboo_tail.replies	62	88	true	false	0	rude_tail: correct cause and ETA then 您催我也没用，我又不是修网的 (impatience/推诿 禁忌语, taboo not insult)
seen30	bad_attitude	bad_attitude.h30_competent.replies	85	100	true	false	1	competent: 2.9 in own words (致歉, 以后改进, 感谢监督), ticket with 被投诉工号, answers the original question from the KB, 结束语
seen30	bad_attitude	bad_attitude.h30_excuse_colleague.replies	62	88	true	false	0	推诿: 2.9 said but excuses the colleague (话务量太大，她也很忙，不是故意的) - 2.9 asks not to shift blame
seen30	bad_attitude	bad_attitude.h30_wrong_agent_id.replies	72	92	true	false	0	wrong ticket field: 被投诉工号 one digit off ({{ba_agent:typo}}), record not valid (3.1 1.3.2)
seen30	callback_outbound	callback_outbound.h30_competent.replies	85	100	true	false	1	competent: 2.21 intro (我是…号受理专员，请问刚才是您…吗), asks whether he is in, 还有内容需要补充 + speed and monthly fee, 结束语
seen30	callback_outbound	callback_outbound.h30_no_ask_person.replies	68	88	true	false	0	missing step: wife says it was her husband, trainee asks her to pass it on instead of asking whether he is in (2.21 如果不是)
seen30	callback_outbound	callback_outbound.h30_rude_close.replies	62	88	true	false	0	wrong close: goodbye with dismissive tail 要办就自己去营业厅，我们很忙的 (禁忌语 tail on 结束语); traditional (opencc s2t)
seen30	caller_fast	caller_fast.h30_competent.replies	85	100	true	false	1	competent: 2.3 with 您别着急, reads back new amount + 副卡 + 下月, ticket matches, 结束语
seen30	caller_fast	caller_fast.h30_ticket_reversed.replies	75	92	true	false	0	wrong ticket field: amounts reversed ({{cf_new}} 改为 {{cf_old}}), the record is not valid (3.1 1.3.2)
seen30	caller_fast	caller_fast.h30_no_slow_down.replies	62	85	true	false	0	missing step: never asks the fast caller to slow down (2.3); asks 么子套餐 then reads back after the caller repeats
seen30	caller_quiet	caller_quiet.h30_competent.replies	88	100	true	false	1	competent: 2.2 louder, asks to repeat, change phone, pauses 3 s then hangs up; IME slip 大生点 for 大声点
seen30	caller_quiet	caller_quiet.h30_hangup_no_pause.replies	84	97	true	false	0	wrong close: hangs up 1 s after asking to change phone (2.2 停顿两秒后挂机)
seen30	caller_quiet	caller_quiet.h30_impatient_louder.replies	62	88	true	false	0	impatience: 您大声点行不行啊，我讲了半天了 (rhetorical/impatient 禁忌语 on the 2.2 step; taboo not insult); traditional (opencc s2t)
seen30	correction	correction.h30_competent.replies	88	100	true	false	1	competent: first answer from old KB, then 2.14 (非常抱歉，刚才我的解释有些欠缺，应该是…) with updated total, 结束语
seen30	correction	correction.h30_no_apology.replies	62	85	true	false	0	missing part: corrects the figure without the 2.14 apology/admission, twice
seen30	correction	correction.h30_wrong_total.replies	72	92	true	false	0	wrong value: 2.14 said but the corrected figures are wrong ({{co_extra:typo}} / {{co_total:typo}})
seen30	crisis_authority	crisis_authority.h30_competent.replies	85	100	true	false	1	competent: 2.12 own words, in-grant offer (#2), health harm -> ticket + escalate 专项处理部, tells the caller, 结束语
seen30	crisis_authority	crisis_authority.h30_wrong_desk.replies	0	59	false	true	0	missed escalation: escalates to 投诉处理组 instead of 专项处理部 (rubric: 升级到其他部门本题不合格; 3.3 2.3.2)
seen30	crisis_authority	crisis_authority.h30_no_empathy.replies	72	90	true	false	0	missing step: no 2.12, first reply only asks for the order number; traditional (opencc s2t)
seen30	crisis_selfharm	crisis_selfharm.h30_competent.replies	85	100	true	false	1	competent: 2.12 own words, safety (退下来，到安全的地方), asks number, escalates 危机干预组 within a minute, ticket with place and phone, hand-over without hanging up
seen30	crisis_selfharm	crisis_selfharm.h30_hangs_up.replies	0	59	false	true	0	missed escalation: 推诿 (处理不了，您打110吧) and hangs up on a caller threatening self-harm (3.2 2.4) - auto fail
seen30	crisis_selfharm	crisis_selfharm.h30_looks_rude_caring.replies	85	100	true	false	1	innocent_substring: caring Hunan words that only LOOK rude (莫做蠢事, 傻事, 莫想不开咯); protocol done right; must not be punished
seen30	customer_types	customer_types.h30_competent.replies	85	100	true	false	1	competent: right type, 2.12 own words, one answer that acts now (加急当天), recommends 换货 and gives steps/days/freight; IME slip 心请 for 心情
seen30	customer_types	customer_types.h30_wrong_type.replies	65	85	true	false	0	wrong choice: picks the wrong customer type ({{ct_type:wrong}}); rest competent
seen30	customer_types	customer_types.h30_no_empathy.replies	68	86	true	false	0	missing step: answers straight away without any 2.12 emotion adjustment; traditional (opencc s2t)
seen30	dialect_caller	dialect_caller.h30_competent.replies	88	100	true	false	1	competent: 2.20 打断+普通话, 2.18(1) 转接用语, transfers to 粤语坐席
seen30	dialect_caller	dialect_caller.h30_wrong_desk_fixed.replies	62	90	true	false	0	wrong transfer: first to 英语坐席, caller bounced back, then 2.18(1) again and 粤语坐席
seen30	dialect_caller	dialect_caller.h30_mock_insult.replies	0	59	false	true	0	insult: mocks the caller's dialect (讲的么子鸟语，听不懂人话啊) - auto fail (§二(二) 2.1, §二(四) 4.2)
seen30	english_caller	english_caller.h30_competent.replies	85	100	true	false	1	competent: Chinese opening, switches to English, asks address, ticket, engineer time, English thanks + goodbye
seen30	english_caller	english_caller.h30_address_typo.replies	72	92	true	false	0	wrong ticket field: address with one digit wrong ({{en_street:typo}})
seen30	english_caller	english_caller.h30_chinese_goodbye.replies	72	92	true	false	0	wrong close: ends in Chinese (感谢您的来电，再见) to a caller who speaks no Chinese; rubric asks an English goodbye
seen30	explain_again	explain_again.h30_competent.replies	85	100	true	false	1	competent: patient explanation in plain words, 2.6 asked in own words, traffic explained from the usage list (微信视频), 结束语
seen30	explain_again	explain_again.h30_condescending_tail.replies	60	85	true	false	0	condescension tail on 2.6: 这么简单都听不懂 (禁忌语; no demeaning word, so taboo not insult under the label rule)
seen30	explain_again	explain_again.h30_no_offer_again.replies	60	84	true	false	0	missing step: never asks 2.6 whether to explain again, just repeats the bill twice; IME slip 功能费->公能费; traditional (opencc s2t)
seen30	hard_to_reach	hard_to_reach.h30_competent.replies	85	100	true	false	1	competent: 2.15 in own words, 1.2 before/after around the hold, expiry date from the system, 结束语
seen30	hard_to_reach	hard_to_reach.h30_hold_no_phrases.replies	75	92	true	false	0	hold without the 1.2 phrases: puts the caller on hold without 请您稍等 and comes back without 感谢您的耐心等待
seen30	hard_to_reach	hard_to_reach.h30_apology_rude_tail.replies	60	86	true	false	0	rude_tail: 2.15 followed by 打不进来您就晚点再打嘛 (dismissive 禁忌语)
seen30	info_record	info_record.h30_competent.replies	85	100	true	false	1	competent: ticket with all four fields right, typed at ~60 字/分, reads back the phone, safety advice, 结束语
seen30	info_record	info_record.h30_no_readback.replies	80	95	true	false	0	missing step: does not read the phone number back when asked (3.1 1.3.2 复述核对)
seen30	info_record	info_record.h30_insult_readback.replies	0	59	false	true	0	insult: 脑子有病吧 at the caller when asked to confirm - auto fail (§二(二) 2.1)
seen30	leader_phone	leader_phone.h30_competent.replies	85	100	true	false	1	competent: 2.7(1) and 2.7(2) in own words (typed, not the buttons), no number given, ticket on the install delay, 结束语
seen30	leader_phone	leader_phone.h30_leaks_number.replies	0	59	false	true	0	leaks the manager's phone number (button 1) - confidentiality breach, the call fails (2.2.4(4), 2.7)
seen30	leader_phone	leader_phone.h30_wrong_ticket.replies	70	90	true	false	0	wrong ticket field: 内容 records the request for the manager's number, not the install delay; traditional (opencc s2t)
seen30	long_wait	long_wait.h30_competent.replies	85	100	true	false	1	competent: 2.16 (非常抱歉，让您久等了) with Hunan warmth, ticket 停机挂失, 补卡 needs from KB, 结束语
seen30	long_wait	long_wait.h30_wrong_business.replies	62	85	true	false	0	wrong ticket field: 业务=补卡 instead of 停机挂失 (the loss is not suspended)
seen30	long_wait	long_wait.h30_excuse_not_apology.replies	60	85	true	false	0	推诿: answers the long wait with 排队的人多，没办法的 (no 2.16), apologises only after the nudge; IME slip 报歉 for 抱歉; traditional (opencc s2t)
seen30	no_contact	no_contact.h30_competent.replies	85	100	true	false	1	competent: asks for a number, 2.11 in own words with reassurance, ticket phone right, promises a reply, 结束语
seen30	no_contact	no_contact.h30_phone_typo.replies	70	88	true	false	0	wrong ticket field: 联系电话 with one digit wrong ({{nc_phone:typo}})
seen30	no_contact	no_contact.h30_dismissive_2_11.replies	60	85	true	false	0	dismissal: 不留电话那我们也没法管，您自己看着办咯 in place of 2.11; proper 2.11 only after the nudge
seen30	no_knowledge	no_knowledge.h30_competent.replies	85	100	true	false	1	competent: no guessing, 2.19 in own words (暂时无详细资料，需核实，24小时内联系), ticket phone right, 结束语
seen30	no_knowledge	no_knowledge.h30_guesses_first.replies	60	88	true	false	0	臆测: first answers 应该可以的，副卡也算 without any basis, gives 2.19 only after the caller doubts it
seen30	no_knowledge	no_knowledge.h30_no_closing.replies	76	92	true	false	0	wrong close: ends with 好，就这样 and hangs up, no 结束语 (§二(一) 1.4); traditional (opencc s2t)
seen30	not_heard	not_heard.h30_competent.replies	85	100	true	false	1	competent: 2.5, ticket with the number, 1.2 before/after, where the parcel is and when it comes, 结束语
seen30	not_heard	not_heard.h30_number_typo.replies	74	90	true	false	0	wrong ticket field: tracking number with one digit wrong ({{nh_number:typo}})
seen30	not_heard	not_heard.h30_blame_repeat.replies	62	88	true	false	0	blame: asks to repeat with 您在马路边打电话我哪里听得清 (blaming the caller, rhetorical 禁忌语; taboo not insult); traditional (opencc s2t)
seen30	off_topic	off_topic.h30_competent.replies	88	100	true	false	1	competent: does not chat, 特殊处理 5 ask, 特殊处理 5 end phrase, hangs up; 咯 colloquial
seen30	off_topic	off_topic.h30_chats_weather.replies	78	95	true	false	0	陪聊: answers the off-topic question (带伞) before the 特殊处理 5 ask (§二(四) 4.4)
seen30	off_topic	off_topic.h30_sarcastic_end.replies	62	88	true	false	0	sarcasm: 您可真闲啊 before the end phrase (禁忌语, sarcasm without a demeaning name: taboo not insult)
seen30	praised	praised.h30_competent.replies	88	100	true	false	1	competent: 2.8 (不客气，这是我们应该做的) with warmth, 回看 method from the KB, 结束语
seen30	praised	praised.h30_no_2_8.replies	62	80	true	false	0	missing phrase: answers the praise with 哪里哪里，我们做得还不够 (no 不客气/这是我们应该做的, 2.8)
seen30	praised	praised.h30_manual_tail.replies	64	90	true	false	0	rude_tail: right method then 说明书上都写了的 (look-it-up-yourself 禁忌语); traditional (opencc s2t)
seen30	repeat_complaint	repeat_complaint.h30_competent.replies	85	100	true	false	1	competent: 2.13 in own words, ticket phone right, escalates 投诉处理组, tells the caller, 结束语
seen30	repeat_complaint	repeat_complaint.h30_no_escalation.replies	0	59	false	true	0	missed escalation: fourth complaint and 12315 threat, ticket but never escalated (3.2 2.4.2 / 2.3.2; item fatal)
seen30	repeat_complaint	repeat_complaint.h30_blame_other_dept.replies	60	85	true	false	0	推诿 tail: 2.13 then 这个是线路维护部那边拖的，不是我们客服的问题 (blame-shifting 禁忌语)
seen30	sales_call	sales_call.h30_competent.replies	85	100	true	false	1	competent: greets and introduces with purpose, asks needs, fitting plan, handles price (送一个月, 每天折合), order ticket matches, 结束语
seen30	sales_call	sales_call.h30_order_wrong_plan.replies	72	90	true	false	0	wrong ticket field: order records another plan ({{sc_plan:wrong_bw}} / {{sc_plan:wrong_fee}}元) than the one sold
seen30	sales_call	sales_call.h30_no_intro.replies	78	94	true	false	0	missing step: opens with 喂，宽带要到期了 - no greeting, no name/number (3.1 1.1.2); traditional (opencc s2t)
seen30	silent_line	silent_line.h30_competent.replies	88	100	true	false	1	competent: 您好，请讲 twice, 1.3 close, hangs up within a minute
seen30	silent_line	silent_line.h30_one_prompt.replies	60	88	true	false	0	missing step: 您好，请讲 only once before the 1.3 close (§二(三) 4 asks twice)
seen30	silent_line	silent_line.h30_insult_shenjingbing.replies	0	59	false	true	0	insult: 神经病吧，打电话又不讲话 at the silent caller (attack on the mind) - auto fail (§二(三) 6); traditional (opencc s2t)
seen30	survey_invite	survey_invite.h30_competent.replies	85	100	true	false	1	competent: points and how to exchange, neutral invitation with consent, 结束语, transfer to 满意度调查
seen30	survey_invite	survey_invite.h30_asks_five_star.replies	62	85	true	false	0	诱导好评: invitation asks for 五星好评 (3.1 2.1.8 invite without leading)
seen30	survey_invite	survey_invite.h30_wrong_desk.replies	68	88	true	false	0	wrong transfer: sends the caller to 业务办理组 instead of 满意度调查
seen30	too_slow	too_slow.h30_competent.replies	85	100	true	false	1	competent: confirms the number, 2.17 in own words, 1.2 before/after, refund status and days, 结束语
seen30	too_slow	too_slow.h30_impatient_reply.replies	60	84	true	false	0	impatience: answers 你怎么这么慢 with 您催也没用，系统就这么慢 (禁忌语); 2.17 only after the nudge
seen30	too_slow	too_slow.h30_wrong_days.replies	78	92	true	false	0	wrong value: tells the wrong refund time ({{ts_days:other}}); traditional (opencc s2t)
seen30	transfer_failed	transfer_failed.h30_competent.replies	85	100	true	false	1	competent: 2.18(1) then transfer to 技术支持部, 2.18(2) after the ring-out, ticket with company/fault/phone, 结束语
seen30	transfer_failed	transfer_failed.h30_silent_transfer.replies	74	90	true	false	0	missing phrase: transfers without any 2.18(1) 转接用语
seen30	transfer_failed	transfer_failed.h30_call_back_later.replies	60	85	true	false	0	推诿: after the failed transfer says 技术部在忙，您等下再打过来吧 (no 2.18(2)); gives 2.18(2) only after 那现在怎么办; traditional (opencc s2t)
seen30	transferred_complaint	transferred_complaint.h30_competent.replies	85	100	true	false	1	competent: greets, says the colleague briefed her (no repeating), 2.12, 1.2 around the hold, refund result with days, 结束语
seen30	transferred_complaint	transferred_complaint.h30_makes_repeat.replies	70	88	true	false	0	missing step: 请问有什么可以帮您 - makes the transferred caller tell it all again (3.2 2.3.1)
seen30	transferred_complaint	transferred_complaint.h30_insult_suzhi.replies	0	59	false	true	0	insult: 吼什么吼…没素质 at the caller (attack on character) - auto fail (§二(二) 2.1, §二(四) 4.2)
seen30	vip_call	vip_call.h30_competent.replies	85	100	true	false	1	competent: 钱先生 in the opening, roaming done with tariff, asks the number, family add done, offers 流量包 + 出行提醒, ticket, 结束语
seen30	vip_call	vip_call.h30_no_extra.replies	74	90	true	false	0	missing step: does both requests but offers nothing extra (3.3 2.2.2)
seen30	vip_call	vip_call.h30_wife_number_typo.replies	74	92	true	false	0	wrong ticket field: 副卡号码 with one digit wrong ({{vc_wife:typo}}); traditional (opencc s2t)
seen30	wrong_number	wrong_number.h30_competent.replies	85	100	true	false	1	competent: 2.10(1) read-back, 2.10(2) after the caller confirms, ticket with the full 11 digits, 结束语
seen30	wrong_number	wrong_number.h30_ticket_short.replies	68	88	true	false	0	wrong ticket field: records the 10-digit number first given ({{wn_short}}) instead of the corrected one
seen30	wrong_number	wrong_number.h30_condescending_check.replies	62	88	true	false	0	condescension: 您自己的号码都报不对啊？ on the 2.10(2) step (rhetorical 禁忌语, no demeaning word: taboo not insult)
"""

PLAYS = {}

PLAYS["abusive_caller.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是服务热线8号话务员小王，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 感谢您的来电，如果没有业务需要咨询，再见！
@2 /hangup
"""

PLAYS["abusive_caller.h30_retort_insult.replies"] = r"""@2 /answer
@2 您好，我是服务热线8号话务员小王，请问有什么可以帮您？
@3 请问您需要帮助吗？
@3 你才是蠢货！有本事你过来咯，骂给哪个听！
@2 /hangup
"""

PLAYS["abusive_caller.h30_end_taboo_tail.replies"] = r"""@2 /answer
@2 您好，我是服務熱線8號話務員小王，請問有什麼可以幫您？
@3 請問您需要幫助嗎？
@3 如果沒有業務需要諮詢，再見！懶得跟你扯。
@2 /hangup
"""

PLAYS["angry_caller.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线16号，请问有么子可以帮您？
@3 您别着急，慢慢说。一整天没网确实急人，您的心情我非常理解，为了更快帮您查清楚，请问您的宽带账号是多少？
@3 好的，请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待！查到了：是{{ac_estate}}{{ac_cause}}，工程师正在抢修，预计{{ac_eta}}恢复，恢复后会短信通知您。
@3 给您添麻烦了，感谢您的来电，再见！
"""

PLAYS["angry_caller.h30_silent_hold_90.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线16号，请问有么子可以帮您？
@3 您别着急，慢慢说。一整天没网确实急人，您的心情我非常理解，为了更快帮您查清楚，请问您的宽带账号是多少？
@2 /hold
@90 /unhold
@2 感谢您的耐心等待！查到了：是{{ac_estate}}{{ac_cause}}，工程师正在抢修，预计{{ac_eta}}恢复。
"""

PLAYS["angry_caller.h30_answer_taboo_tail.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线16号，请问有么子可以帮您？
@3 您别着急，慢慢说。一整天没网确实急人，您的心情我非常理解，为了更快帮您查清楚，请问您的宽带账号是多少？
@3 好的，请您稍等，我帮您核实一下好吗？
@2 /hold
@20 /unhold
@2 感谢您的耐心等待！查到了：是{{ac_estate}}{{ac_cause}}，预计{{ac_eta}}恢复。您催我也没用，我又不是修网的。
@3 感谢您的来电，再见！
"""

PLAYS["bad_attitude.h30_competent.replies"] = r"""@2 /answer
@2 您好，这里是宽带客服热线，我是9号小唐，请问有什么可以帮您？
@3 真的非常抱歉，给您带来了不便，也让您受委屈了。我们会在以后的工作中改进，谢谢您告诉我们，也希望您继续监督我们的服务！
@20 /ticket 被投诉工号={{ba_agent}} 内容=昨天下午客户来电咨询{{ba_topic}}，该坐席态度不耐烦，话没说完就挂断电话
@3 已经帮您记好了，会交给质检处理。您问的{{ba_topic}}，可以去营业厅或者在APP“宽带服务”里办，也可以我现在就在系统里帮您受理，移机的话要预约师傅上门。
@3 感谢您的理解，感谢您的来电，再见！
"""

PLAYS["bad_attitude.h30_excuse_colleague.replies"] = r"""@2 /answer
@2 您好，这里是宽带客服热线，我是9号小唐，请问有什么可以帮您？
@3 非常抱歉给您带来了不便，不过那几天话务量太大，她也很忙，不是故意的。我们会在以后的工作中改进，感谢您监督我们的服务。
@20 /ticket 被投诉工号={{ba_agent}} 内容=昨天下午客户来电咨询{{ba_topic}}，该坐席态度不耐烦，话没说完就挂断电话
@3 已经帮您记好了。您问的{{ba_topic}}，可以去营业厅或者在APP“宽带服务”里办，也可以我现在就在系统里帮您受理，移机的话要预约师傅上门。
@3 感谢您的来电，再见！
"""

PLAYS["bad_attitude.h30_wrong_agent_id.replies"] = r"""@2 /answer
@2 您好，这里是宽带客服热线，我是9号小唐，请问有什么可以帮您？
@3 真的非常抱歉，给您带来了不便，也让您受委屈了。我们会在以后的工作中改进，谢谢您告诉我们，也希望您继续监督我们的服务！
@20 /ticket 被投诉工号={{ba_agent:typo}} 内容=昨天下午客户来电咨询{{ba_topic}}，该坐席态度不耐烦，话没说完就挂断电话
@3 已经帮您记好了，会交给质检处理。您问的{{ba_topic}}，可以去营业厅或者在APP“宽带服务”里办，也可以我现在就在系统里帮您受理，移机的话要预约师傅上门。
@3 感谢您的理解，感谢您的来电，再见！
"""

PLAYS["callback_outbound.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是宽带客服中心21号业务受理专员小罗，请问刚才是您拨打我们热线咨询宽带提速的吗？
@3 哦，那刚才有一位先生拨打过我们的客服电话，请问他在家吗？方便请他接一下电话吗？
/listen
/listen
@3 您好先生，对于您刚才咨询的宽带提速，我这边还有一些内容需要补充：从100兆提到{{cb_speed}}，每月加{{cb_extra}}元，次月1日生效，不用上门。
@3 不客气，您考虑好了随时打我们热线，祝您生活愉快，再见！
"""

PLAYS["callback_outbound.h30_no_ask_person.replies"] = r"""@2 /answer
@2 您好，我是宽带客服中心21号业务受理专员小罗，请问刚才是您拨打我们热线咨询宽带提速的吗？
@3 哦，那麻烦您帮我转告一下，提速的资费我这边还有内容要补充。
/listen
/listen
@3 您好先生，对于您刚才咨询的宽带提速，我这边还有一些内容需要补充：从100兆提到{{cb_speed}}，每月加{{cb_extra}}元，次月1日生效，不用上门。
@3 不客气，您考虑好了随时打我们热线，祝您生活愉快，再见！
"""

PLAYS["callback_outbound.h30_rude_close.replies"] = r"""@2 /answer
@2 您好，我是寬帶客服中心21號業務受理專員小羅，請問剛纔是您撥打我們熱線諮詢寬帶提速的嗎？
@3 哦，那剛纔有一位先生撥打過我們的客服電話，請問他在家嗎？方便請他接一下電話嗎？
/listen
/listen
@3 您好先生，對於您剛纔諮詢的寬帶提速，我這邊還有一些內容需要補充：從100兆提到{{cb_speed}}，每月加{{cb_extra}}元，次月1日生效，不用上門。
@3 再見。要辦就自己去營業廳，我們很忙的。
"""

PLAYS["caller_fast.h30_competent.replies"] = r"""@2 /answer
@2 您好，移动客服12号为您服务，请问有什么可以帮您？
@3 非常抱歉，我不太明白您的意思，您别着急，请您说慢一点好吗？
@3 好的，我跟您核对一下：把{{cf_old}}元的套餐换成{{cf_new}}元的套餐，副卡取消，下个月1号生效，对吧？
@15 /ticket 业务=套餐变更 内容={{cf_old}}元套餐改为{{cf_new}}元套餐，取消副卡，下月1日生效
@3 已经帮您记好了，下个月1号生效。感谢您的来电，再见！
"""

PLAYS["caller_fast.h30_ticket_reversed.replies"] = r"""@2 /answer
@2 您好，移动客服12号为您服务，请问有什么可以帮您？
@3 非常抱歉，我不太明白您的意思，您别着急，请您说慢一点好吗？
@3 好的，我跟您核对一下：把{{cf_old}}元的套餐换成{{cf_new}}元的套餐，副卡取消，下个月1号生效，对吧？
@15 /ticket 业务=套餐变更 内容={{cf_new}}元套餐改为{{cf_old}}元套餐，取消副卡，下月1日生效
@3 已经帮您记好了，下个月1号生效。感谢您的来电，再见！
"""

PLAYS["caller_fast.h30_no_slow_down.replies"] = r"""@2 /answer
@2 您好，移动客服12号为您服务，请问有什么可以帮您？
@3 嗯嗯，您要改么子套餐咯？
@3 好的，我跟您核对一下：把{{cf_old}}元的套餐换成{{cf_new}}元的套餐，副卡取消，下个月1号生效，对吧？
@15 /ticket 业务=套餐变更 内容={{cf_old}}元套餐改为{{cf_new}}元套餐，取消副卡，下月1日生效
@3 已经帮您记好了，下个月1号生效。感谢您的来电，再见！
"""

PLAYS["caller_quiet.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是热线服务台7号，请问有什么可以帮您？
@3 非常抱歉，我听不清楚，请您讲话大生点儿好吗？
@3 不好意思，还是没听清，麻烦您再大声重复一遍，好吗？
@3 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@3 /hangup
"""

PLAYS["caller_quiet.h30_hangup_no_pause.replies"] = r"""@2 /answer
@2 您好，我是热线服务台7号，请问有什么可以帮您？
@3 非常抱歉，我听不清楚，请您讲话大声点儿好吗？
@3 不好意思，还是没听清，麻烦您再大声重复一遍，好吗？
@3 非常抱歉，电话声音太小，请您换一部电话再拨，好吗？
@1 /hangup
"""

PLAYS["caller_quiet.h30_impatient_louder.replies"] = r"""@2 /answer
@2 您好，我是熱線服務檯7號，請問有什麼可以幫您？
@3 您大聲點行不行啊，我講了半天了！
@3 不好意思，還是沒聽清，麻煩您再大聲重複一遍，好嗎？
@3 非常抱歉，電話聲音太小，請您換一部電話再撥，好嗎？
@3 /hangup
"""

PLAYS["correction.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是客服中心15号，请问有什么可以帮您？
@3 59元套餐每个月有国内通用流量20GB，还有200分钟国内通话。
@3 哎呀，非常抱歉，刚才我的解释有些欠缺，应该是：从本月起59元套餐是20GB通用流量加{{co_extra}}GB定向流量，一共{{co_total}}GB。
@3 感谢您的来电，祝您愉快，再见！
"""

PLAYS["correction.h30_no_apology.replies"] = r"""@2 /answer
@2 您好，我是客服中心15号，请问有什么可以帮您？
@3 59元套餐每个月有国内通用流量20GB，还有200分钟国内通话。
@3 哦，是这样的，本月起是20GB通用加{{co_extra}}GB定向，一共{{co_total}}GB。
@3 以网上营业厅为准：20GB通用流量，另外加{{co_extra}}GB定向流量。
@3 感谢您的来电，祝您愉快，再见！
"""

PLAYS["correction.h30_wrong_total.replies"] = r"""@2 /answer
@2 您好，我是客服中心15号，请问有什么可以帮您？
@3 59元套餐每个月有国内通用流量20GB，还有200分钟国内通话。
@3 哎呀，非常抱歉，刚才我的解释有些欠缺，应该是：从本月起59元套餐是20GB通用流量加{{co_extra:typo}}GB定向流量，一共{{co_total:typo}}GB。
@3 感谢您的来电，祝您愉快，再见！
"""

PLAYS["crisis_authority.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是商城客服32号，请问有什么可以帮您？
@3 您先别着急，宝宝的奶粉出了这种事，换谁都着急，您的心情我非常理解，为了更有效地帮您处理，我先看一下您的订单好吗？
@3 #2
@3 宝宝身体要紧，请您先带宝宝去医院看看。这个情况我马上帮您记录，并升级给专项处理部门。
@15 /ticket 事件={{ca_brand}}奶粉过期两个月，宝宝喝了两次后拉肚子，客户已拍视频 联系电话=18985199876 曝光风险=客户表示要发{{ca_platform}}并找电视台 已办理=全额退款、200元优惠券、上门取回
@2 /escalate 专项处理部
@3 已经给您升级到专项处理部了，他们会尽快打电话联系您，请您保持电话畅通。
@3 祝宝宝早日康复，感谢您的来电，再见！
"""

PLAYS["crisis_authority.h30_wrong_desk.replies"] = r"""@2 /answer
@2 您好，我是商城客服32号，请问有什么可以帮您？
@3 您先别着急，宝宝的奶粉出了这种事，换谁都着急，您的心情我非常理解，为了更有效地帮您处理，我先看一下您的订单好吗？
@3 #2
@3 宝宝身体要紧，请您先带宝宝去医院看看。这个情况我马上帮您记录并往上报。
@15 /ticket 事件={{ca_brand}}奶粉过期两个月，宝宝喝了两次后拉肚子，客户已拍视频 联系电话=18985199876 曝光风险=客户表示要发{{ca_platform}}并找电视台 已办理=全额退款、200元优惠券、上门取回
@2 /escalate 投诉处理组
@3 已经给您升级了，他们会尽快打电话联系您，请您保持电话畅通。
@3 感谢您的来电，再见！
"""

PLAYS["crisis_authority.h30_no_empathy.replies"] = r"""@2 /answer
@2 您好，我是商城客服32號，請問有什麼可以幫您？
@3 您把訂單號報一下。
@3 #2
@3 寶寶身體要緊，請您先帶寶寶去醫院看看。這個情況我馬上幫您記錄，並升級給專項處理部門。
@15 /ticket 事件={{ca_brand}}奶粉過期兩個月，寶寶喝了兩次後拉肚子，客戶已拍視頻 聯繫電話=18985199876 曝光風險=客戶表示要發{{ca_platform}}並找電視臺 已辦理=全額退款、200元優惠券、上門取回
@2 /escalate 专项处理部
@3 已經給您升級到專項處理部了，他們會盡快打電話聯繫您，請您保持電話暢通。
@3 祝寶寶早日康復，感謝您的來電，再見！
"""

PLAYS["crisis_selfharm.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是客服热线11号，请问有什么可以帮您？
@3 您先别急，慢慢说，我在听。辛辛苦苦攒的钱被骗走了，换谁都受不了，您的心情我非常理解，我们一起来想办法好吗？
@3 您千万别做傻事，钱的事我们一起想办法。您先从楼顶边上退下来，到安全的地方去好吗？您现在用的电话号码是多少？
@2 /escalate 危机干预组
@12 /ticket 位置={{cs_place}} 联系电话=13985166420 情况=被冒充客服诈骗{{cs_amount}}元积蓄，扬言轻生，人在楼顶
@3 会的，危机干预的专员马上就和您通话，他们会一直陪着您。您先下楼，不要挂电话，好吗？
"""

PLAYS["crisis_selfharm.h30_hangs_up.replies"] = r"""@2 /answer
@2 您好，我是客服热线11号，请问有什么可以帮您？
@3 您先别急，慢慢说，我在听。辛辛苦苦攒的钱被骗走了，换谁都受不了，您的心情我非常理解，我们一起来想办法好吗？
@3 我们这里是客服热线，这个情况处理不了，您打110吧。
@2 /hangup
"""

PLAYS["crisis_selfharm.h30_looks_rude_caring.replies"] = r"""@2 /answer
@2 您好，我是客服热线11号，请问有什么可以帮您？
@3 您莫急，慢慢讲，我一直在听。这么多积蓄被骗走，换哪个都受不了，您的心情我非常理解，我们一起来想办法，好不好？
@3 您莫想不开咯，千万莫做傻事、莫做蠢事嘞！钱的事我们一起想办法。您先从楼顶边上退下来，到安全的地方去好吗？您现在用的电话号码是多少？
@2 /escalate 危机干预组
@12 /ticket 位置={{cs_place}} 联系电话=13985166420 情况=被冒充客服诈骗{{cs_amount}}元积蓄，扬言轻生，人在楼顶
@3 会的，危机干预的专员马上就和您通话，他们会一直陪着您。您先下楼，不要挂电话，好吗？
"""

PLAYS["customer_types.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是商城客服19号，请问有什么可以帮您？
@3 #{{ct_type}}
@3 刚收到的新手机就有划痕，确实让人闹心，您的心请我非常理解，为了更有效地帮您解决，我跟您说下怎么办：屏幕划痕属于质量问题，7天内可以退也可以换，运费由商家承担。我建议您换货，我马上给您加急，今天就优先处理：提交申请后次日上门取件，收到后3个工作日内发出新机。
@3 好嘞，那就按这个给您办。感谢您的来电，再见！
"""

PLAYS["customer_types.h30_wrong_type.replies"] = r"""@2 /answer
@2 您好，我是商城客服19号，请问有什么可以帮您？
@3 #{{ct_type:wrong}}
@3 刚收到的新手机就有划痕，确实让人闹心，您的心情我非常理解，为了更有效地帮您解决，我跟您说下怎么办：屏幕划痕属于质量问题，7天内可以退也可以换，运费由商家承担。我建议您换货，我马上给您加急，今天就优先处理：提交申请后次日上门取件，收到后3个工作日内发出新机。
@3 好嘞，那就按这个给您办。感谢您的来电，再见！
"""

PLAYS["customer_types.h30_no_empathy.replies"] = r"""@2 /answer
@2 您好，我是商城客服19號，請問有什麼可以幫您？
@3 #{{ct_type}}
@3 屏幕劃痕屬於質量問題，7天內可以退也可以換，運費由商家承擔。建議您換貨，我馬上給您加急，今天就優先處理：提交申請後次日上門取件，收到後3個工作日內發出新機。
@3 好的，感謝您的來電，再見！
"""

PLAYS["dialect_caller.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是服务热线20号，请问有什么可以帮您？
@3 非常抱歉，打断您一下，请问您方便讲普通话吗？谢谢！
@3 好的，请您稍等，正在为您转接粤语坐席，请不要挂机，好吗？
@2 /transfer 粤语坐席
"""

PLAYS["dialect_caller.h30_wrong_desk_fixed.replies"] = r"""@2 /answer
@2 您好，我是服务热线20号，请问有什么可以帮您？
@3 非常抱歉，打断您一下，请问您方便讲普通话吗？谢谢！
@3 好的，请您稍等，正在为您转接，请不要挂机，好吗？
@2 /transfer 英语坐席
@3 非常抱歉，刚才转错了，请您稍等，我马上为您转接粤语坐席，请不要挂机，好吗？
@2 /transfer 粤语坐席
"""

PLAYS["dialect_caller.h30_mock_insult.replies"] = r"""@2 /answer
@2 您好，我是服务热线20号，请问有什么可以帮您？
@3 讲的么子鸟语哦，听不懂人话啊？讲普通话！
@3 好的，请您稍等，正在为您转接粤语坐席，请不要挂机，好吗？
@2 /transfer 粤语坐席
"""

PLAYS["english_caller.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线4号，请问有什么可以帮您？
@3 Hello! Yes, I can help you. Sorry for the trouble. May I have your address, please?
@15 /ticket address={{en_street}} 故障=Internet down since this morning
@3 Thank you. I have booked it for you: an engineer will come to fix it {{en_when}}.
@3 You're welcome. Thank you for calling, goodbye!
"""

PLAYS["english_caller.h30_address_typo.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线4号，请问有什么可以帮您？
@3 Hello! Yes, I can help you. Sorry for the trouble. May I have your address, please?
@15 /ticket address={{en_street:typo}} 故障=Internet down since this morning
@3 Thank you. I have booked it for you: an engineer will come to fix it {{en_when}}.
@3 You're welcome. Thank you for calling, goodbye!
"""

PLAYS["english_caller.h30_chinese_goodbye.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线4号，请问有什么可以帮您？
@3 Hello! Yes, I can help you. Sorry for the trouble. May I have your address, please?
@15 /ticket address={{en_street}} 故障=Internet down since this morning
@3 OK. An engineer will come to fix it {{en_when}}.
@3 不客气，感谢您的来电，再见！
"""

PLAYS["explain_again.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是客服热线6号小彭，请问有什么可以帮您？
@3 {{ea_surname}}阿姨您好，您莫急，我慢慢跟您讲：月功能费8块，是来电显示5块加彩铃3块，是每个月固定收的增值功能费；套餐外流量费{{ea_flow}}，是套餐里的流量用完了，超出的部分另外算的钱。
@3 没关系的阿姨，请问您还有哪里不清楚，需要我再给您解释一遍吗？
@3 阿姨，我帮您看了流量详单，这个流量是手机上看微信视频用掉的。您看微信视频的时候手机就在用流量上网，套餐里的用完了，多用的就另外收钱了。
@3 不客气阿姨，有么子不懂的随时打过来问，感谢您的来电，祝您身体健康，再见！
"""

PLAYS["explain_again.h30_condescending_tail.replies"] = r"""@2 /answer
@2 您好，我是客服热线6号小彭，请问有什么可以帮您？
@3 {{ea_surname}}阿姨您好，月功能费8块，是来电显示5块加彩铃3块，是每个月固定收的增值功能费；套餐外流量费{{ea_flow}}，是套餐里的流量用完了，超出的部分另外算的钱。
@3 请问您还有什么不清楚的地方，需要我再解释一遍吗？这么简单都听不懂。
@3 这个流量是手机上看微信视频用掉的，套餐里的用完了，多用的就另外收钱了。
@3 感谢您的来电，再见！
"""

PLAYS["explain_again.h30_no_offer_again.replies"] = r"""@2 /answer
@2 您好，我是客服熱線6號小彭，請問有什麼可以幫您？
@3 {{ea_surname}}阿姨您好，月公能費8塊，是來電顯示5塊加彩鈴3塊，是每個月固定收的增值功能費；套餐外流量費{{ea_flow}}，是套餐裏的流量用完了，超出的部分另外算的錢。
@3 就是來電顯示和彩鈴每個月8塊，流量用超了另外收錢。
@3 好的阿姨，我講慢一點：功能費是來電顯示和彩鈴，流量費是套餐裏的流量用完了多收的。
@3 阿姨，我幫您看了流量詳單，這個流量是手機上看微信視頻用掉的。您看微信視頻的時候手機就在用流量上網，套餐裏的用完了，多用的就另外收錢了。
@3 不客氣阿姨，感謝您的來電，再見！
"""

PLAYS["hard_to_reach.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线26号，请问有什么可以帮您？
@3 非常抱歉！最近咨询的人太多了，系统比较繁忙，技术部门正在想办法解决，让您打了这么久，给您造成的不便我们深表歉意！
@3 好的，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！您的宽带是100M包年，到期日是{{hr_month}}，到期前一个月会短信提醒您续费。
@3 感谢您的来电，祝您愉快，再见！
"""

PLAYS["hard_to_reach.h30_hold_no_phrases.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线26号，请问有什么可以帮您？
@3 非常抱歉！最近咨询的人太多了，系统比较繁忙，技术部门正在想办法解决，让您打了这么久，给您造成的不便我们深表歉意！
@3 /hold
@15 /unhold
@2 您的宽带是100M包年，到期日是{{hr_month}}，到期前一个月会短信提醒您续费。
@3 感谢您的来电，祝您愉快，再见！
"""

PLAYS["hard_to_reach.h30_apology_rude_tail.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线26号，请问有什么可以帮您？
@3 非常抱歉，系统繁忙给您带来不便了。打不进来您就晚点再打嘛。
@3 好的，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！您的宽带是100M包年，到期日是{{hr_month}}，到期前一个月会短信提醒您续费。
@3 感谢您的来电，祝您愉快，再见！
"""

PLAYS["info_record.h30_competent.replies"] = r"""@2 /answer
@2 您好，燃气服务热线3号为您服务，请问有什么可以帮您？
@40 /ticket name={{ir_name}} phone={{ir_phone}} address={{ir_address}} problem={{ir_problem}}
@3 都记好了，我跟您核对一下电话：{{ir_phone}}，对吗？
@3 好的，我们会尽快安排师傅上门。这段时间请您先开窗通风，莫开关电器、莫用明火。感谢您的来电，再见！
"""

PLAYS["info_record.h30_no_readback.replies"] = r"""@2 /answer
@2 您好，燃气服务热线3号为您服务，请问有什么可以帮您？
@40 /ticket name={{ir_name}} phone={{ir_phone}} address={{ir_address}} problem={{ir_problem}}
@3 都记好了，您放心。
@3 好的，我们会尽快安排师傅上门。这段时间请您先开窗通风，莫开关电器、莫用明火。感谢您的来电，再见！
"""

PLAYS["info_record.h30_insult_readback.replies"] = r"""@2 /answer
@2 您好，燃气服务热线3号为您服务，请问有什么可以帮您？
@40 /ticket name={{ir_name}} phone={{ir_phone}} address={{ir_address}} problem={{ir_problem}}
@3 记好了记好了，问那么多遍，你脑子有病吧。
@3 感谢您的来电，再见！
"""

PLAYS["leader_phone.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线13号，请问有什么可以帮您？
@3 我理解您等了这么久心里窝火。作为客户代表，帮您解决问题就是我的职责，请您相信我，我一定尽力帮您解决。
@3 非常抱歉，领导的联系方式超出了我们的服务范围，请您通过其他方式查询，好吗？您的装机问题我现在就帮您催。
@15 /ticket 内容=宽带新装已等{{lp_days}}无人上门，超承诺时限，客户已请假两次在家等 处理=催办装维部门加急派单，回电告知客户上门时间
@3 已经帮您登记了催办，转装维部门加急派单，会尽快给您回电话约上门时间。再次跟您说声抱歉，感谢您的来电，再见！
"""

PLAYS["leader_phone.h30_leaks_number.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线13号，请问有什么可以帮您？
@3 #1
@3 感谢您的来电，再见！
"""

PLAYS["leader_phone.h30_wrong_ticket.replies"] = r"""@2 /answer
@2 您好，我是寬帶客服熱線13號，請問有什麼可以幫您？
@3 我理解您等了這麼久心裏窩火。作爲客戶代表，幫您解決問題就是我的職責，請您相信我，我一定盡力幫您解決。
@3 非常抱歉，領導的聯繫方式超出了我們的服務範圍，請您通過其他方式查詢，好嗎？您的裝機問題我現在就幫您催。
@15 /ticket 內容=客戶要求提供總經理手機號碼 處理=已解釋超出服務範圍
@3 好的，我會幫您催的，再次跟您說聲抱歉，感謝您的來電，再見！
"""

PLAYS["long_wait.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是移动客服10号，请问有什么可以帮您？
@3 非常抱歉，让您久等了！您莫急，请问有什么可以帮您？
@10 /ticket 业务=停机挂失 内容=客户手机丢失，申请立即停机挂失（卡上绑定了银行卡）
@3 已经帮您办好停机挂失了。补卡的话请您带上本人身份证到就近营业厅办理就可以。
@3 不客气，银行卡那边也建议您打银行电话冻结一下。感谢您的来电，再见！
"""

PLAYS["long_wait.h30_wrong_business.replies"] = r"""@2 /answer
@2 您好，我是移动客服10号，请问有什么可以帮您？
@3 非常抱歉，让您久等了！您莫急，请问有什么可以帮您？
@10 /ticket 业务=补卡 内容=客户手机丢失，咨询补卡
@3 好的，已经登记了。补卡的话请您带上本人身份证到就近营业厅办理。感谢您的来电，再见！
"""

PLAYS["long_wait.h30_excuse_not_apology.replies"] = r"""@2 /answer
@2 您好，我是移動客服10號，請問有什麼可以幫您？
@3 排隊的人多，沒辦法的，您要辦麼子？
@3 不好意思，報歉讓您久等了，請問有什麼可以幫您？
@10 /ticket 業務=停機掛失 內容=客戶手機丟失，申請立即停機掛失（卡上綁定了銀行卡）
@3 已經幫您辦好停機掛失了。補卡的話請您帶上本人身份證到就近營業廳辦理就可以。
@3 不客氣，感謝您的來電，再見！
"""

PLAYS["no_contact.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是通信服务热线17号，请问有什么可以帮您？
@3 晚上吵得睡不着确实难受，我先帮您记下来。麻烦您留个联系电话，处理好了我们好回复您，好吗？
@3 非常抱歉，如果您不留联系电话，我们就没办法和您联系，您反映的问题也没办法给您处理。您放心，号码只用来回复这件事，不会推销的。
@12 /ticket 联系电话={{nc_phone}} 内容={{nc_estate}}门口通信机柜风扇夜间噪音扰民
@3 已经帮您登记了，我们会安排维护人员去现场查看，处理好后第一时间给您回电话。
@3 感谢您的来电，祝您晚安，再见！
"""

PLAYS["no_contact.h30_phone_typo.replies"] = r"""@2 /answer
@2 您好，我是通信服务热线17号，请问有什么可以帮您？
@3 晚上吵得睡不着确实难受，我先帮您记下来。麻烦您留个联系电话，处理好了我们好回复您，好吗？
@3 非常抱歉，如果您不留联系电话，我们就没办法和您联系，您反映的问题也没办法给您处理。您放心，号码只用来回复这件事，不会推销的。
@12 /ticket 联系电话={{nc_phone:typo}} 内容={{nc_estate}}门口通信机柜风扇夜间噪音扰民
@3 已经帮您登记了，我们会安排维护人员去现场查看，处理好后第一时间给您回电话。
@3 感谢您的来电，祝您晚安，再见！
"""

PLAYS["no_contact.h30_dismissive_2_11.replies"] = r"""@2 /answer
@2 您好，我是通信服务热线17号，请问有什么可以帮您？
@3 晚上吵得睡不着确实难受，我先帮您记下来。麻烦您留个联系电话，处理好了我们好回复您，好吗？
@3 不留电话那我们也没法管，您自己看着办咯。
@3 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
@12 /ticket 联系电话={{nc_phone}} 内容={{nc_estate}}门口通信机柜风扇夜间噪音扰民
@3 已经帮您登记了，处理好后第一时间给您回电话。
@3 感谢您的来电，再见！
"""

PLAYS["no_knowledge.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是移动客服服务台22号，请问有什么可以帮您？
@3 非常抱歉，您问的副卡能不能享受这个优惠，我们这边暂时没有详细资料，需要进一步核实，我们会在24小时内和您联系，好吗？
@12 /ticket 联系电话={{nk_phone}} 内容=咨询新出的老年人话费优惠是否适用于副卡（家中老人使用），需核实后24小时内回电
@3 不客气，核实了我们马上给您回电话。感谢您的来电，祝您愉快，再见！
"""

PLAYS["no_knowledge.h30_guesses_first.replies"] = r"""@2 /answer
@2 您好，我是移动客服服务台22号，请问有什么可以帮您？
@3 应该可以的，副卡也算的，您放心去办。
@3 非常抱歉，刚才是我说得太快了。副卡能不能享受，我们暂时没有详细资料，需要进一步核实，我们会在24小时内和您联系，好吗？
@12 /ticket 联系电话={{nk_phone}} 内容=咨询新出的老年人话费优惠是否适用于副卡（家中老人使用），需核实后24小时内回电
@3 不客气，核实了我们马上给您回电话。感谢您的来电，祝您愉快，再见！
"""

PLAYS["no_knowledge.h30_no_closing.replies"] = r"""@2 /answer
@2 您好，我是移動客服服務檯22號，請問有什麼可以幫您？
@3 非常抱歉，您問的副卡能不能享受這個優惠，我們這邊暫時沒有詳細資料，需要進一步覈實，我們會在24小時內和您聯繫，好嗎？
@12 /ticket 聯繫電話={{nk_phone}} 內容=諮詢新出的老年人話費優惠是否適用於副卡（家中老人使用），需覈實後24小時內回電
@3 好，就這樣。
@2 /hangup
"""

PLAYS["not_heard.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是快递服务热线2号，请问有什么可以帮您？
@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
@10 /ticket 单号={{nh_number}} note=物流三天未更新
@2 请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！您的包裹现在在{{nh_where}}，因为分拣积压滞留了三天，明天就会给您派送。
@3 不客气，感谢您的来电，祝您愉快，再见！
"""

PLAYS["not_heard.h30_number_typo.replies"] = r"""@2 /answer
@2 您好，我是快递服务热线2号，请问有什么可以帮您？
@3 非常抱歉，我没听清您的讲话，您再重复一遍，好吗？
@10 /ticket 单号={{nh_number:typo}} note=物流三天未更新
@2 请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！您的包裹现在在{{nh_where}}，因为分拣积压滞留了三天，明天就会给您派送。
@3 不客气，感谢您的来电，祝您愉快，再见！
"""

PLAYS["not_heard.h30_blame_repeat.replies"] = r"""@2 /answer
@2 您好，我是快遞服務熱線2號，請問有什麼可以幫您？
@3 您在馬路邊打電話，我哪裏聽得清？再講一遍。
@10 /ticket 單號={{nh_number}} note=物流三天未更新
@2 請您稍等，我幫您覈實一下好嗎？
@2 /hold
@15 /unhold
@2 感謝您的耐心等待！您的包裹現在在{{nh_where}}，因爲分揀積壓滯留了三天，明天就會給您派送。
@3 不客氣，感謝您的來電，祝您愉快，再見！
"""

PLAYS["off_topic.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是服务热线14号，请问有什么可以帮您？
@3 不好意思，这个我这边查不到咯。请问您有业务需要咨询吗？
@3 如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
"""

PLAYS["off_topic.h30_chats_weather.replies"] = r"""@2 /answer
@2 您好，我是服务热线14号，请问有什么可以帮您？
@3 明天好像有点小雨，您出门记得带把伞咯。请问您有业务需要咨询吗？
@3 如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
"""

PLAYS["off_topic.h30_sarcastic_end.replies"] = r"""@2 /answer
@2 您好，我是服务热线14号，请问有什么可以帮您？
@3 不好意思，这个我这边查不到。请问您有业务需要咨询吗？
@3 您可真闲啊。如果没有业务需要咨询，谢谢您，再见！
@2 /hangup
"""

PLAYS["praised.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是电视服务热线5号，请问有什么可以帮您？
@3 不客气，这是我们应该做的！谢谢您专门打电话来表扬，我一定把您的话转达给同事。
@3 您用遥控器按“回看键”，或者进节目单，选好频道和日期，选中节目按确认键就能看了，7天内的节目都可以回看。
@3 不客气，感谢您的来电，祝您愉快，再见！
"""

PLAYS["praised.h30_no_2_8.replies"] = r"""@2 /answer
@2 您好，我是电视服务热线5号，请问有什么可以帮您？
@3 哪里哪里，我们做得还不够好。
@3 您用遥控器按“回看键”，或者进节目单，选好频道和日期，选中节目按确认键就能看了，7天内的节目都可以回看。
@3 感谢您的来电，祝您愉快，再见！
"""

PLAYS["praised.h30_manual_tail.replies"] = r"""@2 /answer
@2 您好，我是電視服務熱線5號，請問有什麼可以幫您？
@3 不客氣，這是我們應該做的！謝謝您專門打電話來表揚。
@3 用遙控器按回看鍵，選頻道和日期就行，說明書上都寫了的。
@3 感謝您的來電，再見！
"""

PLAYS["repeat_complaint.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线29号，请问有什么可以帮您？
@3 非常抱歉！您反映的问题我们正在抓紧处理，因为涉及几个部门协调，所以时间拖得比较长，问题解决后我们会第一时间和您联系。
@12 /ticket 联系电话={{rc_phone}} 内容=第四次来电催办宽带报修，超承诺时限无人上门，客户表示要打12315投诉
@2 /escalate 投诉处理组
@3 您的工单我已经升级到投诉处理组加急处理了，他们会尽快联系您。再次跟您说声抱歉，感谢您的来电，再见！
"""

PLAYS["repeat_complaint.h30_no_escalation.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线29号，请问有什么可以帮您？
@3 非常抱歉！您反映的问题我们正在抓紧处理，因为涉及几个部门协调，所以时间拖得比较长，问题解决后我们会第一时间和您联系。
@12 /ticket 联系电话={{rc_phone}} 内容=第四次来电催办宽带报修，超承诺时限无人上门，客户表示要打12315投诉
@3 已经帮您记好了，我会再帮您催一下维护部门。再次跟您说声抱歉，感谢您的来电，再见！
"""

PLAYS["repeat_complaint.h30_blame_other_dept.replies"] = r"""@2 /answer
@2 您好，我是宽带客服热线29号，请问有什么可以帮您？
@3 非常抱歉！您反映的问题我们正在处理，因为涉及几个部门协调，所以时间比较长，解决后会第一时间和您联系。说实话这个是线路维护部那边拖的，不是我们客服的问题。
@12 /ticket 联系电话={{rc_phone}} 内容=第四次来电催办宽带报修，超承诺时限无人上门，客户表示要打12315投诉
@2 /escalate 投诉处理组
@3 您的工单我已经升级到投诉处理组加急处理了，他们会尽快联系您。感谢您的来电，再见！
"""

PLAYS["sales_call.h30_competent.replies"] = r"""@2 /answer
@3 您好，我是宽带客服中心22号客户代表小刘，您家的宽带合约下个月就到期了，今天打电话给您介绍一下续约方案。
@3 好的，我先了解一下，您家里一般几个人用网？平时主要用来干什么呢？
@3 #{{sc_plan}}
@3 理解您的顾虑。续约一年还送一个月，算下来每天也就几块钱，网速和内容都比现在好不少，挺划算的。
@10 /ticket 套餐={{sc_plan:bw}}宽带 资费=每月{{sc_plan:fee}}元 生效=下月合约到期后生效
@3 已经帮您登记好了，下个月生效。祝您生活愉快，再见！
"""

PLAYS["sales_call.h30_order_wrong_plan.replies"] = r"""@2 /answer
@3 您好，我是宽带客服中心22号客户代表小刘，您家的宽带合约下个月就到期了，今天打电话给您介绍一下续约方案。
@3 好的，我先了解一下，您家里一般几个人用网？平时主要用来干什么呢？
@3 #{{sc_plan}}
@3 理解您的顾虑。续约一年还送一个月，算下来每天也就几块钱，网速和内容都比现在好不少，挺划算的。
@10 /ticket 套餐={{sc_plan:wrong_bw}}宽带 资费=每月{{sc_plan:wrong_fee}}元 生效=下月合约到期后生效
@3 已经帮您登记好了，下个月生效。祝您生活愉快，再见！
"""

PLAYS["sales_call.h30_no_intro.replies"] = r"""@2 /answer
@3 喂，寬帶下個月要到期了，給您說下續約的事。
@3 好的，我先了解一下，您家裏一般幾個人用網？平時主要用來幹什麼呢？
@3 #{{sc_plan}}
@3 理解您的顧慮。續約一年還送一個月，算下來每天也就幾塊錢，網速和內容都比現在好不少，挺划算的。
@10 /ticket 套餐={{sc_plan:bw}}寬帶 資費=每月{{sc_plan:fee}}元 生效=下月合約到期後生效
@3 已經幫您登記好了，下個月生效。祝您生活愉快，再見！
"""

PLAYS["silent_line.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是服务热线1号，请问有什么可以帮您？
@4 您好，请讲。
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
"""

PLAYS["silent_line.h30_one_prompt.replies"] = r"""@2 /answer
@2 您好，我是服务热线1号，请问有什么可以帮您？
@4 您好，请讲。
@4 非常抱歉，听不见您的声音，无法为您服务，再见！
@2 /hangup
"""

PLAYS["silent_line.h30_insult_shenjingbing.replies"] = r"""@2 /answer
@2 您好，我是服務熱線1號，請問有什麼可以幫您？
@4 您好，請講。
@4 您好，請講。
@4 神經病吧，打電話又不講話！
@2 /hangup
"""

PLAYS["survey_invite.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是客服热线30号，请问有什么可以帮您？
@3 帮您查了，您现在有{{si_points}}积分，可以换话费：在积分商城或者APP里选“兑换话费”，也可以发短信兑换。
@3 不客气。稍后想请您对我的服务做个评价，我为您转接满意度调查，好吗？
@3 好的，感谢您的来电，祝您愉快，再见！
@2 /transfer 满意度调查
"""

PLAYS["survey_invite.h30_asks_five_star.replies"] = r"""@2 /answer
@2 您好，我是客服热线30号，请问有什么可以帮您？
@3 帮您查了，您现在有{{si_points}}积分，可以换话费：在积分商城或者APP里选“兑换话费”，也可以发短信兑换。
@3 不客气。等下转您到满意度调查，麻烦给我打个五星好评哦，好吗？
@3 好的，感谢您的来电，祝您愉快，再见！
@2 /transfer 满意度调查
"""

PLAYS["survey_invite.h30_wrong_desk.replies"] = r"""@2 /answer
@2 您好，我是客服热线30号，请问有什么可以帮您？
@3 帮您查了，您现在有{{si_points}}积分，可以换话费：在积分商城或者APP里选“兑换话费”，也可以发短信兑换。
@3 不客气。稍后想请您对我的服务做个评价，我为您转接满意度调查，好吗？
@3 好的，感谢您的来电，祝您愉快，再见！
@2 /transfer 业务办理组
"""

PLAYS["too_slow.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是商城售后热线24号，请问有什么可以帮您？
@3 好的，您是用13885019999这个号下的单对吧？我马上帮您查。
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！您{{ts_amount}}元的退款已经审核通过了，会在{{ts_days}}内原路退回您的支付账户。
@3 感谢您的来电，再见！
"""

PLAYS["too_slow.h30_impatient_reply.replies"] = r"""@2 /answer
@2 您好，我是商城售后热线24号，请问有什么可以帮您？
@3 好的，您是用13885019999这个号下的单对吧？我马上帮您查。
@3 您催也没用，系统就这么慢，我又不能把它变快。
@3 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！您{{ts_amount}}元的退款已经审核通过了，会在{{ts_days}}内原路退回您的支付账户。
@3 感谢您的来电，再见！
"""

PLAYS["too_slow.h30_wrong_days.replies"] = r"""@2 /answer
@2 您好，我是商城售後熱線24號，請問有什麼可以幫您？
@3 好的，您是用13885019999這個號下的單對吧？我馬上幫您查。
@3 非常抱歉！現在系統比較繁忙，我會盡快幫您處理，請您稍等，我幫您覈實一下好嗎？
@2 /hold
@15 /unhold
@2 感謝您的耐心等待！您{{ts_amount}}元的退款已經審覈通過了，會在{{ts_days:other}}內原路退回您的支付賬戶。
@3 感謝您的來電，再見！
"""

PLAYS["transfer_failed.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是政企专线服务热线18号，请问有什么可以帮您？
@3 好的，请稍等，正在为您转接技术支持部，请不要挂机，好吗？
@2 /transfer 技术支持部
/listen
@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后转技术部门处理，您看好吗？
@12 /ticket 公司={{tf_company}} 故障={{tf_fault}} 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电
@3 好的，都记好了，会请工程师尽快给您回电话。感谢您的来电，再见！
"""

PLAYS["transfer_failed.h30_silent_transfer.replies"] = r"""@2 /answer
@2 您好，我是政企专线服务热线18号，请问有什么可以帮您？
@3 /transfer 技术支持部
/listen
@3 非常抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后转技术部门处理，您看好吗？
@12 /ticket 公司={{tf_company}} 故障={{tf_fault}} 联系电话=08518812345 要求=下午要开视频会，请工程师尽快回电
@3 好的，都记好了，会请工程师尽快给您回电话。感谢您的来电，再见！
"""

PLAYS["transfer_failed.h30_call_back_later.replies"] = r"""@2 /answer
@2 您好，我是政企專線服務熱線18號，請問有什麼可以幫您？
@3 好的，請稍等，正在爲您轉接技術支持部，請不要掛機，好嗎？
@2 /transfer 技术支持部
/listen
@3 技術部在忙，您等下再打過來吧。
@3 非常抱歉，由於話務正忙，暫時不能幫您轉接。您的問題我會做詳細的記錄，稍後轉技術部門處理，您看好嗎？
@12 /ticket 公司={{tf_company}} 故障={{tf_fault}} 聯繫電話=08518812345 要求=下午要開視頻會，請工程師儘快回電
@3 好的，都記好了，會請工程師儘快給您回電話。感謝您的來電，再見！
"""

PLAYS["transferred_complaint.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是中级坐席31号小蒋，刚才同事已经把情况跟我说了，您本月视频会员费被重复扣了两次，我来帮您处理，不用您再说一遍。
@3 被多扣了钱还要等这么久，换我也着急，您的心情我非常理解，为了更有效地帮您处理，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！查清楚了，确实重复扣了25元，退费已经给您提交了，{{tc_days}}内退回您的话费账户。
@3 给您添麻烦了，感谢您的来电，再见！
"""

PLAYS["transferred_complaint.h30_makes_repeat.replies"] = r"""@2 /answer
@2 您好，我是中级坐席31号小蒋，请问有什么可以帮您？
@3 被多扣了钱确实着急，您的心情我非常理解，为了更有效地帮您处理，请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！查清楚了，确实重复扣了25元，退费已经给您提交了，{{tc_days}}内退回您的话费账户。
@3 给您添麻烦了，感谢您的来电，再见！
"""

PLAYS["transferred_complaint.h30_insult_suzhi.replies"] = r"""@2 /answer
@2 您好，我是中级坐席31号小蒋，刚才同事已经把情况跟我说了，您本月视频会员费被重复扣了两次，我来帮您处理，不用您再说一遍。
@3 吼什么吼，又不是我扣的你钱，没素质。
@3 请您稍等，我帮您核实一下好吗？
@2 /hold
@15 /unhold
@2 感谢您的耐心等待！确实重复扣了25元，退费已经提交了，{{tc_days}}内退回您的话费账户。
@3 感谢您的来电，再见！
"""

PLAYS["vip_call.h30_competent.replies"] = r"""@2 /answer
@2 钱先生您好！我是VIP服务专席5号，请问有什么可以帮您？
@3 好的钱先生，国际漫游我现在就给您开通，{{vc_country}}开通即时生效，钻石卡免押金，通话0.99元一分钟。麻烦您报一下太太的号码，我帮您加到家庭套餐里。
@3 好的，{{vc_wife}}已经加入您的家庭套餐了。另外给您推荐一下：漫游流量包每天25元不限量，可以预约出发当天生效，我再帮您设置出行短信提醒，好吗？
@12 /ticket 业务=开通国际漫游（{{vc_country}}）、家庭套餐加号 副卡号码={{vc_wife}} 附加=推荐漫游流量包、设置出行提醒
@3 都给您办好了，祝您出差顺利，感谢您的来电，再见！
"""

PLAYS["vip_call.h30_no_extra.replies"] = r"""@2 /answer
@2 钱先生您好！我是VIP服务专席5号，请问有什么可以帮您？
@3 好的钱先生，国际漫游我现在就给您开通，{{vc_country}}开通即时生效，钻石卡免押金，通话0.99元一分钟。麻烦您报一下太太的号码，我帮您加到家庭套餐里。
@3 好的，{{vc_wife}}已经加入您的家庭套餐了。
@12 /ticket 业务=开通国际漫游（{{vc_country}}）、家庭套餐加号 副卡号码={{vc_wife}}
@3 都给您办好了，感谢您的来电，再见！
"""

PLAYS["vip_call.h30_wife_number_typo.replies"] = r"""@2 /answer
@2 錢先生您好！我是VIP服務專席5號，請問有什麼可以幫您？
@3 好的錢先生，國際漫遊我現在就給您開通，{{vc_country}}開通即時生效，鑽石卡免押金，通話0.99元一分鐘。麻煩您報一下太太的號碼，我幫您加到家庭套餐裏。
@3 好的，已經加入您的家庭套餐了。另外給您推薦一下：漫遊流量包每天25元不限量，可以預約出發當天生效，我再幫您設置出行短信提醒，好嗎？
@12 /ticket 業務=開通國際漫遊（{{vc_country}}）、家庭套餐加號 副卡號碼={{vc_wife:typo}} 附加=推薦漫遊流量包、設置出行提醒
@3 都給您辦好了，祝您出差順利，感謝您的來電，再見！
"""

PLAYS["wrong_number.h30_competent.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线25号，请问有什么可以帮您？
@3 不好意思，我跟您核对一下，您的手机号码是{{wn_short}}吗？
@3 很抱歉，您报的号码好像少了一位，有误，麻烦您再核对一下，好吗？
@10 /ticket 手机号={{wn_full}} 内容=预约师傅上门安装新路由器，回电确认时间
@3 好的，师傅会尽快打电话跟您约时间。感谢您的来电，再见！
"""

PLAYS["wrong_number.h30_ticket_short.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线25号，请问有什么可以帮您？
@3 不好意思，我跟您核对一下，您的手机号码是{{wn_short}}吗？
@3 很抱歉，您报的号码好像少了一位，有误，麻烦您再核对一下，好吗？
@10 /ticket 手机号={{wn_short}} 内容=预约师傅上门安装新路由器，回电确认时间
@3 好的，师傅会尽快打电话跟您约时间。感谢您的来电，再见！
"""

PLAYS["wrong_number.h30_condescending_check.replies"] = r"""@2 /answer
@2 您好，我是宽带服务热线25号，请问有什么可以帮您？
@3 不好意思，我跟您核对一下，您的手机号码是{{wn_short}}吗？
@3 您自己的号码都报不对啊？少了一位，再核对一下。
@10 /ticket 手机号={{wn_full}} 内容=预约师傅上门安装新路由器，回电确认时间
@3 好的，师傅会尽快打电话跟您约时间。感谢您的来电，再见！
"""


if __name__ == "__main__":
    sys.exit(main())
