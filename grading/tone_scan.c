/* The tone rules' shared machinery (see tone_scan.h): the named word lists and their index, the
 * word tests several rule modules use, and tone_hit(), where every finding is recorded. */
#include "tone_scan.h"

#include <stdlib.h>
#include <string.h>

const char *const TONE_HIT_RULES[] = { "rhetorical", "blame", "dismissive", "impatient", "sarcasm", "lecture",
                                      "belittle", "threat", NULL };

/* 请问 / 请: a frame asked as a request, not thrown at the caller; eight rules leave such a clause alone */
const char *const PLEASE[] = { "请问", "请", NULL };

/* 阁下: the caller addressed formally, in mockery as often as in courtesy (阁下的脑子进水了吗) */
const named SECOND = { L_SECOND, (list){ "你", "您", "你们", "您们", "你自己", "您自己", "阁下", "侬",
                                          /* fix17t: 妳 is 你 (Taiwan's feminine you, kept by the t2s conversion) */
                                          "妳", "妳们", "妳自己", NULL } };   /* 侬: Wu (fixin11) */
const named FIRST = { L_FIRST, (list){ "我", "我们", "咱们", "我方", "公司", "本公司", "我们公司", "咱", "客服", "我们客服", NULL } };
const named NEG = { L_NEG, (list){ "不", "没", "没有", "不是", "没能", "未", "不会", "还没", "还不", "难道", NULL } };
const named HEAR = { L_HEAR, (list){
    "听", "听到", "听见", "听清", "听清楚", "听懂", "听明白", "懂", "明白", "清楚", "理解", "知道",
    "记得", "记住", "看", "看到", "看见", "看懂", "看清", "看清楚", "听得懂", "听说", NULL } };
/* words that already carry the negation */
const named NEG_HEAR = { L_NEG_HEAR, (list){
    "听不懂", "听不清", "听不见", "听不到", "看不懂", "看不见", "不懂", "不明白", "不清楚", "不知道",
    "没听清", "没听见", "没听到", "没看见", "没看到", "不理解", "听不明白", "搞不懂", "弄不懂", "不识字",
    "看不出来", "看不出", "听不出来", "听不出", "分不清", NULL } };
const named CANNOT = { L_CANNOT, (list){ "不会", "不懂", "不知道", "不明白", "不认识", "不清楚", "不理解", "听不懂",
    "听不明白", "看不懂", "搞不懂", "弄不懂", "搞不明白", NULL } };
const named OPEN_ASK = { L_OPEN_ASK, (list){ "还有", "地方", "哪里", "哪儿", "什么", "哪些", "哪个", "部分", NULL } };
const named SAY = { L_SAY, (list){
    "说", "讲", "告诉", "解释", "说明", "强调", "说过", "讲过", "说了", "讲了", "告诉过", "解释过", "提醒",
    "写", "写着", "写得", "写了", "写过", "回答", "答复", "回答过", "答", "重复", "重复了", "重复过", NULL } };
const named ALREADY = { L_ALREADY, (list){ "已经", "都", "早就", "刚才", "早", "刚刚", "早已", "不是", NULL } };
const named DONE = { L_DONE, (list){ "了", "过", "过了", NULL } };
const named TIMES = { L_TIMES, (list){ "几遍", "多少遍", "好几遍", "几次", "多少次", "好几次", "无数次", NULL } };
const named FAULT = { L_FAULT, (list){ "问题", "错", "责任", "原因", "过错", "错误", "毛病", "事", "事情", NULL } };
const named BLAME_LEAD = { L_BLAME_LEAD, (list){ "是", "都是", "全是", "就是", "怪", "都怪", "全怪", "只怪", "要怪", NULL } };
const named OWN_FAULT = { L_OWN_FAULT, (list){
    "弄错", "搞错", "弄", "搞", "操作", "造成", "导致", "不小心", "没注意", "输错", "填错", "按错", "看错",
    "听错", "记错", NULL } };
