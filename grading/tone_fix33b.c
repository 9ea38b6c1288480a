/* Helper fix33b's classes of review33's findings (own rows with innocent twins first in
 * tests/data/tone_more/fix33b.tsv, tests/cli/test_fix33b.sh):
 *
 *   comfort clause (B)  good news about the caller's things (东西丢不了, 证件一张不少, 包找着了), a word of comfort as
 *                       the whole clause (没事, 冇得关系 read 没有关系) and an invitation to come back when ready
 *                       (想起来了再跟我讲): kept from the tone model (cs_words_comfort_clause, tone_readings.h), which
 *                       reads 东西 + a negation as 什么东西 and 再…跟我 as the 再X我 threat whoever says it.
 *                       贵阳 T-GSOCCIA 001—2020 §二(二) 2.12 (请您不要着急) and §二(四) 4.1 使用积极、热情的言语.
 *   nobody_to_ask (E)   the caller's question handed back with nobody to ask, in any region's who-word (我找哪个问去,
 *                       我上哪儿问去): 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2; 三(三)3 asks the
 *                       agent to 寻求支持服务 instead).
 *   question_belittled (E) the caller's question called too basic (您这个问题实在是太基础了): condescension,
 *                       呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳 §二(三)6 注意通话语气和态度.
 *   then_forget_it (F)  the caller's refusal or lack echoed as a question, then the errand dropped (不给电话？那甭办了
 *                       / 嫌贵？那就别买了): 打发客户, 贵阳 §二(三)6. */
#include "tone_readings.h"
#include "tone_scan.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* Particles that may close a clause after what decides it (了, 的, 啊 …): "nothing but these to the clause end"
 * is the shared test, tone_only_of(s, CLOSE) (tone_scan.h). */
static list CLOSE = { "了", "啦", "的", "啊", "呀", "哈", "哦", "喔", "嘛", "呢", "咯", "哟", "嘞", "儿", NULL };

/* The rest of s after one of l at its start (tone_after_any), or s itself when none starts it. */
static const char *skip_one(const char *s, const char *const *l)
{
    const char *r = tone_after_any(s, l);
    return r ? r : s;
}

/* ---- comfort clause (class B) ---- */

/* Scorn that turns good news into a jab (那点破东西丢不了, 您的毛病一样都没少): such a clause is judged. */
static list SCORN = { "破", "烂", "那点", "这点", "稀罕", "谁要", "毛病", "脾气", "脑子", "活该", "凭什么", "怪", "臭", "废",
                      "垃圾", NULL };

/* Does s name the caller other than as an owner (您的, 你的)? 你跑不了 is a threat, 您骂我们可一句没少 a reproach. */
static int caller_named(const char *s)
{
    for (const char *p = s; *p; p++) {
        const char *you = NULL;
        if (strncmp(p, "您", strlen("您")) == 0) you = p + strlen("您");
        else if (strncmp(p, "你", strlen("你")) == 0) you = p + strlen("你");
        if (!you) continue;
        if (strncmp(you, "的", strlen("的")) != 0) return 1;
    }
    return 0;
}

/* 东西丢不了 / 证件一张不少 / 书包找着了 / 行李都在: the caller's things safe, found or complete, the clause closing
 * on it. A loss that cannot happen (丢不了), nothing missing (没少, 一样不少), found (找到了: no negation before
 * it, 还没找到 is no news), still there (都在, 好好的). */
static int good_news(const char *s)
{
    /* (the normal form the clause is spelled in writes 一 as 1) */
    static list safe = { "丢不了", "丢不掉", "跑不了", "少不了", "坏不了", "没少", "没有少", "1样不少", "1件不少", "1个不少",
                         "1张不少", "1分不少", "没丢", "没有丢", "没坏", "没有坏", "都在", "还在", "全在", "好好的", "完好无损",
                         "完好", "齐全", "都齐了", "找到了", "找着了", "找回来了", "找回了", "找到啦", "找着啦", "寻回了", NULL };
    static list unfound = { "没", "不", "未", NULL };
    for (const char *p = s; *p;) {
        const char *r = tone_after_any(p, safe);
        if (r && tone_only_of(r, CLOSE)) {
            /* 还没找到了 / 没找着: the thing still lost */
            if (strncmp(p, "找", strlen("找")) == 0 && tone_holds_before(s, p, unfound)) return 0;
            return 1;
        }
        cs_utf8_next(&p);
    }
    return 0;
}

