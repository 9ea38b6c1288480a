/* Impatience: hurrying the caller (你能不能痛快点, 你到底想怎样), holding repeats against them
 * (我都说了好几遍了), cutting them short (长话短说, 说重点), a penalty for pressing (再催就更慢)
 * and other callers held over them (后面还有一堆客户在排队) (呼叫服务员职业标准(试行) 五级 三(一)2
 * (不用禁忌语及口头禅), 呼叫服务员职业标准(试行) 三(一)2 (不用禁忌语) and 贵阳 T-GSOCCIA 001—2020
 * §二(三)6 (注意通话语气和态度)). Questions the agent asks in order to help
 * (我想确认一下，您到底是哪天…) and repeats granted (您问几遍都没关系) are left alone. */
#include "tone_scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 我想确认一下，您到底是哪天… / 为了帮您核实，…到底…: 到底 in a question whose purpose the agent
 * states (checking, to help) in its clause or the one before, a clarifying question as 2.3 asks
 * (neutral 到底). */
static int asks_to_check(scan *sc, size_t a, size_t b)
{
    size_t pa = a;
    while (pa > 0 && sc->w->v[pa - 1].clause + 1 >= sc->w->v[a].clause) pa--;
    return find(sc, pa, b, (list){ "确认", "核实", "核对", "了解", "想问", "麻烦", "方便", "回忆", "为了", "帮您", "为您", NULL }) < b;
}

/* 您到底是哪天办的卡呢？/ 您到底是几号停的水？: 到底 before a question for a date, an amount or which
 * one, a fact the agent needs (2.3 asks to clarify), not 您到底要干什么 demanding the caller's
 * intent (neutral 到底). */
static int asks_fact(scan *sc, size_t daodi, size_t b)
{
    size_t k = daodi + 1;
    if (k < b && tone_is(sc, k, "是")) k++;
    return k < b && tone_spells_any(sc, k, b, (list){ "哪天", "哪一天", "几号", "几点", "多少", "什么时候", "几月", "哪年", "哪一年", "哪个月",
                                                 "哪里", "哪儿", "哪一笔", "哪笔", "哪张", "哪一张", "哪家", "哪一家", "哪位", "几时", "多久",
                                                 "哪1天", "哪1笔", "哪1张", "哪1家", "哪1年", NULL }) < b;
}

/* 您刚才说过的地址 / 我刚才讲过的那个方案: the words said earlier named as a thing (说过 + 的 + a
 * noun), to check or correct it, not held against the caller. Not 这个我刚才说过的 (的 closing
 * the clause: "as I said") nor 我刚才说过的你都没听 (the caller after 的: a reproach). */
static int said_names_thing(scan *sc, size_t i, size_t b)
{
    size_t de = i + 1 < b && in(sc, i + 1, &DONE) ? i + 2 : i + 1;   /* 说|过|的 as the lexicon cuts it */
    return de + 1 < b && tone_is(sc, de, "的") && !in(sc, de + 1, &SECOND) && !in(sc, de + 1, (list){ "啊", "呀", "嘛", "呢", "吧", NULL });
}

/* (taboo34) 已经通知保安去楼上提醒了 / 已经安排师傅去跟物业说了 / 我们已经派人去通知了: someone sent by us to do the
 * telling (a verb of sending between ALREADY at a and the speech verb at v, its object no caller) — work done for the
 * caller, reported, not words held against them (我已经叫你说清楚了 names the caller and still counts). */
static int sent_to_tell(scan *sc, size_t a, size_t v)
{
    static const char *const send[] = { "通知", "安排", "派", "派了", "叫", "让", "请", "联系", "交代", "嘱咐", NULL };
    for (size_t k = a + 1; k < v; k++)
        if (in(sc, k, send) && !in(sc, k + 1, &SECOND) &&
            !in(sc, k + 1, (list){ "您们", "你们", "您老", "您老人家", NULL }))
            return 1;
    return 0;
}

/* 我们已经跟快递公司强调过好几遍了 / 已经向厂家反映过了: the telling done to a third party named after
 * 跟 / 向 … just before the verb at v — work done for the caller, not words held against them. */
static int told_third_party(scan *sc, size_t a, size_t v)
{
    for (size_t k = v > a + 3 ? v - 3 : a; k + 1 < v; k++)
        if (in(sc, k, (list){ "跟", "和", "向", "对", "同", "给", NULL }) && !in(sc, k + 1, &SECOND) &&
            !in(sc, k + 1, (list){ "您们", "你们", "您老", "您老人家", NULL }))
            return 1;
    return sent_to_tell(sc, a, v);
}

/* 之前我已经给您解释过一遍了，我再详细说说 / 怕您没记清，我再讲一次: the agent offering, after i, to
 * explain again (贵阳 T-GSOCCIA §二(二) 2.6, the explanation not clear to the caller): 我 (or 给您/跟您)
 * with 再 or 重新 before a word of speech, no refusal in its clause (我不想再说了, 别让我再讲). */
static int explains_again(scan *sc, size_t i)
{
    static const char *const again[] = { "再", "重新", "再给", "再跟", "再为", NULL };
    static const char *const refuse[] = { "不", "不想", "不会", "不要", "不用", "别", "没", "没必要", "懒得", "不再", "不能", "最后", "最后1遍", "最后一遍", NULL };
    for (size_t k = i + 1; k < sc->w->n; k++) {
        int lead = in(sc, k, again) || (strncmp(tone_word(sc, k), "再", strlen("再")) == 0 && strstr(tone_word(sc, k), "说"));
        if (!lead) continue;
        size_t c0 = k;
        while (c0 > i + 1 && sc->w->v[c0 - 1].clause == sc->w->v[k].clause) c0--;
        if (find(sc, c0, k, refuse) < k) continue;
        int me = find(sc, c0, k, &FIRST) < k || (k + 1 < sc->w->n && in(sc, k + 1, (list){ "给您", "跟您", "为您", "给你", "跟你", NULL }));
        size_t end = tone_upto(sc->w->n, k + 5);
        int say = strstr(tone_word(sc, k), "说") != NULL;
        for (size_t j = k + 1; j < end && sc->w->v[j].clause == sc->w->v[k].clause && !say; j++)
            say = in(sc, j, &SAY) || strstr(tone_word(sc, j), "说") || strstr(tone_word(sc, j), "讲") || strstr(tone_word(sc, j), "解释") ||
                  strstr(tone_word(sc, j), "介绍");
        if (me && say) return 1;
    }
    return 0;
}

/* 我刚才已经讲了 / 我都说了好几遍了: the words said before held against the caller (ALREADY before
 * a speech verb, its 过/了 or 说得很清楚) — split from the count below because a slip, a list of
 * steps or a recap of the caller's words each excuse it. */
static int said_before(scan *sc, size_t a, size_t b, size_t i)
{
    size_t lead = find(sc, a, i, &ALREADY);
    /* 说得很清楚 (not 说得不够清楚: the agent owning an unclear answer) */
    size_t clear = i + 2 < b && tone_is(sc, i + 1, "得") ? find(sc, i + 2, tone_upto(b, i + 4), (list){ "清楚", "明白", "很清楚", NULL }) : NONE;
    int done = (i + 1 < b && in(sc, i + 1, &DONE)) || strstr(tone_word(sc, i), "过") != NULL ||
               (clear < b && find(sc, i + 2, clear, (list){ "不够", "不", "不太", "没", "没有", "不是很", NULL }) == NONE);
    done = done && !said_names_thing(sc, i, b);
    /* 我刚才说了句废话 / 我刚才说错了: the agent owning a slip, not holding the words against the caller */
    int own_slip = find(sc, i, tone_upto(b, i + 5), (list){ "废话", "错话", "错", "错了", "说错", "说错了", "讲错", "讲错了",
                                                       "没用", "没用的", "1堆", "一堆", "半天", NULL }) < b;
    /* taboo32: 我刚才确实漏说了一个步骤 / 刚才少讲了一个材料 / 我刚才说漏了: the agent owning an omission of their own
     * (贵阳 §二(二) 2.14 in spirit: a slip put right), a word of leaving out right before or after the speech verb */
    own_slip = own_slip || (i > a && in(sc, i - 1, (list){ "漏", "少", "忘", "忘了", "落", "忘记", NULL })) ||
               (i + 1 < b && in(sc, i + 1, (list){ "漏", "漏了", "少了", NULL }));
    /* 刚才我说了三个步骤，您先做第一个: the agent's own instructions counted to go on with them,
     * not the words held against the caller */
    const char *n2 = i + 2 < b ? tone_word(sc, i + 2) : "";
    int counted = (n2[0] >= '2' && n2[0] <= '9') || strncmp(n2, "两", strlen("两")) == 0;
    int listed = counted && ((i + 3 < b && in(sc, i + 3, (list){ "个", "条", "点", "步", "种", "项", "件", "个步骤", "步骤", NULL })) ||
                             strstr(n2, "个") || strstr(n2, "条") || strstr(n2, "点") || strstr(n2, "种") || strstr(n2, "步"));
    if (lead < i && done && !own_slip && !listed && !tone_recaps_caller(sc, a, i, b) && !told_third_party(sc, lead, i) && !explains_again(sc, i) &&
        !cs_words_third_party_said(sc->w, lead) /* fix15t: 质检部门已经说了是… */) return tone_hit(sc, "impatient", "不耐烦（已经说过）", lead, i + (i + 1 < b), i);
    return TONE_GO_ON;
}

/* 我都解释三遍了: the speech at i counted. The count is the key: 解释 may be 2.6's own part
 * (我再给您解释一遍), a count of past explanations never is. */