const named NOT_OURS = { L_NOT_OURS, (list){ "不管", "管不了", "管不着", "不负责", "不归", "无关", NULL } };
const named PROHIB = { L_PROHIB, (list){ "别", "不要", "少", "甭", "不许", "不准", NULL } };
const named CALL = { L_CALL, (list){ "打", "打来", "打过来", "打电话", "来电", "打进来", "找", "打给", NULL } };
const named PESTER = { L_PESTER, (list){ "烦", "来烦", "打扰", "骚扰", "吵", "纠缠", "缠着", NULL } };
const named AGAIN = { L_AGAIN, (list){ "再", "以后", "再也", "下次", "老是", "总是", "又", "还", NULL } };
const named PETTY = { L_PETTY, (list){ "小事", "破事", "芝麻小事", "鸡毛蒜皮", "屁事", "小事情", "这点事", NULL } };
const named SO_LITTLE = { L_SO_LITTLE, (list){ "这么点", "这点", "那么点", "这么一点", "这点儿", "这么点儿", NULL } };
const named DAWDLE = { L_DAWDLE, (list){ "磨叽", "磨蹭", "墨迹", "啰嗦", "罗嗦", "废话", "唠叨", "叨叨", "嚷嚷", "磨磨蹭蹭", "催", "催了", NULL } };
const named HURRY = { L_HURRY, (list){ "快点", "赶紧", "快", "赶快", NULL } };
const named DAODI = { L_DAODI, (list){ "到底", "究竟", NULL } };
const named DEMAND = { L_DEMAND, (list){ "行不行", "好不好", "成不成", "行不", NULL } };
const named NO_NEED = { L_NO_NEED, (list){ "不用", "不必", "用不着", "没必要", NULL } };
const named SO = { L_SO, (list){ "可", "真", "可真", "还真", "真是", "还挺", "挺", "还", "可真是", "真够", NULL } };
const named CLEVER = { L_CLEVER, (list){
    "行", "厉害", "聪明", "有本事", "了不起", "能耐", "会", "能", "牛", "有能耐", "懂", "能干",
    "有意思", "有才", "幽默", "可以", "够可以", "人才", "天才", "大聪明", "高手", "专家", NULL } };
const named TAIL = { L_TAIL, (list){ "啊", "呀", "哦", "了", "嘛", "的", "呢", NULL } };
const named BODY = { L_BODY, (list){ "耳朵", "眼睛", "脑子", "脑袋", "智商", "眼", "耳", "脑", "眼神", "理解能力", "理解力", "脑筋", "脑瓜", "脑瓜子", "脑壳", "情商", "头脑", NULL } };
const named BROKEN = { L_BROKEN, (list){ "问题", "毛病", "不好使", "不好", "坏", "坏了", "进水", "有病", "不灵", "坏掉", "坏掉了", "出问题", "差", "太差", "很差", "不够用", "太慢", "有限", "不灵光", "堪忧", "生锈", "锈", "短路", "锈住", "着急", "感人", "简单", "秀逗",
    "转不过弯", "转不过来", "迟钝", "障碍", "不灵", "缺根筋",
    /* net slang for a failing mind (你的智商欠费了 / 令人担忧 / 掉线了) */
    "令人担忧", "担忧", "欠费", "掉线", "不在线", "下线", "捉急", NULL } };
const named MIND = { L_MIND, (list){ "笨", "蠢", "傻", "笨笨", "呆", "迟钝", "无知", NULL } };
const named PEST = { L_PEST, (list){ "烦", "啰嗦", "罗嗦", "磨叽", "难缠", "麻烦", "事多", "不讲理", "墨迹", "难伺候", "烦人", NULL } };
const named NASTY = { L_NASTY, (list){ "麻烦", "难缠", "讨厌", "烦人", "奇葩", "不讲理", "无理取闹", "难伺候", "事多", "事儿多",
                                       /* 你这个人真是难搞, as 难缠 (helper fixin15) */
                                       "难搞", NULL } };
const named KIND = { L_KIND, (list){ "这种人", "这号人", "这人", "这样的人", NULL } };
/* asked on every clause by the rules added for issue #11: named, so the index answers them */
const named HURRY_W = { L_HURRY_W, (list){ "快点", "快点儿", "快一点", "快些", "赶紧", "赶紧的", "赶快", "麻利点", "痛快点",
    "利索点", "快快", "抓紧", "抓紧时间", "快", "麻利", "痛快", "利索", "爽快", NULL } };