/* 没事 / 冇得关系 (read 没有关系) / 不要紧的: a word of comfort as the whole clause. */
static int comfort_word(const char *s)
{
    static list comfort = { "没事儿", "没事", "没有事", "没关系", "没有关系", "不要紧", "不碍事", "不打紧", "没得事", "莫得事",
                            "没啥事", "没什么事", NULL };
    const char *r = tone_after_any(skip_one(s, (list){ "您", "你", "哎", "哦", "嗯", NULL }), comfort);
    return r && tone_only_of(skip_one(r, (list){ "您", "你", NULL }), CLOSE);
}

/* 想起来了再跟我讲 / 您方便了再联系我们 / 找到发票了再给我们打电话 / 您想到了再打过来: the caller asked to come back
 * when ready (what they remember, find or have time for), nothing else in the clause. Not 想清楚了再跟我说 / 冷静下来
 * 再说 (the caller's muddle or temper: not a readiness listed here), not 没想好就别再打来了 (a refusal between). */
static int come_back_when_ready(const char *s)
{
    static list lead = { "等您", "等你", "回头", "到时候", "您", "你", "等", NULL };
    static list ready = { "想起来", "记起来", "想到", "找到", "找着", "有消息", "方便", "有空", "有时间", "有需要", "需要", "确定",
                          "查到", "拿到", "收到", "到家", "回家", "准备好", "备齐", "凑齐", "核对好", "商量好", "问好", NULL };
    static list to = { "跟", "和", "给", "同", "找", "联系", "打给", "告诉", "call", NULL };
    static list me = { "我们", "我", NULL };
    static list say = { "说一声", "讲一声", "说说", "讲讲", "说", "讲", "联系", "打电话", "打个电话", "打", "来电", NULL };
    const char *p = tone_after_any(skip_one(s, lead), ready);
    if (!p) return 0;
    /* what is remembered or found may stand between (找到发票了再…), a few characters, no refusal among them */
    const char *again = strstr(p, "再");
    if (!again || again - p > 15) return 0;
    char between[24] = { 0 };
    memcpy(between, p, (size_t)(again - p));
    if (tone_holds(between, (list){ "别", "不", "少", "没", "甭", "莫", NULL })) return 0;
    p = again + strlen("再");
    /* 再打过来 / 再来电 / 再过来: the call or visit itself, no 我 needed */
    const char *call = tone_after_any(p, (list){ "打电话过来", "打过来", "打进来", "打来", "来电", "过来", "来", NULL });
    if (call && tone_only_of(call, CLOSE)) return 1;
    const char *t = tone_after_any(p, to);
    if (!t || !(t = tone_after_any(t, me))) return 0;
    /* 再打给我也行 / 再联系我们就好: the same invitation, left to the caller (fix34b) */
    return tone_only_of(skip_one(skip_one(t, say), (list){ "也行", "也可以", "就行", "就好", "都行", NULL }), CLOSE);
}

/* Is the spelled clause s comfort (no scorn in it)? */
static int comfort_spelled(const char *s)
{
    if (tone_holds(s, SCORN)) return 0;
    if (comfort_word(s) || come_back_when_ready(s)) return 1;
    return !caller_named(s) && good_news(s);
}

int cs_words_comfort_clause(const cs_words *w, size_t i, size_t j)
{
    if (i >= j) return 0;
    if (cs_words_care_clause(w, i, j)) return 1;   /* fix34b: care instructions, a question eased by help */
    if (cs_words_state_explained(w, i, j)) return 1;   /* fix35a: the agent's own voice, not aimed at the caller */
    if (w->question && w->question[w->v[i].clause]) return 0;
    /* spelled whole: a 192-byte copy refused a long clause, so good news at its end (…东西都在) went unread */
    char *s = cs_words_spelled(w, i, w->v[i].clause);
    int comfort = s && comfort_spelled(s);
    free(s);
    return comfort;
}

