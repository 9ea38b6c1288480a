/* The agent quarrelling with the caller instead of serving them: the 禁忌语 of a desk that answers the
 * caller's manner in kind (own sentences in tests/data/tone_more/fix13a.tsv):
 *
 *   talk_toil        talking with the caller declared a toil (跟您沟通真累, 听你讲话太费劲)
 *   quarrel_blamed   the caller blamed for starting the quarrel (是您先凶我的)
 *   temper_lectured  the caller told to weigh their temper next time (下次发脾气前先想想)
 *   swearing_asked   the caller asked whether they are the one swearing (是不是您在骂人？)
 *   futile_help      the agent's own help declared futile (转了也白转)
 *   chat_sent_away   the caller's chat sent to their friends (闲聊请找朋友)
 *   confront_urged   the caller urged to confront a third party (去单位门口堵他)
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 (不用禁忌语及口头禅), 贵阳 T-GSOCCIA 001—2020 §二(三)6
 * (注意通话语气和态度; the agent keeps calm whatever the caller's manner). None is an insult: no name,
 * no curse, no threat (insults are tone_insult.c's and tone_demean.c's). */
#include "tone_scan.h"
#include "words.h"

/* words that grade a toil (真累, 太费劲, 好辛苦: the lexicon glues some with their degree); a negation before
 * them (一点也不累) lifts it */
static const char *const TOIL[] = { "累", "心累", "真累", "好累", "太累", "很累", "挺累", "真费劲", "好费劲", "太费劲", "真辛苦", "费劲", "费劲儿", "费力", "吃力", "辛苦", "头疼", "头大", "要命", "难受", "折磨",
                                    "受罪", "遭罪", NULL };
/* talking, the thing declared a toil */
static const char *const TALK[] = { "沟通", "说话", "讲话", "交流", "打交道", "说", "讲", "聊", "解释", NULL };

/* Is there a word of the caller's trouble or of care for them in the reply (让您…累了，真抱歉, 辛苦您了)?
 * Then the toil is the caller's, or the agent apologises for it. */
static int toil_is_callers(scan *sc, size_t a, size_t b)
{
    return tone_in_reply(sc, APOLOGY) || find(sc, a, b, (list){ "让您", "让你", "辛苦您", "辛苦你", "您辛苦", NULL }) < b;
}

/* Does the reply put the toil down to the line or the agent's ears, asking the caller to speak up or
 * again (信号不好, 麻烦您大声一点, 您再说一遍)? Then it is the 2.2 ask, not a grumble. */
static int hearing_trouble(scan *sc)
{
    static const char *const line[] = { "信号", "线路", "杂音", "听不清", "声音", "大声", "大点声", "大声点", "大声1点", "慢1点",
                                        "慢点", "再说1遍", "再说1下", "重复1下", "靠近", "话筒", NULL };
    size_t last;
    return tone_spelled_in(sc, 0, sc->w->n, line, &last) != NONE;
}

/* 跟你沟通真累 / 和您说话太费劲了 / 听您讲话好吃力: talking with the caller declared a toil, the caller's
 * manner made a burden (贵阳 §二(三)6; 国家职业技能标准 3.1). The caller is the partner of the talk (跟/和/同
 * 您 + a talking verb) or the one heard (听您说话); the toil follows in the clause, not negated (跟您沟通一点
 * 也不累), not about the line (信号不好，听您说话有点吃力，您大点声 asks for help with the line), not the
 * caller's own toil apologised for (让您跟我们沟通这么累，真抱歉). */
int tone_talk_toil(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"累劲力苦疼大命受罪磨");
    size_t with = find(sc, a, b, (list){ "跟", "和", "同", "听", "与", NULL });
    if (with == NONE || with + 2 >= b || !in(sc, with + 1, &SECOND)) return 0;
    if (!in(sc, with + 2, TALK)) return 0;
    size_t toil = find(sc, with + 3, b, TOIL);
    if (toil == NONE || find(sc, with + 3, toil, &NEG) < toil) return 0;
    if (toil_is_callers(sc, a, b) || hearing_trouble(sc)) return 0;
    return tone_hit(sc, "impatient", "不耐烦（跟您沟通真累）", with, toil, toil);
}