const named DULL = { L_DULL, (list){ "笨", "蠢", "傻", "呆", "最笨", "最蠢", "最傻", "太笨", "太蠢", "太傻", "迟钝", "愚蠢", NULL } };
const named WHAT_ANY = { L_WHAT_ANY, (list){ "什么", "啥", "没什么", "有什么", "没啥", "有啥", "没有什么", NULL } };
const named LIGHT = { L_LIGHT, (list){ "这么简单", "简单", "这种", "这点", "这么点", "这么小", NULL } };

/* Every named list, in L_ order (a new list is added to the enum and here). */
static const named *const ALL_NAMED[L_COUNT] = { &SECOND, &FIRST, &NEG, &HEAR, &NEG_HEAR, &CANNOT, &OPEN_ASK, &SAY, &ALREADY, &DONE, &TIMES, &FAULT, &BLAME_LEAD, &OWN_FAULT, &NOT_OURS, &PROHIB, &CALL, &PESTER, &AGAIN, &PETTY, &SO_LITTLE, &DAWDLE, &HURRY, &DAODI, &DEMAND, &NO_NEED, &SO, &CLEVER, &TAIL, &BODY, &BROKEN, &MIND, &PEST, &NASTY, &KIND, &HURRY_W, &DULL, &WHAT_ANY, &LIGHT };

/* Fills ix from the named lists: per list, the filter bits of its entries; per filter bit, the lists
 * with an entry of it. */
void tone_index_lists(cs_tone_index *ix)
{
    for (size_t k = 0; k < L_COUNT; k++)
        for (const char *const *e = ALL_NAMED[k]->w; *e; e++) {
            unsigned b = tone_head_bit(*e);
            ix->heads[ALL_NAMED[k]->id][b / 64] |= (uint64_t)1 << (b % 64);
            ix->lists[b] |= (uint64_t)1 << ALL_NAMED[k]->id;
        }
}

/* words that soften or turn a frame into a real question or a condition */
const char *const COURTESY[] = { "请问", "请", "请您", "麻烦", "麻烦您", "不好意思", NULL };

const char *const APOLOGY[] = { "抱歉", "对不起", "不好意思", "遗憾", "很遗憾", "歉意", "非常抱歉", "很抱歉", "深表歉意", NULL };

const char *const CONDITION[] = { "如果", "若", "要是", "的话", "假如", "万一", "否则", "不然", "只要", NULL };

const char *const HEDGE[] = { "可能", "也许", "或许", "大概", "是不是", "应该是", "估计", NULL };

/* a next step offered anywhere in the reply: what a polite refusal always has (贵阳 §二(二) 2.7(2),
 * 2.18(2), 2.19: 请您通过其他方式查询 / 稍后会转相关部门处理 / 我们会在24小时与您联系) */
const char *const ALTERNATIVE[] = { "可以", "建议", "建议您", "帮您", "为您", "帮你", "替您", "给您", "或者", "不过", "但是",
                                           "另外", "申请", "转接", "联系", "登记", "记录", "反馈", "上报", "回电", "通知", "告诉您",
                                           "发给您", "教您", "安排", "预约", "提交", "转给", "转到", "核实", "协调", "跟进", "请示",
                                           "回复", "回复您", "答复", "确认", "稍后", "尽快", "马上", NULL };

/* Does a word of [a, b) hold one of the code points cs (0-terminated)? Exact, index or not. */
int tone_clause_holds(const scan *sc, size_t a, size_t b, const uint_least32_t *cs)
{
    for (size_t i = a; i < b; i++)
        for (const char *p = sc->w->v[i].w; *p;) {
            uint32_t c = cs_utf8_next(&p);
            for (const uint_least32_t *k = cs; *k; k++)
                if (c == (uint32_t)*k) return 1;
        }
    return 0;
}

/* Works out sc->member for l. With an index, for every named list at once, word by word: a word
 * is compared only with the few lists that have an entry of its filter bit (ix->lists). Without,
 * entry by entry: only an entry whose first character begins one of the words is compared, and
 * only with those words. */
