/* Helper fix35b's classes of review35's misses (own rows, innocent twins first, in tests/data/tone_more/fix35b.tsv,
 * tests/cli/test_fix35b.sh). Each is read by structure and stance, not by the probe's words:
 *
 *   reproach_asked   a question at the caller whose only answer is a reproach of their conduct: 交费的时候咋不积极呢？
 *                    (the moment of the caller's duty + why not + a duty of care), 现在冷了知道打电话了？ (now that it
 *                    hurts you know to …), 哪有这好事？, 哪有不排队的 (everyone must; no comfort in the reply), 您着急
 *                    别人就不着急了？ (the caller's want set against the others', the verb said twice), 十八度也叫冷？
 *                    (the caller's measure of a grievance scorned), 眼睛在哪里？ (where were your eyes), …的道理您应该懂吧
 *                    (a lecture). 禁忌语: 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6
 *                    注意通话语气和态度. A real question (哪个账户, 怎么没收到验证码, 知道取件码了吗, 也叫…吗) and comfort
 *                    (哪有不着急的，换谁都急) stay clean.
 *   fault_returned   the caller's trouble turned back on them: 那肯定是你服务有问题 (肯定/一定 + the caller or their
 *                    own conduct + at fault). Not 肯定是我们系统有问题, not 肯定不是您的问题, not 您家路由器有问题 (a thing
 *                    diagnosed). Same clauses.
 *   spending_mocked  mock praise of the caller's spending: 您可真大方，一转就是二十万 (praise of open-handedness + 一V就是
 *                    an amount), not thanks for a gift (您真大方，一捐就是五千块，太感谢您). 贵阳 §二(三)6.
 *   scorn_named      a name of scorn pinned on the caller (贵阳 §二(二) 2.1 辱骂或贬低客户): X脑袋 after 你个 / 真是个
 *                    (韭菜脑袋, 木头脑袋), a word for a person ending 佬 after 你们这些 / 你呢啲 (大陆佬, 外地佬: the shared
 *                    person class, cs_person_prefix), a name of cs_scorn_names after 你个 opening the clause (你个败家子
 *                    水龙头开一宿: the trainee's space is gone from the words, so the name need not close the clause). Not 我们打工佬, not 您脑袋疼. */
#include "grading_util.h"
#include "tone_insult34.h"
#include "tone_scan.h"
#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

/* Particles and marks that may close a clause after what decides it. */
static list CLOSE = { "了", "啦", "的", "啊", "呀", "哈", "哦", "嘛", "呢", "咯", "哟", "嘞", "噻", "哇", "咧", "吧", "喔", "啰", "嘅", "㗎", "！", "!", "？", "?", "。", "，",
                      ",", " ", NULL };
/* A reply that cares or comforts: a 哪有不…的 in it is solace (哪有不着急的，换谁都急), not a lecture. */
static list COMFORT = { "换谁", "谁都", "理解", "正常", "别担心", "不要担心", "别自责", "没关系", "不要紧", "心疼", "难受",
                        "辛苦", "别着急", "不着急", "帮您", "给您", "帮你", "唔容易", "不容易", "唔紧要", "唔緊要", NULL };
/* What the caller feels or suffers: 哪有不着急的 grants it. */
static list FEELING = { "着急", "急", "担心", "心疼", "生气", "难过", "难受", "害怕", "怕", "紧张", "上火", "烦", "累", "辛苦",
                        "想", "疼", "痛", "委屈", "失望", "郁闷", "慌", NULL };
static list CALLER = { "您", "你", NULL };

/* Does the reply, its words joined, hold comfort (COMFORT)? Read across the lexicon's cuts (帮/你, 唔/容易). */
static int reply_comforts(const scan *sc)
{
    return tone_words_hold(sc, 0, sc->w->n, COMFORT);
}

/* The text right after p when s holds only particles after the first of stems found at p, else NULL. */
static int closes_after(const char *p, size_t len)
{
    return tone_only_of(p + len, CLOSE);
}

/* 交费的时候咋不积极呢？ / 签合同的时候为啥不仔细看呢？: the moment of the caller's own act, then why not + a duty of
 * care. Not 下单的时候怎么没收到验证码呢 (an event, not a duty). */
