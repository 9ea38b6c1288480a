/* Lecturing and condescension toward the caller (helper lecture30; own sentences in
 * tests/data/tone_more/lecture30.tsv): the caller told how they ought to have minded their things,
 * what they ought not to have done or should have done sooner, how they may not speak, their trouble
 * belittled, or answered with a means past reason. 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳
 * T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度 (and §二(二) 2.3, 2.11, 2.12, which answer a fast,
 * unwilling or angry caller with a request, a reason and calm, never a verdict on the caller).
 *
 * Advice is not a lecture: a request or a care said with courtesy (请您注意查收短信, 建议您定期修改密码,
 * 您一定要注意安全), a way offered (下次可以在App上订阅提醒), calm with empathy (您先别着急，我马上帮您查),
 * the agent's own conduct (我刚才说得太快了). */
#include "tone_scan.h"

#include <string.h>

/* 以后 / 下次 …: the lesson pointed at the caller's future, after a loss. */
static const char *const HINDSIGHT[] = { "以后", "下次", "下回", "往后", "今后", "日后", "再", "长", NULL };

/* Does [a, b) end with a reproving particle (看好啊, 注意了, 收好呀)? */
static int ends_reproving(scan *sc, size_t a, size_t b)
{
    return b > a && in(sc, b - 1, (list){ "了", "啊", "呀", "哦", "喔", "嘛", "哈", "哇", "呐", "啦", "喽", NULL });
}

/* Does the reply tell of a loss (丢, 被偷, 被骗, 找不到, 没了)? Then a closing 哦 / 啦 after 得拿好 reproves the
 * caller for it; without one the same 哦 closes a friendly instruction (取件时得拿好身份证原件哦; helper fix30t). */
static int loss_told(scan *sc)
{
    if (tone_clause_holds(sc, 0, sc->w->n, U"丢偷骗盗扒")) return 1;
    return tone_words_hold(sc, 0, sc->w->n, (list){ "找不到", "没找到", "不见了", "没了", "没有了", NULL });
}

/* 您出门可得看好了 / 在火车站可得看好行李啊 / 出门在外得把身份证收好啊 / 以后可得注意了: what the caller
 * ought to have minded, told as a reproof after their loss (说教, 3.1; §二(三)6). A keeping verb (看好,
 * 收好 …) after a modal of obligation (得, 可得, 要 …), reproved by 可, pointed at 以后, or closed by a
 * particle after a loss the reply tells of; or a care verb (注意, 小心 …) after 得 / 可得 / 可要 pointed at 以后 or reproved. Not a request
 * or a care said with courtesy (请您保管好发票, 一定要注意安全), not the agent's own (我们会看好), not the
 * caller's safety or health (要注意安全, 要注意身体: care, not a lesson). */
int tone_mind_your_things(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"得要");
    if (question || tone_courteous(sc, a, b)) return 0;
    static const char *const modal[] = { "得", "可得", "要", "可要", "就得", "得要", "就要", "都得", "还得", NULL };
    static const char *const keep[] = { "看好", "看紧", "收好", "放好", "保管好", "看管好", "管好", "拿好", "揣好", "藏好",
                                        "看住", "盯紧", "盯好", NULL };
    static const char *const care[] = { "注意", "小心", "当心", "留心", "留神", "长点心", "上点心", "长记性", "留个心眼",
                                        "长个心眼", "多留心", "多留意", "留意", "注意点", "小心点", "注意点儿", "小心点儿", NULL };
    static const char *const welfare[] = { "安全", "身体", "休息", "保暖", "饮食", "防暑", "健康", "查收", NULL };
    for (size_t m = find(sc, a, b, modal); m < b; m = find(sc, m + 1, b, modal)) {
        if (tone_agent_in(sc, a, m)) return 0;
        int sharp = in(sc, m, (list){ "可得", "可要", NULL }) || (m > a && tone_is(sc, m - 1, "可"));
        int later = find(sc, a, m, HINDSIGHT) < m;
        for (size_t k = m + 1; k < b && k <= m + 4; k++) {
            if (find(sc, k, b, welfare) < b) break;
            size_t kept = tone_spells_any(sc, k, b, keep);
            if (kept != NONE && (sharp || later || (ends_reproving(sc, a, b) && loss_told(sc))))
                return tone_hit(sc, "lecture", "说教客户（可得看好了）", m, kept, k);
            if (in(sc, k, care) && !in(sc, m, (list){ "要", "就要", NULL }) && (later || (sharp && ends_reproving(sc, a, b))))
                return tone_hit(sc, "lecture", "说教客户（以后可得注意了）", m, k, k);
        }
    }
    return 0;
}

