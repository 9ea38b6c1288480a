/* Dismissal: sending the caller away or making light of the call (以后别为这点小事打过来了,
 * 你爱找谁找谁去), brush-offs (您想太多了, 问您自己, 爱买不买), a bare refusal with no way on, the
 * answer left to the caller to find (网上一搜就有), send-offs and shrugs (规定就是这样), and
 * fillers said for an answer or as a tic (哦。 / 然后呢 / 那个那个…) (国家职业技能标准
 * 呼叫中心服务员 3.1 (不用禁忌语及口头禅), 呼叫服务员职业标准(试行) 三(一)2 (不用禁忌语) and 贵阳
 * T-GSOCCIA 001—2020 §二(三)6 (注意通话语气和态度); the first two name 口头禅 beside 禁忌语). A
 * refusal with an apology and a next step (贵阳 §二(二) 2.7(2), 2.18(2), 2.19) is the standard's
 * own. */
#include "tone_scan.h"

#include <string.h>

/* 这个小事我帮您弄好了 / 小事一桩，交给我: the matter called small for the agent's own effort, help
 * done or offered in the same clause, modesty, not the
 * caller's call made light of (helper fixp11; seen10's examiner marks it competent). */
static int petty_for_me(scan *sc, size_t a, size_t b, size_t petty)
{
    static const char *const help[] = { "帮您", "帮你", "给您", "交给我", "我来", "包在我", "弄好", "办好", "搞定", "处理好",
                                        "1桩", "马上", NULL };
    size_t last = NONE;
    size_t h = tone_spelled_in(sc, a, b, help, &last);
    return h < b && h != petty && find(sc, a, b, (list){ "打", "打过来", "打电话", "打来", "也", "还", "值得", "别", NULL }) == NONE;
}

/* 以后别为这点小事打过来了 / 别来烦我们 / 你爱找谁找谁去 / 我哪知道 / 这么点钱也值得打电话:
 * sending the caller away or making light of the call. */
int tone_dismissive(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "打发客户";
    size_t petty = find(sc, a, b, &PETTY);
    /* 这种破事 — not 这不是小事 (a negation right before it) */
    /* (大事小事都可以说: any matter at all, an invitation) */
    if (petty < b && find(sc, petty > a + 2 ? petty - 2 : a, petty, &NEG) == NONE &&
        !(petty > a && in(sc, petty - 1, (list){ "大事", "大事儿", NULL })) && !petty_for_me(sc, a, b, petty))
        return tone_hit(sc, "dismissive", "轻视客户", petty, petty, petty);
    size_t little = find(sc, a, b, &SO_LITTLE);
    for (size_t i = a; little == NONE && i + 1 < b; i++)
        if (in(sc, i, (list){ "这么", "那么", "这", NULL }) && strncmp(tone_word(sc, i + 1), "点", 3) == 0) little = i;
    size_t worth = little < b ? find(sc, little + 1, b, (list){ "值得", "值当", "至于", NULL }) : NONE;
    if (worth < b) return tone_hit(sc, "dismissive", "轻视客户", little, worth, worth);
    size_t cant = find(sc, a, b, (list){ "不了", NULL });
    if (cant + 2 < b && tone_is(sc, cant + 1, "就") && in(sc, cant + 2, &PROHIB)) return tone_hit(sc, "dismissive", label, cant, cant + 2, cant + 2);
    for (size_t i = a; i + 2 < b; i++)
        if (in(sc, i, &FIRST) && tone_is(sc, i + 1, "又") && in(sc, i + 2, (list){ "不", "不是", "没", "没有", "不会", NULL }))
            return tone_hit(sc, "dismissive", label, i, i + 2, i + 1);
    for (size_t i = a; i < b; i++) {
        if (in(sc, i, (list){ "爱", NULL }) && i + 3 < b && in(sc, i + 2, (list){ "谁", "什么", "哪", "啥", NULL }) &&
            strcmp(tone_word(sc, i + 1), tone_word(sc, i + 3)) == 0)
            return tone_hit(sc, "dismissive", label, i, i + 3, i);
        /* 爱怎么投诉就怎么投诉 / 爱去哪去哪: the same question word twice after 爱 */
        /* 爱投诉投诉去: the same verb twice after 爱 */
        if (tone_is(sc, i, "爱") && i + 2 < b && strcmp(tone_word(sc, i + 1), tone_word(sc, i + 2)) == 0)
            return tone_hit(sc, "dismissive", label, i, i + 2, i);
        size_t q = i + 1 < b && in(sc, i + 1, (list){ "去", "上", "到", NULL }) ? i + 2 : i + 1;   /* 爱去哪投诉就去哪投诉, 爱上哪告上哪告 */
        if (tone_is(sc, i, "爱") && q + 1 < b && in(sc, q, (list){ "怎么", "怎样", "咋", "哪", "去哪", "找谁", "谁", "啥", "什么", NULL })) {
            for (size_t j = q + 1; j < tone_upto(b, q + 6); j++)
                if (strcmp(tone_word(sc, j), tone_word(sc, q)) == 0) return tone_hit(sc, "dismissive", label, i, j, i);
        }
        if (in(sc, i, (list){ "哪", "哪里", "哪儿", NULL }) && i + 1 < b && tone_is(sc, i + 1, "知道"))
            return tone_hit(sc, "dismissive", label, i, i + 1, i + 1);
        if (!in(sc, i, &PROHIB)) continue;
        /* 别问我 / 别找我们: sending the caller away */
        size_t ask = i + 1 < b && in(sc, i + 1, (list){ "来", "再", NULL }) ? i + 2 : i + 1;   /* 别来找我们 */
        if (ask + 1 < b && in(sc, ask, (list){ "问", "找", "来找", "来问", NULL }) && in(sc, ask + 1, &FIRST))
            return tone_hit(sc, "dismissive", label, i, ask + 1, ask);
        size_t end = tone_upto(b, i + 6);
        size_t pester = find(sc, i + 1, tone_upto(b, i + 3), &PESTER);
        /* fix31a: 别觉得打扰我们 / 不要怕打扰我们: the caller's worry of being a bother waved off, a warmth
         * (贵阳 §二(三)6), not 别来烦我们 */
        if (pester < b && find(sc, i + 1, pester, (list){ "觉得", "怕", "担心", "以为", "介意", "顾虑", NULL }) < pester)
            pester = NONE;
        if (pester < b) return tone_hit(sc, "dismissive", label, i, pester, pester);
        size_t waste = find(sc, i + 1, tone_upto(b, i + 5), (list){ "浪费时间", "浪费", NULL });
        if (waste < b) return tone_hit(sc, "dismissive", label, i, waste, waste);
        if (i + 2 < b && tone_is(sc, i + 1, "再") && tone_is(sc, i + 2, "问")) return tone_hit(sc, "dismissive", label, i, i + 2, i + 2);
        size_t call = find(sc, i + 1, end, &CALL);
        if (call >= b) continue;
        /* fix34b: 别让它进刚打过药的地 — 它 (an animal, a thing) is who is kept off, not the caller sent away */
        if (find(sc, i + 1, call, (list){ "它", "它们", NULL }) < call) continue;
        int again = find(sc, a, b, &AGAIN) < b || strstr(tone_word(sc, call), "过来") ||
                    (call + 1 < b && in(sc, call + 1, &DONE));
        if (again) return tone_hit(sc, "dismissive", label, i, call, call);
    }
    (void)question;
    return 0;
}

/* brush_off's checks, in its order: each returns NOT_FOUND when none of its frames is in the
 * clause, else what tone_hit() said for the first that is (brush_off stops there, whatever tone_hit() said). */
#define NOT_FOUND (-1)

/* brush_off, the caller (你/您) its subject: 您想太多了, 您怎么又打来了, 您还想怎样, 问您自己, 您这样…也没用, 你怎么这么啰嗦, 你问这个干什么. */
static int brush_aimed(scan *sc, size_t a, size_t b, size_t who)
{
    if (who >= b) return NOT_FOUND;
    size_t think = find(sc, who + 1, tone_upto(b, who + 3), (list){ "想", "想得", NULL });
    /* 您别想太多 / 您千万不要想太多: the caller comforted, as 2.12 请您不要着急; 您想太多了 dismisses */
    int comfort = think < b && find(sc, who + 1, think, (list){ "别", "不要", "不用", "不必", "千万别", "可别", "先别",
                                                               "也别", "就别", "别再", "用不着",
                                                               /* fix15t: 您没有想多，确实是我们的问题 — the agent
                                                                * agrees the worry was right */
                                                               "没", "没有", "并没有", "并没", NULL }) < think;
    if (think + 1 < b && !comfort && in(sc, think + 1, (list){ "太多", "太", "多", "多了", NULL }))
        return tone_hit(sc, "dismissive", "打发客户", who, think + 1, think);
    size_t again = find(sc, who + 1, tone_upto(b, who + 3), (list){ "又", NULL });
    if (again + 1 < b && in(sc, again + 1, &CALL)) return tone_hit(sc, "impatient", "不耐烦", who, again + 1, again);
    size_t want = find(sc, who + 1, tone_upto(b, who + 3), (list){ "想", "要", NULL });
    if (want + 1 < b && in(sc, want + 1, (list){ "怎样", "怎么样", "干嘛", "干什么", "咋样", NULL }))
        return tone_hit(sc, "impatient", "不耐烦", who, want + 1, want + 1);
    size_t ask = find(sc, a, b, (list){ "问", "找", NULL });
    if (ask + 2 < b && in(sc, ask + 1, &SECOND) && tone_is(sc, ask + 2, "自己"))
        return tone_hit(sc, "dismissive", "推诿（让客户自己办）", ask, ask + 2, ask);
    size_t also = find(sc, who + 1, b, (list){ "也", NULL });
    /* 您每月也没用多少流量: 没用 as "did not use" an amount, a fact about the plan (fix13a) */
    int used_little = also + 2 < b && in(sc, also + 2, (list){ "多少", "几", "几次", "什么", "那么多", "多", "完", "过", NULL });
    if (also + 1 < b && !used_little && in(sc, also + 1, (list){ "没用", "没有用", "白搭", NULL }))
        return tone_hit(sc, "dismissive", "打发客户", who, also + 1, also + 1);
    /* 你怎么这么啰嗦 */
    size_t so = find(sc, who + 1, tone_upto(b, who + 4), (list){ "这么", "那么", "真", "太", "好", "真是", NULL });
    if (so + 1 < b && in(sc, so + 1, &PEST)) return tone_hit(sc, "impatient", "不耐烦", who, so + 1, so + 1);
    /* 你问这个干什么 */
    if (in(sc, b - 1, (list){ "干什么", "干嘛", "做什么", NULL }) && b - 1 > who)
        return tone_hit(sc, "impatient", "不耐烦", who, b - 1, b - 1);
    return NOT_FOUND;
}

