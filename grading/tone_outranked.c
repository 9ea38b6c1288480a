/* The caller ranked below a small child, or likened to a lesser thing in dullness (own sentences in
 * tests/data/tone_more/fixin15.tsv):
 *
 *   child_outdoes   幼儿园的孩子都比您会填这张表 / 隔壁读二年级的娃也比你懂这个
 *   dull_as         你跟这台破机器一样笨 / 您像块木头似的呆
 *
 * The label rule of tests/data/eval/README.md names the caller ranked with a child or a beast a
 * demeaning comparison: an insult, which fails the call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语,
 * §二(四) 4.2). A beast so ranked is tone_insult.c's below_beast; a fixed 都比你聪明 is in
 * assets/taboo.txt. */
#include "tone_scan.h"

/* a small child, the one the caller is ranked below */
static const char *const CHILD[] = { "小学生", "小孩", "小孩子", "孩子", "三岁小孩", "3岁小孩", "小朋友", "幼儿园", "娃",
                                     "小娃", "娃娃", "小屁孩", "幼儿", "初中生", "学生娃", NULL };

/* Does word k open with a word of knowing how (会填, 懂操作, 强, 明白; the lexicon glues some to the
 * verb after)? */
static int knows_how(scan *sc, size_t k)
{
    static const char *const can[] = { "会", "懂", "强", "聪明", "明白", "清楚", "灵光", "机灵", "利索", "能干", "在行",
                                       "厉害", "懂事", NULL };
    const char *x = tone_word(sc, k);
    for (size_t m = 0; can[m]; m++)
        if (strncmp(x, can[m], strlen(can[m])) == 0) return 1;
    return 0;
}

/* 幼儿园的孩子都比您会填这张表: a child, then 都/也/还 比 and the caller, then knowing how — in one
 * clause. Not 小学生都比大人会用平板 (no caller ranked), not 您家孩子都比您会用了 (the caller's own
 * child, a family remark), not 小学生不一定比您会 (denied). */
int tone_child_outdoes(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"比");
    for (size_t c = find(sc, a, b, (list){ "比", NULL }); c + 2 < b; c = find(sc, c + 1, b, (list){ "比", NULL })) {
        if (c < a + 2 || !in(sc, c + 1, &SECOND) || !in(sc, c - 1, (list){ "都", "也", "还", "全都", NULL })) continue;
        size_t kid = find(sc, a, c - 1, CHILD);
        if (kid == NONE || find(sc, a, kid, &SECOND) < kid || find(sc, kid, c, &NEG) < c) continue;
        size_t how = c + 2;
        if (in(sc, how, (list){ "还", "更", "都", NULL }) && how + 1 < b) how++;
        if (!knows_how(sc, how)) continue;
        return tone_hit(sc, "belittle", "贬低客户（不如小孩）", kid, how, c + 1);
    }
    return 0;
}

/* 你跟这台破机器一样笨 / 您像块木头似的呆: the caller likened to something (跟/像/和 … 一样/似的/般) and then
 * a word of a dull mind said of them — an attack on the caller's mind whatever they are likened to (the
 * label rule's 笨, 傻, 蠢). 您跟年轻人一样不笨 denies it; 跟您一样的情况 likens no mind. */
int tone_dull_as(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    static list like = { "跟", "像", "和", "好像", "就像", "活像", NULL };
    static list as = { "一样", "1样", "似的", "一般", "1般", "样", NULL };
    for (size_t you = find(sc, a, b, &SECOND); you + 3 < b; you = find(sc, you + 1, b, &SECOND)) {
        size_t l = find(sc, you + 1, tone_upto(b, you + 3), like);
        if (l == NONE) continue;
        size_t e = find(sc, l + 2, tone_upto(b, l + 8), as);
        if (e == NONE || e + 1 >= b) continue;
        size_t d = e + 1;
        if (in(sc, d, (list){ "那么", "这么", "的", "地", NULL }) && d + 1 < b) d++;
        if (!in(sc, d, &DULL)) continue;
        return tone_hit(sc, "belittle", "贬低客户", you, d, d);
    }
    return 0;
}
