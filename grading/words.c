/* Word view of a reply (see words.h). */
#include "words.h"
#include "text_norm.h"
#include "tone_filler.h"
#include "grading_util.h"

#include <stdlib.h>
#include <string.h>

void cs_words_free(cs_words *w)
{
    free(w->v);
    free(w->question);
    free(w->fillers);
    memset(w, 0, sizeof *w);
}

int cs_word_in(const char *word, const char *const *list)
{
    /* the first two bytes reject almost every entry without a call (hot in the tone rules), as
     * one number in one test: a test per byte is a branch the processor mispredicts (many words
     * share their first byte) */
    const unsigned char *w = (const unsigned char *)word;
    if (!w[0]) return 0;   /* entries are words: never empty (words.h) */
    unsigned w01 = (unsigned)(w[0] | w[1] << 8);
    for (; *list; list++) {
        const unsigned char *e = (const unsigned char *)*list;
        if ((unsigned)(e[0] | e[1] << 8) == w01 && strcmp(word, *list) == 0) return 1;
    }
    return 0;
}

static void spell(const uint32_t *t, size_t s, size_t e, char *out)
{
    size_t k = 0;
    for (size_t i = s; i < e; i++) {
        char b[4];
        size_t len = cs_utf8_put(t[i], b);
        if (k + len >= CS_WORD_BYTES) break;
        memcpy(out + k, b, len);
        k += len;
    }
    out[k] = '\0';
}

/* A clause ending in one of these (with no question mark typed) still asks something. */
static int question_particle(const char *w)
{
    static const char *const q[] = { "吗", "么", "呢", NULL };
    return cs_word_in(w, q);
}

int cs_words_build(const uint32_t *t, size_t n, const unsigned char *starts, cs_words *out)
{
    memset(out, 0, sizeof *out);
    out->v = malloc((n + 1) * sizeof *out->v);
    out->question = calloc(n + 2, 1);
    if (!out->v || !out->question) { cs_words_free(out); return -1; }
    size_t clause = 0;
    for (size_t i = 0; i < n;) {
        if (cs_is_break(t[i])) {
            if (t[i] == CS_NORM_QBREAK) out->question[clause] = 1;
            if (out->n && out->v[out->n - 1].clause == clause) clause++;
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && !starts[j] && !cs_is_break(t[j])) j++;
        cs_word *w = &out->v[out->n++];
        w->s = i;
        w->e = j;
        w->clause = clause;
        spell(t, i, j, w->w);
        i = j;
    }
    out->n_clauses = out->n ? out->v[out->n - 1].clause + 1 : 0;
    for (size_t i = 0; i < out->n; i++) {
        int last_of_clause = i + 1 == out->n || out->v[i + 1].clause != out->v[i].clause;
        if (last_of_clause && question_particle(out->v[i].w)) out->question[out->v[i].clause] = 1;
    }
    cs_words_keep_fillers(out);
    return 0;
}

/* Someone other than the agent and the caller: a pronoun, a party, or a word for a person or a
 * trade (快递员, 工作人员, 那个人, 物业, 师傅). */
static int third_party(const char *w)
{
    static const char *const who[] = {
        "他", "她", "他们", "她们", "对方", "人家", "别人", "有人", "那人", "那个人", "这个人", "那个",
        "那边", "客服", "员", "师傅", "司机", "老板", "店家", "商家", "卖家", "物业", "邻居", "领导",
        "经理", "骗子", "对面", "房东", "保安", "同事", "医生", "老师", "家人", "朋友",
        /* the caller's family and strangers (您儿子说您…, 网上有人骂您…), and the one asked about
         * (是谁让您滚的？ asks who insulted the caller) */
        "儿子", "女儿", "孩子", "老公", "老婆", "丈夫", "妻子", "爱人", "爸爸", "妈妈", "父亲", "母亲", "父母",
        "家里人", "亲戚", "网友", "店员", "路人", "陌生人", "婆婆", "公公", "孙子", "子女", "前台", "谁",
        /* trades and roles not ending in 员/人 (教练说您笨, 护士嫌您…, 导购骂您…: the caller's
         * complaint repeated) */
        "教练", "教官", "护士", "大夫", "民警", "警察", "交警", "城管", "导游", "骑手", "厨师", "销售", "主管", "店长",
        "校长", "班主任", "代驾", "保姆", "月嫂", "护工", "门卫", "中介", "房产中介", "快递", "外卖", "客服小姐",
        "乘务长", "机长", "列车长", "站长", "队长", "组长", "导购", "业主", "住户", "房客", "租客", NULL };
    if (cs_word_in(w, who)) return 1;
    size_t n = strlen(w);
    /* 快递员, 售货员, 工作人员, 外卖小哥 */
    return n >= 6 && (strcmp(w + n - 3, "员") == 0 || strcmp(w + n - 3, "人") == 0 || strcmp(w + n - 3, "哥") == 0 ||
                      strcmp(w + n - 3, "姐") == 0 || strcmp(w + n - 3, "方") == 0);
}

/* 捡要紧的说 / 挑有用的讲 / 拣能听懂的说: the 的 of [from, j) names a thing, not a doer — a quality
 * (要紧的, 重要的: the important bits), or what 挑 / 捡 / 拣 (choose) take before it, which tells the caller
 * what to say (impatience, 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语), no third party speaking
 * (fix17t: taboo17's trade reading cleared everything after it as reported speech). */
static int picked_thing(const cs_words *w, size_t from, size_t j)
{
    static const char *const quality[] = { "要紧", "重要", "有用", "简单", "关键", "主要", "重点", "要点", "明白", "清楚",
                                           "正经", "实在", "有意义", "短", "简短", "听懂", "能听懂", "懂", NULL };
    static const char *const choose[] = { "挑", "捡", "拣", "揀", "撿", NULL };
    if (cs_word_in(w->v[j - 1].w, quality)) return 1;
    for (size_t k = j; k-- > from && k + 5 > j;) {
        char head[4] = { 0 };
        if (strlen(w->v[k].w) >= 3) memcpy(head, w->v[k].w, 3);
        if (cs_word_in(head, choose)) return 1;
    }
    return 0;
}

/* 卖货的 / 送快递的人: someone named by what they do, a verb phrase and 的 (and 人), word j ending it in
 * [from, j] — a third party as surely as 快递员 (taboo17). frame_in asks it only right before the verb of
 * speech (这么简单的道理还要讲 has a noun after its 的). Not 你的 / 我们的 (a possessive), nor 说的 / 讲的
 * (the caller's words: 您说的骗子). */
static int named_by_trade(const cs_words *w, size_t from, size_t j)
{
    static const char *const person[] = { "的", "的人", NULL };
    static const char *const not_trade[] = { "你", "您", "我", "我们", "你们", "您们", "咱", "咱们", "他", "她", "说", "讲",
                                             "提到", "是", "这", "那", "别", NULL };
    if (strcmp(w->v[j].w, "人") == 0 && j > from && strcmp(w->v[j - 1].w, "的") == 0) j--;
    if (!cs_word_in(w->v[j].w, person) || j == from) return 0;
    /* 您问的 / 我刚才讲的: what someone here said or did, not a trade */
    static const char *const someone[] = { "你", "您", "我", "我们", "你们", "您们", "咱", "咱们", "他", "她", "他们", "她们",
                                           "刚才", "刚", NULL };
    if (j >= from + 2 && cs_word_in(w->v[j - 2].w, someone)) return 0;
    if (picked_thing(w, from, j)) return 0;
    return !cs_word_in(w->v[j - 1].w, not_trade) && !strstr(w->v[j - 1].w, "说");
}

/* What a third party did with words (说, 骂, 叫您 …), or the caller reporting it (您说, 您是说). */
static int report_verb(const char *w)
{
    /* 骂您 / 说你 / 叫您 / 让你 / 嫌您: a verb of speech glued to its object */
    static const char *const glued[] = { "骂", "说", "叫", "让", "嫌", "喊", "称", NULL };
    static const char *const obj[] = { "您", "你", NULL };
    char head[4] = { 0 };
    if (strlen(w) == 6) {
        memcpy(head, w, 3);
        if (cs_word_in(head, glued) && cs_word_in(w + 3, obj)) return 1;
    }
    static const char *const say[] = {
        "说", "骂", "讲", "喊", "叫", "让", "称", "嚷", "吼", "说过", "骂过", "讲过", "说了", "骂了", "讲了",
        "骂人", "辱骂", "回", "回复", "回答", "告诉", "威胁", "嘲笑", "笑话", "还说", "就说", "竟然说", "居然", "居然说",
        "竟然", "写", "写着", "发", "发来", NULL };
    return cs_word_in(w, say);
}

