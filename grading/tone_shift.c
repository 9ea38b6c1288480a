/* 推诿: the matter pushed away from us — not ours (这事不归我们管, 我们只负责…), sent elsewhere,
 * the fault laid on a third party (是物流那边耽误的，跟我们没关系) (贵阳 T-GSOCCIA 001—2020 §二(三)6
 * 注意通话语气和态度; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语).
 * A transfer or help offered after it (tone_hit: cs_words_help_after), the errand the caller is
 * spared (不用您自己去找商家，我们来沟通) and a third party named with our remedy after it are no
 * 推诿. */
#include "tone_scan.h"

#include <string.h>

/* the label of the matter pushed away from us */
static const char SHIFTED[] = "推诿";

/* 不管 followed by one of these is "no matter …" (不管多晚都会回电), a promise, not 推诿 */
static const char *const NO_MATTER[] = { "多", "多少", "什么", "怎么", "如何", "是否", "哪", "谁", "几", "都", "也",
                                         "多晚", "多久", "结果", NULL };

/* Someone else than the company and the caller, the one an excuse names (贵阳 §二(二) 2.15 names
 * 技术部门 only as the ones solving it): a colleague, another shift or desk, a department, the
 * courier, a partner, the system, the weather. Substrings of a word (快递员, 技术部, 夜班的). */
static const char *const THIRD_PARTY[] = {
    "同事", "客服", "接线员", "坐席", "话务员", "前台", "实习生", "新人", "新来的", "领导", "上级", "主管", "经理",
    "班次", "上一班", "夜班", "白班", "早班", "晚班", "班组", "那班", "组的",
    "部门", "技术部", "市场部", "财务", "售后", "仓库", "审核", "调度", "物流", "外包", "团队", "中心", "营业厅", "网点",
    "快递", "配送", "分拣", "邮局", "师傅", "司机", "工人", "施工队", "维修", "安装", "商家", "厂家", "供货商", "供应商",
    "银行", "运营商", "物业", "平台", "第三方", "合作方", "系统", "电脑", "网络",
    "天气", "暴雨", "大雨", "下雨", "大风", "台风", "大雪", "下雪", "老天", "运维", "业务员", "代理", "经销", "加盟", "门店",
    "分店", "营业点", "服务点", "机场", "航司", "保安", "审批", "骑手", "那帮", "那伙", "那些人", "那个人", "他们那边", NULL };

/* The label says whom the fault is put on; it holds no 推, so tone_hit() does not let any help word after it
 * clear it: remedy_after() decides that. */
static const char BLAME_THIRD[] = "归咎于他人";

/* 我们只负责派件 / 这跟我们支付平台没关系 / 你找社保局 / 找医生去 / 我们挂号处不管看病的事 / 这不是我
 * 的工作范围: the matter pushed away from us (贵阳 §二(三)6; 呼叫服务员职业标准(试行) 五级 三(一)2). Labelled 推诿, so a transfer
 * or help offered after it clears it (这个由XX部门负责，我帮您转接 directs the caller). Each shape
 * below returns 1 when it named the clause. */

/* 我们只负责 / 我们就管 / 我们挂号处不管看病的事: ours said to be only one thing. */
int tone_ours_only(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"我咱公本客");
    static const char *const only[] = { "只", "就", "仅", "只是", "就是", "仅仅", NULL };
    for (size_t i = find(sc, a, b, &FIRST); i < b; i = find(sc, i + 1, b, &FIRST)) {
        /* 我们只负责 / 我们就管 */
        size_t o = find(sc, i + 1, tone_upto(b, i + 3), only);
        /* fp17: 我这就登记 / 我现在就记录: 就 after 这 / 现在 / 马上 is "at once", the agent acting now, not "only" */
        if (o < b && tone_is(sc, o, "就") && o > i + 1 && in(sc, o - 1, (list){ "这", "现在", "马上", "立刻", "立马", "这会儿", "这会", NULL }))
            o = NONE;
        /* (taboo33) 咱就管到底 / 我们就负责到底: 到底 after the verb is "all the way", a promise, the opposite of "only"
         * (no 推诿: 贵阳 §二(三)6 注意通话语气和态度; 呼叫服务员职业标准(试行) 五级 三(一)2) */
        if (o + 2 < b && in(sc, o + 2, (list){ "到底", "到家", NULL })) o = NONE;
        if (o + 1 < b && in(sc, o + 1, (list){ "负责", "管", "代收", "代办", "转达", "传话", "接电话", "接线", "收费", "收钱", "代销", "代卖", "登记", "记录", NULL }))
            { tone_hit(sc, "dismissive", SHIFTED, i, o + 1, o + 1); return 1; }
        if (find(sc, i + 1, tone_upto(b, i + 3), (list){ "只负责", "只管", NULL }) < b) { tone_hit(sc, "dismissive", SHIFTED, i, i + 1, i); return 1; }
        /* 我们挂号处不管看病的事 (not 我们不管多晚都会回电: 不管 as "no matter") */
        size_t nm = find(sc, i + 1, tone_upto(b, i + 3), (list){ "不管", NULL });
        if (nm < b && nm > i + 1 && !in(sc, nm - 1, (list){ "不会", "不", "绝不", "决不", "不能", "没有", "怎么会", NULL }) &&
            find(sc, nm + 1, b, NO_MATTER) == NONE) {
            tone_hit(sc, "blame", "推卸责任（推诿）", i, nm, nm);
            return 1;
        }
    }
    return 0;
}

