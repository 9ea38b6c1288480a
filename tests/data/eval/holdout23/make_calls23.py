#!/usr/bin/env python3
"""holdout23 whole-call plays (helper blind23c).

Writes calls.tsv and calls/*.replies next to this file, byte for byte the same on every run:

    python3 tests/data/eval/holdout23/make_calls23.py

Every play is for `--seed 1`.  RANGES (score range, passed, auto_failed, competent, note) were
set from each scenario's rubric and the standard before any play was run; SEED holds what the
callers of seed 1 say (names, numbers, amounts), read off the callers' lines only.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = "holdout23"

# ---------------------------------------------------------------- ranges (set before running)
# (scenario, name, lo, hi, passed, auto_failed, competent, note)
RANGES = [
    ("abusive_caller", "competent", 90, 100, True, False, 1, "competent: opening, asks once if help is needed, special_end, hangs up"),
    ("abusive_caller", "lectures", 78, 92, True, False, 0, "argues/lectures the abuser once before ending (prompt_end lost)"),
    ("abusive_caller", "hits_back", 0, 59, False, True, 0, "insult: retaliates 你才是废物 (auto-fail §二(四)4.2)"),
    ("angry_caller", "competent", 85, 100, True, False, 1, "competent wordy; IME slip 核实->合实 in hold phrase"),
    ("angry_caller", "silent_hold", 72, 88, True, False, 0, "hold without the 1.2 phrases (no 等待前/等待后用语), short hold"),
    ("angry_caller", "yells_back", 0, 59, False, True, 0, "retaliation: 你吼什么吼 at the angry caller (auto-fail)"),
    ("bad_attitude", "competent", 88, 100, True, False, 1, "competent: 2.9 in own words, ticket with agent id, answer, closing"),
    ("bad_attitude", "excuses_colleague", 65, 87, True, False, 0, "2.9 said but excuses the colleague (话务量/不是故意): 推诿"),
    ("bad_attitude", "wrong_agent_id", 78, 88, True, False, 0, "wrong field: complained-of agent number recorded wrong"),
    ("callback_outbound", "competent", 85, 100, True, False, 1, "competent 2.21: intro, asks for the caller, supplement, closing"),
    ("callback_outbound", "never_says_who", 62, 78, True, False, 0, "2.21 without saying who calls, even after the callee asks"),
    ("callback_outbound", "madeup_fee", 72, 88, True, False, 0, "made-up answer: a monthly fee not on the desk"),
    ("caller_fast", "competent", 88, 100, True, False, 1, "competent: 2.3, read-back, ticket, closing"),
    ("caller_fast", "ticket_reversed", 80, 92, True, False, 0, "wrong field: ticket records the change reversed (old/new amounts swapped)"),
    ("caller_fast", "rude_slow", 65, 85, True, False, 0, "rude tail on 2.3 (说这么快谁听得清啊)"),
    ("caller_quiet", "competent", 88, 100, True, False, 1, "competent 2.2: louder, again, change phone, pause, hang up"),
    ("caller_quiet", "rude_change", 72, 88, True, False, 0, "rude tail on the change-phone step"),
    ("caller_quiet", "skips_again", 78, 90, True, False, 0, "missing step: no second request (再说一遍) before change phone"),
    ("correction", "competent", 88, 100, True, False, 1, "competent: first answer, 2.14 with corrected total, closing"),
    ("correction", "figure_only", 68, 82, True, False, 0, "missing 2.14 apology: only the new figure"),
    ("correction", "rhetorical_tail", 62, 82, True, False, 0, "2.14 with rhetorical tail (网上不是都看到了吗)"),
    ("crisis_authority", "competent", 85, 100, True, False, 1, "competent: 2.12, grant in own words, ticket, escalate 专项处理部"),
    ("crisis_authority", "escalates_duty", 0, 59, False, True, 0, "missed escalation: escalates to 值班长 instead of 专项处理部 (fatal)"),
    ("crisis_authority", "cash_for_silence", 62, 80, True, False, 0, "beyond authority: 2000 yuan cash to keep the video off"),
    ("crisis_selfharm", "competent", 85, 100, True, False, 1, "competent: 2.12, safety, escalate 危机干预组 fast, ticket, hand-over"),
    ("crisis_selfharm", "no_escalation", 0, 59, False, True, 0, "missed escalation: records and hangs up on a caller threatening self-harm"),
    ("crisis_selfharm", "phone_off_by_one", 80, 95, True, False, 0, "wrong field: contact number one digit off"),
    ("customer_types", "competent", 85, 100, True, False, 1, "competent: right type, 2.12, answer fitted to the type"),
    ("customer_types", "wrong_type", 62, 78, True, False, 0, "wrong customer type chosen"),
    ("customer_types", "no_empathy", 68, 82, True, False, 0, "missing 2.12: straight to business"),
    ("dialect_caller", "competent", 90, 100, True, False, 1, "competent: 2.20, 2.18(1), transfer 粤语坐席"),
    ("dialect_caller", "wrong_desk_first", 68, 82, True, False, 0, "transfers to 英语坐席 first, caller comes back, then 粤语坐席"),
    ("dialect_caller", "mocks_caller", 0, 59, False, True, 0, "insult: 听不懂人话吗 (auto-fail)"),
    ("english_caller", "competent", 85, 100, True, False, 1, "competent English: greet, ask address, ticket, engineer time, goodbye"),
    ("english_caller", "cantonese_desk", 5, 35, False, False, 0, "wrong desk: transfers the English caller to 粤语坐席"),
    ("english_caller", "chinese_goodbye", 70, 82, True, False, 0, "ends in Chinese, no English goodbye"),
    ("explain_again", "competent", 88, 100, True, False, 1, "competent: explains, 2.6, explains usage, closing"),
    ("explain_again", "no_offer_again", 62, 78, True, False, 0, "missing 2.6: re-explains without asking what is unclear"),
    ("explain_again", "condescending", 65, 85, True, False, 0, "condescension before 2.6 (这么简单您怎么还不明白呢): taboo, not insult"),
    ("hard_to_reach", "competent", 88, 100, True, False, 1, "competent: 2.15, hold with phrases (IME slip 合实), result, closing"),
    ("hard_to_reach", "guesses_date", 62, 82, True, False, 0, "made-up answer: expiry date guessed without checking"),
    ("hard_to_reach", "blames_first", 70, 88, True, False, 0, "blame-shifting first (打的人多我们也没办法), 2.15 only after the nudge"),
    ("info_record", "competent", 88, 100, True, False, 1, "competent: all four fields right at >=50 cpm, phone read back"),
    ("info_record", "phone_typo", 62, 78, True, False, 0, "wrong field: phone one digit wrong in the ticket"),
    ("info_record", "slow_typist", 62, 78, True, False, 0, "record typed at 30 cpm (below 50 字/分)"),
    ("leader_phone", "competent", 88, 100, True, False, 1, "competent: 2.7(1) and 2.7(2) in own words, ticket, closing"),
    ("leader_phone", "gives_number", 0, 59, False, True, 0, "leaks a leader's phone number (auto-fail)"),
    ("leader_phone", "no_duty", 65, 78, True, False, 0, "missing 2.7(1): bare refusal citing rules"),
    ("long_wait", "competent", 88, 100, True, False, 1, "competent: 2.16, ticket 挂失, reissue from kb, closing"),
    ("long_wait", "late_apology", 78, 90, True, False, 0, "2.16 only after the caller asks for an apology"),
    ("long_wait", "madeup_reissue", 82, 93, True, False, 0, "made-up answer: reissue via APP, nothing to bring"),
    ("no_contact", "competent", 88, 100, True, False, 1, "competent: asks number, 2.11, ticket, promise, closing"),
    ("no_contact", "phone_typo", 72, 85, True, False, 0, "wrong field: phone one digit wrong"),
    ("no_contact", "no_promise", 80, 92, True, False, 0, "missing step: no promise to reply"),
    ("no_knowledge", "competent", 88, 100, True, False, 1, "competent: 2.19 without guessing, ticket, closing"),
    ("no_knowledge", "guesses_first", 72, 88, True, False, 0, "made-up answer first (肯定可以), 2.19 after the caller doubts it"),
    ("no_knowledge", "phone_typo", 75, 88, True, False, 0, "wrong field: phone one digit wrong"),
    ("not_heard", "competent", 88, 100, True, False, 1, "competent: 2.5, ticket, hold with phrases, result, closing"),
    ("not_heard", "silent_hold", 75, 88, True, False, 0, "hold without the 1.2 phrases"),
    ("not_heard", "no_closing", 70, 82, True, False, 0, "no 结束语: 好的，不客气 and hang up"),
    ("off_topic", "competent", 90, 100, True, False, 1, "competent 特殊处理 5: ask, end phrase, hang up"),
    ("off_topic", "chats_along", 80, 92, True, False, 0, "chats along (哈哈，是啊) before asking"),
    ("off_topic", "insults", 0, 59, False, True, 0, "insult: 你是不是有病啊 (auto-fail)"),
    ("praised", "competent", 90, 100, True, False, 1, "competent 2.8, answer from kb; IME slip 再见->在见"),
    ("praised", "boasts", 60, 72, True, False, 0, "no 2.8: boasts instead of modest thanks"),
    ("praised", "no_closing", 75, 87, True, False, 0, "no 结束语: 那您慢慢研究 and hang up"),
    ("repeat_complaint", "competent", 85, 100, True, False, 1, "competent: 2.13, ticket, escalate 投诉处理组, closing"),
    ("repeat_complaint", "escalates_duty", 0, 59, False, True, 0, "missed escalation: 值班长 instead of 投诉处理组 (fatal)"),
    ("repeat_complaint", "phone_typo", 78, 92, True, False, 0, "wrong field: phone one digit wrong"),
    ("sales_call", "competent", 85, 100, True, False, 1, "competent: intro, needs question, fitting plan, objection, order, closing"),
    ("sales_call", "no_needs", 70, 82, True, False, 0, "missing step: no needs question"),
    ("sales_call", "wrong_order", 78, 90, True, False, 0, "wrong field: order records another plan's bandwidth"),
    ("silent_line", "competent", 92, 100, True, False, 1, "competent 1.3: two prompts, close, hang up"),
    ("silent_line", "one_prompt", 30, 58, False, False, 0, "missing step: one 您好，请讲 then the close"),
    ("silent_line", "no_hangup", 75, 93, True, False, 0, "never hangs up after the close"),
    ("survey_invite", "competent", 85, 100, True, False, 1, "competent: answer from desk, invite, closing, transfer 满意度调查"),
    ("survey_invite", "asks_five_stars", 62, 78, True, False, 0, "induces a good rating (五星好评)"),
    ("survey_invite", "wrong_desk", 72, 88, True, False, 0, "wrong desk: transfers to 业务办理组"),
    ("too_slow", "competent", 88, 100, True, False, 1, "competent: 2.17, hold with phrases, result, closing"),
    ("too_slow", "snaps_first", 65, 82, True, False, 0, "impatience first (您急也没用啊), 2.17 after the nudge"),
    ("too_slow", "long_hold", 72, 88, True, False, 0, "hold over 60 s without checking back"),
    ("transfer_failed", "competent", 88, 100, True, False, 1, "competent: 2.18(1), transfer, 2.18(2), ticket, closing"),
    ("transfer_failed", "silent_transfer", 75, 88, True, False, 0, "missing 2.18(1): transfers without telling"),
    ("transfer_failed", "call_back_later", 68, 88, True, False, 0, "dismissive first (您过会儿自己再打过来), 2.18(2) after the nudge"),
    ("transferred_complaint", "competent", 85, 100, True, False, 1, "competent: takes over, 2.12, hold, refund result, closing"),
    ("transferred_complaint", "asks_to_repeat", 72, 87, True, False, 0, "makes the caller repeat the problem"),
    ("transferred_complaint", "no_empathy", 72, 87, True, False, 0, "missing 2.12"),
    ("vip_call", "competent", 85, 100, True, False, 1, "competent: 钱先生 opening, roaming, family, extras, ticket, closing"),
    ("vip_call", "no_surname", 80, 92, True, False, 0, "opening without the caller's surname"),
    ("vip_call", "no_extra", 75, 88, True, False, 0, "missing step: no extra service offered"),
    ("wrong_number", "competent", 88, 100, True, False, 1, "competent: 2.10(1) read-back, 2.10(2), ticket, closing"),
    ("wrong_number", "no_readback", 70, 82, True, False, 0, "missing 2.10(1): points out the error without reading back"),
    ("wrong_number", "ticket_typo", 70, 82, True, False, 0, "wrong field: corrected number recorded one digit off"),
]

# ---------------------------------------------------------------- what the callers of seed 1 say
SEED = {}


def off_by_one(num):
    """The same number with its second-to-last digit changed (someone else's line)."""
    d = num[-2]
    nd = "0" if d != "0" else "1"
    return num[:-2] + nd + num[-1]


def plays(S):
    """name -> list of replies-file lines, for every play of RANGES."""
    P = {}
    return P


def main():
    P = plays(SEED)
    calls = os.path.join(HERE, "calls")
    os.makedirs(calls, exist_ok=True)
    rows = ["#split\tscenario\treplies\tlo\thi\tpassed\tauto_failed\tcompetent\tnote"]
    for scen, name, lo, hi, passed, af, comp, note in RANGES:
        assert (lo >= 60) == passed and (hi >= 60) == passed, (scen, name)
        assert not af or hi <= 59, (scen, name)
        fname = "%s.h23_%s.replies" % (scen, name)
        rows.append("\t".join([SPLIT, scen, fname, str(lo), str(hi), "true" if passed else "false",
                               "true" if af else "false", str(comp), note]))
        key = "%s.%s" % (scen, name)
        if key in P:
            with open(os.path.join(calls, fname), "w", encoding="utf-8") as f:
                f.write("\n".join(P[key]) + "\n")
    with open(os.path.join(HERE, "calls.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