/* 您当时就不应该轻信陌生电话 / 当初就不该把验证码告诉别人: the caller's past act declared wrong in
 * hindsight, a reproof (说教, 3.1; §二(三)6; 2.12 calms and does not blame). A time past (当初, 当时 …),
 * then 不该 / 不应该 with the caller's act after it. Not what the caller was owed (这笔钱本不该由您承担,
 * 您当时不该被收费: a burden, not an act), not our own (我们当初就不该…). */
int tone_should_not_have(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"该应当");
    static const char *const past[] = { "当初", "当时", "那时", "那时候", "1开始", "早先", "起初", NULL };
    static const char *const ought_not[] = { "不该", "不应该", "不应当", "就不该", "就不应该", "也不该", "也不应该",
                                             "本不该", "就不应当", NULL };
    static const char *const burden[] = { "被", "由", "承担", "付", "交", "多付", "多交", "扣", "收", "收到", "受", "遭",
                                          "花", "掏", "出", "负责", "吃亏", "等", NULL };
    size_t last = NONE;
    size_t t = tone_spelled_in(sc, a, b, past, &last);
    if (t == NONE || tone_agent_in(sc, a, t)) return 0;
    size_t n = tone_spelled_in(sc, last + 1, tone_upto(b, last + 5), ought_not, &last);
    if (n == NONE || last + 1 >= b || tone_agent_in(sc, t, n)) return 0;
    if (find(sc, last + 1, tone_upto(b, last + 3), burden) < b) return 0;
    return tone_hit(sc, "lecture", "说教客户（当初就不该）", t, last + 1, n);
}

/* 别一惊一乍的 / 您别急赤白脸的 / 您也太大惊小怪了: the caller's manner named as a fault and forbidden or
 * scolded (呵斥, 3.1; §二(三)6; 2.12 answers an upset caller with calm). A word that names a manner as a
 * fault (一惊一乍, 大惊小怪, 急赤白脸 …) after 别 / 不要 / 太. Not the calm of 2.12 (您先别着急, 别担心:
 * no such word), not the agent's own (我不是大惊小怪). */
int tone_manner_scolded(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"别不太甭少");
    static const char *const stop[] = { "别", "不要", "甭", "少", "太", "也太", "别再", "不用", "用不着", NULL };
    static const char *const manner[] = { "1惊1乍", "大惊小怪", "急赤白脸", "赤急白脸", "急赤白眼", "咋咋呼呼", "咋呼",
                                          "大吼大叫", "大喊大叫", "毛毛躁躁", "毛躁", "磨磨唧唧", "磨叽", "絮絮叨叨",
                                          "叨叨", "婆婆妈妈", "疑神疑鬼", "小题大做", "上纲上线", "不依不饶", "哭哭啼啼",
                                          "急吼吼", "火急火燎", "斤斤计较", "神经兮兮", "吵吵闹闹", "骂骂咧咧", "胡搅蛮缠",
                                          "想不开", NULL };
    for (size_t s = find(sc, a, b, stop); s < b; s = find(sc, s + 1, b, stop)) {
        if (tone_agent_in(sc, a, s)) return 0;
        for (size_t k = s + 1; k < b && k <= s + 3; k++) {
            size_t last = tone_spells_any(sc, k, b, manner);
            if (last == NONE) continue;
            /* 想不开 is a fault only when scolded with 太 (您也太想不开了: her despair belittled), not 您别想不开
             * (crisis care) */
            if (tone_is(sc, k, "想不开")) {
                if (!in(sc, s, (list){ "太", "也太", NULL })) continue;
                return tone_hit(sc, "lecture", "轻视客户（太想不开）", s, last, k);
            }
            return tone_hit(sc, "lecture", "呵斥客户（别大惊小怪）", s, last, k);
        }
    }
    return 0;
}