/* 您是说 / 您说 / 您刚才说 / 您的意思是 / 据您说: the caller's account, which the agent repeats. */
static int caller_account(const cs_words *w, size_t k)
{
    static const char *const you[] = { "您", "你", NULL };
    static const char *const frame[] = { "说", "是说", "讲", "提到", "反映", "意思是", "的意思", "听到", "收到", "看到", NULL };
    if (!cs_word_in(w->v[k].w, you)) return 0;
    for (size_t j = k + 1; j < w->n && j < k + 4 && w->v[j].clause == w->v[k].clause; j++)
        if (cs_word_in(w->v[j].w, frame)) return 1;
    return 0;
}

/* (taboo34) 房东不回你 / 业主一直没回复您 / 厂家也没回: a verb of replying negated is silence, no words to report (the
 * agent's own 推诿 after it, 我有什么办法, stays theirs). Only the reply verbs: 他没骂您… is another matter. */
static int reply_withheld(const cs_words *w, size_t from, size_t k)
{
    static const char *const reply[] = { "回", "回复", "回答", "回话", "回消息", "回电", NULL };
    static const char *const neg[] = { "不", "没", "没有", "未", "一直不", "一直没", "也不", "也没", "都不", "都没", "还没", "还不",
                                       "从不", "从没", NULL };
    return cs_word_in(w->v[k].w, reply) && k > from && cs_word_in(w->v[k - 1].w, neg);
}

/* The first word of a report frame in clause c before word i, or w->n. */
static size_t frame_in(const cs_words *w, size_t from, size_t i)
{
    int account = 0;
    for (size_t k = from; k <= i && k < w->n; k++) {
        if (caller_account(w, k)) account = 1;
        if (!report_verb(w->v[k].w) || reply_withheld(w, from, k)) continue;
        /* 那边怎么说就不关我的事了 / 他们爱怎么讲是他们的事: "whatever they say", a concession,
         * reports no words (so the 推诿 around it stays the agent's own) */
        if (k > from && (strcmp(w->v[k - 1].w, "怎么") == 0 || strcmp(w->v[k - 1].w, "怎样") == 0 ||
                         strcmp(w->v[k - 1].w, "爱怎么") == 0 || strcmp(w->v[k - 1].w, "如何") == 0)) continue;
        /* the caller as the one spoken to in the passive (您被人骂“骗子”, 您是被快递员骂了) */
        for (size_t j = k; j-- > from && j + 4 > k;)
            if (strcmp(w->v[j].w, "被") == 0 || strcmp(w->v[j].w, "被人") == 0) return j;
        /* the subject: a third party up to three words before the verb (对方刚才在电话里骂您),
         * or the verb inside the caller's account (您说他骂您) */
        for (size_t j = k; j-- > from && j + 4 > k;)
            if (third_party(w->v[j].w) || (j + 1 == k && named_by_trade(w, from, j))) return j;
        if (account && k + 1 < i) {
            /* 您说这个人是疯子 / 您说这位是…: in the caller's account a demonstrative points at
             * someone too (not 您说的这个没什么意义: 这个 alone is a thing) */
            for (size_t j = from; j < i; j++) {
                if (third_party(w->v[j].w)) return j;
                int person = j > k && j + 1 < i && strcmp(w->v[j].w, "这个") == 0 && strcmp(w->v[j + 1].w, "人") == 0;
                if (person || (j > k && (strcmp(w->v[j].w, "这位") == 0 || strcmp(w->v[j].w, "那位") == 0))) return j;
            }
        }
    }
    return w->n;
}

/* 我复述一下：您说外卖员放下就走了，还挂了您电话，对吗？: the caller's account read back for
 * confirmation (贵阳 §二(二) 复述 to check what was understood), from the account frame (您说 / 您是说,
 * not 您说得对) on to a clause asking 对吗 / 是吗 / 是这样吗: the caller's rude words in it are theirs, quoted
 * back to check them, not the agent's. */
static int read_back(const cs_words *w, size_t i)
{
    static const char *const confirm[] = { "对吗", "是吗", "是这样吗", "对不对", "是不是", "没错吧", "没错吗", "对吧", NULL };
    static const char *const check[] = { "对", "是", "是这样", "没错", NULL };
    static const char *const judged[] = { "得", "的", "得对", "得很", "得没错", NULL };
    size_t c = w->v[i].clause;
    /* first the cheap half: the first question from i's clause on asks 对吗 / 是吗 (as a word, or
     * 对 / 是 + 吗); most replies ask nothing */
    int asks = 0;
    for (size_t k = i; k < w->n && !asks; k++) {
        int last = k + 1 == w->n || w->v[k + 1].clause != w->v[k].clause;
        if (!last || w->v[k].clause < c || !w->question[w->v[k].clause]) continue;
        asks = cs_word_in(w->v[k].w, confirm) ||
               (strcmp(w->v[k].w, "吗") == 0 && k > 0 && w->v[k - 1].clause == w->v[k].clause && cs_word_in(w->v[k - 1].w, check));
        if (!asks) return 0;
    }
    if (!asks) return 0;
    for (size_t k = 0; k < i; k++) {
        if (!caller_account(w, k)) continue;
        size_t j = k + 1;
        while (j < w->n && j < k + 4 && !cs_word_in(w->v[j].w, (const char *const[]){ "说", "是说", "讲", "意思是", NULL })) j++;
        if (j + 1 < w->n && cs_word_in(w->v[j + 1].w, judged)) continue;
        return 1;
    }
    return 0;
}

/* 司机说您瞎，我看也没说错: the agent agreeing with the words reported makes them the agent's own
 * (an insult at the caller, 贵阳 §二(三) 6); 说得不对 disagrees. */
/* 我也觉得这样太过分了 / 我也觉得他不对: what the agent agrees to is that the quoted words were wrong,
 * the caller's side, within the few characters after the agreement at p. */
static int faulted_after(const char *p)
{
    static const char *const fault[] = { "过分", "不对", "不应该", "不该", "不礼貌", "不妥", "离谱", "不合适", "不像话",
                                         "没礼貌", "太过", NULL };
    char near[24];
    size_t n = strnlen(p, sizeof near - 1);   /* six characters or so, cut anywhere: strstr only */
    memcpy(near, p, n);
    near[n] = '\0';
    for (size_t m = 0; fault[m]; m++)
        if (strstr(near, fault[m])) return 1;
    return 0;
}

static int endorsed_after(const cs_words *w, size_t i)
{
    static const char *const agree[] = { "没说错", "说得对", "说的对", "说得没错", "说的没错", "也没错", "我看也是", "我也觉得",
                                         "我也这么觉得", "没毛病", "有道理", "确实如此", "也不冤", "不冤枉", NULL };
    char text[512];
    size_t len = 0;
    /* only the rest of the quote's clause and the clause right after it: an agreement clauses later
     * (…我们会处理。您说要换个时间，说得对) is about something else */
    for (size_t k = i + 1; k < w->n && w->v[k].clause <= w->v[i].clause + 1; k++) {
        size_t n = strlen(w->v[k].w);
        if (len + n + 1 > sizeof text) break;
        memcpy(text + len, w->v[k].w, n);
        len += n;
    }
    text[len] = '\0';
    for (size_t m = 0; agree[m]; m++) {
        const char *at = strstr(text, agree[m]);
        /* (您说得对 / 你说的没错 agree with the caller, not with the one quoted) */
        int to_caller = at >= text + 3 && (strncmp(at - 3, "您", 3) == 0 || strncmp(at - 3, "你", 3) == 0);
        if (at && !(at >= text + 3 && strncmp(at - 3, "不", 3) == 0) && !to_caller && !faulted_after(at + strlen(agree[m])))
            return 1;
    }
    return 0;
}

/* 师傅都说了是你自己装坏的 / 检测员已经讲过了是您的问题: a third party's word cited as settled (都 / 已经 / 早就
 * before the verb, 了 / 过 after it) is the agent's own argument against the caller, not a report of what was said
 * to them (贵阳 §二(三)6; helper fixtb16). A question (师傅都说了让您等，是吗？) still asks; a fault found with
 * the words (…太过分了) takes the caller's side. */
