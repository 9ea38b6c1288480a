/* Threats: a harm to the caller made conditional on how they behave (你再闹，我就让你家停电),
 * exposure held over them, a dare, a warning veiled or plain (你等着，有你好看的). Retaliation
 * that fails the call (贵阳 T-GSOCCIA 001—2020 §二(四) 4.2, §二(三)6); hits carry rule "threat",
 * which tone_hit marks insult. A notice of what the rules impose (如果再欠费会停机) is no threat. */
#include "tone_scan.h"

#include <string.h>

/* Does the reply name, before word i, a process or a time the caller waits for (要一到两天 / 三个工作日
 * 到账 / 等通知)? Then a closing 您等着吧 tells the caller to wait for it: a brush-off (assets/taboo.txt
 * 等着吧), not a threat. */
static int wait_named_before(const scan *sc, size_t i)
{
    static const char *const stem[] = { "天", "工作日", "到账", "通知", "审核", "结果", "小时", "分钟", "周", "月", NULL };
    for (size_t k = 0; k < i; k++)
        for (const char *const *t = stem; *t; t++)
            if (strstr(tone_word(sc, k), *t)) return 1;
    return 0;
}

/* The caller's misbehaviour a threat is made conditional on (再闹, 再 + 骂); the words glued to
 * 再 as the lexicon cuts them; the harms that make it a threat. */
static const char *const BEHAVE[] = { "闹", "骂", "吵", "吵吵", "嚷", "嚷嚷", "啰嗦", "啰唆", "胡搅蛮缠", "这样", "这么说话",
                                      "骂人", "骂我", "吼", "喊", "折腾", "无理取闹", "纠缠", "捣乱", "撒泼", "烦我", NULL };
static const char *const GLUED[] = { "再闹", "再骂", "再吵", "再嚷", "再嚷嚷", "再啰嗦", "再这样", "再吼", "再喊", "再纠缠",
                                     "再捣乱", "再折腾", "再胡搅蛮缠", NULL };
/* not 挂/挂了: ending the call on an abusive caller is what §二(三) 1-3 prescribe (said politely);
 * 再这样我就挂了 is impatience (禁忌语, rule impatient), not a harm done to the caller */
static const char *const HARM[] = { "拉黑", "黑名单", "停", "停电", "停气", "停水", "停网", "停机", "断网",
                                    "关", "关了", "后悔", "保安", "轰", "轰出去", "拖", "拖出去", "好看", "受的", "后果", "后果自负",
                                    "试试", "试试看", "不客气", "报警", "销户", "注销", "修不好", "办不下来",
                                    /* a mark on the caller's record (记不良记录, 影响你的信用): a penalty for behaving */
                                    "不良记录", "不良", "信用", "征信", "信用记录", "记过", "封号", "封", "冻结", NULL };

/* Does 再 at i open a condition on the caller's misbehaviour (再闹 / 再打来骚扰)? Kept apart from
 * the harm so that 您再这样下去身体会吃不消 (a situation going on, a warning out of care) is
 * ruled out before any harm is looked for. */
static int misbehaviour_condition(scan *sc, size_t i)
{
    const cs_words *w = sc->w;
    int cond = in(sc, i, GLUED) || (tone_is(sc, i, "再") && i + 1 < w->n && w->v[i + 1].clause == w->v[i].clause &&
                                    in(sc, i + 1, BEHAVE));
    /* 再打来骚扰就报警: calling again to harass is the misbehaviour (the call words between) */
    for (size_t k = i + 1; !cond && tone_is(sc, i, "再") && k < w->n && k < i + 4 && w->v[k].clause == w->v[i].clause; k++) {
        if (in(sc, k, (list){ "骚扰", "捣乱", "闹事", "找茬", "胡闹", "瞎闹", "恶作剧", "乱投诉", "投诉", "瞎投诉", NULL })) cond = 1;
        else if (!in(sc, k, (list){ "打", "来", "打来", "打过来", "打电话", "来电", "过来", "乱", "瞎", NULL })) break;
    }
    size_t nx = i + (in(sc, i, GLUED) ? 1 : 2);
    if (cond && nx < w->n && tone_is(sc, nx, "下去")) cond = 0;
    return cond;
}

/* 你等着 standing as a clause at i (你等着，我让师傅不去你家 / 有你好看的): 1 when it does. Always
 * sets *end (the last word of 等着) and *tail (past the particles closing it: 你等着吧 / 你等着瞧),
 * which the harm search starts from whichever way the threat opened. */
static int you_wait_clause(scan *sc, size_t i, size_t *end, size_t *tail)
{
    const cs_words *w = sc->w;
    *end = i;   /* 等着, or 等 着 */
    if (tone_is(sc, i, "等") && i + 1 < w->n && tone_is(sc, i + 1, "着")) *end = i + 1;
    /* 说了让您等着 / 同事叫您等着: the wait passed on as an instruction (让 / 叫 before the caller), not
     * a threat (helper fixin13) */
    if (i > 1 && in(sc, i - 1, &SECOND) && in(sc, i - 2, (list){ "让", "叫", "要", "请", NULL })) {
        *tail = *end + 1;
        return 0;
    }
    int you_wait = i > 0 && (in(sc, i - 1, &SECOND) ||
                             (i > 1 && in(sc, i - 1, (list){ "就", "就给我", NULL }) && in(sc, i - 2, &SECOND)) ||
                             (i > 2 && tone_is(sc, i - 1, "我") && tone_is(sc, i - 2, "给") && in(sc, i - 3, &SECOND)));
    *tail = *end + 1;
    while (*tail < w->n && w->v[*tail].clause == w->v[i].clause && in(sc, *tail, (list){ "吧", "啊", "呀", "哈", "瞧", NULL })) (*tail)++;
    return (*end > i || tone_is(sc, i, "等着") || tone_is(sc, i, "等着吧")) && you_wait &&
           (*tail == w->n || w->v[*tail].clause != w->v[i].clause);
}