/* 是您先吼我的 / 明明是你先骂人的 / 是你先发火的: the caller blamed for starting the quarrel, the agent
 * answering in kind (贵阳 §二(三)6: keep calm whatever the caller says). 是 + the caller + 先 + an outburst;
 * not denied (不是您先…), not the agent owning it (是我先说错了), not a question (是您先挂的电话吗 asks). */
int tone_quarrel_blamed(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"先");
    static const char *const outburst[] = { "吼", "骂", "凶", "嚷", "吵", "发火", "发脾气", "动手", "挑事", "骂人", "吼我", "骂我",
                                            "凶我", "嚷嚷", "不客气", "出口伤人", "态度不好", NULL };
    if (question) return 0;
    size_t first = find(sc, a, b, (list){ "先", NULL });
    if (first == NONE || first < a + 2 || first + 1 >= b || !in(sc, first - 1, &SECOND)) return 0;
    if (!in(sc, first - 2, (list){ "是", "明明是", "就是", "本来是", "分明是", "还不是", NULL })) return 0;
    if (find(sc, a, first - 2, (list){ "不", "并不", "不是", NULL }) < first - 2) return 0;
    size_t last;
    if (tone_spelled_in(sc, first + 1, tone_upto(b, first + 4), outburst, &last) == NONE) return 0;
    return tone_hit(sc, "blame", "指责客户（是您先吵的）", first - 2, last, first);
}

/* 以后发火前先掂量掂量 / 下次发脾气之前先想清楚 / 骂人前先过过脑子: the caller told to weigh their temper
 * next time, a lecture on their manner (贵阳 §二(三)6). An outburst + 前/之前 + 先 + weighing; not the
 * agent's own (我发火前会先冷静一下), not care for a step of business (下次转账前先核实对方身份). */
int tone_temper_lectured(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"前");
    static const char *const temper[] = { "发火", "发脾气", "骂人", "吼", "吵", "动怒", "生气", "闹", NULL };
    static const char *const weigh[] = { "掂量", "掂量掂量", "想想", "想清楚", "考虑", "考虑清楚", "过过脑子", "过脑子", "冷静",
                                         "冷静冷静", "想1想", "琢磨", NULL };
    size_t t = find(sc, a, b, temper);
    if (t == NONE || find(sc, a, t, &FIRST) < t) return 0;
    size_t before = find(sc, t + 1, tone_upto(b, t + 3), (list){ "前", "之前", "以前", NULL });
    if (before == NONE) return 0;
    size_t then = find(sc, before + 1, tone_upto(b, before + 3), (list){ "先", "最好", "请", "先要", NULL });
    size_t from = then == NONE ? before + 1 : then + 1;
    if (from < b && tone_is(sc, from, "先")) from++;   /* 最好先冷静 */
    size_t last;
    if (tone_spelled_in(sc, from, tone_upto(b, from + 3), weigh, &last) != from) return 0;
    return tone_hit(sc, "lecture", "说教客户（发火前先掂量）", t, last, last);
}

/* 刚才是不是您在电话里骂人？ / 是不是你在爆粗口: the caller asked whether they are the one swearing, an
 * accusation put as a question (贵阳 §二(三)6). 是不是 + the caller as subject + swearing; not the caller as
 * its victim (是不是有人骂您了), not a caring prohibition (请您不要骂人 is no question of who). */
int tone_swearing_asked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"骂脏粗");
    static const char *const swear[] = { "骂人", "骂", "说脏话", "爆粗口", "骂脏话", "骂街", "带脏字", "脏话", "粗口", NULL };
    size_t ask = find(sc, a, b, (list){ "是不是", "是否", NULL });
    if (ask == NONE || ask + 1 >= b || !in(sc, ask + 1, &SECOND)) return 0;
    size_t s = find(sc, ask + 2, b, swear);
    if (s == NONE || find(sc, s + 1, b, &SECOND) < b) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（是不是您在骂人）", ask, s, s);
}