/* brush_off: 爱等就等, 这么简单的问题也要问, 爱买不买, 嫌贵就别用, 谁让你不早点来. */
static int brush_take_or_leave(scan *sc, size_t a, size_t b)
{
    /* 爱等就等 */
    for (size_t i = a; i + 3 < b; i++)
        if (tone_is(sc, i, "爱") && tone_is(sc, i + 2, "就") && strcmp(tone_word(sc, i + 1), tone_word(sc, i + 3)) == 0)
            return tone_hit(sc, "dismissive", "打发客户", i, i + 3, i);
    /* 这么简单的问题也要问 / 这种事也打电话: the call made light of */
    for (size_t also = find(sc, a, b, &LIGHT) < b ? find(sc, a, b, (list){ "也", "还", NULL }) : NONE; also < b;
         also = find(sc, also + 1, b, (list){ "也", "还", NULL })) {
        size_t act = find(sc, also + 1, tone_upto(b, also + 3), (list){ "问", "打电话", "打", "来问", "要问", "值得", "来电", NULL });
        /* 这种情况也可以打电话给我们 invites: only 也问 / 也要问 / 也来问 */
        if (act == also + 2 && !in(sc, also + 1, (list){ "要", "来", "得", "值得", "好意思", NULL })) act = NONE;
        size_t light = also > a ? find(sc, also > a + 5 ? also - 5 : a, also, &LIGHT) : NONE;
        if (act < b && light < also) return tone_hit(sc, "dismissive", "轻视客户", light, act, act);
    }
    /* 爱买不买 / 爱要不要 (不要 one word) */
    for (size_t i = a; i + 3 < b; i++)
        if (tone_is(sc, i, "爱") && tone_is(sc, i + 2, "不") && strcmp(tone_word(sc, i + 1), tone_word(sc, i + 3)) == 0)
            return tone_hit(sc, "dismissive", "打发客户", i, i + 3, i);
    for (size_t i = a; i + 2 < b; i++)
        if (tone_is(sc, i, "爱") && strncmp(tone_word(sc, i + 2), "不", 3) == 0 && strcmp(tone_word(sc, i + 2) + 3, tone_word(sc, i + 1)) == 0)
            return tone_hit(sc, "dismissive", "打发客户", i, i + 2, i);
    /* 嫌贵就别用 */
    size_t mind = find(sc, a, b, (list){ "嫌", "嫌贵", "嫌慢", "嫌麻烦", "嫌弃", NULL });
    if (mind < b && find(sc, mind + 1, b, &PROHIB) < b) return tone_hit(sc, "dismissive", "打发客户", mind, mind, mind);
    /* 谁让你不早点来 */
    size_t who_let = find(sc, a, b, (list){ "谁", NULL });
    if (who_let + 2 < b && in(sc, who_let + 1, (list){ "让", "叫", "喊", NULL }) && in(sc, who_let + 2, &SECOND))
        return tone_hit(sc, "blame", "怪罪客户", who_let, who_let + 2, who_let);
    /* (taboo32) 哪个喊你不在家嘛 / 啥人叫侬勿看清爽: a regional who (哪个 / 啥人 also ask "which"), so the caller's
     * own failing must follow: a negation or 自己 / 乱 within three words (哪个师傅叫您来的 asks which) */
    size_t who_reg = find(sc, a, b, (list){ "哪个", "啥人", "哪位", NULL });
    if (who_reg == NONE && (who_reg = find(sc, a, b, (list){ "啥", NULL })) != NONE && !(who_reg + 1 < b && tone_is(sc, who_reg + 1, "人"))) who_reg = NONE;
    if (who_reg != NONE && tone_is(sc, who_reg, "啥")) who_reg++;
    if (who_reg + 2 < b && in(sc, who_reg + 1, (list){ "让", "叫", "喊", "要", NULL }) && in(sc, who_reg + 2, &SECOND) &&
        find(sc, who_reg + 3, tone_upto(b, who_reg + 6), (list){ "不", "没", "没有", "勿", "唔", "莫", "自己", "乱", "瞎", NULL }) < b)
        return tone_hit(sc, "blame", "怪罪客户", who_reg, who_reg + 2, who_reg);
    return NOT_FOUND;
}

/* brush_off: 跟我说也没用, 这种事也来问, 你去问厂家. */
static int brush_useless(scan *sc, size_t a, size_t b)
{
    /* 跟我说也没用 / 找我也没用 */
    size_t useless = find(sc, a, b, (list){ "没用", "没有用", "白搭", "有什么用", "有啥用", NULL });
    if (useless == NONE) {   /* 跟我说有什么用 */
        size_t what = find(sc, a, b, (list){ "什么", "啥", NULL });
        if (what > a && what + 1 < b && tone_is(sc, what - 1, "有") && tone_is(sc, what + 1, "用")) useless = what + 1;
    }
    /* 我刚才说了一堆没用的: the agent's own words judged (a quantity of talk, then 没用的), not the caller sent off */
    int own_talk = useless < b && useless > a && in(sc, useless - 1, (list){ "1堆", "一堆", "堆", "那么多", "这么多", "多", "些", "好多", NULL });
    if (useless < b && useless > a && !own_talk && find(sc, a, useless, (list){ "我", "我们", NULL }) < b &&
        find(sc, a, useless, (list){ "说", "找", "问", "讲", "打", NULL }) < b)
        return tone_hit(sc, "dismissive", "打发客户", a, useless, useless);
    /* 这种事也来问 */
    size_t kind = find(sc, a, b, (list){ "这种", "这点", "这么点", "这样的", NULL });
    size_t thing = kind + 1 < b && tone_is(sc, kind + 1, "小") ? kind + 2 : kind + 1;   /* 这种小问题也 */
    if (thing + 1 < b && in(sc, thing, (list){ "事", "小事", "问题", "小问题", "事情", "事儿", NULL }) && tone_is(sc, thing + 1, "也"))
        return tone_hit(sc, "dismissive", "轻视客户", kind, thing + 1, thing + 1);
    /* 你去问厂家 / 你去找别人: the caller sent to a third party (not 您可以去营业厅问, 建议您…) */
    size_t you_go = find(sc, a, b, &SECOND);
    size_t go = you_go < b ? find(sc, you_go + 1, tone_upto(b, you_go + 3), (list){ "去", "自己去", NULL }) : NONE;
    size_t ask3 = go < b ? find(sc, go + 1, tone_upto(b, go + 3), (list){ "问", "找", "问问", "找找", NULL }) : NONE;
    if (ask3 + 1 < b && in(sc, ask3 + 1, (list){ "厂家", "厂商", "别人", "别的部门", "其他部门", "运营商", "售后", "商家", "物业", "领导", "银行", NULL }) &&
        find(sc, a, b, (list){ "可以", "建议", "请", "麻烦", "帮您", "帮你", "为您", "转", "转接", NULL }) == NONE)
        return tone_hit(sc, "dismissive", "推诿", you_go, ask3 + 1, ask3);
    return NOT_FOUND;
}

/* brush_off: 我无所谓, 有种你就去投诉, 另请高明, 下班了, 我很忙. */
static int brush_defiant(scan *sc, size_t a, size_t b)
{
    /* 我无所谓 / 我不在乎: the caller's complaint shrugged off */
    size_t me_w = find(sc, a, b, &FIRST);
    if (me_w + 1 < b && in(sc, me_w + 1, (list){ "无所谓", "不在乎", "不怕", "才不怕", "不在意", NULL }) &&
        (me_w + 2 == b || in(sc, me_w + 2, &TAIL)))
        return tone_hit(sc, "dismissive", "挑衅客户", me_w, me_w + 1, me_w + 1);
    /* 有种你就去投诉: a dare */
    size_t dare = find(sc, a, b, (list){ "有种", "有本事", "有能耐", NULL });
    if (dare + 1 < b && in(sc, dare + 1, &SECOND)) return tone_hit(sc, "dismissive", "挑衅客户", dare, dare + 1, dare);
    /* 您另找地方吧 / 另请高明: sending the caller elsewhere */
    size_t other = find(sc, a, b, (list){ "另请高明", "另找", "另", NULL });
    if (other < b && (!tone_is(sc, other, "另") || (other + 1 < b && in(sc, other + 1, (list){ "找", "请", "寻", NULL }))))
        return tone_hit(sc, "dismissive", "打发客户", other, other, other);
    /* 下班了！ as a whole clause */
    if (a + 2 >= b && in(sc, a, (list){ "下班", "下班了", NULL }) && (a + 1 == b || tone_is(sc, a + 1, "了")) &&
        (a == 0 || sc->w->v[a - 1].clause != sc->w->v[a].clause))
        return tone_hit(sc, "dismissive", "打发客户", a, b - 1, a);
    /* 我下班了 / 我们要下班了: the agent's own hours put before the caller (营业厅六点下班 is a fact) */
    size_t off = find(sc, a, b, (list){ "下班", "下班了", NULL });
    if (off < b && off > a && (in(sc, off - 1, &FIRST) ||
                               (off >= a + 2 && in(sc, off - 2, &FIRST) && in(sc, off - 1, (list){ "要", "快", "该", "马上", "都", NULL }))))
        return tone_hit(sc, "dismissive", "打发客户", off - 1, off, off);
    /* 我很忙 */
    size_t i_am = find(sc, a, b, (list){ "我", NULL });
    if (i_am + 2 < b && in(sc, i_am + 1, (list){ "这边", "这儿", "这里", NULL })) i_am++;   /* 我这边忙着呢 */
    if (i_am + 1 < b && (in(sc, i_am + 1, (list){ "很忙", "正忙", "忙着呢", "忙", NULL }) ||
                         (i_am + 2 < b && in(sc, i_am + 1, (list){ "很", "正", "正在", "忙", NULL }) && strstr(tone_word(sc, i_am + 2), "忙"))))
        return tone_hit(sc, "impatient", "不耐烦", i_am, i_am + 1, i_am);
    return NOT_FOUND;
}

