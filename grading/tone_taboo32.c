/* 禁忌语 that a new writer's trainees type in regional words or in polite dress, which the older rules read only in
 * their standard Mandarin wording (helper taboo32, own sentences with innocent twins in
 * tests/data/tone_more/taboo32.tsv):
 *
 *   know_shrug       "how would I know" as a set shrug of its own (鬼晓得 / 天知道 …, 你问我，我问谁); the agent's
 *                    我咋个晓得 with a regional question word is brush_off's (tone_dismiss.c), widened for it
 *   liability_denied our side denying any liability in any wording (我们平台不承担任何责任 / 本店不负任何责任 /
 *                    我们不背这个锅 / 我们是不予承担的): not a promise (我们会承担全部责任), not the caller spared
 *                    (您不用承担), not a charge (不承担运费); spared when help follows (tone_hit, a 推 label)
 *   self_handle      the caller sent to handle it themself (请自行联系当地邮局处理 / 请自行与卖家沟通处理): not an
 *                    option (您也可以自行…), not a step of the caller's own (请自行核对地址), nor with our help in the reply
 *   recall_thrown    the agent's own earlier words thrown back as a question (我刚才怎么跟您说的？/ 我之前啷个跟你讲的
 *                    嘛): not the agent looking for words (我该怎么跟您说呢), not a promise kept (我当时怎么承诺的，就怎么做)
 *   who_knows        which of us knows the trade (你懂还是我懂？/ 是你专业还是我专业): not a real either-or
 *   give_up_urged    the caller urged to give up however politely (建议您还是别折腾了 / 亲，建议您死心吧): not with our
 *                    help after it (您别折腾了，我们派师傅上门), not negated (您别放弃)
 *   bare_what        a bare 啥？/ 蛤？/ 你说啥？ as the whole reply (2.2 asks 请您再说一遍): not with more after it
 *
 * Each is 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话
 * 语气和态度, for 推诿 too: no standard names it, the two clauses are what it breaks): a brush-off, 推诿 or a
 * rhetorical reproach with no demeaning word, so none of them fails the call. */
#include "tone_scan.h"
#include "words.h"

#include <string.h>

/* Words that may close a clause after the deciding word (了, 嘛, 哦 …, as the regions type them). */
static list CLOSING = { "了", "啦", "啊", "呀", "哈", "嘞", "喽", "咯", "吧", "哦", "呢", "嘛", "噻", "嗦", "咧", "的", "来", "着",
                        "来着", "吗", "么", "捏", "哟", "呗", NULL };

/* Are the words of [i, b) all ones that may close a clause? */
static int only_closing(scan *sc, size_t i, size_t b)
{
    return tone_words_only_of(sc, i, b, CLOSING);
}

/* ---- know_shrug ---- */

/* fix34b: the end of a who-word at word k of [k, b) — 谁, 哪个 / 哪位, 边个 (one word or 边|个) — or NONE. */
static size_t who_end(scan *sc, size_t k, size_t b)
{
    if (in(sc, k, (list){ "谁", "哪个", "哪位", "边个", "边位", NULL })) return k + 1;
    if (k + 1 < b && in(sc, k, (list){ "边", "哪", NULL }) && in(sc, k + 1, (list){ "个", "位", NULL })) return k + 2;
    return NONE;
}

/* fix34b: does the reply hand the caller's question back before word i (你问我 / 您问我)? */
static int asked_me_before(scan *sc, size_t i)
{
    for (size_t k = 0; k + 2 <= i; k++)
        if (in(sc, k, (list){ "你", "您", NULL }) && tone_is(sc, k + 1, "问") && tone_is(sc, k + 2, "我")) return 1;
    return 0;
}

/* 我问谁 / 我问谁去: the question handed back with nobody to ask, no offer after it; 哪个 / 哪位 / 边个 (Cantonese 邊個,
 * read 哪个 in a reply read as Cantonese, and the south-west's 哪个) only after the caller's 你问我, as 您说的两个订单，
 * 我问哪个？ asks which (fix34b). A hit is 1, else 0. */
static int know_asked_back(scan *sc, size_t a, size_t b)
{
    for (size_t i = a; i + 2 < b; i++) {
        if (!in(sc, i, &FIRST) || !tone_is(sc, i + 1, "问")) continue;
        size_t end = who_end(sc, i + 2, b);
        if (end == NONE || (!tone_is(sc, i + 2, "谁") && !asked_me_before(sc, i))) continue;
        if (cs_words_help_after(sc->w, end - 1)) return 0;
        if (only_closing(sc, end < b && tone_is(sc, end, "去") ? end + 1 : end, b))
            return tone_hit(sc, "dismissive", "打发客户（我咋个晓得）", i, end - 1, i + 2);
    }
    return 0;
}