static const char *why_not_then(const char *s, size_t *len)
{
    static list then = { "的时候", "那会儿", "当时", "之前", NULL };
    static list why = { "咋不", "怎么不", "为啥不", "为什么不", "咋没", "怎么没", "为啥没", "为什么没", "怎么就不", NULL };
    static list duty = { "积极", "想想", "想1想", "想到", "仔细", "看清", "看看", "注意", "小心", "核对", "上心", "着急",
                         "急", "早说", "问清", "问问", "留意", "当心", "认真", "好好", NULL };
    /* 孩子上学的时候咋不积极呢 asks of a third party's conduct, not the caller's */
    static list third = { "孩子", "他", "她", "老人", "宝宝", "学生", "儿子", "女儿", "老公", "老婆", "对方", NULL };
    size_t l = 0;
    const char *t = tone_earliest(s, then, &l);
    if (!t || tone_holds(s, third)) return NULL;
    const char *w = tone_earliest(t + l, why, &l);
    if (!w || !tone_after_any(w + l, duty)) return NULL;
    *len = l;
    return w;
}

/* 现在冷了知道打电话了？ / 这会儿知道着急了？: now that it hurts the caller knows to act, asked with nothing to learn
 * (no 吗 / 吧 / 怎么 / 什么). */
static const char *knows_now(const char *s, size_t *len)
{
    static list now = { "现在", "这会儿", "这下", "这回", "如今", "出事了", "出了事", NULL };
    static list asks = { "吗", "吧", "怎么", "怎样", "如何", "什么", "哪", "没有", "多少", "几", NULL };
    size_t l = 0, kl = 0;
    const char *t = tone_earliest(s, now, &l);
    const char *k = t ? tone_earliest(t, (list){ "知道", NULL }, &kl) : NULL;
    if (!k || tone_holds(k, asks)) return NULL;
    /* the clause ends on 了 (知道着急了 / 知道找我们了) */
    const char *le = strstr(k + kl, "了");
    const char *last = NULL;
    while (le) {
        last = le;
        le = strstr(le + 3, "了");
    }
    if (!last || last == k + kl || !closes_after(last, 3)) return NULL;
    *len = kl;
    return k;
}

/* 哪有这好事 / 天底下哪有这么便宜的事 / 哪有这个道理: a want called absurd. */
static const char *no_such_luck(const char *s, size_t *len)
{
    static list absurd = { "哪有这好事", "哪有这种好事", "哪有这样的好事", "哪有这么好的事", "哪有这么便宜的事", "哪有这便宜事",
                           "哪有这种便宜事", "哪有这个道理", "哪有这种道理", "哪有这样的道理", "哪有这么便宜", NULL };
    return tone_earliest(s, absurd, len);
}

/* 看病哪有不排队的 / 充值哪有不排队的: everyone must, said to a caller who asked not to; not a feeling granted (哪有不
 * 着急的) and not in a reply that comforts (换谁都急, 别自责). */
static const char *everyone_must(scan *sc, const char *s, size_t *len)
{
    size_t l = 0;
    const char *p = tone_earliest(s, (list){ "哪有不", "哪有不用", "哪里有不", NULL }, &l);
    if (!p || tone_after_any(p + l, FEELING) || reply_comforts(sc)) return NULL;
    const char *d = strstr(p + l, "的");
    if (!d || d - (p + l) > 12 || d == p + l || !closes_after(d, 3)) return NULL;
    *len = (size_t)(d + 3 - p);
    return p;
}

/* 您着急别人就不着急了？ / 您赶时间别人就不赶时间了？: the caller's want set against the others', its verb said twice. */
static const char *others_too(const char *s, size_t *len)
{
    static list others = { "别人", "人家", "其他人", "别的客户", "其他客户", "别的人", "后面的人", NULL };
    static list not_ = { "就不用", "就不", "就没", "就不会", NULL };
    size_t cl = 0, ol = 0, nl = 0;
    const char *c = tone_earliest(s, CALLER, &cl);
    const char *o = c ? tone_earliest(c + cl, others, &ol) : NULL;
    const char *n = o ? tone_earliest(o + ol, not_, &nl) : NULL;
    if (!n) return NULL;
    const char *v = n + nl;
    const char *le = strstr(v, "了");
    if (!le || le == v || le - v > 12 || !closes_after(le, 3)) return NULL;
    /* the verb again between the caller and the others (您怕疼 … 就不怕疼了) */
    size_t vl = (size_t)(le - v);
    const char *again = NULL;
    for (const char *q = c + cl; q + vl <= o; q++)
        if (memcmp(q, v, vl) == 0) again = q;
    if (!again) return NULL;
    *len = (size_t)(le + 3 - c);
    return c;
}

