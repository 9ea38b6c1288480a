/* Helper taboo34: 禁忌语 and false flags of the Changsha/Nanchang medical and Shenzhen/Dongguan estate desks, read by
 * structure and stance (own sentences with innocent twins in tests/data/tone_more/taboo34.tsv).
 *
 *   sense referred  a weak sense (耳朵, 眼睛, 听力) named in a plain statement and met in a later clause by a step of
 *                   medical care (挂耳鼻喉科, 去医院查一下, 配助听器): a nurse's advice about someone's hearing, not the
 *                   caller's ear called useless (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 fails the call only for words AT
 *                   the caller) — not with a rebuke in the clause (你耳朵聋了吗 / 耳朵聋就别打), not a sneer (去治治) */
#include "tone_scan.h"
#include "grading_util.h"

#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

/* Does clause c, its words spelled whole (cs_words_spelled: a long clause read to its end), hold one of stems? */
static int clause_holds(const cs_words *w, size_t c, const char *const *stems)
{
    size_t f = 0;
    while (f < w->n && w->v[f].clause != c) f++;
    if (f >= w->n) return 0;
    char *s = cs_words_spelled(w, f, c);
    int r = s && cs_g_holds_any(s, stems);
    free(s);
    return r;
}

int cs_words_sense_referred(const cs_words *w, size_t c)
{
    static const char *const sense[] = { "耳朵", "眼睛", "听力", "视力", "耳背", NULL };
    /* a rebuke or a question turns the sense on the caller (你耳朵聋了吗 / 耳朵聋就别打电话 / 眼睛怎么长的) */
    static const char *const rebuke[] = { "就", "还", "别", "怎么", "咋", "吗", "呢", "嘛", "啊", "呀", "吧", "？", "?", NULL };
    static const char *const care[] = { "挂号", "挂个", "挂耳", "挂眼", "科", "医院", "医生", "门诊", "就诊", "检查", "查一下",
                                        "查查", "助听器", "配眼镜", "验光", "复查", "体检", "看病", NULL };
    /* 去医院治治脑子 / 看看脑子: a sneer dressed as a referral */
    static const char *const sneer[] = { "治治", "脑子", "脑袋", "神经", "精神", NULL };
    if (!clause_holds(w, c, sense) || clause_holds(w, c, rebuke)) return 0;
    for (size_t k = 0; k < w->n; k++) {
        if (w->v[k].clause <= c || (k > 0 && w->v[k - 1].clause == w->v[k].clause)) continue;
        if (clause_holds(w, w->v[k].clause, sneer)) return 0;
        if (clause_holds(w, w->v[k].clause, care)) return 1;
    }
    return 0;
}

/* Particles and marks that may close a clause after the deciding words. */
static list CLOSING = { "了", "啦", "啊", "呀", "哈", "嘞", "喽", "咯", "吧", "哦", "呢", "嘛", "的", "吗", "么", "哟", "噻",
                        "咧", "哩", "嘅", "啰", "？", "?", "！", "!", "。", NULL };

/* 房东不回你我有什么办法 / 我一个客服能做什么主 / 我们又能咋办: the rhetorical "what could I do" closing the clause,
 * the agent its subject within eight characters before it, the caller not between (我帮您看看有什么办法 is help), no
 * verb of looking for a way before it (想想 / 看看 / 问问 / 查查 / 找找 / 研究), not asked of the caller (您看…). */
static int helpless_shrug_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const shrug[] = { "有什么办法", "有啥办法", "有咩办法", "有乜办法", "有什么法子", "有啥法子", "有什么辙",
                                         "有啥辙", "能怎么办", "能咋办", "能怎样", "能怎么样", "能咋样", "能做什么主",
                                         "能做啥主", "做得了什么主", "做得了啥主", "能决定什么", "能决定啥", NULL };
    static const char *const seek[] = { "想", "看", "问", "查", "找", "研究", "商量", "试", "帮", "替", "为", "给", "您", "你", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, shrug, &len);
    if (!p || !tone_only_of(p + len, CLOSING)) return 0;
    /* the agent: the last 我 / 咱 before the shrug, at most eight characters before it */
    const char *me = NULL;
    for (const char *q = s; q < p; q++)
        if (strncmp(q, "我", 3) == 0 || strncmp(q, "咱", 3) == 0) me = q;
    if (!me || p - me > 3 * 9) return 0;
    char between[64];
    size_t n = (size_t)(p - me);
    memcpy(between, me, n);
    between[n] = '\0';
    if (cs_g_holds_any(between, seek)) return 0;
    if (tone_holds_before(s, me, (list){ "您看", "你看", "您觉得", "你觉得", "请问", NULL })) return 0;
    return tone_hit_span(sc, "dismissive", "推诿（我有什么办法）", a, b, s, me, p + len);
}

