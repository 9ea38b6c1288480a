/* Rude residue on a correct standard phrase that the residue judgement did not see, as the travel,
 * transport and welfare desks of the retired sets seen11-seen14 typed it after the phrase (helper
 * fixph13; own rows, rude and innocent twins, tests/data/phrase_more_fixph13.tsv):
 *
 *   help_futile        the help just given declared futile (查了也白查, 估计也没结果, 转过去也不一定管)
 *   call_misplaced     the call itself ruled out of place (这种问题不该打热线, 闲聊请找朋友)
 *   complaint_returned the complaint handed back to the caller (您也监督一下您自己的脾气)
 *   not_gods           the agent's limits thrown at the caller (我们是客服不是神仙)
 *   speech_toil        listening to the caller called a toil (听您说话太费劲了)
 *   think_next_time    the caller told to think before complaining next time (下次投诉之前也想想)
 *   accused_abuse      the caller asked whether they were the one who abused (是您打电话来骂人的吗)
 *   again_wrong        the caller's slip said to be one more (号码是不是又报错了)
 *   broken_off         the phrase broken off with 算了 and an order (请问您……算了您先冷静)
 *   boss_ambush        the leader's number refused with an ambush suggested (去机场堵领导)
 *   virtue_denied      a virtue the phrase credits denied of the caller (哦不对，您一点也不耐心)
 *
 * A phrase said with any of these is not the phrase: 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度,
 * §二(二) 2.1 礼貌用语; as 禁忌语, 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语. Each rule reads
 * its clause's words joined (the normal form: 一 is 1), so a stem matches whatever the lexicon's cut. */
#include "tone_scan.h"
#include "words.h"

#include <string.h>

static const char *const COND[] = { "如果", "要是", "假如", "若", "的话", "万1", NULL };

/* tone_help_futile read over its words joined whole (s). */
static int help_futile_text(scan *sc, size_t a, size_t b, const char *s)
{
    if (tone_holds(s, COND)) return 0;
    static const char *const futile[] = { "也不1定管", "也不1定理", "也不1定有人", "也不1定处理", "也不1定有用", "也不1定管用", "也不1定能办",
                                          "也不1定有结果", "也不1定解决", "也不1定受理", "也未必管", "也未必有用", "也未必有结果",
                                          "也未必能办", "也没结果", "也没有结果", "也没戏", "也没下文", "也是白搭", "也白搭", "也白费",
                                          "也是白费", "也够呛", "估计没结果", "估计没戏", "估计不会有结果", "八成没戏", "八成没结果",
                                          "多半没戏", "多半没结果", "恐怕没戏", "怕是没戏", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, futile, &len);
    /* 也没用 / 也没有用 closing the clause (a particle may follow) */
    static const char *const useless[] = { "也没用", "也没有用", "也是没用", NULL };
    size_t ul = 0;
    const char *u = tone_earliest(s, useless, &ul);
    if (u && !p) {
        const char *rest = u + ul;
        static const char *const tail[] = { "", "的", "啊", "呀", "了", "吧", "呢", "哈", "的啦", NULL };
        for (const char *const *t = tail; *t && !p; t++)
            if (strcmp(rest, *t) == 0) { p = u; len = ul; }
    }
    /* 查了也白查 / 说了也白说: the same verb before 了也白 */
    const char *w = strstr(s, "了也白");
    if (!p && w && w > s) {
        const char *verb = w - 3;   /* the one-character verb before 了 (UTF-8: three bytes) */
        if (strncmp(w + strlen("了也白"), verb, 3) == 0) { p = w; len = strlen("了也白") + 3; }
    }
    if (!p) return 0;
    size_t first = tone_word_of(sc, a, b, s, p), last = tone_word_of(sc, a, b, s, p + len - 1);
    /* 我知道着急也没用，所以我已经帮您催了仓库: the agent's own view, and help done after it */
    if (find(sc, a, first, &FIRST) < first || cs_words_help_after(sc->w, last)) return 0;
    return tone_hit(sc, "dismissive", "打发客户（帮了也白帮）", first, last, last);
}