/* 您这十八度也叫冷？ / 这点钱也叫贵？: the caller's grievance scorned as too small to name, not 也叫校园一卡通吗 (a name
 * asked, 吗). */
static const char *calls_that_x(const char *s, size_t *len)
{
    static list also = { "也叫", "也算", "也能叫", "也好意思叫", NULL };
    static list grief = { "冷", "热", "贵", "慢", "远", "久", "多", "疼", "痛", "难", "麻烦", "大事", "事儿", "事", "问题",
                          "投诉", "委屈", "损失", "急", "晚", "吵", "脏", "破", "坏", "少", "差", NULL };
    size_t l = 0;
    const char *p = tone_earliest(s, also, &l);
    if (!p || strstr(p, "吗")) return NULL;
    const char *r = tone_after_any(p + l, grief);
    if (!r || !tone_only_of(r, CLOSE)) return NULL;
    *len = (size_t)(r - p);
    return p;
}

/* 你看订单的时候眼睛在哪里嘛？: where were the caller's eyes, asked of their looking (看, 的时候, 你), the clause closed
 * on it — not 您眼睛哪里不舒服 (a symptom after it). */
static const char *where_eyes(const char *s, size_t *len)
{
    static list eyes = { "眼睛在哪里", "眼睛在哪儿", "眼睛在哪", "眼睛去哪了", "眼睛去哪儿了", "眼睛看哪去了", "眼睛看哪儿去了",
                         "眼睛干嘛用的", "眼睛干什么用的", "眼睛是干嘛的", "眼在哪里", "眼睛呢", NULL };
    static list looked = { "看", "的时候", "你", "您", NULL };
    size_t l = 0;
    const char *p = tone_earliest(s, eyes, &l);
    if (!p || !tone_holds_before(s, p, looked) || !closes_after(p, l)) return NULL;
    *len = l;
    return p;
}

/* 一分钱一分货的道理您应该懂吧: a truism the caller is told they ought to know. */
static const char *ought_to_know(const char *s, size_t *len)
{
    static list ought = { "应该", "总该", "总", "该", "不会不", "肯定", "都", NULL };
    static list know = { "懂", "明白", "知道", "清楚", NULL };
    size_t l = 0, cl = 0;
    const char *d = tone_earliest(s, (list){ "的道理", "这个道理", "这道理", NULL }, &l);
    const char *c = d ? tone_earliest(d + l, CALLER, &cl) : NULL;
    if (!c || c != d + l) return NULL;
    const char *r = tone_after_any(c + cl, ought);
    if (!r || !tone_after_any(r, know)) return NULL;
    *len = (size_t)(r - d);
    return d;
}

/* tone_reproach_asked over its clause joined whole (s); asked when the clause is a question. */
static int reproach_asked_text(scan *sc, size_t a, size_t b, const char *s, int asked)
{
    size_t len = 0;
    const char *p = NULL;
    if (asked) {
        if (!p) p = why_not_then(s, &len);
        if (!p) p = knows_now(s, &len);
        if (!p) p = others_too(s, &len);
        if (!p) p = calls_that_x(s, &len);
        if (!p) p = where_eyes(s, &len);
    }
    if (!p) p = no_such_luck(s, &len);
    if (!p) p = everyone_must(sc, s, &len);
    if (!p) p = ought_to_know(s, &len);
    if (!p) return 0;
    return tone_hit_span(sc, "rhetorical", "反问客户（责问）", a, b, s, p, p + len);
}

/* A question at the caller whose answer is a reproach (the classes above, 禁忌语). */
int tone_reproach_asked(scan *sc, size_t a, size_t b, int question)
{
    char *s = tone_joined_whole(sc, a, b);
    if (!s) return 0;
    int hit = reproach_asked_text(sc, a, b, s, question || strstr(s, "？") || strstr(s, "?"));
    free(s);
    return hit;
}

