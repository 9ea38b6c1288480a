/* 禁忌语 and insults that game, rental and rural desks type (helper taboo17, own sentences in
 * tests/data/tone_more/taboo17.tsv):
 *
 *   mock_remedy       the caller's trouble answered with a shrug of a remedy of their own (那你多烧壶开水嘛)
 *   mock_cost         a cost the caller does not bear held up as why they dawdle (话费又不是你出的啊)
 *   laughable_matter  the caller's question or request called laughable (您这个要求太好笑了)
 *   serious_line      the line declared for proper business, so not the caller's (这号码是办正事用的)
 *   what_want_me      the caller asked what they want the agent to do (你想让我干嘛)
 *   calm_first        the caller's temper made the condition of talking (你先把火气压一压再来跟我说)
 *   rest_yourself     the rest of the errand left to the caller (剩下的自己看着办)
 *   hard_for_me       the caller's conduct blamed for the agent's trouble (你这样我很难办的)
 *   police_sendoff    the matter disowned and the caller sent to the police (我们管不了，你去报警)
 *   person_as_thing   the caller called a thing (你这种玩意儿, 养出你这么个东西)      insult
 *   human_asked       the caller asked whether they are human (你还算不算人)           insult
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅; 贵阳 T-GSOCCIA 001—2020 §二(三)6
 * 注意通话语气和态度; the two insults §二(二) 2.1 and §二(四) 4.2 (an attack on the caller's humanity or worth
 * fails the call). */
#include "tone_scan.h"

#include <string.h>

static list END_PARTICLE = { "了", "的", "啊", "呀", "啦", "哦", "哈", "呢", "嘛", "吧", "耶", "伐", "嘞", "咯", NULL };

/* Does nothing but particles follow word k up to b? */
static int closes(scan *sc, size_t k, size_t b)
{
    return tone_words_only_of(sc, k + 1, b, END_PARTICLE);
}

/* Is there a denial (不 / 没 / 并不 / 一点也不) in [from, to)? */
static int negated(scan *sc, size_t from, size_t to)
{
    return find(sc, from, to, &NEG) < to || tone_denied_between(sc, from, to);
}

/* 那你多穿件衣服嘛 / 那您自己买个电暖器呗: a clause opened by 那 (那就, 那你) naming the caller and closing on 嘛 /
 * 呗 — the caller's trouble answered with a remedy they must find themselves, a shrug (推诿 in the guise of advice).
 * A reply that offers anything (a visit, a step of ours, an apology: tone_softened) is advice, not this. */
int tone_mock_remedy(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"那");
    ANCHORS(sc, a, b, U"嘛呗");
    if (question || b < a + 3 || !in(sc, a, (list){ "那", "那就", "那你", "那您", NULL })) return 0;
    if (!in(sc, b - 1, (list){ "嘛", "呗", NULL })) return 0;
    size_t who = find(sc, a, tone_upto(b, a + 3), &SECOND);
    if (who == NONE) who = find(sc, a, tone_upto(b, a + 3), (list){ "你家", "您家", NULL });
    if (who == NONE && !in(sc, a, (list){ "那你", "那您", NULL })) return 0;
    /* the remedy: 多 / 自己 / 先 + a verb, not a wait (那您稍等一下嘛 asks for time) */
    size_t own = find(sc, a + 1, b, (list){ "多", "自己", "自个", "自个儿", NULL });
    if (own == NONE || tone_softened(sc)) return 0;
    return tone_hit(sc, "dismissive", "打发客户（自己想办法）", a, b - 1, own);
}

/* 话费又不是你出的啊 / 电话费不是您掏的嘛: a cost the caller does not bear named as why they may dawdle or waste
 * (sarcasm). 这笔钱不是您付的，是系统误扣的 states a fact: no particle, no 又, and a refund is no jab. */
int tone_mock_cost(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"掏出付花交");
    size_t not = find(sc, a, b, (list){ "不是", "又不是", NULL });
    if (not == NONE || not + 2 >= b || !in(sc, not + 1, &SECOND)) return 0;
    if (!in(sc, not + 2, (list){ "掏", "出", "付", "花", "交", "掏的", "出的", "付的", "花的", "交的", NULL })) return 0;
    /* the 的 glued to the verb (掏的) or its own word after it */
    size_t de = not + 2;
    if (in(sc, de, (list){ "掏", "出", "付", "花", "交", NULL })) {
        if (++de >= b || !tone_is(sc, de, "的")) return 0;
    }
    int jab = tone_is(sc, not, "又不是") || (not > a && in(sc, not - 1, (list){ "又", "反正", NULL })) ||
              (b - 1 > de && in(sc, b - 1, (list){ "啊", "嘛", "呀", "哦", NULL }));
    if (!jab || !closes(sc, de, b)) return 0;
    if (tone_in_reply(sc, (list){ "退", "退还", "退给", "返还", "误扣", "补偿", "赔", NULL })) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（又不是你出钱）", not, de, not);
}

