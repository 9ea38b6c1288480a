/* Helper fix34b's classes of review34's findings (own rows with innocent twins first in
 * tests/data/tone_more/fix34b.tsv, tests/cli/test_fix34b.sh). They extend the shared comfort reading of the
 * clause (cs_words_comfort_clause, tone_fix33b.c), which the tone model's text leaves out (phrase_match.c
 * model_text) and which now overrules a clause rule's non-insult hit too (phrase_match.c scan_tone), so that the
 * rules and the model read a caring clause alike:
 *
 *   care instruction   the caller told not to come to harm (别着凉, 千万别摔着, 别饿着) or, when the reply is about
 *                      medicine, not to stop or change it on their own (别自己停, 不要擅自减量): care as 贵阳
 *                      T-GSOCCIA 001—2020 §二(二) 2.13 asks the agent to show; the model reads 别 + 自己 / 别着 as the
 *                      您自己看着办 and 别X了 it learnt.
 *   step warned        the caller warned off repeating a step on a machine (别重复点, 不要反复刷卡): care for their money.
 *   time given         the agent saying there is no hurry (我们不赶时间, 咱不着急): 贵阳 §二(二) 2.12 (请您不要着急).
 *   state guessed      a guess at what is wrong with the caller's thing (您那个助听器没电了吧) with the agent's offer
 *                      after it (我让志愿者给您送电池过去): help, §二(二) 2.16; the model reads 没…了吧 as a jab.
 *   question eased     a question at the caller (您是第一次进藏吗？ / 您是不是又忘了按那个键了？) answered at once by
 *                      reassurance (没事儿, 不用担心, 如果是的话) and an offer of the agent's (我再教您一遍, 我把注意事项发给
 *                      您): help offered, §二(二) 2.12 and 2.16, not the 您是第一次用手机吗 condescension, which has
 *                      no reassurance and offer after it, nor scorn in the question (又没带脑子, 这都不会).
 *
 * And one rule (registered in tone_rules.c):
 *   text_scorned       what the caller wrote, sent or said called 什么东西 / 什么玩意儿 (你这写的什么东西 / 您这发的是
 *                      啥玩意儿) with the agent turning it away in the next clause (我转不了, 看不懂) and no request or
 *                      offer there: contempt for the caller's text, 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳
 *                      §二(三)6. Not 您寄的是什么东西？ (no 这, a real question), not 您这拍的是什么东西，我看不太清，麻烦
 *                      您再拍一张 (a request after it).
 * None of them clears an insult: a hit that names the caller stays with its rule (§二(二) 2.1 / §二(四) 4.2). */
#include "tone_readings.h"
#include "tone_scan.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* Particles that may close a clause after what decides it. */
static list CLOSE = { "了", "啦", "的", "啊", "呀", "哈", "哦", "喔", "嘛", "呢", "咯", "哟", "嘞", "儿", "！", "!", "。",
                      NULL };

/* The rest of s after one of l at its start, or s itself when none starts it. */
static const char *skip_one(const char *s, const char *const *l)
{
    const char *r = tone_after_any(s, l);
    return r ? r : s;
}

/* The rest of s after any run of the words of l at its start. */
static const char *skip_all(const char *s, const char *const *l)
{
    const char *r;
    while ((r = tone_after_any(s, l))) s = r;
    return s;
}

/* The first word of clause c, or w->n. */
static size_t clause_first(const cs_words *w, size_t c)
{
    size_t i = 0;
    while (i < w->n && w->v[i].clause != c) i++;
    return i;
}

/* The word after the last of clause c (from its first word i). */
static size_t clause_end(const cs_words *w, size_t i, size_t c)
{
    while (i < w->n && w->v[i].clause == c) i++;
    return i;
}

/* Does any clause of the reply hold one of l? Each clause read whole (tone_words_hold), however long: a
 * 192-byte copy skipped a long clause, so scorn in a long paste did not block the care reading (taboo35). */
static int reply_holds(const cs_words *w, const char *const *l)
{
    const scan sc = { .w = w };
    for (size_t i = 0; i < w->n;) {
        size_t e = clause_end(w, i, w->v[i].clause);
        if (tone_words_hold(&sc, i, e, l)) return 1;
        i = e;
    }
    return 0;
}