/* 跟我们支付平台没关系 / 这不是我的工作范围 / 退货不归平台: the matter said not to be ours. */
int tone_not_ours(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"跟和与同不");
    /* 跟我们支付平台没关系: one to three words of ours between (跟您的套餐没关系 explains; 那家公司跟
     * 我们没关系 warns of a third party; 与我们的业务无关 is §二(三)5's answer to an off-topic call) */
    size_t with = find(sc, a, b, (list){ "跟", "和", "与", "同", NULL });
    /* fix31a: 您跟我说不清楚也没关系 / 和我们讲得乱一点也没关系: the caller's way of telling us excused (跟我
     * 说, 讲, 解释 …), a reassurance (贵阳 §二(三)6), not the matter pushed away */
    int told = with + 2 < b && in(sc, with + 2, (list){ "说", "讲", "解释", "描述", "表达", "形容", "说明", "说不清", "讲不清",
                                                    "说不清楚", "讲不清楚", "说不明白", "讲不明白", "说清楚", "讲清楚", NULL });
    if (with + 1 < b && in(sc, with + 1, &FIRST) && !told) {
        size_t none = find(sc, with + 3, tone_upto(b, with + 6), (list){ "没关系", "无关", "没有关系", "没啥关系", "不相干", NULL });
        if (none < b && find(sc, with + 2, none, (list){ "业务", "服务", "服务范围", "业务范围", NULL }) == NONE &&
            find(sc, a, with, (list){ "公司", "对方", "号码", "网站", "他们", "平台", "短信", "链接", "电话", "单位", "人", NULL }) == NONE)
            { tone_hit(sc, "dismissive", "推诿（与我无关）", with, none, none); return 1; }
    }
    /* 这不是我的工作范围 / 不在我们的职责范围 */
    size_t not_mine = find(sc, a, b, (list){ "不是", "不属于", "不在", "不归", NULL });
    size_t me = not_mine < b ? find(sc, not_mine + 1, tone_upto(b, not_mine + 3), &FIRST) : NONE;
    if (me + 2 < b && tone_is(sc, me + 1, "的") &&
        in(sc, me + 2, (list){ "工作", "事", "职责", "范围", "工作范围", "业务", "责任", "事情", "事儿", NULL })) {
        tone_hit(sc, "dismissive", SHIFTED, not_mine, me + 2, me + 2);
        return 1;
    }
    /* 退货不归平台 / 这不归我们这边: 不归 with us after it, ending the clause */
    size_t belong = find(sc, a, b, (list){ "不归", NULL });
    if (belong == NONE) {
        size_t no = find(sc, a, b, (list){ "不", NULL });
        if (no + 1 < b && tone_is(sc, no + 1, "归")) belong = no + 1;
    }
    if (belong + 1 < b && (in(sc, belong + 1, &FIRST) || in(sc, belong + 1, (list){ "平台", "这边", "这里", "我这", "本部门", "我们这边", NULL })) &&
        belong + 2 >= b - in(sc, b - 1, &TAIL))
        { tone_hit(sc, "dismissive", SHIFTED, belong, belong + 1, belong); return 1; }
    return 0;
}

/* 我们这边只接投诉，不管维修 / 航空公司不管地面的事: 不管 as "we do not handle". */
int tone_not_our_matter(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不");
    /* 我们这边只接投诉，不管维修: 不管 opening a clause after ours (不管多晚 is "no matter") */
    if (tone_is(sc, a, "不管") && a + 1 < b && a > 0 && find(sc, 0, a, &FIRST) < a &&
        find(sc, a + 1, b, NO_MATTER) == NONE)
        { tone_hit(sc, "blame", "推卸责任（推诿）", a, a + 1, a); return 1; }
    /* 航空公司不管地面的事: 不管 + a matter (…的事) closing the clause (不管什么事都可以打给我们 is "whatever") */
    size_t nm = find(sc, a, b, (list){ "不管", NULL });
    if (nm + 2 < b && in(sc, b - 1, (list){ "事", "事情", "事儿", NULL }) && tone_is(sc, b - 2, "的") && b - 2 > nm + 1 &&
        find(sc, nm + 1, b, (list){ "什么", "啥", "多", "怎么", "哪", "谁", "都", "也", NULL }) == NONE &&
        !in(sc, nm - (nm > a), (list){ "不会", "不", "绝不", "决不", "不能", NULL }))
        { tone_hit(sc, "blame", "推卸责任（推诿）", nm, b - 1, nm); return 1; }
    return 0;
}

/* 问题出在您那边, bare: the fault put on the caller. */
int tone_fault_lies_with_caller(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"出");
    /* 问题出在您那边 */
    size_t lies = find(sc, a, b, (list){ "出在", NULL });
    if (lies == NONE) {
        size_t out = find(sc, a, b, (list){ "出", NULL });
        if (out + 1 < b && tone_is(sc, out + 1, "在")) lies = out + 1;
    }
    if (lies + 1 < b && in(sc, lies + 1, &SECOND) && !tone_softened(sc) && find(sc, 0, sc->w->n, HEDGE) == NONE)
        { tone_hit(sc, "blame", "怪罪客户", lies, lies + 1, lies + 1); return 1; }
    return 0;
}