static int settled_citation(const cs_words *w, size_t from, size_t i)
{
    static const char *const settled[] = { "都", "已经", "早就", "早", "早都", "早已", "都已经", NULL };
    static const char *const say[] = { "说", "讲", "写", "说了", "讲了", "写了", "说过", "讲过", "写过", "说过了", "讲过了", NULL };
    static const char *const done[] = { "了", "过", "过了", NULL };
    if (w->question[w->v[i].clause]) return 0;
    for (size_t k = from + 1; k < i; k++) {
        if (!cs_word_in(w->v[k].w, say) || !cs_word_in(w->v[k - 1].w, settled)) continue;
        int told = strstr(w->v[k].w, "了") || strstr(w->v[k].w, "过") || (k + 1 < i && cs_word_in(w->v[k + 1].w, done));
        if (!told) continue;
        for (size_t j = i; j < w->n && w->v[j].clause <= w->v[i].clause + 1; j++)
            if (faulted_after(w->v[j].w)) return 0;
        return 1;
    }
    return 0;
}

/* fp17: does word i's clause name the caller (您 / 你)? The caller's own question, quoted, speaks of itself
 * in the first person (能不能退票); 您自己不会看合同吗 after it is the agent's, said to them. */
static int addresses_caller(const cs_words *w, size_t i)
{
    for (size_t k = 0; k < w->n; k++)
        if (w->v[k].clause == w->v[i].clause && (strstr(w->v[k].w, "您") || strstr(w->v[k].w, "你"))) return 1;
    return 0;
}

/* fp17: 您问“气瓶放在阳台晒太阳行不行”，不行，…: the clause before ends with the caller asking (您问 /
 * 您刚才问 / 您是问), so this clause is the caller's question read back before the answer, not the agent
 * demanding or asking back (贵阳 T-GSOCCIA 001—2020 §二(二) 2.2 asks the agent to take in what the caller
 * says). The 您 / 你 asking must stand within three words before 问 in that clause. */
static int caller_asked(const cs_words *w, size_t pfrom, size_t prev)
{
    static const char *const you[] = { "您", "你", NULL };
    static const char *const asked[] = { "您问", "你问", NULL };
    if (w->question[w->v[prev].clause]) return 0;
    if (cs_word_in(w->v[prev].w, asked)) return 1;
    if (!cs_word_in(w->v[prev].w, (const char *const[]){ "问", "问的是", "想问", "是问", NULL })) return 0;
    /* 您刚才问 / 你是问: only a time or 是 between the caller and 问 (你去检测站问 sends them to ask elsewhere) */
    static const char *const between[] = { "刚才", "刚刚", "是", "想", "还", "也", "之前", "上次", "刚", NULL };
    for (size_t k = prev; k-- > pfrom && k + 4 > prev;) {
        if (cs_word_in(w->v[k].w, you)) return 1;
        if (!cs_word_in(w->v[k].w, between)) return 0;
    }
    return 0;
}

/* taboo21: does the clause [from, to] name the caller (您/你) and then 原话 before its end, with no agent (我/我们)
 * and no third party's verb of saying between (他说的原话)? */
static int caller_quoted(const cs_words *w, size_t from, size_t to)
{
    static const char *const you[] = { "您", "你", NULL };
    static const char *const other[] = { "我", "我们", "咱们", "他", "她", "他们", "对方", NULL };
    size_t k = from;
    while (k < to && !cs_word_in(w->v[k].w, you)) k++;
    for (size_t m = k + 1; m <= to && k < to; m++) {
        if (cs_word_in(w->v[m].w, other)) return 0;
        if (strcmp(w->v[m].w, "原话") == 0 || strcmp(w->v[m].w, "原话是") == 0) return 1;
    }
    return 0;
}

int cs_words_reported(const cs_words *w, size_t i)
{
    if (!w || i >= w->n) return 0;
    if (endorsed_after(w, i) || cs_words_denial_undone(w, i)) return 0;
    size_t c = w->v[i].clause, from = i;
    while (from > 0 && w->v[from - 1].clause == c) from--;
    if (frame_in(w, from, i) < w->n && settled_citation(w, from, i) && !read_back(w, i)) return 0;
    if (frame_in(w, from, i) < w->n) return 1;
    if (read_back(w, i)) return 1;
    /* 对方说：“关我什么事” — the clause before ends with the verb of a frame */
    if (from == 0) return 0;
    size_t prev = from - 1, pfrom = prev;
    while (pfrom > 0 && w->v[pfrom - 1].clause == w->v[prev].clause) pfrom--;
    static const char *const said[] = { "说", "骂", "讲", "喊", "道", "说道", "骂道", "回", "回复", "写", "写着", "是",
                                        "一句", "一句话", "这句话", "这句", "一声", "1句", "1句话", "1声", "句", "句话", "声", NULL };
    static const char *const tail[] = { "您", "你", "了", "过", NULL };
    if (caller_asked(w, pfrom, prev) && !addresses_caller(w, i)) return 1;
    size_t verb = prev;
    /* 您的原话是 | “这破软件又崩了” (fpprobe): the caller's own words, named as such, quoted back */
    if (cs_word_in(w->v[prev].w, (const char *const[]){ "原话", "原话是", "是", NULL }))
        for (size_t k = pfrom; k + 1 < prev + 1 && k < prev; k++)
            if (cs_word_in(w->v[k].w, (const char *const[]){ "您", "你", NULL }) &&
                (strcmp(w->v[k + 1].w, "原话") == 0 || (k + 2 <= prev && strcmp(w->v[k + 2].w, "原话") == 0)))
                return 1;
    /* taboo21: 您在评价里写的原话是 | “…” / 您念的差评原话是 | “…”: the caller's words named further off, no agent
     * between them and 原话 */
    if (cs_word_in(w->v[prev].w, (const char *const[]){ "原话", "原话是", "是", NULL }) && caller_quoted(w, pfrom, prev))
        return 1;
    /* 骂 您 | “神经病”, 骂 了 | “神经病” */
    while (verb > pfrom && verb + 2 > prev && cs_word_in(w->v[verb].w, tail)) verb--;
    if (reply_withheld(w, pfrom, verb)) return 0;
    return (cs_word_in(w->v[verb].w, said) || report_verb(w->v[verb].w)) && frame_in(w, pfrom, prev + 1) < w->n &&
           !(settled_citation(w, pfrom, prev + 1) && !read_back(w, i));
}

/* fixin15: a word naming a device by its last character (血糖仪, 制氧机, 叫号器, 血压计), not a person
 * (司机, 会计, 伙计) nor an abstract 机/计 (时机, 动机, 估计): the machines a desk talks of are too many to
 * list one by one. */
static int device_word(const char *x)
{
    static const char *const tail[] = { "仪", "器", "机", "计", NULL };
    static const char *const not_device[] = { "司机", "会计", "伙计", "估计", "诡计", "算计", "统计", "大计", "生计", "合计",
                                              "共计", "总计", "时机", "动机", "危机", "契机", "生机", "投机", "随机", "心机",
                                              "良机", "杀机", "玄机", "乘机", "趁机", "登机", "转机", "接机", "送机", NULL };
    size_t n = strlen(x);
    if (n < 6 || cs_word_in(x, not_device)) return 0;   /* two characters at least */
    for (size_t k = 0; tail[k]; k++)
        if (strcmp(x + n - 3, tail[k]) == 0) return 1;
    return 0;
}

int cs_words_said_of_thing(const cs_words *w, size_t i)
{
    static const char *const thing[] = { "机器", "系统", "打印机", "设备", "软件", "程序", "电脑", "机器人", "APP", "app",
                                         "功能", "设计", "办法", "方法", "界面", "网站", "装置", "仪器", "机子", "客服系统",
                                         "语音系统", "语音助手", "导航", "流程", "规定", "政策",
                                         "车", "汽车", "车子", "手机", "电视", "冰箱", "空调", "洗衣机", "热水器", "网络",
                                         "信号", "路由器", "页面", "屏幕", "电池", "零件", "线路", "表", "手表",
                                         /* an animal (那只小狗好笨, 那条狗真蠢): an insult needs the caller aimed at */
                                         "狗", "小狗", "狗狗", "猫", "小猫", "猫咪", "宠物", "鸟", "小鸟", "鹦鹉", "仓鼠",
                                         "兔子", "小兔子", "鱼", "金鱼", "鸡", "鸭", "鹅", "羊", "牛", "马", "狗子", "猫猫",
                                         "头牛", "头猪", "只狗", "条狗", "只猫", "只鸟", NULL };
    static const char *const you[] = { "你", "您", "你们", NULL };
    if (!w || i >= w->n) return 0;
    int found = 0;
    for (size_t k = i; k-- > 0 && w->v[k].clause == w->v[i].clause;) {
        /* 您的车有毛病 / 您家的打印机有毛病: the caller's thing, not the caller */
        if (cs_word_in(w->v[k].w, you)) {
            int of = 0;
            /* (你比我家的狗还笨: a comparison, the 的 is not the caller's) */
            for (size_t j = k + 1; j < i && j <= k + 3 && !cs_word_in(w->v[j].w, (const char *const[]){ "比", "跟", "像", "和", NULL }); j++)
                of |= strcmp(w->v[j].w, "的") == 0;
            return found && of;
        }
        found |= cs_word_in(w->v[k].w, thing) || device_word(w->v[k].w);
    }
    return found;
}