/* 你等着 / 你给我等着吧 closing the reply: the harm left unsaid is still a threat (§二(三) 6);
 * 您等着，我帮您查 goes on to serve. */
static int closes_reply(scan *sc, size_t tail)
{
    size_t k = tail;
    while (k < sc->w->n && in(sc, k, (list){ "吧", "啊", "呀", "哈", "了", "瞧", "看", NULL })) k++;
    return k == sc->w->n;
}

/* 你等着，我把你订单取消了 / 再闹我就把你的预约作废: the agent undoing the caller's business, 我 … 把 你(的) …
 * then an act that takes it away (取消, 作废, 删, 驳回): retaliation (贵阳 §二(四) 4.2; helper fixin13).
 * 您等着，我帮您把订单取消 is the caller's own request done for them (帮 between). The act's word, or
 * NONE. */
static size_t punitive_act(scan *sc, size_t from, size_t last)
{
    static list undo = { "取消", "取消掉", "作废", "删", "删掉", "删了", "删除", "驳回", "撤销", "撤掉", "退回", "注销", "清空", NULL };
    size_t me = find(sc, from, last, &FIRST);
    if (me == NONE) return NONE;
    size_t ba = find(sc, me + 1, tone_upto(last, me + 4), (list){ "把", NULL });
    if (ba == NONE || ba + 1 >= last || !in(sc, ba + 1, &SECOND)) return NONE;
    if (find(sc, me + 1, ba, (list){ "帮", "帮您", "帮你", "替您", "替你", "给您", "为您", NULL }) < ba) return NONE;
    size_t act = find(sc, ba + 2, tone_upto(last, ba + 7), undo);
    if (act == NONE) return NONE;
    /* 我把您的旧订单取消，再给您下一个新的: the undoing is a step of the service that follows */
    const cs_words *w = sc->w;
    for (size_t k = act + 1; k < w->n; k++)
        if (in(sc, k, (list){ "帮", "帮您", "帮你", "为您", "重新", "新", "新的", NULL }) ||
            (tone_is(sc, k, "给") && k + 1 < w->n && in(sc, k + 1, &SECOND)))
            return NONE;
    /* …注销以后，新号马上就能用: what the caller gains from the step (words.h; helper fix13b) */
    return cs_words_help_after(w, me) || cs_words_gain_after(w, act) ? NONE : act;
}

/* The harm after the condition or 你等着 ending at end, within that clause and the next (the
 * condition and the harm are often two clauses): its word, or NONE. */
static size_t harm_after(scan *sc, size_t i, size_t end)
{
    const cs_words *w = sc->w;
    size_t last = end + 1;
    while (last < w->n && last < end + 14 && w->v[last].clause <= w->v[i].clause + 1) last++;
    size_t h = find(sc, end + 1, last, HARM);
    /* 拉 黑 (put on the blacklist) cut in two */
    for (size_t k = end + 1; h == NONE && k + 1 < last; k++)
        if (tone_is(sc, k, "拉") && tone_is(sc, k + 1, "黑")) h = k;
    /* 你再闹，我让你的单子办不下来 / 你等着，我让师傅不去你家: the agent setting something or
     * someone on the caller */
    if (h == NONE) {
        size_t me = find(sc, i + 1, last, &FIRST);
        /* not 我让医生给您回电 / 我让师傅马上过去帮您: help sent to the caller */
        if (me < last && find(sc, me + 1, tone_upto(last, me + 3), (list){ "让", "叫", "找", "保证", NULL }) < last &&
            !cs_words_help_after(w, me))
            h = me;
    }
    if (h == NONE) h = punitive_act(sc, i + 1, last);
    /* 您等着，我把旧号码注销以后，新号马上就能用: the harm word a step the caller gains by (words.h;
     * helper fix13b) */
    if (h < last && cs_words_gain_after(w, h)) return NONE;
    return h < last ? h : NONE;
}

/* 又卡了，你等着 / 系统又崩了，您等一下: the wait is for the agent's broken tool named in the clause
 * right before (words.h), a hold said curtly (禁忌语 at most), not a threat (helper fixp11; seen11's
 * 哎呀烦死了，又卡了，你等着 is labelled insult 0). */
static int breakdown_before(scan *sc, size_t i)
{
    size_t c = sc->w->v[i].clause;
    return c > 0 && cs_words_breakdown_clause(sc->w, c - 1);
}

/* 再这样连续输错密码，平台会冻结账户 / 您再这样反复打，系统会把您的号码拉黑的: the harm done by the system
 * or the platform on its own rules, the agent nowhere its doer — a notice of what the rules impose
 * (rude at most), not the agent's retaliation; 再骂一句，我让系统把你拉黑 has the agent set it going (helper
 * fixin13). */