/* brush_off: 这跟我们有什么关系, 跟你说不通, 这不归我负责, 大声点！, 说了也白说, 我怎么知道, 说话！. */
static int brush_not_ours(scan *sc, size_t a, size_t b)
{
    /* 这跟我们有什么关系 / 和我们有啥关系 / 这跟我们有关系吗: the matter pushed away as a question
     * (这跟您的套餐有关系 is an explanation) */
    size_t with_us = find(sc, a, b, (list){ "跟", "和", "与", "同", NULL });
    if (with_us + 1 < b && in(sc, with_us + 1, &FIRST)) {
        size_t rel = find(sc, with_us + 2, tone_upto(b, with_us + 6), (list){ "关系", "相干", "何干", NULL });
        int what_rel = rel < b && rel > with_us + 2 && in(sc, rel - 1, (list){ "什么", "啥", "有什么", "有啥", "哪门子", "没什么", "没啥", "没有什么", "毛", "半毛钱", "一毛钱", "毛钱", NULL });
        int asked_rel = rel < b && sc->w->question[sc->w->v[a].clause] && tone_is(sc, rel - 1, "有") &&
                        find(sc, a, b, PLEASE) == NONE;
        if (what_rel || asked_rel || (rel < b && tone_is(sc, rel, "何干")))
            return tone_hit(sc, "dismissive", "推诿（与我无关）", with_us, rel, rel);
    }
    /* 跟你说不通 */
    size_t with = find(sc, a, b, (list){ "跟", "和", "同", NULL });
    if (with + 2 < b && in(sc, with + 1, &SECOND) &&
        (in(sc, with + 2, (list){ "说不清", "说不通", "讲不通", "讲不清", "说不明白", "没法沟通", NULL }) ||
         (with + 3 < b && in(sc, with + 2, (list){ "说", "讲", NULL }) && in(sc, with + 3, (list){ "不通", "不清", "不明白", NULL }))))
        return tone_hit(sc, "dismissive", "打发客户", with, with + 2, with + 2);
    /* 这不归我负责 */
    size_t not_mine = find(sc, a, b, (list){ "不归", "不是", "不属于", NULL });
    if (not_mine == NONE) {
        size_t no = find(sc, a, b, (list){ "不", NULL });
        if (no + 1 < b && tone_is(sc, no + 1, "归")) not_mine = no + 1;
    }
    size_t mine = not_mine < b ? find(sc, not_mine + 1, tone_upto(b, not_mine + 3), &FIRST) : NONE;
    if (mine + 1 < b && in(sc, mine + 1, (list){ "管", "负责", "管的", "的事", "的工作", NULL }))
        return tone_hit(sc, "blame", "推卸责任", not_mine, mine + 1, mine + 1);
    /* 大声点！: an order without any courtesy (2.2 asks 请您讲话大声点儿好吗) */
    size_t loud = find(sc, a, b, (list){ "大声", "大点声", "大声点", NULL });
    /* (我说慢一点、大声一点 is the agent's own voice: a first person in the clause or the one before) */
    size_t prev_a = a;
    while (prev_a > 0 && sc->w->v[prev_a - 1].clause + 1 >= sc->w->v[a].clause) prev_a--;
    if (loud < b && find(sc, a, b, (list){ "请", "请您", "麻烦", "好", "吗", "可以", "能", "能否", "抱歉", "不好意思", NULL }) == NONE &&
        find(sc, a, b, &SECOND) == NONE && find(sc, prev_a, b, &FIRST) == NONE)
        return tone_hit(sc, "impatient", "催促客户", loud, loud, loud);
    /* 说了也白说 */
    for (size_t i = a; i + 1 < b; i++)
        if (tone_is(sc, i, "白") && in(sc, i + 1, (list){ "说", "讲", "搭", "费", NULL }))
            return tone_hit(sc, "dismissive", "打发客户", i, i + 1, i);
    /* 我怎么知道 / 我凭什么帮你 */
    /* (taboo32) 我咋个晓得 / 我哪个晓得哦 / 我啷个晓得 / 我又咋个晓得嘛: the how of any region's wording, after an
     * 又 / 也 / 还 at most; 啷个 and 怎个 are cut 啷|个, 怎|个 */
    size_t me3 = find(sc, a, b, &FIRST), how3 = me3 + 1;
    if (how3 < b && in(sc, how3, (list){ "又", "也", "还", NULL })) how3++;
    static const char *const how_q[] = { "怎么", "哪", "咋", "咋个", "哪个", "哪里", "哪儿", "怎个", "怎样", "哪能", "怎么会", NULL };
    size_t know3 = how3 + 1 < b && in(sc, how3, (list){ "啷", "怎", NULL }) && tone_is(sc, how3 + 1, "个") ? how3 + 2
                 : how3 < b && in(sc, how3, how_q) ? how3 + 1 : NONE;
    if (me3 < b && know3 < b && in(sc, know3, (list){ "知道", "清楚", "晓得", NULL }))
        return tone_hit(sc, "dismissive", "打发客户", me3, know3, know3);
    size_t why = find(sc, a, b, (list){ "凭什么", "凭", NULL });
    if (why < b && (tone_is(sc, why, "凭什么") || (why + 1 < b && tone_is(sc, why + 1, "什么"))))
        return tone_hit(sc, "dismissive", "打发客户", why, why, why);
    /* 说话！ / 快说 as a whole clause: an order to the caller */
    if (b - a == 1 && in(sc, a, (list){ "说话", "讲话", "快说", "说啊", "讲啊", "说呀", NULL }))
        return tone_hit(sc, "impatient", "催促客户", a, a, a);
    return NOT_FOUND;
}

/* brush_off: 你怎么回事, 你管得着吗, 我有什么办法, 懒得跟你说, 不如自己去, 自找的, 我就挂了. */
static int brush_last(scan *sc, size_t a, size_t b, size_t who)
{
    if (who < b) {
        /* 你怎么回事 (not 请问…怎么回事, an inquiry) */
        size_t what = find(sc, who + 1, tone_upto(b, who + 3), (list){ "怎么回事", "咋回事", NULL });
        if (what < b && find(sc, a, what, PLEASE) == NONE)
            return tone_hit(sc, "impatient", "不耐烦", who, what, what);
        /* 你管得着吗 */
        size_t manage = find(sc, who + 1, tone_upto(b, who + 2), (list){ "管", "管得着", "管得了", NULL });
        if (manage < b && find(sc, manage + 1, b, (list){ "着", "得着", "吗", NULL }) < b)
            return tone_hit(sc, "dismissive", "打发客户", who, manage, manage);
    }
    /* 我有什么办法 / 我能有什么办法 */
    size_t me2 = find(sc, a, b, &FIRST);
    size_t how2 = me2 < b ? find(sc, me2 + 1, tone_upto(b, me2 + 5), (list){ "办法", "辙", NULL }) : NONE;
    if (how2 < b && how2 > me2 + 1 && tone_is(sc, how2 - 1, "什么") && find(sc, me2 + 1, how2, (list){ "有", NULL }) < b)
        return tone_hit(sc, "dismissive", "推诿", me2, how2, how2);
    /* 懒得跟你说 / 没时间跟你耗 */
    size_t lazy = find(sc, a, b, (list){ "懒得", "懒得理", NULL });
    if (lazy < b) return tone_hit(sc, "dismissive", "打发客户", lazy, lazy, lazy);
    size_t no_time = find(sc, a, b, (list){ "没空", "时间", NULL });
    if (no_time < b && find(sc, no_time + 1, tone_upto(b, no_time + 4), (list){ "耗", "陪", "瞎扯", "闲聊", "扯", "聊", "磨", "啰嗦", NULL }) < b &&
        find(sc, no_time + 1, tone_upto(b, no_time + 4), &SECOND) < b)
        return tone_hit(sc, "dismissive", "打发客户", no_time, no_time, no_time);
    size_t better = find(sc, a, b, (list){ "不如", "还不如", NULL });
    if (better + 1 < b && in(sc, better + 1, (list){ "自己", "您自己", "你自己", NULL }))
        return tone_hit(sc, "dismissive", "推诿（让客户自己办）", better, better + 1, better);
    size_t own = find(sc, a, b, (list){ "自找", "自找的", "自作自受", NULL });
    if (own < b) return tone_hit(sc, "blame", "怪罪客户", own, own, own);
    size_t me = find(sc, a, b, &FIRST);
    size_t then = me < b ? find(sc, me + 1, tone_upto(b, me + 3), (list){ "就", "可", "要", NULL }) : NONE;
    if (then + 1 < b && in(sc, then + 1, (list){ "挂", "挂了", "挂断", "挂电话", NULL }))
        return tone_hit(sc, "impatient", "不耐烦（要挂电话）", me, then + 1, then + 1);
    return NOT_FOUND;
}

/* 您想太多了 / 不如自己去营业厅 / 这个您得问您自己 / 您这样大吼大叫也没用 / 我就挂了 /
 * 您怎么又打来了 / 您还想怎样 / 您这种情况纯属自找的: brushing the caller off. */
