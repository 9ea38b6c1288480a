/* Blame laid on the caller: 这不是我们的问题，是你手机的问题, 都怪你, 是您先发火的, the caller's
 * fault set against our being fine (您操作有问题，我们系统是好的) (呼叫服务员职业标准(试行)
 * 五级 三(一)2 (不用禁忌语及口头禅) and 贵阳 T-GSOCCIA
 * 001—2020 §二(三)6 (注意通话语气和态度)). A cause named with an apology, a hedge or help, or a
 * lapse excused (您没仔细看，不要紧) is no blame; each rule names the polite form it must leave
 * alone. */
#include "tone_scan.h"

#include <string.h>

/* Is [from, b) nothing but the matter pointed at (这个, 这种事, 办这个) and particles? */
static int disowns_rest(scan *sc, size_t from, size_t b)
{
    for (size_t k = from; k < b; k++)
        if (!in(sc, k, &TAIL) && !in(sc, k, (list){ "这个", "这些", "这种", "这块", "这事", "这种事", "这类", "这方面", "这",
                                                    "事", "事情", "问题", "办", "处理", "管", "那个", "那些", "哈", "啦", NULL }))
            return 0;
    return 1;
}

/* 这不是我们的问题: the fault denied as ours, 不是 before 我们 before a fault word. */
static int not_our_fault(scan *sc, size_t a, size_t b)
{
    size_t neg = find(sc, a, b, (list){ "不是", "并非", "不属于", "可不是", NULL });
    size_t us = neg < b ? find(sc, neg + 1, tone_upto(b, neg + 3), &FIRST) : NONE;
    size_t fault = us < b ? find(sc, us + 1, tone_upto(b, us + 4), &FAULT) : NONE;
    if (fault < b) return tone_hit(sc, "blame", "推卸责任", neg, fault, fault);
    return TONE_GO_ON;
}

/* 我们不管 / 我们不负责 / 我们这儿不负责: the matter disowned by us, with 我们 at i. */
static int disowned_at(scan *sc, size_t b, size_t i)
{
    if (in(sc, i, &FIRST) && i + 1 < b && in(sc, i + 1, &NOT_OURS))
        return tone_hit(sc, "blame", "推卸责任", i, i + 1, i + 1);
    /* 我们不负责 / 客服这边不负责办这个 / 我们不管这种事: the disclaimer typed as two words (不
     * 负责), ending the clause but for the matter pointed at (not 我们不负责收取任何押金, which
     * states what we never do) */
    size_t no = in(sc, i, &FIRST) ? i + 1 : NONE;
    if (no < b && in(sc, no, (list){ "这儿", "这里", "这边", "这", "客服", NULL })) no++;
    if (no + 1 < b && tone_is(sc, no, "不") && in(sc, no + 1, (list){ "负责", "管", NULL }) && disowns_rest(sc, no + 2, b))
        return tone_hit(sc, "blame", "推卸责任（推诿）", i, no + 1, no + 1);
    /* 我们这儿不负责 */
    if (in(sc, i, &FIRST) && i + 2 < b && in(sc, i + 1, (list){ "这儿", "这里", "这边", "这", NULL }) &&
        in(sc, i + 2, &NOT_OURS))
        return tone_hit(sc, "blame", "推卸责任", i, i + 2, i + 2);
    return TONE_GO_ON;
}

/* 都怪你 / 是你手机的问题: a blame word at i with the caller after it, unless negated (不能怪您 /
 * 怎么能怪您 / 这不可能是您的错 take the fault off the caller). */
static int blamed_at(scan *sc, size_t a, size_t b, size_t i)
{
    if (!in(sc, i, &BLAME_LEAD) || (i > a && in(sc, i - 1, &NEG))) return TONE_GO_ON;
    if (i > a && in(sc, i - 1, (list){ "不能", "不该", "不应该", "怎么能", "哪能", "别", "不会", "不可能", "绝不", "并不", NULL })) return TONE_GO_ON;
    if (i > a + 1 && tone_is(sc, i - 1, "可能") && in(sc, i - 2, &NEG)) return TONE_GO_ON;   /* 这不可能是您的错 clears the caller */
    /* taboo35: 可能是您家路由器的原因，我帮您约师傅上门 — a cause guessed (hedged) with help or an apology after it is the
     * helpful correction this module's header leaves alone, not blame */
    if (i > a && in(sc, i - 1, (list){ "可能", "也许", "或许", "估计", "大概", "应该", NULL }) &&
        (tone_in_reply(sc, APOLOGY) || cs_words_help_after(sc->w, i)))
        return TONE_GO_ON;
    size_t who = find(sc, i + 1, tone_upto(b, i + 3), &SECOND);
    if (who >= b) return TONE_GO_ON;
    /* 这件事怪不到您头上 / 怪不着您: the fault taken off the caller (helper fixp11) */
    if (strstr(tone_word(sc, i), "怪不") || (strstr(tone_word(sc, i), "怪") &&
                                           (i + 1 < b && in(sc, i + 1, (list){ "不到", "不着", "不了", "不得", NULL }))))
        return TONE_GO_ON;
    if (strstr(tone_word(sc, i), "怪")) return tone_hit(sc, "blame", "怪罪客户", i, who, i);
    /* 是你手机的问题 / 是您自己的原因: the fault is the caller's (的 before it) */
    size_t f = find(sc, who + 1, tone_upto(b, who + 5), &FAULT);
    /* 是您手机的问题 — not 是回访您上次反映的问题 (a verb between 是 and 您) */
    if (f < b && f > who + 1 && who == i + 1 && tone_is(sc, f - 1, "的")) return tone_hit(sc, "blame", "怪罪客户", i, f, f);
    return TONE_GO_ON;
}

/* Each word of the clause in turn, asked both ways before the next: the first word that decides
 * names the hit (推卸 or 怪罪). */
static int disowned_or_blamed(scan *sc, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        int r = disowned_at(sc, b, i);
        if (r == TONE_GO_ON) r = blamed_at(sc, a, b, i);
        if (r != TONE_GO_ON) return r;
    }
    return TONE_GO_ON;
}