static int system_imposes(scan *sc, size_t i, size_t h)
{
    static list mechanism = { "系统", "平台", "后台", "程序", "系统会", "平台会", "银行", "风控", NULL };
    return find(sc, i, h, mechanism) < h && find(sc, i, h + 1, &FIRST) == NONE;
}

/* fix33a: 您就等着吧 / 您先等着吧 closing the reply: the caller addressed as 您 and told to wait it out (吧, not
 * 瞧, no 给我) — a brush-off (禁忌语 等着吧, 呼叫服务员职业标准(试行) 五级 三(一)2), not a threat: the label rule of
 * tests/data/eval/README.md reads 等着吧 as dismissive (insult 0) and 你等着 / 你给我等着 / 你等着瞧 as threats
 * (贵阳 T-GSOCCIA 001—2020 §二(四) 4.2). Read from the words, so the verdict is the same whether the reply is
 * graded whole or as the tail after a standard phrase (review33 F). */
static int polite_wait_out(scan *sc, size_t i, size_t end, size_t tail)
{
    size_t k = i;
    while (k > 0 && in(sc, k - 1, (list){ "就", "先", "再", "还是", "只能", NULL })) k--;
    if (k == 0 || !tone_is(sc, k - 1, "您")) return 0;
    if (tone_is(sc, i, "等着吧")) return tail == i + 1;   /* 等着吧 as one word, nothing after it */
    return tail == end + 2 && tone_is(sc, end + 1, "吧");
}

/* 你再闹，我就让你家停电 / 再骂一句我就把你拉黑 / 再吵吵我就把你挂了 / 你等着，有你好看的: a
 * harm to the caller made conditional on how they behave is a threat, retaliation that fails
 * the call (贵阳 §二(三) 6; eval README: threats are insults). Across clauses (the condition and
 * the harm are often two). Not a procedure said plainly (再不说话我就挂了 for a silent line is
 * impatience, 禁忌语: its condition is silence, not misbehaviour) nor a notice (如果再欠费会停机:
 * no 再 + misbehaviour). */
int tone_threaten(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    for (size_t i = 0; i < w->n && sc->n < sc->max; i++) {
        /* every condition starts with 再 or 等 (one compare per word keeps grading fast) */
        if (strncmp(tone_word(sc, i), "再", 3) != 0 && strncmp(tone_word(sc, i), "等", 3) != 0) continue;
        int cond = misbehaviour_condition(sc, i);
        size_t end, tail;
        int wait = you_wait_clause(sc, i, &end, &tail);
        if (!cond && !wait) continue;
        /* 您等着吧 after a process or a time named is a brush-off, not a threat (wait_named_before) */
        if (wait && (wait_named_before(sc, i) || breakdown_before(sc, i))) {
            wait = 0;
            if (!cond) continue;
        }
        if (wait && closes_reply(sc, tail) && !polite_wait_out(sc, i, end, tail)) { tone_hit(sc, "threat", "威胁客户", i - 1, end, i); continue; }
        size_t h = harm_after(sc, i, end);
        if (h != NONE && !system_imposes(sc, i, h)) tone_hit(sc, "threat", "威胁客户", i, h, i);
    }
    return 0;
}

/* 你再骂，我就把你的电话公布出去 / 信不信我把你的号码发到网上: exposure of the caller threatened
 * (§二(三)6: a threat fails the call). 我们不会把您的电话告诉任何人 promises privacy. */
int tone_exposure_threat(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"把");
    static const char *const out[] = { "公布", "曝光", "公开", "网上", "群里", "发到", "挂到", "放到", "晒", "贴到", "散布",
                                       "黑名单", "上网", "发群", "群", NULL };
    size_t ba = find(sc, a, b, (list){ "把", NULL });
    if (ba == NONE || ba + 1 >= b || !tone_in_reply(sc, (list){ "你", "您", "你的", "您的", NULL })) return 0;
    size_t me = find(sc, a, ba, (list){ "我", "我们", "我就", NULL });
    if (me == NONE) return 0;
    if (find(sc, me, ba, (list){ "不会", "不", "没", "绝不", "绝对不会", NULL }) < ba) return 0;
    size_t x_last = NONE;
    size_t x = tone_spelled_in(sc, ba + 2, tone_upto(b, ba + 8), out, &x_last);
    if (x == NONE) return 0;
    /* a condition or a dare before it: 你再…，我就 / 你敢… / 信不信 */
    size_t from = a;
    while (from > 0 && sc->w->v[from - 1].clause + 1 >= sc->w->v[a].clause) from--;
    int dared = 0;   /* 再 / 再闹 / 敢 / 你敢投诉 / 信不信 */
    for (size_t k = from; k < ba && !dared; k++)
        dared = strncmp(tone_word(sc, k), "再", 3) == 0 || strstr(tone_word(sc, k), "敢") || strstr(tone_word(sc, k), "信不信") || tone_is(sc, k, "小心");
    if (!dared) return 0;
    return tone_hit(sc, "threat", "威胁客户（曝光）", me, x, x);
}

/* 有种你再说一遍 / 你有种就报上名来 / 有胆你来营业厅找我 / 不服就来单挑: a dare to come and
 * confront, to fight or to repeat the abuse, flung at the caller (a threat: fails the call). A dare
 * to complain (有本事你去告 / 有种你去投诉) is the dismissive 禁忌语 of tests/data/tone_corpus.tsv,
 * not an insult: left to the taboo rules. 您真有本事 praises (no 你 right beside the word of nerve),
 * 有种说法 names a kind (no verb of daring after it), 如果您不服，可以申请复议 states the way to
 * appeal (不服 + 可以, not + 就/你 + a verb of coming). */