int tone_brush_off(scan *sc, size_t a, size_t b, int question)
{
    size_t who = find(sc, a, b, &SECOND);
    int r;
    if ((r = brush_aimed(sc, a, b, who)) != NOT_FOUND) return r;
    if ((r = brush_take_or_leave(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_useless(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_defiant(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_not_ours(sc, a, b)) != NOT_FOUND) return r;
    if ((r = brush_last(sc, a, b, who)) != NOT_FOUND) return r;
    return 0;
}

/* A next step inside a longer word of the lexicon (意见反馈, 反馈上去, 加急审核, 补齐后): the
 * way on that ALTERNATIVE names as a whole word (我把您的意见反馈给理赔部门复核一下
 * was read as a bare refusal). Not 审核 alone (审核不通过 is the refusal's reason). */
static int way_on_inside(scan *sc)
{
    static const char *const stems[] = { "反馈", "加急", "复核", "上报", "跟进", "转交", "补齐", "补交", "上传", NULL };
    for (size_t i = 0; i < sc->w->n; i++)
        for (const char *const *s = stems; *s; s++)
            if (strstr(tone_word(sc, i), *s)) return 1;
    return 0;
}

/* 办不了，规定就是这样 / 这种情况我们一律不赔 / 不给补办 / 我们不能给你开先例 / 没商量: a refusal and
 * nothing else — no apology, no next step, no condition anywhere in the reply (贵阳 §二(二) 2.7(2) refuses with
 * 请您通过其他方式查询). 2.11's 我们将无法为您处理 is said
 * under a condition (若您不提供联系电话) and with 非常抱歉; a polite refusal always offers a way on. */
int tone_refusal_bare(scan *sc, size_t from, size_t to, int question)
{
    static const char *const flat[] = { "办不了", "做不了", "退不了", "改不了", "补不了", "处理不了", "解决不了", "弄不了",
                                        "没法办", "没法弄", "没法处理", "没商量", "没门", "概不", "不予理会", "不予处理",
                                        "不予受理", "开先例", "莫得", "没得", NULL };
    static const char *const no[] = { "不", "不能", "没法", "不会", "无法", "1律不", NULL };
    static const char *const act[] = { "退", "赔", "办", "补", "补办", "改", "处理", "受理", "接受", "破例", "开", "退款", "赔偿",
                                       "办理", NULL };
    const cs_words *w = sc->w;
    /* (押金因为合同未满不退，期满后全额退还: a refusal explained, with what comes after) */
    if (tone_softened(sc) || way_on_inside(sc) || tone_in_reply(sc, (list){ "因为", "由于", "期满", "届时", "之后", NULL })) return 0;
    if (tone_taboo35_refusal_explained(sc)) return 0;   /* taboo35: the rule's content cited, 请您理解 */
    for (size_t i = 0; i < w->n; i++) {
        if (w->question[w->v[i].clause]) continue;
        size_t key = NONE;
        if (in(sc, i, flat)) {
            /* 莫得/没得 only before 办法/商量 (dialect 没有办法, 没得商量) */
            if (in(sc, i, (list){ "莫得", "没得", NULL }) &&
                !(i + 1 < w->n && in(sc, i + 1, (list){ "办法", "商量", NULL }))) continue;
            key = i;
        } else if ((tone_is(sc, i, "莫") || tone_is(sc, i, "没")) && i + 2 < w->n && tone_is(sc, i + 1, "得") &&
                   in(sc, i + 2, (list){ "办法", "商量", NULL })) {
            key = i + 2;
        } else if (tone_is(sc, i, "不予") && i + 1 < w->n &&
                   in(sc, i + 1, (list){ "理会", "处理", "受理", "办理", "赔偿", "退还", "考虑", "批准", "回复", "答复", "赔付", NULL })) {
            key = i;   /* 不予受理 (不予收取 waives a charge) */
        } else if (tone_is(sc, i, "律") && i + 1 < w->n && in(sc, i + 1, (list){ "不", "不能", NULL })) {
            key = i;   /* 一律不 (digits normalised: 1 律 不) */
        } else if (in(sc, i, no) && !(i > 0 && in(sc, i - 1, (list){ "能", "会", "可", "可以", NULL })) &&   /* (能不能接受 asks) */
                   !(i > 0 && i + 1 < w->n && strcmp(tone_word(sc, i - 1), tone_word(sc, i + 1)) == 0)) {   /* 办不办由您: V不V, a choice */
            /* 不 给 补办 / 不能 给 你 开 先例 / 不 赔: the refused act right after (给 and 你 may stand between) */
            size_t k = i + 1;
            if (k < w->n && tone_is(sc, k, "给")) k++;
            if (k < w->n && in(sc, k, &SECOND)) k++;
            /* 开 only as 开先例 / 开后门 (不能开火 is a safety rule) */
            int open = k < w->n && tone_is(sc, k, "开");
            if (open && !(k + 1 < w->n && in(sc, k + 1, (list){ "先例", "后门", "绿灯", NULL }))) open = -1;
            if (k < w->n && w->v[k].clause == w->v[i].clause && in(sc, k, act) && open >= 0) key = k;
        }
        if (key == NONE) continue;
        tone_hit(sc, "dismissive", "拒绝且不给出路（推诿）", i, key, key);
        return 0;
    }
    return 0;
}

/* 吵有什么用 / 喊也没用 / 着急也没用: the caller's complaint declared useless. */
int tone_no_use(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"吵喊闹骂吼催急着发嚷哭生投找");
    static const char *const fuss[] = { "吵", "喊", "闹", "骂", "吼", "催", "急", "着急", "发火", "嚷嚷", "嚷", "哭", "生气",
                                        "投诉", "找领导", NULL };
    static const char *const useless[] = { "有什么用", "有啥用", "有用吗", "也没用", "没用", "管用吗", "也白搭", "没有用",
                                           "也没有用", NULL };
    for (size_t i = find(sc, a, b, fuss); i < b; i = find(sc, i + 1, b, fuss)) {
        if (find(sc, a, i, &FIRST) < i) continue;   /* 我着急也没用: the agent's own */
        size_t k = tone_spells_any(sc, i + 1, b, useless);
        if (k < b) return tone_hit(sc, "dismissive", "打发客户（…也没用）", i, k, k);
    }
    return 0;
}

/* 回不回电我可保证不了 / 讲方言我可听不懂 / 慢就慢点呗: the agent's shrug, a cold 口头禅 (国家
 * 职业技能标准 3.1; 我们可以帮您处理 and 修不修得好说不准，我先帮您报修 go on to serve). */
int tone_shrug(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"我咱公本客呗");
    for (size_t i = find(sc, a, b, &FIRST); i + 1 < b; i = find(sc, i + 1, b, &FIRST)) {
        if (cs_words_help_after(sc->w, i)) return 0;
        size_t k = tone_is(sc, i + 1, "可") ? i + 2 : NONE;
        if (tone_is(sc, i + 1, "可不")) k = i + 1;   /* 可不 知道 */
        if (k >= b) continue;
        const char *w = tone_word(sc, k);
        int refuse = k == i + 1 || strncmp(w, "不", 3) == 0 || strncmp(w, "没", 3) == 0 || strstr(w, "不了") != NULL ||
                     strstr(w, "不懂") != NULL || tone_spells(sc, k, b, "保证不了") < b;
        if (refuse) return tone_hit(sc, "dismissive", "打发客户", i, k, k);
    }
    /* 慢就慢点呗 / 贵就贵点呗: the caller's complaint granted with a shrug */
    for (size_t i = a; i + 3 < b; i++)
        if (tone_is(sc, i + 1, "就") && strncmp(tone_word(sc, i + 2), tone_word(sc, i), strlen(tone_word(sc, i))) == 0 && tone_is(sc, b - 1, "呗"))
            return tone_hit(sc, "dismissive", "打发客户", i, b - 1, b - 1);
    return 0;
}

/* 核对好了再打来: the caller sent away to do their homework first (您核对好了告诉我 keeps them;
 * 准备好了再打来也可以 offers a choice) / 不想等您可以挂: the caller invited to hang up (不想等的话
 * 我可以稍后回电 goes on to serve) / 我这态度已经够好了: a complaint about the agent's attitude
 * answered by praising it (2.9 asks for an apology and improvement) / 拜拜了您嘞, 慢走不送: a
 * mocking farewell (§二(一) 1.4 结束语 is 感谢您的来电，再见). */
int tone_send_off(scan *sc, size_t a, size_t b, int question)
{
    int offer = find(sc, a, b, (list){ "可以", "也可以", "也行", "请", "方便", "欢迎", NULL }) < b;
    for (size_t i = a; i + 3 < b && !offer; i++)
        if (in(sc, i, (list){ "好", "清楚", "明白", "完", "好了", NULL }) && tone_spells_any(sc, i + 1, b, (list){ "了再打来", "了再打过来",
                "了再来电", "了再打电话", "了再问", "再打来", "再打过来", "再来电", NULL }) == b - 1)
            return tone_hit(sc, "lecture", "打发客户（先…再打来）", i, b - 1, i);
    size_t unwilling = find(sc, a, b, (list){ "不想", "等不了", "不愿意", "不乐意", "嫌慢", "等不及", NULL });
    size_t hang = unwilling < b ? find(sc, unwilling + 1, b, (list){ "挂", "挂了", "挂断", "挂掉", "挂机", NULL }) : NONE;
    if (hang < b && !cs_words_help_after(sc->w, hang) && find(sc, unwilling + 1, hang, &FIRST) == NONE)
        return tone_hit(sc, "dismissive", "打发客户", unwilling, hang, hang);
    size_t me = find(sc, a, b, &FIRST);
    size_t manner = me < b ? find(sc, me + 1, tone_upto(b, me + 3), (list){ "态度", "服务", "服务态度", NULL }) : NONE;
    size_t fine = manner < b ? find(sc, manner + 1, tone_upto(b, manner + 5), (list){ "够好", "很好", "挺好", "不错", "没问题", "好", NULL }) : NONE;
    if (fine < b && (!tone_is(sc, fine, "好") || (fine > manner + 1 && in(sc, fine - 1, (list){ "够", "很", "挺", "算", "已经够", NULL }))) &&
        find(sc, manner + 1, fine, (list){ "会", "要", "将", "更", "不", "没", NULL }) == NONE)
        return tone_hit(sc, "dismissive", "顶撞客户", me, fine, manner);
    size_t last = NONE;
    size_t bye = tone_spelled_in(sc, a, b, (list){ "拜拜了您嘞", "拜拜了您呐", "再见了您嘞", "再见了您呐", "慢走不送", NULL }, &last);
    if (bye < b) return tone_hit(sc, "sarcasm", "讽刺客户", bye, last, bye);
    /* a bare 您嘞 mocks too (得嘞您嘞), except after the older Beijing agent's apology or thanks it
     * closes (对不住您嘞, 劳驾您嘞: 2.1's apology said the counter's way) */
    bye = tone_spelled_in(sc, a, b, (list){ "您嘞", NULL }, &last);
    /* fp17: the mocking 您嘞 closes its clause (得嘞您嘞); one with a noun after it is the 您的 of
     * Henan/Shandong speech (您嘞献血证俺们寄过去了), the caller's thing named, no farewell */
    if (bye < b && last + 1 < b && !(last + 2 == b && in(sc, last + 1, (list){ "啊", "哈", "呢", "哎", "哦", NULL }))) bye = NONE;
    if (bye < b && find(sc, a, bye, (list){ "对不住", "对不起", "劳驾", "劳您驾", "辛苦", "麻烦", NULL }) == NONE)
        return tone_hit(sc, "sarcasm", "讽刺客户", bye, last, bye);
    return 0;
}

/* 您不满意可以不用 / 嫌贵就别买: take it or leave it, the caller's complaint answered with the door
 * (3.1; 2.9 asks for an apology and a remedy). 您不满意可以申请退款 offers a remedy. */
int tone_leave_it(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不嫌看受有觉");
    static const char *const complain[] = { "不满意", "嫌贵", "嫌麻烦", "嫌慢", "嫌", "看不惯", "受不了", "不爱用", "有意见",
                                            "觉得贵", "觉得不好", "不乐意", NULL };
    static const char *const leave[] = { "不用", "别用", "不办", "别办", "别买", "不买", "走人", "换1家", "换家", "换别家",
                                         "去别家", "找别家", "销户", "别来", "退了", "别要", "不要", "别装", "拉倒", NULL };
    size_t c = find(sc, a, b, complain);
    for (size_t i = a; c == NONE && i + 1 < b; i++)   /* 不 满意: the lexicon's cut */
        if (tone_is(sc, i, "不") && in(sc, i + 1, (list){ "满意", "喜欢", "乐意", NULL })) c = i + 1;
    if (c == NONE || find(sc, a, c, &FIRST) < c) return 0;   /* 我不满意 is the agent's own */
    /* 您要是不满意，可以不办: the door may stand in the next clause */
    size_t end = b;
    while (end < sc->w->n && sc->w->v[end].clause <= sc->w->v[b - 1].clause + 1) end++;
    if (find(sc, c + 1, end, (list){ "帮您", "为您", "给您", "申请", "反馈", "投诉", "抱歉", "复核", NULL }) < end) return 0;
    for (size_t i = c + 1; i < tone_upto(end, c + 6); i++) {
        size_t k = in(sc, i, leave) ? i : tone_spells_any(sc, i, end, leave);
        if (k < end) return tone_hit(sc, "dismissive", "打发客户（爱用不用）", c, k, i);
    }
    return 0;
}

/* fix15t: 合同上都写着，您看第三条 / 协议上写着呢，我给您指是哪一条: the written terms named down to their
 * clause, or read out or shown to the caller — the agent's word backed by the page, not the caller sent to
 * find the answer alone (贵阳 T-GSOCCIA 001—2020 §二(二) 2.7 explains what the rules say). */
static int clause_pointed(const scan *sc)
{
    char all[512];
    const char *r = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    static const char *const shown[] = { "哪1条", "哪一条", "哪条", "这1条", "这一条", "那1条", "那一条", "念给您", "读给您", "指给您",
                                         "给您指", "给您念", "给您读", "给您找", "给您翻", NULL };
    if (tone_holds(r, shown)) return 1;
    for (const char *p = strstr(r, "第"); p; p = strstr(p + 1, "第")) {
        static const char *const unit[] = { "条", "款", "页", "项", "章", NULL };
        for (size_t u = 0; unit[u]; u++) {
            const char *q = strstr(p, unit[u]);
            if (q && q - p <= 12) return 1;   /* 第 + up to three numerals */
        }
    }
    return 0;
}

/* 网上一搜就有 / 其实您自己在APP上就能查 / 说明书上都写着呢: the caller told the answer was theirs
 * to find, instead of being given it. A channel named, then 就 + can/have/know closing the clause
 * (or 都写着), with a word that makes it a brush-off (自己, 随便, 一查/一搜, 百度, 其实, 都); labelled
 * 推诿 so that help offered after it clears it (您在APP上就能办，我也可以现在帮您办). */
int tone_look_it_up(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"网百a官公短说小微上手合协客营门知");
    /* (都写着呢 ends in 呢 without asking anything: a statement) */
    if (question && !(tone_is(sc, b - 1, "呢") && find(sc, a, b, &WHAT_ANY) == NONE)) return 0;
    static const char *const channel[] = { "网上", "百度", "app", "官网", "公众号", "短信", "说明书", "小程序", "网站", "上网",
                                           "微信", "手机上", "网页", "官方网站", "说明", "合同", "协议",
                                           "公众" /* 公众号 is cut 公众 + 号 */, "客户端",
                                           /* lecture30: a notice the caller is sent back to (这些通知里都有写) */
                                           "通知", "公告", "须知", NULL };
    /* places that show notices: a notice on them is read there (营业厅门口都贴着的), but 都有 after
     * one is "every one has it" (各个营业厅都有), no brush-off */
    static const char *const board[] = { "营业厅", "门口", NULL };
    size_t ch = find(sc, a, b, channel), shown = find(sc, a, b, board);
    if (ch == NONE && shown == NONE) return 0;
    /* 说明书上都写着呢 / 这个网上都查得到的 / 官网上都能查到的 / 营业厅门口都贴着的: the answer said to be
     * there already (都), the clause ending on the verb of finding or showing it */
    static const char *const there[] = { "写", "写着", "有", "写了", "写得", "查", "查到", "查得到", "搜", "搜到", "搜得到",
                                         "看", "看到", "看得到", "找到", "找得到", "贴着", "贴了", "标着", "标了", "挂着", NULL };
    size_t from = ch < shown ? ch : shown;
    size_t all = find(sc, from + 1, tone_upto(b, from + 4), (list){ "都", NULL });
    size_t verb = all + 1 < b && in(sc, all + 1, (list){ "能", "可以", NULL }) ? all + 2 : all + 1;
    if (verb < b && in(sc, verb, there) && !(from == shown && ch == NONE && tone_is(sc, verb, "有"))) {
        size_t k = verb + 1;
        /* (写 after 有: 说明书上都有写, lecture30) */
        while (k < b && in(sc, k, (list){ "着", "呢", "了", "啊", "的", "很", "清楚", "明白", "得", "到", "得到", "清清楚楚",
                                          "明明白白", "写", NULL })) k++;
        /* keyed on 都: 写 is a verb of reported speech (他写着…), and 说明书 holds 2.6's part 说明 */
        if (k == b && !clause_pointed(sc)) return tone_hit(sc, "dismissive", "推诿（让客户自己查）", from, verb, all);
    }
    if (ch == NONE) return 0;
    size_t then = find(sc, ch + 1, b, (list){ "就", NULL });
    if (then + 1 >= b || b - then > 4) return 0;
    for (size_t k = then + 1; k < b; k++)
        if (!in(sc, k, (list){ "能", "可以", "有", "知道", "明白", "行", "查", "看", "查到", "看到", "找到", "搜到", "答案",
                               "办", "了", "啊", "的", "呢", "嘛", NULL }))
            return 0;
    static const char *const brushed[] = { "自己", "随便", "一查", "一搜", "一看", "百度", "其实", "一下", NULL };
    size_t mark = find(sc, a, then, brushed);
    for (size_t k = a; mark == NONE && k + 1 < then; k++)
        if (tone_is(sc, k, "1") && in(sc, k + 1, (list){ "查", "搜", "看", "翻", "找", NULL })) mark = k;
    if (mark == NONE) return 0;
    return tone_hit(sc, "dismissive", "推诿（让客户自己查）", mark, then, then);
}

