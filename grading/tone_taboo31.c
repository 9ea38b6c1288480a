/* 禁忌语 that new trainees type and the rules did not read (helper taboo31, own sentences with innocent twins in
 * tests/data/tone_more/taboo31.tsv):
 *
 *   unwilling_to_say   the agent declares they do not want to say, answer or explain it (again) (这个我真不想再说了 /
 *                      这个问题我不想回答 / 我不想跟你多说了); not the caller's wish (您不想说也没关系), not a condition
 *   fuss_over_sum        a small sum made the point of a question or a 就为了 (就为了两块钱打三次电话 / 为了三块钱您至于
 *                      吗); not a refund or a kindness about it (为了两块钱的差价，我们已经帮您退了)
 *   mock_wish          a wish that the caller learn a basic skill (祝您早日学会用智能手机 / 希望您下次能看得懂说明书);
 *                      not 祝您早日康复, not a skill of the desk's own trade (祝您早日学会开车)
 *   input_shelved      the caller's opinion or complaint declared heard only (您的意见我们听听就好 / 建议嘛，看看而已)
 *   bother_us          the caller's contact called a bother to us (就不用来烦我们了 / 省得我们也麻烦); not 不用怕麻烦我们
 *   no_way_rule        no way out (没法 / 冇办法 / 莫得法子, as the regions type it) with only the rule for a reason
 *                      (俺也没法，规定就这 / 冇办法，公司规定嘅) and nothing offered in the reply
 *   cannot_explain_you the caller declared past explaining to (算了，跟您讲不明白 / 和您解释不清楚); not the agent's own
 *                      hedge with a way on (可能我电话里跟您讲不清楚，我给您发个图文)
 *   minded_sum         the caller called petty for minding a small sum (几块钱的运费还这么计较)
 *   call_wasted        the caller's call declared a waste of time (别浪费时间打电话了); not 以免浪费您的时间
 *   save_your_breath   the caller's effort declared useless (…省省吧 / 别白费力气了); not with a way on after it
 *   sure_not_ours      our side declared blameless before any check (绝对不可能是我们的问题); not the caller cleared
 *   spoon_fed          the help asked for mocked as spoon-feeding (要我把饭喂到您嘴里吗); not a pet or a child fed
 *
 * Each is 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 呼叫服务员职业标准(试行) 五级
 * 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度): impatience, a brush-off, sarcasm
 * or 推诿 with no demeaning word, so none of them fails the call (§二(四) 4.2 is tone_insult.c's). Each reads its
 * clause's words joined (the normal form: 一 is 1, traditional made simplified), so a stem matches whatever the
 * lexicon's cut. */
#include "tone_scan.h"
#include "words.h"

#include <string.h>

/* A condition or a hedge before p (如果 / 要是 / 可能 / 怕): the agent's worry, not a verdict on the caller. */
static list HEDGED = { "如果", "要是", "假如", "万一", "的话", "可能", "也许", "怕", "担心", "恐怕", NULL };

/* Is s, from p on, nothing but what may close a clause (了, 啊, 一遍 …)? */
static int closes_clause(const char *p)
{
    static const char *const tail[] = { "了", "啦", "啊", "呀", "哈", "嘞", "喽", "咯", "吧", "哦", "呢", "1遍", "1次", "这个",
                                        "这些", "那么多", "太多", "给你听", "给您听", NULL };
    return tone_only_of(p, tail);
}

/* ---- unwilling_to_say ---- */

/* tone_unwilling_to_say read over its words joined whole (s). */
static int unwilling_to_say_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const unwilling[] = { "不想", "不愿意", "不愿", "懒得", NULL };
    static const char *const more[] = { "再", "多", "继续", "跟你", "跟您", "和你", "和您", "同你", "给你", "给您", NULL };
    static const char *const say[] = { "回答", "解释", "重复", "说", "讲", "啰嗦", "废话", "答", NULL };
    size_t len = 0;
    const char *u = tone_earliest(s, unwilling, &len);
    if (!u || tone_holds_before(s, u, (list){ "你", "您", NULL }) || tone_holds(s, HEDGED)) return 0;
    const char *p = u + len;
    for (const char *q; (q = tone_after_any(p, more));) p = q;
    const char *v = tone_after_any(p, say);
    if (!v || !closes_clause(v)) return 0;
    return tone_hit_span(sc, "impatient", "不耐烦（不想再说了）", a, b, s, u, v);
}