/* tone_fault_returned over its clause joined whole (s). */
static int fault_returned_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list sure = { "肯定是", "一定是", "1定是", "准是", "八成是", "绝对是", "必定是", "明摆着是", "显然是", NULL };
    /* the caller's own conduct, never a thing of theirs (您家路由器 is diagnosed, not blamed) */
    static list own = { "自己", "本人", "服务", "态度", "做法", "做事", "为人", "人品", "这边", "的", "自身", "本身", NULL };
    static list fault = { "有问题", "的问题", "问题", "不行", "不好", "的错", "错了", "没做好", "不到位", "做得不好", "不对",
                          NULL };
    static list excused = { "不是", "如果", "要是", "假如", "万一", NULL };
    size_t l = 0;
    const char *p = tone_earliest(s, sure, &l);
    if (!p || tone_holds_before(s, p, excused)) return 0;
    const char *c = tone_after_any(p + l, CALLER);
    if (!c) return 0;
    const char *r = c;
    for (int k = 0; k < 3 && tone_after_any(r, own); k++) r = tone_after_any(r, own);
    const char *f = tone_after_any(r, fault);
    /* a verdict, not a guess (那肯定是您这边的问题吧，我帮您再测一下 asks) */
    if (!f || !tone_only_of(f, CLOSE) || strstr(f, "吧") || strstr(f, "吗")) return 0;
    return tone_hit_span(sc, "blame", "怪罪客户（肯定是你的问题）", a, b, s, p, f);
}

/* 那肯定是你服务有问题 / 那一定是您自己的错: the caller's trouble turned back on them (禁忌语, 贵阳 §二(三)6). */
int tone_fault_returned(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    return tone_read_joined(sc, a, b, fault_returned_text);
}

/* tone_spending_mocked over its clause joined whole (s). */
static int spending_mocked_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list open = { "可真是", "真是", "可真", "真", "好", "太", NULL };
    static list handed = { "大方", "有钱", "阔气", "阔绰", "舍得", "大手笔", "豪气", "豪爽", "财大气粗", NULL };
    static list thanks = { "谢", "感恩", "帮助", "爱心", "支持", NULL };
    size_t cl = 0;
    const char *c = tone_earliest(s, CALLER, &cl);
    const char *o = c ? tone_after_any(c + cl, open) : NULL;
    const char *h = o ? tone_after_any(o, handed) : NULL;
    if (!h || tone_words_hold(sc, 0, sc->w->n, thanks)) return 0;
    /* 一转就是二十万 / 一刷就是三万块: the sum the caller let go in one act, in this clause or the next */
    static list at_once = { "就是", "就", NULL };
    char next[192];
    size_t nb = tone_next_clause_end(sc, b);
    const char *t = nb > b ? tone_joined(sc, b, nb, next, sizeof next) : "";
    for (int pass = 0; pass < 2; pass++) {
        const char *x = pass ? t : h;
        const char *y = strstr(x, "一");
        if (!y) y = strstr(x, "1");
        if (!y) continue;
        const char *z = y + (*y == '1' ? 1 : 3);
        if (!*z) continue;
        z += cs_utf8_seq(z, 4);
        if (tone_after_any(z, at_once)) return tone_hit_span(sc, "sarcasm", "讽刺客户（明褒实贬）", a, b, s, c, h);
    }
    return 0;
}

/* 您可真大方，一转就是二十万: mock praise of the caller's spending (禁忌语, 贵阳 §二(三)6). */
int tone_spending_mocked(scan *sc, size_t a, size_t b, int question)
{
    if (question) return 0;
    return tone_read_joined(sc, a, b, spending_mocked_text);
}

/* The end of a word for a person ending 佬 that s starts with (大陆佬, 外地佬: cs_person_prefix, the shared class),
 * or NULL. */
static const char *lao_name(const char *s)
{
    size_t n = cs_person_prefix(s);
    if (n < 6 || strncmp(s + n - 3, "佬", 3) != 0) return NULL;
    return s + n;
}

/* 你们这些外地佬 / 你呢啲大陸佬: a 佬 name pinned on the caller and their kind by a pointing frame. Not 我们打工佬 (the
 * agent's own), not a question (你係咪装修佬呀？ asks a trade), not in a reply that cares (你哋呢啲打工佬都唔容易，我帮
 * 你申请减免: fellow feeling, the caller's lot granted). */
static const char *lao_pinned(const char *s, const char **end)
{
    static list pointing = { "们这些", "們這些", "们这种", "哋呢啲", "哋啲", "呢啲", "嗰啲", "这些", "這些", "这种", "這種",
                             "这个", "這個", "个", "個", NULL };
    size_t cl = 0;
    for (const char *c = tone_earliest(s, CALLER, &cl); c; c = tone_earliest(c + cl, CALLER, &cl)) {
        const char *r = tone_after_any(c + cl, pointing);
        const char *e = r ? lao_name(r) : NULL;
        if (e) {
            *end = e;
            return c;
        }
    }
    return NULL;
}