/* Does a clause from b on have the agent coming for the caller (我马上到 / 我这就过去找你)? */
static int coming_for_caller(scan *sc, size_t b)
{
    static const char *const come[] = { "到", "过来", "过去", "来", "去", "找你", "马上到", "这就到", NULL };
    size_t n = sc->w->n;
    for (size_t me = find(sc, b, n, &FIRST); me < n; me = find(sc, me + 1, n, &FIRST))
        if (find(sc, me + 1, tone_upto(n, me + 4), come) < n && !cs_words_help_after(sc->w, me)) return 1;
    return 0;
}

int tone_dare(scan *sc, size_t a, size_t b, int question)
{
    static const char *const nerve[] = { "有种", "有本事", "有胆", "有胆子", "有能耐", "有胆量", NULL };
    static const char *const nerve_noun[] = { "本事", "胆", "胆子", "能耐", "种", "胆量", NULL };
    static const char *const act[] = { "来", "再", "再说", "报", "报上名来", "单挑", "试试", "过来", "骂", "动", "打", "说",
                                       "站", "出来", "露面", "见面", "当面", "来找", NULL };
    /* (有本事你别打了 / 有种你别挂: a dare to stop calling is tone_corpus.tsv's dismissive 禁忌语, not
     * an insult: no 别 here) */
    static const char *const complain[] = { "告", "投诉", "举报", "起诉", "曝光", "12315", "领导", "消协", "上级", "媒体",
                                            "法院", "找领导", NULL };
    for (size_t i = a; i < b; i++) {
        size_t k = NONE;
        if (in(sc, i, nerve)) k = i;
        else if (tone_is(sc, i, "有") && i + 1 < b && in(sc, i + 1, nerve_noun)) k = i + 1;
        if (k != NONE) {
            /* 有种你… / 你有种… */
            size_t v = k + 1;
            if (v < b && in(sc, v, &SECOND)) v++;
            else if (!(i > a && in(sc, i - 1, &SECOND))) continue;
            if (v < b && in(sc, v, (list){ "就", "倒是", "你就", "就去", NULL })) v++;
            if (v < b && in(sc, v, act) && find(sc, v, b, complain) == NONE) return tone_hit(sc, "threat", "挑衅客户", i, v, k);
            /* 有本事你别走，我马上到: told to stay while the agent comes (有种你别挂 alone stays a 禁忌语) */
            if (v < b && in(sc, v, (list){ "别", "别走", "别跑", NULL }) && coming_for_caller(sc, b))
                return tone_hit(sc, "threat", "挑衅客户", i, v, k);
            continue;
        }
        if (tone_is(sc, i, "不服") && i + 2 < b && in(sc, i + 1, (list){ "就", "你", "您", "你就", NULL }) &&
            in(sc, i + 2, (list){ "来", "单挑", "打", "过来", "来战", NULL }) && find(sc, i + 2, b, complain) == NONE)
            return tone_hit(sc, "threat", "挑衅客户", i, i + 2, i);
    }
    return 0;
}

/* 我让你后悔 / 保证让你吃官司 / 看谁倒霉: a harm the agent promises the caller (a threat). 我让您
 * 久等了 apologises (no harm named), 绝不会让您吃亏 / 不让您后悔 deny it. */
int tone_made_to_suffer(scan *sc, size_t a, size_t b, int question)
{
    static const char *const harm[] = { "后悔", "好看", "吃官司", "倒霉", "吃不了兜着走", "付出代价", "完蛋", "没好果子吃",
                                        "知道厉害", "尝尝", "好受", "不得安生", "哭", "滚蛋", "坐牢", "吃苦头", NULL };
    for (size_t i = a; i + 2 < b; i++) {
        if (tone_is(sc, i, "看") && tone_is(sc, i + 1, "谁") && in(sc, i + 2, (list){ "倒霉", "吃亏", "厉害", "完蛋", NULL }))
            return tone_hit(sc, "threat", "威胁客户", i, i + 2, i + 2);
        /* 我保证你后悔: the promise with no 让 (保证 / 非 right before 你) */
        if (in(sc, i, (list){ "保证", "非叫", "非让", NULL }) && in(sc, i + 1, &SECOND) && find(sc, a, i, &FIRST) < i) {
            size_t h = find(sc, i + 2, tone_upto(b, i + 5), harm);
            if (h < b && !tone_denied_between(sc, i + 1, h)) return tone_hit(sc, "threat", "威胁客户", i, h, h);
        }
        if (!in(sc, i, (list){ "让", "叫", "要", "就让", NULL }) || !in(sc, i + 1, &SECOND)) continue;
        size_t me = find(sc, i > a + 3 ? i - 3 : a, i, &FIRST);
        if (me == NONE && !(i > a && in(sc, i - 1, (list){ "保证", "非", "非得", "一定", "迟早", NULL }))) continue;
        size_t h = find(sc, i + 2, tone_upto(b, i + 6), harm);
        if (h == NONE || tone_denied_between(sc, me == NONE ? i - 1 : me, h)) continue;
        return tone_hit(sc, "threat", "威胁客户", i, h, h);
    }
    return 0;
}