/* 这个我真不想再说了 / 这个问题我不想回答 / 我不想跟你多说了 / 这个不想再解释了: the agent's unwillingness to say it
 * (again), the clause closing on the verb (不耐烦, 3.1; §二(三)6; 2.5 explains again). Not the caller's (您不想说也
 * 没关系: 你/您 before 不想), not a condition or hedge (不想说的话可以不填), not a verb with an object (我不想说得太绝对). */
int tone_unwilling_to_say(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"想愿懒");
    ANCHORS(sc, a, b, U"说讲回解重答啰废");
    if (question) return 0;
    return tone_read_joined(sc, a, b, unwilling_to_say_text);
}

/* ---- fuss_over_sum ---- */

/* The first small sum in s (两块钱, 3块, 几毛, 5元, 这点钱 …: a count then a unit of money), or NULL; *len its length. */
static const char *small_sum(const char *s, size_t *len)
{
    static const char *const lead[] = { "区区", "这么", "那么", "这", "那", "个", NULL };
    static const char *const count[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "两", "几", "俩", NULL };
    static const char *const unit[] = { "块钱", "块", "毛钱", "毛", "分钱", "元钱", "元", "快钱", NULL };
    static const char *const bit[] = { "这点钱", "那点钱", "1点钱", "几个钱", "俩钱", "仨瓜俩枣", "这点差价", NULL };
    for (const char *p = s; *p; p++) {
        const char *c = tone_after_any(p, bit);
        if (!c) {
            c = tone_after_any(p, lead);
            const char *d = tone_after_any(c ? c : p, count);
            for (const char *more; d && (more = tone_after_any(d, count));) d = more;
            c = d ? tone_after_any(d, unit) : NULL;
        }
        if (!c) continue;
        *len = (size_t)(c - p);
        return p;
    }
    return NULL;
}

/* 这么晚了打电话就为了两块钱？ / 为了三块钱您至于打四次电话吗 / 就为了五块钱的券跑一趟: the caller's trouble belittled
 * as a fuss over a small sum (轻视客户, 3.1; §二(三)6; 2.12 calms and does not belittle). 为了 + a small sum, asked or
 * scorned (a question, 至于 / 犯得着 / 值得, or 就为了). Not a refund or a kindness (为了两块钱的差价，我们已经帮您退了:
 * a statement with no 就), not the agent's doing (我们为了省两块钱…). */
int tone_fuss_over_sum(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"为");
    ANCHORS(sc, a, b, U"块毛分元快钱瓜价");
    static const char *const for_[] = { "就为了", "就为", "为了", "为", NULL };
    static const char *const scorn[] = { "至于", "犯得着", "犯不着", "值得吗", "值当", "值吗", "有必要吗", "有必要", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0, slen = 0;
    const char *f = tone_earliest(s, for_, &len);
    if (!f || tone_holds_before(s, f, (list){ "我", "咱", NULL })) return 0;
    const char *m = small_sum(f + len, &slen);
    if (!m || m > f + len + 6) return 0;   /* the sum is what 为了 is for (为了这两块钱), not a later word */
    int only = strncmp(f, "就为", strlen("就为")) == 0;
    if (!question && !only && !tone_holds(s, scorn)) return 0;
    /* (几块钱也要计较 without 为了 is tone_comeback.c's petty_sum; 还这么计较几块钱 is minded_sum below) */
    if (cs_words_help_after(sc->w, tone_word_of(sc, a, b, s, m))) return 0;
    return tone_hit_span(sc, "dismissive", "轻视客户（就为了几块钱）", a, b, s, f, m + slen);
}

/* ---- mock_wish ---- */

/* 祝您早日学会用智能手机 / 希望您下次能看得懂说明书 / 但愿你这回长点记性: a wish that the caller acquire a basic
 * skill, mockery dressed as goodwill (讽刺, 3.1; §二(三)6). A wish to the caller (祝 / 希望 / 但愿 + 你/您) then a basic
 * skill (看懂, 听得懂, 识字, 长记性, 学会用手机 …). Not 祝您早日康复, not a skill of the desk's own trade (祝您早日学会
 * 开车: 学会 only with an everyday means: 用, 看, 听, 查, 上网). */