static int said_many_times(scan *sc, size_t a, size_t b, size_t i)
{
    if (told_third_party(sc, a, i)) return TONE_GO_ON;
    for (size_t k = i + 1; k < tone_upto(b, i + 4); k++) {
        if (tone_many_times(sc, a, k)) return tone_hit(sc, "impatient", "不耐烦（说了几遍）", i, k, k);
        /* the count counts the speech itself (说了两次), not another verb after it (重复扣了两次) */
        if (!in(sc, k, &DONE) && !(tone_word(sc, k)[0] >= '0' && tone_word(sc, k)[0] <= '9') &&
            !in(sc, k, (list){ "多少", "几", "好几", "好", "无数", "这么多", "那么多", "两", "第", "都", "不下", "至少", "快", NULL }))
            break;
    }
    return TONE_GO_ON;
}

/* Each speech verb of the clause in turn, asked both ways before the next one: the first verb
 * that decides names the hit. */
static int held_repeats(scan *sc, size_t a, size_t b, size_t who)
{
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, &SAY)) continue;
        int r = said_before(sc, a, b, i);
        if (r == TONE_GO_ON) r = said_many_times(sc, a, b, i);
        if (r != TONE_GO_ON) return r;
    }
    return TONE_GO_ON;
}

/* 您到底要办什么 / 您又有什么事啊 / 你听我说完行不行 / 你也不用这么大声吧 / 你怎么这么多问题:
 * demands on the caller that all hang on 你/您 near the start, asked in this order. */
static int demands_of_caller(scan *sc, size_t a, size_t b, size_t who)
{
    static const char *const label = "不耐烦";
    if (who >= b) return TONE_GO_ON;
    size_t daodi = find(sc, who + 1, tone_upto(b, who + 3), &DAODI);
    /* 帮您跟进到底 / 为您负责到底: 到底 after a verb is "to the end", a promise (3.1 allows it):
     * only 您到底 / 您还到底 is the impatient demand */
    if (daodi < b && daodi > who + 1 && !in(sc, daodi - 1, (list){ "还", "又", "是", "们", NULL })) daodi = NONE;
    if (daodi < tone_upto(b, who + 3) && find(sc, a, b, PLEASE) == NONE && !asks_to_check(sc, a, b) && !asks_fact(sc, daodi, b))   /* 请问您到底是哪天… asks */
        return tone_hit(sc, "impatient", "不耐烦（到底）", who, daodi, daodi);
    size_t again = find(sc, who + 1, tone_upto(b, who + 3), (list){ "又", NULL });
    size_t what = again < b ? find(sc, again + 1, tone_upto(b, again + 4), (list){ "事", "事情", "事儿", NULL }) : NONE;
    if (what < b) return tone_hit(sc, "impatient", label, who, what, again);
    size_t me = find(sc, who + 1, tone_upto(b, who + 3), (list){ "听", "让", NULL });
    if (me + 1 < b && tone_is(sc, me + 1, "我") && in(sc, b - 1, &DEMAND)) return tone_hit(sc, "impatient", label, who, b - 1, b - 1);
    size_t no_need = find(sc, a, b, &NO_NEED);
    if (no_need + 1 < b && tone_is(sc, no_need + 1, "这么")) return tone_hit(sc, "impatient", label, no_need, no_need + 1, no_need);
    size_t how = find(sc, who + 1, tone_upto(b, who + 3), (list){ "怎么", NULL });
    if (how + 1 < b && in(sc, how + 1, (list){ "这么", "那么", NULL }) && find(sc, how + 2, tone_upto(b, how + 4), (list){ "多", "烦", "啰嗦", "问题", "事", NULL }) < b)
        return tone_hit(sc, "impatient", label, who, how + 1, how);
    return TONE_GO_ON;
}

/* 你要问几次 / 您问了多少遍了: the caller's repeated questions counted, which 您问几遍都没关系
 * turns into patience (the repeats granted). */
static int counts_questions(scan *sc, size_t a, size_t b, size_t who)
{
    if (who >= b) return TONE_GO_ON;
    size_t ask = find(sc, who + 1, tone_upto(b, who + 4), (list){ "问", "问了", "问过", NULL });
    int granted = ask < b && find(sc, ask + 1, tone_upto(b, ask + 6), (list){ "没关系", "都没关系", "也没关系", "都可以", "也可以",
                                                                          "都行", "也行", "没问题", "不要紧", "都不要紧", NULL }) < b;
    for (size_t k = ask + 1; ask < b && !granted && k < tone_upto(b, ask + 4); k++)
        if (tone_many_times(sc, a, k)) return tone_hit(sc, "impatient", "不耐烦（问了几遍）", who, k, ask);
    return TONE_GO_ON;
}

/* 你能不能痛快点: hurrying the caller; 快点 alone is hurry only without a courtesy word
 * (请您能不能快点 asks). */
static int asks_faster(scan *sc, size_t a, size_t b, size_t who)
{
    if (who >= b) return TONE_GO_ON;
    size_t can = find(sc, who + 1, tone_upto(b, who + 4), (list){ "能不能", "不能", "可不可以", "就不能", "能否", NULL });
    size_t fast = can < b ? find(sc, can + 1, tone_upto(b, can + 4),
                                 (list){ "痛快点", "痛快", "利索点", "利索", "爽快点", "爽快", "快点", "快一点", NULL }) : NONE;
    if (fast < b && (!in(sc, fast, (list){ "快点", "快一点", NULL }) ||
                     find(sc, a, b, (list){ "请", "麻烦", "请您", "抱歉", "不好意思", NULL }) == NONE))
        return tone_hit(sc, "impatient", "催促客户", who, fast, fast);
    return TONE_GO_ON;
}

/* 快点快点！: a clause of nothing but hurry words, which needs no 你 to be aimed at the caller. */
static int all_hurry(scan *sc, size_t a, size_t b, size_t who)
{
    size_t hurries = 0;
    for (size_t i = a; i < b && in(sc, i, &HURRY); i++) hurries++;
    if (hurries >= 2 && hurries == b - a) return tone_hit(sc, "impatient", "催促客户", a, b - 1, a);
    return TONE_GO_ON;
}

/* 能不能一次说清楚: the caller told to stop repeating; 请 / 麻烦 / 可以 make it a request. */
static int say_it_once(scan *sc, size_t a, size_t b, size_t who)
{
    size_t once = NONE;
    for (size_t i = a; i + 1 < b && once == NONE; i++)
        if ((tone_is(sc, i, "1") && tone_is(sc, i + 1, "次")) || tone_is(sc, i, "1次")) once = i;
    size_t plain_say = once < b ? find(sc, once + 1, tone_upto(b, once + 4), (list){ "说清楚", "讲清楚", "说明白", "说", "讲", NULL }) : NONE;
    if (plain_say < b && find(sc, a, once, (list){ "能不能", "不能", "就不能", "能否", NULL }) < b &&
        find(sc, a, b, (list){ "请", "麻烦", "请您", "可以", NULL }) == NONE)
        return tone_hit(sc, "impatient", "不耐烦", once, plain_say, plain_say);
    return TONE_GO_ON;
}

/* 你怎么还在问这个: the caller still at it (not 您怎么还没收到: the agent puzzled, a negation
 * between 还 and the act). */
static int still_at_it(scan *sc, size_t a, size_t b, size_t who)
{
    if (who >= b) return TONE_GO_ON;
    size_t how = find(sc, who + 1, tone_upto(b, who + 3), (list){ "怎么", NULL });
    size_t still = how < b ? find(sc, how + 1, tone_upto(b, how + 3), (list){ "还", "还在", "又", NULL }) : NONE;
    size_t act = still < b ? find(sc, still + 1, tone_upto(b, still + 3), (list){ "问", "说", "打", "纠结", "提", "闹", NULL }) : NONE;
    if (act < b && find(sc, still + 1, act, (list){ "没", "没有", "不", NULL }) == NONE)
        return tone_hit(sc, "impatient", "不耐烦", who, act, act);
    return TONE_GO_ON;
}

/* 别说了 as a whole clause: stopping the caller. Only a clause of three words at most: in a longer
 * one 别说 opens something else (别说您了, 别说是您). */
static int stop_talking_clause(scan *sc, size_t a, size_t b, size_t who)
{
    if (b - a <= 3 && in(sc, a, &PROHIB) && a + 1 < b && in(sc, a + 1, (list){ "说", "讲", "说了", "讲了", "问", "问了", "啰嗦", NULL }) &&
        (a + 2 == b || in(sc, a + 2, (list){ "了", "啦", NULL })))
        return tone_hit(sc, "impatient", "不耐烦", a, a + 1, a + 1);
    return TONE_GO_ON;
}

/* 好了好了，莫哭了嘛 / 好了好了，不怕不怕 / 好啦好啦，没事了: 好了好了 soothing a caller in tears or
 * fear, the next clause a comfort (a prohibition of crying, fear or worry, or 没事/不要紧/放心):
 * 贵阳 T-GSOCCIA 001—2020 §二(二) 2.12 安抚 in the caller's own speech (helper fixp11). Only 好了:
 * 行了行了 / 够了够了，别哭了 stay cutting the caller off. */
static int soothes(scan *sc, size_t a, size_t b)
{
    const cs_words *w = sc->w;
    for (size_t i = a; i < b; i++)
        if (!in(sc, i, (list){ "好了", "好啦", "好", "了", "啦", NULL })) return 0;
    if (b >= w->n) return 0;
    size_t c = w->v[b].clause, end = b;
    while (end < w->n && w->v[end].clause == c) end++;
    static const char *const feel[] = { "哭", "怕", "急", "着急", "难过", "伤心", "慌", "担心", "害怕", "紧张", "喊", NULL };
    static const char *const calm[] = { "没事", "没事了", "不要紧", "放心", "不怕", "不哭", "莫哭", "别哭", "乖", "别着急", "别急",
                                        "莫急", "不着急", "不急", "别怕", "莫怕", "别慌", "莫慌", "别担心", "不要着急", "不要哭",
                                        "别难过", "不要怕", "不用怕", "不用担心", NULL };
    if (find(sc, b, end, calm) < end) return 1;
    size_t stop = find(sc, b, end, (list){ "莫", "别", "不要", "不", "甭", "唔使", "唔好", "覅", NULL });
    return stop < end && find(sc, stop + 1, tone_upto(end, stop + 3), feel) < end;
}