/* 以后别想办成任何业务 / 你休想再办: service withheld from the caller as a punishment (a threat).
 * 您别想太多 / 别想不开 comfort (no word of getting a thing done follows). */
int tone_shut_out(scan *sc, size_t a, size_t b, int question)
{
    static const char *const get[] = { "办成", "办", "办理", "好过", "安生", "消停", "得逞", "过好", "再办", "再用", "退", "拿到",
                                       "要到", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        size_t v = NONE;
        if (in(sc, i, (list){ "别想", "休想", "甭想", NULL })) v = i + 1;
        else if (in(sc, i, (list){ "别", "甭", NULL }) && tone_is(sc, i + 1, "想")) v = i + 2;
        if (v == NONE || v >= b) continue;
        if (tone_is(sc, v, "再") && v + 1 < b) v++;
        if (in(sc, v, get) && !tone_courteous(sc, a, b)) return tone_hit(sc, "threat", "威胁客户", i, v, i);
    }
    return 0;
}

/* 你最好小心点 / 你给我当心点: a warning to the caller with no danger named, closing the reply: a
 * veiled threat. 您最好小心点，路上结冰了 names the danger (another clause follows); 请您小心 cares. */
int tone_veiled_warning(scan *sc, size_t a, size_t b, int question)
{
    if (b != sc->w->n || tone_courteous(sc, a, b)) return 0;
    size_t m = find(sc, a, b, (list){ "最好", "给我", "最好给我", NULL });
    if (m == NONE || m == a || !in(sc, m - 1, &SECOND)) return 0;
    size_t c = m + 1;
    if (c + 1 < b && tone_is(sc, c, "给") && tone_is(sc, c + 1, "我")) c += 2;   /* 最好 给 我 */
    if (c >= b || !in(sc, c, (list){ "小心", "当心", "小心点", "当心点", NULL })) return 0;
    for (size_t k = c + 1; k < b; k++)
        if (!in(sc, k, (list){ "点", "1点", "些", "1些", "着", "啊", "吧", "哦", "了", NULL })) return 0;
    return tone_hit(sc, "threat", "威胁客户", m - 1, c, c);
}

/* 再敢放肆，我叫人去你家门口等着 / 还敢骂，我找人收拾你: people set on the caller after a dare to go
 * on (a threat). 我找人去您家帮您修 sends help (no 敢 before: nothing is threatened). */
int tone_send_people(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    size_t dared = find(sc, 0, w->n, (list){ "再敢", "还敢", "敢再", "你敢", "您敢", NULL });
    for (size_t k = 0; dared == NONE && k + 1 < w->n; k++)   /* 再 敢 cut in two */
        if (in(sc, k, (list){ "再", "还", "你", "您", NULL }) && tone_is(sc, k + 1, "敢")) dared = k;
    if (dared == NONE) return 0;
    for (size_t i = find(sc, dared + 1, w->n, &FIRST); i + 1 < w->n; i = find(sc, i + 1, w->n, &FIRST)) {
        size_t p = find(sc, i + 1, tone_upto(w->n, i + 3), (list){ "叫人", "找人", "派人", "让人", "喊人", NULL });
        if (p == NONE && i + 2 < w->n && in(sc, i + 1, (list){ "叫", "找", "派", "让", "喊", NULL }) && tone_is(sc, i + 2, "人"))
            p = i + 2;
        if (p < w->n && !cs_words_help_after(w, p)) { tone_hit(sc, "threat", "威胁客户", dared, p, p); return 0; }
    }
    return 0;
}

/* 小心我找人上门 / 当心我投诉你: a warning of what the agent will do to the caller (a threat). 小心
 * 我们的仿冒者 warns of others (no act of the agent's follows). */
int tone_beware_me(scan *sc, size_t a, size_t b, int question)
{
    static const char *const act[] = { "找", "找人", "叫人", "叫", "让", "把", "收拾", "揍", "打", "报警", "告", "投诉", "拉黑",
                                       "停", "整", "弄", "饶", NULL };
    for (size_t i = find(sc, a, b, (list){ "小心", "当心", NULL }); i + 2 < b;
         i = find(sc, i + 1, b, (list){ "小心", "当心", NULL })) {
        if (!in(sc, i + 1, (list){ "我", "老子", NULL })) continue;   /* the agent alone: not 我们的仿冒者 */
        size_t v = find(sc, i + 2, tone_upto(b, i + 4), act);
        if (v < b) return tone_hit(sc, "threat", "威胁客户", i, v, i);
    }
    return 0;
}

/* 我这就让你号码停机，你信不信: an act of the agent's on the caller, then 信不信 (a threat; 信不信我…
 * before it is the list's). 您信不信都没关系，我们会查清楚 names no act on the caller. */
int tone_believe_it(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    size_t q = find(sc, 0, w->n, (list){ "信不信", "你信不信", "您信不信", NULL });
    if (q == NONE || q == 0) return 0;
    for (size_t me = find(sc, 0, q, &FIRST); me < q; me = find(sc, me + 1, q, &FIRST)) {
        size_t v = find(sc, me + 1, tone_upto(q, me + 4), (list){ "让", "就让", "把", "给", "叫", NULL });
        if (v < q && v + 1 < q && in(sc, v + 1, &SECOND) && !cs_words_help_after(w, me)) {
            tone_hit(sc, "threat", "威胁客户", me, q, q);
            return 0;
        }
    }
    return 0;
}