/* 下次别问这种网上就能查到的问题了: the caller told not to ask such things (a question belittled) */
int tone_dont_ask(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"别不少");
    size_t no = find(sc, a, tone_upto(b, a + 3), &PROHIB);
    if (no + 2 < b && tone_is(sc, no + 1, "问") && in(sc, no + 2, (list){ "这种", "这些", "这样的", "这么", "这类", "那种", "这种事", NULL }))
        return tone_hit(sc, "dismissive", "打发客户", no, no + 2, no + 1);
    return 0;
}

/* 不想等可以不等 / 嫌慢可以不办 / 不愿意等您就挂了吧: waiting or the service left to the caller to
 * drop (not 不想等的话，我可以先帮您登记: a condition, with an offer) */
int tone_wait_or_leave(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不嫌");
    size_t unwilling = find(sc, a, b, (list){ "不想", "不愿意", "不愿", "嫌慢", "嫌", "嫌麻烦", "等不及", NULL });
    if (unwilling == NONE || find(sc, a, b, CONDITION) < b || tone_in_reply(sc, (list){ "帮您", "为您", "给您", "帮你", NULL })) return 0;
    for (size_t k = unwilling + 1; k + 1 < b; k++) {
        if (tone_is(sc, k, "可以") && in(sc, k + 1, (list){ "不", "不等", "不办", "不用", "挂", "挂了", "走", NULL }))
            return tone_hit(sc, "dismissive", "打发客户", unwilling, k + 1, k);
        if (tone_is(sc, k, "就") && in(sc, k + 1, (list){ "挂", "挂了", "别", "不", "别等", "别办", NULL }))
            return tone_hit(sc, "dismissive", "打发客户", unwilling, k + 1, k);
    }
    return 0;
}

/* 哦。 / 嗯。然后？ / 然后呢: a reply of fillers alone answers nothing (国家职业技能标准 3.1 不用口头禅;
 * the 2.x phrases answer in words: 好的，请您稍等). A lone 嗯 / 嗯嗯 may be the 应和 the standard asks
 * for (呼叫服务员职业标准(试行) 三(二)2 及时地给予应和), so only 哦 alone or a filler asking 然后 counts. */
int tone_fillers_only(scan *sc, size_t from, size_t to, int question)
{
    static const char *const filler[] = { "哦", "噢", "喔", "嗯", "嗯哼", "哦哦", "噢噢", "嗯嗯", "然后", "然后呢", "呢", "啊",
                                          "呃", "额", "哈", NULL };
    size_t n = sc->w->n;
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (!in(sc, i, filler)) return 0;
    size_t then = find(sc, 0, n, (list){ "然后", "然后呢", NULL });
    if (then < n) { tone_hit(sc, "impatient", "口头禅（然后呢）", 0, n - 1, then); return 0; }
    if (n == 1 && in(sc, 0, (list){ "哦", "噢", "喔", NULL })) tone_hit(sc, "dismissive", "口头禅（哦）", 0, 0, 0);
    return 0;
}

