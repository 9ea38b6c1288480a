/* Rudeness in the guise of a notice, an explanation or a rule: the 禁忌语 that bank, card, insurance,
 * billing and chat desks wrap in compliance wording (温馨提示, 请您知悉, 根据相关规定, 为提高效率…), and
 * the plain forms of the same meanings. Each rule reads what is said, whatever the wrapping:
 *
 *   repeat_futile   the caller's calling or pressing declared useless (打多少次都一样, 多次来电不会加快)
 *   rest_waved      the rest of what the caller says waved away (其他的不用讲)
 *   off_duty        the agent's shift put before the caller (我下班了，明天再打)
 *   cause_blamed    the caller's own failing given as the cause (是因为您自己没按时续费)
 *   made_us_toil    the agent's wasted effort laid on the caller (害我查半天)
 *   bad_faith       the caller suspected of fraud or bad faith (恶意退款, 薅羊毛, 骗保)
 *   tell_employer   a debtor threatened with their employer or family (不还就通知您单位)
 *   handling_theirs whether the matter is handled declared someone else's business (办不办是他们的事)
 *   say_not_count   the caller's word declared worthless (你说的不算, 大家都这么说)
 *   laugh_at        the caller laughed at (哈哈哈您真逗)
 *   polite_referral the caller courteously sent elsewhere with nothing else (建议您联系一下快递公司哦)
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 (不用禁忌语)
 * and 贵阳 T-GSOCCIA 001—2020 §二(三)6 (注意通话语气和态度) and §二(二) 2.1 (礼貌用语;
 * a threat or retaliation fails the call, §二(四) 4.2). The rules read the clause's words joined, so a
 * stem matches whatever the lexicon's cut (1样 is 一样 in the normal form). */
#include "tone_scan.h"
#include "words.h"

#include <string.h>

/* Byte offset in s of the earliest of stems, or -1; *len gets its length. */
static long first_of(const char *s, const char *const *stems, size_t *len)
{
    const char *p = tone_earliest(s, stems, len);
    return p ? p - s : -1;
}

/* The word of [a, b) holding byte off of their joined text. */
static size_t word_at(const scan *sc, size_t a, size_t b, long off)
{
    return tone_word_at_byte(sc, a, b, (size_t)off + 1);
}

/* Does the text before byte off of s end with one of stems (nothing between)? */
static int ends_with_any(const char *s, long off, const char *const *stems)
{
    for (; *stems; stems++) {
        size_t n = strlen(*stems);
        if ((size_t)off >= n && strncmp(s + off - n, *stems, n) == 0) return 1;
    }
    return 0;
}

/* 多次来电不会加快处理进度 / 您打多少次电话结果都一样 / 催单是没用的 / 反复打进来也快不了: the caller's
 * calling or pressing declared useless, a dismissal however it is worded as a notice (国家职业技能标准
 * 3.1; 贵阳 §二(三)6). Calling needs a word of repetition (重复, 多次, 再多, 几次, 天天…); pressing (催)
 * is repetition itself. Not the agent's own calls (我们打过去也没用), nor a caller spared the trouble
 * (您不用重复来电，结果会短信通知您), nor with help or an apology in the reply. */