/* 我马上问一下值班组长 / 我去问问技术部门: the agent asking someone on the caller's behalf (an offer, as
 * 我帮您问一下 is: taboo.txt's @shift); not 我问一下您 / 我问你 (the caller asked), nor 我不问了, nor 我又问谁去
 * (no one to ask) (fixtb13). */
static int agent_asks_for_caller(const cs_words *w, size_t k)
{
    static const char *const ask[] = { "问", "问问", "请教", "咨询", "问下", NULL };
    static const char *const me[] = { "我", "我们", "我这边", "我去", "我先", "我来", NULL };
    static const char *const you[] = { "您", "你", "您们", "你们", NULL };
    static const char *const no[] = { "不", "没", "别", "不想", "不用", "不会", "又", NULL };
    if (!cs_word_in(w->v[k].w, ask)) return 0;
    size_t after = k + 1;
    if (after < w->n && cs_word_in(w->v[after].w, (const char *const[]){ "1下", "一下", "1声", NULL })) after++;
    if (after >= w->n || w->v[after].clause != w->v[k].clause || cs_word_in(w->v[after].w, you)) return 0;
    /* 我又问谁去 / 我问什么您答什么: no one to ask, or the caller questioned */
    if (cs_word_in(w->v[after].w, (const char *const[]){ "谁", "谁去", "谁啊", "什么", "啥", "哪个", "哪儿", "谁呀", NULL })) return 0;
    for (size_t j = k; j-- > 0 && j + 4 >= k && w->v[j].clause == w->v[k].clause;) {
        if (cs_word_in(w->v[j].w, no)) return 0;
        if (cs_word_in(w->v[j].w, me)) return 1;
    }
    return 0;
}

int cs_words_offer(const cs_words *w, size_t k)
{
    static const char *const help[] = {
        "转接", "转给", "转到", "转交", "转达", "转", "帮", "帮您", "为您", "替您", "帮你", "联系", "反馈",
        "上报", "提交", "协调", "登记", "记录", "记下", "记下来", "跟进", "核实", "派", "安排", "拨打", "建议", "建议您",
        "提供", "告诉您", "打给您", "回电", "回复您", "通知您", "打给", "回拨", "教您", "教你", "救护车", "报警", "派人", NULL };
    if (!w || k >= w->n) return 0;
    /* 我们会打 给 您 (three words): calling the caller back */
    int call_back = strcmp(w->v[k].w, "打") == 0 && k + 2 < w->n && strcmp(w->v[k + 1].w, "给") == 0 &&
                    (strcmp(w->v[k + 2].w, "您") == 0 || strcmp(w->v[k + 2].w, "你") == 0);
    /* 我就回您电话 / 回你消息 / 我把条款发给您: getting back to the caller, sending them what they need */
    int get_back = cs_word_in(w->v[k].w, (const char *const[]){ "回", "发给", "寄给", "发", NULL }) && k + 1 < w->n &&
                   (strcmp(w->v[k + 1].w, "您") == 0 || strcmp(w->v[k + 1].w, "你") == 0);
    /* 您也可以申请复核: a way to appeal offered (呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务: a way forward) */
    int appeal = cs_word_in(w->v[k].w, (const char *const[]){ "申请复核", "复核", "复议", "申诉", "申请", NULL }) && k > 0 &&
                 cs_word_in(w->v[k - 1].w, (const char *const[]){ "可以", "也可以", "能", "可", NULL });
    /* 会先给您打电话 / 给你发短信: contacting the caller */
    int to_you = k >= 1 && cs_word_in(w->v[k].w, (const char *const[]){ "打电话", "打", "回电话", "发短信", "发消息", "发", NULL }) &&
                 (cs_word_in(w->v[k - 1].w, (const char *const[]){ "给您", "给你", NULL }) ||
                  (k >= 2 && strcmp(w->v[k - 2].w, "给") == 0 && cs_word_in(w->v[k - 1].w, (const char *const[]){ "您", "你", NULL })));
    return call_back || get_back || appeal || to_you || cs_word_in(w->v[k].w, help) || agent_asks_for_caller(w, k);
}

/* 1 when word j is the written register's 自行 (by oneself) or 亲自 handing the task to the caller
 * (烦请贵客户自行联系总行, 您得亲自联系银行): not when the agent's side is the subject earlier in
 * the clause (我们会自行核实, 我亲自帮您联系; 本 alone: jieba may cut 本行会 as 本/行会), which is an offer. */
static int by_caller_alone(const cs_words *w, size_t i, size_t j)
{
    static const char *const alone[] = { "自行", "亲自", NULL };
    static const char *const us[] = { "我", "我们", "本行", "本席", "我司", "本公司", "本中心", "我方", "本", NULL };
    if (!cs_word_in(w->v[j].w, alone)) return 0;
    for (size_t k = j; k-- > i + 1 && w->v[k].clause == w->v[j].clause;)
        if (cs_word_in(w->v[k].w, us)) return 0;
    return 1;
}

int cs_words_help_after(const cs_words *w, size_t i)
{
    /* …and 您自己联系快递吧 hands the task to the caller: 自己 before the verb is no offer either */
    static const char *const refuse[] = { "不", "没", "别", "不会", "不能", "没法", "无法", "不用", "不想", "自己", "您自己", "你自己", NULL };
    if (!w) return 0;
    for (size_t k = i + 1; k < w->n; k++) {
        if (!cs_words_offer(w, k)) continue;
        /* 我不帮你转 / 没法帮您查 is no offer: a refusal earlier in its clause */
        int refused = 0;
        for (size_t j = k; j-- > i + 1 && w->v[j].clause == w->v[k].clause && !refused;)
            refused = cs_word_in(w->v[j].w, refuse) || by_caller_alone(w, i, j);
        if (!refused) return 1;
    }
    return 0;
}

/* A dictionary word that glues 我 to copulas and degree words (jieba's 是我太, 我真是): the agent
 * as subject all the same. */
static int me_glued(const char *w)
{
    static const char *const glue[] = { "是", "太", "真", "好", "也", "就", "都", "又", "可", "系", "咁", NULL };
    const char *me = strstr(w, "我");
    size_t n = strlen(w);
    if (!me || n <= 3 || n % 3) return 0;
    for (const char *p = w; *p; p += 3) {
        if (((unsigned char)p[0] & 0xF0) != 0xE0) return 0;   /* three-byte (Han) characters only */
        if (p == me) continue;
        char ch[4] = { p[0], p[1], p[2], 0 };
        if (!cs_word_in(ch, glue)) return 0;
    }
    return 1;
}

/* 1 when word i right after 我 is a word of the agent's own mind or senses (蠢, 笨, 傻, 糊涂, 眼神,
 * 脑子, 耳朵, 猪脑子) and no 你/您 follows it in its clause: 我蠢了 / 我眼神不好，看错了 are the
 * agent's own (self-deprecation is no insult, 国家职业技能标准 3.1), while 我揍你 /
 * 我骂回去 are acts against the caller and stay threats and retaliation. */
static int no_you_after(const cs_words *w, size_t i)
{
    static const char *const you[] = { "你", "您", "你们", "您们", NULL };
    static const char *const own[] = { "蠢", "笨", "傻", "呆", "糊涂", "眼神", "眼瞎", "瞎", "脑子", "脑袋", "耳朵", "耳背",
                                       "手残", "猪脑", "反应慢", NULL };
    int mine = 0;
    for (size_t k = 0; own[k] && !mine; k++) mine = strstr(w->v[i].w, own[k]) != NULL;
    if (!mine) return 0;
    for (size_t k = i; k < w->n && w->v[k].clause == w->v[i].clause; k++)
        if (cs_word_in(w->v[k].w, you) || strstr(w->v[k].w, "你") || strstr(w->v[k].w, "您")) return 0;
    return 1;
}