int tone_mock_wish(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"祝希但愿");
    ANCHORS(sc, a, b, U"学看听识认长记开搞弄分会");
    static const char *const wish[] = { "祝您", "祝你", "希望您", "希望你", "但愿您", "但愿你", "愿您", NULL };
    static const char *const skill[] = { "学会用", "学会看", "学会听", "学会查", "学会上网", "学会识字", "看得懂", "听得懂",
                                         "看懂", "听懂", "识字", "认字", "长记性", "长点记性", "长点心", "开窍", "搞懂", "弄懂",
                                         "会用手机", NULL };
    /* final31: a plain wish that the caller learn or keep something is advice (希望您记住密码，不要告诉任何人 /
     * 祝您学会用我们的新功能 / 希望您看懂了，有问题随时打过来); the mockery is in the time the wish gives (早日 / 下次 /
     * 这回 / 总有一天: not yet able, as if slow) or in a skill no adult lacks (长记性, 开窍, 识字) */
    static const char *const when[] = { "早日", "早点", "下次", "下回", "这回", "这次", "以后", "总有一天", "有朝一日", NULL };
    static const char *const innate[] = { "长记性", "长点记性", "长点心", "开窍", "识字", "认字", NULL };
    if (question) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0, klen = 0, tlen = 0;
    const char *w = tone_earliest(s, wish, &len);
    if (!w) return 0;
    const char *k = tone_earliest(w + len, skill, &klen);
    /* the skill follows the wish within a few words (早日 / 下次能 / 以后都能), not at the clause's far end */
    if (!k || k > w + len + 15) return 0;
    const char *t = tone_earliest(w + len, when, &tlen);
    if (!(t && t < k) && !tone_earliest(k, innate, &tlen)) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（祝您早日学会…）", a, b, s, w, k + klen);
}

/* ---- input_shelved ---- */

/* 您的意见我们听听就好 / 您的建议嘛，我们看看而已 / 投诉我们记一下就得了: the caller's say declared heard and
 * shelved (敷衍, 3.1; 贵阳 §二(二) 2.9 answers a complaint with 我们会…改进). An opinion, a suggestion or a complaint,
 * then listening or noting it, closed by 就好 / 而已 / 罢了 / 就得了. Not 您看看就好 (no say of the caller's), not
 * 我们会认真参考 (no 就好). */
int tone_input_shelved(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"听看参记扔丢当左");
    static const char *const say[] = { "意见", "建议", "投诉", "反馈", "想法", "看法", NULL };
    static const char *const heard[] = { "听听就好", "听听就行", "听听而已", "听听罢了", "听听就得了", "听1听就好",
                                         "听听算了", "看看就好", "看看而已", "看看罢了", "参考参考就好", "参考1下就好",
                                         "参考参考而已", "记1下就得了", "记1下而已", "记下就好了", "听着就是了", "听过就算",
                                         /* thrown away outright (…我们已经帮您扔进垃圾桶了): the same scorn, said as sarcasm */
                                         "扔进垃圾桶", "扔垃圾桶", "丢进垃圾桶", "丢垃圾桶", "扔进纸篓", "当耳旁风", "当耳边风",
                                         "左耳进右耳出", NULL };
    /* the say may be the topic of a clause of its own before (建议嘛，我们看看而已) */
    size_t from = a;
    tone_clause_before(sc, a, &from);
    char buf[256];
    const char *s = tone_joined(sc, from, b, buf, sizeof buf);
    size_t len = 0, hlen = 0;
    const char *k = tone_earliest(s, say, &len);
    if (!k) return 0;
    const char *h = tone_earliest(k + len, heard, &hlen);
    char before[256];
    /* the shelving itself is this clause's: the clause before only names the say */
    if (!h || h < s + strlen(tone_joined(sc, from, a, before, sizeof before))) return 0;
    return tone_hit_span(sc, "dismissive", "敷衍客户（意见听听就好）", from, b, s, k, h + hlen);
}

/* ---- bother_us ---- */

/* 就不用来烦我们了 / 省得我们也麻烦 / 少来打扰我们: the caller's contact called a bother to our side (不耐烦, 3.1;
 * §二(三)6). A wish the caller stop or a gain of ours (不用, 别, 少, 省得 …), a bother (烦, 打扰, 折腾 …) and our side.
 * Not 不用怕麻烦我们 / 别觉得打扰我们 (the caller's worry waved off: a kindness), not 打扰您了. */
