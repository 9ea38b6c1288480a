/* The caller likened to an inert thing or a small child (helper insult32, own sentences in
 * tests/data/tone_more/insult32.tsv):
 *
 *   thing_likened      你是块木头哇 / 你是电线杆子吗 / 跟个木桩子一样，问啥都不答 / 跟你说话就像对着一堵墙 /
 *                      你咋跟个小娃儿一样，啥都要人教
 *   child_knows_more   三岁娃娃都晓得的事你不晓得 / 小学生都会填，你还问
 *
 * The label rule of tests/data/eval/README.md: the caller ranked with a child or a beast, or called a thing, is a
 * demeaning word — an insult, which fails the call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语, §二(四) 4.2). The
 * thing said of a thing (这张桌子是木头的), of the agent (我跟木头一样，刚才没反应过来) or of the caller's own child
 * (您家小孩都知道的话，让他帮您操作) is no insult. */
#include "tone_scan.h"

#include <string.h>

/* things without a mind or a tongue, said of a person who does not answer or understand */
static list THING = { "木头", "木头人", "石头", "石头人", "树桩", "树桩子", "木桩", "木桩子", "桩子", "电线杆", "电线杆子",
                      "机器人", "复读机", "榆木疙瘩", "榆木脑袋", "木鱼", "墙", "柱子", "木偶", "雕塑", "泥塑", "稻草人",
                      "闷葫芦", "假人", "石墩", "石墩子", "砖头", "木疙瘩", "堵墙", "面墙", NULL };
/* a small child, the caller likened to or ranked below */
static list CHILD = { "小孩", "小孩子", "小娃", "小娃儿", "娃娃", "娃儿", "三岁小孩", "3岁小孩", "三岁娃娃", "小朋友", "小学生",
                      "幼儿园", "小屁孩", "细路仔", "细佬", "三岁孩子", "3岁孩子", "婴儿", NULL };
static list MEASURE = { "个", "块", "根", "截", "一块", "一根", "一个", "一截", "一堵", "一面", "堵", "面", "台", "一台", "尊",
                        "一尊", "坨", "一坨", NULL };
static list CLOSING = { "了", "的", "啊", "呀", "啦", "哦", "哈", "呢", "嘛", "吧", "吗", "哇", "嘞", "咯", "噻", "嗦", "不",
                        "撒", "伐", "么", NULL };

/* The thing (or child, with kids) at word k, after an optional measure word: its index, or NONE. */
static size_t thing_at(scan *sc, size_t k, size_t b, int kids)
{
    if (k < b && tone_is(sc, k, "1")) k++;   /* 一块 / 一堵 in the normal form: 1 / 块 */
    if (k < b && in(sc, k, MEASURE)) k++;
    if (k >= b) return NONE;
    if (!in(sc, k, THING) && !(kids && in(sc, k, CHILD))) return NONE;
    /* 电线杆 / 子, 石头 / 做 / 的: the lexicon's cut of the thing's tail, or what it is made of */
    if (k + 1 < b && in(sc, k + 1, (list){ "子", "儿", "做的", NULL })) k++;
    else if (k + 2 < b && tone_is(sc, k + 1, "做") && tone_is(sc, k + 2, "的")) k += 2;
    return k;
}

/* 你是块木头哇 / 你是不是电线杆子 / 您简直就是个复读机: the caller (right before) said to be a thing, closing its
 * clause. 您是说木头吗 / 您要的是木头的吗 put another word between; 您是木头过敏吗 goes on. */