/* 查了也白查 / 估计也没结果 / 转过去他们也不一定管: the help the phrase just gave declared futile by the
 * agent (打发客户). Not a reassurance (查不到也没关系), not a condition (如果重启也没用，我帮您报修),
 * not 也没用多少流量 (没用 is "did not use" there: the futile 没用 closes its clause), and 说了也白说 is the
 * same verb twice (X了也白X) or 白搭 / 白费, never a bare 白 (让您也白跑一趟 is an apology). */
int tone_help_futile(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"也估八多恐怕");
    return tone_read_joined(sc, a, b, help_futile_text);
}

/* tone_call_misplaced read over its words joined whole (s). */
static int call_misplaced_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const ought_not[] = { "不该", "不应该", "不应", "犯不着", "用不着", NULL };
    static const char *const call[] = { "打热线", "打电话", "打过来", "打进来", "打来", "来电", "打我们", "找我们", "打这个电话",
                                        "占用热线", "占热线", "打客服", "找客服", "拨打", "打12345", "打这个热线", NULL };
    size_t len = 0, cl = 0;
    const char *n = tone_earliest(s, ought_not, &len);
    if (n && !tone_holds(s, COND) && !strstr(s, "让") && !strstr(s, "由")) {
        const char *c = tone_earliest(n + len, call, &cl);
        size_t no = tone_word_of(sc, a, b, s, n);
        if (c && find(sc, a, no, &FIRST) == NONE)
            return tone_hit(sc, "dismissive", "打发客户（这种事不该打热线）", no,
                           tone_word_of(sc, a, b, s, c + cl - 1), no);
    }
    static const char *const chat[] = { "闲聊", "聊天", "唠嗑", "解闷", "消遣", "唠家常", "拉家常", "闲扯", NULL };
    static const char *const elsewhere[] = { "找朋友", "找家人", "找别人", "找亲戚", "找邻居", "找家里人", "去别处", "找别处", NULL };
    const char *t = tone_earliest(s, chat, &len);
    const char *e = t ? tone_earliest(t + len, elsewhere, &cl) : NULL;
    if (!e) return 0;
    size_t ct = tone_word_of(sc, a, b, s, t);
    return tone_hit(sc, "dismissive", "打发客户（闲聊找别人）", ct, tone_word_of(sc, a, b, s, e + cl - 1), ct);
}

/* 原则上这种问题不该打热线 / 闲聊请找朋友: the call itself ruled out of place (打发客户; 贵阳 §二(三)5
 * answers an off-topic call with its own phrase, 请问您有业务需要咨询吗). Not our own fault owned (我们不该
 * 让您再打电话过来: the agent before the 不该, or 让/由 the caller), not a tip (这个不用打电话，APP上就能办:
 * 不用 is no 不该), not a friend suggested for company (您可以找朋友聊聊天: the chat before 找). */
int tone_call_misplaced(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不犯用闲聊唠解消拉");
    return tone_read_joined(sc, a, b, call_misplaced_text);
}

/* 您也监督一下您自己的脾气 / 您也反省反省自己的态度: the caller's complaint about us (贵阳 §二(二) 2.9
 * thanks them and promises to improve) handed back as a lecture on their own manner. Not care
 * (您也注意一下身体, 您也别太着急: no manner named), not the agent's promise (我们也会注意自己的态度:
 * the agent first). */
int tone_complaint_returned(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"也");
    static const char *const check[] = { "监督", "反省", "检讨", "注意", "管管", "管1管", "改改", "改1改", "控制", "收敛", "收收",
                                         "想想", "审视", "约束", "端正", "看看", "检查", NULL };
    static const char *const manner[] = { "脾气", "态度", "语气", "口气", "情绪", "言行", "素质", "说话方式", "嘴", NULL };
    for (size_t i = find(sc, a, b, &SECOND); i + 1 < b; i = find(sc, i + 1, b, &SECOND)) {
        if (!tone_is(sc, i + 1, "也") || find(sc, a, i, &FIRST) < i) continue;
        char buf[256];
        const char *s = tone_joined(sc, i + 2, b, buf, sizeof buf);
        size_t len = 0, ml = 0;
        const char *c = tone_earliest(s, check, &len);
        const char *m = c ? tone_earliest(c + len, manner, &ml) : NULL;
        if (!m) continue;
        size_t key = tone_word_of(sc, i + 2, b, s, m);
        return tone_hit(sc, "lecture", "说教客户（您也管管自己的脾气）", i, key, key);
    }
    return 0;
}