/* 我傻了才会相信这种客户说的话 / 我蠢了才会信这帮人: callers named in the third person after the word
 * in its clause make it a jab at them, no self-deprecation (callers as a class include the one on the line). 这 /
 * 这帮 and 人 may be two words. */
static int callers_named_after(const cs_words *w, size_t i)
{
    static const char *const them[] = { "客户", "顾客", "用户", "这种人", "这人", "这些人", "这帮人", "这号人", NULL };
    static const char *const these[] = { "这", "这种", "这些", "这帮", "这号", NULL };
    for (size_t k = i + 1; k < w->n && w->v[k].clause == w->v[i].clause; k++) {
        for (size_t m = 0; them[m]; m++)
            if (strstr(w->v[k].w, them[m])) return 1;
        if (cs_word_in(w->v[k].w, these) && k + 1 < w->n && w->v[k + 1].clause == w->v[k].clause &&
            strcmp(w->v[k + 1].w, "人") == 0) return 1;
    }
    return 0;
}

/* Is clause c short and about the agent (我这记性 / 我这脑子 / 我这人): it opens with 我 and names no 你? */
static int self_topic(const cs_words *w, size_t c, const char *const *me, const char *const *you)
{
    size_t a = 0;
    while (a < w->n && w->v[a].clause != c) a++;
    if (a >= w->n || !(cs_word_in(w->v[a].w, me) || strncmp(w->v[a].w, "我", 3) == 0)) return 0;
    /* 我这… / 我的… / 我这人 (not 我说, a call to listen) */
    const char *t = strlen(w->v[a].w) > 3 ? w->v[a].w + 3 : a + 1 < w->n && w->v[a + 1].clause == c ? w->v[a + 1].w : "";
    if (strncmp(t, "这", 3) != 0 && strncmp(t, "的", 3) != 0) return 0;
    size_t n = 0;
    for (size_t k = a; k < w->n && w->v[k].clause == c; k++, n++)
        if (cs_word_in(w->v[k].w, you)) return 0;
    return n <= 4;
}

/* 我这两天加班累傻了 / 我夜里值班都熬傻了: the word of a dull mind as the result of a verb of wear
 * (累傻, 熬傻, 忙晕), the agent the subject of its clause: the agent's own state, not a judgement of
 * anyone (你是不是熬夜熬傻了 names the caller; helper fixin13). */
static int worn_self(const cs_words *w, size_t i, const char *const *me, const char *const *you)
{
    static const char *const wear[] = { "累", "熬", "忙", "困", "饿", "晒", "冻", "急", "吓", "看", "忙活", "折腾", "加班", NULL };
    if (i == 0 || w->v[i - 1].clause != w->v[i].clause || !cs_word_in(w->v[i - 1].w, wear)) return 0;
    int mine = 0;
    for (size_t k = i - 1; k-- > 0 && w->v[k].clause == w->v[i].clause;) {
        if (cs_word_in(w->v[k].w, you)) return 0;
        mine |= cs_word_in(w->v[k].w, me);
    }
    return mine;
}

int cs_words_said_of_self(const cs_words *w, size_t i)
{
    static const char *const me[] = { "我", "我们", "本人", "我自己", "咱", NULL };
    static const char *const you[] = { "你", "您", "你们", "您们", NULL };
    /* 我(真/太/是/有点…)笨: the agent as the subject of the word */
    static const char *const between[] = {
        "是", "真", "太", "好", "有点", "有些", "这么", "那么", "就是", "个", "一个", "真是", "简直", "实在", "确实",
        /* 我真系蠢 / 我咁蠢: the Cantonese copula and degree (taboo34) */
        "系", "真系", "咁", "都系",
        "也", "又", "挺", "特别", "非常", "这个", "比较", "可", "就", "才", "都", "像", "跟", "真的", "刚才", "刚刚",
        "当时", "一下", "自己", "还", "太过", "有一点", "就是个", "是个", "这", "的",
        /* 我刚才真的很笨 (helper fixin15) */
        "很", NULL };   /* 我这猪脑子, 我的理解能力 */
    /* 您骂我笨 / 您说我是傻子: the caller's word about the agent, repeated */
    static const char *const judge[] = { "说", "骂", "嫌", "笑", "叫", "称", "觉得", "认为", "当", "把", "说过", "骂过",
                                         "怪", "笑话", NULL };
    if (!w || i >= w->n || callers_named_after(w, i)) return 0;
    if (worn_self(w, i, me, you)) return 1;
    size_t c = w->v[i].clause, gap = 0, k = i;
    for (; k-- > 0 && w->v[k].clause == c && gap <= 4; gap++) {
        if (cs_word_in(w->v[k].w, you)) return 0;
        /* insult32: 别在这儿给我装疯卖傻 / 你别跟我装傻: 给我 / 跟我 of an order at the caller, the agent not its subject */
        if (cs_word_in(w->v[k].w, (const char *const[]){ "给我", "跟我", "别跟我", "别给我", NULL }) ||
            (k > 0 && w->v[k - 1].clause == c && strcmp(w->v[k].w, "我") == 0 &&
             cs_word_in(w->v[k - 1].w, (const char *const[]){ "给", "跟", NULL })))
            return 0;
        if (cs_word_in(w->v[k].w, me) || me_glued(w->v[k].w))
            return gap > 0 || me_glued(w->v[k].w) || (k > 0 && w->v[k - 1].clause == c && cs_word_in(w->v[k - 1].w, judge)) ||
                   no_you_after(w, i);
        if (!cs_word_in(w->v[k].w, between)) return 0;
    }
    /* 我这记性，跟个棒槌似的: a likening opening its clause, the agent's own topic the clause before */
    return k < w->n && w->v[k].clause + 1 == c && cs_word_in(w->v[k + 1].w, (const char *const[]){ "跟", "像", "好像", "就像", NULL }) &&
           self_topic(w, w->v[k].clause, me, you);
}

int cs_words_callers_word(const cs_words *w, size_t i)
{
    static const char *const you[] = { "你", "您", NULL };
    static const char *const said[] = { "说", "提到", "讲", "提", "问", "说起", "讲到", "说到", NULL };
    if (!w || i < 3 || i >= w->n) return 0;
    size_t c = w->v[i].clause, k = i - 1;
    if (cs_word_in(w->v[k].w, (const char *const[]){ "那个", "这个", NULL }) && k > 0) k--;
    if (k < 2 || strcmp(w->v[k].w, "的") != 0 || !cs_word_in(w->v[k - 1].w, said) || !cs_word_in(w->v[k - 2].w, you) ||
        w->v[k - 2].clause != c)
        return 0;
    for (size_t j = i + 1; j < w->n && w->v[j].clause == c; j++)
        if (strstr(w->v[j].w, "你") || strstr(w->v[j].w, "您")) return 0;
    return 1;
}

/* 傻仔水是一种老式汽水: the name opens its clause (nobody before it) and the clause defines it (是一种 / 是一款 / 是一个
 * 品种): the word names a kind of thing, not the caller (helper fix31d; 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). */
static int defined_as_kind(const cs_words *w, size_t first, size_t last)
{
    static const char *const kind[] = { "是一种", "是一款", "是一类", "是种", "是款", "是1种", "是1款", "是1类", NULL };
    size_t c = w->v[first].clause;
    if (first > 0 && w->v[first - 1].clause == c) return 0;
    /* the name's own tail may follow it first (傻 仔 水 是 一种): 是 within two words after it */
    for (size_t from = last + 1; from < w->n && w->v[from].clause == c && from <= last + 3; from++) {
        char next[64] = "";
        size_t used = 0;
        for (size_t k = from; k < w->n && w->v[k].clause == c && k <= from + 2; k++) {
            size_t len = strlen(w->v[k].w);
            if (used + len >= sizeof next) break;
            memcpy(next + used, w->v[k].w, len + 1);
            used += len;
        }
        for (size_t m = 0; kind[m]; m++)
            if (strncmp(next, kind[m], strlen(kind[m])) == 0) return 1;
        if (cs_word_in(w->v[from].w, (const char *const[]){ "你", "您", "的", NULL })) return 0;
    }
    return 0;
}

