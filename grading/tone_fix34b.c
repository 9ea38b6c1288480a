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
 *   time given         the agent saying there is no hurry (我们不赶时间, 咱不着急): 贵阳 §二(二) 2.12 (请您不要着急).
 *   question eased     a question at the caller (您是第一次进藏吗？ / 您是不是又忘了按那个键了？) answered at once by
 *                      reassurance (没事儿, 不用担心, 如果是的话) and an offer of the agent's (我再教您一遍, 我把注意事项发给
 *                      您): help offered, §二(二) 2.12 and 2.16, not the 您是第一次用手机吗 condescension, which has
 *                      no reassurance and offer after it, nor scorn in the question (又没带脑子, 这都不会).
 * None of them clears an insult: a hit that names the caller stays with its rule (§二(二) 2.1 / §二(四) 4.2). */
#include "tone_readings.h"
#include "tone_scan.h"
#include "words.h"

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

/* Clause c spelled into s (0 when there is none or it does not fit). */
static int clause_spelled(const cs_words *w, size_t c, char *s, size_t n)
{
    size_t i = clause_first(w, c);
    return i < w->n && cs_words_spell(w, i, c, s, n);
}

/* Does any clause of the reply hold one of l? */
static int reply_holds(const cs_words *w, const char *const *l)
{
    char s[192];
    for (size_t c = 0; c < w->n_clauses; c++)
        if (clause_spelled(w, c, s, sizeof s) && tone_holds(s, l)) return 1;
    return 0;
}

/* Scorn or a jab that no care clears (又没带脑子, 这都不会, 每次都忘): such a clause is judged. */
static list SCORN = { "脑子", "脑袋", "笨", "傻", "蠢", "这都", "连这", "还不会", "还不懂", "到底", "每次", "老是", "总是",
                      "几遍", "多少遍", "多少次", "几次", "活该", "废", "烦", "有病", "眼瞎", "记性", NULL };

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

/* ---- time given ---- */

/* 我们不赶时间 / 咱不着急 / 不急的: the agent (or nobody) in no hurry, the whole clause. */
static int time_given(const char *s)
{
    static list ours = { "我们", "咱们", "咱", "我", "这边", NULL };
    static list calm = { "不赶时间", "不赶", "不着急", "不急", "有的是时间", "时间有的是", "时间够", "时间充裕", "慢慢来", NULL };
    const char *r = tone_after_any(skip_all(skip_one(s, (list){ "您放心", NULL }), ours), calm);
    return r && tone_only_of(r, CLOSE);
}

/* ---- question eased ---- */

/* 没事儿 / 不用担心 / 如果是的话 / 如果係 (read 如果系): reassurance, or the question's yes taken up, opening a clause. */
static int reassures(const char *s)
{
    static list lead = { "哎", "哦", "嗯", "您", "你", "那", NULL };
    static list ease = { "没事儿", "没事", "没关系", "不要紧", "不碍事", "不用担心", "不用怕", "别担心", "别着急", "不用着急",
                         "不要担心", "不着急", "别怕", "没问题", "如果是的话", "如果是", "如果系", "如果係", "要是的话", "是的话",
                         "要是是的话", "要系", NULL };
    return tone_after_any(skip_all(s, lead), ease) != NULL;
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

/* Is clause c a question at the caller (您/你, no scorn), with reassurance in the next clause and the agent's offer
 * in it or the one after? */
static int question_eased(const cs_words *w, size_t c)
{
    char s[192], next[192], after[192];
    if (!w->question || !w->question[c] || c + 1 >= w->n_clauses) return 0;
    if (!clause_spelled(w, c, s, sizeof s) || !tone_holds(s, (list){ "您", "你", NULL }) || tone_holds(s, SCORN)) return 0;
    if (!clause_spelled(w, c + 1, next, sizeof next) || !reassures(next) || tone_holds(next, SCORN)) return 0;
    if (agent_offer(skip_all(next, (list){ "没事儿", "没事", "没关系", "不要紧", "如果是的话", "如果系", "如果是", NULL })))
        return 1;
    return c + 2 < w->n_clauses && clause_spelled(w, c + 2, after, sizeof after) && agent_offer(after);
}

int cs_words_care_clause(const cs_words *w, size_t i, size_t j)
{
    if (i >= j) return 0;
    size_t c = w->v[i].clause;
    if (question_eased(w, c)) return 1;
    if (w->question && w->question[c]) return 0;
    char s[192];
    if (!cs_words_spell(w, i, c, s, sizeof s) || tone_holds(s, SCORN)) return 0;
    return care_instruction(w, s) || time_given(s);
}