/* 过期了就是过期了 / 扣了就是扣了: the answer is the question said twice, a refusal that explains
 * nothing (2.7(2) refuses with a way on). */
int tone_tautology(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"就");
    for (size_t i = a + 1; i + 1 < b; i++) {
        if (!tone_is(sc, i, "就是")) continue;
        for (size_t k = 1; k <= 3 && k <= i - a && i + k < b; k++) {
            size_t same = 0;
            while (same < k && strcmp(tone_word(sc, i - k + same), tone_word(sc, i + 1 + same)) == 0) same++;
            if (same < k || in(sc, i - k, (list){ "就是", "是", "对", "嗯", NULL })) continue;
            if (i + 1 + k == b || (i + 2 + k == b && in(sc, b - 1, &TAIL)))
                return tone_hit(sc, "dismissive", "打发客户（X就是X）", i - k, i + k, i);
        }
    }
    return 0;
}

/* 谁卖给你的你找谁去 / 在哪买的去哪退: the caller sent back where they came from (推诿, 3.1). */
int tone_correlative_sendoff(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"谁哪");
    static const char *const who[] = { "谁", NULL };
    static const char *const where[] = { "哪", "哪里", "哪儿", "哪个", "哪家", NULL };
    static const char *const go[] = { "找", "问", "叫", "去", "回", "退", "找去", "问去", "让", NULL };
    size_t end = tone_next_clause_end(sc, b);
    for (int k = 0; k < 2; k++) {
        const char *const *q = k ? where : who;
        size_t first = find(sc, a, b, q);
        if (first == NONE) continue;
        size_t second = find(sc, first + 2, end, q);
        if (second < end && find(sc, first + 1, second, go) < second)
            return tone_hit(sc, "dismissive", "推诿（谁…找谁）", first, second, first);   /* key: the first 谁, before any 告诉 */
    }
    return 0;
}

/* 规定就是这样 / 系统就是这么设定的，你接受吧: the rule as the whole answer, with no way on
 * (2.7(2)). 流程是这样的：您先… explains. */
int tone_policy_shrug(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"规政制流系pP");
    static const char *const rule[] = { "规定", "政策", "制度", "流程", "系统", "规矩", "公司规定", "policy", "Policy", "POLICY", NULL };
    size_t r = find(sc, a, b, rule);
    if (r == NONE) return 0;
    size_t so = find(sc, r + 1, tone_upto(b, r + 3), (list){ "就是", "就", NULL });
    size_t like = so < b ? find(sc, so + 1, tone_upto(b, so + 3), (list){ "这样", "这么", "如此", "这个样", NULL }) : NONE;
    if (like == NONE || cs_words_help_after(sc->w, like)) return 0;
    if (find(sc, 0, sc->w->n, (list){ "抱歉", "不好意思", "建议", "可以", "帮您", "为您", NULL }) < sc->w->n) return 0;
    return tone_hit(sc, "dismissive", "打发客户（规定就是这样）", r, like, so);
}

/* 急也没用 / 你催也没用 / 生气也没用: the caller's feeling waved away (dismissal, §二(三)6; 2.12
 * answers it with 请您不要着急，我们会尽快处理). */
int tone_emotion_useless(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"用搭");
    static const char *const feel[] = { "急", "着急", "催", "生气", "发火", "闹", "吵", "骂", "哭", "喊", "投诉", "嚷", "吼", "急死",
                                        "发脾气", "催促", NULL };
    for (size_t f = find(sc, a, b, feel); f + 2 < b + 1 && f < b; f = find(sc, f + 1, b, feel)) {
        size_t also = find(sc, f + 1, tone_upto(b, f + 3), (list){ "也", "都", "再", "了也", NULL });
        if (also == NONE) continue;
        size_t last = NONE;
        size_t useless = tone_spelled_in(sc, also + 1, tone_upto(b, also + 4), (list){ "没用", "没有用", "没得用", "白搭", "不管用", "没啥用",
                                                                             "无用", "没什么用", "没得用的", NULL }, &last);
        if (useless < b) return tone_hit(sc, "dismissive", "打发客户（急也没用）", f, last, useless);
    }
    return 0;
}

/* 这有什么好生气的 / 有啥好急的 / 没什么可哭的: the caller's feeling declared needless, a dismissal
 * (贵阳 §二(二) 2.12 asks the agent to calm the caller: 请您不要着急; 国家职业技能标准 3.1). Not
 * 有什么好担心的 (reassurance: we have done it), not the agent's own feeling (我没什么好生气的). */
int tone_feeling_needless(scan *sc, size_t a, size_t b, int question)
{
    static const char *const open[] = { "有什么好", "有啥好", "没什么好", "没啥好", "有什么可", "有啥可", "没什么可",
                                        "没啥可", "有什么值得", "没什么值得", NULL };
    static const char *const feel[] = { "生气", "着急", "发火", "发脾气", "激动", "嚷嚷", "吵吵", "委屈", "计较", "折腾",
                                        "伤心", "难过", "气", "急", "闹", "哭", "喊", "嚷", "吵", "催", NULL };
    static const char *const tail[] = { "的", "啊", "呀", "嘛", "呢", "哦", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = tone_word(sc, i);
        if (strncmp(w, "有", 3) != 0 && strncmp(w, "没", 3) != 0) continue;
        char buf[64];
        const char *rest = tone_after_any(tone_joined(sc, i, b, buf, sizeof buf), open);
        if (!rest || !(rest = tone_after_any(rest, feel))) continue;
        if (*rest && !tone_after_any(rest, tail)) continue;
        if (find(sc, a, i, &FIRST) < i) continue;
        size_t last = tone_word_at_byte(sc, i, b, (size_t)(rest - buf));
        tone_hit(sc, "dismissive", "打发客户（有什么好生气的）", i, last, i);
        return 0;
    }
    return 0;
}

/* An offer of help after word i made by us: the offer word is 帮/替/为… itself or has 我/我们 before it
 * in its clause (该联系您的时候自然会联系 names no one who will, and is no offer). */
static int we_offer_after(scan *sc, size_t i)
{
    const cs_words *w = sc->w;
    for (size_t k = i + 1; k < w->n; k++) {
        if (!cs_words_offer(w, k)) continue;
        const char *v = w->v[k].w;
        if (strncmp(v, "帮", 3) == 0 || strncmp(v, "替", 3) == 0 || strncmp(v, "为", 3) == 0) return 1;
        for (size_t j = k; j-- > i + 1 && w->v[j].clause == w->v[k].clause;)
            if (in(sc, j, &FIRST)) return 1;
    }
    return 0;
}

/* 您天天打也没用 / 再问多少遍都一样 / 打几次电话都白打: the caller's calling or asking declared useless,
 * a dismissal (国家职业技能标准 3.1; 贵阳 §二(三) 6). Not the agent's own call (我打过去也没用), nor
 * with an apology or help after it (您现在打过去也没用，他们下班了，我明早帮您联系). */
int tone_calling_useless(scan *sc, size_t a, size_t b, int question)
{
    static const char *const verb[] = { "打电话", "打过来", "打过去", "打来", "打", "来电", "问", "催", NULL };
    /* longest first: after_any takes the first that fits */
    static const char *const count[] = { "多少次电话", "多少个电话", "几次电话", "几个电话", "多少次", "多少遍", "几次", "几遍",
                                         "再多次", "再多", "多少回", "几回", "电话", NULL };
    static const char *const same[] = { "也没有用", "也没什么用", "也没用", "也白打", "也白搭", "也是一样", "也一样", "也不管用",
                                        "都没有用", "都没用", "都白打", "都白搭", "都是一样", "都一样", "都不管用",
                                        /* the normal form writes 一 as 1 */
                                        "也是1样", "也1样", "都是1样", "都1样", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = tone_word(sc, i);
        if (strncmp(w, "打", 3) != 0 && strncmp(w, "来", 3) != 0 && strncmp(w, "问", 3) != 0 && strncmp(w, "催", 3) != 0)
            continue;
        char buf[64];
        const char *rest = tone_after_any(tone_joined(sc, i, b, buf, sizeof buf), verb);
        if (!rest) continue;
        const char *more = tone_after_any(rest, count);
        const char *end = tone_after_any(more ? more : rest, same);
        if (!end) continue;
        if (find(sc, a, i, &FIRST) < i || tone_in_reply(sc, APOLOGY) || we_offer_after(sc, i)) return 0;
        tone_hit(sc, "dismissive", "打发客户（打也没用）", i, tone_word_at_byte(sc, i, b, (size_t)(end - buf)), i);
        return 0;
    }
    return 0;
}

/* 口头禅: fillers said as a habit (那个那个…那个…那个, 就是说…就是说…就是说, 这个这个这个, 那啥，你那个，
 * 那啥, 这个这个，那啥，…), as the one judgement of tone_filler.c reads them. 呼叫服务员职业标准(试行)
 * 三、(一)2 and 国家职业技能标准 3.1 name 口头禅 beside 禁忌语: a habit of the mouth, so one hesitation
 * in a reply (这个这个，我先给您登记上) is a slip, no 禁忌语. Not 是不是 / 对不对 (three checks of
 * identity are three questions), not 嗯嗯 (an acknowledgement), not a filler the agent names. */
int tone_verbal_tic(scan *sc, size_t from, size_t to, int question)
{
    cs_filler_read r = tone_filler_read(sc, NULL);
    if (r.kind == CS_FILLER_HABIT) tone_hit(sc, "dismissive", "口头禅（口头语反复）", r.first, r.last, r.key);
    return 0;
}

/* ---- 禁忌语 as writers we never read type it: classes found on new writers' replies (3.1; 贵阳 §二(三)6) ---- */

/* 您不愿意等可以去别的医院 / 觉得不好可以不要来 / 嫌贵您可以不用我们的宽带 / 不满意可以换一家: the
 * caller's displeasure answered by showing them the door (打发客户; 贵阳
 * §二(三)6): the displeasure in this clause or the one before, then the caller sent away (去别家 / 换一家 /
 * 不要来 / 不用我们的). Not a recourse (不满意可以申请复核, 可以七天无理由退货) and not when help follows
 * (不想等也可以不用等，我们会短信通知您 - cs_words_help_after). */