int cs_words_names_thing(const cs_words *w, size_t first, size_t last)
{
    static const char *const head[] = { "皮肤", "系列", "牌", "品牌", "套餐", "礼包", "道具", "店", "店铺", "小程序",
                                        "公众号", "课", "课程", "表情包", "帖子", "段子", "贴吧", "论坛", "直播间", "零食",
                                        "玩偶", "公仔", "口红", "火锅", "奶茶", "游戏", "皮肤包", "款",
                                        /* goods for or of a plant or animal: 王八饲料, 老不死盆栽 */
                                        "饲料", "料", "粮", "苗", "种苗", "盆栽", "品种", "种子", "花盆", NULL };
    /* a drink, a fruit or a camera sold under the name, right after it (傻瓜相机, 憨憨汽水; fix31d) */
    static const char *const product[] = { "汽水", "饮料", "果汁", "苹果", "梨", "桃", "橙", "橘子", "茶", "酒", "饼干", "相机",
                                           NULL };
    static const char *const after_bar[] = { "的", "里", "上", "里面", "上面", NULL };
    if (!w || last >= w->n || first > last) return 0;
    /* a place (二杆子沟那块地) or a misnamed term asked back (白痴病是…吗？): words_not_aimed.c (taboo17) */
    if (cs_words_place_named(w, first, last) || cs_words_term_asked(w, first, last)) return 1;
    size_t c = w->v[first].clause;
    if (defined_as_kind(w, first, last)) return 1;
    if (last + 1 < w->n && w->v[last + 1].clause == c && cs_word_in(w->v[last + 1].w, product)) return 1;
    int at = 0;   /* 在 … X吧 */
    for (size_t k = first; k-- > 0 && w->v[k].clause == c && k + 3 >= first;)
        at |= strcmp(w->v[k].w, "在") == 0;
    for (size_t k = last + 1; k < w->n && w->v[k].clause == c && k <= last + 3; k++) {
        if (cs_word_in(w->v[k].w, head)) return 1;
        if (strcmp(w->v[k].w, "吧") == 0)
            return at || (k + 1 < w->n && w->v[k + 1].clause == c && cs_word_in(w->v[k + 1].w, after_bar));
        if (cs_word_in(w->v[k].w, (const char *const[]){ "你", "您", "的", NULL })) return 0;
    }
    return 0;
}