/* 还怪我们: the caller's complaint turned back on them. */
static int blames_us_instead(scan *sc, size_t a, size_t b)
{
    size_t blame_us = find(sc, a, b, (list){ "怪", NULL });
    if (blame_us > a && blame_us + 1 < b && in(sc, blame_us - 1, (list){ "还", "倒", "反而", NULL }) && in(sc, blame_us + 1, &FIRST))
        return tone_hit(sc, "blame", "怪罪客户", blame_us - 1, blame_us + 1, blame_us);
    return TONE_GO_ON;
}

/* 你就是不听: the caller blamed for not listening (not with 清楚 after the verb, nor in a 吗 question). */
static int never_listens(scan *sc, size_t a, size_t b)
{
    size_t you_just = find(sc, a, b, &SECOND);
    size_t just = you_just < b ? find(sc, you_just + 1, tone_upto(b, you_just + 3), (list){ "就是", "偏", "偏偏", "总是", "老是", "就", NULL }) : NONE;
    if (just + 1 < b && (in(sc, just + 1, (list){ "不听", "不信", "不看", NULL }) ||
                         (just + 2 < b && tone_is(sc, just + 1, "不") && in(sc, just + 2, (list){ "听", "信", "看", NULL }))) &&
        (just + 2 >= b || !tone_is(sc, just + 2, "清楚")) && !tone_is(sc, b - 1, "吗"))
        return tone_hit(sc, "blame", "怪罪客户", you_just, just + 1, just);
    return TONE_GO_ON;
}

/* 现在出了问题怪谁 / 能怪谁: the fault thrown back, 怪谁 closing the clause. */
static int who_to_blame(scan *sc, size_t a, size_t b)
{
    size_t whom = find(sc, a, b, (list){ "怪谁", "能怪谁", "该怪谁", NULL });
    if (whom == NONE) {
        size_t blame_w = find(sc, a, b, (list){ "怪", NULL });
        if (blame_w + 1 < b && tone_is(sc, blame_w + 1, "谁")) whom = blame_w + 1;
        /* 这事不怪谁 / 谁也不怪: nobody blamed (helper fixp11) */
        if (whom < b && blame_w > a && in(sc, blame_w - 1, (list){ "不", "不能", "没", "别", "也不", "都不", NULL })) whom = NONE;
    }
    if (whom < b && whom + 1 >= b) return tone_hit(sc, "blame", "怪罪客户", whom, whom, whom);
    return TONE_GO_ON;
}

/* 您当时为什么不问清楚 / 您怎么不早说: reproach for what the caller did not do then. */
static int why_not_then(scan *sc, size_t a, size_t b)
{
    size_t you = find(sc, a, b, &SECOND);
    size_t then = you < b ? find(sc, you + 1, tone_upto(b, you + 3), (list){ "当时", "当初", "之前", "那时", "早", "以前", NULL }) : NONE;
    /* taboo35: the north's and south-west's 咋 / 为啥子 / 干啥 ask the same (您当时咋不说？) */
    size_t why = then < b ? find(sc, then + 1, tone_upto(b, then + 3), (list){ "为什么", "干嘛", "怎么", "为啥", "咋", "咋个",
                                                                              "为啥子", "干啥", "咋就", "怎么就", NULL }) : NONE;
    if (why + 1 >= b || (strncmp(tone_word(sc, why + 1), "不", 3) != 0 && strncmp(tone_word(sc, why + 1), "没", 3) != 0))
        return TONE_GO_ON;
    /* taboo35: 您当时怎么没收到短信呢 — what did not reach the caller is no act they failed to do */
    static const char *const reached[] = { "没收到", "没接到", "没到账", "没到", "没显示", "没成功", "没通过", "没反应", "没响",
                                           "没有收到", "没有接到", "没有到账", "没有显示", "没弹出", "没提示", NULL };
    if (tone_words_hold(sc, why + 1, tone_upto(b, why + 4), reached)) return TONE_GO_ON;   /* (read across 没收|到) */
    return tone_hit(sc, "blame", "怪罪客户", you, why + 1, why);
}

/* 您自己弄错了 / 你自己的问题 / 你自己看着办: 你自己 followed by the caller's own fault (blame) or
 * by a do-it-yourself (推诿, reported as dismissive). */
static int on_yourself(scan *sc, size_t a, size_t b)
{
    for (size_t who = a; who < b; who++) {
        if (!in(sc, who, &SECOND)) continue;
        size_t self = who;
        if (!strstr(tone_word(sc, who), "自己")) {
            if (who + 1 >= b || !tone_is(sc, who + 1, "自己")) continue;
            self = who + 1;
        }
        size_t own = find(sc, self + 1, tone_upto(b, self + 4), &OWN_FAULT);
        if (own < b) return tone_hit(sc, "blame", "怪罪客户", who, own, own);
        size_t f = find(sc, self + 1, tone_upto(b, self + 3), &FAULT);
        if (f < b) return tone_hit(sc, "blame", "怪罪客户", who, f, f);
        size_t look = find(sc, self + 1, tone_upto(b, self + 3), (list){ "看", "查", "去", "找", "上网", "看着办", "想办法", NULL });
        size_t think = find(sc, self + 1, tone_upto(b, self + 3), (list){ "想", NULL });   /* 你自己想办法 */
        if (look == NONE && think + 1 < b && in(sc, think + 1, (list){ "办法", "法子", "辙", NULL })) look = think + 1;
        if (look < b) return tone_hit(sc, "dismissive", "推诿（让客户自己办）", who, look, look);
    }
    return TONE_GO_ON;
}

/* The checks of tone_blame in the order they are asked: the first that decides names the hit. */
static int (*const BLAME_CHECKS[])(scan *sc, size_t a, size_t b) = {
    not_our_fault, disowned_or_blamed, blames_us_instead, never_listens, who_to_blame, why_not_then, on_yourself,
};

/* 这不是我们的问题，是你手机的问题 / 都怪你 / 您自己弄错了 / 我们不管: the fault put on the
 * caller, or the matter pushed away. */
int tone_blame(scan *sc, size_t a, size_t b, int question)
{
    for (size_t k = 0; k < sizeof BLAME_CHECKS / sizeof *BLAME_CHECKS; k++) {
        int r = BLAME_CHECKS[k](sc, a, b);
        if (r != TONE_GO_ON) return r;
    }
    return 0;
}

/* The fault put on the caller (呼叫服务员职业标准(试行) 五级 三(一)2; 贵阳 §二(三)6; the polite model is 2.14's
 * correction and 2.10's 请您再核对一下): 别赖我们 / 这也能怪我们 / 挂不上号是你来晚了 / 您操作有问题，
 * 我们系统是好的 / 您没有认真阅读协议 / 出问题只能自己负责 / 后果你自己负责 / 你不在家怪快递员？
 * Said with an apology, a hedge (可能是…) or a next step, the same facts are the helpful correction. */