/* 你说得太快了，重新讲一遍 / 讲那么快，慢一点好不好: the fast caller told off for the pace, with no
 * apology or request in the reply (贵阳 §二(二) 2.3 answers a fast caller with 对不起…请您说慢一点;
 * 3.1; §二(三)6). Speech (说, 讲 …) then too fast (太快, 那么快 …), the caller's, and nothing courteous in
 * the reply. Not 2.3 (不好意思，您说得太快了，请您…), not 有点快 (the agent's own trouble, told softly),
 * not the agent's own (我刚才说得太快了). */
int tone_pace_scolded(scan *sc, size_t a, size_t b, int question)
{
    /* (its anchors, 说讲语念报 and 快急, are in its RULES entry: one list, so the two cannot disagree again) */
    static const char *const speak[] = { "说", "讲", "说话", "讲话", "语速", "说得", "讲得", "念", "报", NULL };
    static const char *const fast[] = { "太快", "那么快", "这么快", "忒快", "好快", "快死了", "太急", "那么急", "这么急", NULL };
    size_t s = find(sc, a, b, speak);
    if (s == NONE || tone_agent_in(sc, a, s)) return 0;
    size_t last = NONE;
    size_t f = tone_spelled_in(sc, s + 1, tone_upto(b, s + 6), fast, &last);
    if (f == NONE) return 0;
    /* 您说话别太急，慢慢讲: the caller told not to worry (2.2 安抚), not scolded for haste */
    if (tone_words_hold(sc, s + 1, last + 1,
                        (list){ "别太急", "别那么急", "别这么急", "不要太急", "不要那么急", "不用急", "甭急", "莫急", "不必急", NULL }))
        return 0;
    if (tone_in_reply(sc, COURTESY) || tone_in_reply(sc, APOLOGY)) return 0;
    /* taboo31: 您说得太快了，我没记下来 — the next clause owns the miss (the agent's 没记下 / 没跟上): the pace
     * named as the agent's trouble, as 2.3 names it, not the caller scolded for it */
    /* (typed run-on, 您说的太快了我没听清, the owning words follow in the same clause) */
    if (tone_words_hold(sc, last + 1, tone_next_clause_end(sc, b),
                        (list){ "我没", "我这边没", "我这没", "我还没", "我跟不上", "我记不", "我来不及", "我漏", NULL }))
        return 0;
    return tone_hit(sc, "impatient", "不耐烦（嫌客户说得太快）", s, last, f);
}

/* 总不能托梦通知您吧 / 总不能让快递员飞过去给您送吧: a reason (2.11: 不留电话将无法联系) turned into
 * mockery by a means past reason, sarcasm at the caller (3.1; §二(三)6). 总不能 / 难不成 with a means no
 * one has (托梦, 飞过去, 未卜先知 …) in the clause. Not 总不能让您白跑一趟 (no such means: a kindness). */
int tone_absurd_means(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"总难");
    static const char *const frame[] = { "总不能", "总不可能", "难不成", "难道要", "总不好", NULL };
    static const char *const means[] = { "托梦", "飞过去", "飞过来", "飞去", "飞回去", "变出来", "变出", "变个", "未卜先知",
                                         "掐指1算", "算命", "算卦", "心灵感应", "顺着网线", "顺着电话线", "隔空", "瞬移",
                                         "穿越", "读心", "读心术", "猜出来", "做梦", "梦里", "神仙", "千里眼", "顺风耳", NULL };
    size_t last = NONE;
    size_t f = tone_spelled_in(sc, a, b, frame, &last);
    if (f == NONE) return 0;
    size_t m_last = NONE;
    size_t m = tone_spelled_in(sc, last + 1, b, means, &m_last);
    if (m == NONE) return 0;
    return tone_hit(sc, "sarcasm", "挖苦客户（总不能托梦吧）", f, m_last, m);
}

/* The caller's upset named by what they feel or do about it (生气, 着急, 投诉 …): what 至于 / 用不着 scorn. */
static const char *const UPSET[] = { "发火", "大火", "火", "生气", "着急", "急", "闹", "吵", "投诉", "哭", "紧张", "激动", "较真",
                                     "计较", "上火", "动气", "发脾气", "骂", "骂人", "慌", "嚷嚷", "折腾", NULL };