void tone_learn_members(scan *sc, const named *l)
{
    size_t n = sc->w->n < 64 ? sc->w->n : 64;
    if (sc->ix) {
        for (size_t i = 0; i < n; i++)
            for (uint64_t c = sc->ix->lists[sc->head[i]]; c; c &= c - 1) {
                int id = __builtin_ctzll(c);
                if (cs_word_in(sc->w->v[i].w, ALL_NAMED[id]->w)) sc->member[id] |= (uint64_t)1 << i;
            }
        sc->known = ((uint64_t)1 << L_COUNT) - 1;
        return;
    }
    uint64_t m = 0;
    for (const char *const *e = l->w; *e; e++) {
        unsigned b = tone_head_bit(*e);
        if (!((sc->all_heads[b / 64] >> (b % 64)) & 1)) continue;
        for (size_t i = 0; i < n; i++)
            if (sc->head[i] == b && strcmp(sc->w->v[i].w, *e) == 0) m |= (uint64_t)1 << i;
    }
    sc->member[l->id] = m;
    sc->known |= (uint64_t)1 << l->id;
}

/* 不会 / 不懂 as one word, or 不 + 懂 as two: the caller cannot. First such word in [from, to). */
size_t tone_find_cannot(scan *sc, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++) {
        if (in(sc, i, &CANNOT)) return i;
        if (in(sc, i, (list){ "不", "没", NULL }) && i + 1 < to && in(sc, i + 1, (list){ "会", "懂", "明白", "知道", "清楚", NULL }))
            return i + 1;
    }
    return NONE;
}

/* 几遍 / 好几次 / 一百遍 / 100次 / 三遍 / 两次 / 五六回 / 第三遍: many times (not 一遍, as in
 * 请再说一遍; 第一次 is a first time). The count may be its own word or one with its measure
 * word (三遍 is one word, read 3遍). */
int tone_many_times(scan *sc, size_t a, size_t i)
{
    const char *w = tone_word(sc, i);
    if (in(sc, i, &TIMES)) return 1;
    if (!strstr(w, "遍") && !strstr(w, "次") && !strstr(w, "回")) return 0;
    if (strstr(w, "百") || strstr(w, "千") || strstr(w, "万") || strstr(w, "几") || strstr(w, "多少")) return 1;
    if (i > a && in(sc, i - 1, (list){ "多少", "几", "好几", "无数", "这么多", "那么多", "N", "两", "第", NULL })) return 1;
    /* the count inside the word: 3遍, 10次, 两次, 第3遍 (the ordinal counts from the second) */
    const char *c = strncmp(w, "第", strlen("第")) == 0 ? w + strlen("第") : w;
    if (strncmp(c, "两", strlen("两")) == 0) return 1;
    if ((c[0] >= '2' && c[0] <= '9') || (c[0] == '1' && c[1] >= '0' && c[1] <= '9')) return 1;
    return i > a && tone_word(sc, i - 1)[0] >= '2' && tone_word(sc, i - 1)[0] <= '9';
}

/* Does word i touch a protected code point (a required part of a matched standard phrase)? */
static int is_protected(const scan *sc, size_t i)
{
    if (!sc->protect) return 0;
    const cs_word *w = &sc->w->v[i];
    for (size_t k = w->s; k < w->e; k++)
        if (sc->protect[k]) return 1;
    return 0;
}

/* 不用您自己去找商家，我们来沟通 / 无需您再跑营业厅: the errand the caller is spared, the opposite of
 * 推诿 (国家职业技能标准 3.1): a 不用 / 无需 … just before the words that would send the caller off,
 * in their clause. */
static int errand_spared(const scan *sc, size_t first)
{
    static const char *const spare[] = { "不用", "不必", "无需", "无须", "不需要", "用不着", "没必要", "免得", NULL };
    for (size_t k = first, n = 0; k-- > 0 && n < 3 && sc->w->v[k].clause == sc->w->v[first].clause; n++)
        if (cs_word_in(tone_word(sc, k), spare)) return 1;
    return 0;
}

/* Records a hit (once per rule and first word) unless its key word is a protected phrase part
 * (tone_scan.h says the rest). */