/* 鬼晓得快递啥时候到 / 天知道 / 你问我，我问谁？: "how would I know" said as a set shrug (打发客户, 3.1; §二(三)6). The
 * shrug opens its clause (鬼晓得 / 天晓得, one word or two); 我问谁 closes its clause. Not 您知道吗 nor 天气. */
int tone_know_shrug(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"晓知谁哪边");
    static const char *const shrug[] = { "鬼晓得", "天晓得", "鬼知道", "天知道", "鬼才晓得", "鬼才知道", NULL };
    /* 天知道我们多想帮您解决 / 天知道骗子去哪了，我们已经报警: an exclamation, with our help in the reply */
    if (find(sc, a, sc->w->n, (list){ "放心", "请放心", "请您放心", NULL }) < sc->w->n) return 0;
    /* (the offer is looked for after the who-word: 我问边|个 reads 我问边 as an errand) */
    if (know_asked_back(sc, a, b)) return 1;
    if (cs_words_help_after(sc->w, a)) return 0;
    if (in(sc, a, shrug)) return tone_hit(sc, "dismissive", "打发客户（我咋个晓得）", a, a, a);
    if (a + 1 < b && in(sc, a, (list){ "鬼", "天", NULL }) && in(sc, a + 1, (list){ "晓得", "知道", NULL }))
        return tone_hit(sc, "dismissive", "打发客户（我咋个晓得）", a, a + 1, a);
    return 0;
}

/* ---- liability_denied ---- */

/* 我们平台不承担任何责任 / 本店不负任何责任 / 我们这边不承担责任的 / 我们平台是不予承担的 / 我们不背这个锅: our side
 * (我们 / 本店 / 本公司, with 平台, 公司, 这边 … after it) denying liability: a negation, then a verb of bearing it with
 * 责任 (or 锅, 后果) as its object or the clause closing on it (推诿: 贵阳 §二(三)6 注意通话语气和态度; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅). Not
 * a promise (我们会承担全部责任: no negation), not the caller spared (您不用承担: no 我们), not 不承担运费 (a charge),
 * not 我们不会让您承担 (a verb between). */
int tone_liability_denied(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"我咱本公客");
    ANCHORS(sc, a, b, U"承负担背责");
    static const char *const ours[] = { "平台", "公司", "商家", "店", "本店", "店铺", "这边", "这里", "这儿", "方面", "客服", "是",
                                        "也", "都", "均", "一概", "一律", "概", "恕", "对此", NULL };
    static const char *const neg[] = { "不", "不予", "不会", "概不", "恕不", "一概不", "不用", "无需", "并不", "均不", "不再",
                                       "从不", NULL };
    static const char *const bear[] = { "承担", "负", "担", "背", "承担责任", "担责", "负责", "背锅", "不负", NULL };
    static const char *const liability[] = { "责任", "责", "锅", "后果", "法律责任", "任何责任", "黑锅", NULL };
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, &FIRST) && !(tone_is(sc, i, "本") && i + 1 < b && in(sc, i + 1, ours))) continue;
        size_t k = i + 1;
        while (k < b && k < i + 4 && in(sc, k, ours)) k++;
        if (k >= b) return 0;
        size_t v = k;
        if (in(sc, k, neg)) v = k + 1;
        else if (!tone_is(sc, k, "不负")) continue;
        if (v >= b || !in(sc, v, bear)) continue;
        /* the object: 责任 / 锅 within three words (任何, 这个 between), or the clause closing on the verb */
        size_t obj = find(sc, v + 1, tone_upto(b, v + 4), liability);
        int owned = obj < b && find(sc, v + 1, obj, (list){ "运费", "费用", "费", NULL }) == NONE;
        int bare = in(sc, v, (list){ "承担责任", "担责", "背锅", "负责", NULL }) || only_closing(sc, v + 1, b);
        if (tone_is(sc, v, "负责") && !only_closing(sc, v + 1, b)) bare = 0;
        if (owned || bare) return tone_hit(sc, "blame", "推诿（不承担责任）", i, owned ? obj : v, v);
    }
    return 0;
}

/* ---- self_handle ---- */

/* 您的问题请自行联系当地邮局处理 / 这个请您自行与快递公司协商解决 / 您自行跟师傅商量就行: the caller sent to handle the
 * matter themself with another party (推诿: 贵阳 §二(三)6; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语): 自行 then a verb of contacting or settling
 * or a 与/跟 naming the other party. Not an option offered (您也可以自行…: 可以 before it), not a step of the caller's
 * own (请自行核对地址, 自行调节温度: no such verb), and not when the reply has us help (帮您, 为您, 我来 … anywhere). */