/* 您别怪我啰嗦 / 别怪我多嘴: the agent excusing their own manner in advance, a courtesy (贵阳 T-GSOCCIA
 * 001—2020 §二(二) 2.1 礼貌用语 in spirit), not blame refused onto the caller: word k names it. */
static int own_manner(scan *sc, size_t k, size_t b)
{
    return k < b && in(sc, k, (list){ "啰嗦", "罗嗦", "唠叨", "多嘴", "絮叨", "话多", "多事", "嘴碎", "说话直", "直", "多问",
                                      "问得多", "问得细", "较真", "死板", "婆婆妈妈", "磨叽", NULL });
}

int tone_blame_more(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "怪罪客户";
    /* 别赖我们 / 这也能怪我们 / 怪不了我们: the fault refused back onto the caller */
    for (size_t i = find(sc, a, b, (list){ "赖", "怪", "怨", "怪不了", "怪不着", "赖不着", "赖不了", "怨不得", "赖不到", "怪不到", NULL });
         i + 1 < b; i = find(sc, i + 1, b, (list){ "赖", "怪", "怨", "怪不了", "怪不着", "赖不着", "赖不了", "怨不得", "赖不到", "怪不到", NULL })) {
        if (!in(sc, i + 1, &FIRST)) continue;
        int refused = strlen(tone_word(sc, i)) > 3 ||
                      (i > a && in(sc, i - 1, (list){ "别", "不要", "少", "甭", "不能", "不许", NULL })) ||
                      (i > a + 1 && tone_is(sc, i - 1, "能") && in(sc, i - 2, (list){ "也", "都", "还", NULL }));
        /* (请您别怪我们，非常抱歉 pleads with an apology) */
        if (refused && !tone_in_reply(sc, APOLOGY) && find(sc, a, b, COURTESY) == NONE && !own_manner(sc, i + 2, b)) { tone_hit(sc, "blame", label, i, i + 1, i); return 0; }
    }
    int soft = find(sc, 0, sc->w->n, APOLOGY) < sc->w->n || find(sc, a, b, HEDGE) < b || cs_words_help_after(sc->w, a);
    size_t who = find(sc, a, b, &SECOND);
    /* 你不在家怪快递员？: the caller's complaint thrown back as a question */
    size_t blame_w = who < b ? find(sc, who + 1, b, (list){ "怪", "赖", "怨", NULL }) : NONE;
    if (question && blame_w + 1 < b && !in(sc, blame_w - 1, (list){ "是", "在", "不", "别", NULL }) && find(sc, a, b, COURTESY) == NONE)
        { tone_hit(sc, "blame", label, who, blame_w, blame_w); return 0; }
    if (soft || question || find(sc, a, b, CONDITION) < b) return 0;
    /* 是你来晚了 / 是您没交费 / 是您自己忘了 (这不是您的问题 has 不是; 可能是您… is a hedge) */
    for (size_t i = find(sc, a, b, (list){ "是", "都是", "全是", "就是", NULL }); i + 2 < b;
         i = find(sc, i + 1, b, (list){ "是", "都是", "全是", "就是", NULL })) {
        if (i > a && in(sc, i - 1, (list){ "不", "这", "那", "可能", "也许", "应该", "还", "就", NULL })) continue;
        if (!in(sc, i + 1, &SECOND)) continue;
        size_t k = i + 2;
        if (k < b && tone_is(sc, k, "自己")) k++;
        if (k >= b) continue;
        const char *v = tone_word(sc, k);
        int lapse = strncmp(v, "没", 3) == 0 || strncmp(v, "忘", 3) == 0 || strncmp(v, "不", 3) == 0 ||
                    in(sc, k, (list){ "来晚", "晚", "迟到", "错过", "弄错", "搞错", "输错", "填错", "记错", "看错", "按错", "点错",
                                      "大意", "疏忽", "来", "弄", "搞", NULL });
        /* 来 晚 / 弄 坏: a late or clumsy act (来 alone is no lapse) */
        if (in(sc, k, (list){ "来", "弄", "搞", NULL }))
            lapse = k + 1 < b && in(sc, k + 1, (list){ "晚", "晚了", "坏", "错", "丢", "坏了", "丢了", NULL });
        /* 填 错 / 输 错: a slip cut in two */
        if (!lapse && k + 1 < b && in(sc, k + 1, (list){ "错", "错了", NULL })) lapse = 1;
        if (lapse) { tone_hit(sc, "blame", label, i, k, k); return 0; }
    }
    /* 您没有认真阅读协议 */
    if (who < b && !tone_reassured(sc, who, b)) {
        size_t no = find(sc, who + 1, tone_upto(b, who + 3), (list){ "没有", "没", "不", NULL });
        if (no + 1 < b && in(sc, no + 1, (list){ "认真", "仔细", "好好", "用心", "留心", NULL }))
            { tone_hit(sc, "blame", label, who, no + 1, no + 1); return 0; }
    }
    /* 出问题只能自己负责 / 后果你自己负责 / 后果自己承担 */
    size_t self = find(sc, a, b, (list){ "自己", "你自己", "您自己", NULL });
    size_t bear = self < b ? find(sc, self + 1, tone_upto(b, self + 3), (list){ "负责", "承担", "买单", "兜着", "担着", NULL }) : NONE;
    if (bear < b && find(sc, a, self, (list){ "只能", "后果", "得", "就得", "要", "只好", "出了事", NULL }) < self &&
        find(sc, a, self, &FIRST) == NONE)
        { tone_hit(sc, "blame", "推卸责任", self, bear, bear); return 0; }
    return 0;
}

/* 您操作有问题，我们系统是好的: the caller's fault set against our being fine, across clauses
 * (全是您的问题，我们这边一切正常). Not with an apology, a hedge or help (可能是您的网线松了，我们这边
 * 检测正常，您方便看一下吗). */