int tone_repeat_futile(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"电打催问拨");
    /* plain 打 and 问 only with a count or their object after them (打开 / 打印 / 问题 are no calls) */
    static const char *const act[] = { "来电", "打电话", "打进来", "打过来", "打来", "拨打", "催", "打多少", "打几", "打再多", "打十",
                                       "打1百", "打了", "打个电话", "多打", "再打", "再问", "问再多", "问多少", "问几", "反复问",
                                       "重复问", "1直问", "老问", "总问", "再拨", NULL };
    static const char *const again[] = { "重复", "反复", "多次", "再多", "多少", "几次", "几遍", "几个", "几趟", "天天", "每天",
                                         "1直", "老是", "总是", "再怎么", "遍", "次", "趟", "回", NULL };
    /* futile by itself */
    static const char *const futile[] = { "白打", "白搭", "白催", "白问", "快不了", "不会加快", "不会改变", "改变不了", "不会提前",
                                          "提前不了", "不会特殊", "不会优先", "不会更快", "加快不了", "无济于事", "于事无补",
                                          "没用场", "不会因此", "并不能", "不能加快", "不能缩短", "没有帮助", "没有任何帮助",
                                          "没什么帮助", "起不了", "无助于", "不起作用", NULL };
    /* futile after 也 / 都 / 是 (都1样, 也没用, 是没用的) */
    static const char *const weak[] = { "没用", "没有用", "没啥用", "没什么用", "1样", "不管用", "没效果", "不能", NULL };
    static const char *const particle[] = { "也", "都", "是", "也是", "都是", "还是", NULL };
    char buf[384];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t alen = 0, flen = 0;
    long v = first_of(s, act, &alen);
    if (v < 0) return 0;
    const char *rest = s + v + alen;
    long f = first_of(rest, futile, &flen);
    if (f < 0) {
        for (const char *p = rest; (f = first_of(p, weak, &flen)) >= 0; p += f + flen) {
            if (ends_with_any(p, f, particle)) { f += p - rest; break; }
        }
        if (f < 0) return 0;
    }
    int pressing = strncmp(s + v, "催", 3) == 0;
    if (!pressing) {
        /* the repetition before the futility: in the words before the act or between it and the futility */
        char span[384];
        size_t n = (size_t)(v + (long)alen + f);
        if (n >= sizeof span) return 0;
        memcpy(span, s, n);
        span[n] = 0;
        if (!tone_holds(span, again)) return 0;
    }
    size_t k = word_at(sc, a, b, v);
    if (find(sc, a, k, &FIRST) < k || find(sc, a, k, &NO_NEED) < k ||
        find(sc, a, k, (list){ "无需", "无须", "不需要", "请问", NULL }) < k)
        return 0;
    if (tone_in_reply(sc, APOLOGY) || cs_words_help_after(sc->w, k)) return 0;
    return tone_hit(sc, "dismissive", "打发客户（多打电话也没用）", k, word_at(sc, a, b, v + (long)alen + f), k);
}

/* 其他的不用讲 / 别的您就别说了 / 与业务无关的不必提: the rest of what the caller has to say waved away
 * (贵阳 §二(三)6; the standard asks the agent to listen, §二(二) 2.3). A word of speech must follow
 * (其他的不用担心 reassures). Across a clause break (跟业务无关，不用讲了). Not with help after
 * (其他的您不用说了，我都帮您查到了). */
int tone_rest_waved(scan *sc, size_t from, size_t to, int question)
{
    static const char *const rest[] = { "其他的", "其他", "其它的", "其它", "别的", "其余的", "其余", "多余的", "无关的", "无关",
                                        "不相干的", "不相干", "没用的", "闲话", NULL };
    static const char *const gap[] = { "的", "您", "你", "就", "都", "也", "先", "话", "事", "了", "就别", NULL };
    static const char *const stop[] = { "不用讲", "不用说", "不必说", "不必讲", "不用提", "不必提", "不要讲", "不要说", "别讲",
                                        "别说", "别提", "别扯", "少说", "少讲", "甭说", "甭讲", "无需说", "无需讲", "无须说", "没必要说",
                                        "没必要讲", "不用多说", "不用多讲", "不用扯", NULL };
    const cs_words *w = sc->w;
    if (!w->n) return 0;
    char buf[512];
    const char *s = tone_joined(sc, 0, w->n, buf, sizeof buf);
    size_t len = 0;
    for (long r, at = 0; (r = first_of(s + at, rest, &len)) >= 0; at += r + (long)len) {
        const char *p = s + at + r + len;
        for (int g = 0; g < 3; g++) {
            const char *q = tone_after_any(p, gap);
            if (!q) break;
            p = q;
        }
        if (!tone_after_any(p, stop)) continue;
        size_t k = word_at(sc, 0, w->n, p - s);
        if (cs_words_help_after(w, k)) return 0;
        return tone_hit(sc, "dismissive", "打发客户（其他的不用讲）", word_at(sc, 0, w->n, at + r), k, k);
    }
    return 0;
}