/* 真是个韭菜脑袋 / 你这个木头脑袋: a thing's head pinned on the caller (个 before it, a thing of one to three
 * characters, 脑袋 closing its clause) — not 您脑袋疼 (no thing, a symptom after), not 我这个猪脑袋 (the agent's own). */
static const char *head_named(const char *s, const char **end)
{
    static list bridge = { "真是个", "就是个", "是个", "这个", "這個", "个", "個", NULL };
    static list not_thing = { "的", "你", "您", "我", "这", "那", "一", "1", "头", NULL };
    /* a head's size, shape or wit (大脑袋, 圆脑袋, 聪明脑袋): no thing, no scorn */
    static list fair = { "大", "小", "圆", "尖", "方", "光", "秃", "聪明", "机灵", "灵光", "好", NULL };
    size_t hl = 0;
    const char *h = tone_earliest(s, (list){ "脑袋", "腦袋", NULL }, &hl);
    if (!h || !tone_only_of(h + hl, CLOSE) || strstr(s, "我")) return NULL;
    for (const char *g = s; g < h; g += cs_utf8_seq(g, 4) ? cs_utf8_seq(g, 4) : 1) {
        const char *x = tone_after_any(g, bridge);
        if (!x || x >= h || h - x > 9) continue;
        /* the thing [x, h): no particle, pronoun or numeral in it */
        int thing = 1;
        for (const char *q = x; q < h; q += cs_utf8_seq(q, 4) ? cs_utf8_seq(q, 4) : 1)
            if (tone_after_any(q, not_thing)) thing = 0;
        /* aimed: nothing but the caller (and a word of degree) before the bridge, or the bridge opening the clause
         * (真是个韭菜脑袋) — not 您家孩子这个大脑袋 (the child's head, a size) */
        char before[64];
        size_t bl = (size_t)(g - s);
        if (bl >= sizeof before) continue;
        memcpy(before, s, bl);
        before[bl] = '\0';
        int aimed = tone_only_of(before, (list){ "你", "您", "真", "就", "可", "简直", "真是", "哎", NULL });
        if (h - x <= 6 && tone_after_any(x, fair) == h) thing = 0;
        if (thing && aimed) {
            *end = h + hl;
            return g;
        }
    }
    return NULL;
}

/* 你个败家子 水龙头开一宿: 你个 opening the clause and a name of cs_scorn_names after it, whatever follows (the
 * trainee's space is gone from the words: it neither breaks the clause nor leaves a gap). 你个 at a clause's start is
 * the vocative of name-calling; 给你个建议 / 帮你个忙 (你 after a verb, no name) stay clean. */
static const char *scorn_opened(const char *s, const char **end)
{
    static list opener = { "哎", "嘿", "我说", "真是", "就", NULL };
    static list frame = { "你个", "您个", "你個", NULL };
    const char *f = tone_after_any(s, opener);
    f = f ? f : s;
    const char *r = tone_after_any(f, frame);
    if (!r) return NULL;
    for (const char *const *n = cs_scorn_names; *n; n++) {
        const char *e = tone_after_any(r, (list){ *n, NULL });
        if (e) {
            *end = e;
            return f;
        }
    }
    return NULL;
}

/* tone_scorn_named over its clause joined whole (s). */
static int scorn_named_text(scan *sc, size_t a, size_t b, const char *s)
{
    const char *end = NULL, *p = NULL;
    if (!strstr(s, "？") && !strstr(s, "?") && !reply_comforts(sc)) p = lao_pinned(s, &end);
    if (!p) p = head_named(s, &end);
    if (!p) p = scorn_opened(s, &end);
    if (!p) return 0;
    return tone_hit_span(sc, "belittle", "辱骂客户（骂名）", a, b, s, p, end);
}

/* A name of scorn pinned on the caller: X脑袋, a 佬 name, a scorn name after 你个 opening the clause (insult, 贵阳 §二(二) 2.1). */
int tone_scorn_named(scan *sc, size_t a, size_t b, int question)
{
    if (question) return 0;
    return tone_read_joined(sc, a, b, scorn_named_text);
}