static int said_to_be(scan *sc, size_t a, size_t b)
{
    static list be = { "是", "就是", "真是", "简直是", "简直就是", "是不是", "莫不是", "是个", "系", "係", NULL };
    for (size_t k = find(sc, a, b, be); k < b; k = find(sc, k + 1, b, be)) {
        size_t who = k;
        if (who > a && in(sc, who - 1, (list){ "简直", "真", "就", "还", "到底", NULL })) who--;
        if (who == a || !in(sc, who - 1, &SECOND)) continue;
        size_t t = tone_is(sc, k, "是个") ? thing_at(sc, k + 1, b, 0) : thing_at(sc, k + 1, b, 0);
        if (t == NONE || !tone_words_only_of(sc, t + 1, b, CLOSING)) continue;
        /* 您是机器人吗？不是的，我是人工客服: the caller's question echoed and answered by the agent */
        if (b < sc->w->n && find(sc, b, sc->w->n, (list){ "不是的", "我是", "我不是", "人工", "真人", NULL }) != NONE) continue;
        return tone_hit(sc, "belittle", "贬低客户（比作木头、小孩）", who - 1, t, t);
    }
    return 0;
}

/* the next clause after one ending at b says the caller does not answer, move or understand, or needs teaching */
static int unresponsive_after(scan *sc, size_t b)
{
    static list dumb = { "啥都", "什么都", "不懂", "不会", "不动", "不答", "不吭", "不说话", "不回", "没反应", "要人教", "人教",
                         "教", "说不通", "听不进", "听不懂", "不开窍", "不明白", "几遍", "多少遍", NULL };
    return b < sc->w->n && tone_next_clause_holds(sc, b, dumb) != 0;
}

/* 你咋跟个小娃儿一样，啥都要人教 / 跟块木头似的，问啥都不答 / 您真像个木头人: likened (跟 / 像 …) to a thing or a
 * child with 一样 / 似的 closing the clause, the caller its subject or no subject named, and scorn said: a degree
 * (咋, 怎么, 真, 简直) before the likeness or the next clause telling what they fail at. 我跟木头一样 is the agent;
 * 您跟小孩一样，也可以免票 says nothing of the caller's mind. */
static int likened_to(scan *sc, size_t a, size_t b)
{
    static list like = { "跟", "像", "和", "好像", "就像", "活像", "如同", "似", "跟个", "像个", "和个", "跟块", "像块", NULL };
    static list as = { "一样", "1样", "似的", "一般", "1般", "样", "那样", NULL };
    static list degree = { "咋", "怎么", "真", "简直", "咋个", "就", "跟个", "像个", NULL };
    if (tone_agent_in(sc, a, b)) return 0;
    for (size_t l = find(sc, a, b, like); l < b; l = find(sc, l + 1, b, like)) {
        size_t t = thing_at(sc, l + 1, b, 1);
        if (t == NONE || t + 1 >= b) continue;
        size_t e = t + 1;
        if (tone_is(sc, e, "1") && e + 1 < b) e++;   /* 一样 in the normal form: 1 / 样 */
        if (!in(sc, e, as) || !tone_words_only_of(sc, e + 1, b, CLOSING)) continue;
        size_t who = find(sc, a, l, &SECOND);
        /* a subject other than the caller (这张桌子跟石头一样硬) */
        if (who == NONE && l > a && !in(sc, a, degree) && !in(sc, a, (list){ "简直", NULL })) continue;
        if (find(sc, a, l, degree) == NONE && !unresponsive_after(sc, b)) continue;
        return tone_hit(sc, "belittle", "贬低客户（比作木头、小孩）", l, e, t);
    }
    return 0;
}

/* 跟你说话就像对着一堵墙 / 和您讲话像在跟木头讲: talking with the caller likened to talking to a thing. */
static int talk_to_thing(scan *sc, size_t a, size_t b)
{
    static list talk = { "说话", "讲话", "说", "讲", "沟通", "聊", "交流", NULL };
    size_t you = find(sc, a, b, &SECOND);
    if (you == NONE || you == a || !in(sc, you - 1, (list){ "跟", "和", "同", "与", NULL })) return 0;
    size_t t = find(sc, you + 1, tone_upto(b, you + 3), talk);
    if (t == NONE) return 0;
    size_t l = find(sc, t + 1, b, (list){ "像", "就像", "好像", "跟", "如同", NULL });
    if (l == NONE) return 0;
    size_t k = l + 1;
    while (k < b && k < l + 4 && in(sc, k, (list){ "在", "对着", "对", "着", "跟", "和", "是", "一堵", "一面", NULL })) k++;
    size_t th = thing_at(sc, k, b, 0);
    if (th == NONE) return 0;
    return tone_hit(sc, "belittle", "贬低客户（比作木头、小孩）", you, th, th);
}