/* 我这边马上交班了，您明天再打吧 / 到点了我们要下班了，你明天再找别人: the agent's shift put before the
 * caller, who is sent to call again (贵阳 §二(三)6). Ours: 我/我们 in the
 * clause of 下班/交班, or 到点. Not a handover with a promise (已经交接给同事，明天他会联系您: no
 * send-away), nor hours offered as information (您可以明天再来电). */
int tone_off_duty(scan *sc, size_t from, size_t to, int question)
{
    static const char *const shift[] = { "下班", "交班", "收工", "到点", "要休息", NULL };
    static const char *const away[] = { "明天再", "明天打", "明早再", "明儿再", "改天再", "改日再", "下次再", "回头再", "找别人",
                                        "找其他人", "找别的", "找其他同事", "找别的同事", "找下1班", "找下一班", "找接班", NULL };
    const cs_words *w = sc->w;
    if (!w->n || !tone_in_reply(sc, (list){ "下班", "交班", "收工", "到点", "休息", "下班了", NULL })) return 0;
    char buf[512];
    const char *s = tone_joined(sc, 0, w->n, buf, sizeof buf);
    size_t slen = 0, alen = 0;
    long o = first_of(s, shift, &slen);
    if (o < 0) return 0;
    long aw = first_of(s + o, away, &alen);
    if (aw < 0) return 0;
    size_t k = word_at(sc, 0, w->n, o), e = word_at(sc, 0, w->n, o + aw);
    int ours = strncmp(s + o, "到点", 6) == 0;
    for (size_t i = 0; i < w->n && !ours; i++)
        if (w->v[i].clause == w->v[k].clause && in(sc, i, &FIRST)) ours = 1;
    /* (taboo32) 现在下班了，明天再说 / 已经交班了: the shift said with no subject but words of when — the agent's own,
     * not 营业厅现在下班了 (a third party's hours) */
    size_t c0 = k;
    while (c0 > 0 && w->v[c0 - 1].clause == w->v[k].clause) c0--;
    int bare = 1;
    for (size_t i = c0; i < k && bare; i++)
        bare = in(sc, i, (list){ "现在", "已经", "都", "早", "早就", "马上", "快", "要", "该", "这会儿", "此刻", "这个点", NULL });
    ours = ours || bare;
    if (!ours || find(sc, k, e + 1, (list){ "可以", "可", "欢迎", "方便", NULL }) <= e) return 0;
    if (cs_words_help_after(w, e)) return 0;
    return tone_hit(sc, "dismissive", "推诿（下班了，明天再打）", k, e, k);
}