int tone_leave_if_unhappy(scan *sc, size_t a, size_t b, int question)
{
    static const char *const unhappy[] = { "不满意", "不愿意", "不乐意", "不合理", "接受不了", "不能接受", "不接受",
        "不爽", "嫌", "嫌贵", "嫌慢", "嫌麻烦", "嫌弃", "不喜欢", "等不了", "等不及", "不想等", "受不了", "看不惯", NULL };
    size_t from = a;
    size_t ca;
    if (tone_clause_before(sc, a, &ca)) from = ca;
    size_t sad = find(sc, from, b, unhappy);
    if (sad == NONE) {   /* 不 愿意 / 不 满意 cut as two words */
        for (size_t k = from; k + 1 < b && sad == NONE; k++)
            if (in(sc, k, (list){ "不", "不太", NULL }) && in(sc, k + 1, (list){ "愿意", "乐意", "满意", "接受", "想", NULL })) sad = k + 1;
    }
    if (sad == NONE) {   /* 觉得不好 / 觉得贵 / 感觉太慢, or with what is judged between (觉得我们不好, 觉得这个贵) */
        size_t feel = find(sc, from, b, (list){ "觉得", "感觉", "认为", NULL });
        if (feel < b) sad = find(sc, feel + 1, tone_upto(b, feel + 4), (list){ "不好", "贵", "太贵", "不行", "麻烦", "太慢", "慢", "不值", "差", "太差", "不靠谱", NULL });
    }
    if (sad == NONE) return 0;
    size_t start = sad + 1 > a ? sad + 1 : a;
    for (size_t i = start; i + 1 < b; i++) {
        int away = 0;
        if (in(sc, i, (list){ "不要", "不用", "别", "甭", "不必", "用不着", NULL }) &&
            in(sc, i + 1, (list){ "买", "用", "来", "办", "要", "选", "订", "坐", "住", "存", "找", "打", NULL }))
            away = 1;
        if (in(sc, i, (list){ "去", "换", "找", "选", NULL }) &&
            find(sc, i + 1, tone_upto(b, i + 3), (list){ "别的", "别家", "别处", "其他家", "其它", "一家", "人家", "别人", NULL }) < b)
            away = 1;
        if (!away) continue;
        if (cs_words_help_after(sc->w, i + 1)) return 0;
        return tone_hit(sc, "dismissive", "打发客户", sad, i + 1, i);
    }
    return 0;
}

/* 要不您换个运营商好了 / 要不您去别家买吧 / 干脆换一家银行算了: the caller advised to take their custom
 * to a rival, the door shown without a word of displeasure (打发客户; 贵阳
 * §二(三)6). A suggestion frame (要不 / 干脆 / 大不了 / 实在不行, or 好了 / 算了 closing) is required:
 * 您要不要换个套餐 asks, 我帮您换个快递公司发货 is our help (我/帮您 before it, or help after). */
int tone_leave_for_rival(scan *sc, size_t a, size_t b, int question)
{
    static const char *const rival[] = { "运营商", "银行", "公司", "平台", "快递", "商家", "店", "网店", "医院",
        "品牌", "航空公司", "保险公司", "家", "别家", "一家", "1家", "别处", "地方", "酒店", NULL };
    int frame = find(sc, a, b, (list){ "要不", "要不然", "干脆", "大不了", "实在不行", "不行就", NULL }) < b ||
                in(sc, b - 1, (list){ "好了", "算了", NULL }) ||
                (b - a >= 2 && in(sc, b - 1, (list){ "了", NULL }) && in(sc, b - 2, (list){ "好", "算", NULL })) ||
                (b > a && find(sc, a, b, (list){ "要", NULL }) < b && in(sc, b - 1, (list){ "吧", NULL }) && find(sc, a, b, (list){ "不", NULL }) < b);
    if (!frame || find(sc, a, b, (list){ "帮", "帮您", "帮你", "为您", "给您", "替您", NULL }) < b) return 0;
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, (list){ "换", "去", "找", "换成", NULL })) continue;
        size_t r = find(sc, i + 1, tone_upto(b, i + 4), rival);
        if (r >= b) continue;
        if (!in(sc, r, (list){ "别家", "一家", "1家", "别处", NULL }) &&
            find(sc, i + 1, r, (list){ "个", "一家", "别的", "其他", "其它", "另一家", "别家", "家", "1个", "1家", "1", NULL }) >= r) continue;
        if (find(sc, a, i, &FIRST) < i || cs_words_help_after(sc->w, r)) return 0;
        return tone_hit(sc, "dismissive", "打发客户", i, r, i);
    }
    return 0;
}

/* 交钱就好了呗 / 重启一下不就行了呗: the caller's trouble waved off as obvious, 呗 closing a 就… (a shrug,
 * 打发客户, 贵阳 §二(三)6; 三(一)2 口头禅). */
int tone_shrug_bei(scan *sc, size_t a, size_t b, int question)
{
    if (b - a < 3 || !tone_is(sc, b - 1, "呗")) return 0;
    size_t just = find(sc, a, b - 1, (list){ "就", "不就", NULL });
    if (just >= b - 1) return 0;
    if (find(sc, just + 1, b - 1, (list){ "好", "行", "完", "得", "是", "可以", "成", "完事", "得了", "行了", "好了", NULL }) >= b - 1) return 0;
    return tone_hit(sc, "dismissive", "打发客户", just, b - 1, just);
}

/* 您慢慢想，想好了再说，我先挂了 / 你先冷静一下，冷静好了再打来: the caller sent off to think or calm
 * down while the agent hangs up (打发客户, 贵阳 §二(三)6). The standard's
 * own close (如果您没有其他业务…我就先挂了，再见) has no such errand; a callback after spares it. */
int tone_think_and_hang_up(scan *sc, size_t a, size_t b, int question)
{
    const cs_words *w = sc->w;
    size_t think = NONE, hang = NONE;
    for (size_t k = 0; k < w->n; k++) {
        if (think == NONE && (in(sc, k, (list){ "想好", "想清楚", "考虑好", "考虑清楚", "冷静", "冷静下来", "想明白", "冷静好", NULL }) ||
                              (k + 1 < w->n && in(sc, k, (list){ "想", "考虑", NULL }) && in(sc, k + 1, (list){ "好", "清楚", "明白", NULL }))))
            think = k;
        if (think != NONE && hang == NONE && k > think && in(sc, k, (list){ "挂", "挂了", "先挂了", "挂啦", "挂断", "先挂", NULL }))
            hang = k;
    }
    if (think == NONE || hang == NONE) return 0;
    if (find(sc, 0, w->n, (list){ "业务", "回电", "回拨", "打给您", "联系您", NULL }) < w->n) return 0;
    return tone_hit(sc, "dismissive", "打发客户", think, hang, hang);
}

/* ---- 禁忌语 in the wording of newer writers, by class (own sentences: tests/data/tone_more/fixtb9.tsv) ---- */

/* 公司有公司的制度 / 医院有医院的规矩 / 咱单位有单位的章程: the rule's mere existence as the answer, 打官腔
 * (贵阳 T-GSOCCIA 001—2020 §二(三)6; 2.7(2) says no with a way on). X 有 X
 * 的 + a rule word, and no help or way on after it (每个地区有每个地区的政策，我帮您查一下您那边的 helps). */
int tone_own_rules(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"有");
    static const char *const rule[] = { "规矩", "规定", "制度", "章程", "流程", "程序", "原则", "规章", "纪律", "要求", "难处",
                                        "办法", "政策", "规章制度", NULL };
    for (size_t i = a; i + 4 < b; i++) {
        if (!tone_is(sc, i + 1, "有") || strcmp(tone_word(sc, i), tone_word(sc, i + 2)) != 0 || !tone_is(sc, i + 3, "的")) continue;
        if (!in(sc, i + 4, rule) || in(sc, i, &SECOND) || cs_words_help_after(sc->w, i + 4)) continue;
        if (tone_in_reply(sc, (list){ "建议", "可以", "帮您", "为您", "抱歉", NULL })) return 0;
        return tone_hit(sc, "dismissive", "打官腔（X有X的规定）", i, i + 4, i + 4);
    }
    return 0;
}

/* 我们这里不是派出所 / 这是客服热线，不是聊天室 / 我们这不是心理咨询中心: the caller told where they are not,
 * and nothing about where to go, a brush-off (贵阳 T-GSOCCIA 001—2020
 * §二(三)6; 2.7(2) says what is out of scope with 请您通过其他方式查询). Here (我们这里, 这儿, 这是X) is
 * not a short noun ending its clause, and the reply shows no way on (我们这里不是营业厅，您可以拨打…, 请
 * 尽快就医 point the way). Not 我们这不是第一次出现这个故障了 (no place named), not a question. */
/* 这里不是出口，出口在东门 / 我们这边不是营业厅，营业厅的电话是…: the place named after 不是 (words
 * [from, to)) named again after the clause with where it is or how to reach it — a direction, no
 * brush-off (not 派出所的事找派出所去, which sends the caller off with nothing). */
static int place_named_again(scan *sc, size_t from, size_t to, size_t b)
{
    static const char *const where[] = { "在", "就在", "位于", "地址", "电话", "号码", NULL };
    for (size_t k = b; k + 1 < sc->w->n; k++)
        for (size_t j = from; j < to; j++)
            if (strcmp(tone_word(sc, k), tone_word(sc, j)) == 0 &&
                (in(sc, k + 1, where) || (k + 2 < sc->w->n && tone_is(sc, k + 1, "的") && in(sc, k + 2, where))))
                return 1;
    return 0;
}