/* 行了行了 / 够了够了: cutting the caller off — the clause must be nothing but these words, with
 * two 了, as a single 好的 or 行 is assent. */
static int enough_enough(scan *sc, size_t a, size_t b, size_t who)
{
    if (soothes(sc, a, b)) return TONE_GO_ON;
    size_t enough = 0, ends = 0;
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, (list){ "行了", "好了", "够了", "行", "好", "够", "了", "得了", NULL })) { enough = 0; break; }
        enough++;
        ends += strstr(tone_word(sc, i), "了") != NULL;
    }
    if (enough >= 2 && ends >= 2 && !in(sc, a, (list){ "了", NULL }))
        return tone_hit(sc, "impatient", "不耐烦", a, b - 1, a);
    return TONE_GO_ON;
}

/* 别磨叽了 / 快说 / 说完了没有？: hurry words with a speech or dawdling word, each excused when
 * the agent's own talk is meant (您别嫌我啰嗦, 我快讲完了) or 请 asks. */
static int hurry_to_talk(scan *sc, size_t a, size_t b, size_t who)
{
    size_t stop = find(sc, a, b, &PROHIB);
    size_t dawdle = stop < b ? find(sc, stop + 1, tone_upto(b, stop + 4), &DAWDLE) : NONE;
    /* (您别嫌我啰嗦 is the agent's own wordiness) */
    if (dawdle < b && find(sc, stop + 1, dawdle, &FIRST) == NONE) return tone_hit(sc, "impatient", "催促客户", stop, dawdle, dawdle);
    size_t hurry = find(sc, a, b, &HURRY);
    /* (我快讲完了 / 我马上说完: the agent's own explanation nearly done, 我 its subject with no 你 before) */
    int own_talk = hurry < b && find(sc, a, hurry, &FIRST) < hurry && find(sc, a, hurry, &SECOND) == NONE;
    if (hurry + 1 < b && !own_talk && (in(sc, hurry + 1, &SAY) || in(sc, hurry + 1, (list){ "说完", "讲完", "说重点", NULL })))
        return tone_hit(sc, "impatient", "催促客户", hurry, hurry + 1, hurry + 1);
    /* 说完了没有？: not 请问您说完了吗 */
    size_t done_talk = find(sc, a, b, (list){ "说完", "讲完", "说完了", "讲完了", NULL });
    if (done_talk < b && sc->w->question[sc->w->v[a].clause] && find(sc, done_talk + 1, b, (list){ "没有", "没", NULL }) < b &&
        find(sc, a, b, PLEASE) == NONE)
        return tone_hit(sc, "impatient", "不耐烦", done_talk, b - 1, done_talk);
    return TONE_GO_ON;
}

/* 快点儿 / 您麻利点 / 快一点行吗: a clause of nothing but hurry at the caller, without a
 * courtesy word (请您快一点 asks; 我们会快点处理 is the agent's own pace). */
static int only_hurry_clause(scan *sc, size_t a, size_t b, size_t who)
{
    static const char *const hurry_pad[] = { "吧", "啊", "呀", "了", "儿", "的", "行吗", "行不行", "好吗", "好不好", "行", "吗",
                                             "点", "点儿", "1", "1点", "些", "但是", "不过", "可是", "那", "那就", "就", NULL };
    size_t hurry_at = NONE;
    int only_hurry = find(sc, a, b, &HURRY_W) < b;   /* most clauses: no hurry word, no walk */
    for (size_t i = a; i < b && only_hurry; i++) {
        if (in(sc, i, &HURRY_W)) { if (hurry_at == NONE) hurry_at = i; continue; }
        only_hurry = in(sc, i, &SECOND) || in(sc, i, hurry_pad);
    }
    /* (您抓紧时间，活动今晚十二点截止: the hurry is for the caller's own sake, a deadline named in the
     * reply, not a hurry to get them off the line) */
    static const char *const deadline[] = { "截止", "截至", "到期", "过期", "结束", "失效", "截止日期", "最后一天", "下班", NULL };
    if (only_hurry && hurry_at < b && !tone_in_reply(sc, deadline)) return tone_hit(sc, "impatient", "催促客户", a, b - 1, hurry_at);
    return TONE_GO_ON;
}

/* 你说清楚点行不行: an order to the caller with a demand tag (2.5 asks 请您再说一遍好吗). */
static int order_with_tag(scan *sc, size_t a, size_t b, size_t who)
{
    if (who < b && b - 1 > who && in(sc, b - 1, &DEMAND) && find(sc, a, b, (list){ "请", "请您", "麻烦", "麻烦您", NULL }) == NONE &&
        !tone_soft_ask_after_apology(sc, a, b)) {   /* fix32b: 不好意思，…您讲大声点好不好 asks */
        size_t talk = find(sc, who + 1, tone_upto(b, who + 3), (list){ "说", "讲", "说清楚", "讲清楚", "说明白", "讲明白", "说慢", "大声", NULL });
        if (talk < b - 1) return tone_hit(sc, "impatient", "催促客户", who, b - 1, talk);
    }
    return TONE_GO_ON;
}

/* 不留电话就别投诉了 / 不满意就别用 / 没钱就别办: the caller dismissed by a condition (您不舒服
 * 就别出门了 is care: its verb is not the caller's business with us). Reported as dismissive,
 * but asked here, in impatience's order, where it has always been asked. */
static int dismissed_by_condition(scan *sc, size_t a, size_t b, size_t who)
{
    size_t then_w = find(sc, a, b, (list){ "就", NULL });
    if (then_w + 2 < b && then_w > a && in(sc, then_w + 1, (list){ "别", "不要", "甭", NULL }) &&
        in(sc, then_w + 2, (list){ "投诉", "用", "办", "买", "打", "打电话", "打来", "问", "找", "等", "来", "办理", "使用", "要",
                                   "申请", "报修", "说", "打过来", "找我们", "问我们", NULL }) &&
        find(sc, a, then_w, (list){ "不", "没", "没有", "嫌", "不想", "不会", "不留", "不满意", "等不及", "没钱", "不愿意", NULL }) < then_w)
        return tone_hit(sc, "dismissive", "打发客户", a, then_w + 2, then_w + 1);
    return TONE_GO_ON;
}

/* 您先冷静，否则这电话没法打了: a condition that threatens to stop serving the caller. */
static int stops_serving_unless(scan *sc, size_t a, size_t b, size_t who)
{
    size_t or_else = find(sc, a, b, (list){ "不然", "否则", "要不然", "要不", NULL });
    size_t threat = or_else < b ? find(sc, or_else + 1, b, (list){ "没法", "没办法", "挂", "挂了", "挂断", "不处理", "不管", "不帮",
                                                                       "不给", "不办", "没法儿", NULL }) : NONE;
    /* (请您带好身份证，不然没法办理 states a requirement: the threat is the agent's, to hang up or stop talking) */
    int mine = threat < b && (find(sc, or_else + 1, threat, &FIRST) < threat || in(sc, threat, (list){ "挂", "挂了", "挂断", NULL }) ||
                              (threat + 1 < b && in(sc, threat + 1, (list){ "跟您", "跟你", "沟通", "谈", "打", "聊", "继续", "跟", NULL })));
    /* 请您文明用语，否则我将挂断电话 / 如果您继续辱骂，我只能结束通话: ending the call on abuse, said
     * politely, is what 贵阳 §二(三) 1-3 prescribe for a caller who swears or insults — no threat */
    if (mine && find(sc, 0, or_else, (list){ "文明", "文明用语", "用语", "辱骂", "脏话", "骂人", "侮辱", "谩骂", "人身攻击", NULL }) < or_else)
        mine = 0;
    if (mine) return tone_hit(sc, "impatient", "要挟客户", or_else, threat, threat);
    return TONE_GO_ON;
}

/* 别一直重复 (not 请不要重复提交: a repeated action of the system, or asked with 请). */
static int stop_repeating(scan *sc, size_t a, size_t b, size_t who)
{
    size_t dont = find(sc, a, b, &PROHIB);
    size_t again_w = dont < b ? find(sc, dont + 1, tone_upto(b, dont + 4), (list){ "重复", "绕圈子", "绕来绕去", NULL }) : NONE;
    if (again_w < b && find(sc, a, dont, (list){ "请", "请您", "麻烦", NULL }) == NONE &&
        find(sc, again_w + 1, b, (list){ "提交", "申请", "办理", "操作", "缴费", "付款", "下单", "点击",
                                                        "点", "按", "刷", "刷卡", "刷脸", "扫", "扫码", "支付", "转账", "充值",
                                                        "输入", "按键", NULL }) == NONE)
        return tone_hit(sc, "impatient", "不耐烦", dont, again_w, again_w);
    return TONE_GO_ON;
}

/* The checks of tone_impatient in the order they are asked: the first that decides names the
 * hit (its label is what the trainee reads), so a new check goes where its label should win. */
static int (*const IMPATIENT_CHECKS[])(scan *sc, size_t a, size_t b, size_t who) = {
    held_repeats, demands_of_caller, counts_questions, asks_faster, all_hurry, say_it_once, still_at_it,
    stop_talking_clause, enough_enough, hurry_to_talk, only_hurry_clause, order_with_tag, dismissed_by_condition,
    stops_serving_unless, stop_repeating,
};