/* tone_cause_blamed read over its words joined whole (s). */
static int cause_blamed_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const cause[] = { "因为您", "因为你", "由于您", "由于你", "原因在您", "原因在你", "原因是您", "原因是你",
                                         "主要是您", "主要是你", "主要怪您", "主要怪你", "怪您", "怪你", "说明您", "说明你",
                                         "还不是您", "还不是你", "全是您", "全是你", "都是您", "都是你", "原因就是您", "原因就是你",
                                         NULL };
    static const char *const failing[] = { "错", "不当", "不好", "太差", "很差", "较差", "差劲", "太乱", "很乱", "乱填", "乱写",
                                           "乱点", "乱操作", "有问题", "不清楚", "不仔细", "没仔细", "没看", "没有看", "没按时",
                                           "没有按时", "没及时", "没有及时", "没写", "没填", "没说清", "没注意", "不注意", "粗心",
                                           "不小心", "打不通", "不规范", "不配合", "马虎", "不按时", "不及时", "不合格", "不良",
                                           "拖欠", "没留", "没提供", "没上传", "没交", "没按", "没照", "没有按", "没有照", "没遵守",
                                           "不遵守", "忘了", "忘记", NULL };
    static const char *const line[] = { "信号", "网络", "声音", "线路", "手机", "电话那头", NULL };
    size_t clen = 0, flen = 0;
    long c = first_of(s, cause, &clen);
    if (c < 0) return 0;
    long f = first_of(s + c + clen, failing, &flen);
    if (f < 0) return 0;
    char mid[384];
    size_t n = (size_t)f;
    if (n >= sizeof mid) return 0;
    memcpy(mid, s + c + clen, n);
    mid[n] = 0;
    if (tone_holds(mid, line)) return 0;
    size_t k = word_at(sc, a, b, c), e = word_at(sc, a, b, c + (long)clen + f);
    if (find(sc, a, k + 1, (list){ "可能", "也许", "或许", "大概", "如果", "要是", "假如", NULL }) <= k) return 0;
    if (cs_words_help_after(sc->w, e)) return 0;
    /* the failing decides (说明您… reads as reported speech at 说明) */
    return tone_hit(sc, "blame", "指责客户（是因为您自己…）", k, e, e);
}

/* 您的保单失效是因为您自己没按时续费 / 降额说明您用卡习惯有问题 / 审批没过主要是您的资料太乱: the
 * caller's own failing given as the cause of their trouble, blame worded as an explanation (国家职业
 * 技能标准 3.1; 贵阳 §二(三)6). A cause word with 您/你 after it, then a failing. Not a cause of fact
 * (是因为银行系统维护, 因为您的积分不够: no failing), not a guess at the line (可能是您那边信号不好),
 * nor with help after (是因为少填了楼号，我帮您改好). */
int tone_cause_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"因由原主怪说都全还");
    return tone_read_joined(sc, a, b, cause_blamed_text);
}

/* tone_made_us_toil read over its words joined whole (s). */
static int made_us_toil_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const toil[] = { "害我", "害得我", "我白查", "我白找", "我白忙", "我们白查", "我们白忙", "白查了", "白找了",
                                        "白忙了", "白折腾", "白跑了", NULL };
    size_t len = 0;
    long t = first_of(s, toil, &len);
    if (t < 0 || !tone_in_reply(sc, SECOND.w)) return 0;
    size_t k = word_at(sc, a, b, t);
    if (k > a && in(sc, k - 1, &NEG)) return 0;
    return tone_hit(sc, "blame", "指责客户（害我白忙）", k, word_at(sc, a, b, t + (long)len - 1), k);
}

/* 你户号报错一位，害我查半天 / 我白查了十分钟 / 害得我们重新登记: the agent's wasted effort laid on the
 * caller (贵阳 §二(三)6). Only with the caller named in the reply; not 害您 (the agent's own regret). */
int tone_made_us_toil(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"害白");
    return tone_read_joined(sc, a, b, made_us_toil_text);
}

/* Does s hold one of off, other than the 不是 of the question 是不是 (你是不是想…)? */
static int denied(const char *s, const char *const *off)
{
    for (; *off; off++)
        for (const char *p = strstr(s, *off); p; p = strstr(p + 1, *off))
            if (!(strcmp(*off, "不是") == 0 && p - s >= 3 && strncmp(p - 3, "是", 3) == 0)) return 1;
    return 0;
}