int tone_hit(scan *sc, const char *rule, const char *label, size_t first, size_t last, size_t key)
{
    if (sc->n >= sc->max || is_protected(sc, key)) return 0;
    /* the agent repeating what someone said to the caller is not the agent's rudeness, and
     * pushing the matter away is no 推诿 when a transfer or help follows (words.h) */
    if (cs_words_reported(sc->w, key)) return 0;
    /* fpprobe: 不是您记错了，是我们把时间改了 — the fault denied, its cause given (words.h) */
    if (cs_words_fault_denied(sc->w, first)) return 0;
    if (strstr(label, "推") && cs_words_help_after(sc->w, last)) return 0;
    if (strstr(label, "推") && errand_spared(sc, first)) return 0;
    int insult = strcmp(rule, "belittle") == 0 || strcmp(rule, "threat") == 0;
    for (size_t i = 0; i < sc->n; i++) {
        const cs_tone_hit *h = &sc->hits[i];
        if (strcmp(h->rule, rule) == 0 && h->first == first) return 1;
        /* two rules over one frame (lecture and order_manner on 我只说一遍, brush_off and shift_more
         * on 这事我们不负责，你去找商家, merged from different branches): one finding, named once */
        if (h->insult == insult && strcmp(h->label, label) == 0 && h->first <= last && first <= h->last) return 1;
    }
    sc->hits[sc->n++] = (cs_tone_hit){ .rule = rule, .label = label, .first = first, .last = last, .insult = insult };
    return 1;
}

/* 您没有认真看也没关系 / 您没仔细看，不要紧: the caller's lapse named only to be excused, a
 * reassurance (2.12 您别着急 in spirit), not a reproach: a word of it after the lapse, in this
 * clause or a later one of the reply. */
int tone_reassured(scan *sc, size_t from, size_t b)
{
    /* the clause of the lapse or the one right after it (您没有认真看，不要紧): a reassurance two
     * clauses on answers something else */
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause == sc->w->v[b].clause) end++;
    return find(sc, from, end, (list){ "没关系", "不要紧", "没事", "不碍事", "没问题", "无妨", "不打紧", "不怪您", "不怪你",
                                       "很正常", "正常的", NULL }) < end;
}

/* Can the reply be read as offering the caller anything: an apology, a next step, a condition? */
int tone_softened(scan *sc)
{
    return tone_in_reply(sc, APOLOGY) || tone_in_reply(sc, ALTERNATIVE) || tone_in_reply(sc, CONDITION);
}

/* Do the words from i on spell stem exactly, ending at a word edge before b? (The lexicon cuts
 * 一天到晚 into 1/天/到/晚: a stem of several words is matched word by word, never inside a word.)
 * The index of its last word, or NONE. */
size_t tone_spells(scan *sc, size_t i, size_t b, const char *stem)
{
    /* most calls fail on the first character: settle those before measuring any string (the
     * word's first bytes must be the stem's, up to the word's end) */
    if (i >= b) return NONE;
    const char *first = tone_word(sc, i);
    for (size_t j = 0; j < 3 && first[j]; j++)
        if (first[j] != stem[j]) return NONE;
    size_t len = strlen(stem), at = 0;
    for (size_t k = i; k < b; k++) {
        const char *w = tone_word(sc, k);
        size_t wl = strlen(w);
        if (at + wl > len || strncmp(stem + at, w, wl) != 0) return NONE;
        at += wl;
        if (at == len) return k;
    }
    return NONE;
}

size_t tone_spells_each(scan *sc, size_t i, size_t b, const char *const *stems)
{
    if (i >= b) return NONE;
    const char *w = tone_word(sc, i);
    for (; *stems; stems++) {
        /* spells' own first test, before the call: the stem's first two bytes are the word's
         * (or the word is one byte long: 1天到晚 begins with the word 1) */
        if ((*stems)[0] != w[0] || (w[1] && (*stems)[1] != w[1])) continue;
        size_t k = tone_spells(sc, i, b, *stems);
        if (k < b) return k;
    }
    return NONE;
}

size_t tone_spelled_in_with(scan *sc, size_t a, size_t b, const char *const *stems, size_t *last, const tone_heads *f)
{
    for (size_t i = a; i < b; i++) {
        if (!tone_may_start(sc, i, f)) continue;
        size_t k = tone_spells_each(sc, i, b, stems);
        if (k < b) { *last = k; return i; }
    }
    return NONE;
}