int cs_words_cared_condition(const cs_words *w, size_t i)
{
    static const char *const cond[] = { "如果", "要是", "假如", "万一", "若是", "如", "若", "倘若", NULL };
    static const char *const help[] = { "没关系", "不要紧", "没事", "帮您", "帮你", "陪您", "陪你", "教您", "教你", "给您",
                                        "给你", "为您", "慢慢", "慢点", "慢一点", "大声", "大点声", "一步一步", "再说一遍",
                                        "再讲一遍", "换个说法", "念给", "解释", "可以让", "随时", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause, end = i;
    int found = 0;
    for (size_t k = i; k-- > 0 && w->v[k].clause == c;)
        found |= cs_word_in(w->v[k].w, cond);
    for (; end < w->n && w->v[end].clause == c; end++)
        found |= strcmp(w->v[end].w, "的话") == 0;
    if (!found) return 0;
    for (size_t k = i + 1; k < w->n; k++)
        for (size_t m = 0; help[m]; m++)
            if (strstr(w->v[k].w, help[m])) return 1;
    return 0;
}

/* a word naming the caller (你, 您, 你们, 你的 …) */
static int names_caller(const char *w)
{
    return strstr(w, "你") != NULL || strstr(w, "您") != NULL;
}

int cs_words_owns_slip(const cs_words *w)
{
    static const char *const oh[] = { "哎呀", "唉", "哎", "啊呀", "哎哟", "呀", "嗨", "哎呦", NULL };
    static const char *const me[] = { "我", "是我", "都怪我", "怪我", "瞧我", "看我", "我这", "我这个", "我真是", "我真",
                                      "我是", "我自己", "本人", NULL };
    static const char *const right[] = { "抱歉", "对不起", "不好意思", "见怪", "见谅", "更正", "改过来", "改正", "纠正",
                                         "修改", "重新", "补上", "核对", "道歉", "失误", "再算", "再核",
                                         /* or asks for it again, slower: 我的脑子跟不上了，麻烦您慢点说 */
                                         "慢", "再说", "再讲", "重复", NULL };
    if (!w || w->n < 2) return 0;
    size_t k = cs_word_in(w->v[0].w, oh) && w->v[1].clause == w->v[0].clause ? 1 : 0;
    if (!cs_word_in(w->v[k].w, me) && !me_glued(w->v[k].w)) return 0;
    for (size_t i = k; i < w->n && w->v[i].clause == w->v[k].clause; i++)
        if (names_caller(w->v[i].w)) return 0;
    /* after the clause that names the slip (我慢慢说，您仔细听好了 names none) */
    for (size_t i = k + 1; i < w->n; i++)
        for (size_t m = 0; right[m] && w->v[i].clause != w->v[k].clause; m++)
            if (strstr(w->v[i].w, right[m])) return 1;
    return 0;
}

/* The clause that takes up a denial with a contrast (只是, 不过, 但是 …) as its first word, among the
 * two clauses after clause c; its first word is returned in *from, past a contrast standing alone
 * (只是，您…). 0 when there is none. */
static int contrast_after(const cs_words *w, size_t c, size_t *from)
{
    static const char *const turn[] = { "只是", "不过", "但是", "可是", "但", "而是", "然而", "就是", "只不过", NULL };
    size_t f = 0;
    while (f < w->n && w->v[f].clause <= c) f++;
    for (; f < w->n && w->v[f].clause <= c + 2; f++) {
        if ((f > 0 && w->v[f - 1].clause == w->v[f].clause) || !cs_word_in(w->v[f].w, turn)) continue;
        *from = f + 1;
        return f + 1 < w->n;
    }
    return 0;
}

/* 没 / 不 within the three characters before byte at of text (没有弄明白, 还没搞清楚, 不太明白) */
static int negated_before(const char *text, size_t at)
{
    size_t from = at > 9 ? at - 9 : 0;
    for (size_t k = from; k + 3 <= at; k++)
        if (strncmp(text + k, "没", 3) == 0 || strncmp(text + k, "不", 3) == 0) return 1;
    return 0;
}

/* 我没说您笨，只是您确实没听懂 / 不是说您傻，但您脑子转得太慢了: the denial's contrast clause says the
 * same of the caller in other words — their understanding failed, their mind is slow — so the word
 * denied is meant after all (国家职业技能标准 3.1 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1).
 * The caller must be the last person named before the fault (您说的我没听懂 is the agent's); 只是您可能没注意到短信, 只是这个规定确实复杂 and 只是我没讲清楚 restate nothing. */
static int fault_restated(const cs_words *w, size_t c)
{
    static const char *const fault[] = {
        /* understanding failed */
        "没听懂", "听不懂", "不懂", "没懂", "没明白", "不明白", "没理解", "不理解", "理解不了", "没弄懂", "没搞懂",
        "搞不懂", "弄不懂", "没看懂", "看不懂", "跟不上",
        /* the mind named */
        "脑子", "脑袋", "反应", "理解能力", "记性", "智商", NULL };
    /* a grasp named in the positive is a failing only when negated (您还没弄明白 / 您没有搞清楚);
     * 只是想帮您把问题搞清楚 names the agent's help. An error of the caller's (只是您看错了日期) is
     * blame, a 禁忌语 of its own (tone_blame), not the dull mind said again: label rule, README "How
     * a label is decided" (helper fix13b) */
    static const char *const grasp[] = { "弄明白", "搞明白", "听明白", "看明白", "搞清楚", "弄清楚", "弄清", "搞清", NULL };
    static const char *const me[] = { "我", "我们", "咱们", "本人", NULL };
    size_t f;
    if (!contrast_after(w, c, &f)) return 0;
    /* the clause spelled out, each byte marked with who was named last before it (0 none, 1 the
     * caller, 2 the agent), as a fault may span words (没|听懂) */
    char text[256], who[256];
    size_t len = 0;
    int last = 0;
    for (size_t k = f; k < w->n && w->v[k].clause == w->v[f].clause; k++) {
        size_t n = strlen(w->v[k].w);
        if (len + n >= sizeof text) break;
        if (names_caller(w->v[k].w)) last = 1;
        else if (cs_word_in(w->v[k].w, me) || me_glued(w->v[k].w)) last = 2;
        memcpy(text + len, w->v[k].w, n);
        memset(who + len, last, n);
        len += n;
    }
    text[len] = '\0';
    for (size_t m = 0; fault[m]; m++)
        for (const char *at = strstr(text, fault[m]); at; at = strstr(at + 1, fault[m]))
            if (who[at - text] == 1) return 1;
    for (size_t m = 0; grasp[m]; m++)
        for (const char *at = strstr(text, grasp[m]); at; at = strstr(at + 1, grasp[m]))
            if (who[at - text] == 1 && negated_before(text, (size_t)(at - text))) return 1;
    return 0;
}

/* A denial of word i where it stands (the contrast after it is fault_restated's). */
static int denied_here(const cs_words *w, size_t i)
{
    static const char *const verb[] = { "说", "骂", "讲", "指", "说过", "骂过", "讲过", "嫌", "怪", "认为", "觉得", "意思",
                                        NULL };
    static const char *const glued[] = { "没说", "没说过", "没骂", "没骂过", "不是说", "没有说", "并不是说", "没讲", NULL };
    static const char *const neg[] = { "没", "没有", "不是", "从来没", "从没", "从来没有", "绝对没有", "并没有", "并不是",
                                       "从未", "并非", "绝没有", "不会", "绝不会", "没有要", "绝对不是", "从来", "绝对",
                                       "绝不", "决不", "并不", "从不", NULL };   /* (绝不 是 说: helper fixp11) */
    static const char *const you[] = { "你", "您", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause;
    /* 不是您傻 / 并不是你笨: the caller's fault denied (not in a question: 这不是你傻吗 means it) */
    static const char *const not_you[] = { "不是", "并不是", "并非", "不怪", "绝不是", "绝对不是", NULL };
    if (i >= 2 && w->v[i - 2].clause == c && cs_word_in(w->v[i - 1].w, you) && cs_word_in(w->v[i - 2].w, not_you) &&
        !(w->question && w->question[c])) {
        /* 不是你笨是什么 / 你不是傻就是坏: the denial turned into a rhetorical question or an either-or */
        static const char *const what[] = { "是什么", "是啥", "什么", "啥", "就是", "便是", NULL };
        int rhetorical = 0;
        for (size_t k = i + 1; k < w->n && w->v[k].clause == c; k++) rhetorical |= cs_word_in(w->v[k].w, what);
        if (!rhetorical) return 1;
    }
    int caller = 0;
    for (size_t k = i; k-- > 0 && w->v[k].clause == c && k + 8 > i;) {
        caller |= cs_word_in(w->v[k].w, you);
        if (cs_word_in(w->v[k].w, glued)) return caller;
        if (!cs_word_in(w->v[k].w, verb)) continue;
        for (size_t j = k; j-- > 0 && w->v[j].clause == c && j + 3 > k;)
            if (cs_word_in(w->v[j].w, neg)) return caller;
    }
    return 0;
}

int cs_words_gain_after(const cs_words *w, size_t i)
{
    static const char *const gain[] = { "就能用", "就可以用", "就能使用", "就可以使用", "就能正常", "就可以正常", "就能激活",
                                        "就可以激活", "就能开通", "就可以开通", "就生效", "就能生效", "就可以生效", "就能办",
                                        "就可以办", "就能到账", "就可以到账", "就恢复", "就能恢复", "就可以恢复", NULL };
    if (!w) return 0;
    char text[512];
    return cs_words_spell(w, i + 1, (size_t)-1, text, sizeof text) && cs_g_holds_any(text, gain);
}

int cs_words_self_talk_forbidden(const cs_words *w, size_t i)
{
    static const char *const forbid[] = { "别说", "别觉得", "别认为", "别骂", "别怪", "别嫌", "别把", "别当", "别看不起",
                                          "不要说", "不要觉得", "不要认为", "不要骂", "不要怪", "不要嫌", "不要把", "不要看不起",
                                          "不用觉得", "不必觉得", "用不着觉得", "不用说", "别再说", "别再觉得", "别老说",
                                          "别老觉得", "不要再说", NULL };
    static const char *const you[] = { "你", "您", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause, k = i, self = i;
    while (k > 0 && w->v[k - 1].clause == c) k--;
    /* where 自己 stands in the clause before word i; nobody named after it */
    for (size_t j = k; j < i; j++) {
        if (self != i && cs_word_in(w->v[j].w, you)) return 0;
        if (self == i && strstr(w->v[j].w, "自己")) self = j;
    }
    char text[256];
    if (!cs_words_spell(w, k, c, text, sizeof text)) return 0;
    const char *own = strstr(text, "自己");
    if (self == i || !own) return 0;
    for (size_t m = 0; forbid[m]; m++) {
        const char *at = strstr(text, forbid[m]);
        if (at && at < own) return 1;
    }
    return 0;
}

int cs_words_denied_speech(const cs_words *w, size_t i)
{
    return denied_here(w, i) && !fault_restated(w, w->v[i].clause) && !cs_words_denial_undone(w, i);
}

int cs_words_agent_seeks(const cs_words *w, size_t i)
{
    /* 我 / 我们 (or a word of jieba's gluing 我 to an adverb: 我来, 我去) as the subject */
    static const char *const me[] = { "我", "我们", "我来", "我去", "我先", "我再", "我这边", "我们这边", "咱们", "这边",
                                      NULL };
    /* what may stand between the agent and the seeking verb: when, whether and where it is done */
    static const char *const adverb[] = {
        "去", "来", "马上", "这就", "现在", "立刻", "立即", "先", "再", "会", "可以", "就", "尽快", "稍后", "一会儿",
        "待会儿", "帮", "帮您", "为您", "替您", "给您", "帮你", "给你", "替你", "这边", "也", "还", "都", "再去",
        "马上去", "这就去", "去帮您", "一定", "亲自", "赶紧", "会帮您", "可以帮您", "得", "要", "需要", NULL };
    /* 我不去找领导 / 我没法替您问别的部门: a refusal is no offer */
    static const char *const refuse[] = { "不", "没", "别", "不会", "不能", "没法", "无法", "不用", "不想", "不可能",
                                          "不再", "没有", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause;
    for (size_t k = i; k-- > 0 && w->v[k].clause == c;) {
        if (cs_word_in(w->v[k].w, refuse)) return 0;
        /* 帮您 / 为您 / 替您 ahead of the verb: the agent does it for the caller */
        if (cs_word_in(w->v[k].w, (const char *const[]){ "帮您", "为您", "替您", "帮你", "替你", NULL })) return 1;
        if (cs_word_in(w->v[k].w, me)) return 1;
        /* 帮|您 / 给|您 as the lexicon cuts them: both words pass (替, 为 and 给 alone are no adverb) */
        if (k > 0 && w->v[k - 1].clause == c && cs_word_in(w->v[k].w, (const char *const[]){ "您", "你", NULL }) &&
            cs_word_in(w->v[k - 1].w, (const char *const[]){ "帮", "替", "为", "给", NULL })) {
            k--;
            continue;
        }
        if (!cs_word_in(w->v[k].w, adverb)) return 0;
    }
    return 0;
}

/* The clause c opens with the agent and a part of the agent: [interjection] [瞧/看/怪/都怪] 我
 * [这/这个/的] SELF, SELF one of the agent's parts (人, 记性, 脑子, 嘴 …), and names no caller. */
static int opens_with_agent_part(const cs_words *w, size_t c)
{
    static const char *const oh[] = { "哎呀", "唉", "哎", "啊呀", "哎哟", "哎呦", "嗨", "呀", "嗐", NULL };
    static const char *const look[] = { "瞧", "看", "怪", "都怪", "瞅", "你看", "您看", "你瞧", "您瞧", NULL };
    static const char *const self[] = { "人", "这人", "这个人", "记性", "脑子", "脑袋", "脑瓜", "脑瓜子", "猪脑子", "嘴",
                                        "笨嘴", "嘴巴", "眼神", "眼睛", "耳朵", "手", "笨手", "性子", "反应", "普通话",
                                        "舌头", "忘性", "记忆力", "脑子里", NULL };
    static const char *const this_[] = { "这", "这个", "的", NULL };
    size_t f = 0;
    while (f < w->n && w->v[f].clause != c) f++;
    size_t end = f;
    while (end < w->n && w->v[end].clause == c) end++;
    size_t k = f;
    if (k < end && cs_word_in(w->v[k].w, oh)) k++;
    /* 您看我这记性: 您看 / 您 看 is a turn of speech, not the caller named */
    if (k + 1 < end && cs_word_in(w->v[k].w, (const char *const[]){ "你", "您", NULL }) && cs_word_in(w->v[k + 1].w, look)) k++;
    if (k < end && cs_word_in(w->v[k].w, look)) k++;
    for (size_t j = k; j < end; j++)
        if (names_caller(w->v[j].w)) return 0;
    if (k >= end || strcmp(w->v[k].w, "我") != 0) return 0;
    k++;
    if (k < end && cs_word_in(w->v[k].w, this_)) k++;
    return k < end && cs_word_in(w->v[k].w, self);
}

int cs_words_agent_own(const cs_words *w, size_t i)
{
    static const char *const like[] = { "跟", "像", "就像", "好像", "跟个", "像个", "简直", "活像", "和", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause, f = i;
    while (f > 0 && w->v[f - 1].clause == c) f--;
    if (opens_with_agent_part(w, c)) return 1;
    if (f == 0 || !cs_word_in(w->v[f].w, like)) return 0;
    for (size_t k = f; k < w->n && w->v[k].clause == c; k++)
        if (names_caller(w->v[k].w)) return 0;
    return opens_with_agent_part(w, w->v[f - 1].clause);
}

int cs_words_spell(const cs_words *w, size_t from, size_t c, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t j = from; j < w->n && (c == (size_t)-1 || w->v[j].clause == c); j++) {
        size_t len = strlen(w->v[j].w);
        if (k + len >= cap) return 0;
        memcpy(buf + k, w->v[j].w, len);
        k += len;
    }
    buf[k] = '\0';
    return 1;
}

char *cs_words_spelled(const cs_words *w, size_t from, size_t c)
{
    size_t n = 1;
    for (size_t j = from; j < w->n && (c == (size_t)-1 || w->v[j].clause == c); j++) n += strlen(w->v[j].w);
    char *buf = malloc(n);
    if (buf) cs_words_spell(w, from, c, buf, n);
    return buf;
}

int cs_words_breakdown_clause(const cs_words *w, size_t c)
{
    /* spelled over the clause, as the lexicon may cut 又卡 / 卡了 / 掉线 either way; a bare 卡 or 断
     * is a card or a cut-off, so only with 又/了/住/掉 beside it */
    static const char *const broke[] = { "又卡", "卡了", "卡住", "卡死", "卡牢", "卡纸", "死机", "又断", "断了", "断掉", "断线",
                                         "掉线", "断网", "没网", "崩了", "又崩", "崩溃", "坏了", "又坏", "黑屏", "黑掉", "没反应",
                                         "打不开", "转圈", "闪退", "卡顿", "宕机", "停电",
                                         /* a service or a lookup failing (卧槽，高铁又晚点了 / 靠，物流信息怎么又刷不出来):
                                          * the situation sworn at, nobody named (helper fixin13) */
                                         "晚点", "延误", "停运", "停飞", "取消了", "查不到", "查不出", "登不上", "登不进",
                                         "进不去", "刷不出", "加载不出", "报错", "出错了", "故障", "没信号",
                                         /* what the caller wanted gone (卧槽，体检名额一放出来就约满了 / 卧铺又卖完了): the
                                          * situation sworn at (helper fixin15) */
                                         "抢光", "抢完", "被抢", "卖光", "卖完", "售罄", "约满", "挂满", "满号", "号满", "没号了",
                                         NULL };
    static const char *const caller_did[] = { "打电话", "打过来", "打来", "来电", "打进来", "投诉", "不会", "好意思", "找茬",
                                              "来问", "来找", "侬", "恁", "妳", NULL };
    if (!w) return 0;
    char text[256];
    size_t f = 0;
    while (f < w->n && w->v[f].clause != c) f++;
    if (f == w->n) return 0;
    for (size_t j = f; j < w->n && w->v[j].clause == c; j++)
        if (names_caller(w->v[j].w)) return 0;
    if (!cs_words_spell(w, f, c, text, sizeof text)) return 0;   /* a long clause says more than a breakdown */
    return !cs_g_holds_any(text, caller_did) && cs_g_holds_any(text, broke);
}

/* 第五次 / 第3回 / 第十趟: the caller's calls counted (a 第, one numeral, then 次/回/遍/趟). */
static int counts_calls(const char *text)
{
    static const char *const num[] = { "二", "三", "四", "五", "六", "七", "八", "九", "十", "几", "2", "3", "4", "5", "6", "7",
                                       "8", "9", "N", "n", NULL };
    static const char *const times[] = { "次", "回", "遍", "趟", NULL };
    for (const char *p = strstr(text, "第"); p; p = strstr(p + 1, "第"))
        for (size_t a = 0; num[a]; a++) {
            const char *q = p + strlen("第");
            if (strncmp(q, num[a], strlen(num[a]))) continue;
            q += strlen(num[a]);
            for (size_t b = 0; times[b]; b++)
                if (!strncmp(q, times[b], strlen(times[b]))) return 1;
        }
    return 0;
}

int cs_words_warm_regular(const cs_words *w, size_t i)
{
    static const char *const warm[] = { "有什么可以帮", "什么可以帮", "可以帮您", "可以帮你", "帮您", "请讲", "请说", "您说",
                                        "您讲", "还好吧", "还好吗", "好吗", "身体", "最近", "好久不见", "欢迎", "听声音",
                                        "好了吧", "解决了吧", "修好", "阿姨", "大爷", "大妈", "叔叔", "阿伯", "阿婆", "大姐",
                                        "大哥", "老师", "师傅", "您好", "你好", "奶奶", "爷爷", "嬢嬢", "老人家", NULL };
    static const char *const grumble[] = { "烦", "怎么又", "又怎么", "又咋", "咋又", "没完", "天天", "又来", "到底", "干嘛",
                                           "又要", "又有什么", "又有啥", "又什么", "老是", "总是", "整天", "几次", "第几",
                                           "还没完", "受不了", "头疼", "头大", "服了", "无语", "晕", "唉", "哎呦又",
                                           /* the caller called idle (helper review11) */
                                           "清闲", "够闲", "真闲", "挺闲", "好闲", "闲得", "没事干", "没事做", NULL };
    if (!w || i >= w->n) return 0;
    char text[512];
    if (!cs_words_spell(w, 0, (size_t)-1, text, sizeof text)) return 0;
    const char *again = strstr(text, "又是您");
    if (!again) again = strstr(text, "又是你");
    if (!again) return 0;
    if (cs_g_holds_any(text, grumble)) return 0;
    if (counts_calls(text)) return 0;   /* 欢迎欢迎，这个月第五次了: the calls counted, a sigh */
    /* the welcome goes on after 又是您 (又是您呀张阿姨，今天有什么可以帮您的); said after the offer, as
     * the reply's last words (请问有什么可以帮您？又是您啊), it is a sigh */
    return cs_g_holds_any(again + strlen("又是您"), warm);
}

int cs_words_sympathy(const cs_words *w)
{
    static const char *const care[] = { "对不住", "对不起", "抱歉", "不好意思", "辛苦", "没事吧", "没事就好", "吓坏", "受苦",
                                        "受累", "心疼", "马上", "立刻", "立即", "这就", "赶紧帮", "帮您", "给您派", "为您",
                                        "委屈", "难为您", "让您久等", "让您等",
                                        /* 您这一路可遭罪了，我赶紧给您登记上 (fpprobe) */
                                        "遭罪", "受罪", "赶紧给您", NULL };
    static const char *const reproach[] = { "咋整", "怎么整", "怎么又", "咋又", "这都", "都不会", "不会弄", "简单", "还不",
                                            "没交", "超期", "怎么搞", "咋搞", "你咋", "您咋", "墨迹", "磨叽", "到底", "又把",
                                            "又是", "怎么回事",
                                            /* the caller's manner judged (你可真能折腾, 你话真多): dismay at
                                             * the caller, not for the caller (helper review11) */
                                            "真能", "太能", "这么能", "那么能", "话真多", "话太多", "话也太多",
                                            "话咋这么多", "话怎么这么多", NULL };
    if (!w) return 0;
    char text[512];
    if (!cs_words_spell(w, 0, (size_t)-1, text, sizeof text)) return 0;
    return !cs_g_holds_any(text, reproach) && cs_g_holds_any(text, care);
}
