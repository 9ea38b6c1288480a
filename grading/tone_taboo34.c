/* Helper taboo34: 禁忌语 and false flags of the Changsha/Nanchang medical and Shenzhen/Dongguan estate desks, read by
 * structure and stance (own sentences with innocent twins in tests/data/tone_more/taboo34.tsv).
 *
 *   sense referred  a weak sense (耳朵, 眼睛, 听力) named in a plain statement and met in a later clause by a step of
 *                   medical care (挂耳鼻喉科, 去医院查一下, 配助听器): a nurse's advice about someone's hearing, not the
 *                   caller's ear called useless (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 fails the call only for words AT
 *                   the caller) — not with a rebuke in the clause (你耳朵聋了吗 / 耳朵聋就别打), not a sneer (去治治) */
#include "tone_scan.h"
#include "grading_util.h"

#include <string.h>

/* The joined text of clause c, or "" when it does not fit. */
static const char *clause_text(const cs_words *w, size_t c, char *buf, size_t cap)
{
    size_t f = 0;
    while (f < w->n && w->v[f].clause != c) f++;
    if (f >= w->n || !cs_words_spell(w, f, c, buf, cap)) buf[0] = '\0';
    return buf;
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
    char buf[192];
    const char *s = clause_text(w, c, buf, sizeof buf);
    if (!cs_g_holds_any(s, sense) || cs_g_holds_any(s, rebuke)) return 0;
    for (size_t k = 0; k < w->n; k++) {
        if (w->v[k].clause <= c || (k > 0 && w->v[k - 1].clause == w->v[k].clause)) continue;
        const char *t = clause_text(w, w->v[k].clause, buf, sizeof buf);
        if (cs_g_holds_any(t, sneer)) return 0;
        if (cs_g_holds_any(t, care)) return 1;
    }
    return 0;
}

/* Particles and marks that may close a clause after the deciding words. */
static list CLOSING = { "了", "啦", "啊", "呀", "哈", "嘞", "喽", "咯", "吧", "哦", "呢", "嘛", "的", "吗", "么", "哟", "噻",
                        "咧", "哩", "嘅", "啰", "？", "?", "！", "!", "。", NULL };

/* 房东不回你我有什么办法 / 我一个客服能做什么主 / 我们又能咋办: the rhetorical "what could I do" closing the clause,
 * the agent its subject within eight characters before it, the caller not between (我帮您看看有什么办法 is help), no
 * verb of looking for a way before it (想想 / 看看 / 问问 / 查查 / 找找 / 研究), not asked of the caller (您看…). */
int tone_helpless_shrug(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"法辙办样主决");
    static const char *const shrug[] = { "有什么办法", "有啥办法", "有咩办法", "有乜办法", "有什么法子", "有啥法子", "有什么辙",
                                         "有啥辙", "能怎么办", "能咋办", "能怎样", "能怎么样", "能咋样", "能做什么主",
                                         "能做啥主", "做得了什么主", "做得了啥主", "能决定什么", "能决定啥", NULL };
    static const char *const seek[] = { "想", "看", "问", "查", "找", "研究", "商量", "试", "帮", "替", "为", "给", "您", "你", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
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