int tone_blame_vs_ours(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    if (tone_in_reply(sc, APOLOGY) || tone_in_reply(sc, HEDGE) || tone_in_reply(sc, COURTESY) || cs_words_help_after(w, 0)) return 0;
    size_t ours = NONE, theirs = NONE;
    for (size_t i = 0; i < w->n; i++) {
        if (w->question[w->v[i].clause]) continue;
        size_t b = i + 1;
        while (b < w->n && w->v[b].clause == w->v[i].clause && b < i + 5) b++;
        if (ours == NONE && in(sc, i, &FIRST)) {
            size_t fine = find(sc, i + 1, b, (list){ "正常", "没问题", "没有问题", "好好", "不会出错", "没错", NULL });
            /* taboo35: 没 / 问题 as the lexicon cuts 我们这边没问题 (spelled across the words) */
            size_t last;
            if (fine == NONE) fine = tone_spelled_in(sc, i + 1, b, (list){ "没问题", "没有问题", "没毛病", "没有毛病", NULL }, &last);
            if (fine == NONE) {
                size_t be = find(sc, i + 1, b, (list){ "是", NULL });
                if (be + 1 < b && tone_is(sc, be + 1, "好")) fine = be + 1;
            }
            if (fine < b) ours = fine;
        }
        if (theirs == NONE && in(sc, i, &SECOND)) {
            size_t f = find(sc, i + 1, b, (list){ "问题", "错", "不对", "出错", "错误", "毛病", NULL });
            int denied = i > 0 && in(sc, i - 1, (list){ "不是", "并非", "不", "没", "不怪", NULL });
            int told = f < b && find(sc, i + 1, f, (list){ "反映", "说", "讲", "提", "提到", "咨询", "问", "遇到", "提出", "反馈", "的话", NULL }) < f;
            /* taboo35: the caller's thing no good (你的手机不行 / 你家电视机坏了), set against our being fine */
            if (f == NONE) f = find(sc, i + 1, b, (list){ "不行", "坏了", "坏", "不好使", NULL });
            /* (您有问题随时打过来: an invitation, no fault) */
            size_t end = f < b ? f + 1 : b;
            while (end < w->n && w->v[end].clause == w->v[i].clause) end++;
            int invited = f < b && f > i + 1 && tone_is(sc, f - 1, "有") &&
                          find(sc, f + 1, end, (list){ "随时", "可以", "欢迎", "再", "就", "联系", "打", "找", NULL }) < end;
            if (f < b && !denied && !told && !invited && !in(sc, f - 1, (list){ "不是", "没", "没有", NULL })) theirs = i;
        }
    }
    if (ours != NONE && theirs != NONE) tone_hit(sc, "blame", "怪罪客户", theirs, ours, theirs);
    return 0;
}

/* A word of fault in what the caller did: 没看, 不听, 乱改, 忘了, 点错, 发火. */
static int faulty(scan *sc, size_t k)
{
    const char *w = tone_word(sc, k);
    return strncmp(w, "没", 3) == 0 || strncmp(w, "不", 3) == 0 || strncmp(w, "乱", 3) == 0 ||
           strncmp(w, "忘", 3) == 0 || strncmp(w, "瞎", 3) == 0 || strstr(w, "错") != NULL ||
           in(sc, k, (list){ "发火", "骂", "吵", "闹", "挂", "弄坏", "搞坏", "非要", "偏要", "泄露", "吼", "嚷", "嚷嚷", "凶", "动手",
                             "发脾气", "骂人", "吵架", "找茬", "挑事", NULL });
}

/* 是您先发火的 / 主要还是您操作有问题 / 要不是您乱改设置 / 处理不了可别怪我们: the fault put on
 * the caller, or taken off the agent in advance (贵阳 §二(三)6 注意通话语气和态度; 呼叫服务员职业标准(试行)
 * 五级 三(一)2 不用禁忌语). */
int tone_tail_blame(scan *sc, size_t a, size_t b, int question)
{
    static const char *const cond[] = { "如果", "要是", "若", "假如", "万一", "的话", NULL };
    int conditional = find(sc, a, b, cond) < b;
    for (size_t i = find(sc, a, b, &SECOND); i < b; i = find(sc, i + 1, b, &SECOND)) {
        /* 是您先发火的 (not 是您自己来办还是家人代办, a choice; not asked) */
        if (i > a && tone_is(sc, i - 1, "是") && !question && find(sc, i + 1, b, (list){ "还是", NULL }) == NONE) {
            size_t self = i + 1 < b && in(sc, i + 1, (list){ "先", "自己", "自个儿", NULL }) ? i + 1 : NONE;
            if (self + 1 < b && faulty(sc, self + 1)) return tone_hit(sc, "blame", "怪罪客户", i - 1, self + 1, self + 1);
        }
        /* 您操作有问题 / 您设置不对 (您填的地址有误 states a fact; 如果您操作有问题 is a condition) */
        size_t act = find(sc, i + 1, tone_upto(b, i + 3), (list){ "操作", "设置", "填", "填写", "输入", "输", "拨", "按", "点", "选",
                                                              "改", "用", "使用", NULL });
        if (act < b && !conditional && !question) {
            size_t last = tone_spells_any(sc, act + 1, b, (list){ "有问题", "不对", "不当", "有毛病", NULL });
            if (last < b) return tone_hit(sc, "blame", "怪罪客户", i, last, act);
        }
        /* 要不是您乱改设置 (要不是您提醒 thanks the caller: no word of fault) */
        if (i > a && tone_is(sc, i - 1, "要不是")) {
            for (size_t k = i + 1; k < tone_upto(b, i + 4); k++)
                if (faulty(sc, k)) return tone_hit(sc, "blame", "怪罪客户", i - 1, k, k);
        }
    }
    /* 可别怪我们 / 怪不了我们 / 能怪我们吗 (这也怪不得您 clears the caller: the agent must be named) */
    for (size_t i = a; i < b; i++) {
        size_t k = NONE;
        if (in(sc, i, (list){ "别怪", "怪不了", "怪不着", "不能怪", "怪不得", NULL })) k = i + 1;
        else if (tone_is(sc, i, "怪") && i + 1 < b && in(sc, i + 1, (list){ "不了", "不着", "不得", NULL })) k = i + 2;
        else if (tone_is(sc, i, "怪") && question) k = i + 1;
        else if (in(sc, i, (list){ "别", "不能", NULL }) && i + 1 < b && tone_is(sc, i + 1, "怪")) k = i + 2;
        if (k < b && in(sc, k, &FIRST) && !own_manner(sc, k + 1, b)) return tone_hit(sc, "blame", "推卸责任", i, k, i);
    }
    return 0;
}