int tone_self_handle(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"自");
    static const char *const go[] = { "联系", "联络", "咨询", "协商", "沟通", "处理", "解决", "前往", "与", "跟", "和", "同", "向",
                                      "找", "去找", NULL };
    static const char *const ours_help[] = { "帮您", "帮你", "为您", "为你", "替您", "替你", "我来", "我们来", "协助您",
                                             "陪您", "我马上", "我们马上", "我给您", "我先", "我这边也", "我们已经", "我已经",
                                             "我把", "我发", "我们发", "我转", "我们转", "我安排", "我们安排", "我登记",
                                             "我们登记", NULL };
    size_t self = find(sc, a, b, (list){ "自行", NULL });
    if (self == NONE || self + 1 >= b || !in(sc, self + 1, go)) return 0;
    if (find(sc, a, self, (list){ "可以", "也可以", "可", "能", "也能", "如需", "如果", "若", NULL }) < self) return 0;
    char buf[512];
    const char *s = tone_joined(sc, 0, sc->w->n, buf, sizeof buf);
    if (tone_holds(s, ours_help)) return 0;
    return tone_hit(sc, "dismissive", "推诿（请自行联系处理）", self, self + 1, self);
}

/* ---- recall_thrown ---- */

/* 我刚才怎么跟您说的？/ 我之前啷个跟你讲的嘛 / 我上回怎么交代你的: the agent's own earlier words thrown back as a
 * question, a reproach that the caller did not heed them (反问, 贵阳 §二(三)6; 3.1). The agent the subject (我, with
 * only words of when between), a question word of how in any region's wording, a verb of telling, then 的 closing
 * the clause (a past act asked about). Not 我该怎么跟您说呢 (no 的: looking for words), not 您刚才怎么跟师傅说的 (the
 * caller's), not 我当时怎么承诺的 (a promise, not telling). */
int tone_recall_thrown(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"我");
    ANCHORS(sc, a, b, U"怎咋啷");
    static const char *const when[] = { "刚才", "刚刚", "之前", "以前", "上次", "上", "回", "次", "前面", "前头", "早上", "早",
                                        "早就", "1", "开始", "1开始", "就", "是", "当时", "那时候", "那会儿", "头先", "先前",
                                        "都", NULL };
    static const char *const how[] = { "怎么", "咋", "咋个", "怎样", "怎么样", "咋样", "怎个", NULL };
    static const char *const tell[] = { "说", "讲", "交代", "告诉", "告诉您", "告诉你", "嘱咐", "提醒", "叮嘱", "跟您说",
                                        "跟你说", NULL };
    size_t me = find(sc, a, b, (list){ "我", NULL });
    if (me == NONE || (me > a && in(sc, me - 1, &SECOND))) return 0;
    size_t k = me + 1, stop = tone_upto(b, me + 5);
    while (k < stop && in(sc, k, when)) k++;
    /* 跟您 before or after the question word */
    int to_you = k + 1 < b && in(sc, k, (list){ "跟", "和", "给", "对", NULL }) && in(sc, k + 1, &SECOND);
    if (to_you) k += 2;
    if (k >= b) return 0;
    size_t q = k;
    if (tone_is(sc, k, "啷") && k + 1 < b && tone_is(sc, k + 1, "个")) k += 2;
    else if (in(sc, k, how)) k++;
    else return 0;
    if (!to_you && k + 1 < b && in(sc, k, (list){ "跟", "和", "给", "对", NULL }) && in(sc, k + 1, &SECOND)) k += 2;
    if (k >= b || !in(sc, k, tell)) return 0;
    k++;
    if (k < b && in(sc, k, &SECOND)) k++;   /* 交代你的 */
    if (k >= b || !tone_is(sc, k, "的") || !only_closing(sc, k + 1, b)) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（我刚才怎么跟您说的）", me, k, q);
}

/* ---- who_knows ---- */

/* 你懂还是我懂？/ 是你专业还是我专业 / 你是客服还是我是客服: the caller asked which of the two knows the trade, the
 * same word of knowing or of the trade on both sides of 还是 — the caller's say put down by the agent's standing
 * (反问, 贵阳 §二(三)6; 3.1). Not a real either-or (您填还是我帮您填: the sides differ; 您来店里还是我们上门), and only a
 * word of knowing, deciding or of the desk's role (您打过来还是我打给您 asks who calls). */