/* 我刚才已经讲了 / 我都说了好几遍了 / 您到底要办什么 / 别磨叽了 / 你听我说完行不行 /
 * 您又有什么事啊 / 你也不用这么大声吧: reproaching or hurrying the caller. */
int tone_impatient(scan *sc, size_t a, size_t b, int question)
{
    size_t who = find(sc, a, b, &SECOND);   /* the caller addressed: several checks hang on it */
    for (size_t k = 0; k < sizeof IMPATIENT_CHECKS / sizeof *IMPATIENT_CHECKS; k++) {
        int r = IMPATIENT_CHECKS[k](sc, a, b, who);
        if (r != TONE_GO_ON) return r;
    }
    return 0;
}

/* Impatience and dismissal in new words (国家职业技能标准 3.1; 贵阳 §二(三)6): 你着急有什么用 / 哭也
 * 没用 / 再打也是一样的结果 / 你老插话 / 您总打断我 / 这么晚打电话就为了这个？ */
int tone_dismiss_more(scan *sc, size_t a, size_t b, int question)
{
    /* the caller's feeling declared useless */
    size_t feel = find(sc, a, b, (list){ "着急", "急", "生气", "发火", "吵", "喊", "嚷", "闹", "骂", "哭", "嚷嚷", "发脾气", "激动", "催", NULL });
    /* (骂您没用 reports a name called: 没用 said of the caller) */
    for (size_t k = feel + 1; feel < b && k < tone_upto(b, feel + 4) && !in(sc, k, &SECOND); k++) {
        int useless = in(sc, k, (list){ "没用", "没有用", "白搭", "没意义", NULL }) ||
                      (k + 2 < b && tone_is(sc, k, "有") && in(sc, k + 1, (list){ "什么", "啥", NULL }) && tone_is(sc, k + 2, "用"));
        if (useless) { tone_hit(sc, "dismissive", "打发客户", feel, k, k); return 0; }
    }
    /* 再打也是一样 / 再问也没用 */
    size_t again = find(sc, a, b, (list){ "再", NULL });
    if (again + 2 < b && in(sc, again + 1, (list){ "打", "问", "说", "投诉", "催", "闹", "找", "打电话", "打来", "打过来", NULL }) &&
        in(sc, again + 2, (list){ "也", "都", NULL })) {
        size_t same = find(sc, again + 3, tone_upto(b, again + 6), (list){ "一样", "没用", "白搭", "这样", "那样", "没有用", "样", NULL });
        if (same < b) { tone_hit(sc, "dismissive", "打发客户", again, same, same); return 0; }
    }
    /* 你老插话 / 您总打断我 / 你一直问 */
    for (size_t i = a; i + 1 < b; i++) {
        int you_always = tone_is(sc, i, "你老") || tone_is(sc, i, "您老");
        size_t k = i + 1;
        if (!you_always && in(sc, i, &SECOND) && i + 2 < b && in(sc, i + 1, (list){ "老", "总", "总是", "老是", "一直", "老在", "又", NULL })) {
            you_always = 1;
            k = i + 2;
        }
        if (you_always && k < b && tone_is(sc, k, "是") && k + 1 < b) k++;
        if (you_always && in(sc, k, (list){ "插话", "插嘴", "打断", "打岔", "抢话", NULL })) { tone_hit(sc, "impatient", "不耐烦", i, k, k); return 0; }
    }
    /* 我解释得这么清楚了 (我刚才说得不够清楚 owns the fault; 我给您说得清楚吗？ asks) */
    size_t me = find(sc, a, b, &FIRST);
    size_t said = me < b ? find(sc, me + 1, tone_upto(b, me + 3), (list){ "说", "讲", "解释", "写", "回答", NULL }) : NONE;
    if (!question && said + 3 < b && tone_is(sc, said + 1, "得") && in(sc, said + 2, (list){ "这么", "那么", "很", "够", "非常", "已经", "都", NULL }) &&
        in(sc, said + 3, (list){ "清楚", "明白", "清清楚楚", "明明白白", NULL }) && tone_is(sc, b - 1, "了"))
        { tone_hit(sc, "impatient", "不耐烦（已经说清楚）", me, said + 3, said); return 0; }
    /* 我一个小客服能怎么办 / 我们又能怎么样 (我们能怎么帮您 offers) */
    size_t can = me < b ? find(sc, me + 1, b, (list){ "能", "又能", "还能", NULL }) : NONE;
    if (can + 1 < b && in(sc, can + 1, (list){ "怎么办", "怎样", "咋办", "怎么样", "咋样", NULL }))
        { tone_hit(sc, "dismissive", "打发客户", me, can + 1, can + 1); return 0; }
    /* 这么晚打电话就为了这个？ */
    size_t for_this = find(sc, a, b, (list){ "为了", "为", NULL });
    if (question && for_this < b && for_this > a && tone_is(sc, for_this - 1, "就") && for_this + 1 < b &&
        in(sc, for_this + 1, (list){ "这", "这个", "这点", "这么点", "这种", "这事", "这点事", NULL }))
        { tone_hit(sc, "dismissive", "轻视客户", for_this - 1, for_this + 1, for_this + 1); return 0; }
    return 0;
}

/* 我只说一遍 / 我可没多少时间 / 消停会儿 / 吱一声 / 倒是说话呀 / 长话短说: hurrying or cutting
 * the caller short (国家职业技能标准 3.1). */
int tone_cut_short(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"只就最倒没消吱吭简长说挑直有");
    size_t last = NONE;
    size_t s = tone_spelled_in(sc, a, b, (list){ "只说1遍", "只讲1遍", "就说1遍", "最后1遍", "只说1次", "倒是说话", "倒是说",
                                           "倒是讲", NULL }, &last);
    if (s < b) return tone_hit(sc, "impatient", "不耐烦", s, last, s);
    size_t me = find(sc, a, b, &FIRST);
    if (me < b) {
        size_t k = me + 1 < b && in(sc, me + 1, (list){ "可", "哪", "真", "这边", "这儿", NULL }) ? me + 2 : me + 1;
        size_t t = k < b ? tone_spells_any(sc, k, b, (list){ "没多少时间", "没时间", "没工夫", "没空", "没那么多时间", "没闲工夫",
                                                         "没那工夫", "没功夫", NULL }) : NONE;
        if (t < b && !(t + 1 < b && in(sc, t + 1, (list){ "限制", "要求", "规定", NULL })))
            return tone_hit(sc, "impatient", "不耐烦", me, t, t);
    }
    size_t hush = find(sc, a, b, (list){ "消停", "吱", "吭", "吱声", "吭声", "吭一声", NULL });
    if (hush < b && !tone_courteous(sc, a, b)) return tone_hit(sc, "impatient", "催促客户", hush, hush, hush);
    /* the whole clause an order to be brief: 简单说 / 长话短说 / 说重点 */
    size_t k = tone_spells_any(sc, a, b, (list){ "简单说", "长话短说", "说重点", "挑重点说", "直接说重点", "有话快说", "有屁快放", NULL });
    if (k < b) {
        size_t j = k + 1;
        while (j < b && (in(sc, j, &TAIL) || in(sc, j, (list){ "吧", "OK", "ok", NULL }))) j++;
        if (j == b) return tone_hit(sc, "impatient", "催促客户", a, k, a);
    }
    return 0;
}

/* A measure word at k (after 了): 个 / 一场 / 1 波 …, a counted thing coming next. */
static int thing_counted(scan *sc, size_t k, size_t b)
{
    static list measure = { "个", "场", "波", "阵", "轮", "股", "批", "次", NULL };
    static list counted = { "一个", "1个", "一场", "1场", "一波", "1波", "一阵", "1阵", "一轮", "1轮", "一股", "1股", "一批",
                            "1批", NULL };
    if (k < b && tone_is(sc, k, "了")) k++;
    if (k >= b) return 0;
    if (in(sc, k, measure) || in(sc, k, counted)) return 1;
    return (tone_is(sc, k, "1") || tone_is(sc, k, "一")) && k + 1 < b && in(sc, k + 1, measure);
}

/* 又来查这个 / 又来了: a clause opening on the caller's return, as a sigh (您又来电咨询 has its
 * subject: the rule about 您又打来 judges that); 白查了 / 白问了: the caller's request called wasted
 * effort (不会让您白跑一趟 denies it); 犯得着发这么大火吗: the caller's feeling asked away. */
int tone_sigh(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"又白犯至");
    /* 又来了个台风 / 又来了一波寒潮: a thing arriving, counted, not the caller (helper fix13b) */
    int thing = a + 2 < b && in(sc, a + 1, (list){ "来", "来了", NULL }) && thing_counted(sc, a + 2, b);
    if (a + 1 < b && tone_is(sc, a, "又") && in(sc, a + 1, (list){ "来", "来了", "是", NULL }) && !sc->w->question[sc->w->v[a].clause] &&
        !thing && !cs_words_warm_regular(sc->w, a))   /* 又是您呀张阿姨 (words.h) */
        return tone_hit(sc, "impatient", "不耐烦", a, a + 1, a);
    static const char *const neg[] = { "不", "没", "别", "不会", "不用", "免得", "以免", "不让", "没有", NULL };
    for (size_t i = a; i + 2 < b; i++)
        if (tone_is(sc, i, "白") && in(sc, i + 1, (list){ "查", "问", "跑", "打", "等", "忙", "折腾", "说", NULL }) &&
            i + 2 < b && tone_is(sc, i + 2, "了") && find(sc, a, i, neg) == NONE)
            return tone_hit(sc, "dismissive", "打发客户", i, i + 2, i);
    size_t worth = find(sc, a, b, (list){ "犯得着", "犯不着", "至于吗", NULL });
    if (question && worth < b && find(sc, a, b, PLEASE) == NONE)
        return tone_hit(sc, "rhetorical", "反问客户", worth, worth, worth);
    return 0;
}

