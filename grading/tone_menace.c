/* The caller menaced with what the agent knows of them (own sentences in
 * tests/data/tone_more/fixin15.tsv):
 *
 *   whereabouts_known   你给我等着吧，我可知道你们家住哪栋楼 / 走着瞧，我知道你老婆在哪儿上班
 *   marked_down         给我小心点，你的手机号我已经记下了 / 走着瞧，你的名字我记下了
 *
 * A threat, retaliation against the caller, fails the call (贵阳 T-GSOCCIA 001—2020 §二(四) 4.2; the
 * eval README counts threats as insults). The fixed 知道你住哪 is in assets/taboo.txt; this is the
 * class: where the caller or their family is, said after a threat's opening. */
#include "tone_scan.h"

/* Does the reply open a threat before clause a: 你等着 / 你给我等着, 走着瞧, 等着瞧, 给我小心点? 2 for a
 * wait asked with the polite 您 (您等着), which may be a hold. */
static int threat_opened(scan *sc, size_t a)
{
    static const char *const open[] = { "走着瞧", "等着瞧", "小心点", "当心点", "给我小心", "你给我小心", "有你好看", NULL };
    const cs_words *w = sc->w;
    for (size_t k = 0; k < a && k < w->n; k++) {
        if (in(sc, k, open)) return 1;
        /* 你等着 / 你给我等着 (等 着 cut in two): the wait said to the caller */
        int wait = tone_is(sc, k, "等着") || (tone_is(sc, k, "等") && k + 1 < a && tone_is(sc, k + 1, "着"));
        if (wait && k > 1 && tone_is(sc, k - 1, "我") && tone_is(sc, k - 2, "给")) return 1;
        if (wait && k > 0 && in(sc, k - 1, &SECOND)) return tone_is(sc, k - 1, "您") ? 2 : 1;
    }
    return 0;
}

/* 我可知道你们家住哪栋楼: 知道, the caller (or theirs) right after, then where (哪, 哪个, 哪儿, 哪里) within a
 * few words, the clause coming after a threat's opening (threat_opened). 我知道您孩子在哪个班了，这就请班
 * 主任给您回电话 opens no threat: a desk that knows where to send help; nor does 您等着 with more said
 * after the clause. */
int tone_whereabouts_known(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"哪");
    static const char *const where[] = { "哪", "哪个", "哪儿", "哪里", "在哪", "住哪", "在哪儿", "在哪里", "住哪儿", "哪家", NULL };
    for (size_t k = find(sc, a, b, (list){ "知道", NULL }); k + 2 < b; k = find(sc, k + 1, b, (list){ "知道", NULL })) {
        if (!in(sc, k + 1, &SECOND) && !in(sc, k + 1, (list){ "你家", "您家", "你们家", "你的", NULL })) continue;
        size_t at = find(sc, k + 2, tone_upto(b, k + 6), where);
        int opened = threat_opened(sc, a);
        /* 您等着，我知道您家在哪个小区，师傅马上过去: a polite wait with the errand after is a hold */
        if (at == NONE || !opened || (opened == 2 && b < sc->w->n)) continue;
        return tone_hit(sc, "threat", "威胁客户", k, at, k);
    }
    return 0;
}

/* 给我小心点，你的手机号我已经记下了 / 走着瞧，你的名字我记下了: after a threat's opening (threat_opened), the agent
 * says they have marked down the caller's identity (记住 / 记下 / 记着 and 你的 + name, number, face…, in
 * either order in the clause) — held over the caller, a threat (贵阳 §二(四) 4.2). 您的号码我记下了，
 * 稍后给您回电 opens no threat; nor does 您等着 with more said after. */
int tone_marked_down(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"记");
    static const char *const mark[] = { "记住", "记下", "记着", "记下来", "记住了", "记下了", "记牢", NULL };
    static const char *const who[] = { "号码", "电话", "手机号", "名字", "姓名", "工号", "车牌", "车牌号", "长相", "声音", "地址",
                                       "身份证", "账号", "单号", "样子", NULL };
    size_t m = find(sc, a, b, mark);
    if (m == NONE) return 0;
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || you + 2 >= b || !tone_is(sc, you + 1, "的") || !in(sc, you + 2, who)) return 0;
    if (find(sc, a, b, &FIRST) == NONE) return 0;   /* the agent marks it down */
    int opened = threat_opened(sc, a);
    if (!opened || (opened == 2 && b < sc->w->n)) return 0;
    return tone_hit(sc, "threat", "威胁客户", you < m ? you : m, you < m ? m : you + 2, m);
}