/* Does one of ours (我, 我们, 师傅 of ours is not named so) stand in [a, i), the one who seeks? */
static int agent_in(scan *sc, size_t a, size_t i)
{
    for (size_t k = a; k < i; k++)
        if (tone_names_us(sc, k)) return 1;
    return 0;
}

/* 你找社保局 / 找医生去: the caller sent elsewhere. */
int tone_sent_elsewhere(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"找问");
    /* 你找社保局 / 找医生去: the caller sent to another body, no courtesy, not a question (您可以找
     * 客户经理, 请您联系物业 offer; 您找哪位？ asks) */
    if (question || find(sc, a, b, COURTESY) < b || find(sc, a, b, (list){ "可以", "建议", "帮", "帮您", "为您", "一下", NULL }) < b) return 0;
    /* 主: the owner a matter belongs to (找业主, 问房主, 找车主 — taboo34, the estate desks' 推诿) */
    static const char *const body_end = "局行厂司部处科所站院会家生导东员队办台点道委校商主";
    for (size_t i = find(sc, a, b, (list){ "找", "问", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "找", "问", NULL })) {
        /* 我给您找领导 / 我替您问问厂家: 您 the one it is done for (给|您 as the lexicon cuts it), the
         * agent the one who seeks (words.h cs_words_agent_seeks), not the caller sent */
        int for_you = i > a + 1 && in(sc, i - 1, &SECOND) && in(sc, i - 2, (list){ "给", "替", "为", "帮", NULL });
        int sent = (i > a && in(sc, i - 1, &SECOND) && !for_you) || (i > a + 1 && tone_is(sc, i - 1, "去") && in(sc, i - 2, &SECOND)) ||
                   (i == a && i + 2 < b && tone_is(sc, i + 2, "去"));
        /* 漏液找厂家去 / 质量问题找厂家: the matter as topic and the body it goes to, with no one of ours
         * seeking (我们去找商家沟通) — the clause ends with 去, or the matter stands right before 找 (fixtb16) */
        if (!sent && tone_is(sc, i, "找") && !agent_in(sc, a, i)) {
            size_t m = strlen(tone_word(sc, i - (i > a)));
            int topic = i > a && m >= 6 && strcmp(tone_word(sc, i - 1) + m - 6, "问题") == 0;
            sent = (i + 3 == b && tone_is(sc, i + 2, "去")) || topic;
        }
        if (!sent) continue;
        const char *o = tone_word(sc, i + 1);
        size_t len = strlen(o);
        /* the last character of the object names a body or a person (社保局, 发卡行, 厂家, 医生, 物业) */
        int body = (len >= 6 && strstr(body_end, o + len - 3) != NULL && !in(sc, i + 1, (list){ "大家", "我们", "自家", NULL })) ||
                   in(sc, i + 1, (list){ "物业", "商家", "卖家", "厂家", NULL });
        if (body) { tone_hit(sc, "dismissive", SHIFTED, i, i + 1, i + 1); return 1; }
        /* 您去找当时给您办卡的那个营业员: the body named at the end of the clause */
        const char *e = tone_word(sc, b - 1);
        size_t elen = strlen(e);
        if (tone_is(sc, i, "找") && b - 1 > i + 1 && elen >= 6 && strstr(body_end, e + elen - 3) != NULL)
            { tone_hit(sc, "dismissive", SHIFTED, i, b - 1, b - 1); return 1; }
    }
    return 0;
}

/* Does word k start a third party (the stem may run into the next word: 技术|部)? */
/* A cause, not a culprit: the system, the network, the weather (2.15 names 系统繁忙 itself). Named
 * with 是 it is an explanation; it excuses only with the matter pushed off (disowns). */
static int impersonal(scan *sc, size_t k)
{
    static const char *const cause[] = { "系统", "电脑", "网络", "天气", "暴雨", "大雨", "下雨", "大风", "台风", "大雪", "下雪",
                                         "信号", "线路", NULL };
    for (const char *const *p = cause; *p; p++)
        if (strstr(tone_word(sc, k), *p)) return 1;
    return 0;
}

static int third_party(scan *sc, size_t k)
{
    const char *w = tone_word(sc, k);
    size_t n = strlen(w);
    if (n >= 6 && strcmp(w + n - 3, "员") == 0) return 1;   /* 快递员, 录单员, 工作人员 */
    /* 供电公司, 快递公司, 供电局, 配送站: another body (not 我们公司 / 本公司) */
    static const char *const body[] = { "公司", "局", "厂", "站", "所", "队", "商", NULL };
    for (const char *const *p = body; *p; p++) {
        size_t m = strlen(*p);
        if (n >= m + 6 && strcmp(w + n - m, *p) == 0 && strncmp(w, "我", 3) != 0 && strncmp(w, "本", 3) != 0 &&
            strncmp(w, "咱", 3) != 0)
            return 1;
        if (k + 1 < sc->w->n && strcmp(tone_word(sc, k + 1), *p) == 0 && !tone_names_us(sc, k) && !in(sc, k, &SECOND) &&
            !in(sc, k, (list){ "本", "贵", "这家", "那家", "这个", "该", NULL }))
            return 1;   /* 供电|公司 cut in two */
    }
    char buf[96];
    const char *s = tone_joined(sc, k, tone_upto(sc->w->n, k + 2), buf, sizeof buf);
    /* a stem starting in word k: asked at each of its characters, not searched through the next
     * word too (a stem starts with a lead byte, never inside a character) */
    for (const char *q = s; *q && (size_t)(q - s) < n; q++)
        if ((*q & 0xC0) != 0x80 && tone_after_any(q, THIRD_PARTY)) return 1;
    return 0;
}