/* 说普通话行不行 / 大点声行不行: an order ending in a demand tag, with no courtesy and nobody but
 * the caller to do it (2.2/2.20 ask 请您…好吗; 我们明天再联系行不行 is the agent's own plan);
 * 以后有事先问问家里人再打: what to do before calling again (下次您可以先查一下再打 offers). */
int tone_demand_tag(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"行成以下");
    if (b - a >= 2 && in(sc, b - 1, (list){ "行不行", "成不成", "行不", NULL }) && !tone_courteous(sc, a, b) &&
        find(sc, a, b, &FIRST) == NONE && find(sc, a, b, (list){ "可以", "能否", "方便", "看", "您看", "你看", NULL }) == NONE)
        return tone_hit(sc, "impatient", "催促客户", a, b - 1, b - 1);
    size_t next = find(sc, a, b, (list){ "以后", "下次", "下回", NULL });
    size_t first = NONE;   /* 先, or a word ending in it (有 事先 问问: the lexicon's cut) */
    for (size_t i = next + 1; next < b && i < b && first == NONE; i++) {
        const char *w = tone_word(sc, i);
        if (strlen(w) >= 3 && strcmp(w + strlen(w) - 3, "先") == 0) first = i;
    }
    if (first + 2 < b && tone_is(sc, b - 1, "打") && tone_is(sc, b - 2, "再") && b - 2 > first && !tone_courteous(sc, a, b) &&
        find(sc, a, b, (list){ "可以", "也可以", "方便", NULL }) == NONE && find(sc, a, b, &FIRST) == NONE)
        return tone_hit(sc, "lecture", "说教客户", next, b - 1, first);
    return 0;
}

/* 你快点决定 / 您赶紧说: the caller's choice or words hurried (§二(三) 6). 建议您赶紧去医院 advises
 * (courteous), and a verb of going or doing is advice, not a hurried answer. */
int tone_hurry_answer(scan *sc, size_t a, size_t b, int question)
{
    size_t h = find(sc, a, b, &HURRY_W);
    if (h == NONE || find(sc, a, h, &SECOND) == NONE || tone_courteous(sc, a, b)) return 0;
    size_t v = find(sc, h + 1, tone_upto(b, h + 3), (list){ "决定", "选", "定", "说", "讲", "回答", "挑", "拿主意", "想", NULL });
    return v < b ? tone_hit(sc, "impatient", "催促客户", h, v, h) : 0;
}

/* 我只有五分钟 / 我只能给您三分钟: the caller given a time limit (not 办理大概需要五分钟) */
int tone_time_limit(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"我咱客");
    size_t me = find(sc, a, b, &FIRST);
    size_t only = me < b ? find(sc, me + 1, tone_upto(b, me + 3), (list){ "只有", "只能", "只给", "就给", "就有", "最多", "顶多", NULL }) : NONE;
    for (size_t k = only + 1; only < b && k < tone_upto(b, only + 5); k++) {
        const char *n = tone_word(sc, k);
        int count = (n[0] >= '0' && n[0] <= '9') || strncmp(n, "两", strlen("两")) == 0 || strncmp(n, "几", strlen("几")) == 0;
        /* 5 分钟 or 两分钟 (one word) */
        if (count && (strstr(n, "分钟") || strstr(n, "秒") ||
                      (k + 1 < b && in(sc, k + 1, (list){ "分钟", "分", "秒", "秒钟", NULL }))))
            return tone_hit(sc, "impatient", "不耐烦（限时）", me, k, only);
    }
    return 0;
}

/* 一分钟内说完 / 给你三十秒讲清楚: a time limit put on the caller's speech (not 我们会在三分钟内为您
 * 办好, a promise about our work) */
int tone_speak_within(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"0123456789两几半");
    for (size_t k = a; k + 1 < b; k++) {
        const char *n = tone_word(sc, k);
        int count = (n[0] >= '0' && n[0] <= '9') || strncmp(n, "两", strlen("两")) == 0 ||
                    strncmp(n, "几", strlen("几")) == 0 || strncmp(n, "半", strlen("半")) == 0;
        if (!count) continue;
        /* 两分钟 (one word), 5 分钟, 3 十秒 (三十秒 cut after its digit) */
        const char *next = tone_word(sc, k + 1);
        size_t unit = strstr(n, "分钟") || strstr(n, "秒") ? k : strstr(next, "分钟") || strstr(next, "秒") ? k + 1 : NONE;
        if (unit == NONE) continue;
        /* (请您在两分钟内说一下地址: a request, the time a rule of the line) */
        if (find(sc, a, b, PLEASE) < b) return 0;
        size_t v = unit + 1;
        if (v < b && in(sc, v, (list){ "内", "之内", "以内", NULL })) v++;
        if (v < b && in(sc, v, (list){ "说完", "讲完", "说清楚", "讲清楚", "说清", "讲清", "说", "讲", "说明白", "讲明白", NULL }))
            return tone_hit(sc, "impatient", "不耐烦（限时）", k, v, v);
    }
    return 0;
}

/* 您不休息我们还要休息呢 / 我们也是要睡觉的: the hour of the call held against the caller */
int tone_our_rest(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"我咱客");
    size_t us = find(sc, a, b, &FIRST);
    size_t also = us < b ? find(sc, us + 1, tone_upto(b, us + 3), (list){ "还要", "也要", "也是要", "也得", "还得", "也是", "也", NULL }) : NONE;
    size_t k = also + 1;
    while (also < b && k < b && k < also + 3 && in(sc, k, (list){ "是", "要", "得", NULL })) k++;
    if (also < b && k < b && in(sc, k, (list){ "休息", "睡觉", "下班", "吃饭", "回家", "睡", NULL }))
        return tone_hit(sc, "impatient", "不耐烦（怪客户来电时间）", us, k, k);
    return 0;
}

/* 口齿清楚点 / 说清楚点: an order about the caller's speech with no courtesy (2.3 asks 请您说慢一点) */
int tone_speak_clearly(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"口说讲吐");
    size_t clear = find(sc, a, b, (list){ "口齿清楚", "口齿清晰", "吐字清楚", "说清楚", "讲清楚", NULL });
    if (clear + 1 >= b || !in(sc, clear + 1, (list){ "点", "点儿", "一点", "些", NULL })) return 0;
    if (tone_courteous(sc, a, b) || find(sc, a, b, &FIRST) < b || tone_in_reply(sc, (list){ "请", "请您", "麻烦", "麻烦您", NULL })) return 0;
    return tone_hit(sc, "impatient", "呵斥客户", clear, clear + 1, clear);
}

/* 你别跟我讲方言 / 讲普通话！/ 说慢点: the caller's way of speaking ordered about, where 2.20
 * asks 请您讲普通话好吗 and 2.4/2.5 ask with 请 and an apology. 您不用跟我客气 is kindness. */
int tone_speech_order(scan *sc, size_t a, size_t b, int question)
{
    /* the 别跟我讲 stems all hold 跟, 和 or 对; the bare order (讲普通话！) is three words at most */
    int with_me = tone_may_hold(sc, a, b, U"跟和对");
    if (!with_me && b - a > 3) return 0;
    size_t last = NONE;
    size_t no = !with_me ? NONE : tone_spelled_in(sc, a, b, (list){ "别跟我说", "别跟我讲", "别跟我用", "别跟我扯", "不要跟我说", "不要跟我讲", "不要跟我用",
                                             "别和我说", "别和我讲", "少跟我说", "少跟我讲", "少跟我扯", "别对我说", NULL }, &last);
    if (no < b && find(sc, last + 1, b, (list){ "客气", "谢谢", "道歉", "对不起", "抱歉", "见外", NULL }) == NONE && !tone_courteous(sc, a, b))
        return tone_hit(sc, "impatient", "呵斥客户（别跟我讲…）", no, last, last);
    if (question || b - a > 3 || !in(sc, a, (list){ "讲", "说", NULL })) return 0;
    if (find(sc, a + 1, b, (list){ "普通话", "慢点", "慢一点", "清楚点", "大声点", "大点声", "快点", "中文", NULL }) == NONE) return 0;
    /* 请您…，讲普通话: a courtesy word in the clause before asks */
    size_t pa = a;
    while (pa > 0 && sc->w->v[pa - 1].clause + 1 == sc->w->v[a].clause) pa--;
    if (tone_courteous(sc, pa, b) || find(sc, pa, b, (list){ "能", "可以", "能否", "好吗", "不好意思", "抱歉", "麻烦", NULL }) < b) return 0;
    if (find(sc, b, tone_next_clause_end(sc, b), (list){ "好吗", "可以吗", "行吗", "谢谢", NULL }) < sc->w->n) return 0;
    return tone_hit(sc, "impatient", "呵斥客户（命令）", a, b - 1, a);
}

/* 再催就更慢了 / 你再打来问就排到最后: the caller's asking punished (a threat of worse service,
 * §二(三)6). 明天还没修好的话您再打过来，我们加急 promises help. */