/* 我们是客服不是神仙 / 我又不是万能的: the agent's limits thrown at the caller as a retort (贵阳 §二(二)
 * 2.7 says what we cannot do and offers what we can). Not 我不是机器人，我是人工客服 (an answer, and no
 * robot is named here), not a limit said on the way to help (我们也不是万能的，但我一定尽力帮您). */
int tone_not_gods(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不");
    static const char *const beings[] = { "不是神仙", "不是神", "不是万能的", "不是万能", "不是超人", "不是魔术师", "不是算命的",
                                          "不是活菩萨", "不是孙悟空", "不是千里眼", "不是诸葛亮", "不是半仙", "不是先知", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *p = tone_earliest(s, beings, &len);
    if (!p) return 0;
    size_t no = tone_word_of(sc, a, b, s, p), last = tone_word_of(sc, a, b, s, p + len - 1);
    if (find(sc, a, no, &FIRST) == NONE) return 0;
    if (cs_words_help_after(sc->w, last)) return 0;
    /* 我们不是神仙，但这事儿我一定给您盯到底: the limit conceded on the way to a promise */
    static const char *const but[] = { "但", "不过", "可是", NULL };
    static const char *const promise[] = { "一定", "尽力", "尽量", "给您", "为您", "帮您", "替您", NULL };
    char after[256];
    const char *r = tone_joined(sc, last + 1, sc->w->n, after, sizeof after);
    if (tone_holds(r, but) && tone_holds(r, promise)) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（我们又不是神仙）", no, last, no);
}

/* tone_speech_toil read over its words joined whole (s). */
static int speech_toil_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const with[] = { "听您", "听你", "跟您", "跟你", "和您", "和你", "同您", "同你", NULL };
    static const char *const toil[] = { "太费劲", "真费劲", "好费劲", "可费劲", "够费劲", "太费力", "真费力", "太吃力", "真吃力",
                                        "好吃力", "太累", "真累", "好累", "累死", "太折磨", "真折磨", "真受罪", "太受罪", "真要命",
                                        "太要命", "头都大了", "太难了", "真难", "费劲死了", "费老劲", NULL };
    size_t len = 0, tl = 0;
    const char *w = tone_earliest(s, with, &len);
    const char *t = w ? tone_earliest(w + len, toil, &tl) : NULL;
    if (!t) return 0;
    size_t key = tone_word_of(sc, a, b, s, t + tl - 1);
    return tone_hit(sc, "blame", "指责客户（听您说话太费劲）", tone_word_of(sc, a, b, s, w), key, key);
}

/* 听您说话太费劲了 / 跟你沟通真累: listening to the caller called a toil (the caller's speech blamed;
 * 贵阳 §二(二) 2.2 / 2.5 say 我听不清楚 and ask politely). Not 听您说话有点吃力，麻烦您大声一点 (a hedge,
 * and a request: only a degree word, 太 / 真 / 好 …, makes it a complaint). */
int tone_speech_toil(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"听跟和同");
    return tone_read_joined(sc, a, b, speech_toil_text);
}

/* tone_think_next_time read over its words joined whole (s). */
static int think_next_time_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const when[] = { "下次", "下回", "以后", "今后", "往后", "下1次", "下1回", NULL };
    static const char *const act[] = { "投诉", "骂", "发火", "吼", "打电话", "打过来", "来电", "找茬", "闹", "发脾气", "告", NULL };
    static const char *const before[] = { "之前", "以前", "前", NULL };
    static const char *const think[] = { "想想", "想1想", "掂量", "考虑考虑", "好好想", "回想", "摸摸良心", "问问自己", "寻思",
                                         NULL };
    static const char *const polite[] = { "可以", "请", "建议", "欢迎", "方便", "不妨", NULL };
    size_t len = 0, l2 = 0, l3 = 0, l4 = 0;
    const char *w = tone_earliest(s, when, &len);
    const char *c = w ? tone_earliest(w + len, act, &l2) : NULL;
    const char *f = c ? tone_earliest(c + l2, before, &l3) : NULL;
    const char *t = f ? tone_earliest(f + l3, think, &l4) : NULL;
    if (!t || tone_holds(s, polite) || find(sc, a, b, &FIRST) != NONE) return 0;
    size_t key = tone_word_of(sc, a, b, s, t);
    return tone_hit(sc, "lecture", "说教客户（下次…之前先想想）", tone_word_of(sc, a, b, s, w), key, key);
}