int tone_thing_likened(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    return said_to_be(sc, a, b) || likened_to(sc, a, b) || talk_to_thing(sc, a, b);
}

/* Words that close a gap for the caller instead of holding it against them (没关系, 我教您, 不用担心). */
static list COMFORT = { "没关系", "不要紧", "没事", "教您", "教你", "帮您", "帮你", "不用担心", "别担心", "不用急", "别着急",
                        "不用着急", "放心", NULL };

/* At word d (before end) the caller's not knowing or still asking: a word of not knowing (不知道, 不会), or a
 * denial or 还 / 咋 / 却 with a word of knowing or asking after it. 您不用担心, 您不妨 deny no knowing. */
static int knows_less(scan *sc, size_t d, size_t end, list know)
{
    static list not_know = { "不知道", "不晓得", "不懂", "不会", "不明白", "不清楚", "不认识", "不会用", "不会填", "搞不懂",
                             "弄不懂", "不能懂", NULL };
    static list then = { "还", "咋", "怎么", "却", "倒", "还不", "咋不", "却不", NULL };
    if (d >= end) return 0;
    if (in(sc, d, not_know)) return 1;
    if (!in(sc, d, &NEG) && !tone_is(sc, d, "不") && !in(sc, d, then)) return 0;
    return d + 1 < end && (in(sc, d + 1, know) || in(sc, d + 1, not_know) || in(sc, d + 1, (list){ "问", "要问", "来问", NULL }));
}

/* 小孩子都晓得的事你不晓得 / 三岁小孩都懂，你还问: a child knows (都 / 也 and a word of knowing) what the caller, named
 * after it in the same clause or the next, does not (a denial or 还 after the caller's word). The caller ranked
 * below a child (the label rule: an insult). 您家孩子都知道 is the caller's own; 小学生都知道的话，您问问孩子 denies the
 * caller nothing. */
int tone_child_knows_more(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    static list know = { "知道", "晓得", "懂", "会", "明白", "清楚", "认识", "会用", "会填", "能懂", NULL };
    static list also = { "都", "也", "都会", "都懂", "都知道", "都晓得", "也会", "也懂", "也知道", NULL };
    for (size_t c = find(sc, a, b, CHILD); c + 1 < b; c = find(sc, c + 1, b, CHILD)) {
        if (find(sc, a, c, &SECOND) < c || tone_agent_in(sc, a, c)) continue;
        size_t k = c + 1;
        if (tone_is(sc, k, "的") && k + 1 < b) k++;   /* 幼儿园的都会 */
        if (!in(sc, k, also)) continue;
        if (!in(sc, k, (list){ "都会", "都懂", "都知道", "都晓得", "也会", "也懂", "也知道", NULL })) {
            if (k + 1 >= b || !in(sc, k + 1, know)) continue;
            k++;
        }
        size_t end = tone_next_clause_end(sc, b);
        size_t you = find(sc, k + 1, end, &SECOND);
        if (you == NONE || you + 1 >= end) continue;
        if (!knows_less(sc, you + 1, end, know)) continue;
        /* 您不会也没关系，我一步步教您: the gap named to be closed for the caller, a reassurance */
        if (find(sc, you, sc->w->n, COMFORT) != NONE) continue;
        return tone_hit(sc, "belittle", "贬低客户（不如小孩）", c, you, c);
    }
    return 0;
}

/* 别给我耍无赖 / 你少在这装蒜 / 你别跟我装傻充愣: the caller told off for feigning (装 + a state put
 * on: 糊涂, 傻, 疯, 蒜, 聋作哑 …) or playing the scoundrel (耍无赖, 耍流氓) — an attack on their character,
 * their trouble called a sham (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). Scolded: a prohibition (别, 少, 不要, 莫) with no
 * care word (千万, 请), or the caller its subject. 这款玩偶会装傻, 装蒜的罐子 and 对方商家耍无赖 name no caller. */