int tone_bother_us(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"烦扰折吵麻");
    ANCHORS(sc, a, b, U"我咱");
    static const char *const stop[] = { "就不用", "不用", "别", "少", "省得", "免得", "不要", "甭", "莫", NULL };
    static const char *const bother[] = { "来烦", "再烦", "老烦", "总烦", "烦", "来打扰", "打扰", "来骚扰", "骚扰", "来折腾",
                                          "折腾", "来吵", "吵", NULL };
    /* 麻烦 is a bother only as our gain (省得我们也麻烦): 不用麻烦我们师傅跑 spares the caller a wait */
    static const char *const ours_spared[] = { "省得", "免得", NULL };
    static const char *const kind[] = { "怕", "觉得", "担心", "客气", "不好意思", "顾虑", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *st = tone_earliest(s, stop, &len);
    if (!st) return 0;
    const char *p = st + len;
    for (const char *q; (q = tone_after_any(p, (list){ "再", "来", "老", "总", "也", "我们也", "我们", "咱们", "我", NULL }));)
        p = q;
    const char *bo = tone_after_any(p, bother);
    if (!bo && tone_after_any(st, ours_spared)) bo = tone_after_any(p, (list){ "麻烦", NULL });
    if (!bo) return 0;
    /* the bother falls on us: our side named between the stop and the bother, or right after it */
    char mid[256];
    size_t span = (size_t)(bo - st);
    if (span >= sizeof mid) return 0;
    memcpy(mid, st, span);
    mid[span] = 0;
    if (!tone_holds(mid, (list){ "我", "咱", NULL }) && !tone_after_any(bo, (list){ "我们", "我", "咱们", "咱", NULL }))
        return 0;
    if (tone_holds(mid, kind) || cs_words_help_after(sc->w, tone_word_of(sc, a, b, s, st))) return 0;
    return tone_hit_span(sc, "impatient", "不耐烦（别来烦我们）", a, b, s, st, bo);
}

/* ---- no_way_rule ---- */

/* tone_no_way_rule read over its words joined whole (s). */
static int no_way_rule_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const no_way[] = { "没办法", "没法子", "没法", "没辙", "冇办法", "冇法", "冇得办法", "莫得办法",
                                          "莫得法子", "莫法", "没得办法", "没有办法", "没得法", "木有办法", "没门", NULL };
    static const char *const rule[] = { "规定", "政策", "制度", "规矩", "公司定", "上面定", "上头定", "领导定", NULL };
    static const char *const offer[] = { "抱歉", "不好意思", "对不起", "理解", "建议", "可以", "帮您", "帮你", "为您", "申请",
                                         "反映", "反馈", "登记", "不过", "但是", "请", "给您", "补偿", "赔", "我们会", "按规定",
                                         "按照规定", NULL };
    size_t len = 0, rlen = 0;
    const char *n = tone_earliest(s, no_way, &len);
    const char *r = tone_earliest(s, rule, &rlen);
    if (!n || !r || tone_holds(s, offer) || tone_holds(s, HEDGED)) return 0;
    /* 问题不大，规定没法改的部分我们… : the rule the subject of a longer matter is another reply; these are short */
    if (strlen(s) > 60) return 0;
    size_t at = tone_word_of(sc, a, b, s, n);
    if (cs_words_help_after(sc->w, at)) return 0;
    return tone_hit_span(sc, "dismissive", "推诿（没办法，规定就这）", a, b, s, n, n + len);
}

/* 俺也没法，规定就这 / 冇办法，公司规定嘅 / 莫得法子，公司定的: no way out said as the regions say it, the rule the only
 * reason, and nothing offered in the whole reply (推诿; 贵阳 §二(二) 2.6 explains and offers what can be
 * done). Registered on the whole reply (CH_REPLY): the no-way word and the rule often stand in clauses of their own.
 * Not 没办法，这是规定，不过我可以帮您申请 (an offer), not an apology (抱歉，规定确实没办法改). */
int tone_no_way_rule(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"法辙门");
    ANCHORS(sc, a, b, U"规定政制矩");
    return tone_read_joined(sc, a, b, no_way_rule_text);
}

/* ---- cannot_explain_you ---- */