/* 下次投诉之前也想想今天 / 以后发火前先掂量掂量: the caller told to think before complaining or calling
 * next time (说教). Not an invitation (下次来之前可以先想想要办哪些业务: 可以 / 请 / 建议 offer it), not
 * the agent's own resolve (我们下次…之前会想清楚). */
int tone_think_next_time(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"下以今往");
    return tone_read_joined(sc, a, b, think_next_time_text);
}

/* tone_accused_abuse read over its words joined whole (s). */
static int accused_abuse_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const you[] = { "是您", "是你", NULL };
    static const char *const abuse[] = { "骂人", "骂我", "骂客服", "捣乱", "骚扰", "恶作剧", "胡闹", "闹事", "耍人", "耍我们", NULL };
    static const char *const between[] = { "投诉", "反映", "举报", "说", "遇到", "被", "有人", "别人", "对方", "司机", "他", "她",
                                           "邻居", "快递", "师傅", "商家", "听到", "看到", "碰到", NULL };
    size_t len = 0, al = 0;
    const char *y = tone_earliest(s, you, &len);
    const char *ab = y ? tone_earliest(y + len, abuse, &al) : NULL;
    if (!ab) return 0;
    char mid[256];
    size_t n = (size_t)(ab - (y + len));
    if (n >= sizeof mid) return 0;
    memcpy(mid, y + len, n);
    mid[n] = 0;
    if (tone_holds(mid, between)) return 0;
    size_t key = tone_word_of(sc, a, b, s, ab);
    return tone_hit(sc, "blame", "指责客户（是您来骂人的吗）", tone_word_of(sc, a, b, s, y), key, key);
}

/* 请问刚才是您打电话来骂人的吗 / 是你在这捣乱吧: the caller accused of the abuse (贵阳 §二(三)1-3 end an
 * abusive call with their own phrases, never an accusation; 2.21 asks whether the caller rang). Not
 * the caller's report of someone else (是您要投诉有人骂人吗, 是您反映司机骂人的事吗: a third party or a
 * report verb between), not a warning asked about (请问是有人骚扰您吗). */
int tone_accused_abuse(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"骂捣骚恶胡闹耍");
    return tone_read_joined(sc, a, b, accused_abuse_text);
}

/* 号码是不是又报错了呀 / 您又填错了: the caller's slip said to be one more (怪罪客户; 贵阳 §二(二) 2.10
 * asks the caller to check the number, politely). Not the agent's own (我又看错了，抱歉 / 我手笨，又点错了:
 * the agent the nearest person named before it),
 * not a machine's (系统又报错了), not a third party's (师傅又送错了: no such verb here). */
int tone_again_wrong(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"又");
    static const char *const slip[] = { "报错", "输错", "填错", "写错", "记错", "说错", "打错", "搞错", "弄错", "拨错", "按错",
                                        "点错", "选错", "念错", "忘了", "忘记", "搞混", "弄混", NULL };
    static const char *const thing[] = { "系统", "页面", "程序", "app", "网站", "机器", "网络", "服务器", "软件", "设备", "后台",
                                         "他", "她", "师傅", "快递员", "司机", "商家", "同事", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    if (tone_holds(s, thing) || tone_holds(s, COND)) return 0;
    if (cs_words_owns_slip(sc->w)) return 0;
    for (size_t i = find(sc, a, b, (list){ "又", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "又", NULL })) {
        /* whose slip: the nearest person named before it, in the reply (我手笨，又点错了 is the agent's) */
        size_t k = i;
        while (k-- > 0 && !in(sc, k, &FIRST) && !in(sc, k, &SECOND)) {}
        if (k < i && in(sc, k, &FIRST)) return 0;
        char rest[128];
        const char *r = tone_joined(sc, i + 1, tone_upto(b, i + 3), rest, sizeof rest);
        size_t len = 0;
        const char *p = tone_earliest(r, slip, &len);
        if (p != r) continue;
        /* 您是不是又输错密码了？没关系，我帮您重置: a check that excuses the slip, then help */
        if (tone_reassured(sc, i + 1, sc->w->n) && cs_words_help_after(sc->w, i)) return 0;
        return tone_hit(sc, "blame", "指责客户（又…错了）", i, tone_word_of(sc, i + 1, b, r, p + len - 1), i);
    }
    return 0;
}