int tone_conditional_penalty(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"再还");
    /* the 就 / 会 of the penalty in this clause or the next (你要是再催，你的单子就往后排): the
     * condition and the harm are often two clauses */
    if (!tone_clause_holds(sc, a, tone_next_clause_end(sc, b), U"就会")) return 0;
    static const char *const press[] = { "催", "打", "打过来", "打来", "打电话", "问", "吵", "闹", "投诉", "催促", "来电", "这么吵",
                                         "这样", "这么", NULL };
    static const char *const worse[] = { "更", "更慢", "更晚", "更久", "最后", "别想", "没人", "往后", "不管", "不给", "下周", "排到",
                                         "排最后", "放最后", "没人管", "排", "拖", "晚", "慢", NULL };
    size_t again = find(sc, a, b, (list){ "再", "还", NULL });
    if (again == NONE || again + 1 >= b || !in(sc, again + 1, press)) return 0;
    size_t end = tone_next_clause_end(sc, b);
    size_t so = find(sc, again + 2, end, (list){ "就", "只会", "就会", NULL });
    size_t w = so < end ? find(sc, so + 1, tone_upto(end, so + 6), worse) : NONE;
    if (w == NONE || find(sc, so, w, (list){ "给您", "帮您", "为您", "加急", "优先", NULL }) < w) return 0;
    return tone_hit(sc, "impatient", "威胁客户（再催就…）", again, w, again);
}

/* 您别一直在那边说话 / 你少插嘴 / 别老打断我: the caller told to stop talking, impatience (贵阳 §二(三) 6;
 * 呼叫服务员职业标准 三(二)2 asks the agent to listen). Not 您别这么说 (modesty), not 别说您了. */
int tone_stop_talking(scan *sc, size_t a, size_t b, int question)
{
    static const char *const open[] = { "能不能别", "不要", "别", "少", "甭", NULL };
    /* longest first: after_any takes the first that fits (the normal form writes 一 as 1) */
    static const char *const filler[] = { "一直在", "1直在", "一直", "1直", "老是", "总是", "那边", "那儿", "那里", "这边", "跟我", "随便",
                                          "在", "老", "总", "再", "光", "乱", NULL };
    static const char *const talk[] = { "说个不停", "说话", "讲话", "插嘴", "插话", "打断我", "打岔", "嚷嚷", "唠叨", "啰嗦",
                                        "叨叨", "说", "讲", "吵", NULL };
    static const char *const tail[] = { "了", "啊", "呀", "嘛", "呢", "哦", "好吗", "行吗", "行不行", "好不好",
                                        "啦", "lah", "咯", "诶", "喔", NULL };
    for (size_t i = a; i < b; i++) {
        const char *w = tone_word(sc, i);
        if (strncmp(w, "别", 3) && strncmp(w, "不", 3) && strncmp(w, "少", 3) && strncmp(w, "甭", 3) && strncmp(w, "能", 3))
            continue;
        char buf[64];
        const char *rest = tone_after_any(tone_joined(sc, i, b, buf, sizeof buf), open);
        if (!rest) continue;
        const char *p = rest, *q;
        for (int n = 0; n < 4 && (q = tone_after_any(p, filler)); n++) p = q;
        if (p == rest || !(q = tone_after_any(p, talk))) continue;
        while (*q && (p = tone_after_any(q, tail))) q = p;
        if (*q) continue;
        tone_hit(sc, "impatient", "不耐烦（让客户别说话）", i, b - 1, i);
        return 0;
    }
    return 0;
}

/* 我这边还有好多电话等着接呢 / 后面还有一堆客户在排队: other callers held up against this one, impatience
 * (贵阳 §二(三) 6 注意通话语气和态度). Not with an apology (不好意思，现在来电多，还有客户在等，我尽快…
 * apologises for the wait). */
int tone_others_waiting(scan *sc, size_t a, size_t b, int question)
{
    static const char *const still[] = { "还有", NULL };
    static const char *const who[] = { "电话", "客户", "人", "来电", "用户", "客人", "顾客", NULL };
    static const char *const wait[] = { "等着", "在等", "排队", "等", "要接", "接", "排着", NULL };
    for (size_t i = find(sc, a, b, still); i < b; i = find(sc, i + 1, b, still)) {
        size_t w = NONE;
        for (size_t k = i + 1; k < tone_upto(b, i + 5) && w == NONE; k++)
            if (in(sc, k, who) || (strstr(tone_word(sc, k), "电话") && strlen(tone_word(sc, k)) <= 12)) w = k;
        if (w == NONE) continue;
        size_t t = NONE;
        /* 您抓紧点时间，我后面还有人: others named without a wait word, after a hurry at the caller */
        if (w + 1 == b || (w + 2 == b && in(sc, w + 1, (list){ "呢", "啊", "的", "哦", "嘛", NULL })))
            if (tone_in_reply(sc, HURRY_W.w)) t = w;
        for (size_t k = w + 1; k < tone_upto(b, w + 4) && t == NONE; k++)
            if (in(sc, k, wait) || strncmp(tone_word(sc, k), "等", 3) == 0 || strncmp(tone_word(sc, k), "排队", 6) == 0) t = k;
        if (t == NONE || tone_in_reply(sc, APOLOGY)) continue;
        /* the waiting ones are ours (我这边 / 后面 / calls), not the caller's (您家里还有人等着用网) */
        int ours = find(sc, a, i, &FIRST) < i || strstr(tone_word(sc, w), "电话") || tone_is(sc, w, "来电") ||
                   (i > a && in(sc, i - 1, (list){ "后面", "后边", "后头", "外面", "线上", NULL }));
        if (!ours || find(sc, a, b, &SECOND) < b) continue;
        tone_hit(sc, "impatient", "不耐烦（还有别人在等）", i, t, i);
        return 0;
    }
    return 0;
}

/* The agent's penalty for the caller's conduct: 您要是投诉，您家的报修就排到最后 / 不配合的话，理赔
 * 就不给办了 / 您再吵，下次也不给您值机 — a condition on what the caller does to us (投诉, 催, 吵,
 * 闹, 不配合 …) and, in that clause or the next, a service withheld or worsened on purpose (不给,
 * 排到最后, 拉黑 …): a threat of consequence, 贵阳 §二(三) 6 注意通话语气和态度 (禁忌语; not a
 * threat of harm, which fails the call). Not a fact of the service (如果未缴费，系统会自动停机),
 * nor what we cannot do (不核实身份的话，我们无法办理), nor with help offered (如果您要投诉，我
 * 帮您转到投诉专线). */
int tone_spite_penalty(scan *sc, size_t a, size_t b, int question)
{
    static const char *const cond[] = { "要是", "如果", "的话", "再", "敢", "要再", "若", "假如", "只要", NULL };
    static const char *const conduct[] = { "投诉", "催", "吵", "闹", "骂", "嚷", "嚷嚷", "不配合", "不听", "再催", "再吵", "再闹",
                                           "这个态度", "这种态度", "这态度", "举报", "曝光", NULL };
    static const char *const penalty[] = { "不给", "不帮", "不接", "不理", "拉黑", "黑名单", "排到最后", "放到最后", "排最后",
                                           "放最后", "更慢", "更晚", "更久", "别想", "没门", "等着瞧", NULL };
    static const char *const kind[] = { "帮您", "为您", "给您转", "转接", "转到", "专人", "加急", "优先", "可以", "建议", NULL };
    size_t c = find(sc, a, b, cond);
    if (c == NONE) return 0;
    size_t d = NONE;
    for (size_t i = a; i < b && d == NONE; i++)
        if (tone_spells_any(sc, i, b, conduct) < b) d = i;
    if (d == NONE) return 0;
    size_t end = tone_next_clause_end(sc, b);
    for (size_t i = d + 1; i < end; i++) {
        size_t k = tone_spells_any(sc, i, end, penalty);
        if (k >= end) continue;
        for (size_t j = a; j < end; j++)
            if (tone_spells_any(sc, j, end, kind) < end) return 0;
        /* a complaint punished (您要是投诉，报修就排到最后) is 报复来电者, which fails the call
         * (贵阳 §二(三) 6; assets/taboo.txt insult_clause) */
        if (tone_spells_any(sc, d, b, (list){ "投诉", "举报", "曝光", NULL }) < b)
            tone_hit(sc, "threat", "威胁客户（报复投诉）", c < d ? c : d, k, d);
        else
            tone_hit(sc, "impatient", "威胁客户（催/吵就…）", c < d ? c : d, k, d);
        return 0;
    }
    return 0;
}

/* 您着急我也着急啊 / 我也很烦呀 / 我这边也忙着呢: the agent's own impatience or weariness put
 * to the caller. Not empathy (换成是我也会着急: 会 and a condition; 我也替您着急: on the caller's
 * behalf; 我也很理解), and shared urgency with help after it (我也着急，马上帮您催) passes. */
int tone_agent_too(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"也");
    static const char *const weary[] = { "烦", "很烦", "烦死", "烦得很", "忙", "很忙", "忙着", "累", "很累", "头疼", "头大",
                                         "无语", "受不了", "崩溃", "火大", "没辙", NULL };
    static const char *const hurry[] = { "着急", "急", "很着急", NULL };
    static const char *const soft[] = { "会", "替", "为", "跟", "理解", "如果", "要是", "换成", "换作", "换了", "换做", "换",
                                        "换我", "假如", "若是", "是", NULL };
    /* 我也挺着急的，我们一起看看怎么解决: urgency shared on the way to a remedy */
    static const char *const remedy[] = { "解决", "处理", "想办法", "尽快", "一起", "帮您", "为您", "马上", "赶紧", NULL };
    /* 我也很着急，您的心情我理解: said with empathy anywhere in the reply, unless the 我也 clause turns
     * against it (我理解您着急，可我也着急啊) */
    static const char *const empathy[] = { "理解", "心情", "体谅", "感受", "明白您", NULL };
    static const char *const but[] = { "可", "可是", "但", "但是", "不过", "可我", NULL };
    size_t me = find(sc, a, b, &FIRST);
    if (me == NONE) return 0;
    for (size_t i = me + 1; i < tone_upto(b, me + 3); i++) {
        if (!tone_is(sc, i, "也")) continue;
        if (find(sc, a, b, soft) < b) return 0;
        int felt_with = find(sc, 0, sc->w->n, empathy) != NONE && find(sc, a, me + 1, but) == NONE;
        for (size_t k = i + 1; k < tone_upto(b, i + 4); k++) {
            if (in(sc, k, weary)) return tone_hit(sc, "impatient", "抱怨客户（我也烦）", me, k, me);
            if (in(sc, k, hurry) && !felt_with && !cs_words_help_after(sc->w, k) && find(sc, k + 1, sc->w->n, remedy) == NONE)
                return tone_hit(sc, "impatient", "抱怨客户（我也着急）", me, k, me);
        }
        return 0;
    }
    return 0;
}