/* tone_bad_faith read over its words joined whole (s). */
static int bad_faith_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const deed[] = { "恶意", "薅羊毛", "薅", "骗保", "骗取", "骗钱", "骗赔", "骗补", "讹", "敲诈", "勒索", "碰瓷",
                                        "占便宜", "占小便宜", "占点小便宜", "占点便宜", "白嫖", "套现", "故意弄坏", "故意损坏", "故意弄", "故意的", "找茬", "找碴",
                                        "职业打假", "打假人", "钻空子", "钻政策", "白拿", "空手套", "谁知道是不是真", "谁知道是真是假",
                                        NULL };
    static const char *const frame[] = { "想", "属于", "怀疑", "明显", "分明", "就是", "是不是", "不会是", "别是", "肯定是", "这是",
                                         "纯属", "涉嫌", "摆明", "1看", "吧", NULL };
    static const char *const off[] = { "防范", "警惕", "谨防", "小心", "举报", "冒用", "有人", "他人", "别人", "不法分子", "骗子",
                                       "被", "提防", "以防", "避免", "打击", "不会认为", "不是", "不算", "没有", "并非", "不存在",
                                       "并不", "不属于", "排除", "不要", "请勿", "不用", "无需", "别担心", "不是故意", NULL };
    size_t len = 0;
    long d = first_of(s, deed, &len);
    if (d < 0 || denied(s, off)) return 0;
    size_t k = word_at(sc, a, b, d);
    if (find(sc, a, b, &SECOND) == NONE && !tone_holds(s, frame)) return 0;
    /* the agent's own 故意 (我不是故意的 is excluded above; 我故意的 is no accusation either) */
    if (k > a && in(sc, k - 1, &FIRST)) return 0;
    return tone_hit(sc, "blame", "无端怀疑客户（恶意、骗保、占便宜）", k, word_at(sc, a, b, d + (long)len - 1), k);
}

/* 您这属于骗保 / 我们怀疑是恶意退款 / 这明显是想薅羊毛 / 您是想占便宜吧 / 你这是碰瓷: the caller suspected
 * of fraud or bad faith with no finding to show for it (贵阳 §二(二) 2.1, §二(三)6). The caller named,
 * or a frame of suspicion (想, 属于, 怀疑, 明显, 就是…). Not a warning about fraudsters (为防范诈骗…,
 * 有人冒用您的身份骗保), nor the suspicion denied (我们不会认为您是恶意退款, 不算占便宜). */
int tone_bad_faith(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"恶薅骗讹敲勒碰占嫖套故茬碴打钻白谁");
    return tone_read_joined(sc, a, b, bad_faith_text);
}

/* 您不还钱我们就联系您单位 / 这个月不还清，就通知您的家人和同事: a debtor threatened with their employer,
 * family or friends, retaliation and pressure the standard forbids (贵阳 §二(三)6; a threat fails the
 * call, §二(四) 4.2). A condition of not doing (不还, 再不, 否则…), then 就/会/将 and contacting one of
 * them. Not advice (要是不方便，可以联系家人代办: no 就/会 of ours, 可以). */
int tone_tell_employer(scan *sc, size_t from, size_t to, int question)
{
    static const char *const cond[] = { "不还", "再不", "不然", "否则", "还不", "要是不", "如果不", "若不", "再拖", "不配合", "不交",
                                        "不缴", "拖着", "逾期不", NULL };
    static const char *const then[] = { "就", "将", "会", "只能", "只好", "直接", "立马", "马上", NULL };
    static const char *const reach[] = { "通知", "联系", "找", "告诉", "打给", "打到", "上门", "曝光", "发给", NULL };
    static const char *const whom[] = { "单位", "家人", "家里人", "家属", "同事", "领导", "亲戚", "朋友", "通讯录", "紧急联系人",
                                        "老板", "公司", "邻居", "村里", "小区", "父母", NULL };
    const cs_words *w = sc->w;
    if (!w->n || !tone_in_reply(sc, (list){ "不", "再不", "不然", "否则", "还不", "不还", "不交", "不缴", "拖着", NULL })) return 0;
    char buf[512];
    const char *s = tone_joined(sc, 0, w->n, buf, sizeof buf);
    size_t len = 0, tlen = 0, rlen = 0;
    long c = first_of(s, cond, &len);
    if (c < 0) return 0;
    const char *p = s + c + len;
    long t = first_of(p, then, &tlen);
    if (t < 0) return 0;
    const char *q = p + t + tlen;
    long r = first_of(q, reach, &rlen);
    if (r < 0 || r > 12) return 0;
    const char *x = q + r + rlen;
    long m = first_of(x, whom, &len);
    if (m < 0 || m > 12) return 0;
    char between[384];
    size_t n = (size_t)(x + m - p);
    if (n >= sizeof between) return 0;
    memcpy(between, p, n);
    between[n] = 0;
    if (tone_holds(between, (list){ "可以", "帮您", "帮你", "请", NULL })) return 0;
    size_t k = word_at(sc, 0, w->n, c);
    return tone_hit(sc, "threat", "威胁客户（通知单位、家人）", k, word_at(sc, 0, w->n, x + m - s), k);
}