int tone_feigning_scolded(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    /* (not 装可怜, 耍赖, 撒泼: the trouble made light of, a 禁忌语 the corpora label insult 0) */
    static list feign = { "装傻", "装傻充愣", "装糊涂", "装疯", "装疯卖傻", "装蒜", "装聋作哑", "装聋", "装哑", "耍无赖",
                          "耍流氓", "装怪", NULL };
    static list feign_obj = { "傻", "糊涂", "疯", "蒜", "聋", "哑", "傻充愣", "无赖", "流氓", "怪", NULL };
    static list forbid = { "别", "少", "不要", "莫", "甭", "休想", "别跟我", "别给我", "少跟我", "少给我", "不许", NULL };
    for (size_t k = a; k < b; k++) {
        int hit = in(sc, k, feign);
        if (!hit && in(sc, k, (list){ "装", "耍", NULL }) && k + 1 < b && in(sc, k + 1, feign_obj)) hit = 1;
        if (!hit) continue;
        size_t f = find(sc, a, k, forbid);
        size_t you = find(sc, a, k, &SECOND);
        if (f == NONE && you == NONE) continue;
        /* 千万别 may be one word of the lexicon: read the joined text, in place (a long clause read whole) */
        if (tone_words_hold(sc, a, k, (list){ "千万", "请", "一定", "务必", NULL })) continue;
        /* 对方商家在耍无赖 / 他装糊涂: a third party its subject */
        if (you == NONE && find(sc, a, k, (list){ "他", "她", "他们", "她们", "对方", "商家", "那人", NULL }) < k) continue;
        return tone_hit(sc, "belittle", "贬低客户（人格攻击）", f < you ? f : you, k, k);
    }
    return 0;
}

/* 搞锤子，你到底要哪个 / 锤子哦，你说了半天说的啥 / 干恁娘，你到底要怎样 / 顶你个肺，你听唔听到: a regional curse standing as
 * a clause of its own (particles at most), and the caller addressed in the clause right after it, or in the curse
 * itself — swearing at the caller, an insult (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2). Said before a clause
 * about a thing (锤子，电脑又卡了) it is a 口头禅 only; 锤子手机, 这把锤子, 您是问锤子吗 are no clause of a curse. */
int tone_regional_curse_at_caller(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    static list curse = { "锤子", "搞锤子", "搞啥子锤子", "搞啥锤子", "搞个锤子", "干锤子", "干啥子锤子", "锤子锤子",
                          "干恁娘", "干你娘", "姦恁娘", "干林娘", "干拎娘", "干恁老母", "顶你个肺", "顶你肺", "扑街",
                          "仆街", "丢雷老母", "丢雷", "屌你老母", NULL };
    static list particle = { "哦", "啊", "呀", "嘛", "哟", "哇", "噢", "嘞", "咯", "了", "喔", "啦", "哈", NULL };
    size_t e = b;
    while (e > a + 1 && in(sc, e - 1, particle)) e--;
    char buf[128];
    const char *s = tone_joined(sc, a, e, buf, sizeof buf);
    if (!cs_word_in(s, curse)) return 0;
    int aimed = strstr(s, "你") || strstr(s, "恁");
    if (!aimed && tone_next_clause_holds(sc, b, (list){ "你", "您", "侬", "恁", "妳", NULL }) == 0) return 0;
    /* 锤子，你稍等一下，我这边系统卡了 / 锤子，你那边信号不好: the caller named only for a wait or a line at fault —
     * the curse is at the thing, a 口头禅 (禁忌语) */
    if (!aimed && tone_next_clause_holds(sc, b, (list){ "稍等", "等一下", "等等", "等我", "帮您", "帮你", "我查", "我这边",
                                                        "系统", "信号", "网络", "电脑", "听不清", "卡了", NULL }) != 0)
        return 0;
    return tone_hit(sc, "belittle", "辱骂客户（方言骂人）", a, e - 1, a);
}