/* tone_cannot_explain_you read over its words joined whole (s). */
static int cannot_explain_you_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const with[] = { "跟你", "跟您", "和你", "和您", "给你", "给您", "同你", "同您", NULL };
    static const char *const verb[] = { "讲", "说", "解释", "沟通", "交流", "讲话", "说话", NULL };
    static const char *const fail[] = { "不明白", "不清楚", "不清", "不通", "不懂", "不来", NULL };
    size_t len = 0;
    const char *w = tone_earliest(s, with, &len);
    if (!w || tone_holds(s, HEDGED) || tone_holds(s, (list){ "电话里", "电话上", "文字", "这里", NULL })) return 0;
    const char *v = tone_after_any(w + len, verb);
    const char *f = v ? tone_after_any(v, fail) : NULL;
    /* closing the clause, or on a bare 的 (说不通的); 跟您说不清楚的地方 names a part of the matter */
    const char *de = f ? tone_after_any(f, (list){ "的", NULL }) : NULL;
    if (!f || !(closes_clause(f) || (de && closes_clause(de)))) return 0;
    if (cs_words_help_after(sc->w, tone_word_of(sc, a, b, s, v))) return 0;
    /* keyed on the failure: 跟您讲 is a part of the standard 我再跟您讲一遍 (a protected phrase part) */
    size_t last = tone_word_of(sc, a, b, s, f - 1);
    return tone_hit(sc, "dismissive", "打发客户（跟您讲不明白）", tone_word_of(sc, a, b, s, w), last, last);
}

/* 算了，跟您讲不明白 / 和您解释不清楚 / 给你说不通的: the caller declared past explaining to (打发客户, 3.1; §二(三)6;
 * 2.5 explains again). 跟 / 和 / 给 + 你/您, a verb of explaining and its failure (不明白, 不清楚, 不通). Not a hedge or
 * condition (可能我跟您讲不清楚 / 如果跟您说不明白), not over a medium with a way on (电话里跟您讲不清楚，我给您发图文). */
int tone_cannot_explain_you(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"跟和给同");
    ANCHORS(sc, a, b, U"你您");
    if (question) return 0;
    return tone_read_joined(sc, a, b, cannot_explain_you_text);
}

/* tone_minded_sum read over its words joined whole (s). */
static int minded_sum_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const mind[] = { "还这么计较", "这么计较", "还计较", "斤斤计较", "计较个", "较什么真", "这么较真", NULL };
    size_t len = 0, slen = 0;
    const char *m = tone_earliest(s, mind, &len);
    if (!m || !small_sum(s, &slen) || tone_holds(s, (list){ "我们", "我不", "不会跟您", "不会跟你", "不跟您", NULL })) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（几块钱还这么计较）", a, b, s, m, m + len);
}

/* 还这么计较几块钱的快递费 / 几毛钱斤斤计较: the caller called petty for minding a small sum (讽刺, 3.1; §二(三)6): a
 * small sum and the caller's minding it (计较, 较真) in the clause. tone_comeback.c's petty_sum reads the sum before
 * 也要计较; this reads the minding first, or 斤斤计较 anywhere. Not 我们不会跟您计较这几块钱 (our side minds nothing). */
int tone_minded_sum(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"计较");
    ANCHORS(sc, a, b, U"块毛分元快钱瓜价");
    return tone_read_joined(sc, a, b, minded_sum_text);
}

/* ---- call_wasted ---- */

/* tone_call_wasted read over its words joined whole (s). */
static int call_wasted_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const call[] = { "打电话", "打过来", "来电", "打客服", "问客服", "打热线", "打进来", "打这个电话", NULL };
    const char *w = strstr(s, "浪费");
    size_t len = 0;
    if (!w || tone_holds(s, (list){ "以免", "避免", "免得您", "不会浪费", "别让您", NULL })) return 0;
    const char *c = tone_earliest(s, call, &len);
    if (!c) return 0;
    /* the call and the waste within a few words of each other, either way round, the caller's time not named between */
    const char *lo = c < w ? c : w, *hi = c < w ? w : c;
    if (hi - lo > 24) return 0;
    char mid[32];
    memcpy(mid, lo, (size_t)(hi - lo));
    mid[hi - lo] = 0;
    if (tone_holds(mid, (list){ "您", "你的", NULL })) return 0;
    const char *end = c < w ? w + strlen("浪费") : c + len;
    return tone_hit_span(sc, "lecture", "说教客户（打电话浪费时间）", a, b, s, lo, end);
}

/* 建议您以后直接看FAQ，就不用浪费时间打电话了 / 打电话来纯属浪费时间: the caller's call to us declared a waste (说教,
 * 3.1; §二(三)6; 贵阳 §二(二) 2.1 welcomes the call). 浪费 with a call to us (打电话, 来电, 打客服 …) in the clause. Not the
 * caller's time valued (不用浪费您宝贵的时间排队: 您 between), not 以免 / 避免 (a kindness), not a question. */