/* A request said with courtesy or care (请您别在公共场所…, 千万别告诉别人, 记得别…). */
int tone_courteous(scan *sc, size_t a, size_t b)
{
    return find(sc, a, b, (list){ "请", "请您", "麻烦", "麻烦您", "千万", "千万别", "千万不要", "务必", "一定", "记得",
                                  "建议", "建议您", NULL }) < b;
}

/* The end of the clause that holds word b (tone_scan.h). */
size_t tone_next_clause_end(scan *sc, size_t b)
{
    size_t e = b;
    while (e < sc->w->n && sc->w->v[e].clause == sc->w->v[b].clause) e++;
    return e;
}

size_t tone_next_clause_holds(scan *sc, size_t b, const char *const *stems)
{
    size_t end = tone_next_clause_end(sc, b);
    return end > b && tone_words_hold(sc, b, end, stems) ? end : 0;
}

size_t tone_next_clause_is(scan *sc, size_t b, const char *const *stems)
{
    size_t end = tone_next_clause_end(sc, b);
    if (end <= b) return 0;
    char buf[256];   /* words are shorter than CS_WORD_BYTES: a clause cut short here is longer than any stem */
    const char *n = tone_joined(sc, b, end, buf, sizeof buf);
    for (; *stems; stems++)
        if (strcmp(n, *stems) == 0) return end;
    return 0;
}

/* The earliest of stems in s (tone_scan.h). */
const char *tone_earliest(const char *s, const char *const *stems, size_t *len)
{
    const char *best = NULL;
    for (; *stems; stems++) {
        const char *p = strstr(s, *stems);
        if (p && (!best || p < best)) {
            best = p;
            *len = strlen(*stems);
        }
    }
    return best;
}

int tone_holds(const char *s, const char *const *stems)
{
    for (; *stems; stems++)
        if (strstr(s, *stems)) return 1;
    return 0;
}

const char *tone_joined(const scan *sc, size_t i, size_t b, char *buf, size_t n)
{
    size_t at = 0;
    buf[0] = 0;
    for (size_t k = i; k < b; k++) {
        size_t wl = strlen(tone_word(sc, k));
        if (at + wl >= n) break;
        memcpy(buf + at, tone_word(sc, k), wl);
        at += wl;
        buf[at] = 0;
    }
    return buf;
}

char *tone_joined_whole(const scan *sc, size_t i, size_t b)
{
    size_t n = 1;
    for (size_t k = i; k < b; k++) n += strlen(tone_word(sc, k));
    char *buf = malloc(n);
    return buf ? (char *)tone_joined(sc, i, b, buf, n) : NULL;
}

/* The text of the span run_rules is asking about, joined once per span for every rule that reads it (owned by sc). */
static const char *span_text(scan *sc)
{
    if (!sc->span_text) sc->span_text = tone_joined_whole(sc, sc->span_a, sc->span_b);
    return sc->span_text;
}

int tone_read_joined(scan *sc, size_t a, size_t b, tone_text_reader *read)
{
    if (a < b && a == sc->span_a && b == sc->span_b) {
        const char *s = span_text(sc);
        return s && read(sc, a, b, s);
    }
    char *s = tone_joined_whole(sc, a, b);
    int r = s && read(sc, a, b, s);
    free(s);
    return r;
}

/* Is stem spelled from byte p of word k on, across the words up to b? */
static int spelled_from(const scan *sc, size_t k, size_t b, const char *p, const char *stem)
{
    while (*stem) {
        if (!*p) {
            if (++k >= b) return 0;
            p = tone_word(sc, k);
            continue;
        }
        if (*p++ != *stem++) return 0;
    }
    return 1;
}

int tone_words_hold(const scan *sc, size_t i, size_t b, const char *const *stems)
{
    for (size_t k = i; k < b; k++)
        for (const char *p = tone_word(sc, k); *p; p++)
            for (const char *const *s = stems; *s; s++)
                if (**s == *p && spelled_from(sc, k, b, p, *s)) return 1;
    return 0;
}

/* The word of [i, b) where the first n bytes of the joined words end (the last word a match holds). */
size_t tone_word_at_byte(const scan *sc, size_t i, size_t b, size_t n)
{
    size_t at = 0;
    for (size_t k = i; k < b; k++) {
        at += strlen(tone_word(sc, k));
        if (at >= n) return k;
    }
    return b - 1;
}