/* 你骂我是吧，那你的投诉我就不给你提交了 / 再闹我就让你这单永远退不了 / 你态度这么差，工单我给你
 * 撤了: the caller's service withheld or undone in return for how they behaved — retaliation, which
 * fails the call (贵阳 T-GSOCCIA 001—2020 §二(四) 4.2 有效控制个人情绪, §二(三) 6). The caller's
 * conduct first (再闹, 你骂我, 你态度…), then the agent holding back the matter (不给你…, 别想…,
 * 永远…不了, 撤了 / 退回去 / 压着 said by 我). 您放心，投诉不会影响您的退款 promises the opposite;
 * 资料不全我们没法受理 names no conduct of the caller's. */
/* 您投诉的那笔扣费 / 您态度很好: the caller's complaint named as the matter, or manners praised, are
 * no misconduct; a refund of what the caller complained of (我们已经给您撤销了) is the service done.
 * 投诉 and 态度 are conduct only urged (你再投诉, 你这态度) or, for 态度, judged bad after it. */
static int neutral_act(scan *sc, size_t k, int urged)
{
    const cs_words *w = sc->w;
    if (k + 1 < w->n && w->v[k + 1].clause == w->v[k].clause && tone_is(sc, k + 1, "的")) return 1;
    if (urged || !in(sc, k, (list){ "投诉", "态度", NULL })) return 0;
    if (!tone_is(sc, k, "态度")) return 1;
    for (size_t j = k + 1; j < w->n && w->v[j].clause == w->v[k].clause; j++)
        if (in(sc, j, (list){ "差", "不好", "恶劣", "太差", "很差", "真差", "这么差", "这么", "那么", "什么", "极差", NULL })) return 0;
    return 1;
}

static size_t conduct_at(scan *sc, size_t i)
{
    static const char *const act[] = { "骂", "骂我", "骂人", "骂我们", "闹", "吵", "吼", "吼我", "凶", "凶我", "投诉我", "投诉",
                                       "态度", "嚷", "嚷嚷", "威胁我", "吓唬我", "发火", "发脾气", "撒泼", NULL };
    if (misbehaviour_condition(sc, i)) return i;
    /* 态度这么差，你的预约我给你取消掉: the caller's manner judged bad, opening its clause (fixin11) */
    if (tone_is(sc, i, "态度") && (i == 0 || sc->w->v[i - 1].clause != sc->w->v[i].clause) && !neutral_act(sc, i, 0)) return i;
    if (in(sc, i, &SECOND) && i + 1 < sc->w->n) {
        size_t k = i + 1;
        int urged = in(sc, k, (list){ "还", "再", "敢", "又", "一直", "老", "总", "就", "这", "这么", NULL }) && k + 1 < sc->w->n;
        if (urged) k++;
        if (urged && in(sc, k, (list){ "这么", "这样", "敢", NULL }) && k + 1 < sc->w->n) k++;   /* 你再这么骂 (fixin11) */
        if (in(sc, k, act) && !neutral_act(sc, k, urged)) return k;
    }
    return NONE;
}

static size_t withheld_after(scan *sc, size_t c)
{
    static const char *const undo[] = { "撤", "撤了", "撤销", "撤回", "作废", "退回", "退回去", "打回", "打回去", "驳回", "删",
                                        "删了", "删掉", "压着", "卡着", "扣着", "拖着", "搁着", "放最后", "不管了",
                                        "取消", "取消了", "取消掉", "撤单", "撤掉", "注销", "注销了", NULL };
    const cs_words *w = sc->w;
    for (size_t k = c + 1; k < w->n; k++) {
        const char *s = tone_word(sc, k);
        /* 我就把你的工单撤了: the agent named before a 把 phrase sits further back than five words */
        size_t back = k > c + 8 ? k - 8 : c + 1;
        int me = 0;
        for (size_t j = back; j < k && !me; j++) me = tone_names_us(sc, j);
        /* 我就不给你提交了 (不给 as one word, or 不 / 给) */
        size_t g = strstr(s, "不给") ? k : tone_is(sc, k, "不") && k + 1 < w->n && strncmp(tone_word(sc, k + 1), "给", 3) == 0 ? k + 1 : NONE;
        if (g != NONE && me && (strstr(tone_word(sc, g), "你") || strstr(tone_word(sc, g), "您") || (g + 1 < w->n && in(sc, g + 1, &SECOND))))
            return k;
        /* 你这单别想退了 (别想 as one word, or 别 / 想到…) */
        if ((tone_is(sc, k, "别想") || (tone_is(sc, k, "别") && k + 1 < w->n && strncmp(tone_word(sc, k + 1), "想", 3) == 0)) &&
            k + 1 < w->n && w->v[k + 1].clause == w->v[k].clause)
            return k;
        /* 压 / 着 cut in two (我就压着不报) */
        if (me && in(sc, k, (list){ "压", "卡", "扣", "拖", "搁", NULL }) && k + 1 < w->n && tone_is(sc, k + 1, "着")) return k;
        /* 永远退不了 / 永远办不成 */
        if (tone_is(sc, k, "永远") && k + 1 < w->n && (strstr(tone_word(sc, k + 1), "不") ||
                                                       (k + 2 < w->n && strstr(tone_word(sc, k + 2), "不"))))
            return k;
        /* 工单我给你撤了 / 快递我就退回去 */
        if (in(sc, k, undo) && me) return k;
    }
    return NONE;
}