/* 转了也白转 / 您来了也白来 / 投诉也是白投诉: help or an errand declared futile before it is done, the agent
 * giving up on the caller (贵阳 §二(三)6). The verb is echoed after 也(是)白;
 * not denied (转了也不会白转), not with help said after it (去了也白去，我直接帮您在线上办). */
int tone_futile_help(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"白");
    for (size_t i = a + 1; i + 1 < b; i++) {
        if (!tone_is(sc, i, "白")) continue;
        size_t also = i - 1;
        if (tone_is(sc, also, "是") && also > a) also--;
        if (!tone_is(sc, also, "也") || also == a) continue;
        size_t v = also - 1;
        if (tone_is(sc, v, "了") && v > a) v--;
        if (strcmp(tone_word(sc, v), tone_word(sc, i + 1)) != 0) continue;
        if (cs_words_help_after(sc->w, i + 1)) return 0;
        return tone_hit(sc, "dismissive", "打发客户（办了也白办）", v, i + 1, i);
    }
    return 0;
}

/* 闲聊请找朋友 / 想聊天就去找你家里人: the caller's chat sent away to their friends, a brush-off of a caller
 * who may be lonely or elderly (贵阳 §二(三)6). The chat is named first, then
 * sent (找/去找) to friends or family; not the agent's care (平时多找朋友聊聊天, 想聊天的话可以打这个
 * 陪伴热线: a condition or an offer). */
int tone_chat_sent_away(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"聊唠嗑常");
    static const char *const chat[] = { "闲聊", "聊天", "唠嗑", "拉家常", "闲谈", "扯闲篇", "唠家常", "聊闲天", NULL };
    static const char *const kin[] = { "朋友", "家人", "家里人", "亲戚", "别人", "你朋友", "您朋友", "你家人", "您家人", "老伴",
                                       "邻居", NULL };
    size_t last;
    size_t c = tone_spelled_in(sc, a, b, chat, &last);
    if (c == NONE || find(sc, a, b, CONDITION) < b || tone_in_reply(sc, (list){ "可以", "陪伴", "多", "平时", NULL })) return 0;
    size_t go = find(sc, last + 1, tone_upto(b, last + 4), (list){ "找", "去找", NULL });
    if (go == NONE) return 0;
    size_t k = go + 1;
    if (k < b && in(sc, k, &SECOND)) k++;
    if (k >= b || !in(sc, k, kin)) return 0;
    return tone_hit(sc, "dismissive", "打发客户（闲聊找朋友）", c, k, go);
}

/* 您可以去单位门口堵他 / 您直接去他家闹 / 去找他算账: the caller urged to confront a third party in person,
 * a fight handed on instead of a channel given (贵阳 §二(三)6 — the standard's
 * agent directs to a complaint or mediation). 去 + a confronting verb aimed at someone; not 堵车 / 堵了 (traffic,
 * a blocked pipe), not a warning against it (千万别去堵他). */
int tone_confront_urged(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"堵闹账");
    static const char *const confront[] = { "堵他", "堵她", "堵他们", "堵人", "堵门", "闹", "闹事", "大闹", "找他算账", "算账",
                                            "闹1闹", "闹一闹", NULL };
    static const char *const them[] = { "他", "她", "他们", "人", "门", "门口", NULL };
    size_t go = find(sc, a, b, (list){ "去", "过去", "直接去", NULL });
    if (go == NONE || find(sc, a, go, &PROHIB) < go || find(sc, a, go, (list){ "千万别", "千万不要", "不建议", NULL }) < go) return 0;
    for (size_t i = go + 1; i < b; i++) {
        if (tone_is(sc, i, "堵") && i + 1 < b && in(sc, i + 1, them))
            return tone_hit(sc, "dismissive", "推诿（让客户去堵人）", go, i + 1, i);
        if (in(sc, i, confront)) return tone_hit(sc, "dismissive", "推诿（让客户去堵人）", go, i, i);
    }
    return 0;
}