size_t tone_word_of(const scan *sc, size_t a, size_t b, const char *s, const char *p)
{
    return tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
}

int tone_holds_before(const char *s, const char *p, const char *const *stems)
{
    /* read in place: the earliest place of a stem is the one that may end before p */
    for (; *stems; stems++) {
        const char *at = strstr(s, *stems);
        if (at && at + strlen(*stems) <= p) return 1;
    }
    return 0;
}

int tone_hit_span(scan *sc, const char *rule, const char *label, size_t a, size_t b, const char *s, const char *from,
                  const char *to)
{
    size_t first = tone_word_of(sc, a, b, s, from);
    return tone_hit(sc, rule, label, first, tone_word_of(sc, a, b, s, to - 1), first);
}

/* Does s start with one of l? The rest of s after it, or NULL. */
const char *tone_after_any(const char *s, const char *const *l)
{
    for (; *l; l++) {
        /* the first two bytes settle almost every entry without measuring it (the smile and slur
         * scans ask at every byte of a reply); an empty entry starts every s, and s has a second
         * byte when its first is the entry's nonzero first */
        if (**l && (**l != *s || ((*l)[1] && (*l)[1] != s[1]))) continue;
        size_t n = strlen(*l);
        if (strncmp(s, *l, n) == 0) return s + n;
    }
    return NULL;
}

int tone_only_of(const char *s, const char *const *l)
{
    while (*s)
        if (!(s = tone_after_any(s, l))) return 0;
    return 1;
}

int tone_words_only_of(scan *sc, size_t i, size_t b, const char *const *l)
{
    for (; i < b; i++)
        if (!in(sc, i, l)) return 0;
    return 1;
}

/* 是不是 / 有没有 / 会不会: a question (您的智商是不是在充值), no denial (helper fixin10). */
static int tone_a_not_a(scan *sc, size_t k)
{
    return in(sc, k, (list){ "是不是", "有没有", "会不会", "能不能", "要不要", "对不对", "好不好", "是否", NULL });
}

/* Is there a word of denial or comfort in [from, to) (不丢人, 别觉得丢脸, 没什么丢人的)? */
int tone_denied_between(scan *sc, size_t from, size_t to)
{
    static const char *const deny[] = { "不", "没", "没有", "不用", "别", "不要", "不必", "没什么", "有什么", "何必",
                                        "不会", "并不", "无须", "无需", "觉得", "用不着", "谁都", "难免", NULL };
    if (find(sc, from, to, deny) < to) return 1;
    for (size_t k = from; k < to; k++)   /* 绝不会 / 从没 / 并没有: a denial inside a longer word */
        if ((strstr(tone_word(sc, k), "不") || strstr(tone_word(sc, k), "没")) && !tone_a_not_a(sc, k)) return 1;
    return 0;
}

/* Does word k name the caller's side (您/你…) or ours (我/我们/咱…, and 我会 / 我一定 glued by the
 * lexicon)? */
int tone_names_us(scan *sc, size_t k)
{
    const char *w = tone_word(sc, k);
    return in(sc, k, &FIRST) || strncmp(w, "我", 3) == 0 || strncmp(w, "咱", 3) == 0;
}

/* 我会注意自己的说话方式 / 以后一定注意自己的态度: the agent promising to mind their OWN manner, as
 * 贵阳 §二(二) 2.9 answers a complaint (我们会在以后的工作中改进) — not 请您注意自己的说话方式, an order to
 * the caller. Ours when a word before 注意 in its clause is the agent (我会 as one word too), or a
 * promise (会, 一定, 以后会) stands right before it with no 你/您 in between. */
int tone_own_manner_promise(scan *sc, size_t a, size_t mind)
{
    if (find(sc, a, mind, &SECOND) < mind) return 0;
    for (size_t k = a; k < mind; k++)
        if (tone_names_us(sc, k)) return 1;
    return mind > a && in(sc, mind - 1, (list){ "会", "一定", "一定会", "会更", "定会", "会多", "将", "都会", NULL });
}