/* A word of l said in the clauses from the one holding a through the one holding b: a promise or a
 * denial counts where it governs the threat, not anywhere in the reply (review: 就冲你这态度，我不给你办，
 * 放心吧 puts 放心 after the threat, which takes nothing back). */
static int said_in_clauses(scan *sc, size_t a, size_t b, const char *const *l)
{
    const cs_words *w = sc->w;
    size_t from = a, to = b;
    while (from > 0 && w->v[from - 1].clause == w->v[a].clause) from--;
    while (to + 1 < w->n && w->v[to + 1].clause == w->v[b].clause) to++;
    return find(sc, from, to + 1, l) != NONE;
}

int tone_service_withheld(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    /* a promise that the matter is not held against the caller, said of this conduct and act */
    static const char *const promise[] = { "不会", "绝不会", "不影响", "不会影响", "放心", "不因为", "不会因为", NULL };
    for (size_t i = 0; i < w->n && sc->n < sc->max; i++) {
        size_t c = conduct_at(sc, i);
        if (c == NONE) continue;
        size_t k = withheld_after(sc, c);
        if (k != NONE && !said_in_clauses(sc, i, k, promise)) return tone_hit(sc, "threat", "报复客户", i, k, k);
    }
    return 0;
}

/* 我把你电话号码发到群里让大家看看 / 我把你的名字挂到网上去 / 把你的录音发朋友圈让大家评评理:
 * the caller's person put on show, said as what the agent will do (a threat of exposure, as
 * tone_exposure_threat's with a dare, fails the call: 贵阳 §二(四) 4.2, §二(三) 6). The outlet is a
 * public one (网上, 朋友圈, 让大家看); 我把您的电话发到师傅的工作群里，让他联系您 hands the matter
 * on, 不会把您的信息公开 denies it, 中奖名单 announces a prize. */
/* 网上营业厅 / 上网密码 / 宽带上网账号: 网上 and 上网 naming an online service of the caller's, no
 * place the caller is shown (a broadband desk says them all day). */
static int online_service(scan *sc, size_t o, size_t last)
{
    static const char *const svc[] = { "营业厅", "商城", "银行", "平台", "系统", "账号", "帐号", "密码", "办理", "查询",
                                       "缴费", "支付", "订单", "申请", "业务", "套餐", "速度", "流量", "设置", "功能", NULL };
    char buf[160];
    const char *t = tone_joined(sc, o, tone_upto(sc->w->n, last + 3), buf, sizeof buf);
    const char *on = strstr(t, "网上");
    if (!on) on = strstr(t, "上网");
    if (!on) return 0;
    for (const char *const *v = svc; *v; v++)
        if (strncmp(on + strlen("网上"), *v, strlen(*v)) == 0) return 1;
    return 0;
}

/* 挂到 / 晒到 put something somewhere: on show only when the place is a public one (挂到网上, 晒到朋友圈, 挂到
 * 公告栏上). 把您的号挂到了下周 books a number, 把工单挂到财务那边 files it, 把被子晒到阳台上 dries a quilt
 * (review35's probes: an apology failed as a threat). The words [last + 1, last + 6) are read for the place. */
static int placed_in_public(scan *sc, size_t o, size_t last)
{
    static const char *const put[] = { "挂到", "晒到", NULL };
    static const char *const place[] = { "网上", "网站", "网络上", "网页", "群", "朋友圈", "微博", "抖音", "小红书", "公告", "公示", "门口", "大厅",
                                         "墙上", "黑名单", "论坛", "贴吧", "公众号", "电梯", "大屏", "示众", "大家", NULL };
    if (!tone_words_hold(sc, o, last + 1, put)) return 1;
    return tone_words_hold(sc, last + 1, tone_upto(sc->w->n, last + 6), place);
}

int tone_put_on_show(scan *sc, size_t from, size_t to, int question)
{
    static const char *const outlet[] = { "曝光", "公布", "公之于众", "网上", "上网", "朋友圈", "微博", "抖音", "小红书", "示众",
                                          "大家看", "大家看看", "大伙看看", "大伙儿看看", "评评理", "大家评评理", "挂出来",
                                          "贴出来", "晒出来", "晒到", "挂到", NULL };
    const cs_words *w = sc->w;
    /* a prize announced, or praise shared (您的好评晒到朋友圈): nothing of the caller's shown against them */
    if (tone_in_reply(sc, (list){ "中奖", "获奖", "表扬", "感谢信", NULL })) return 0;
    static const char *const cleared[] = { "不会", "绝不", "不得", "保密", "好评", "点赞", "锦旗", "表扬信", "五星好评", "夸",
                                           "夸奖", "赞扬", "称赞", NULL };
    /* …nor a notice put up for the caller (把您的失物招领信息挂到大厅公告栏上了, 寻狗启事: final35's own sentences) */
    if (tone_words_hold(sc, 0, w->n, (list){ "招领", "启事", "寻物", "寻人", "失物", NULL })) return 0;
    for (size_t ba = find(sc, 0, w->n, (list){ "把", NULL }); ba + 2 < w->n; ba = find(sc, ba + 1, w->n, (list){ "把", NULL })) {
        if (find(sc, ba > 3 ? ba - 3 : 0, ba, &FIRST) == NONE || find(sc, ba + 1, tone_upto(w->n, ba + 3), &SECOND) == NONE)
            continue;
        size_t last = NONE, end = tone_upto(w->n, ba + 12);
        size_t o = tone_spelled_in(sc, ba + 2, end, outlet, &last);
        while (o != NONE && (online_service(sc, o, last) || !placed_in_public(sc, o, last)))
            o = tone_spelled_in(sc, o + 1, end, outlet, &last);
        if (o != NONE && !tone_denied_between(sc, ba > 3 ? ba - 3 : 0, ba) && !said_in_clauses(sc, ba, o, cleared)) return tone_hit(sc, "threat", "威胁客户（曝光）", ba, o, o);
    }
    return 0;
}