/* 请您说慢一点好吗？算了，您说快点也行: the agent's own request to the caller (请您, 麻烦您, 能不能 before
 * the clause) taken back with 算了 and the caller left to speak as they like (说快点也行, 怎么说都行):
 * the 2.x phrase withdrawn, not another way offered (您说名字也行，我用名字查). */
static int request_taken_back(scan *sc, size_t a, size_t you, size_t b)
{
    static const char *const asked[] = { "请您", "麻烦您", "能不能", "能否", "可不可以", NULL };
    static const char *const suit[] = { "也行", "都行", "也可以", "也没事", "无所谓", "随您", NULL };
    /* the manner asked for conceded (说快点也行, 怎么说都行), not another way offered (您说名字也行，我用名字查) */
    static const char *const manner[] = { "快点", "快1点", "快些", "随便", "怎么", "大声", "小声", "爱", NULL };
    char after[128];
    if (!tone_words_hold(sc, 0, a, asked)) return 0;
    const char *r = tone_joined(sc, you + 1, b, after, sizeof after);
    return tone_holds(r, suit) && tone_holds(r, manner);
}

/* 请问您……算了您先冷静 / 算了，您自己看着办吧: the phrase broken off with 算了 and the caller ordered
 * off (打发客户). Not a waiver (手续费就算了: no order to the caller), not a fresh start to help (算了，
 * 您先别急，我马上帮您重新办: help follows). */
int tone_broken_off(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"算");
    static const char *const order[] = { "冷静", "静1静", "消停", "别说", "别吵", "别闹", "自己", "爱", "看着办", "随便", "挂",
                                         "去", "歇", "缓缓", "想好", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    const char *q = strstr(s, "算了");
    if (!q) return 0;
    size_t at = tone_word_of(sc, a, b, s, q + strlen("算了") - 1);
    if (cs_words_help_after(sc->w, at)) return 0;
    /* 算了，您自己看着办吧: the order may open the next clause */
    size_t n = sc->w->n, end = at + 1 == b ? b + 1 : b;
    while (end < n && end > b && sc->w->v[end].clause == sc->w->v[b].clause) end++;
    if (end > n) end = n;
    size_t you = find(sc, at + 1, tone_upto(end, at + 3), &SECOND);
    if (you == NONE) return 0;
    b = end;
    char rest[128];
    const char *r = tone_joined(sc, you + 1, tone_upto(b, you + 4), rest, sizeof rest);
    if (strncmp(r, "先", 3) == 0 || strncmp(r, "就", 3) == 0) r += 3;
    if (strncmp(r, "还是", 6) == 0) r += 6;
    size_t len = 0;
    if (tone_earliest(r, order, &len) != r && !request_taken_back(sc, a, you, b)) return 0;
    return tone_hit(sc, "dismissive", "打发客户（算了您…）", at, you + 1, at);
}

/* 请您通过其他方式查询，比如去机场堵领导: the leader's number (贵阳 §二(二) 2.7) refused with an ambush
 * of the leader suggested as the other way, a mockery of the caller. Not 别去堵领导 (a prohibition),
 * not traffic (领导堵在路上了: the leader before it). */
int tone_boss_ambush(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"堵蹲拦截守");
    static const char *const ambush[] = { "堵", "蹲", "蹲守", "拦", "拦住", "截", "守着", "蹲点", NULL };
    static const char *const boss[] = { "领导", "老总", "总经理", "经理", "总裁", "董事长", "局长", "市长", "老板", "行长", "主任",
                                        NULL };
    for (size_t i = find(sc, a, b, ambush); i + 1 < b; i = find(sc, i + 1, b, ambush)) {
        if (i > a && (in(sc, i - 1, &PROHIB) || in(sc, i - 1, &NEG))) continue;
        size_t k = find(sc, i + 1, tone_upto(b, i + 3), boss);
        if (k < b) return tone_hit(sc, "sarcasm", "讽刺客户（去堵领导）", i, k, i);
    }
    return 0;
}