/* Scorn or a jab that no care clears (又没带脑子, 这都不会, 每次都忘, 那破手机, 烦不烦, 给你上一课): a reply holding one
 * anywhere is judged, every clause of it. */
static list SCORN = { "脑子", "脑袋", "笨", "傻", "蠢", "这都", "连这", "还不会", "还不懂", "到底", "每次", "老是", "总是",
                      "几遍", "多少遍", "多少次", "几次", "活该", "废", "烦", "有病", "眼瞎", "记性", "破", "烂", "瞎", "垃圾",
                      "服了", "上1课", "上课", "教训", "长记性", "死", "找我们", "怪我们", "别找", "关我", "管不着", "可不管",
                      "不管", "真是的", "又来", NULL };

/* ---- care instruction ---- */

/* A reply about medicine: the drug or its course named (抗生素要吃满七天, 胰岛素开了封…). */
static list MEDICINE = { "药", "抗生素", "胰岛素", "激素", "片", "胶囊", "针剂", "打针", "疗程", "医嘱", "医生", "剂量", "疫苗",
                         NULL };

/* 您出门千万别着凉 / 别摔着了 / 降压药别自己停: the clause, opened at most by the caller and an adverb of urging,
 * tells the caller not to come to harm, closing there. */
static int care_instruction(const cs_words *w, const char *s)
{
    static list lead = { "您", "你", "出门", "路上", "晚上", "一定", "千万", "可千万", "可", "也", "记得", "注意", "还是", "就",
                         NULL };
    static list dont = { "别", "不要", "莫", "不能", "甭", NULL };
    static list harm = { "着凉", "受凉", "冻着", "冻到", "感冒", "摔着", "摔倒", "摔了", "累着", "累坏", "饿着", "饿肚子", "渴着",
                         "晒着", "晒伤", "中暑", "磕着", "碰着", "烫着", "淋雨", "淋着", "熬夜", "空腹", "硬撑", "逞强", "冻坏",
                         "受伤", "伤着", "闪着腰", "闪了腰", NULL };
    /* 别自己停 / 不要擅自减量: a change of medicine, care only where the reply is about medicine */
    static list drug_change = { "自己停", "自己减", "自己加", "自己换", "擅自停", "擅自减", "擅自加", "擅自换", "随便停", "随便减",
                                "随便加", "停药", "断药", "减药", NULL };
    const char *p = tone_after_any(skip_all(s, lead), dont);
    if (!p) return 0;
    const char *r = tone_after_any(p, harm);
    if (r && tone_only_of(r, CLOSE)) return 1;
    r = tone_after_any(p, drug_change);
    return r && tone_only_of(skip_all(r, (list){ "药", "量", NULL }), CLOSE) && reply_holds(w, MEDICINE);
}

/* 别重复点 / 不要反复刷卡: the caller warned off repeating a step on a machine (a double charge, a locked card), the
 * clause closing on the step — care for the caller's money, not 别重复了 (the caller's speech, no step named). */
static int step_warned(const char *s)
{
    static list lead = { "您", "你", "千万", "一定", "可", "先", "也", NULL };
    static list dont = { "别", "不要", "莫", "不用", NULL };
    static list again = { "重复", "反复", "多次", "连续", "来回", NULL };
    static list step = { "点击", "点", "按键", "按", "刷卡", "刷脸", "刷", "扫码", "扫", "提交", "付款", "支付", "下单", "转账",
                         "充值", "输入", "插卡", "操作", NULL };
    const char *p = tone_after_any(skip_all(s, lead), dont);
    if (!p || !(p = tone_after_any(p, again)) || !(p = tone_after_any(p, step))) return 0;
    return tone_only_of(skip_all(p, (list){ "了", "啊", "哦", "哈", "呀", "1下", "1次", NULL }), CLOSE);
}

/* ---- time given ---- */

/* 我们不赶时间 / 咱不着急 / 不急的: the agent (or nobody) in no hurry, the whole clause. */
static int time_given(const char *s)
{
    static list ours = { "我们", "咱们", "咱", "我", "这边", NULL };
    static list calm = { "不赶时间", "不赶", "不着急", "不急", "有的是时间", "时间有的是", "时间够", "时间充裕", "慢慢来", NULL };
    const char *r = tone_after_any(skip_all(skip_one(s, (list){ "您放心", NULL }), ours), calm);
    return r && tone_only_of(r, CLOSE);
}