/* ---- a threat of the chat and collection desks (helper fixin11; own sentences in
 * tests/data/tone_more/fixin11.tsv) ---- */

/* Does the text at s start with a second-person word (你, 您, 侬, 你的, 您的)? The rest after it, or NULL. */
static const char *after_you(const char *s)
{
    const char *r = tone_after_any(s, (list){ "你的", "您的", "你们的", "你们", "您们", "你", "您", "侬", NULL });
    return r;
}

/* The caller's circle: those who would hear of their debt or their conduct. */
static const char *const CIRCLE[] = { "所有亲戚朋友", "亲戚朋友", "所有联系人", "所有通讯录", "通讯录联系人", "通讯录", "联系人",
                                      "亲戚", "亲友", "朋友", "家人", "家里人", "全家", "父母", "爸妈", "老婆", "老公", "孩子",
                                      "单位", "公司", "领导", "老板", "同事", "邻居", "村里", "小区", "老家", "学校", NULL };

/* 再不还钱，我们就去你单位找你领导 / 我们会把你的欠款发到你所有亲戚朋友那里 / 逾期不还，我们直接上门，让你
 * 全家都知道 / 你就等着坐牢吧 / 你等着吃官司吧 / 让你在村里抬不起头: the caller's circle told of them, their
 * workplace or family visited, jail held over them — collection by fear, retaliation that fails the
 * call (贵阳 T-GSOCCIA 001—2020 §二(四) 4.2, §二(三) 6; the caller's debt is no licence). Read from the
 * clause's words joined: the agent's act on the circle (找你领导, 发到你所有亲戚朋友, 通知你家人), the
 * caller made to be known or ashamed (让你全家都知道, 让你抬不起头), or 等着 and a sentence. 我们不会联系
 * 您的家人 and 如联系不上您 deny or suppose; 您可以找您单位开证明 and 建议您告诉家人 are the caller's own
 * acts (可以, 建议, 请); 逾期会影响征信 and 可以向法院起诉 name no circle and no 等着. */
int tone_collection_threat(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"你您侬等");
    static const char *const act[] = { "找", "通知", "告诉", "发到", "发给", "打给", "打电话给", "曝光给", "群发给", "上门找",
                                       "去", "到", NULL };
    static const char *const known[] = { "都知道", "抬不起头", "没脸见人", "身败名裂", "社死", "丢尽脸", "出名", NULL };
    static const char *const jail[] = { "坐牢", "进去", "吃官司", "蹲大牢", "蹲监狱", "进监狱", "被抓", "上法庭", "收传票",
                                        "进局子", "被起诉", "被拘留", NULL };
    static const char *const own[] = { "可以", "建议", "请", "麻烦", "需要", "记得", "不会", "不", "没", "别", "如果", "如",
                                       "要是", "万一", "假如", NULL };
    char buf[256];
    const char *j = tone_joined(sc, a, b, buf, sizeof buf);
    for (const char *p = j; *p; p++) {
        if ((*p & 0xC0) == 0x80) continue;   /* at a character */
        /* the denial or the caller's own act stands before the threat's words (抬不起头 holds a 不 of its own) */
        if (find(sc, a, tone_word_at_byte(sc, a, b, (size_t)(p - j) + 1) + 1, own) < b) return 0;
        const char *r;
        /* 等着坐牢 / 等着吃官司: a sentence the caller is told to wait for */
        if ((r = tone_after_any(p, (list){ "等着", "就等着", NULL })) && tone_after_any(r, jail))
            return tone_hit(sc, "threat", "威胁客户", a, b - 1, tone_word_at_byte(sc, a, b, (size_t)(p - j) + 1));
        /* 让你全家都知道 / 让你在村里抬不起头 */
        if ((r = tone_after_any(p, (list){ "让", "叫", NULL })) && (r = after_you(r))) {
            for (const char *q = r; *q && q < r + 40; q++)
                if ((*q & 0xC0) != 0x80 && tone_after_any(q, known) && (q == r || tone_after_any(r, CIRCLE) ||
                                                                        tone_after_any(r, (list){ "在", NULL })))
                    return tone_hit(sc, "threat", "威胁客户", a, b - 1, tone_word_at_byte(sc, a, b, (size_t)(p - j) + 1));
        }
        /* 找你领导 / 发到你所有亲戚朋友 / 去你单位: the agent's act on the caller's circle */
        if ((r = tone_after_any(p, act)) && (r = after_you(r))) {
            const char *c = tone_after_any(r, (list){ "所有", "全部", "每个", "每一个", NULL });
            if (tone_after_any(c ? c : r, CIRCLE) && find(sc, a, b, &FIRST) < b)
                return tone_hit(sc, "threat", "威胁客户", a, b - 1, tone_word_at_byte(sc, a, b, (size_t)(p - j) + 1));
        }
    }
    return 0;
}