/* 问题不在我们这边，是您家网线没插好: our side declared clear and the fault named on the caller's, with
 * nothing offered (贵阳 §二(三)6; 五级 三(一)2 不用禁忌语; the polite model is 2.14's own correction). 问题不在
 * 您这边，是我们的线路 owns the fault; an apology or a next step makes it an explanation. */
int tone_clear_of_us(scan *sc, size_t from, size_t to, int question)
{
    size_t n = sc->w->n;
    for (size_t i = find(sc, 0, n, (list){ "不在", "不", NULL }); i + 1 < n; i = find(sc, i + 1, n, (list){ "不在", "不", NULL })) {
        size_t at = i + 1;   /* 不在 as one word, or 不 + 在 */
        if (tone_is(sc, i, "不") && (!tone_is(sc, at, "在") || ++at >= n)) continue;
        if (!in(sc, at, &FIRST)) continue;
        size_t is_w = find(sc, at + 1, tone_upto(n, at + 7), (list){ "是", "就是", "都是", NULL });
        if (is_w == NONE || is_w + 1 >= n || !in(sc, is_w + 1, &SECOND) || tone_softened(sc)) continue;
        tone_hit(sc, "blame", "推卸责任", i, is_w + 1, is_w + 1);
        return 0;
    }
    return 0;
}

/* 一般都是用户自己没按步骤来造成的: the fault put on "users", the caller among them (贵阳 §二(三)6;
 * 五级 三(一)2 不用禁忌语; the polite model is 2.14's own correction). 如果是用户自己误操作导致的，我们也能帮您恢复 offers
 * help on a condition (softened). */
int tone_users_fault(scan *sc, size_t a, size_t b, int question)
{
    size_t u = find(sc, a, b, (list){ "用户", "客户", "顾客", "消费者", "用户们", "大家", NULL });
    if (u == NONE || u + 1 >= b || !tone_is(sc, u + 1, "自己")) return 0;
    size_t cause = find(sc, u + 2, b, (list){ "造成", "导致", "引起", "弄", "搞", "弄坏", "搞坏", "搞错", "弄错", NULL });
    if (cause == NONE || tone_softened(sc)) return 0;
    return tone_hit(sc, "blame", "怪罪客户", u, cause, u + 1);
}

/* 您也没仔细听 / 是您没认真看 / 您下单时也没认真核对: the caller's inattention named (blame), not
 * excused (您没留意到也正常) nor the agent's own (我也没仔细核实) nor asked as a condition */
int tone_careless_caller(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"您你");
    size_t who = find(sc, a, b, &SECOND);
    /* (可能您没注意到，我跟您说一下: a hedge, the lapse allowed for, not held against the caller) */
    if (who == NONE || find(sc, a, b, CONDITION) < b || find(sc, a, b, HEDGE) < b) return 0;
    size_t no = find(sc, who + 1, tone_upto(b, who + 6), (list){ "没", "没有", "没能", NULL });
    if (no == NONE) return 0;
    /* 你骂人我就没办法好好帮您了: the agent's inability (我 … 没 办法), the boundary §二(三)3 draws at abuse */
    if (find(sc, who + 1, no, &FIRST) < no || (no + 1 < b && in(sc, no + 1, (list){ "办法", "法", "法子", NULL }))) return 0;
    static const char *const heed[] = { "仔细", "认真", "好好", "留意", "注意", "细看", "用心", "专心", NULL };
    size_t care = find(sc, no + 1, tone_upto(b, no + 3), heed);
    /* 仔细听 / 认真看 are one word each: the heed is their first two characters */
    for (size_t k = no + 1; care == NONE && k < tone_upto(b, no + 3); k++)
        for (const char *const *h = heed; *h && care == NONE; h++)
            if (strncmp(tone_word(sc, k), *h, strlen(*h)) == 0) care = k;
    if (care == NONE || tone_reassured(sc, care, b)) return 0;
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause == sc->w->v[b - 1].clause + 1) end++;
    if (find(sc, care, end, (list){ "正常", "也正常", "难免", "很正常", "可以理解", NULL }) < end) return 0;
    return tone_hit(sc, "blame", "怪罪客户（没仔细听）", who, care, care);
}

/* 你办卡的时候就该想到 / 签之前你早该看明白: the caller blamed in hindsight (blame, §二(三)6; 2.14
 * explains the caller's slip instead). */
int tone_hindsight_blame(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"该");
    size_t last = NONE;
    size_t should = tone_spelled_in(sc, a, b, (list){ "早该", "就该", "早就该", "本该", "本来就该", "早应该", "就应该", "早就应该",
                                                  "本来就应该", "当初就该", NULL }, &last);
    if (should == NONE || find(sc, a, should, &FIRST) < should) return 0;
    size_t know = find(sc, last + 1, tone_upto(b, last + 4), (list){ "想到", "知道", "想清楚", "看清楚", "看明白", "问清楚", "注意",
                                                                "明白", "看", "问", "想", "考虑", "了解", "清楚", "看好", "问好", NULL });
    if (know == NONE) return 0;
    int then = find(sc, a, should, (list){ "时候", "之前", "前", "当初", "当时", "那时", "早", NULL }) < should || find(sc, a, b, &SECOND) < b;
    if (then) return tone_hit(sc, "blame", "指责客户（早该…）", should, know, should);
    return 0;
}

/* 下单前不看清楚，现在运费当然你自己出 / 当初没问清楚，现在只能自己担着: the caller's earlier
 * carelessness made the reason for the cost now (blame, §二(三)6). 如果您当时没看清楚也没关系 excuses. */
int tone_careless_then(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"前时初");
    static const char *const check[] = { "看清楚", "问清楚", "看仔细", "看好", "问好", "核对", "看明白", "想清楚", "确认", "想好",
                                         "问明白", "搞清楚", "弄清楚", NULL };
    size_t c = find(sc, a, b, check);
    if (c == NONE || c == a || !in(sc, c - 1, (list){ "不", "没", "没有", NULL })) return 0;
    if (find(sc, a, c, (list){ "前", "之前", "以前", "当时", "当初", "时候", "的时候", NULL }) == NONE || tone_in_reply(sc, CONDITION)) return 0;
    size_t end = tone_next_clause_end(sc, b);
    if (end == b || tone_reassured(sc, c, b)) return 0;
    size_t now = find(sc, b, end, (list){ "现在", "当然", "只能", "怪", "活该", "自己", NULL });
    if (now < end) return tone_hit(sc, "blame", "指责客户（当初不看清楚）", c - 1, now, c);
    return 0;
}