/* A remedy offered after word i (2.15 技术部门正在研究解决, 2.17 我会尽快帮您处理): a later clause with
 * an offer (words.h cs_words_offer) made by us (帮/替/为, or 我/我们 before it), not denied in its
 * clause (不是我们客服派的) and not a past act closed by 的 / 了 (我们早就转过去了). */
static int remedy_after(scan *sc, size_t i)
{
    const cs_words *w = sc->w;
    /* …or the fix under way, whoever does it (2.15 技术部门正在研究解决; 抢修队已经出发了) */
    static const char *const under_way[] = { "正在", "尽快", "马上", "立即", "立刻", "已经出发", "已出发", "已经安排", "已安排",
                                             "抢修", "在修", "在处理", "研究解决", "恢复", NULL };
    for (size_t k = i + 1; k < w->n; k++) {
        if (w->v[k].clause == w->v[i].clause) continue;
        int fixing = 0;
        for (const char *const *p = under_way; *p && !fixing; p++) fixing = strstr(tone_word(sc, k), *p) != NULL;
        /* …or an act of ours for the caller (我把他们的电话告诉您，同时我们这边也会配合调查) */
        int act = 0;
        for (const char *const *p = (list){ "配合", "协助", "处理", "解决", "办理", "安排", "调查", "核实", "跟进", "协调", "联系", "告诉", "反馈", "登记", "记录", "转",
                                            "发给", "补", "退", NULL };
             *p && !act; p++)
            act = strncmp(tone_word(sc, k), *p, strlen(*p)) == 0;
        if (!fixing && !act && !cs_words_offer(w, k)) continue;
        size_t c = w->v[k].clause, e = k;
        while (e + 1 < w->n && w->v[e + 1].clause == c) e++;
        if (in(sc, e, (list){ "的", "了", NULL }) && !fixing) continue;
        int ours = fixing || strncmp(tone_word(sc, k), "帮", 3) == 0 || strncmp(tone_word(sc, k), "替", 3) == 0 || strncmp(tone_word(sc, k), "为", 3) == 0;
        int denied = 0;
        for (size_t j = k; j-- > 0 && w->v[j].clause == c;) {
            ours |= tone_names_us(sc, j);
            denied |= in(sc, j, (list){ "不是", "不", "没", "没有", "别", "没人", "不能", "无法", "没法", NULL });
        }
        if (ours && !denied) return 1;
    }
    return 0;
}

/* A fault said of the one just named: not done (没, 忘, 未, 不懂, 不认路), done wrong or late (错, 慢,
 * 坏, 拖, 卡, 耽误, 丢, 断, 延误), a problem of theirs (问题, 毛病, bug), or 把 your thing …-ed. */
static int fault_word(scan *sc, size_t k)
{
    static const char *const lapse[] = { "没", "忘", "未", "不", "把", "偷懒", NULL };
    static const char *const wrong[] = { "错", "慢", "坏", "拖", "卡", "耽误", "耽搁", "丢", "断", "延误", "故障", "问题", "毛病",
                                         "bug", "BUG", "漏", "吞", "扣", "疏忽", "失误", "晚", "砸", "差错", "乱", "延迟", "造成",
                                         "导致", "偷工", "马虎", "粗心", "敷衍", "绕", "自己", NULL };
    const char *w = tone_word(sc, k);
    for (const char *const *p = lapse; *p; p++)
        if (strncmp(w, *p, strlen(*p)) == 0) return 1;
    /* a one-character fault in a word of at most two (送错, 卡了, 弄丢): 信用卡 and 拖鞋 name things */
    for (const char *const *p = wrong; *p; p++)
        if (strstr(w, *p) && (strlen(*p) > 3 || strlen(w) <= 6)) return 1;
    return 0;
}

/* The reply pushes the matter off the agent and the company (贵阳 §二(三)6 注意通话语气和态度; 呼叫服务员职业标准(试行)
 * 五级 三(一)2 不用禁忌语): 不关我的事,
 * 跟我们没关系, 我们也没办法, 管不了, 不负责, 您去找…, 我也不清楚 — spelled anywhere in it. strong = 0
 * also counts a bare denial of our part (不是我们…, 我们这边没问题), which pushes off only when a fault
 * is named (这个手续费是对方银行收的，不是我们收的 explains who charges it). */
