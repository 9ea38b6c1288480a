/* Tone rules (see tone_rules.h). Each rule looks inside one clause; the word lists are the vocabulary
 * of the rule, not phrases to spot: a rule fires on a combination (target + negation + verb +
 * question), never on one list word alone, except the belittling nouns (小事). */
#include "tone_rules.h"

#include <string.h>

static const char *const SECOND[] = { "你", "您", "你们", "您们", "你自己", "您自己", NULL };
static const char *const FIRST[] = { "我", "我们", "咱们", "我方", "公司", "本公司", "我们公司", "咱", NULL };
static const char *const NEG[] = { "不", "没", "没有", "不是", "没能", "未", "不会", "还没", "还不", "难道", NULL };
static const char *const HEAR[] = {
    "听", "听到", "听见", "听清", "听清楚", "听懂", "听明白", "懂", "明白", "清楚", "理解", "知道",
    "记得", "记住", "看", "看到", "看见", "看懂", "看清", "看清楚", "听得懂", "听说", NULL };
/* words that already carry the negation */
static const char *const NEG_HEAR[] = {
    "听不懂", "听不清", "听不见", "听不到", "看不懂", "看不见", "不懂", "不明白", "不清楚", "不知道",
    "没听清", "没听见", "没听到", "没看见", "没看到", "不理解", "听不明白", "搞不懂", "弄不懂", NULL };
static const char *const OPEN_ASK[] = { "还有", "地方", "哪里", "哪儿", "什么", "哪些", "哪个", "部分", NULL };
static const char *const SAY[] = {
    "说", "讲", "告诉", "解释", "说明", "强调", "说过", "讲过", "说了", "讲了", "告诉过", "解释过", "提醒", NULL };
static const char *const ALREADY[] = { "已经", "都", "早就", "刚才", "早", "刚刚", "早已", "不是", NULL };
static const char *const DONE[] = { "了", "过", "过了", NULL };
static const char *const TIMES[] = { "几遍", "多少遍", "好几遍", "几次", "多少次", "好几次", "无数次", "N遍", NULL };
static const char *const FAULT[] = { "问题", "错", "责任", "原因", "过错", "错误", "毛病", "事", "事情", NULL };
static const char *const BLAME_LEAD[] = { "是", "都是", "全是", "就是", "怪", "都怪", "全怪", "只怪", "要怪", NULL };
static const char *const OWN_FAULT[] = {
    "弄错", "搞错", "弄", "搞", "操作", "造成", "导致", "不小心", "没注意", "输错", "填错", "按错", "看错",
    "听错", "记错", NULL };
static const char *const PROHIB[] = { "别", "不要", "少", "甭", "不许", "不准", NULL };
static const char *const CALL[] = {
    "打", "打来", "打过来", "打电话", "来电", "打扰", "烦", "骚扰", "打进来", "来烦", "找", "打给", NULL };
static const char *const AGAIN[] = { "再", "以后", "再也", "下次", "老是", "总是", "又", "还", NULL };
static const char *const PETTY[] = { "小事", "破事", "芝麻小事", "鸡毛蒜皮", "屁事", "小事情", "这点事", NULL };
static const char *const HURRY[] = { "快点", "赶紧", "快", "赶快", "麻利", "利索", NULL };
static const char *const DAODI[] = { "到底", "究竟", NULL };
static const char *const SO[] = { "可", "真", "可真", "还真", "真是", "可真是", "真够", "够", NULL };
static const char *const CLEVER[] = {
    "行", "厉害", "聪明", "有本事", "了不起", "能耐", "会", "能", "牛", "有能耐", "可以", NULL };

typedef struct {
    const cs_words *w;
    const unsigned char *protect;
    cs_tone_hit *hits;
    size_t n, max;
} scan;

static int in(const scan *sc, size_t i, const char *const *list)
{
    return cs_word_in(sc->w->v[i].w, list);
}

/* First word of list in [from, to), or to when none. */
static size_t find(const scan *sc, size_t from, size_t to, const char *const *list)
{
    for (size_t i = from; i < to; i++)
        if (in(sc, i, list)) return i;
    return to;
}

static int is_protected(const scan *sc, size_t i)
{
    if (!sc->protect) return 0;
    const cs_word *w = &sc->w->v[i];
    for (size_t k = w->s; k < w->e; k++)
        if (sc->protect[k]) return 1;
    return 0;
}

static void hit(scan *sc, const char *rule, const char *label, size_t first, size_t last, size_t key)
{
    if (sc->n >= sc->max || is_protected(sc, key)) return;
    for (size_t i = 0; i < sc->n; i++)
        if (strcmp(sc->hits[i].rule, rule) == 0 && sc->hits[i].first == first) return;
    sc->hits[sc->n++] = (cs_tone_hit){ .rule = rule, .label = label, .first = first, .last = last };
}

/* 你没听清楚吗 / 您不知道吗 / 我不是说了吗: a question about the caller's hearing or
 * understanding, or about what was already said, is a reproach, not a question. */
static void rhetorical(scan *sc, size_t a, size_t b, int question)
{
    if (!question) return;
    /* 您还有什么不清楚的地方吗 / 哪里不明白: asking what is still unclear is the 2.6 offer */
    if (find(sc, a, b, OPEN_ASK) < b) return;
    size_t who = find(sc, a, b, SECOND);
    if (who < b) {
        size_t self_neg = find(sc, who + 1, b, NEG_HEAR);
        if (self_neg < b) { hit(sc, "rhetorical", "反问客户", who, self_neg, self_neg); return; }
        size_t neg = find(sc, who + 1, b, NEG);
        size_t verb = neg < b ? find(sc, neg + 1, b, HEAR) : b;
        if (verb < b) { hit(sc, "rhetorical", "反问客户", who, verb, verb); return; }
    }
    size_t neg = find(sc, a, b, (const char *const[]){ "不是", "难道", NULL });
    size_t say = neg < b ? find(sc, neg + 1, b, SAY) : b;
    if (say < b) hit(sc, "rhetorical", "反问客户", neg, say, say);
}