/* ---- 禁忌语 as writers we never read type it: classes found on new writers' replies (3.1; 贵阳 §二(三)6) ---- */

/* Words i.. (up to three, as the lexicon cut them: 第5次, 第 5 次, 4次) spelling a count above one of
 * times: text_norm writes numerals as digits, so 第几次 (a question) and 第1次 are no count. */
static int counted_times(scan *sc, size_t i, size_t b)
{
    char buf[3 * CS_WORD_BYTES] = "";
    for (size_t k = i; k < tone_upto(b, i + 3); k++) {
        strcat(buf, tone_word(sc, k));
        if (strstr(buf, "次") || strstr(buf, "回") || strstr(buf, "遍")) break;
    }
    if (!strstr(buf, "次") && !strstr(buf, "回") && !strstr(buf, "遍")) return 0;
    const char *d = strncmp(buf, "第", 3) == 0 ? buf + 3 : buf;
    return atoi(d) >= 2;
}

/* fp17: 您已经献了十八次了 / 您今年钓了五回了: a count right after a verb of the caller's own deed (V了N次)
 * that is no call, question or complaint counts that deed (often in praise), not calls to the desk. */
static int counts_a_deed(scan *sc, size_t a, size_t count)
{
    static const char *const contact[] = { "打", "来", "问", "催", "找", "说", "讲", "投诉", "反映", "咨询", "联系", "打听",
                                           "提", "要", "闹", "吵", "跑", "是", "都", "已经", "又", "这", "这是", NULL };
    /* 十 8 次: a numeral text_norm left half written belongs to the count */
    while (count > a && (in(sc, count - 1, (list){ "十", "百", "几", "好几", "两", NULL }) ||
                         (tone_word(sc, count - 1)[0] >= '0' && tone_word(sc, count - 1)[0] <= '9')))
        count--;
    if (count <= a) return 0;
    const char *w = tone_word(sc, count - 1);
    char verb[CS_WORD_BYTES] = "";
    size_t n = strlen(w);
    if (strcmp(w, "了") == 0 && count - 1 > a) snprintf(verb, sizeof verb, "%s", tone_word(sc, count - 2));
    else if (n > 3 && strcmp(w + n - 3, "了") == 0) snprintf(verb, sizeof verb, "%.*s", (int)(n - 3), w);
    if (!verb[0] || cs_word_in(verb, contact)) return 0;
    return !cs_word_in(verb, (list){ "您", "你", "今天", "今年", "这周", "这个月", NULL });
}

/* 这个月你已经是第五次打来了 / 您这周都打了四次了 / 今天第三回了: the caller's calls counted at them,
 * impatience with a caller who had to call again (不耐烦, 贵阳 §二(三)6; the standard's answer to a
 * repeat call is to own the delay, 2.13). Not with an apology anywhere in the reply (这是您第三次来电了，
 * 实在抱歉), not a question (您是第几次来电？), not the agent's own doing (我已经打了三次). */
int tone_calls_counted(scan *sc, size_t a, size_t b, int question)
{
    if (question) return 0;
    size_t count = NONE;
    for (size_t i = a; i < b && count == NONE; i++)
        if (counted_times(sc, i, b)) count = i;
    if (count == NONE) return 0;
    size_t call = find(sc, a, b, (list){ "打", "打来", "打电话", "来电", "打过来", "问", "来", "打进来", "问过", NULL });
    if (call >= b && !tone_is(sc, b - 1, "了")) return 0;
    if (call >= b && counts_a_deed(sc, a, count)) return 0;
    if (find(sc, a, count, &FIRST) < count) return 0;   /* 我已经帮您催了三次: the agent's own doing */
    /* the caller's calls: 您/你 before the count, or the count opening the clause (今天第三回了);
     * 很多客户都问过两三次 counts other people's */
    if (find(sc, a, count, &SECOND) >= count && count > a + 1) return 0;
    static const char *const sorry[] = { "抱歉", "对不起", "不好意思", "歉意", "道歉", "辛苦", "麻烦您", "给您添麻烦", "见谅", NULL };
    for (size_t k = 0; k < sc->w->n; k++)
        if (in(sc, k, sorry)) return 0;
    if (find(sc, a, b, &SECOND) >= b && call >= b) return 0;
    /* 您第二次打来的时候… dates a call; …，我们马上派师傅 owns the repeat and acts on it */
    if (find(sc, count, b, (list){ "的时候", "时候", "时", NULL }) < b || cs_words_help_after(sc->w, count)) return 0;
    if (b < sc->w->n && find(sc, b, sc->w->n, &FIRST) < sc->w->n &&
        find(sc, b, sc->w->n, (list){ "马上", "立刻", "立即", "这就", "现在就", "尽快", "优先", "加急", "直接", NULL }) < sc->w->n) return 0;
    if (find(sc, count, sc->w->n, (list){ "给您", "为您", "帮您", "替您", "给你", "帮你", NULL }) < sc->w->n) return 0;
    return tone_hit(sc, "impatient", "不耐烦", count, call < b ? call : count, count);
}

/* ---- 禁忌语 in the wording of newer writers, by class (own sentences: tests/data/tone_more/fixtb9.tsv) ---- */

/* 好 多次 / 很 多次 / 8 百遍 / 好多 道 (south-western 道 = 遍): many times, as the lexicon cuts them
 * beside what tone_many_times reads (几遍, 三回, 无数次 …). */
static int count_above_one(scan *sc, size_t a, size_t i)
{
    if (tone_many_times(sc, a, i)) return 1;
    const char *w = tone_word(sc, i);
    if (strcmp(w, "多次") == 0 || strcmp(w, "N多次") == 0 || strcmp(w, "好多次") == 0 || strcmp(w, "好多遍") == 0 ||
        strcmp(w, "好多回") == 0 || strcmp(w, "多遍") == 0)
        return 1;
    /* 好多 回 / 很多 遍 / 好多 道 */
    return (strcmp(w, "道") == 0 || strcmp(w, "回") == 0 || strcmp(w, "遍") == 0 || strcmp(w, "次") == 0) && i > a &&
           in(sc, i - 1, (list){ "好多", "很多", "几", "好几", "多少", "N", NULL });
}

/* 这个我们都跟您讲了好几遍了 / 前面已经给您解释过好多次了 / 跟你说了多少回了 / 讲了好多道了嘛: "I have told
 * you many times", impatience with a caller who asks again (不耐烦, 贵阳 T-GSOCCIA 001—2020 §二(三)6
 * 注意通话语气和态度; 回复 / 答复 / 告知 are telling too; 2.21 offers to explain again instead: 需要我再帮您解释一遍吗). A verb of telling and,
 * within four words after it, a count above one. Not 我再跟您说一遍 (once more, offered), not 很多客户都
 * 问过 (other people), not 您问几遍都没关系 (reassured), not with an apology in the reply (跟您说了好几次还没说清楚，实在抱歉), not a count
 * of other things (这个药分三次吃). */
int tone_told_many_times(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"讲说解强告提交问回答");
    static const char *const tell[] = { "讲", "说", "解释", "强调", "说明", "告诉", "提醒", "交代", "讲解", "讲过", "说过",
                                        "解释过", "强调过", "说明过", "告诉过", "提醒过", "交代过", "讲了", "说了", "问", "问过",
                                        "回复", "答复", "回答", "告知", "回复过", "答复过", "回答过", "告知过", NULL };
    static const char *const others[] = { "客户", "用户", "大家", "别人", "他", "他们", "她", "人家", "很多人", "不少人", NULL };
    static const char *const sorry[] = { "抱歉", "对不起", "不好意思", "歉意", "道歉", "见谅", NULL };
    for (size_t v = find(sc, a, b, tell); v < b; v = find(sc, v + 1, b, tell)) {
        if (find(sc, a, v, (list){ "再", "重新", "又", NULL }) < v || find(sc, a, v, others) < v || told_third_party(sc, a, v)) continue;
        /* 我们已经反复说明过了 / 都一再跟您强调了: told over and over, said before the verb */
        size_t over = find(sc, v > a + 4 ? v - 4 : a, v, (list){ "反复", "一再", "三番五次", "再三", NULL });
        if (over < v && find(sc, a, over, &ALREADY) < over && !tone_in_reply(sc, sorry))
            return tone_hit(sc, "impatient", "不耐烦（说了好几遍）", over, v, over);
        for (size_t k = v + 1; k < tone_upto(b, v + 5); k++) {
            if (!count_above_one(sc, a, k)) continue;
            /* 您问几遍都没关系 reassures */
            if (tone_in_reply(sc, sorry) || tone_reassured(sc, k, b)) return 0;
            return tone_hit(sc, "impatient", "不耐烦（说了好几遍）", v, k, k);
        }
    }
    return 0;
}