int tone_not_here(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"不");
    if (question) return 0;
    size_t no = find(sc, a, b, (list){ "不是", "可不是", "并不是", NULL });
    if (no == NONE) return 0;
    /* 这不是死机，重新登录就行 (fpprobe): a thing's breakdown denied, no place named (words.h) */
    if (cs_words_breakdown_clause(sc->w, sc->w->v[no].clause)) return 0;
    size_t end = b;
    while (end > no + 1 && in(sc, end - 1, &TAIL)) end--;
    /* 不是讨价还价的地方: a place for something, named in up to five words */
    int place = end - no <= 6 && in(sc, end - 1, (list){ "地方", "场所", "场合", NULL }) && tone_is(sc, end - 2, "的");
    if (end - no < 2 || (end - no > 3 && !place)) return 0;
    for (size_t k = no + 1; k < (place ? end - 2 : end); k++)
        if ((!place && in(sc, k, &SECOND)) || in(sc, k, &FIRST) || in(sc, k, &NEG) || strstr(tone_word(sc, k), "第") ||
            in(sc, k, (list){ "的", "了", "这样", "那样", "这个", "那个", "故意", "真的", "1定", NULL }))
            return 0;
    /* fix15t: 这不是巧合，两回都坏在同一处 — chance denied (the fault admitted as a pattern), no place named */
    if (find(sc, no + 1, end, (list){ "巧合", "偶然", "碰巧", "凑巧", "意外", "个例", "偶发", "运气", NULL }) < end) return 0;
    /* 您放心，这不是诈骗电话: the call itself vouched for (a 回访 or notice the caller may doubt), no place */
    if (find(sc, no + 1, end, (list){ "诈骗", "骗子", "骗局", "推销", "广告", "骚扰", "假冒", "钓鱼", "诈骗电话", "骚扰电话",
                                      "推销电话", "广告电话", NULL }) < end)
        return 0;
    static const char *const here[] = { "这里", "这儿", "这", "这边", "我们这里", "我们这儿", "本热线", "本中心", NULL };
    int at_here = find(sc, no > a + 2 ? no - 2 : a, no, here) < no;
    size_t ca = 0;
    /* 这是客服热线，不是聊天室: the clause before says what this is */
    if (!at_here && no == a && tone_clause_before(sc, a, &ca) && ca + 1 < a && tone_is(sc, ca, "这") && tone_is(sc, ca + 1, "是"))
        at_here = 1;
    if (!at_here || place_named_again(sc, no + 1, end, b)) return 0;
    for (size_t k = 0; k < sc->w->n; k++)
        if (cs_words_offer(sc->w, k) || in(sc, k, (list){ "可以", "建议", "请您", "请", "拨打", "转接", "联系", "就医", "报警", "前往",
                                                           "咨询", NULL }))
            return 0;
    return tone_hit(sc, "dismissive", "打发客户（我们这里不是…）", no, end - 1, no);
}

/* Does the reply offer the caller any help of the agent's own (我帮您查, 发您链接, 我先给您讲一遍,
 * 有不清楚的随时打给我们)? Then a channel named is a second way, not a brush-off. */
static int offers_own_help(scan *sc)
{
    /* 我教您 / 需要我帮您吗 / 也能查到 cut into single words: the agent, then a verb of helping */
    for (size_t i = 0; i + 1 < sc->w->n; i++) {
        if (tone_is(sc, i, "也") && in(sc, i + 1, (list){ "能", "可以", NULL })) return 1;
        if (!in(sc, i, (list){ "我", "我们", NULL })) continue;
        for (size_t k = i + 1; k < tone_upto(sc->w->n, i + 3); k++)
            if (in(sc, k, (list){ "帮", "教", "给", "发", "带", "陪", "替", "为", "告诉", "来", NULL })) return 1;
    }
    return tone_in_reply(sc, (list){ "帮您", "帮你", "给您", "给你", "为您", "为你", "发您", "发你", "我先", "我来", "链接", "带您",
                                     "陪您", "一起", "随时", "我帮", "我给", "我发", "我这边", "也可以", "发给您", "告诉您", "我马上",
                                     /* 您在APP上也能查到，需要我教您吗: another way, and the agent's offer */
                                     "也能", "教您", "教你", "我教", "需要我", "要不要我", NULL });
}

/* 你自己百度一下就知道了 / 建议您去问问度娘 / 说明书上写得清清楚楚，您去翻翻 / App里面都有，自个儿看去
 * / 自己上小红书查一查: the caller sent to search or read it up themself instead of being answered,
 * a brush-off (推诿; 贵阳 T-GSOCCIA 001—2020 §二(三)6). A source (a search
 * engine, an app or site, a manual, social media) named in the clause or the one before, and a verb
 * of searching or reading the caller is to do (自己 / 自个儿 / 去 before it, or 就知道 / 就有 after
 * it). Not when the agent helps too (我帮您查, 我把链接发您, 有问题随时打给我们), not a question. */
int tone_go_search(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    static const char *const source[] = { "百度", "度娘", "谷歌", "google", "小红书", "抖音", "知乎", "网上", "上网", "官网", "app",
                                          "faq", "说明书", "帮助中心", "攻略", "百科", "网页", "搜索引擎", "微博", "b站", "手册",
                                          "公众号", "小程序", "网站", "官方网站", NULL };
    static const char *const look[] = { "搜", "搜搜", "搜索", "查", "查查", "翻", "翻翻", "看", "看看", "问问", "问", "百度",
                                        "读", "找", "找找", "search", "read", "google", "瞅瞅", "瞧瞧", "翻一翻", "查一查", "搜一搜",
                                        "看一看", NULL };
    static const char *const self[] = { "自己", "自个儿", "自行", "亲自", "去", "您去", "你去", "自己去", NULL };
    size_t prev = 0;
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        /* (…去问问度娘呢 ends in 呢 without asking anything: a statement) */
        int asks = w->question[w->v[a].clause] &&
                   !(tone_is(sc, b - 1, "呢") && find(sc, a, b, &WHAT_ANY) == NONE && find(sc, a, b, (list){ "吗", NULL }) == NONE);
        size_t v = asks ? NONE : find(sc, a, b, look);
        if (v != NONE) {
            size_t src = find(sc, prev, b, source);
            if (src == NONE) src = tone_spelled_in(sc, prev, b, (list){ "度娘", "小红书", "小红", "帮助中心", "说明书", NULL }, &(size_t){ 0 });
            if (src != NONE && v != NONE && find(sc, a, b, (list){ "的话", "如果", "我", "我们", "不用", "不必", "无需", NULL }) == NONE) {
                /* 就知道 / 就行 after the verb: the answer is the caller's to find (网上一搜就有很多诈骗电话 says
                 * what is there: 有 is not one) */
                int told = find(sc, a, v, self) < v || find(sc, v + 1, b, self) < b;
                for (size_t k = v + 1; !told && k < tone_upto(b, v + 5); k++)
                    told = in(sc, k, (list){ "就", NULL }) && k + 1 < b && in(sc, k + 1, (list){ "知道", "行", "可以", "能", "清楚", "明白",
                                                                                               "找到", "查到", "看到", NULL });
                if (told) return offers_own_help(sc) ? 0 : tone_hit(sc, "dismissive", "推诿（让客户自己去查）", src < v ? src : v, v, v);
            }
        }
        prev = a;
        a = b;
    }
    return 0;
}

/* 您这种情况我见多了 / 你们这种客户我们见得多了 / 像您这样的我见过太多了: the caller's matter or the caller
 * filed as one of many the agent is tired of, a brush-off (国家职业技能标准 3.1 不用禁忌语; 贵阳 §二(三) 6
 * 注意通话语气和态度); 禁忌语, no insult: no demeaning word (tests/data/eval/README.md "How a label is
 * decided": 你们这种客户我见多了 is condescension; 你这种没素质的人 is an insult, read by tone_insult.c).
 * The agent's 见多了 after 你/您 and 这种 / 这样 / 这号 in the same clause, or in the clause before
 * (您这种情况，我们见多了). 您这种情况很常见，我马上帮您处理 names no weariness. (helper fixin11) */
int tone_seen_it_all(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"见");
    static const char *const seen[] = { "见多了", "见得多了", "见多", "见得多", "见过太多", "见太多", "见怪不怪", NULL };
    size_t last;
    size_t s = tone_spelled_in(sc, a, b, seen, &last);
    if (s == NONE) return 0;
    size_t from = a, ca;
    if (tone_clause_before(sc, a, &ca)) from = ca;   /* 您这种情况，我们见多了 */
    size_t who = find(sc, from, s, &SECOND);
    if (who == NONE) return 0;
    if (find(sc, who + 1, s, (list){ "这种", "这样", "这号", "这类", "这样的", "这种的", NULL }) == NONE) return 0;
    if (tone_denied_between(sc, who, s)) return 0;
    return tone_hit(sc, "dismissive", "轻视客户（见多了）", who, last, s);
}

/* 您呐，甭再拨了 / 莫再打来了哈 / 覅再打了 / 转过去就别再转回来了 / 以后少打两个电话: the caller told not
 * to ring (or be put through) again, in every region's prohibition (甭 north, 莫 south-west, 覅 Wu), as
 * a tail on a correct close or transfer: a send-off, not the phrase (贵阳 T-GSOCCIA 001—2020 §二(三) 6;
 * §二(一) 1.4 closes with thanks and good wishes). 您甭再拨了，我们会主动联系您 (甭 as 不用, with our call
 * back promised anywhere in the reply) reassures; 欢迎再打过来 invites. */
int tone_no_more_calls(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"甭别要莫覅少");
    static const char *const stems[] = {
        "甭再拨", "甭拨了", "甭再打", "甭打了", "甭再来电", "甭再转回来", "别再拨", "别拨了", "别再转回来", "别转回来",
        "不要再拨", "不要再转回来", "不要再打来", "不要再打过来", "不要再来电", "别再打来", "别再打过来", "别再来电",
        "莫再打", "莫再拨", "莫打来", "莫打过来", "莫再来电", "覅再打", "覅再拨", "覅打来", "少打两个电话", "少打几个电话",
        "少打点电话", "少打电话", "少来电",
        /* the caller's calls counted against them (不要一直打电话 / 别老打过来催; fixtb16) */
        "不要1直打", "别1直打", "不要老打", "别老打", "不要总打", "别总打", "不要天天打", "别天天打", "不要反复打", "别反复打",
        "不要老是打", "别老是打", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    const char *p = NULL;
    for (const char *const *st = stems; *st && !p; st++) p = strstr(s, *st);
    if (!p) return 0;
    static const char *const back[] = { "回电", "回您电话", "联系您", "联系你", "通知您", "通知你", "给您回", "给你回", "回复您",
                                        "回复你", "打给您", "打给你", NULL };
    char all[512];
    const char *r = tone_joined(sc, 0, sc->w->n, all, sizeof all);
    for (const char *const *k = back; *k; k++)
        if (strstr(r, *k)) return 0;
    size_t first = tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
    return tone_hit(sc, "dismissive", "打发客户（别再打来）", first, b - 1, first);
}