/* 不过您说话也挺冲的 / 您的态度也挺差 / 你嗓门那么大干什么: the caller's manner judged back, blame
 * put on the caller (§二(三)6). 我们的态度确实不好 is the agent's own; 您说话很清楚 praises. */
int tone_manner_judged(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"话语态气门声");
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE || find(sc, a, who, &FIRST) < who) return 0;
    size_t m = find(sc, who + 1, tone_upto(b, who + 4), (list){ "说话", "讲话", "语气", "态度", "口气", "嗓门", "脾气", "声音", NULL });
    if (m == NONE) return 0;
    size_t last = NONE;
    size_t bad = tone_spelled_in(sc, m + 1, tone_upto(b, m + 6), (list){ "冲", "凶", "差", "不好", "不太好", "难听", "不客气", "横", "大",
                                                               "恶劣", "不怎么样", "太差", "很差", "冲了", "差劲", NULL }, &last);
    if (bad == NONE) return 0;
    if (find(sc, m + 1, bad, (list){ "也", "可", "挺", "太", "这么", "那么", "真", "很", "还挺", "够", NULL }) == NONE) return 0;
    return tone_hit(sc, "blame", "指责客户（说话态度）", who, last, m);
}

/* 不能怪人家 / 怪不得师傅 / 别怪快递员: the one the caller complains of defended, so the fault is put
 * back on the caller (贵阳 §二(三)6; 五级 三(一)2 不用禁忌语; the 2.17 apology owed instead). Not with an
 * apology or the caller cleared too (这不能怪您，也不能怪师傅，是系统派错了单); help after it
 * (…不能怪人家，我帮您重新预约) excuses it as every 推 label does (hit). */
int tone_defend_third(scan *sc, size_t a, size_t b, int question)
{
    static const char *const open[] = { "不能怪", "不能全怪", "怪不了", "怪不得", "别怪", "不要怪", "不该怪", "不应该怪",
                                        "也怪不着", "怪不着", NULL };
    static const char *const them[] = { "人家", "别人", "他们", "她们", "他", "她", "师傅", "同事", "快递员", "快递小哥",
                                        "司机", "营业员", "工作人员", "柜台", "商家", "银行", "维修", "安装", NULL };
    static const char *const you_first[] = { "您", "你", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = tone_word(sc, i);
        if (!strstr(w, "怪") && strncmp(w, "不", 3) != 0 && strncmp(w, "别", 3) != 0 && strncmp(w, "也", 3) != 0) continue;
        char buf[64];
        const char *rest = tone_after_any(tone_joined(sc, i, b, buf, sizeof buf), open);
        const char *end = rest ? tone_after_any(rest, them) : NULL;
        if (!end) continue;
        if (tone_in_reply(sc, APOLOGY)) return 0;
        /* 怪您 / 怪你 anywhere: the caller is cleared as well */
        for (size_t k = 0; k < sc->w->n; k++) {
            const char *v = tone_word(sc, k);
            if (strstr(v, "怪") && k + 1 < sc->w->n && in(sc, k + 1, you_first)) return 0;
            if (strstr(v, "怪您") || strstr(v, "怪你")) return 0;
        }
        tone_hit(sc, "blame", "推卸责任（不能怪人家）", i, tone_word_at_byte(sc, i, b, (size_t)(end - buf)), i);
        return 0;
    }
    return 0;
}

/* 您不提前预约，当然挂不上号 / 你没带证件，难怪办不了: the caller's omission named and the
 * failure called its obvious result (当然, 难怪 …): blame, 贵阳 §二(三) 6 注意通话语气和态度 and
 * 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语. Not 您不用担心，当然可以办 (不用 is not an omission), not when the next
 * clause excuses or helps (当然不怪您 / 当然可以帮您补办). */
int tone_obvious_blame(scan *sc, size_t a, size_t b, int question)
{
    static const char *const omit[] = { "不", "没", "没有", "未", "忘了", "忘记", NULL };
    static const char *const of_course[] = { "当然", "自然", "难怪", "怪不得", NULL };
    static const char *const kind[] = { "怪您", "怪你", "可以", "帮您", "为您", "没关系", "不要紧", "正常", "理解", NULL };
    if (b >= sc->w->n) return 0;
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, you + 1, b, omit) == NONE) return 0;
    if (find(sc, you + 1, b, (list){ "不用", "不必", "不要", "别", "不会", "不是", "没事", NULL }) != NONE) return 0;
    size_t end = tone_next_clause_end(sc, b), k = b;
    if (k < end && in(sc, k, (list){ "那", "所以", "那就", "这", NULL })) k++;
    if (k >= end || !in(sc, k, of_course)) return 0;
    /* the result is the matter failing (当然挂不上号, 难怪办不了), not the caller's feeling
     * (难怪您觉得心累: empathy) */
    int fails = 0;
    for (size_t j = k + 1; j < end; j++) {
        if (tone_spells_any(sc, j, end, kind) < end || in(sc, j, (list){ "觉得", "着急", "生气", "担心", "心累", "难受", "不高兴", "失望", NULL }))
            return 0;
        if (strstr(tone_word(sc, j), "不") || strstr(tone_word(sc, j), "没")) fails = 1;
    }
    if (fails) tone_hit(sc, "blame", "指责客户（当然…）", you, k, k);
    return 0;
}

/* 那是您理解错了 / 您搞错了 / 你记错了吧: the caller's mind declared mistaken, flatly: blame (贵阳
 * §二(三) 6; 五级 三(一)2 不用禁忌语). Not forestalled (免得您弄错), not hedged (您可能记错了, 您是不是看错了？ check
 * politely), not denied (您没记错), not said of the agent (是我理解错了, 我把您的号码记错了), not
 * 您误会了 (a clarification the agent then gives), not with reassurance (您记错了也没关系). */