static int disowns(scan *sc, int strong)
{
    static const char *const away[] = {
        "不关我", "跟我们没关系", "和我们没关系", "与我们无关", "跟我们无关", "和我们无关", "跟我没关系", "和我没关系",
        "我们也没办法", "我们有什么办法", "我也没办法", "我有什么办法", "管不了", "管不住", "管不着", "不负责", "控制不了",
        "做不了主", "催不动", "我只是", "我们只是", "受害者", "怪不到", "怪不着我", "不归我们", "您去找", "你去找", "您找",
        "你找", "您去跟", "你去跟", "找他们", "找她们", "别找我", "找他去", "找她去", "我也不清楚", "我不清楚", "我也不知道",
        "我不知道", "我们也不知道", "我们不知道", "我们不认", "也不知道", "也不清楚", "也没办法", "也没有办法", "得找", "应该找",
        NULL };
    static const char *const denial[] = {
        "不是我", "我们这边没错", "我们没错", "我这边操作没问题", "我们这边没问题", "我们是好的", "很及时", "这边没有任何问题",
        "这边没问题", "这边没有问题", "这边一切正常", NULL };
    char buf[1024];
    const char *s = tone_joined(sc, 0, sc->w->n, buf, sizeof buf);
    for (const char *const *p = away; *p; p++)
        if (strstr(s, *p)) return 1;
    /* 跟我们平台无关 / 跟我们人工没关系: 跟/和/与 + 我… and, a little later, 无关 / 没关系 (跟您没关系
     * clears the caller instead) */
    static const char *const with[] = { "跟我", "和我", "与我", NULL };
    for (const char *const *p = with; *p; p++)
        for (const char *at = strstr(s, *p); at; at = strstr(at + 3, *p)) {
            const char *none = strstr(at, "无关"), *nor = strstr(at, "没关系");
            if ((none && none - at <= 24) || (nor && nor - at <= 24)) return 1;
        }
    if (strong) return 0;
    for (const char *const *p = denial; *p; p++)
        if (strstr(s, *p)) return 1;
    return 0;
}

/* 是我们同事的失误 / 责任在我们 / 是我没有跟同事交接清楚: the fault taken on by us (2.9, 2.14's 是我的解释
 * 有些欠缺): a word of ours and, after it in its clause, a fault, with no 不是 / 没 before ours. */
static int owns_fault(scan *sc)
{
    static const char *const ours_wrong[] = { "失误", "责任", "问题", "疏忽", "错", "差错", "漏", "没做好", "没有", "没", "不周",
                                              "不到位", "不够", "欠缺", NULL };
    for (size_t k = 0; k < sc->w->n; k++) {
        /* ours by 我/咱/公司 (客服 alone may be the other desk: 是之前那个客服没给您登记) */
        if (!tone_names_us(sc, k) || third_party(sc, k) ||
            (k > 0 && in(sc, k - 1, (list){ "不是", "不", "没", "并非", "跟", "和", "与", NULL }))) continue;
        size_t c = sc->w->v[k].clause;
        for (size_t j = k + 1; j < sc->w->n && j < k + 6 && sc->w->v[j].clause == c; j++)
            for (const char *const *p = ours_wrong; *p; p++) {
                if (!strstr(tone_word(sc, j), *p)) continue;
                /* 我们没让他那么走 / 我们没答应: what we did not order, a denial, not a lapse owned */
                if (strncmp(tone_word(sc, j), "没", 3) == 0 && j + 1 < sc->w->n &&
                    in(sc, j + 1, (list){ "让", "叫", "要求", "说", "答应", "同意", "授权", "安排", NULL }))
                    continue;
                return 1;
            }
    }
    return 0;
}

/* 这不怪您 / 不是您的问题 / 跟您没关系: the reply takes the fault off the caller — the cause named
 * after it (是系统的问题) reassures (2.12 安抚), it does not excuse us to the caller. */
static int clears_caller(scan *sc)
{
    static const char *const cleared[] = { "不怪您", "不怪你", "不能怪您", "不能怪你", "怪不了您", "怪不得您", "不是您的问题",
                                           "不是你的问题", "不是您的错", "不是你的错", "跟您没关系", "和您没关系", "与您无关",
                                           "跟您无关", "您没有错", "您没错", "您没做错", "不是您的原因", "不赖您", "不是您操作",
                                           "不是您的操作", "您的操作没关系", "您的操作无关", NULL };
    char buf[1024];
    const char *s = tone_joined(sc, 0, sc->w->n, buf, sizeof buf);
    for (const char *const *p = cleared; *p; p++)
        if (strstr(s, *p)) return 1;
    /* 不是说您有什么问题 / 没有说您有错 (fpprobe): a fault of the caller's named in a denied saying (words.h) */
    for (size_t k = 0; k < sc->w->n; k++)
        if (in(sc, k, (list){ "问题", "错", "错误", "过错", "责任", "毛病", NULL }) && cs_words_denied_speech(sc->w, k)) return 1;
    return 0;
}

/* 总算查到了，是快递公司延误了 / 经核实，是…: the cause reported as what a check found, before word l. */
static int checked_before(scan *sc, size_t l)
{
    static const char *const check[] = { "查到", "查了", "查询", "核实", "经查", "原来", "查出", "查明", "查看", "了解到", NULL };
    char buf[512];
    const char *s = tone_joined(sc, 0, l, buf, sizeof buf);
    for (const char *const *p = check; *p; p++)
        if (strstr(s, *p)) return 1;
    return 0;
}