/* 你这个问题很可笑 / 您这要求太搞笑了: the caller's question or request called laughable or absurd (sarcasm,
 * belittling the matter). 这个问题一点也不可笑 / 别觉得问题可笑 deny or comfort it. */
int tone_laughable_matter(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"笑荒滑谬");
    static list laughable = { "可笑", "好笑", "搞笑", "荒唐", "滑稽", "荒谬", "可笑了", "好笑了", NULL };
    static list matter = { "问题", "要求", "想法", "说法", "投诉", "事", "事儿", "理由", "请求", "诉求", NULL };
    size_t l = find(sc, a, b, laughable);
    if (l == NONE) return 0;
    size_t m = find(sc, a, l, matter);
    if (m == NONE || find(sc, a, m, &SECOND) == NONE || negated(sc, m + 1, l)) return 0;
    if (find(sc, a, m, (list){ "别", "不要", "别觉得", "不用", "不必", NULL }) < m) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（问题可笑）", m, l, l);
}

/* 我们这热线是给正经事用的 / 这个电话是办正事的: the line declared for proper business, so the caller's matter is
 * none (condescension). Said of the caller's matter (您这是正事, 您这正经事我马上办) it is no jab. */
int tone_serious_line(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"正要");
    size_t s = find(sc, a, b, (list){ "正经事", "正事", "要紧事", "正经", NULL });
    if (s == NONE || question || find(sc, a, b, &SECOND) < b) return 0;
    size_t line = find(sc, a, s, (list){ "热线", "电话", "线", "号码", "这个号", "号", "专线", "热线电话", NULL });
    if (line == NONE) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（热线是办正事的）", line, s, s);
}

/* 那你打电话给我是想让我干啥？ / 你到底想让我怎么样？: the caller asked what they want the agent to do — a
 * rhetorical throw-back. 您希望我怎么帮您处理呢 offers help (帮您). */
int tone_what_want_me(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"让叫要");
    ANCHORS(sc, a, b, U"啥嘛样办什整");
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE) return 0;
    size_t let = find(sc, who + 1, b, (list){ "让", "叫", "要", "想让", "要我", "让我", NULL });
    if (let == NONE) return 0;
    size_t me = in(sc, let, (list){ "要我", "让我", NULL }) ? let : find(sc, let + 1, tone_upto(b, let + 2), &FIRST);
    if (me == NONE) return 0;
    size_t what = find(sc, me + 1, tone_upto(b, me + 3), (list){ "干啥", "干嘛", "干什么", "怎么样", "咋样", "咋办", "怎样",
                                                               "咋整", NULL });
    /* 干 | 啥 as two words */
    if (what == NONE) {
        size_t gan = find(sc, me + 1, tone_upto(b, me + 3), (list){ "干", "做", NULL });
        if (gan + 1 < b && in(sc, gan + 1, (list){ "啥", "嘛", "什么", NULL })) what = gan + 1;
    }
    if (what == NONE || !closes(sc, what, b) || find(sc, a, b, (list){ "帮", "帮您", "帮你", "为您", NULL }) < b) return 0;
    return tone_hit(sc, "rhetorical", "反问客户（想让我干啥）", who, what, what);
}

/* 您先把情绪收一收再跟我讲 / 你冷静下来再打过来: the caller's temper made the condition of talking (impatience).
 * 您先别着急，我马上帮您查 comforts and goes on: no 再 + talk. */
int tone_calm_first(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"情火脾冷气");
    ANCHORS(sc, a, b, U"再");
    size_t mood = find(sc, a, b, (list){ "情绪", "火气", "脾气", "冷静", "冷静下来", "消气", "气消", "气", NULL });
    if (mood == NONE) return 0;
    size_t again = find(sc, mood + 1, b, (list){ "再", NULL });
    if (again == NONE) return 0;
    size_t talk = find(sc, again + 1, tone_upto(b, again + 4), (list){ "跟我", "和我", "说", "讲", "谈", "打", "打过来", "打来",
                                                                     "讲话", "说话", "沟通", "聊", NULL });
    if (talk == NONE || find(sc, a, b, (list){ "帮", "帮您", "帮你", NULL }) < b) return 0;
    return tone_hit(sc, "impatient", "不耐烦（先把情绪收了再说）", mood, talk, mood);
}

/* 剩下的自己搞定 / 其余的自己看着办: the rest of the errand left to the caller (推诿). 剩下的我自己来 / 剩下的系统
 * 会自己处理 name who does it. */