/* ---- nobody_to_ask (class E) ---- */

/* 你问我，我找哪个问去？/ 我上哪儿问去 / 我又去问谁: the agent (我) with nobody to ask the caller's question of: a
 * who- or where-word (谁, 哪个 of Nanjing, Wuhan and the south-west, 哪位, 哪儿 …) before 问 / 打听, the clause
 * closing there. Not 我去问问谁负责 (问 first: a real errand), not 我找哪个同事问一下 (the clause goes on), not with
 * help in the reply (我找谁问去？这样吧，我帮您转…). */
int tone_nobody_to_ask(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"谁哪");
    static list on_way = { "找", "去", "又", "还", "该", "能", "上", "跟", "又去", "再去", "得", "可", "要", "又找", "还能", NULL };
    static list who = { "谁", "哪个", "哪位", "哪1个", "哪里", "哪儿", "哪", "哪块", "哪去", "上哪", "上哪儿", "哪门",
                        NULL };
    static list ask = { "问", "问去", "问问", "打听", "打听去", NULL };
    if (cs_words_help_after(sc->w, b - 1)) return 0;   /* (its own 我…问 reads as the agent asking for the caller) */
    for (size_t i = find(sc, a, b, (list){ "我", NULL }); i < b; i = find(sc, i + 1, b, (list){ "我", NULL })) {
        size_t k = i + 1;
        while (k < b && k < i + 3 && in(sc, k, on_way)) k++;
        if (k >= b || !in(sc, k, who)) continue;
        size_t q = k + 1;
        /* 我找哪个部门问去: the who-word with the kind of asked body after it */
        if (q < b && in(sc, q, (list){ "部门", "人", "单位", "领导", "同事", "科室", "窗口", NULL })) q++;
        if (q < b && tone_is(sc, q, "去")) q++;
        if (q >= b || !in(sc, q, ask)) continue;
        size_t end = q + 1;
        if (end < b && tone_is(sc, end, "去")) end++;
        while (end < b && in(sc, end, CLOSE)) end++;
        if (end < b) continue;
        return tone_hit(sc, "dismissive", "打发客户（我找谁问去）", i, q, k);
    }
    return 0;
}

/* ---- question_belittled (class E) ---- */

/* 恕我直言，您这个问题实在是太基础了 / 您问的也太小儿科了吧: the caller's question (问题, 问的, 问得) judged too basic
 * with a degree of excess (太, 这么, 那么, 过于), the clause closing on it, or the low level before the question
 * (这么基础的问题, 都是些初级问题) — condescension. A word of low level
 * (基础, 低级, 小儿科 …) is so whatever follows; 简单 / 容易 only with nothing offered after (这个问题太简单了，我马上
 * 帮您弄好 reassures). Not 不算基础 (denied), not a thing's level (这款套餐太基础了: no question named). */