/* 是前台的同事没处理好 / 都是物流那边耽误的 / 都怪技术部那帮人 / 是上一个班次的同事没给您登记: the fault
 * put on someone else to excuse the company — 推卸责任, a 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2 不用
 * 禁忌语; 贵阳 §二(三)6 注意通话语气和态度). The standard's own words take the fault on 我们 and put it
 * right (2.9 我们会在以后的工作中改进; 2.15 names the cause with 技术部门正在研究解决 and 我们深表歉意;
 * 2.17 系统比较繁忙，我会尽快帮您处理). So: 是 / 都是 / 这是 / 怪 + a third party + their fault, in the
 * clause (or 他们… in the next), is the excuse; 怪 / 赖 + a third party is blame in itself. Not blame when
 * the party is ours (是我们同事的失误) and nothing is pushed off, nor when the reply takes the fault
 * on or offers a remedy (tone_hit() lets help after clear a 推 label). An apology tacked on does not
 * clear it: the caller still hears whose fault it is not. */
int tone_third_party_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"是怪赖");
    static const char *const lead[] = { "是", "都是", "全是", "就是", "这是", "那是", "全都是", "还不是", "怪", "都怪", "全怪", "只怪",
                                        "要怪", "就怪", "得怪", "该怪", "只能怪", "赖", "都赖", "全赖", "只能赖", "要赖", "得赖", NULL };
    static const char *const hedge[] = { "不", "可能", "也许", "或许", "应该", "大概", "估计", "是不是", "别", "不能", "不要", "不该",
                                         "如果", "若", "要是", NULL };
    for (size_t l = find(sc, a, b, lead); l + 1 < b; l = find(sc, l + 1, b, lead)) {
        if (l > a && in(sc, l - 1, hedge)) continue;
        /* 请问您是在哪一站刷卡扣费的？: 您是… is about the caller, no third party blamed (helper fixp11) */
        if (l > a && in(sc, l - 1, &SECOND)) continue;
        /* 我是…客服小刘 / 这里是…银行信用卡中心: the agent introducing the line (1.1) */
        if (l > a && (tone_names_us(sc, l - 1) || in(sc, l - 1, (list){ "这里", "这儿", "这边", NULL }))) continue;
        /* 您刚才说是前台没给您登记 / 您的意思是快递员没打电话: the caller's words, repeated (a saying verb
         * of theirs before, in this clause or an earlier one), or checked back (…，对吗？) */
        size_t you = find(sc, 0, l, &SECOND);
        if (you < l && find(sc, you + 1, l, (list){ "说", "反映", "提到", "讲", "认为", "觉得", "说的", "反映的", "意思", "一说",
                                                    NULL }) < l)
            continue;
        if (tone_in_reply(sc, (list){ "对吗", "是吧", "是吗", "对不对", "是不是", NULL })) continue;
        size_t p = NONE;
        for (size_t k = l + 1; k < tone_upto(b, l + 6) && p == NONE; k++) {
            if (in(sc, k, &SECOND) && !(k + 1 < b && tone_is(sc, k + 1, "小区"))) break;   /* 是您… : the caller (blame) */
            if (third_party(sc, k)) p = k;
        }
        if (p == NONE) continue;
        int ours = strncmp(tone_word(sc, p), "我", 3) == 0;
        for (size_t k = l + 1; k < p; k++) ours |= tone_names_us(sc, k);
        int off = disowns(sc, 0);
        if (ours && !off) continue;
        /* a remedy clears even a push-off (不归我们管，是供热公司负责的，我马上帮您转过去: §二(三)6 is kept
         * by the transfer); owning the fault, clearing the caller or reporting a check's finding
         * (总算查到了，是快递公司延误了; 经核实) only when nothing is pushed off */
        if (remedy_after(sc, l)) return 0;
        int found = checked_before(sc, l);
        if ((owns_fault(sc) || clears_caller(sc) || found) && !off) return 0;
        int culprit = !impersonal(sc, p);
        if ((strstr(tone_word(sc, l), "怪") || strstr(tone_word(sc, l), "赖")) && (culprit || off)) return tone_hit(sc, "blame", BLAME_THIRD, l, p, p);
        if (!culprit && !off) continue;
        size_t f = NONE;
        for (size_t k = p + 1; k < b && f == NONE; k++)
            if (fault_word(sc, k)) f = k;
        /* 是外包团队处理的，他们没跟进 / 是运维半夜升级，把数据搞乱了: the fault in the next clause, said of them */
        size_t n = sc->w->n;
        if (f == NONE && b < n && in(sc, b, (list){ "他们", "她们", "他", "她", "那边", "人家", "把", "结果", NULL }))
            for (size_t k = b + 1; k < n && sc->w->v[k].clause == sc->w->v[b].clause && f == NONE; k++)
                if (fault_word(sc, k)) f = k;
        if (f == NONE && disowns(sc, 1)) f = p;
        if (f != NONE) return tone_hit(sc, "blame", BLAME_THIRD, l, f, p);
    }
    return 0;
}

/* 物业没通知我们，所以我们也不知道 / 系统自己出的错，我们客服也控制不了 / 快递公司那边丢的件，您去跟快递
 * 公司要吧: a third party opening a clause with its fault, and the reply pushing the matter off
 * (disowns): the same 推卸责任 without 是. 系统刚才出了故障，我帮您重新提交 names a cause and fixes it. */