/* 就晚了半天，至于发这么大火吗 / 丢个手机而已，用不着这么紧张吧: the caller's trouble belittled and their
 * upset called out of proportion (轻视客户, 3.1; 贵阳 §二(二) 2.12 calms the upset caller, §二(三)6). 至于
 * asked of the caller's upset; or 用不着 / 犯不着 their upset, the trouble made small (而已, 不就) or the
 * scorn tagged (吧, 吗). Not 不至于 (不至于影响您使用: reassurance), not 至于 opening a topic (至于退款问题…),
 * not 不用这么担心 (comfort). */
int tone_trouble_belittled(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"至着犯");
    for (size_t i = a; i < b; i++) {
        if (tone_is(sc, i, "至于")) {
            if (!question || (i > a && in(sc, i - 1, (list){ "不", "也不", NULL }))) continue;
            size_t u = find(sc, i + 1, tone_upto(b, i + 4), UPSET);
            if (u != NONE) return tone_hit(sc, "dismissive", "轻视客户（至于这么生气吗）", i, u, i);
            continue;
        }
        if (!in(sc, i, (list){ "用不着", "犯得着", "犯不着", "犯不上", "犯得上", NULL })) continue;
        size_t u = find(sc, i + 1, tone_upto(b, i + 4), UPSET);
        if (u == NONE) continue;
        int small = find(sc, 0, i, (list){ "而已", "不就", "罢了", "1点", "这点", NULL }) < i;
        int tagged = in(sc, b - 1, (list){ "吧", "吗", "嘛", NULL });
        if (small || tagged) return tone_hit(sc, "dismissive", "轻视客户（用不着这么紧张）", i, u, i);
    }
    return 0;
}

/* 您说话能不能有点条理 / 您讲话可不可以有点礼貌: the caller's way of speaking called wanting, a rhetorical
 * demand on their manner (说教, 3.1; §二(三)6). 能不能 / 可不可以 / 就不能 with a manner the caller is said
 * to lack (条理, 礼貌, 素质 …). Not a question about the matter (您能不能说一下订单号), not our own staff's
 * manner (我们的客服能不能有点耐心). */
int tone_manner_demanded(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"能可");
    ANCHORS(sc, a, b, U"条礼素逻重耐教分");
    static const char *const ask[] = { "能不能", "可不可以", "可以不可以", "就不能", "能否", NULL };
    static const char *const manner[] = { "条理", "礼貌", "素质", "逻辑", "重点", "耐心", "教养", "分寸", NULL };
    size_t last = NONE;
    size_t q = tone_spelled_in(sc, a, b, ask, &last);
    if (q == NONE || tone_agent_in(sc, a, q)) return 0;
    size_t m = find(sc, last + 1, tone_upto(b, last + 4), manner);
    if (m == NONE) return 0;
    return tone_hit(sc, "lecture", "说教客户（说话能不能有点条理）", q, m, m);
}

/* 您应该早点来办的 / 你应该早些挂失的嘛 / 您应该先看清楚尺码再下单的: what the caller should have done
 * sooner or first, told after the fact (说教, 3.1; §二(三)6). 应该 with 早点 / 先 / 提前, the clause closed
 * on the reproving 的 (or 的嘛, 的呀). Not a step to take now (您应该先登录App，再点…: no closing 的), not
 * what the caller should have had from us (您应该早点收到的: a receipt, our delay), not a question. */