int tone_caller_mistaken(scan *sc, size_t a, size_t b, int question)
{
    static const char *const wrong[] = { "理解错", "搞错", "弄错", "记错", "看错", "听错", "想错", "搞混", "弄混", "记混",
                                         "理解有误", "理解错误", "搞反", "弄反", "看反", NULL };
    static const char *const hedge[] = { "可能", "也许", "或许", "大概", "是不是", "会不会", "应该是", "估计", "好像", "没关系",
                                         "不要紧", "正常", "不怪", "难免", NULL };
    size_t you = find(sc, a, b, &SECOND);
    /* the caller the subject: not 我把您的号码记错了 (the agent's mistake about the caller's data) */
    if (you == NONE || find(sc, a, you, &FIRST) != NONE || (you > a && tone_is(sc, you - 1, "把"))) return 0;
    /* 请您再核对一下，免得您弄错 / 以免您看错: a mistake forestalled, a purpose of the check asked for,
     * not one declared (helper fix13b) */
    if (find(sc, a, you, (list){ "免得", "以免", "省得", "以防", "防止", "避免", "为免", NULL }) != NONE) return 0;
    for (size_t i = you + 1; i < tone_upto(b, you + 4); i++) {
        if (in(sc, i, &NEG) || in(sc, i, &PROHIB) || tone_is(sc, i, "的")) return 0;
        if (tone_spells_any(sc, i, b, wrong) == NONE) continue;
        size_t end = tone_next_clause_end(sc, b);
        if (find(sc, a, end, hedge) != NONE) return 0;
        for (size_t j = a; j < end; j++)
            if (tone_spells_any(sc, j, end, hedge) < end) return 0;
        tone_hit(sc, "blame", "指责客户（您搞错了）", you, i, i);
        return 0;
    }
    return 0;
}

/* 是您家孩子乱充值的 / 你自己乱点才扣的费 / 您乱改设置，网当然断了: the caller (or the caller's
 * household) said to have acted at random, as the cause: blame (贵阳 §二(三) 6; 呼叫服务员职业标准(试行) 五级 三(一)2).
 * Not a caring prohibition (请您不要乱点, 千万别乱动), not a condition (孩子乱充值的话可以申请退款),
 * not the agent's promise (我们不会乱扣您的钱: 您 after 乱). */
int tone_random_act_blame(scan *sc, size_t a, size_t b, int question)
{
    static const char *const cond[] = { "如果", "若", "要是", "的话", "假如", "万一", "如", "是不是", "可能", NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, a, b, cond) != NONE || find(sc, a, b, &FIRST) != NONE || tone_courteous(sc, a, b) ||
        find(sc, a, b, (list){ "千万别", "可别", "切勿", "请勿", "千万不要", "不要", "别", NULL }) != NONE)
        return 0;
    for (size_t i = you + 1; i < tone_upto(b, you + 5); i++) {
        if (in(sc, i, &PROHIB) || in(sc, i, &NEG) || in(sc, i, (list){ "请", "千万", "注意", "小心", "避免", "防止", NULL })) return 0;
        if (strncmp(tone_word(sc, i), "乱", 3) != 0 || tone_is(sc, i, "乱码") || tone_is(sc, i, "乱七八糟")) continue;
        /* 乱 and an act (乱点, 乱 充值): the act in the word or the next word of the clause */
        if (strlen(tone_word(sc, i)) == 3 && i + 1 >= b) return 0;
        tone_hit(sc, "blame", "指责客户（您乱…）", you, i, i);
        return 0;
    }
    return 0;
}

/* 您说话颠三倒四的 / 您说得乱七八糟的我怎么记 / 您这么说我根本记不住 / 您一直在那嘟囔谁听得清: the
 * caller's way of speaking judged, or made the cause of the agent's failing — blame. Not the
 * agent's own speech (我刚才说得乱七八糟 — no 您), not a denial (您一点都不啰嗦), not a polite
 * request (请您说慢一点，我好记下来: no 根本 / 怎么 / 谁). */
int tone_speech_blamed(scan *sc, size_t a, size_t b, int question)
{
    /* as normalised: Chinese digits are 0-9 (乱78糟, cut by the lexicon into 乱/7/8/糟: spelled) */
    static const char *const messy[] = { "乱78糟", "颠3倒4", "语无伦次", "没头没尾", "前言不搭后语", "东1句西1句",
                                         "磨磨唧唧", "啰里啰嗦", "啰哩啰嗦", "嘟嘟囔囔", "嘀嘀咕咕", "嘟囔", "嘟哝",
                                         "吞吞吐吐", "支支吾吾", NULL };
    static const char *const how[] = { "根本", "怎么", "咋", "哪", "哪能", "哪里", NULL };
    static const char *const take[] = { "记", "听", "记住", "记不住", "记不下来", "听清", "听清楚", "听得清", "听懂",
                                        "弄", "搞", "办", "写", "录", NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, a, you, &FIRST) < you) return 0;
    for (size_t i = you + 1; i < b; i++) {
        size_t m = tone_spells_any(sc, i, b, messy);
        if (m < b && !(i > a && (in(sc, i - 1, &NEG) || in(sc, i - 1, (list){ "别", "不用", "不要", NULL }))))
            return tone_hit(sc, "blame", "指责客户（说话乱）", you, m, i);
    }
    /* 您这么说 / 您这样 … 我根本 / 我怎么 … 记 / 听; 谁听得清 */
    size_t so = find(sc, you + 1, tone_upto(b, you + 4), (list){ "这么", "这样", "这样子", "那么", NULL });
    for (size_t i = you + 1; i < b; i++) {
        if (tone_is(sc, i, "谁") && find(sc, i + 1, tone_upto(b, i + 3), take) < b) return tone_hit(sc, "blame", "指责客户（谁听得清）", you, i, i);
        if (so == NONE || !in(sc, i, &FIRST) || i < so) continue;
        size_t h = find(sc, i + 1, tone_upto(b, i + 3), how);
        if (h != NONE && find(sc, h + 1, tone_upto(b, h + 4), take) < b) return tone_hit(sc, "blame", "指责客户（您这样我怎么记）", you, h, h);
    }
    return 0;
}

/* ---- 禁忌语 in the wording of newer writers, by class (own sentences: tests/data/tone_more/fixtb9.tsv) ---- */