/* 快点儿报卡号 / 赶紧把卡号报过来 / 麻溜儿的，报身份证号 / 利索点说重点 / 整快点: the caller hurried
 * with a bare order, impatience (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度; 国家职业技能标准 3.1
 * 不用禁忌语; the standard asks for the number with 请 / 麻烦您, §二(二) 2.1 礼貌用语). A hurry word
 * (快点, 赶紧, 麻溜, 利索, 抓紧, 快些 …) then, within a few words, a verb of telling or handing over
 * (报, 说, 讲, 发, 念 …), or a clause of hurry alone (赶紧的 / 麻溜儿的) before the request. Not the
 * agent hurrying themself (我赶紧帮您查, 我们尽快给您回电), not with 请 / 麻烦, not urgent advice for
 * the caller's safety or a condition (卡丢了的话赶紧挂失, 您快点去医院). */
int tone_hurry_order(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"快赶麻利抓紧整");
    static const char *const hurry[] = { "快点", "快点儿", "快些", "快快", "赶紧", "赶快", "麻溜", "麻溜儿", "麻利", "利索", "抓紧",
                                         "赶紧的", "快啲", "紧着", "快", NULL };
    static const char *const order[] = { "报", "说", "讲", "念", "发", "告诉", "交", "填", "提供", "回答", "答", "选", "决定", "讲完",
                                         "说完", "重点", "说重点", "报过来", "发过来", "拿", "整", "报上来", "说清楚", NULL };
    static const char *const bare[] = { "的", "点", "点儿", "些", "啊", "呀", "吧", "哈", "嘛", "lah", "咯", "喽", "了", "儿", NULL };
    static const char *const mine[] = { "我", "我们", "咱们", "咱", "帮您", "给您", "为您", "帮你", "给你", "为你", "请", "请您",
                                        "麻烦", "麻烦您", "的话", "如果", "要是", "万一", "一旦", "报警", "挂失", "冻结", "医院", "安全",
                                        "危险", "120", "110", "尽快", "着急", "不急", "慢慢", "为了", "建议", "建议您",
                                        "最好", "记得", "提醒", "推荐", NULL };
    size_t h = find(sc, a, b, hurry);
    if (h == NONE || question || find(sc, a, b, mine) < b) return 0;
    /* fix35a: 说话不利索 / 腿脚不麻利 / 手脚还不太利索: the hurry word denied describes a state (a patient's symptom, an
     * old machine), no order; 你能不能利索点 is asks_faster's */
    static const char *const neg[] = { "不", "不太", "不够", "不大", "不怎么", "没那么", "不很", "没", NULL };
    if (h > a && (in(sc, h - 1, neg) ||
                  (h > a + 1 && in(sc, h - 1, (list){ "太", "大", "够", "怎么", "那么", "很", NULL }) && in(sc, h - 2, neg))))
        return 0;
    /* 快 alone: only right before the order (快报, 快说); 很快 / 快到了 are no hurry */
    if (tone_is(sc, h, "快") && !(h + 1 < b && in(sc, h + 1, order) && (h == a || in(sc, h - 1, &SECOND)))) return 0;
    for (size_t k = h + 1; k < tone_upto(b, h + 5); k++)
        if (in(sc, k, order)) return tone_hit(sc, "impatient", "不耐烦（催促客户）", h, k, h);
    size_t k = h + 1;
    while (k < b && in(sc, k, bare)) k++;
    if (k == b && b < sc->w->n && find(sc, b, tone_next_clause_end(sc, b), mine) == NONE)
        return tone_hit(sc, "impatient", "不耐烦（催促客户）", h, b - 1, h);
    return 0;
}

/* 你听着就行了 / 我说你听着 / 你给我听着: the caller told to keep quiet and listen, impatience and
 * an order (贵阳 §二(三)6; 呼叫服务员职业标准 三(二)2 asks the agent to listen to the caller, not the
 * other way). 你/您 right before 听着, nothing after it but 就行 / 就好 or a particle. Not 我听着呢
 * (the agent listening), not 您听着有点累吧. */
int tone_just_listen(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"听");
    if (question) return 0;
    static const char *const rest[] = { "就行", "就行了", "就好", "就好了", "就是了", "就得了", "就完了", "就可以了", "啊", "呀",
                                        "哈", "好了", "吧", "嗷", "昂", "喽", "lah", "着", NULL };
    for (size_t i = a + 1; i + 1 < b; i++) {
        if (!tone_is(sc, i, "听") || !tone_is(sc, i + 1, "着")) continue;
        size_t who = i - 1;
        if (tone_is(sc, who, "我") && who > a && in(sc, who - 1, &SECOND)) who--;   /* 你给我听着 */
        else if (tone_is(sc, who, "给") && who > a) who--;
        if (!in(sc, who, &SECOND) && !(tone_is(sc, who, "我") && who > a && tone_is(sc, who - 1, "给"))) {
            if (!(tone_is(sc, i - 1, "我") && i >= a + 2 && in(sc, i - 2, (list){ "给", NULL }))) continue;
        }
        size_t k = i + 2;
        while (k < b && in(sc, k, rest)) k++;
        if (k == b) return tone_hit(sc, "impatient", "不耐烦（命令客户听着）", who, i + 1, i);
    }
    return 0;
}

/* 烦 / 很吵诶 / 烦死了 / 心累: the agent's own annoyance said as a clause of its own, impatience at the
 * caller on the line (贵阳 §二(三)6 注意通话语气和态度; 国家职业技能标准 3.1 不用口头禅). Only a clause
 * of annoyance and particles: 我理解您很烦 names the caller's feeling, with care. */
int tone_vexed_aside(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"烦吵累疼头醉");
    static const char *const vexed[] = { "烦", "好烦", "真烦", "烦死", "烦人", "很烦", "烦死了", "吵", "很吵", "好吵", "吵死了",
                                         "真吵", "头疼", "头大", "心累", "好累", "累死", "醉", "醉了", NULL };
    static const char *const particle[] = { "诶", "啊", "啦", "lah", "了", "哦", "呢", "死", "死了", "的", "真", "好", "很", "太",
                                            "我", "都", "要", "嘛", "leh", "hor", "哎", "哎呀", "唉", "呀", "啧", "真的", "喔", "噢",
                                            "简直", "人", NULL };
    size_t v = NONE;
    for (size_t k = a; k < b; k++) {
        if (in(sc, k, vexed)) v = k;
        else if (!in(sc, k, particle)) return 0;
    }
    if (v == NONE) return 0;
    return tone_hit(sc, "impatient", "不耐烦（抱怨客户烦）", a, b - 1, v);
}

/* tone_stop_noise read over its words joined whole (s). */
static int stop_noise_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const ask[] = { "能不能", "可不可以", "能否", "可以不可以", "可否", NULL };
    static const char *const stop[] = { "不要", "别", "莫", "甭", "覅", NULL };
    static const char *const noise[] = { "吵", "闹", "喊", "嚷", "叫", "吼", "嚎", "骂", "哭", "叨叨", "啰嗦", "唠叨", NULL };
    const char *q = NULL;
    for (const char *const *k = ask; *k && !q; k++) q = strstr(s, *k);
    if (!q) return 0;
    const char *st = NULL;
    for (const char *const *k = stop; *k && !st; k++) st = strstr(q, *k);
    /* the prohibition right after the ask, with at most 再 / 一直 / 在那 and the like before the noise */
    if (!st || st - q > 15) return 0;
    for (const char *const *k = noise; *k; k++) {
        const char *n = strstr(st, *k);
        if (!n || n - st > 18) continue;
        size_t first = tone_word_at_byte(sc, a, b, (size_t)(q - s) + 1);
        return tone_hit(sc, "impatient", "呵斥客户", first, tone_word_at_byte(sc, a, b, (size_t)(n - s) + strlen(*k)), first);
    }
    return 0;
}

/* 您能不能不要吵了 / 可不可以别再喊了 / 您能否不要嚷嚷 / 能不能不要一直在那闹: the caller's noise
 * ordered to stop, asked as a question — impatience, a 呵斥 (贵阳 T-GSOCCIA 001—2020 §二(三) 6; 2.12 meets
 * an upset caller with 请您不要着急). 您能不能先别着急 (2.12 itself) and 能不能请您换个安静点的地方 name no
 * noise of the caller's. */
int tone_stop_noise(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"能可");
    return tone_read_joined(sc, a, b, stop_noise_text);
}

/* fix17t: 您挑重要的说 / 捡要紧的讲 / 拣能听懂的说吧: the caller told to pick what is worth saying — cut short
 * before they speak, impatience (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6).
 * A pick (挑/捡/拣 first in a word), a 的 within three words, and 说 / 讲 right after it; not under 不用 / 别 / 不必
 * (您慢慢说，不用挑重要的说, a reassurance), nor 的 + a noun (挑个方便的时间说一声 names a thing to pick). */
int tone_pick_what_to_say(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"挑捡拣揀撿");
    static const char *const pick[] = { "挑", "捡", "拣", "揀", "撿", NULL };
    static const char *const say[] = { "说", "讲", "说吧", "讲吧", "说呀", "讲呀", "說", "講", NULL };
    static const char *const spare[] = { "不用", "别", "不必", "不要", "甭", "无需", NULL };
    (void)question;
    for (size_t i = a; i + 2 < b; i++) {
        char head[4] = { 0 };
        if (strlen(tone_word(sc, i)) < 3) continue;
        memcpy(head, tone_word(sc, i), 3);
        if (!cs_word_in(head, pick)) continue;
        if (i > a && in(sc, i - 1, spare)) continue;
        size_t de = find(sc, i + 1, tone_upto(b, i + 5), (list){ "的", NULL });
        if (de + 1 < b && in(sc, de + 1, say)) return tone_hit(sc, "impatient", "不耐烦", i, de + 1, i);
    }
    return 0;
}