/* 感谢您的耐心等待，哦不对，您一点也不耐心 / 您根本不讲理: a virtue the phrase credits the caller with
 * (1.2 感谢您的耐心等待, 2.1's courtesy) denied of them outright, sarcasm or reproach (贵阳 §二(三)6). A
 * virtue only: 您一点也不麻烦, 您一点都不啰嗦 deny a fault, to reassure. Not the agent's own (我一点也不
 * 耐烦 is another fault, said of 我: the caller must be named before the denial). */
int tone_virtue_denied(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不");
    static const char *const denial[] = { "1点也不", "1点都不", "根本不", "压根不", "从来不", "半点不", "毫不", "1点儿也不",
                                          "1点儿都不", "丝毫不", NULL };
    static const char *const virtue[] = { "耐心", "礼貌", "讲理", "客气", "配合", "文明", "有素质", "友好", "理智", "冷静", "讲道理",
                                          "守时", "体谅", NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || find(sc, a, you, &FIRST) < you) return 0;
    char buf[256];
    const char *s = tone_joined(sc, you + 1, b, buf, sizeof buf);
    size_t len = 0, vl = 0;
    const char *d = tone_earliest(s, denial, &len);
    if (!d || d - s > 9) return 0;   /* the denial said of the caller: within a few characters of 您 */
    const char *v = tone_earliest(d + len, virtue, &vl);
    if (v != d + len) return 0;
    size_t key = tone_word_of(sc, you + 1, b, s, v);
    return tone_hit(sc, "sarcasm", "讽刺客户（您一点也不耐心）", you, key, key);
}

/* tone_go_look read over its words joined whole (s). */
static int go_look_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const steps[] = { "官方网站", "官网", "网上", "上网", "网站", "网页", "公众号", "小程序", "app", "百度",
                                         "说明书", "客户端", "去", "上", "到", "在", "看看", "看", "查查", "查", "搜搜", "搜",
                                         "翻翻", "翻", "里", "了", NULL };
    static const char *const channel[] = { "官网", "网上", "上网", "网站", "网页", "公众号", "小程序", "app", "百度", "说明书",
                                           "客户端", NULL };
    static const char *const ends[] = { "吧", "呗", "去", NULL };
    const char *self = strstr(s, "自己");
    if (!self || tone_holds(s, (const char *const[]){ "可以", "能", "我自己", "我们自己", NULL })) return 0;
    const char *p = self + strlen("自己");
    char rest[256];
    size_t n = strlen(p);
    if (n >= sizeof rest) return 0;
    memcpy(rest, p, n + 1);
    size_t e = 0;
    for (const char *const *t = ends; *t; t++)
        if (n >= strlen(*t) && strcmp(rest + n - strlen(*t), *t) == 0) e = strlen(*t);
    if (!e) return 0;
    rest[n - e] = '\0';
    if (!tone_holds(rest, channel)) return 0;
    for (const char *q = rest; *q;) {   /* the rest must be only steps (greedy, longest listed first) */
        const char *const *t = steps;
        while (*t && strncmp(q, *t, strlen(*t)) != 0) t++;
        if (!*t) return 0;
        q += strlen(*t);
    }
    size_t at = tone_word_of(sc, a, b, s, self);
    return tone_hit(sc, "dismissive", "推诿（让客户自己查）", at, b - 1, at);
}

/* 您需要咨询的话自己看官网吧 / 自己上网查去 / 自己去公众号看呗: the caller ordered to go and look it up
 * (推诿; 呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务: the agent answers from the system). The clause after 自己 is only
 * going, looking and a channel, and ends on 吧 / 呗 / 去; not 您可以自己在官网查 (a way offered, 可以),
 * not a question (您自己在官网上看到的价格是多少), not the agent's own look (我自己去官网看了一下). */
int tone_go_look(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"自");
    if (question) return 0;
    return tone_read_joined(sc, a, b, go_look_text);
}