/* tone_helpless_shrug_text over the words [a, b) joined whole: a long paste is read to its end. */
int tone_helpless_shrug(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"法辙办样主决");
    return tone_read_joined(sc, a, b, helpless_shrug_text);
}

/* 这个价你还嫌贵？ / 免费上门您还嫌麻烦啊 / 三天就到你还嫌慢: the caller's complaint (嫌 + one to four characters)
 * thrown back at them with 还, closing the clause — what they object to made out past reason (讽刺客户, 贵阳 §二(三)6;
 * 职业标准 三(一)2). Not a condition or a real question about it (您要是还嫌贵的话 / 您是不是还嫌贵), not with an apology,
 * help or understanding in the reply (您还嫌贵，我理解，我帮您申请个优惠). */
static int complaint_scoffed_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const scoff[] = { "你还嫌", "您还嫌", "你们还嫌", "侬还嫌", "你还要嫌", "您还要嫌", "你仲嫌", "您仲嫌",
                                         NULL };
    static const char *const cond[] = { "如果", "要是", "假如", "万一", "的话", "是不是", "是否", "会不会", "怕", "担心", NULL };
    static const char *const understood[] = { "理解", "明白您", "体谅", "抱歉", "对不起", "不好意思", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, scoff, &len);
    if (!p || tone_holds(s, cond)) return 0;
    const char *q = p + len;
    size_t n = 0;
    for (size_t step; *q && n < 4 && !tone_only_of(q, CLOSING); q += step, n++)
        if (!(step = cs_utf8_seq(q, strlen(q)))) step = 1;   /* a broken byte steps one, never past the NUL */
    if (n == 0 || !tone_only_of(q, CLOSING)) return 0;
    if (cs_words_help_after(sc->w, 0) || tone_words_hold(sc, 0, sc->w->n, understood)) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（…你还嫌…）", a, b, s, p, q);
}

/* tone_complaint_scoffed_text over the words [a, b) joined whole: a long paste is read to its end. */
int tone_complaint_scoffed(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"嫌");
    return tone_read_joined(sc, a, b, complaint_scoffed_text);
}

/* 哟，老板好大的口气啊 / 您架子不小嘛 / 好大的官威: the caller's airs mocked (口气, 架子, 派头, 官威, 威风 — how a person
 * carries themself, not 脾气, which a child or a pet has too; 口气 only in the idioms 好大的口气 / 口气不小, as 口气好大
 * may be breath), closing the clause, nothing before it but an interjection or the caller addressed (讽刺客户, 贵阳
 * §二(三)6; 职业标准 三(一)2) — not a thing's size (这个架子真大). */
static int airs_mocked_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const airs[] = { "好大的口气", "好大的架子", "好大的派头", "好大的官威", "好大的威风", "好大口气",
                                        "好大架子", "口气不小", "架子不小", "派头不小", "架子真大", "派头真大",
                                        "架子好大", "好大嘅口气", NULL };
    static const char *const address[] = { "哟", "呦", "嚯", "啧", "哎哟", "哎呦", "哇", "你", "您", "侬", "你这", "您这",
                                            "老板", "先生", "女士", "小姐", "大哥", "大姐", "靓仔", "靓女", "老兄", "兄弟",
                                            "阿姨", "大爷", "师傅", "这位", "可以啊", "行啊", "厉害", "真是", "还", "可", NULL };
    /* 架子 is also a rack's size (哇，好大的架子，这个货架…): only with the caller named (派头 names no thing) */
    static const char *const thing_too[] = { "架子", NULL };
    static const char *const caller[] = { "你", "您", "侬", "老板", "先生", "女士", "小姐", "大哥", "大姐", "靓仔", "靓女",
                                           "老兄", "兄弟", "阿姨", "大爷", "师傅", "这位", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, airs, &len);
    if (!p || !tone_only_of(p + len, CLOSING)) return 0;
    char pre[256], hit[64];   /* before it only interjections and an address, far shorter than pre */
    size_t n = (size_t)(p - s);
    if (n >= sizeof pre) return 0;
    memcpy(pre, s, n);
    pre[n] = '\0';
    if (!tone_only_of(pre, address)) return 0;
    memcpy(hit, p, len);
    hit[len] = '\0';
    if (tone_holds(hit, thing_too) && !tone_holds(pre, caller)) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（好大的口气）", a, b, s, p, p + len);
}

/* tone_airs_mocked_text over the words [a, b) joined whole: a long paste is read to its end. */
int tone_airs_mocked(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"大小");
    return tone_read_joined(sc, a, b, airs_mocked_text);
}