/* tone_handling_theirs read over its words joined whole (s). */
static int handling_theirs_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const theirs[] = { "的事", "的事情", "的事儿", NULL };
    for (const char *p = strstr(s, "不"); p; p = strstr(p + 3, "不")) {
        long at = p - s;
        int aba = 0;
        for (size_t n = 3; n <= 9 && !aba; n += 3)
            if ((size_t)at >= n && strncmp(s + at - n, p + 3, n) == 0 && (unsigned char)p[3] >= 0xe0) aba = 1;
        if (!aba) continue;
        const char *is = strstr(p, "是");
        size_t len = 0;
        long t = is ? first_of(is, theirs, &len) : -1;
        if (t < 0 || t > 30) continue;
        size_t k = word_at(sc, a, b, at), e = word_at(sc, a, b, (is - s) + t);
        if (find(sc, word_at(sc, a, b, is - s), e + 1, &FIRST) <= e || find(sc, word_at(sc, a, b, is - s), e + 1, &SECOND) <= e)
            continue;
        return tone_hit(sc, "dismissive", "打发客户（办不办是别人的事）", k, e, k);
    }
    return 0;
}

/* 解决不解决是街道的事 / 至于办不办那是他们的事 / 处理不处理是承办单位的事儿: whether the matter is
 * handled declared someone else's business, 推诿 and a dismissal (呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务). The
 * A不A frame, then 是 … 的事 in the clause. */
int tone_handling_theirs(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不");
    return tone_read_joined(sc, a, b, handling_theirs_text);
}

/* tone_say_not_count read over its words joined whole (s). */
static int say_not_count_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const said[] = { "你说", "您说", "你讲", "您讲", NULL };
    static const char *const worthless[] = { "不作数", "不算数", "不顶用", "不管用", "不算", NULL };
    static const char *const closing[] = { "", "了", "的", "啊", "哦", "呀", "嘛", "啦", NULL };
    static const char *const everyone[] = { "大家都这么说", "大家都这么讲", "人人都这么说", "人人都这么讲", "谁都这么说",
                                            "谁都这么讲", "每个人都这么说", "每个人都这么讲", "个个都这么说", "都是这么说的",
                                            "都这么说的", NULL };
    size_t len = 0, wlen = 0;
    long d = first_of(s, said, &len);
    if (d >= 0) {
        /* 你说的不算 / 您讲那些不作数: the worthless word closes the clause (您说的价格不算贵 is a fact) */
        long x = first_of(s + d + len, worthless, &wlen);
        const char *after = x >= 0 ? s + d + len + x + wlen : NULL;
        int closes = 0;
        for (const char *const *c = closing; after && *c && !closes; c++)
            closes = strcmp(after, *c) == 0;
        if (closes && x <= 15)
            return tone_hit(sc, "dismissive", "打发客户（你说的不算）", word_at(sc, a, b, d), word_at(sc, a, b, d + (long)len + x), word_at(sc, a, b, d));
    }
    long e = first_of(s, everyone, &len);
    if (e < 0 || tone_in_reply(sc, APOLOGY)) return 0;
    size_t k = word_at(sc, a, b, e);
    if (find(sc, a, k, &FIRST) < k) return 0;
    return tone_hit(sc, "dismissive", "打发客户（大家都这么说）", k, word_at(sc, a, b, e + (long)len - 1), k);
}