int tone_sooner_should(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"该");
    ANCHORS(sc, a, b, U"早先提");
    if (question || b - a < 4) return 0;
    static const char *const ought[] = { "应该", "本应该", "应当", "早该", "本该", NULL };
    static const char *const sooner[] = { "早点", "早些", "早", "先", "提前", "早1点", "早点儿", NULL };
    static const char *const receipt[] = { "收到", "到账", "到", "送达", "接到", "拿到", "通知", "寄到", "发货", "退回", "到达",
                                           "处理", "办好", "审核", "批", NULL };
    size_t o = find(sc, a, b, ought);
    if (o == NONE || tone_agent_in(sc, a, o)) return 0;
    /* taboo31: 按规定您应该提前三天预约的 — the rule cited is the reason given (贵阳 §二(二) 2.6 explains what
     * cannot be done), not the caller told off */
    size_t from = a;   /* 根据规定，您应该…的: the rule may stand in the clause before */
    tone_clause_before(sc, a, &from);
    if (tone_words_hold(sc, from, b, (list){ "按规定", "按照规定", "根据规定", "依照规定", "依规定", "按要求", "按照要求", "根据要求", "按流程",
                           "按照流程", "按政策", "根据政策", "规定是", NULL }))
        return 0;
    size_t s = find(sc, o + 1, tone_upto(b, o + 3), sooner);
    if (s == NONE || find(sc, s + 1, tone_upto(b, s + 3), receipt) < b) return 0;
    size_t end = b;
    while (end > s + 1 && in(sc, end - 1, (list){ "嘛", "呀", "啊", "哦", "呢", NULL })) end--;
    if (!tone_is(sc, end - 1, "的") || end - 1 <= s + 1) return 0;
    return tone_hit(sc, "lecture", "说教客户（应该早点…的）", o, end - 1, o);
}

/* tone_notice_wasted read over its words joined whole (s). */
static int notice_wasted_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const notice[] = { "说明书", "通知", "手册", "短信", "公告", "告知书", "须知", "指南", "提示", NULL };
    static const char *const wasted[] = { "都白给", "都白发", "都白印", "都白写", "都白送", "都白寄", "都白讲", "都白说", NULL };
    static const char *const free_of[] = { "免费", "不收费", "不要钱", "赠送", "白送的", NULL };
    size_t len;
    const char *w = tone_earliest(s, wasted, &len);
    if (!w || !tone_holds_before(s, w, notice) || !strstr(w, "了") || tone_in_reply(sc, free_of)) return 0;
    if (tone_agent_in(sc, a, tone_word_of(sc, a, b, s, w))) return 0;
    return tone_hit_span(sc, "lecture", "说教客户（说明书都白给您了）", a, b, s, w, w + len);
}

/* 说明书都白给您了 / 通知都白发了: the notice the caller was given thrown back at them as wasted on them — a
 * reproof that they did not read it (说教, 3.1; §二(三)6; look_it_up's class in other words; helper fix30t). A
 * notice word, 都, then 白 + a giving verb closing the clause. Not 白给 as free of charge (这些说明书都白给您，
 * 不收费: no 了 closing it, or a word of no charge in the reply). */
int tone_notice_wasted(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"白");
    return tone_read_joined(sc, a, b, notice_wasted_text);
}

/* tone_greed_blamed read over its words joined whole (s). */
static int greed_blamed_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const greed[] = { "贪小便宜吃大亏", "贪小便宜", "贪便宜吃大亏", "占小便宜吃大亏", NULL };
    static const char *const pinned[] = { "您这", "你这", "您就是", "你就是", "您属于", "你属于", "您这是", "你这是",
                                          "您这属于", "你这属于", "您这就是", "你这就是", "您是", "你是", NULL };
    size_t len;
    const char *g = tone_earliest(s, greed, &len);
    if (!g || strncmp(g + len, "的", strlen("的")) == 0) return 0;
    int before = tone_holds_before(s, g, pinned);
    int after = tone_words_hold(sc, 0, sc->w->n, (list){ "说的就是您", "说的就是你", "讲的就是您", "讲的就是你", NULL });
    if (!before && !after) return 0;
    return tone_hit_span(sc, "lecture", "说教客户（贪小便宜吃大亏）", a, b, s, g, g + len);
}

/* 您这属于典型的贪小便宜吃大亏 / 贪小便宜吃大亏，说的就是您: the caller's loss put down to their greed — a verdict
 * on the caller's conduct like 当初就不该 (说教, 3.1; §二(三)6; 2.12 calms and does not blame; helper fix30t). The
 * stock line with the caller as its subject (您 / 你 before it over 这 / 就是 / 属于 / 典型的), or pointed at them
 * after (说的就是您). Not of others (很多老人都是贪小便宜吃大亏) nor a warning (警惕贪小便宜吃大亏的骗局: a 的 after). */
int tone_greed_blamed(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"贪");
    return tone_read_joined(sc, a, b, greed_blamed_text);
}