int tone_who_knows(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"还");
    static const char *const know[] = { "懂", "懂行", "专业", "了解", "清楚", "知道", "晓得", "内行", "说了算", "明白", "懂得多",
                                        "客服", "师傅", "专家", "行家", "工作人员", "医生", "老师", "会计", NULL };
    size_t h = find(sc, a, b, (list){ "还是", NULL });
    if (h == NONE || h == a || h + 2 >= b || !in(sc, h + 1, &FIRST)) return 0;
    size_t r = h + 2;
    if (r < b && tone_is(sc, r, "是")) r++;
    if (r >= b || !in(sc, r, know) || !only_closing(sc, r + 1, b)) return 0;
    size_t l = h - 1;
    if (!tone_is(sc, l, tone_word(sc, r))) return 0;
    size_t you = l > a && tone_is(sc, l - 1, "是") ? l - 1 : l;
    if (you == a || !in(sc, you - 1, &SECOND)) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（你懂还是我懂）", you - 1, r, h);
}

/* ---- give_up_urged ---- */

/* 这个问题太复杂了，建议您还是别折腾了 / 亲，建议您死心吧 / 麻烦您别折腾了，弄不好的: the caller urged to give the matter
 * up, however politely wrapped (建议 / 麻烦 / 请 / 抱歉 do not make it help: 打发客户: 贵阳 §二(三)6; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语). The urge
 * closes its clause; spared when our help follows (您别折腾了，我们派师傅上门帮您弄: the trouble taken off the caller)
 * and when it is negated (您别放弃). Not 建议您放弃这个旧套餐 (a choice with its object). */
int tone_give_up_urged(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"折死放费弄试搞整白");
    static const char *const stop[] = { "别", "甭", "莫", "不要", "别再", "就别", "还是别", NULL };
    static const char *const toil[] = { "折腾", "瞎折腾", "弄", "搞", "整", "试", "费劲", "费力", "白费", "白费功夫", "白费力气", NULL };
    static const char *const give[] = { "死心", "放弃", NULL };
    size_t k = NONE;
    for (size_t i = a; i < b && k == NONE; i++) {
        if (in(sc, i, give) && !(i > a && in(sc, i - 1, stop)) && !(i > a && in(sc, i - 1, &NEG))) k = i;
        else if (in(sc, i, stop) && i + 1 < b) {
            size_t j = i + 1;
            if (j + 1 < b && in(sc, j, (list){ "再", "白", "瞎", NULL })) j++;
            if (in(sc, j, toil)) k = j;
        }
    }
    if (k == NONE || !only_closing(sc, k + 1, b)) return 0;
    /* the toil is the caller's own: 您别白跑了 spares them a trip, 这个就别弄了 with a fix after — help follows */
    if (cs_words_help_after(sc->w, k)) return 0;
    char buf[512];
    const char *s = tone_joined(sc, k, sc->w->n, buf, sizeof buf);
    if (tone_holds(s, (list){ "帮您", "帮你", "为您", "给您", "我们派", "我来", "我们来", "师傅", "上门", NULL })) return 0;
    return tone_hit(sc, "dismissive", "打发客户（劝客户放弃）", k, k, k);
}

/* ---- bare_what ---- */

/* 啥？/ 蛤？/ 么子？/ 你说啥？: a bare "what" as the whole reply, in any region's word — the caller asked to repeat with
 * no courtesy at all, where 贵阳 §二(二) 2.2 asks 对不起，我没有听清楚，请您再说一遍 (口头禅, 3.1; §二(三)6). The whole
 * reply, one clause: 什么？您的包裹丢了？我马上帮您查 is surprise with help, 啥时候方便 a real question. */
int tone_bare_what(scan *sc, size_t a, size_t b, int question)
{
    static const char *const what[] = { "啥", "啥子", "什么", "蛤", "么子", "神马", "啥玩意", "啥玩意儿", "咩", "乜", "乜嘢", "咋",
                                        "么", NULL };
    static const char *const with[] = { "你", "说", "讲", "你说", "你讲", "啊", "呀", "呢", "嘞", "哦", "玩意", "玩意儿", "子",
                                        NULL };
    const cs_words *w = sc->w;
    if (w->n == 0 || w->n > 3 || w->n_clauses > 1) return 0;
    size_t q = NONE;
    for (size_t i = 0; i < w->n; i++) {
        if (in(sc, i, what)) q = i;
        else if (!in(sc, i, with)) return 0;
    }
    return q < w->n ? tone_hit(sc, "impatient", "口头禅（啥？）", 0, w->n - 1, q) : 0;
}