int tone_third_party_disowned(scan *sc, size_t from, size_t to, int question)
{
    if (sc->n) return 0;
    const cs_words *w = sc->w;
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        size_t p = NONE;
        for (size_t k = a; k < tone_upto(b, a + 3) && p == NONE; k++) {
            if (in(sc, k, &SECOND) || tone_names_us(sc, k)) break;
            if (third_party(sc, k)) p = k;
        }
        for (size_t k = p + 1; p != NONE && k < tone_upto(b, p + 6); k++)
            if (fault_word(sc, k)) {
                /* the push-off is asked only now, at the first third party with a fault: disowns
                 * (some sixty searches of the whole reply) asked first cost every reply the scan
                 * reads, and neither it nor the search above changes anything (the same answer) */
                if (!disowns(sc, 0) || remedy_after(sc, k)) return 0;
                tone_hit(sc, "blame", BLAME_THIRD, p, k, p);
                return 0;
            }
        a = b;
    }
    return 0;
}

/* ---- 禁忌语 as writers we never read type it: classes found on new writers' replies (五级 三(一)2; 贵阳 §二(三)6) ---- */

/* 打官腔: a rule, a body or a procedure cited (规定, 政策, 相关部门, 本中心, 权限 …) as the reason for a
 * refusal or a withholding (不予…, 无法, 不负责, 不清楚, 超出 …), and nothing in the whole reply that
 * shows the caller a way on: no help, transfer, callback or record of ours that is not refused or
 * limited (只负责记录), no 您可以 / 建议 (呼叫服务员职业标准(试行)
 * 五级 三(一)2 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). 根据规定这笔费用不能退，不过我可以帮您
 * 申请一张优惠券 and 按照规定需要本人办理，您可以带身份证到营业厅 show the way and stand. */
static int way_on(scan *sc, size_t k)
{
    const cs_words *w = sc->w;
    if (!cs_words_offer(w, k) && !in(sc, k, (list){ "可以", "建议", "欢迎", "随时", NULL })) return 0;
    static const char *const stop[] = { "不", "没", "别", "不会", "不能", "没法", "无法", "不用", "不想", "自己", "您自己", "你自己",
        "只", "只负责", "只能", "只管", "不负责", "不再", NULL };
    for (size_t j = k; j-- > 0 && w->v[j].clause == w->v[k].clause;)
        if (in(sc, j, stop)) return 0;
    return 1;
}

int tone_bureaucratic_refusal(scan *sc, size_t a, size_t b, int question)
{
    if (sc->n) return 0;
    const cs_words *w = sc->w;
    static const char *const rule[] = { "规定", "政策", "办法", "相关办法", "制度", "总部", "上级", "上面", "相关部门", "有关部门",
        "本中心", "本热线", "流程", "程序", "权限", "职责", "职责范围", "受理范围", "条款", "原则上", "规章", "章程", "业务范围", "服务范围", NULL };
    static const char *const refuse[] = { "不予", "无法", "不能", "不可以", "不负责", "不清楚", "不了解", "不知道", "超出", "没办法",
        "不处理", "办不了", "做不了", "处理不了", "解决不了", "不解释", "无权", "不方便", "不得", "不在", "不属于", "不受理",
        "一律", "恕", "概不", "不再", "不用问", "别问", NULL };
    size_t cite = NONE, no = NONE;
    for (size_t k = 0; k < w->n; k++) {
        if (way_on(sc, k)) return 0;
        /* (我们一起想办法 / 找办法: a way sought, no rule cited; 没有不能解决的问题 reassures: helper fixp11) */
        if (cite == NONE && in(sc, k, rule) && !(k > 0 && tone_is(sc, k, "办法") && in(sc, k - 1, (list){ "想", "找", "一起想", "有", "想想", NULL }))) cite = k;
        if (no == NONE && (in(sc, k, refuse) || strncmp(tone_word(sc, k), "不予", 6) == 0) && !(k > 0 && in(sc, k - 1, (list){ "没有", "没", NULL }))) no = k;
        /* 不 在 / 不 属于 as the lexicon cuts them (这不在我们的业务范围) */
        if (no == NONE && tone_is(sc, k, "不") && k + 1 < w->n && in(sc, k + 1, (list){ "在", "属于", "归", NULL })) no = k;
    }
    if (cite == NONE || no == NONE) return 0;
    /* a refusal owned (抱歉 / 很遗憾), explained (原因是 / 因为 / 所以), or turned into directions (需要本人到
     * 营业厅, 请您到信访接待中心, 我现在就给您办, 我请主管来跟您沟通) is the standard's way of saying no */
    static const char *const owned[] = { "抱歉", "对不起", "不好意思", "遗憾", "很遗憾", "歉意", "原因", "因为", "所以", "为了",
        "需要", "请您到", "到", "去", "现在就", "马上", "这就", "稍等", "请问", "别人", "他人", "其他人", "第三方", "隐私",
        "安全", "影响",
        /* (taboo32) 这是防疫规定 / 有病虫害检疫的规定: a rule named by the public good it serves explains the refusal, as
         * 安全 does (贵阳 §二(二) 2.9: the reason told) */
        "防疫", "检疫", "疫情", "消防", "卫生", "环保", "法律", "法规", "民航", "边防", "出入境", NULL };
    /* …and the agent going up for the caller (请示, 请教, 请主管来跟您沟通, 请您稍等) */
    static const char *const going_up[] = { "请示", "请教", "沟通", "稍等", "稍候", NULL };
    for (size_t k = 0; k < w->n; k++) {
        if (in(sc, k, owned)) return 0;
        for (const char *const *g = going_up; *g; g++)
            if (strstr(tone_word(sc, k), *g)) return 0;
    }
    /* taboo35: the rule's content told with a plea for understanding (规定是开奖后不予退票，请您理解) explains it too */
    if (tone_taboo35_refusal_explained(sc)) return 0;
    return tone_hit(sc, "dismissive", "打官腔（拒绝且不给出路）", cite < no ? cite : no, cite < no ? no : cite, no);
}