/* 我再教您一遍 / 我把高原注意事项发给您 / 我一步一步带您: the agent doing something for the caller, no refusal. */
static int agent_offer(const char *s)
{
    static list lead = { "那", "那么", "这样", "这样吧", NULL };
    static list agent = { "我们", "咱们", "我", "咱", NULL };
    static list act = { "教", "发", "带", "帮", "给您", "给你", "俾您", "俾你", "介绍", "送", "查", "办", "讲", "陪", "演示", "处理",
                        "重新", "补", "说给", "念给", "告诉", "跟您说", "跟你说", "给您讲", "跟您讲", "安排", "转", "联系", NULL };
    static list refuse = { "不", "没", "别", "甭", "懒得", NULL };
    if (!tone_after_any(skip_all(s, lead), agent) || tone_holds(s, refuse)) return 0;
    return tone_holds(s, act);
}

/* ---- state guessed ---- */

/* 您那个助听器没电了吧，我让志愿者给您送电池 / 卡是不是欠费了吧，我帮您查: a guess at what is wrong with the caller's
 * thing (没电, 欠费, 过期 …), the clause closing on 了吧, the caller named at most as its owner (您那个, 您的, 您家), and
 * the agent's offer in the next clause. Not 你没电了吧 (the caller as the thing), nor with scorn (脑子坏了吧). */
static int state_guessed(const cs_words *w, size_t c, const char *s)
{
    static list state = { "没电", "没信号", "没网", "断网", "欠费", "停机", "坏了", "过期", "到期", "没油", "没气", "没墨", "卡住",
                          "死机", "没声", "静音", "没开", "关机", "没插", "松了", "掉线", NULL };
    static list owner = { "您那个", "你那个", "您这个", "你这个", "您的", "你的", "您家", "你家", "您那", "你那", NULL };
    size_t len = 0;
    const char *at = tone_earliest(s, state, &len);
    if (!at || at == s || !tone_only_of(at + len, (list){ "了吧", "吧", "了", NULL })) return 0;
    if (!tone_holds(at + len, (list){ "吧", NULL })) return 0;
    /* before the state: a thing, the caller only as its owner */
    const char *p = skip_one(s, owner);
    for (const char *q = p; q < at; cs_utf8_next(&q))
        if (strncmp(q, "您", strlen("您")) == 0 || strncmp(q, "你", strlen("你")) == 0) return 0;
    if (p == at) return 0;
    if (c + 1 >= w->n_clauses) return 0;
    size_t i = clause_first(w, c + 1);
    /* the next clause spelled whole (a 192-byte copy left a long one unread, taboo35) */
    char *next = i < w->n ? cs_words_spelled(w, i, c + 1) : NULL;
    int offered = next && agent_offer(next);
    free(next);
    return offered;
}

int cs_words_care_clause(const cs_words *w, size_t i, size_t j)
{
    if (i >= j || reply_holds(w, SCORN)) return 0;
    size_t c = w->v[i].clause;
    /* (question_eased — 您是第一次…吗？没事儿，我教您 — withdrawn before the final CI of stop 34: it cleared scorn dressed
     * the same way, 你自己不会看说明书吗？没事，我发给你 — final34b #4; the code is in git history, fix34b) */
    char s[192];
    if (!cs_words_spell(w, i, c, s, sizeof s) || tone_holds(s, SCORN)) return 0;
    if (state_guessed(w, c, s)) return 1;   /* (了吧 may mark the clause a question) */
    if (w->question && w->question[c]) return 0;
    return care_instruction(w, s) || step_warned(s) || time_given(s);
}

/* ---- text_scorned: withdrawn ---- */

/* text_scorned (你这写的什么东西，我转不了) was withdrawn before the final CI of stop 34: it flagged a polite request to
 * resend (您这拍的是什么东西，我看不太清，麻烦您再拍一张) and a courier's question (您这寄的是什么东西？) — final34b #6.
 * The code is in git history (fix34b); its rude rows are open in tests/data/tone_more/fix34b.tsv. */