int tone_rest_yourself(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"剩其余");
    ANCHORS(sc, a, b, U"自");
    size_t rest = find(sc, a, b, (list){ "剩下", "剩下的", "其余", "其余的", "其他的", "余下", "余下的", NULL });
    if (rest == NONE) return 0;
    size_t self = find(sc, rest + 1, tone_upto(b, rest + 4), (list){ "自己", "自个", "自个儿", NULL });
    if (self == NONE || find(sc, rest + 1, self, &FIRST) < self) return 0;
    for (size_t k = rest + 1; k < self; k++)
        if (!in(sc, k, &SECOND) && !in(sc, k, (list){ "的", "就", "得", "要", "你就", "您就", NULL })) return 0;
    if (self + 1 >= b) return 0;
    return tone_hit(sc, "dismissive", "推诿（剩下的自己办）", rest, self + 1, self);
}

/* 你这样我很难做的 / 您这么闹我们很难办: the caller's conduct blamed for the agent's trouble. 您这个情况我们确实
 * 难办，我去申请一下 names a matter and goes on to help. */
int tone_hard_for_me(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"难为");
    size_t who = find(sc, a, b, &SECOND);
    if (who == NONE || who + 2 >= b || !in(sc, who + 1, (list){ "这样", "这么", "这样子", "这么样", "这么搞", "这么闹", NULL }))
        return 0;
    size_t me = find(sc, who + 2, tone_upto(b, who + 5), &FIRST);
    if (me == NONE) return 0;
    size_t hard = find(sc, me + 1, tone_upto(b, me + 4), (list){ "难做", "难办", "为难", "很难做", "很难办", "难", NULL });
    if (hard == NONE || tone_softened(sc)) return 0;
    return tone_hit(sc, "blame", "怪罪客户（你这样我很难做）", who, hard, hard);
}

/* 这个我们不负责，您报警吧 / 我们管不了，你找派出所去: the matter disowned and the caller sent to the police, with
 * nothing of ours after (推诿). 建议您报警，我们这边同步冻结账户 helps (tone_softened). */
int tone_police_sendoff(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"报警派1");
    size_t p = find(sc, a, b, (list){ "报警", "找警察", "派出所", "110", "打110", NULL });
    if (p == NONE) return 0;
    if (!tone_in_reply(sc, (list){ "不负责", "负责不了", "管不了", "不管", "不归", "没办法", "不关", NULL })) {
        /* 不 | 负责 as two words */
        int disowned = 0;
        for (size_t k = 0; k + 1 < sc->w->n && !disowned; k++)
            disowned = tone_is(sc, k, "不") && in(sc, k + 1, (list){ "负责", "管", NULL });
        if (!disowned) return 0;
    }
    if (tone_softened(sc)) return 0;
    return tone_hit(sc, "dismissive", "推诿（让客户去报警）", p, p, p);
}

/* 你这种玩意儿 / 你家里人咋养出你这么个东西: the caller called a thing (东西, 玩意, 货) — an attack on their worth,
 * closing its clause (您这个东西是在哪儿买的 goes on: a thing of the caller's). */
int tone_person_as_thing(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"东玩货");
    static list thing = { "东西", "玩意", "玩意儿", "货", "货色", "玩艺儿", NULL };
    for (size_t t = find(sc, a, b, thing); t < b; t = find(sc, t + 1, b, thing)) {
        if (t < a + 2 || !closes(sc, t, b)) continue;
        size_t kind = t - 1;
        if (!in(sc, kind, (list){ "这么个", "这种", "这号", "这样的", "个", "那种", "那么个", NULL })) continue;
        if (tone_is(sc, kind, "个") && kind > a && in(sc, kind - 1, (list){ "这么", "那么", "这", NULL })) kind--;
        if (kind == a || !in(sc, kind - 1, &SECOND)) continue;
        return tone_hit(sc, "belittle", "辱骂客户（不是东西）", kind - 1, t, t);
    }
    return 0;
}

/* 你还是不是人 / 你还算人吗 / 您是人吗: the caller asked whether they are human (an attack on their humanity, as
 * 您是第一次做人吗). 您是本人吗 / 您是不是人在外地 go on or ask something else. */
int tone_human_asked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"人");
    for (size_t h = find(sc, a, b, (list){ "人", NULL }); h < b; h = find(sc, h + 1, b, (list){ "人", NULL })) {
        if (h < a + 2 || !closes(sc, h, b)) continue;
        size_t be = h - 1;
        if (!in(sc, be, (list){ "是", "是不是", "算", "算不算", "还是不是", "还算", "还是", "算是", NULL })) continue;
        size_t who = be - 1;
        if (in(sc, who, (list){ "还", "到底", "究竟", NULL }) && who > a) who--;
        if (!in(sc, who, &SECOND)) continue;
        if (!question && !in(sc, be, (list){ "是不是", "算不算", "还是不是", NULL })) continue;
        return tone_hit(sc, "belittle", "辱骂客户（不是人）", who, h, h);
    }
    return 0;
}