/* 你说的不算 / 您讲的那个不作数 / 大家都这么说: the caller's word declared worthless (贵阳 §二(三)6, 官腔).
 * 你/您 + 说的/讲的 and, within two words, 不算 / 不作数; or everyone-says-so as the whole answer (not
 * with an apology: 大家都这么说，确实是我们做得不好). */
int tone_say_not_count(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"说讲");
    return tone_read_joined(sc, a, b, say_not_count_text);
}

/* tone_laugh_at read over its words joined whole (s). */
static int laugh_at_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const fun[] = { "真逗", "太逗", "好逗", "可真逗", "逗死", "太有意思", "真有意思", "可太有意思", "好有意思",
                                       "太搞笑", "真搞笑", "好搞笑", "太好笑", "真好笑", "好好笑", "真新鲜", "太新鲜", "好新鲜",
                                       "真会开玩笑", "太会开玩笑", "可真会开玩笑", NULL };
    size_t len = 0;
    long f = first_of(s, fun, &len);
    if (f < 0 || !tone_in_reply(sc, SECOND.w)) return 0;
    size_t k = word_at(sc, a, b, f);
    if (find(sc, a, k, &FIRST) < k) return 0;
    return tone_hit(sc, "sarcasm", "嘲笑客户", k, word_at(sc, a, b, f + (long)len - 1), k);
}

/* 哈哈哈您可太有意思了 / 噗，您这想法真新鲜 / 您真逗: the caller laughed at (贵阳 §二(三)6; 不嘲笑
 * 客户). 您/你 with a word of amusement said of them (逗, 有意思, 搞笑, 新鲜) after 真/太/可, or after a
 * laugh in the reply. Not 哈哈，您太客气了 (warmth), not the agent's own joke. */
int tone_laugh_at(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"逗意搞笑鲜玩");
    return tone_read_joined(sc, a, b, laugh_at_text);
}

/* 亲，这种情况建议您联系一下快递公司哦 / 这个问题您可以去问问居委会 / 您要不去问问售后: the caller sent to
 * another body in courteous words and given nothing else, 推诿 however politely (呼叫服务员职业标准(试行) 五级 三(三)3
 * 正确转接电话，寻求支持服务): no transfer, no number, no record or follow-up, no condition for coming back, and the agent
 * does nothing (no 我/我们 in the reply); said as a brush-off (自己, or a closing 哦/吧/喽/呢…), since other
 * examiners take a bare 可以找物价部门 for the answer to an off-topic call (贵阳 §二(三)5). Not a question (您联系过物业吗), nor what the caller did
 * (您已经问过售后了). A referral with any of those is direction, not 推诿. */