/* Does the reply do anything for the caller (帮您, 提交, 转接, the number given)? Asked only once a wall is found. */
static int acts_for_caller(scan *sc)
{
    static const char *const act[] = { "帮您", "帮你", "为您", "为你", "给您", "给你", "告诉您", "告诉你", "转接", "提交", "登记",
                                       "记录", "反馈", "申请", "加急", "复核", "马上", "尽快", "核实", "催", "跟进", "号码是",
                                       "电话是", NULL };
    return tone_in_reply(sc, act);
}

/* 我们是按流程办事的，你不服可以去投诉 / 按规定办事，您不满意可以打12345 / 打12315也没用的，我们都是
 * 按规定来的 / 非常抱歉，可我们也是按规定办 / 你这样讲话我没办法帮你: the rules held up as a wall,
 * the caller pointed to a complaint or told it is useless, or help made conditional on their manner:
 * 打官腔 and 推诿 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6; §二(二)2.9
 * answers a complaint with 感谢您并希望您继续监督). Not when the agent gives the number or takes the
 * complaint up (我把投诉电话告诉您, 我帮您提交复核), nor when an act for the caller follows. */
int tone_rules_wall(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    static const char *const unhappy[] = { "不满意", "不服", "有意见", "不爽", "不乐意", "有不满", "不服气", "不认", "有异议", NULL };
    static const char *const complain[] = { "投诉", "打", "告", "举报", "12345", "12315", "找", "去告", "起诉", "曝光", "找领导",
                                            "上访", NULL };
    static const char *const useless[] = { "没用", "也没用", "都没用", "白搭", "没有用", "没什么用", "也白搭", "没用的", NULL };
    static const char *const rules[] = { "按规定", "按流程", "按制度", "按章", "照规定", "规定", "流程", "制度", "政策", "规矩",
                                         "按照规定", "按照流程", "按规矩", "按政策", NULL };
    for (size_t i = 0; i < w->n; i++) {
        size_t end = i;
        while (end < w->n && w->v[end].clause == w->v[i].clause) end++;
        int displeased = in(sc, i, unhappy) || (tone_is(sc, i, "满意") && i > 0 && in(sc, i - 1, (list){ "不", "不太", NULL }));
        if (displeased && find(sc, i > 3 ? i - 3 : 0, i, (list){ "如果", "要是", "若", "假如", NULL }) == NONE) {
            size_t c = find(sc, i + 1, tone_upto(end, i + 6), complain);
            if (c != NONE && find(sc, i + 1, c, (list){ "可以", "就", "去", "尽管", "随便", "随你", "爱", NULL }) < c)
                return acts_for_caller(sc) ? 0 : tone_hit(sc, "dismissive", "打官腔（不服就去投诉）", i, c, i);
        }
        if (in(sc, i, complain) && !tone_is(sc, i, "找")) {
            size_t u = find(sc, i + 1, tone_upto(end, i + 5), useless);
            if (u != NONE && find(sc, 0, w->n, rules) < w->n)
                return acts_for_caller(sc) ? 0 : tone_hit(sc, "dismissive", "打官腔（投诉也没用）", i, u, u);
        }
        /* 可我们也是按规定办: after an apology, the rules as the whole answer */
        if (in(sc, i, (list){ "可", "可是", "但", "但是", "不过", "只是", NULL }) && i + 1 < end && in(sc, i + 1, &FIRST)) {
            size_t r = find(sc, i + 2, tone_upto(end, i + 6), rules);
            if (r != NONE && end == w->n) return acts_for_caller(sc) ? 0 : tone_hit(sc, "dismissive", "打官腔（我们也是按规定）", i, r, r);
        }
    }
    /* 你这样讲话我没办法帮你: help made conditional on the caller's manner (an abusive caller is
     * answered by §二(三)1-3, not by this) */
    for (size_t i = 0; i + 3 < w->n; i++) {
        if (!in(sc, i, &SECOND) || !in(sc, i + 1, (list){ "这样", "这么", "这种", NULL })) continue;
        size_t end = i;
        while (end < w->n && w->v[end].clause == w->v[i].clause) end++;
        size_t talk = find(sc, i + 2, tone_upto(end, i + 4), (list){ "讲话", "说话", "态度", "讲", "说", "骂", "吼", NULL });
        if (talk == NONE) continue;
        size_t no = find(sc, talk + 1, tone_upto(end, talk + 5), (list){ "没办法", "没法", "不能", "无法", "不会", "办不了", NULL });
        if (no == NONE) { if (find(sc, talk + 1, tone_upto(end, talk + 5), (list){ "没", NULL }) < end &&
                              find(sc, talk + 1, tone_upto(end, talk + 6), (list){ "办法", NULL }) < end) no = talk + 1; }
        if (no != NONE && find(sc, no, end, (list){ "帮", "帮你", "帮您", "服务", "办", "处理", NULL }) < end)
            return acts_for_caller(sc) ? 0 : tone_hit(sc, "dismissive", "打官腔（这样说话就不帮你）", i, no, no);
    }
    return 0;
}