/* 您刚才一口气说了好几个问题，我帮您梳理一下 / 您已经说得很清楚了，我这就帮您办: the agent summing up
 * what the caller said in order to help (贵阳 §二(二) 2.3, 2.5: confirm and go on), not "you've said
 * that already" (§二(三)6). The caller is the one who said it (no 我 before the verb), and either
 * the words name several matters (好几个问题, 三件事, 这么多情况: matters, not 几遍/几次 — times are
 * impatience) or 说得清楚 praises it; and the reply goes on to work on it. */
int tone_recaps_caller(scan *sc, size_t a, size_t say, size_t b)
{
    if (find(sc, a, say, &SECOND) >= say) return 0;
    for (size_t k = a; k < say; k++)
        if (tone_names_us(sc, k)) return 0;
    static const char *const matters[] = { "问题", "事", "情况", "诉求", "方面", "要求", "点", NULL };
    static const char *const count[] = { "几", "两", "三", "四", "多", "不少", "一连", "一口气", "1连", "1口气", NULL };
    int several = 0, clear = 0;
    for (size_t k = say + 1; k < tone_upto(b, say + 6) && !several; k++) {
        const char *w = tone_word(sc, k);
        if (strstr(w, "遍") || strstr(w, "次")) return 0;
        for (const char *const *m = matters; *m && !several; m++) {
            if (!strstr(w, *m)) continue;
            for (size_t j = a; j <= k && !several; j++) {
                for (const char *const *c = count; *c && !several; c++) several = strstr(tone_word(sc, j), *c) != NULL;
                /* digits as the text normaliser writes them: 45 件事 (四五件事), 1 连串 (一连串) */
                const char *d = tone_word(sc, j);
                if (d[0] >= '0' && d[0] <= '9')
                    several |= atoi(d) >= 2 || (j + 1 < b && (strncmp(tone_word(sc, j + 1), "连", 3) == 0 ||
                                                              strncmp(tone_word(sc, j + 1), "口气", 6) == 0));
            }
        }
        if (strstr(w, "清楚") || strstr(w, "明白")) clear = 1;
    }
    if (!several && !clear) return 0;
    static const char *const work[] = { "梳理", "一个一个", "1个1个", "一件一件", "1件1件", "逐一", "逐个", "先说", "先从",
                                        "记下", "记录", "复述", "整理", "处理", "办", "查", "确认", NULL };
    if (cs_words_help_after(sc->w, say)) return 1;
    for (size_t k = say + 1; k < sc->w->n; k++)
        for (const char *const *p = work; *p; p++)
            if (strstr(tone_word(sc, k), *p)) return 1;
    return 0;
}

/* 您这种情况没有电话的话就只能匿名登记了…您看可以吗: in a reply typed run-on (no stops), the 没 and the
 * 看 of "您没看吗" belong to different sentences — 您看可以吗 / 您看您方便…吗 is the polite ask that
 * closes 2.11 said in one breath, not a rhetorical 您没看吗. The verb is 看 asking the caller's
 * leave (可以, 行, 方便, 怎么样 …), or a new subject stands between the negation and a far verb. */
int tone_run_on_ask(scan *sc, size_t neg, size_t verb, size_t b)
{
    static const char *const leave[] = { "可以", "行", "行吗", "好", "好吗", "方便", "怎么样", "如何", "合适", "能", "能否",
                                         "是否", "要不要", "需要", "同意", NULL };
    size_t k = verb + 1;
    if (k < b && in(sc, k, &SECOND)) k++;
    if (strncmp(tone_word(sc, verb), "看", 3) == 0 && k < b && in(sc, k, leave)) return 1;
    if (verb < neg + 6) return 0;
    for (size_t j = neg + 1; j < verb; j++)
        if (in(sc, j, &SECOND) || tone_names_us(sc, j)) return 1;
    return 0;
}

/* The first word (*ca) of the clause before the one starting at a; 0 when a opens the reply (for
 * displeasure or the caller's omission said in the clause before the words that answer it). */
int tone_clause_before(const scan *sc, size_t a, size_t *ca)
{
    if (a == 0) return 0;
    size_t k = a - 1, c = sc->w->v[k].clause;
    while (k > 0 && sc->w->v[k - 1].clause == c) k--;
    *ca = k;
    return 1;
}

/* fix30p */
int tone_agent_in(scan *sc, size_t a, size_t k)
{
    return find(sc, a, k, &FIRST) < k;
}