int tone_polite_referral(scan *sc, size_t from, size_t to, int question)
{
    static const char *const ask[] = { "联系", "找", "问", "问问", "咨询", "打给", "致电", "找找", "联络", "询问", "去问", "去找",
                                       "沟通", "协商", "商量", NULL };
    static const char *const send[] = { "您", "你", "建议", "可以", "得", "要", "需要", "最好", "还是", "要不", "自己", "去", "不如",
                                        "麻烦", NULL };
    static const char *const body[] = { "公司", "物业", "商家", "卖家", "厂家", "售后", "柜台", "师傅", "居委会", "村委会", "街道",
                                        "社区", "银行", "快递", "医院", "门店", "网点", "营业厅", "派出所", "房东", "中介", "部门",
                                        "当地", "有关单位", "相关单位", "工商", "税务", "交警", "车管所", "社保", "医保", "运营商",
                                        "品牌方", "商户", "骑手", "司机", "店家", "学校", "单位", NULL };
    static const char *const given[] = { "转接", "转给", "转过去", "电话是", "号码是", "热线", "已经", "登记", "回访", "跟进", "反馈",
                                         "记录", "稍等", "过", NULL };
    const cs_words *w = sc->w;
    if (!w->n || tone_in_reply(sc, CONDITION) || tone_in_reply(sc, given)) return 0;
    /* a question (您联系过物业吗？); a chat desk's closing 呢 is no question (这个需要联系保险公司的呢) */
    for (size_t k = 0; k < w->n; k++)
        if (w->question[w->v[k].clause] && (k + 1 == w->n || w->v[k + 1].clause != w->v[k].clause) && !tone_is(sc, k, "呢"))
            return 0;
    /* the agent doing anything (我/我们/咱…, 我会 glued; not FIRST's 公司, which 快递|公司 holds) */
    for (size_t k = 0; k < w->n; k++)
        if (strncmp(tone_word(sc, k), "我", 3) == 0 || strncmp(tone_word(sc, k), "咱", 3) == 0 || tone_is(sc, k, "本公司"))
            return 0;
    for (size_t i = 0; i < w->n; i++) {
        if (!in(sc, i, ask)) continue;
        size_t a = i;
        while (a > 0 && w->v[a - 1].clause == w->v[i].clause) a--;
        if (!tone_words_hold(sc, a, i, send)) continue;   /* the lexicon glues 建议您, 直接去 */
        if (i > a && in(sc, i - 1, (list){ "帮您", "给您", "替您", "为您", "帮", "替", NULL })) continue;
        /* the body after the verb (找物业) or between 去 and the verb (去银行柜台问) */
        size_t e = i + 1;
        while (e < w->n && e < i + 10 && w->v[e].clause == w->v[i].clause) e++;
        size_t go = NONE;
        for (size_t k = a; k < i; k++)
            if (strstr(tone_word(sc, k), "去") || tone_is(sc, k, "到")) go = k;
        size_t b0 = go < i ? go + 1 : i + 1, b1 = go < i ? i : e;
        char buf[192];
        const char *s = tone_joined(sc, b0, b1, buf, sizeof buf);
        size_t len = 0;
        long at = first_of(s, body, &len);
        if (at < 0 && go < i) {
            b0 = i + 1, b1 = e;
            at = first_of(s = tone_joined(sc, b0, b1, buf, sizeof buf), body, &len);
        }
        /* the body between 跟 / 和 and the verb (您自己和骑手联系吧, 建议您自己跟商家沟通哦: fixtb13) */
        size_t with = find(sc, a, i, (list){ "跟", "和", "与", "同", NULL });
        if (at < 0 && with < i) {
            b0 = with + 1, b1 = i;
            at = first_of(s = tone_joined(sc, b0, b1, buf, sizeof buf), body, &len);
        }
        if (at < 0) continue;
        /* said as a brush-off: 自己 (您自己去问), or the clause closed by a shrugging particle (…哦, …吧,
         * …喽); a bare 可以找物价部门 / 建议找社区调解 answers an off-topic call (贵阳 §二(三)5) */
        size_t end = i;
        while (end + 1 < w->n && w->v[end + 1].clause == w->v[i].clause) end++;
        int own = tone_words_hold(sc, a, i, (list){ "自己", NULL });
        if (!own && !in(sc, end, (list){ "哦", "吧", "喽", "哈", "呢", "嘛", "啦", "噢", "哟", "呗", "咯", NULL }))
            continue;
        /* a number given anywhere (a phone, a counter) is direction */
        char all[512];
        const char *r = tone_joined(sc, 0, w->n, all, sizeof all);
        int digits = 0;
        for (const char *p = r; *p && digits < 3; p++) digits = (*p >= '0' && *p <= '9') ? digits + 1 : 0;
        if (digits >= 3) return 0;
        size_t where = word_at(sc, b0, b1, at);   /* before the verb when sent 跟 the body */
        return tone_hit(sc, "dismissive", "推诿（建议您去找别处）", i, where > i ? where : i, i);
    }
    return 0;
}
