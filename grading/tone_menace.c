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

#include <string.h>

/* Does the reply open a threat before clause a: 你等着 / 你给我等着, 走着瞧, 等着瞧, 给我小心点? 2 for a
 * wait asked with the polite 您 (您等着), which may be a hold. */
static int threat_opened(scan *sc, size_t a)
{
    static const char *const open[] = { "走着瞧", "等着瞧", "小心点", "当心点", "给我小心", "你给我小心", "有你好看",
                                        /* insult32: south-western 等到起 / 等倒起, 你给我记住, a dare (有种 …) */
                                        "等到起", "等倒起", "给我记住", "有种", NULL };
    const cs_words *w = sc->w;
    for (size_t k = 0; k < a && k < w->n; k++) {
        if (in(sc, k, open)) return 1;
        if (in(sc, k, (list){ "等到", "等倒", NULL }) && k + 1 < a && tone_is(sc, k + 1, "起")) return 1;   /* 等到/起 */
        /* 你等着 / 你给我等着 (等 着 cut in two): the wait said to the caller */
        int wait = tone_is(sc, k, "等着") || (tone_is(sc, k, "等") && k + 1 < a && tone_is(sc, k + 1, "着"));
        if (wait && k > 1 && tone_is(sc, k - 1, "我") && tone_is(sc, k - 2, "给")) return 1;
        if (wait && k > 0 && in(sc, k - 1, &SECOND)) return tone_is(sc, k - 1, "您") ? 2 : 1;
    }
    return 0;
}

/* insult32: 你等着，我查得到你家住址 / 走着瞧，你单位在哪我找得到 / 侬等着，我寻得到侬屋里 / 你等着，我们有你的住址: after a
 * threat's opening (threat_opened), a clause names where the caller lives or works, or their kin (the caller's word
 * then 家, 屋, 住址, 单位, 孩子 …, or 住哪 / 在哪) with the agent knowing or finding it (知道, 晓得, 查得到, 找得到, 有 …).
 * Held over the caller, a threat in the trainee's own words (贵阳 T-GSOCCIA 001—2020 §二(四) 4.2). 您等着，我查得到您家
 * 地址，师傅马上上门 is a hold with the errand after (opened 2 and more said); a clause naming someone else as the one
 * who knows (维修师傅知道您家在哪) holds no agent. */
static int details_held(scan *sc, size_t a, size_t b)
{
    static const char *const you[] = { "你们", "您们", "你", "您", "侬", "恁", NULL };
    static const char *const place[] = { "家", "屋", "住址", "地址", "住的", "住哪", "住在", "在哪", "单位", "公司", "学校",
                                         "上班", "门牌", "孩子", "娃", "老婆", "老公", "爸", "妈", "身份证", NULL };
    static const char *const find_it[] = { "知道", "晓得", "清楚", "查得到", "查到", "查得出", "一查", "找得到", "找到", "寻得到",
                                           "寻到", "摸得到", "摸清", "我有", "们有", "都有", "这儿有", "这里有", "有你", "有侬",
                                           "发到网上", "挂到网上", "曝光", NULL };
    int opened = threat_opened(sc, a);
    if (!opened || (opened == 2 && b < sc->w->n)) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *at = NULL;
    for (const char *p = tone_earliest(s, you, &len); p && !at; p = tone_earliest(p + len, you, &len)) {
        const char *q = p + len;
        if (strncmp(q, "的", strlen("的")) == 0) q += strlen("的");
        if (tone_after_any(q, place)) at = p;
    }
    if (!at || !tone_holds(s, find_it)) return 0;
    /* someone else knows or finds it (师傅知道您家在哪): not the agent's hold over the caller */
    if (!tone_agent_in(sc, a, b) && !tone_holds(s, (list){ "一查", "都有", "这儿有", "这里有", "有你", "有侬", "发到网上",
                                                           "挂到网上", "曝光", NULL }))
        return 0;
    size_t k = tone_word_of(sc, a, b, s, at);
    return tone_hit(sc, "threat", "威胁客户", k, k, k);
}

/* 我可知道你们家住哪栋楼: 知道, the caller (or theirs) right after, then where (哪, 哪个, 哪儿, 哪里) within a
 * few words, the clause coming after a threat's opening (threat_opened). 我知道您孩子在哪个班了，这就请班
 * 主任给您回电话 opens no threat: a desk that knows where to send help; nor does 您等着 with more said
 * after the clause. */
int tone_whereabouts_known(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    static const uint_least32_t where_char[] = U"哪";
    if (!tone_may_hold_n(sc, a, b, where_char, 1)) return details_held(sc, a, b);
    static const char *const where[] = { "哪", "哪个", "哪儿", "哪里", "在哪", "住哪", "在哪儿", "在哪里", "住哪儿", "哪家", NULL };
    for (size_t k = find(sc, a, b, (list){ "知道", NULL }); k + 2 < b; k = find(sc, k + 1, b, (list){ "知道", NULL })) {
        if (!in(sc, k + 1, &SECOND) && !in(sc, k + 1, (list){ "你家", "您家", "你们家", "你的", NULL })) continue;
        size_t at = find(sc, k + 2, tone_upto(b, k + 6), where);
        int opened = threat_opened(sc, a);
        /* 您等着，我知道您家在哪个小区，师傅马上过去: a polite wait with the errand after is a hold */
        if (at == NONE || !opened || (opened == 2 && b < sc->w->n)) continue;
        return tone_hit(sc, "threat", "威胁客户", k, at, k);
    }
    return details_held(sc, a, b);
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