/* 您要是早点告诉我们，也不至于拖到现在 / 倘若您按时还款，哪会产生这么多利息 / 您早点报修的话，根本不会淹成
 * 这样: blame as a counterfactual — what the caller did not do, and the trouble it would have spared
 * (怪罪客户, 贵阳 T-GSOCCIA 001—2020 §二(三)6; 2.14 explains the caller's slip and helps instead). A
 * condition (要是, 如果, 倘若, 但凡, …的话) with the caller at it, a past or a care in it (早点, 当时,
 * 提前, 仔细, 按时, 听 …) or a consequence that can only be past (不至于, 哪会, 早就, 根本不会, 成这样),
 * and the consequence (也不会 …) in its clause or the next. Not 要是我们早点通知您就好了 (ours), not
 * 如果您早上九点前打过来，当天就能安排 (a way, not a lapse), not advice for next time (下次您要是…),
 * not excused (…也没关系). */
/* fp17: the consequence at res is 不用 + a chore of the caller's own (排队, 跑一趟, 等), with no strong word of
 * reproach to the clause's end and nobody of ours in it (我们就不用返工了 is our chore laid on the caller). */
static int chore_spared(scan *sc, size_t c, size_t res, size_t end, const char *const *strong)
{
    static const char *const chore[] = { "排队", "排", "跑", "跑一趟", "跑第二趟", "白跑", "再跑", "多跑", "来回跑", "跑两趟",
                                         "等", "久等", "再等", "等这么久", "再来", "再跑一趟", "折腾", NULL };
    if (res + 1 < end && in(sc, res, (list){ "就", "也", NULL })) res++;   /* 就 | 不用: the loop's cut */
    if (!strstr(tone_word(sc, res), "不用")) return 0;
    size_t from = res;   /* the consequence's clause: 我们就不用返工了 names our chore */
    while (from > c + 1 && sc->w->v[from - 1].clause == sc->w->v[res].clause) from--;
    if (find(sc, from, end, &FIRST) < end || find(sc, res, end, strong) < end) return 0;
    if (tone_in_reply(sc, (list){ "真是的", "怪谁", "谁让", "活该", "自找", "怪不得别人", NULL })) return 0;
    for (size_t k = res + 1; k < tone_upto(end, res + 4); k++) {   /* 不用(在窗口)排(长)队 */
        const char *w = tone_word(sc, k);
        if (in(sc, k, chore) || strncmp(w, "排", strlen("排")) == 0 || strncmp(w, "跑", strlen("跑")) == 0) return 1;
    }
    return 0;
}

int tone_if_blame(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"要如倘假但若话");
    static const char *const cond[] = { "要是", "如果", "倘若", "假如", "但凡", "若是", "若", "的话", NULL };
    static const char *const past[] = { "早点", "早些", "早", "早一点", "提前", "当时", "当初", "那时", "那时候", "之前", "前",
                                        "按时", "仔细", "认真", "好好", "听", "听话", "看", "问", "留意", "注意", "时候", "的时候",
                                        "平时", NULL };
    static const char *const strong[] = { "不至于", "哪会", "哪至于", "何至于", "早就", "早都", "根本不会", "根本就不会",
                                          "这样", "成这样", "这么多", NULL };
    static const char *const then[] = { "不至于", "哪会", "哪至于", "何至于", "早就", "早都", "不会", "就不会", "也不会",
                                        "根本不会", "就没", "也没", "就不用", "也不用", "不用", "就好了", "不就", "会", NULL };
    size_t c = find(sc, a, b, cond);
    if (c == NONE) return 0;
    int at_end = tone_is(sc, c, "的话");
    /* the caller at the condition: 您要是 / 要是您 / 您早点报修的话 */
    size_t who = find(sc, c > a + 5 ? c - 5 : a, at_end ? c : tone_upto(b, c + 3), &SECOND);
    if (who == NONE || find(sc, a, c, &FIRST) < c || (c + 1 < b && in(sc, c + 1, &FIRST))) return 0;
    if (tone_in_reply(sc, (list){ "下次", "以后", "今后", "将来", "下回", "往后", NULL })) return 0;
    size_t end = tone_next_clause_end(sc, b);
    size_t res = find(sc, c + 1, end, then), good = tone_spelled_in(sc, c + 1, end, (list){ "就好了", "就好啦", "就好", NULL }, &(size_t){ 0 });
    if (good < res && find(sc, who < c ? who : c, good, past) < good) res = good;   /* 您要是早点说就好了 */
    /* 车也丢不了 / 快递也送不错 / 这笔钱早发现了: the consequence as a potential complement or an early 早 */
    for (size_t k = c + 1; k + 1 < tone_upto(end, res); k++) {
        const char *n1 = tone_word(sc, k + 1), *n2 = k + 2 < end ? tone_word(sc, k + 2) : "";
        int neg = strstr(n1, "不") || strstr(n1, "没") || strstr(n2, "不") || strstr(n2, "没");
        if ((in(sc, k, (list){ "也", "就", NULL }) && neg) || (tone_is(sc, k, "早") && tone_is(sc, end - 1, "了"))) { res = k; break; }
    }
    if (res == NONE || (at_end && res < c)) return 0;
    /* 如果您之前已经交过押金，就不用再交了: a state the caller may already be in, asked about, not a lapse */
    if (find(sc, c + 1, res, (list){ "已经", "已", "早已", NULL }) < res) return 0;
    int lapse = find(sc, who < c ? who : c, res, past) < res;
    /* 哪会产生这么多利息 / 怎么会这样: a bare 会 is counterfactual only asked back */
    int asked = res > 0 && in(sc, res - 1, (list){ "哪", "怎么", "哪里", "哪儿", NULL });
    if (asked) lapse = 1;
    if (tone_is(sc, res, "会") && !asked && find(sc, res, end, strong) == NONE) return 0;
    if (!lapse && find(sc, res, end, strong) == NONE && !in(sc, res, strong)) return 0;
    /* fp17: 您早些过来的话，就不用排队了 / 您要是提前把材料拍给我，就不用跑第二趟了: the consequence a chore the caller
     * alone would have been spared (排队, 跑, 等), said with no mark of reproach (不至于, 哪会, 成这样 …), is advice
     * for next time even when 下次 goes unsaid (2.14 explains and helps; no fault is laid on anyone) */
    if (chore_spared(sc, c, res, end, strong)) return 0;
    /* 要是您能早点收到通知就好了，这是我们的疏忽: the lapse owned by us, a fault of ours named */
    if (tone_reassured(sc, c, b) || tone_in_reply(sc, (list){ "疏忽", "失误", "我们的问题", "我们的错", NULL }))
        return 0;
    return tone_hit(sc, "blame", "指责客户（要是您早…就不会…）", c, res, c);
}