static int belittled_in(scan *sc, size_t a, size_t b, const char *s)
{
    static list asked = { "问题", "问的", "问得", "提问", NULL };
    static list degree = { "也太", "实在是太", "实在太", "真是太", "太", "这么", "那么", "过于", "忒", NULL };
    static list low = { "基础", "低级", "初级", "小儿科", "幼稚", "外行", "业余", "没水平", "没有水平", "入门", NULL };
    static list easy = { "简单", "容易", NULL };
    size_t len = 0;
    /* 这么基础的问题 / 您问的都是些基础问题: the low level said before the question itself */
    static list scorned = { "这么", "那么", "这样", "如此", "都是些", "尽是些", "全是些", NULL };
    const char *pre = tone_earliest(s, scorned, &len);
    const char *low_q = pre ? tone_after_any(skip_one(pre + len, (list){ "最", "很", "特别", NULL }), low) : NULL;
    /* 都是些基础问题，我一个个给您解答 sorts the questions to answer them; 这么基础的问题 scorns whatever follows */
    int sorted = pre && tone_after_any(pre, (list){ "都是些", "尽是些", "全是些", NULL }) && cs_words_help_after(sc->w, b - 1);
    if (low_q && !sorted && (low_q = tone_after_any(skip_one(low_q, (list){ "的", NULL }), (list){ "问题", NULL })))
        return tone_hit_span(sc, "lecture", CS_TONE_CONDESCENDED, a, b, s, pre, low_q);
    const char *q = tone_earliest(s, asked, &len);
    if (!q) return 0;
    const char *d = tone_earliest(q + len, degree, &len);
    if (!d || tone_holds_before(s, d, (list){ "不", "没", "并不", "不算", NULL })) return 0;
    const char *r = d + len;
    const char *l = tone_after_any(r, low);
    const char *e = l ? NULL : tone_after_any(r, easy);
    if (!l && !(e && !cs_words_help_after(sc->w, b - 1))) return 0;
    if (!tone_only_of(skip_one(l ? l : e, (list){ "了吧", "了点", "了些", NULL }), CLOSE)) return 0;
    return tone_hit_span(sc, "lecture", CS_TONE_CONDESCENDED, a, b, s, q, l ? l : e);
}

/* belittled_in over the clause joined whole. */
int tone_question_belittled(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"问");
    ANCHORS(sc, a, b, U"太这那过忒如都尽全");
    return tone_read_joined(sc, a, b, belittled_in);   /* whole: judged past a long clause's 256th byte too */
}

/* ---- then_forget_it (class F) ---- */

/* The clause [a, b), joined into s: 那 (就) 别 + the errand, closing on 了. */
static int forget_it_in(scan *sc, size_t a, size_t b, const char *s)
{
    static list stop = { "别", "甭", "不要", NULL };
    /* the caller's errand itself (longer words first: the first that starts the rest is taken) */
    static list errand = { "办理", "申请", "投诉", "报名", "预约", "登记", "挂号", "开户", "办", "买", "弄", "修", "退", "换",
                           "寄", "约", "查", "来", "问", "打", "订", "献", "借", "治", "看", NULL };
    static list softly = { "就", "您", "你", "干脆", "也", NULL };
    const char *p = tone_after_any(s, (list){ "那", NULL });
    for (const char *more; p && (more = tone_after_any(p, softly));) p = more;
    const char *no = p;
    if (!p || !(p = tone_after_any(p, stop)) || !(p = tone_after_any(p, errand))) return 0;
    if (!tone_only_of(p, CLOSE) || !tone_is(sc, b - 1, "了")) return 0;
    return tone_hit_span(sc, "dismissive", "打发客户（那就别办了）", a, b, s, no, p);
}

/* 不给电话？那甭办了。/ 嫌贵？那就别买了 / 没带证件？那你别办了: the caller's refusal or lack echoed as a question
 * (a negation or 嫌 in it), then the errand itself dropped with 别 / 甭 / 不要 (Beijing 甭 as 别) and nothing after
 * it in the reply — the caller waved off, not served. Not 不想跑？那就别跑了，我们寄给您 (the reply goes on), not
 * 不需要发票？那就不开了 (the agent's own act spared, no 别), not 别着急 (comfort: no errand verb). */
int tone_then_forget_it(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"那");
    ANCHORS(sc, a, b, U"别甭要");
    size_t ca;
    if (question || b < a + 3 || !tone_clause_before(sc, a, &ca)) return 0;
    const cs_words *w = sc->w;
    if (!w->question[w->v[ca].clause] || b != w->n) return 0;
    if (find(sc, ca, a, (list){ "不", "没", "没有", "嫌", "不想", "不愿意", "不肯", "不给", "不愿", "没带", NULL }) >= a) return 0;
    /* read as joined words, whole: the lexicon glues 别办 and 那就 either way */
    return tone_read_joined(sc, a, b, forget_it_in);
}