/* 我刚才已经讲了 / 我都说了好几遍了 / 还要我说几遍: reproaching the caller for asking again. */
static void impatient(scan *sc, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, SAY)) continue;
        size_t lead = find(sc, a, i, ALREADY);
        int done = (i + 1 < b && in(sc, i + 1, DONE)) || strstr(sc->w->v[i].w, "过") != NULL;
        if (lead < i && done) { hit(sc, "impatient", "不耐烦（已经说过）", lead, i + (i + 1 < b), i); return; }
        size_t times = find(sc, i + 1, b < i + 4 ? b : i + 4, TIMES);
        if (times < b && times < i + 4) { hit(sc, "impatient", "不耐烦（说了几遍）", i, times, i); return; }
    }
    size_t who = find(sc, a, b, SECOND);
    size_t daodi = who < b ? find(sc, who + 1, b, DAODI) : b;
    if (daodi < b) { hit(sc, "impatient", "不耐烦（到底）", who, daodi, daodi); return; }
    size_t hurry = find(sc, a, b, HURRY);
    if (hurry + 1 < b && (in(sc, hurry + 1, SAY) || in(sc, hurry + 1, (const char *const[]){ "点说", "点讲", NULL })))
        hit(sc, "impatient", "催促客户", hurry, hurry + 1, hurry + 1);
}

/* 这不是我们的问题，是你手机的问题 / 都怪你 / 您自己弄错了: the fault put on the caller. */
static size_t upto(size_t b, size_t limit)
{
    return b < limit ? b : limit;
}

static void blame(scan *sc, size_t a, size_t b)
{
    size_t neg = find(sc, a, b, (const char *const[]){ "不是", "并非", "不属于", NULL });
    size_t us = neg < b ? find(sc, neg + 1, upto(b, neg + 3), FIRST) : b;
    size_t fault = us < b ? find(sc, us + 1, upto(b, us + 4), FAULT) : b;
    if (fault < upto(b, us + 4)) { hit(sc, "blame", "推卸责任", neg, fault, fault); return; }
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, BLAME_LEAD) || (i > a && in(sc, i - 1, NEG))) continue;
        size_t end = upto(b, i + 3);
        size_t who = find(sc, i + 1, end, SECOND);
        if (who >= end) continue;
        if (strstr(sc->w->v[i].w, "怪")) { hit(sc, "blame", "怪罪客户", i, who, i); return; }
        /* 是你手机的问题 / 是您自己的原因: the fault is the caller's (的 before it) */
        size_t fend = upto(b, who + 5);
        size_t f = find(sc, who + 1, fend, FAULT);
        if (f < fend && f > who + 1 && strcmp(sc->w->v[f - 1].w, "的") == 0) { hit(sc, "blame", "怪罪客户", i, f, f); return; }
    }
    for (size_t who = a; who < b; who++) {
        if (!in(sc, who, SECOND)) continue;
        size_t self = who;
        if (!strstr(sc->w->v[who].w, "自己")) {
            if (who + 1 >= b || strcmp(sc->w->v[who + 1].w, "自己") != 0) continue;
            self = who + 1;
        }
        size_t end = upto(b, self + 4);
        size_t own = find(sc, self + 1, end, OWN_FAULT);
        if (own < end) { hit(sc, "blame", "怪罪客户", who, own, own); return; }
        size_t f = find(sc, self + 1, upto(b, self + 3), FAULT);
        if (f < upto(b, self + 3)) { hit(sc, "blame", "怪罪客户", who, f, f); return; }
    }
}

/* 以后别为这点小事打过来了 / 别再打了: sending the caller away. */
static void dismissive(scan *sc, size_t a, size_t b)
{
    size_t petty = find(sc, a, b, PETTY);
    if (petty < b && find(sc, a, petty, NEG) == petty) { hit(sc, "dismissive", "轻视客户", petty, petty, petty); return; }
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, PROHIB)) continue;
        size_t end = b < i + 6 ? b : i + 6;
        size_t call = find(sc, i + 1, end, CALL);
        if (call >= end) continue;
        int again = find(sc, a, b, AGAIN) < b || strstr(sc->w->v[call].w, "过来") || (call + 1 < b && in(sc, call + 1, DONE));
        if (again) { hit(sc, "dismissive", "打发客户", i, call, call); return; }
    }
}

/* 您可真行 / 你真厉害: praise meant as its opposite, said as a statement to the caller. */
static void sarcasm(scan *sc, size_t a, size_t b, int question)
{
    if (question) return;
    size_t who = find(sc, a, b, SECOND);
    if (who + 2 >= b || !in(sc, who + 1, SO)) return;
    if (in(sc, who + 2, CLEVER) && (who + 3 == b || in(sc, who + 3, (const char *const[]){ "啊", "呀", "哦", "了", "啊啊", NULL })))
        hit(sc, "sarcasm", "讽刺客户", who, who + 2, who + 2);
}

size_t cs_tone_scan(const cs_words *w, const unsigned char *protect, cs_tone_hit *hits, size_t max)
{
    scan sc = { .w = w, .protect = protect, .hits = hits, .max = max };
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        int question = w->question[w->v[a].clause];
        rhetorical(&sc, a, b, question);
        impatient(&sc, a, b);
        blame(&sc, a, b);
        dismissive(&sc, a, b);
        sarcasm(&sc, a, b, question);
        a = b;
    }
    return sc.n;
}