int tone_call_wasted(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"浪");
    ANCHORS(sc, a, b, U"打来电问");
    if (question) return 0;
    return tone_read_joined(sc, a, b, call_wasted_text);
}

/* ---- save_your_breath ---- */

/* tone_save_your_breath read over its words joined whole (s). */
static int save_your_breath_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const save[] = { "省省吧", "省省力气", "省点力气", "省点口水", "省省口水", "别白费力气", "别白费劲",
                                        "别费劲了", "别费那个劲", "甭费劲", "白费力气", "白费劲", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, save, &len);
    if (!p || cs_words_help_after(sc->w, tone_word_of(sc, a, b, s, p + len - 1))) return 0;
    if (tone_holds_before(s, p, (list){ "我", "帮您", "为您", "让您", NULL })) return 0;   /* 我帮您省点力气 */
    return tone_hit_span(sc, "dismissive", "打发客户（省省吧）", a, b, s, p, p + len);
}

/* 你再打也是转到我这里，省省吧 / 别白费力气了: the caller told their effort is useless (打发客户, 3.1; §二(三)6). A stock
 * line of it (省省吧, 省点力气, 别白费劲). Not with a way on after it (别费劲了，我帮您直接操作), not 省省钱 (no 吧 close). */
int tone_save_your_breath(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"省费");
    return tone_read_joined(sc, a, b, save_your_breath_text);
}

/* ---- sure_not_ours ---- */

/* 绝对不可能是我们的问题 / 肯定不是我们这边的原因，您查查自己的网: our side declared blameless before anything is
 * checked, the fault so laid on the caller (推诿; §二(三)6; 2.7 verifies first). A certainty (绝对不可能是,
 * 肯定不是, 根本不是 …), our side, and a fault word. Not the caller cleared (不可能是您的问题), not a question, not with a
 * check or help in the reply (…不过我还是帮您报修). */
int tone_sure_not_ours(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"可是");
    ANCHORS(sc, a, b, U"我咱平系");
    static const char *const sure[] = { "绝对不可能是", "不可能是", "绝对不是", "肯定不是", "根本不是", "压根不是", "压根就不是",
                                        "根本就不是", "百分百不是", "百分之百不是", NULL };
    static const char *const ours[] = { "我们这边的", "我们的", "我们这边", "我们", "咱们的", "咱们", "我这边的", "我这边",
                                        "平台的", "系统的", NULL };
    static const char *const fault[] = { "问题", "错", "原因", "责任", "毛病", NULL };
    if (question) return 0;
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *p = tone_earliest(s, sure, &len);
    if (!p) return 0;
    const char *o = tone_after_any(p + len, ours);
    const char *f = o ? tone_after_any(o, fault) : NULL;
    if (!f) return 0;
    char all[1024];
    const char *whole = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    if (tone_holds(whole, (list){ "帮您", "为您", "给您", "我再", "核实", "不过", "但是", "抱歉", NULL })) return 0;
    return tone_hit_span(sc, "blame", "推诿（肯定不是我们的问题）", a, b, s, p, f);
}

/* ---- spoon_fed ---- */

/* 您是要我帮您把饭也喂到嘴里吗 / 难道还要我嚼碎了喂您: the help asked for mocked as spoon-feeding (讽刺, 3.1; §二(三)6).
 * Feeding into the mouth (喂到嘴里, 嚼碎了喂 …) said to the caller: asked (a question), or with 要我 / 还要我 / 难道.
 * Not a pet, a child or a patient fed (把药喂到它嘴里: 它, 宝宝, 孩子, 猫, 狗 … in the clause). */
int tone_spoon_fed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"喂");
    static const char *const feed[] = { "喂到嘴里", "喂到嘴边", "喂到您嘴", "喂到你嘴", "喂进嘴里", "嚼碎了喂", "嚼碎喂",
                                        "喂您吃", "喂你吃", "把饭也喂", "把饭喂", NULL };
    static const char *const other[] = { "它", "宝宝", "孩子", "小孩", "猫", "狗", "病人", "老人", "宠物", "婴儿", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *f = tone_earliest(s, feed, &len);
    if (!f || tone_holds(s, other)) return 0;
    if (!question && !tone_holds(s, (list){ "要我", "还要我", "难道", "总不能", NULL })) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（要我喂到您嘴里吗）", a, b, s, f, f + len);
}
