/* Insults: an attack on the caller's mind, body, worth, family or kind
 * (您这脑子怎么就转不过弯来呢, 你全家都是骗子, 穷就别办卡, a group stereotype), a curse, scorn by
 * register (畜生, 没教养). An insult fails the call: 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 and
 * §二(四) 4.2 (有效控制个人情绪), §二(三)6 (注意通话语气和态度); 国家职业技能标准 2.1.2 文明礼貌.
 * Hits carry rule "belittle" (tone_hit marks them insult). Caring words made of the same
 * characters (您千万别做傻事, 不丢人, 您这人真热心) are left alone by the conditions noted at
 * each. */
#include "tone_fix34a.h"
#include "tone_scan.h"
#include "tone_insult34.h"

#include <string.h>

/* 您这人真热心 / 你这人真好说话: the caller as a kind of person, praised (belittle reads 你这人
 * as scorn). A praise word right after, not denied (你这人不讲理 is scorn). */
static int kind_praised(scan *sc, size_t kind, size_t b)
{
    static const char *const praise[] = { "热心", "真好", "挺好", "很好", "太好了", "不错", "客气", "实在", "厚道", "爽快",
                                          "好说话", "通情达理", "明事理", "讲理", "善良", "细心", "耐心", "周到", "和气", "大度",
                                          "仗义", "靠谱", "热情", "好心", "心善", "心好", "体贴", "随和", "有礼貌", "真不错", "挺不错", "很不错",
                                          /* (helper fixp11) */
                                          "够意思", "热心肠", "有心", "负责", "真诚", "诚恳", "贴心", "认真", "讲信用", "守信",
                                          "大方", "痛快", "敞亮", "地道", "靠得住", "讲道理", "有耐心", "懂事", "明理", "豁达",
                                          "开朗", "正直", "细致", "心细", "有爱心", "暖心", "好相处", "好沟通", NULL };
    size_t p = find(sc, kind + 1, tone_upto(b, kind + 4), praise);
    if (p < b) return !tone_denied_between(sc, kind + 1, p);
    /* 您这人真好 / 你这人挺好的啊 / 真好说话, cut 真/好: a degree word, then 好 ending the clause but
     * for a particle, or 好 + 说话/相处/心/人 (你这人真好笑 / 真好意思 are other words, and scorn) */
    size_t d = find(sc, kind + 1, tone_upto(b, kind + 3), (list){ "真", "挺", "很", "蛮", "可", "特", "特别", "非常", "真是", "可真", NULL });
    if (d + 1 >= b || !tone_is(sc, d + 1, "好") || tone_denied_between(sc, kind + 1, d + 1)) return 0;
    return d + 2 >= b || in(sc, d + 2, (list){ "的", "啊", "呀", "呢", "哦", "哈", "嘛", "啦", "噢", "说话", "相处", "心", "人", "讲话", "商量",
                                       "沟通", "打交道", "处", NULL });
}

/* 你这人 (word k) judged: an insult unless it only reproaches — 你这人怎么听不进去话呢, 怎么 and no
 * vice, pest word, word of a dull mind or of bad character after it (你这人真难缠, 你这人怎么这么蠢,
 * 你这人是不是有病 stay insults). */
static int vice_after(scan *sc, size_t k, size_t b);

static int only_reproached(scan *sc, size_t k, size_t b)
{
    return find(sc, k + 1, tone_upto(b, k + 3), (list){ "怎么", "咋", "咋就", "怎么就", NULL }) < b && !vice_after(sc, k, b);
}

/* A vice, a pest word or a word of a dull mind within four words after k (你这人真难缠, 你这人真蠢),
 * or a word of bad character anywhere after it: the caller as a person with a fault. */
static int vice_after(scan *sc, size_t k, size_t b)
{
    static const char *const bad[] = { "差劲", "太差", "素质", "没素质", "人品", "为人", "德行", "德性", "不要脸", "无耻",
                                       "恶心", "讨厌", "烦人", "有病", "有毛病", "神经", "欠", "贱", "活该", "不配", NULL };
    size_t e = tone_upto(b, k + 5);
    /* insult33: 你这人咋这么磨叽 / 你这人怎么这么啰嗦 — the caller's pace reproached (a pest word that is a word of
     * dawdling): impatience, a 禁忌语 (呼叫服务员职业标准(试行) 五级 三(一)2), not an attack on their character
     * (贵阳 §二(四)4.2); 你这人咋这么难缠 stays one */
    size_t pest = find(sc, k + 1, e, &PEST);
    if (pest < b && in(sc, pest, &DAWDLE)) pest = find(sc, pest + 1, e, &PEST);
    return find(sc, k + 1, e, &NASTY) < b || pest < b || find(sc, k + 1, e, &MIND) < b ||
           find(sc, k + 1, e, &DULL) < b || find(sc, k + 1, b, bad) < b;
}

/* The label of belittling; NOT_FOUND: a check of belittle's whose frames are not in the clause
 * (else it returns what tone_hit said, and belittle stops there). */
static const char BELITTLED[] = "贬低客户";
#define NOT_FOUND (-1)

/* Condescension with no demeaning word (说了你也不懂, 这么简单的事都不会吗, 你是第一天用手机吗, 您到底
 * 会不会用手机): a 禁忌语 (国家职业技能标准 3.1 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三) 6 注意通话
 * 语气和态度) but no insult: it names no fault of the caller's mind, senses, body, education or
 * character (the label rule of tests/data/eval/README.md "How a label is decided", as the six
 * independent examiners of seen3–seen8 label it). A name or a demeaning word in the same reply is
 * caught by its own rule. Reported as a rhetorical jab, or a lecture when not asked. */
const char CS_TONE_CONDESCENDED[] = "居高临下，轻视客户";
#define CONDESCENDED CS_TONE_CONDESCENDED

/* 您是第一次办护照吗？第一次办需要现场采集指纹 (fpprobe): the clause after the question (ending at b)
 * names a first time again with what it needs (需要, 要, 得, 的话, 先, 免费 …): the question decides a
 * step of the service (贵阳 T-GSOCCIA 001—2020 §二(二) 2.5 询问 in spirit), no doubt of the caller's
 * skill. 您是第一次用手机吗？这都不会 goes on with no step. */
static int first_time_step(scan *sc, size_t b)
{
    if (b >= sc->w->n) return 0;
    size_t c = sc->w->v[b].clause, e = b;
    while (e < sc->w->n && sc->w->v[e].clause == c) e++;
    /* (the normal form reads 第一次 as 第/1/次) */
    size_t again = find(sc, b, e, (list){ "第一次", "首次", "初次", "第一回", "第", NULL });
    if (again == NONE) return 0;
    return find(sc, again + 1, e, (list){ "需要", "要", "得", "的话", "先", "免费", "可以", "必须", "须", NULL }) < e;
}

static int condescended(scan *sc, int question, size_t first, size_t last, size_t key)
{
    return tone_hit(sc, question ? "rhetorical" : "lecture", CONDESCENDED, first, last, key);
}

/* The caller (who) as a kind of person (你这种人, 你这人), new to everything (你是第一天用手机吗),
 * their head (您这脑子…) or their demands (就您事多). */
static int aimed_as_kind(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who < b) {
        /* 说了你也不懂 / 跟您讲了您也听不明白 (the second 您) */
        for (size_t y = who; y < b; y = find(sc, y + 1, b, &SECOND)) {
            size_t also = find(sc, y + 1, tone_upto(b, y + 2), (list){ "也", NULL });
            if (also < b && y > a && in(sc, y - 1, &DONE) && tone_find_cannot(sc, also + 1, b) < b)
                return condescended(sc, question, y - 1, also + 1, y);
        }
        size_t kind = find(sc, who + 1, tone_upto(b, who + 3), &KIND);
        /* 你这人怎么听不进去话呢 reproaches; 你这人真难缠 / 你这种人 class the caller */
        if (kind < b && !kind_praised(sc, kind, b) && tone_is(sc, kind, "这人") && only_reproached(sc, kind, b))
            return condescended(sc, question, who, kind, kind);
        if (kind < b && !kind_praised(sc, kind, b)) return tone_hit(sc, "belittle", BELITTLED, who, kind, kind);
        /* 你这种人 / 你这种素质的人: the caller as a kind of person */
        size_t sort = find(sc, who + 1, tone_upto(b, who + 3), (list){ "这种", "这样", "这号", "迭种", NULL });   /* 迭种: Wu */
        size_t person = sort < b ? find(sc, sort + 1, tone_upto(b, sort + 4), (list){ "人", "的人", NULL }) : NONE;
        /* 您这种问题很多人遇到过: 很多人 are other people (fixin11) */
        if (person < b && in(sc, person - 1, (list){ "很多", "好多", "许多", "不少", "多", "有些", "一些", NULL })) person = NONE;
        /* 您这种情况的人 / 您这种套餐的人 / 像您这样年纪的人: people in the caller's situation, a matter
         * named between, not the caller classed (fixin11) */
        static const char *const matter[] = { "情况", "情形", "问题", "套餐", "年纪", "年龄", "年龄段", "岁数", "病", "疾病",
                                              "症状", "病情", "业务", "条件", "身份", "职业", "工作", "类型", "户型", "车型",
                                              "会员", "卡", "账户", "保单", "险种", "订单", "需求", "经历", "遭遇", NULL };
        if (person < b && find(sc, sort + 1, person, matter) < person) person = NONE;
        if (person < b) return tone_hit(sc, "belittle", BELITTLED, who, person, person);
        if (who + 2 < b && tone_is(sc, who + 1, "这") && tone_is(sc, who + 2, "人") && !kind_praised(sc, who + 2, b))
            return only_reproached(sc, who + 2, b) ? condescended(sc, question, who, who + 2, who + 2)
                                                   : tone_hit(sc, "belittle", BELITTLED, who, who + 2, who + 2);
        size_t first = find(sc, who + 1, tone_upto(b, who + 3), (list){ "第一天", "第一次", "第", NULL });
        /* 你是第一天用手机吗 — not 请问您是第一次使用我们的服务吗 (a courtesy question) */
        if (question && first < b && find(sc, a, b, (list){ "请问", "请", "麻烦", "请教", NULL }) == NONE &&
            find(sc, a, b, &FIRST) == NONE) {   /* 您是第一次使用我们的服务吗 is a courtesy question */
            /* 您是第一次做人吗 attacks the caller's character; 第一次用手机 only condescends */
            if (find(sc, first + 1, tone_upto(b, first + 4), (list){ "做人", "当人", "为人", "人", NULL }) < b)
                return tone_hit(sc, "belittle", BELITTLED, who, first, first);
            /* 您是第一次办护照吗？第一次办需要现场采集指纹 (fpprobe): asked because a first time has a
             * step of its own, said in the next clause */
            if (first_time_step(sc, b)) return NOT_FOUND;
            return condescended(sc, question, who, first, first);
        }
    }
    if (who < b) {
        /* 您这脑子怎么就转不过弯来呢 */
        size_t body = find(sc, who + 1, tone_upto(b, who + 3), &BODY);
        if (body < b && (in(sc, body - 1, (list){ "这", "这种", "这个", "那点", "这点", NULL }) ||
                         find(sc, body + 1, b, (list){ "怎么", NULL }) < b))
            return tone_hit(sc, "belittle", BELITTLED, who, body, body);
        /* 就您事多 */
        if (who > a && in(sc, who - 1, (list){ "就", "只有", "就是", NULL }) && who + 1 < b &&
            in(sc, who + 1, (list){ "事", "事多", "事儿", "毛病", "麻烦", NULL }))
            return tone_hit(sc, "belittle", BELITTLED, who - 1, who + 1, who + 1);
    }
    return NOT_FOUND;
}

/* 这么简单的事都不会吗 / 你怎么连这个都不懂: the caller's ability asked or exclaimed at with 都 / 连. */
static int ability_exclaimed(scan *sc, size_t a, size_t b, size_t who, int question)
{
    /* 这么简单的事都不会吗 / 你怎么连这个都不懂: the caller's ability, asked or exclaimed at
     * (not a condition: 如果您连密码都不记得…) */
    int asked = question || find(sc, a, b, (list){ "怎么", NULL }) < b;
    int condition = find(sc, a, b, (list){ "如果", "要是", "若", "假如", "万一", NULL }) < b;
    for (size_t even = a; asked && !condition && even < b; even++) {
        if (!in(sc, even, (list){ "都", "连", NULL })) continue;
        /* 我都不知道怎么回答: the agent's own loss for words (rude, 禁忌语), not the caller's ability */
        if (even > a && in(sc, even - 1, &FIRST)) continue;
        size_t cannot = tone_find_cannot(sc, even + 1, tone_upto(b, even + 3));
        if (cannot < b) return condescended(sc, 1, even, cannot, cannot);
    }
    return NOT_FOUND;
}

/* The caller's mind (你怎么这么笨), worth (你真没用), standing (你以为你是谁) or person (你这个人真难缠). */
static int mind_or_worth(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (who < b) {
        /* 你怎么这么笨 / 您真蠢: the caller's mind */
        size_t so = find(sc, who + 1, tone_upto(b, who + 4), (list){ "这么", "那么", "真", "太", "好", "真是", NULL });
        /* (您不是那么笨 / 您没那么傻 deny it: a reassurance, unless asked) */
        int denied = !question && so < b && tone_find_named(sc, who + 1, so, &NEG) < so;
        if (so + 1 < b && in(sc, so + 1, &MIND) && !denied) return tone_hit(sc, "belittle", BELITTLED, who, so + 1, so + 1);
        /* 你真没用 / 你怎么这么没用 / 你就是个没用的人: the caller's worth (not 您这样打电话真没用,
         * said of a way of doing things: 没用 within two words of the caller and ending the clause) */
        size_t useless = find(sc, who + 1, tone_upto(b, who + 4), (list){ "没用", "没有用", "没出息", NULL });
        if (useless < b && find(sc, who + 1, useless, (list){ "真", "太", "这么", "那么", "就是", "是", "个", "好", "怎么",
                                                           "真是", "就是个", "是个", NULL }) < useless &&
            (useless + 1 == b || in(sc, useless + 1, &TAIL) || in(sc, useless + 1, (list){ "的人", "的东西", "的家伙", NULL })) &&
            find(sc, who + 1, useless, (list){ "说", "这样", "那样", "打", "问", "做", "着急", "生气", NULL }) == NONE)
            return tone_hit(sc, "belittle", BELITTLED, who, useless, useless);
        /* 你以为你是谁 */
        size_t think = find(sc, who + 1, tone_upto(b, who + 3), (list){ "以为", "当", "觉得", NULL });
        if (think + 3 < b && in(sc, think + 1, &SECOND) && tone_is(sc, think + 2, "是") && tone_is(sc, think + 3, "谁"))
            return tone_hit(sc, "belittle", BELITTLED, who, think + 3, think);
        /* 你这个人真难缠; 你这个人咋这么犟呢 / 您这个人怎么这样 only reproach (taboo17: as 你这人 does in
         * aimed_as_kind, the label rule of tests/data/eval/README.md: no demeaning word, no insult) */
        if (who + 2 < b && in(sc, who + 1, (list){ "这个", "那个", NULL }) && tone_is(sc, who + 2, "人") && !kind_praised(sc, who + 2, b))
            return only_reproached(sc, who + 2, b) ? condescended(sc, question, who, who + 2, who + 2)
                                                   : tone_hit(sc, "belittle", BELITTLED, who, who + 2, who + 2);
    }
    return NOT_FOUND;
}

/* A word of dullness said of the caller with any degree (笨成这样, 最笨的客户). */
static int dull_said(scan *sc, size_t a, size_t b, size_t who, int question)
{
    /* 你怎么笨成这样 / 笨得要死 / 最笨的客户: the caller's mind, with any degree (我真笨 is the
     * agent's own) */
    for (size_t i = find(sc, a, b, &DULL); i < b; i = find(sc, i + 1, b, &DULL)) {
        int alone = i == a && (i + 1 == b || in(sc, i + 1, &TAIL));   /* 笨！ as a clause */
        /* 说你笨 / 您傻呀: said of the caller (你不笨 has a 不 between) */
        if (i > a && in(sc, i - 1, &SECOND)) alone = 1;
        int degree = alone || (strlen(tone_word(sc, i)) > 3 && !in(sc, i, (list){ "迟钝", "愚蠢", NULL })) ||
                     (i + 1 < b && in(sc, i + 1, (list){ "得", "成", "死", "死了", "到家", "透", "透了", "得要死", NULL })) ||
                     (i > a && in(sc, i - 1, (list){ "最", "真", "太", "好", "这么", "那么", "够", "有点", "多", "真够", NULL })) ||
                     /* 你比那只狗还笨: compared with something below the caller */
                     (i > a && in(sc, i - 1, (list){ "还", "更", "还要", NULL }) && find(sc, a, i, (list){ "比", NULL }) < i);
        /* 我真笨 (the agent's own) — but 你是我见过最笨的 is about the caller */
        int self = find(sc, a, i, &FIRST) < i && find(sc, a, i, &SECOND) == NONE;
        /* 我比您还笨 (the agent's own, the caller the yardstick): the subject stands before 比 */
        size_t than = find(sc, a, i, (list){ "比", NULL });
        if (than < i) self = find(sc, a, than, &FIRST) < than && find(sc, a, than, &SECOND) == NONE;
        /* 您不是那么笨 / 您没那么傻: denied of the caller, a reassurance (asked, it is meant) */
        if (!question && i >= a + 2 && in(sc, i - 1, (list){ "那么", "这么", "太", "很", NULL }) && tone_in_named(sc, i - 2, &NEG))
            continue;
        /* 这台机器有点笨 / 系统有点笨: said of a thing, not of the caller (贵阳 §二(三) 6 is about
         * the caller) — unless the caller is named before it (你这脑子真笨 is BODY, caught above) */
        int thing = cs_words_said_of_thing(sc->w, i) || cs_fix34a_dull_at_thing(sc->w, i);   /* fix34a: 取票机有点笨 */
        if (degree && !self && !thing) return tone_hit(sc, "belittle", BELITTLED, i, i, i);
    }
    return NOT_FOUND;
}

/* The caller's most basic abilities doubted (你会不会说话), basic tools as new to them, or
 * 你不懂 as a verdict. */
static int basics_doubted(scan *sc, size_t a, size_t b, size_t who, int question)
{
    /* 您到底懂不懂怎么用手机 / 你会不会说话 / 你识不识字: the caller's ability to do the most basic
     * things questioned (请问您会不会用微信 asks, and a skill beyond the basics is a real question) */
    if (who < b && find(sc, a, b, (list){ "请问", "请", "麻烦", NULL }) == NONE) {
        size_t ab = find(sc, who + 1, tone_upto(b, who + 4), (list){ "懂不懂", "会不会", "知不知道", "识不识字", "不会", "不懂", NULL });
        if (ab < b && in(sc, ab, (list){ "不会", "不懂", NULL }) && !(ab > who + 1 && in(sc, ab - 1, (list){ "会", "懂", NULL })))
            ab = NONE;   /* only the A-not-A 会 不会 / 懂 不懂, not a plain 不会 */
        int basic = ab < b && (find(sc, ab + 1, b, (list){ "手机", "电话", "说话", "识字", "字", "中文", "普通话", "电脑", "遥控器", "人话", NULL }) < b ||
                               tone_is(sc, ab, "识不识字"));
        int pressed = ab < b && find(sc, a, ab, (list){ "到底", "究竟", "连", NULL }) < ab;
        /* 你会不会说话 / 识不识字 / 听不听得懂人话 attack manners, education, humanity (an insult);
         * 会不会用手机 / 到底懂不懂怎么操作 only condescend */
        int attack = ab < b && (tone_is(sc, ab, "识不识字") ||
                                find(sc, ab + 1, b, (list){ "说话", "识字", "字", "中文", "普通话", "人话", NULL }) < b);
        if (attack) return tone_hit(sc, "belittle", BELITTLED, who, ab, ab);
        if (basic || (pressed && find(sc, ab + 1, tone_upto(b, ab + 3), (list){ "怎么", "用", "操作", NULL }) < b))
            return condescended(sc, question, who, ab, ab);
    }
    /* 您是不是从来没用过手机 / 您是第一次打电话吗: the most basic tools as new to the caller (请问您是
     * 第一次用我们的APP吗, 您不会用手机的话我教您 are courtesy and care) */
    if (who < b && find(sc, a, b, (list){ "请问", "请", "的话", "如果", "要是", NULL }) == NONE && find(sc, a, b, &FIRST) == NONE) {
        size_t novice = find(sc, a, b, (list){ "第一次", "第一天", "没用过", "从来没", "从没", "没碰过", "第", NULL });
        size_t tool = novice < b ? find(sc, novice + 1, tone_upto(b, novice + 4), (list){ "手机", "电话", "电脑", "智能手机", "打电话", NULL }) : NONE;
        if (tool < b) return condescended(sc, question, novice, tool, novice);
    }
    /* 你不懂 as a verdict on the caller, a clause of its own (您不懂没关系 goes on) */
    if (who == a && who + 1 < b && !question) {   /* (你不会？我教你 asks) */
        size_t v = who + 1;   /* 不懂 as one word, or 不 懂 */
        if (tone_is(sc, v, "不") && v + 1 < b && in(sc, v + 1, (list){ "懂", "会", "明白", NULL })) v++;
        else if (!in(sc, v, (list){ "不懂", "不会", "不明白", "听不懂", "什么都不懂", NULL })) v = NONE;
        if (v < b && (v + 1 == b || (in(sc, v + 1, &TAIL) && v + 2 == b)))
            return condescended(sc, question, who, v, v);
    }
    return NOT_FOUND;
}

/* An organ of the caller's mocked (你耳朵长着干嘛用的, 脑子干嘛用的). */
static int organ_mocked(scan *sc, size_t a, size_t b, size_t who, int question)
{
    /* 你耳朵长着干嘛用的 / 您眼睛长哪儿去了 */
    for (size_t i = find(sc, a, b, &BODY); i + 2 < b; i = find(sc, i + 1, b, &BODY)) {
        size_t q = i + 2;   /* 长着 as one word, or 长 着 */
        if (tone_is(sc, i + 1, "长") && tone_is(sc, q, "着") && q + 1 < b) q++;
        if (in(sc, i + 1, (list){ "长", "长着", NULL }) &&
            in(sc, q, (list){ "干嘛", "干什么", "做什么", "哪", "哪儿", "哪里", "哪去", "何用", NULL }))
            return tone_hit(sc, "belittle", BELITTLED, i, q, i);
    }
    /* 你脑子干嘛用的 */
    for (size_t i = find(sc, a, b, &BODY); i + 2 < b; i = find(sc, i + 1, b, &BODY))
        if (in(sc, i + 1, (list){ "干嘛", "干什么", "做什么", NULL }) && in(sc, i + 2, (list){ "用", "用的", NULL }))
            return tone_hit(sc, "belittle", BELITTLED, i, i + 2, i);
    return NOT_FOUND;
}

/* The caller as a person with a vice (这老太太怎么这么烦人, 真是个麻烦的人), 脑子呢, or a
 * broken organ (脑子是不是有问题, 没长脑子). */
static int person_with_vice(scan *sc, size_t a, size_t b, size_t who, int question)
{
    /* 您这老人家真难缠 / 这老太太怎么这么烦人 / 你这家伙真蠢: the caller as a kind of person, with a
     * vice (这位老太太的情况 is no vice) */
    size_t this_w = find(sc, a, b, (list){ "这", "这个", "这位", "你这", "您这", NULL });
    size_t person = this_w < b ? find(sc, this_w + 1, tone_upto(b, this_w + 3), (list){ "人", "老人家", "老太太", "老头", "女人",
                                   "男人", "家伙", "大妈", "大爷", "老太", "小子", "丫头", "姑娘", "阿姨", "大姐", "客户", NULL }) : NONE;
    if (person < b) {
        size_t vice = find(sc, person + 1, tone_upto(b, person + 4), &NASTY);
        if (vice == NONE) vice = find(sc, person + 1, tone_upto(b, person + 4), &PEST);
        if (vice == NONE) vice = find(sc, person + 1, tone_upto(b, person + 4), &MIND);
        if (vice < b) return tone_hit(sc, "belittle", BELITTLED, this_w, vice, vice);
    }
    /* 真是个麻烦的人 */
    size_t really = find(sc, a, b, (list){ "真是", "真是个", "是个", "这个", NULL });
    size_t nasty = really < b ? find(sc, really + 1, tone_upto(b, really + 4), &NASTY) : NONE;
    if (nasty < b && find(sc, nasty + 1, b, (list){ "人", "的人", NULL }) < b)
        return tone_hit(sc, "belittle", BELITTLED, really, nasty, nasty);
    /* 脑子呢？ */
    if (question && b - a <= 3 && find(sc, a, b, &BODY) < b && tone_is(sc, b - 1, "呢"))
        return tone_hit(sc, "belittle", BELITTLED, a, b - 1, a);
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, &BODY)) continue;
        size_t broken = find(sc, i + 1, tone_upto(b, i + 4), &BROKEN);   /* 脑子是不是有问题 */
        /* 宝宝的耳朵检查没问题: the fault denied right before it is a clean bill */
        if (broken < b && broken > i + 1 && in(sc, broken - 1, (list){ "没", "没有", "并没有", "都没", "没什么", NULL })) continue;
        if (broken < b) return tone_hit(sc, "belittle", BELITTLED, i, broken, i);
        if (i >= a + 2 && in(sc, i - 2, &NEG) && in(sc, i - 1, (list){ "长", "带", NULL }))
            return tone_hit(sc, "belittle", BELITTLED, i - 2, i, i);
        if (i >= a + 1 && in(sc, i - 1, (list){ "没长", "不长", "没带", NULL }))
            return tone_hit(sc, "belittle", BELITTLED, i - 1, i, i);
    }
    return NOT_FOUND;
}

/* 老人家理解能力有问题的话也没关系，我一步一步陪您弄 / 您耳朵不太好的话我大声一点: a condition about
 * the caller's hearing or understanding, offered with help or reassurance after it, is care (贵阳
 * §二(二) 2.4 回答客户声音小时 and 2.6 in spirit), not an attack; 你脑子有问题的话就别打了 offers none. */
static int care_condition(scan *sc, size_t a, size_t b)
{
    return a < b && cs_words_cared_condition(sc->w, a);
}

/* 说了你也不懂 / 跟你这种人说不清 / 您耳朵有问题吧 / 您没长眼睛吗 / 您是第一天用手机吗: an
 * attack on the caller's mind, body or worth — an insult (贵阳 §二(三) 6, fails the call). */
int tone_belittle(scan *sc, size_t a, size_t b, int question)
{
    size_t who = find(sc, a, b, &SECOND);
    int r;
    /* fix15t: 您老人家眼神不好，我把字号调大了 — a weak sense met at once by the agent (words.h) */
    if (care_condition(sc, a, b) || (a < b && !question && cs_words_sense_met(sc->w, sc->w->v[a].clause))) return 0;
    if ((r = aimed_as_kind(sc, a, b, who, question)) != NOT_FOUND) return r;
    if ((r = ability_exclaimed(sc, a, b, who, question)) != NOT_FOUND) return r;
    if ((r = mind_or_worth(sc, a, b, who, question)) != NOT_FOUND) return r;
    if ((r = dull_said(sc, a, b, who, question)) != NOT_FOUND) return r;
    if ((r = basics_doubted(sc, a, b, who, question)) != NOT_FOUND) return r;
    if ((r = organ_mocked(sc, a, b, who, question)) != NOT_FOUND) return r;
    if ((r = person_with_vice(sc, a, b, who, question)) != NOT_FOUND) return r;
    return 0;
}

/* 乡下人就是不懂规矩 / 你们老年人就是麻烦: the caller's home or age made a fault of the group, a
 * stereotype that attacks their worth (§二(三) 6: an insult). 老年人可以享受优惠 and 外地人都可以办理
 * state a policy: no word of fault after the group. */
int tone_stereotype(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"乡农外老山你上岁年北南东河");
    static const char *const group[] = { "乡下人", "农村人", "外地人", "老年人", "老人", "老人家", "山里人", "乡下", "农村",
                                         "你们那儿的人", "老头", "老太太", "老太婆", "老头子", "上了年纪", "岁数大", "年纪大",
                                         "老年", "外地", "北方人", "南方人", "东北人", "河南人", NULL };
    static const char *const so[] = { "就是", "都", "就", "总是", "老是", "全", "全都", "都是", "就爱", "总", "的人就是", "人就是", NULL };
    static const char *const fault[] = { "不懂", "不会", "不懂事", "不懂规矩", "麻烦", "事多", "事儿多", "啰嗦", "难缠", "素质",
                                         "没素质", "没文化", "笨", "糊涂", "土", "抠门", "小气", "不讲理", "爱占便宜", "难伺候",
                                         "不识字", "落后", "这样", "这德行", "反应慢", "听不懂", "搞不懂", "弄不明白", "跟不上",
                                         "学不会", "记不住", "差", "低", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        size_t g = in(sc, i, group) ? i : tone_spells_any(sc, i, b, (list){ "上了年纪", "上年纪", "岁数大", "年纪大", "年龄大",
                                                                      "你们那边", "你们那儿", "你们那里", "你们当地", "你们老家", NULL });
        if (g >= b) continue;
        if (cs_fix34a_group_counted(sc->w, g)) continue;   /* fix34a: 好多老人都不知道这个补贴 (counted, not judged) */
        size_t k = g + 1;
        if (k + 1 < b && in(sc, k, (list){ "的", NULL })) k++;
        if (k + 1 < b && in(sc, k, (list){ "人", "的人", NULL })) k++;
        if (k >= b || !in(sc, k, so)) continue;
        size_t f = find(sc, k + 1, tone_upto(b, k + 4), fault);
        if (f == NONE && k + 1 < b && in(sc, k + 1, (list){ "不", "没", NULL })) f = k + 1;
        /* 就是爱占便宜 / 就爱挑刺: a habit pinned on the whole group */
        if (f == NONE && k + 1 < b && strncmp(tone_word(sc, k + 1), "爱", 3) == 0) f = k + 1;
        if (f == NONE && k + 1 < b && in(sc, k, (list){ "就爱", "总爱", "就是爱", NULL })) f = k;
        if (f < b) return tone_hit(sc, "belittle", "地域或年龄歧视", i, f, i);
    }
    return 0;
}

/* 别让我再听到你的声音 / 我不想再接到你的电话: the caller driven off the line for good, 滚 said
 * without the word (§二(三) 6: an insult). 别让您再听到提示音 names no 你 after the verb. */
int tone_drive_off(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"听看见接碰");
    for (size_t see = find(sc, a, b, (list){ "听到", "看到", "见到", "接到", "听见", "看见", "碰到", NULL }); see + 1 < b;
         see = find(sc, see + 1, b, (list){ "听到", "看到", "见到", "接到", "听见", "看见", "碰到", NULL })) {
        if (!in(sc, see + 1, &SECOND)) continue;
        size_t from = see > a + 5 ? see - 5 : a;
        size_t again = find(sc, from, see, (list){ "再", "别再", "再也", "再也不想", NULL });
        size_t no = find(sc, from, see, (list){ "别", "不要", "不想", "再也不想", "不愿", "别再", "不愿意", NULL });
        if (again < see && no < see) return tone_hit(sc, "belittle", "驱赶客户", no < again ? no : again, see + 1, see);
    }
    return 0;
}

/* 把嘴闭上 / 把你的嘴闭上 / 闭上你的嘴: 闭嘴 cut apart by 把 or an object (an insult like 闭嘴,
 * §二(三) 6). 把嘴张开 and 闭上眼睛休息 name no mouth closed. */
int tone_shut_mouth(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"嘴臭");
    size_t m = find(sc, a, b, (list){ "嘴", "嘴巴", "臭嘴", NULL });
    if (m == NONE || tone_courteous(sc, a, b)) return 0;   /* 请把嘴闭上含住体温计: an instruction */
    size_t shut = find(sc, m + 1, tone_upto(b, m + 4), (list){ "闭", "闭上", "合上", "缝上", "闭起来", "闭紧", NULL });
    if (shut < b && find(sc, a, m, (list){ "把", NULL }) < m) return tone_hit(sc, "belittle", "呵斥客户（闭嘴）", m, shut, m);
    size_t before = find(sc, m > a + 4 ? m - 4 : a, m, (list){ "闭上", "闭", "合上", NULL });
    if (before < m && find(sc, before + 1, m, &SECOND) < m) return tone_hit(sc, "belittle", "呵斥客户（闭嘴）", before, m, m);
    return 0;
}

/* 你全家都是骗子 / 你们一家子都有病 / 你爸妈没教过你怎么说话吗: the caller's family abused, or
 * blamed for the caller's upbringing (retaliation in kind after a caller's abuse). 您全家都可以办
 * 亲情号, 您父母的账户 name the family with no abuse. */
int tone_family_abuse(scan *sc, size_t a, size_t b, int question)
{
    static const char *const family[] = { "全家", "一家", "一家子", "全家人", "家里人", "祖宗", "八辈祖宗", "祖宗八代",
                                          "爸妈", "父母", "爹妈", "老子娘", NULL };
    static const char *const vile[] = { "骗子", "神经病", "有病", "垃圾", "废物", "傻子", "疯子", "傻", "蠢", "猪",
                                        "畜生", "死", "去死", "不得好死", "混蛋", "白痴", "智障", "脑残", "贱", "贱人",
                                        "无赖", "流氓", "死绝", "死光", "死光光", "神经", "精神病", NULL };
    static const char *const untaught[] = { "没教", "没教过", "怎么教", "没教好", "不教", "没管", "没管教", NULL };
    for (size_t i = find(sc, a, b, family); i < b; i = find(sc, i + 1, b, family)) {
        /* the caller's own family: 你/您/你们 right before (你们全家, 你的祖宗) */
        size_t who = find(sc, i > a + 2 ? i - 2 : a, i, &SECOND);
        if (who == NONE) continue;
        size_t last = i;   /* spelled over words: the lexicon may cut 没教过 into 没/教过 */
        size_t v = tone_spelled_in(sc, i + 1, tone_upto(b, i + 6), vile, &last);
        if (v < b) return tone_hit(sc, "belittle", "辱骂客户家人", who, last, v);
        size_t u = tone_spelled_in(sc, i + 1, tone_upto(b, i + 5), untaught, &last);
        if (u < b) return tone_hit(sc, "belittle", "辱骂客户家人", who, last, u);
    }
    return 0;
}

/* insult34: the organ at word i is another person's, named right before it (老人家耳朵聋, 孩子的耳朵, 您家老人耳朵):
 * kin (cs_kin_word, tone_insult34.c), not pinned on the caller by 你这 / 您这个 before it. Their hearing or sight talked of is a condition cared for,
 * not the caller belittled (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 is about the caller). */
static int organ_of_another(scan *sc, size_t a, size_t i)
{
    (void)a;
    return i + 1 < sc->w->n && cs_insult34_kin_sense(sc->w, i + 1);
}

/* 长个脑袋是用来显高的吗 / 你的耳朵是聋的吗 / 脑子转不动是吧: a part of the caller's mind or
 * senses called an ornament, useless or broken (as belittle's BODY + BROKEN, in words others
 * use). 我这脑子转不过来了 is the agent's own. */
int tone_organ_useless(scan *sc, size_t a, size_t b, int question)
{
    /* 装饰品 / 花瓶: an ornament in other words (helper insult31) */
    static const char *const useless[] = { "显高", "装饰", "装饰品", "饰品", "花瓶", "摆设", "当摆设", "凑数", "聋", "聋的", "瞎", "瞎的", "废的",
                                           "转不动", "转不过来", "不转", "不转弯", "被狗吃", "狗吃", "喂狗", NULL };
    for (size_t i = find(sc, a, b, &BODY); i < b; i = find(sc, i + 1, b, &BODY)) {
        size_t last = i;
        size_t u = tone_spelled_in(sc, i + 1, tone_upto(b, i + 7), useless, &last);
        if (u == NONE) continue;
        if (find(sc, a, i, &FIRST) < i && find(sc, a, i, &SECOND) == NONE) continue;   /* 我这脑子 */
        if (find(sc, i + 1, u, &NEG) < u) continue;   /* 耳朵不是聋的 / 脑子没被… : a denial */
        if (organ_of_another(sc, a, i)) continue;   /* 老人家耳朵聋的话，可以挂耳鼻喉科 (insult34) */
        /* 老人家耳朵聋的话，可以挂耳鼻喉科: the sense met by medical care (taboo34, tone_readings.h) */
        if (!question && cs_words_sense_referred(sc->w, sc->w->v[i].clause)) continue;
        return tone_hit(sc, "belittle", "贬低客户", i, last, i);
    }
    return 0;
}

/* 你是有多蠢 / 你咋这么二呢 / 多么傻的人: the caller's mind with a degree belittle's own list
 * does not name (有多, 多么, 咋这么), and 二 (北方话 for a fool) only after such a degree at the
 * end of its clause (二楼, 二十 are no mind). 我有多笨 is the agent's own. */
/* 虎 / 彪 (北方话), 憨, 愣, 苕 (湖北), 瓜 (川渝): a fool, said like 二 (helper fixin10) */
static const char *const DULL_NORTH[] = { "虎", "彪", "憨", "愣", "苕", "瓜", NULL };

int tone_dull_degree(scan *sc, size_t a, size_t b, int question)
{
    static const char *const degree[] = { "有多", "多么", "咋这么", "咋那么", "咋就这么", "这么", "那么", "真", "太", "好", "有点",
                                          "有点儿", NULL };
    for (size_t i = a + 1; i < b; i++) {
        int dull = tone_in_named(sc, i, &DULL);
        /* (the normal form writes the numeral 二 as 2) */
        /* (嘞 / 哩 / 咧: the particles of Henan, Shandong and Sichuan speech, helper fixin15) */
        int er = (tone_is(sc, i, "二") || tone_is(sc, i, "2") || in(sc, i, DULL_NORTH)) &&
                 (i + 1 == b || in(sc, i + 1, (list){ "呢", "啊", "呀", "吧", "了", "嘞", "哩", "咧", NULL }));
        if (!dull && !er) continue;
        size_t d = i - 1;
        int how_much = tone_is(sc, d, "多") && d > a && tone_is(sc, d - 1, "有");   /* 有 多 cut in two */
        /* 密码都记不住，你咋恁笨哩: 恁 (Henan, Shandong) is 这么 after 咋 / 怎么, as 咋这么 (helper fixin15) */
        how_much |= tone_is(sc, d, "恁") && d > a && in(sc, d - 1, (list){ "咋", "怎么", "咋就", "怎么就", NULL });
        if (!in(sc, d, degree) && !how_much) continue;
        /* 二 and the weaker degrees only said to the caller (你咋这么二); 有多/多么 suffice with 你 anywhere before */
        size_t who = find(sc, a, d, &SECOND);
        if (who == NONE) who = find(sc, a, d, (list){ "你这人", "您这人", "你这个人", "您这个人", NULL });   /* 你这人咋这么虎 */
        /* 咋这么彪呢你: the caller named as an afterthought closing the clause */
        if (who == NONE && er && in(sc, b - 1, &SECOND) && find(sc, i + 1, b - 1, (list){ "呢", "啊", "呀", "吧", "了", NULL }) + 1 >= b - 1)
            who = b - 1;
        if (who == NONE) continue;
        if (!er && !how_much && !in(sc, d, (list){ "有多", "多么", "咋这么", "咋那么", "咋就这么", NULL })) continue;
        if (find(sc, a, i, &FIRST) < i && find(sc, a, who, &FIRST) < who) continue;
        if (find(sc, who + 1, d, &NEG) < d) continue;   /* 你不是那么傻 */
        if (find(sc, who + 1, d, (list){ "别", "不要", "甭", "千万别", "可别", NULL }) < d) continue;   /* 你别太虎了: a caution (review10) */
        /* 您这个有点二 / 您的方案: said of a thing of the caller's */
        size_t th = find(sc, who + 1, d, (list){ "这个", "那个", "这", "那", "的", NULL });
        if (th < d && !(tone_is(sc, th, "这") && th + 1 < d && tone_is(sc, th + 1, "人"))) continue;   /* (你这人咋这么虎) */
        return tone_hit(sc, "belittle", "贬低客户", who < i ? who : d, i, i);
    }
    return 0;
}

/* 穷就别办卡 / 没钱就别买 / 你这么穷还开会员: the caller's means held in contempt (an attack on
 * their worth, §二(三)6: an insult). */
int tone_poverty_contempt(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"穷钱起");
    size_t last = NONE;
    size_t poor = tone_spelled_in(sc, a, b, (list){ "穷", "没钱", "买不起", "交不起", "付不起", "用不起", "消费不起", "还不起", "穷成", NULL }, &last);
    if (poor == NONE || find(sc, a, poor, &FIRST) < poor) return 0;
    size_t then = find(sc, last + 1, tone_upto(b, last + 5), (list){ "就别", "就不要", "别", "还", "就少", NULL });
    /* 就 别办 / 就 不要买: the prohibition glued to its verb */
    if (then == NONE && last + 2 < b && tone_is(sc, last + 1, "就") &&
        (strncmp(tone_word(sc, last + 2), "别", 3) == 0 || strncmp(tone_word(sc, last + 2), "不要", 6) == 0 || strncmp(tone_word(sc, last + 2), "少", 3) == 0))
        then = last + 2;
    if (then == NONE) return 0;
    /* 如果近期手头不方便，可以申请分期: a condition with a way on is advice */
    if (find(sc, a, b, (list){ "可以", "建议", "帮您", "申请", NULL }) < b) return 0;
    return tone_hit(sc, "belittle", "辱骂或贬低客户（穷就别…）", poor, then, poor);
}

/* Does word k close a group of people (年轻人, 住户, 老头, 老太太, 做生意|的)? By its last character
 * (人 户 民 客 …), or a 的 that makes the words before it a kind of person (退休的, 当兵的). */
static int names_people(scan *sc, size_t first, size_t k)
{
    static const char *const tail[] = { "人", "户", "民", "客", "者", "生", "家", "女", "男", "妈", "爷", "姐", "哥", "头",
                                        "太", "婆", "工", "友", "辈", "族", "士", "员", "主", "孩", "娃", "爸", "嫂", NULL };
    const char *w = tone_word(sc, k);
    if (strcmp(w, "的") == 0) return k > first;
    size_t n = strlen(w);
    if (n < 3) return 0;
    for (const char *const *t = tail; *t; t++)
        if (strcmp(w + n - 3, *t) == 0) return 1;
    return 0;
}

/* The predicate after 就是 / 都 / 总是: 1 for a fault pinned on the group, 2 for one that names
 * contempt (素质, 没文化, 蠢 …), 0 for none (都可以申请补贴, 都齐全了). Read from the words joined. */
static int group_fault(scan *sc, size_t i, size_t b)
{
    static const char *const contempt[] = {
        "没素质", "素质差", "素质低", "素质", "没文化", "没教养", "没脑子", "脑子", "智商", "蠢", "笨", "傻", "刁", "穷",
        "土", "低级", "白痴", "废物", "贱", "垃圾", "愚昧", "野蛮", "无知", "没见过世面", NULL };
    static const char *const fault[] = {
        "没耐心", "不懂", "不会", "不讲理", "不讲道理", "不守规矩", "不听", "不识", "不知好歹", "不长记性", "不自觉", "不靠谱",
        "靠不住", "爱占", "爱唠叨", "爱投诉", "爱闹", "爱找事", "爱挑", "爱计较", "爱抱怨", "爱较真", "爱贪", "爱吵", "爱折腾",
        "爱磨叽", "爱啰嗦", "爱钻牛角尖", "占便宜", "贪便宜", "讲究多", "要求多", "毛病多", "事多", "事儿多", "麻烦", "难缠",
        "难伺候", "难搞", "矫情", "娇气", "抠", "小气", "磨叽", "啰嗦", "唠叨", "墨迹", "急性子", "脾气大", "脾气差",
        "钻牛角尖", "胡搅蛮缠", "无理取闹", "小题大做", "大惊小怪", "玻璃心", "懒", "喜欢投诉", "喜欢闹", "就知道", "只知道",
        "光知道", "只会", "知道投诉", "知道闹", NULL };
    char buf[64];
    const char *j = tone_joined(sc, i, b, buf, sizeof buf);
    if (tone_after_any(j, contempt)) return 2;
    if (tone_after_any(j, fault)) return 1;
    /* 你们年轻人都这样: the group's way as the whole predicate */
    static const char *const so_be[] = { "这样", "这样的", "这德行", "这副德行", "那样", "这个样", "这个样子", NULL };
    return cs_word_in(j, so_be) || cs_word_in(j, (list){ "这样啊", "这样呢", "这样吧", NULL }) ? 1 : 0;
}

/* 你们这些老人就是事多 / 你们外地人就是不懂 / 你们这帮人都是刁民: a group the caller belongs to, named
 * by 你们 (这些 / 这帮 / 这种 …) and a word for people, then 就是 / 都 / 总是 and a fault pinned on all of
 * them. A 禁忌语 (国家职业技能标准 3.1 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度),
 * and an insult when the fault names contempt (没素质, 刁民, 蠢: §二(二) 2.1 辱骂或贬低客户). Not the
 * group named to serve it (你们小区的住户都可以申请补贴, 你们这些材料都齐全了: no people, no fault). */
int tone_group_stereotype(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"你您");
    static const char *const those[] = { "这些", "这帮", "这种", "这类", "这号", "这群", "那些", "那帮", "这样的", "这伙", NULL };
    static const char *const so[] = { "就是", "都", "就", "总是", "老是", "全", "全都", "都是", "一个个", "个个", "整天",
                                      "天天", "成天", "一天到晚", "向来", "从来", "就爱", "总爱", "最", "只", "光", NULL };
    for (size_t i = a; i + 3 < b; i++) {
        if (!in(sc, i, (list){ "你们", "您们", NULL })) continue;
        size_t g = i + 1 < b && in(sc, i + 1, those) ? i + 2 : i + 1;
        size_t k = g;
        while (k < b && k < g + 4 && !in(sc, k, so) && !in(sc, k, &FIRST) && !in(sc, k, &SECOND)) k++;
        if (k == g || k >= b || !in(sc, k, so) || !names_people(sc, g, k - 1)) continue;
        size_t p = k;
        while (p + 1 < b && in(sc, p + 1, so)) p++;   /* 整天|就, 都|是 */
        int f = group_fault(sc, in(sc, p, (list){ "就", "只", "光", NULL }) ? p : p + 1, b);
        if (f == 0 && p > k) f = group_fault(sc, k + 1, b);
        if (f == 2) return tone_hit(sc, "belittle", "以偏概全，贬低客户群体", i, b - 1, i);
        if (f == 1) return tone_hit(sc, "lecture", "以偏概全（你们这些人…）", i, b - 1, i);
    }
    return 0;
}

/* 你这个骗保的 / 你们这帮骗低保的 / 你就是个骗补贴的: the caller named a cheat, a 骗… 的 said of 你/您
 * (这个 / 这种 / 就是个 … between), an attack on their character (贵阳 §二(二) 2.1 辱骂或贬低客户). Not
 * the caller cheated (您这个被骗的金额: 被 first), nor the scam itself (骗局, 骗术, 骗案). */
int tone_cheat_named(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"骗");
    static const char *const between[] = { "这个", "这种", "这些", "这帮", "这样的", "就是", "就是个", "是", "个", "一个",
                                           "真是", "分明", "明明", "纯粹", "就", NULL };
    for (size_t i = a; i < b; i++) {
        if (strncmp(tone_word(sc, i), "骗", 3) != 0 || cs_word_in(tone_word(sc, i), (list){ "骗局", "骗术", "骗案", NULL })) continue;
        size_t de = i;
        while (de < b && de < i + 3 && !tone_is(sc, de, "的") && !(de > i && in(sc, de, &SECOND))) de++;
        if (de >= b || !tone_is(sc, de, "的")) continue;
        size_t k = i;
        while (k > a && in(sc, k - 1, between)) k--;
        if (k == i || k == a || !in(sc, k - 1, &SECOND)) continue;
        return tone_hit(sc, "belittle", "辱骂客户（骗子）", k - 1, de, i);
    }
    return 0;
}

/* 我也骂你祖宗 / 操你全家 / 问候你八辈祖宗: a curse on the caller's family (retaliation; a curse
 * counts whoever it names). 我没骂您家人 denies it. */
int tone_curse_kin(scan *sc, size_t a, size_t b, int question)
{
    static const char *const kin[] = { "祖宗", "全家", "八辈", "八辈祖宗", "祖宗十八代", "十八代", "老母", "老娘", "妈", "娘",
                                       "大爷", "先人", "祖坟", "家人", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        if (!in(sc, i, (list){ "骂", "操", "日", "干", "草", "艹", "问候", NULL })) continue;
        size_t s = i + 1;
        if (!in(sc, s, &SECOND)) continue;
        size_t k = find(sc, s + 1, tone_upto(b, s + 4), kin);   /* 你的祖宗 / 你8辈祖宗 */
        if (k < b && !tone_denied_between(sc, a, i)) return tone_hit(sc, "belittle", "辱骂客户家人", i, k, k);
    }
    return 0;
}

/* 你连狗都不如 / 还不如一条狗: the caller ranked below a beast (name-calling). 这价格连一杯奶茶都
 * 不如 names no beast. */
int tone_below_beast(scan *sc, size_t a, size_t b, int question)
{
    static const char *const beast[] = { "狗", "猪", "畜生", "禽兽", "猪狗", "狗屎", "牲口", "牲畜", "金鱼", "树懒", "蜗牛",
                                         "乌龟", "木头", "石头", "驴", "猴子", "三岁小孩", "3岁小孩", NULL };
    static const char *const worse[] = { "慢", "笨", "蠢", "傻", "差", "呆", "迟钝", "木", "健忘", NULL };
    /* 你这反应比树懒还慢 / 您比驴还犟: the caller or the caller's mind (not 您家的网速: a thing) */
    for (size_t c = find(sc, a, b, (list){ "比", NULL }); c + 2 < b; c = find(sc, c + 1, b, (list){ "比", NULL })) {
        size_t who = find(sc, c > a + 3 ? c - 3 : a, c, &SECOND);
        if (who == NONE || (who + 1 < c && !in(sc, c - 1, &BODY) &&
                            !in(sc, c - 1, (list){ "反应", "记性", "脑子", "这", "就", NULL })))
            continue;
        if (!in(sc, c + 1, beast) || !in(sc, c + 2, (list){ "还", "都", "更", NULL })) continue;
        size_t w = find(sc, c + 3, tone_upto(b, c + 5), worse);
        if (w < b) return tone_hit(sc, "belittle", "贬低客户", who, w, c + 1);
    }
    for (size_t i = find(sc, a, b, (list){ "不如", NULL }); i < b; i = find(sc, i + 1, b, (list){ "不如", NULL })) {
        if (find(sc, 0, i, &SECOND) == NONE) continue;
        size_t x = find(sc, i > a + 3 ? i - 3 : a, i, beast);   /* 连狗都不如 */
        if (x == NONE) x = find(sc, i + 1, tone_upto(b, i + 4), beast);   /* 不如1条狗 */
        if (x < b) return tone_hit(sc, "belittle", "贬低客户", i, x, x);
    }
    return 0;
}

/* 你祖宗的脸都被你丢光了 / 你这么丢人 / 丢人现眼: shame put on the caller. 您别觉得丢人 / 这没什么
 * 丢脸的 comfort (a denial before it). */
int tone_shamed(scan *sc, size_t a, size_t b, int question)
{
    for (size_t i = a; i < b; i++) {
        int shame = in(sc, i, (list){ "丢人", "丢脸", "现眼", "丢人现眼", "丢尽", "丢光", NULL }) ||
                    (tone_is(sc, i, "丢") && i + 1 < b && in(sc, i + 1, (list){ "光", "尽", "光了", "尽了", NULL }));
        if (!shame) continue;
        size_t who = find(sc, a, i, &SECOND);
        if (who == NONE || tone_denied_between(sc, a, i)) continue;
        return tone_hit(sc, "belittle", "贬低客户", who, i, i);
    }
    return 0;
}

/* 你的人品真是差 / 你脸皮比城墙还厚 / 您的良心被狗吃了: the caller's character called bad. 您的
 * 心眼真好 praises, 您的素质没问题 denies. */
int tone_bad_character(scan *sc, size_t a, size_t b, int question)
{
    static const char *const trait[] = { "人品", "品行", "品德", "人性", "良心", "心肠", "心眼", "脸皮", "德行", "德性", "为人",
                                         "教养", "家教", "素质", NULL };
    static const char *const bad[] = { "差", "太差", "坏", "烂", "低", "低下", "有问题", "厚", "黑", "被狗吃", "狗吃", "不行",
                                       "败坏", "恶劣", "歹毒", "低劣", "差劲", "太坏", NULL };
    for (size_t i = find(sc, a, b, &SECOND); i < b; i = find(sc, i + 1, b, &SECOND)) {
        size_t t = find(sc, i + 1, tone_upto(b, i + 4), trait);
        if (t == NONE) continue;
        size_t last = t;
        size_t k = tone_spelled_in(sc, t + 1, tone_upto(b, t + 7), bad, &last);
        if (k == NONE || tone_denied_between(sc, t + 1, k)) continue;
        return tone_hit(sc, "belittle", "贬低客户", i, last, t);
    }
    return 0;
}

/* 你家里没人教你怎么说话吗 / 没人教过你做人: the caller's upbringing attacked. 没人教过您怎么开通
 * 吗？我来教您 offers to teach a step (no word of manners). */
int tone_untaught(scan *sc, size_t a, size_t b, int question)
{
    static const char *const manners[] = { "说话", "做人", "礼貌", "规矩", "懂事", "尊重人", "尊重", "好好说话", "讲话", "教养",
                                           NULL };
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, (list){ "教", "教过", "教会", NULL })) continue;   /* (教 过 cut in two: the window below) */
        int none = (i > a && in(sc, i - 1, (list){ "没人", "没有人", "没", "没有", NULL })) ||
                   (i > a + 1 && tone_is(sc, i - 1, "人") && in(sc, i - 2, (list){ "没", "没有", NULL }));
        if (!none || find(sc, a, b, &SECOND) == NONE) continue;
        size_t m = find(sc, i + 1, tone_upto(b, i + 7), manners);
        if (m < b) return tone_hit(sc, "belittle", "辱骂客户家教", i, m, m);
    }
    return 0;
}

/* 动动你的脑子 / 麻烦您用一下您那尊贵的脑子 / 您的智商让我叹为观止 / 请问您的脑子今天在家休息
 * 吗: the caller's mind mocked, often in polite words (sarcasm that attacks the mind: an insult).
 * 您的智商测试报告 names no mockery; 我的脑子转不过来 is the agent's own (no 你 before it). */
int tone_mind_mocked(scan *sc, size_t a, size_t b, int question)
{
    static const char *const brain[] = { "脑子", "脑袋", "脑筋", "脑瓜", "脑瓜子", "脑壳", "智商", "智力", "脑回路", "理解能力", NULL };
    static const char *const mock[] = { "佩服", "叹为观止", "服气", "大开眼界", "开眼", "清奇", "惊人", "绝了", "在家", "休息",
                                        "不在线", "下线", "离家出走", "尊贵", "核桃", "余额不足", "欠费", "感人", "捉急", "难为",
                                        "服了", "刷新", "长草", "生锈", "放假", "充值", "掉线", "没电", "关机",
                                        /* judged deficient in polite words: 您的理解能力确实有限, 您的脑子跟不上 */
                                        "有限", "不够", "不太够", "不足", "不足以", "堪忧", "担忧", "跟不上", "不适合", "不太适合", NULL };
    /* 您孩子的智力发育不足: someone else's mind */
    static const char *const kin[] = { "孩子", "小孩", "儿子", "女儿", "宝宝", "家人", "老人", "父母", "爸爸", "妈妈", NULL };
    for (size_t i = find(sc, a, b, brain); i < b; i = find(sc, i + 1, b, brain)) {
        size_t who = find(sc, a, i, &SECOND);
        if (who == NONE || find(sc, who, i, &FIRST) < i || find(sc, who, i, kin) < i) continue;
        /* 动动你的脑子 / 用1下您那…脑子: the caller told to use it */
        size_t use = find(sc, i > a + 7 ? i - 7 : a, i, (list){ "动动", "用用", "动", "用", "动1动", "用1用", "长点", NULL });
        if (use < i && (use + 1 == i || find(sc, use + 1, i, &SECOND) < i)) return tone_hit(sc, "belittle", "贬低客户", use, i, i);
        size_t last = i;
        size_t m = tone_spelled_in(sc, a, b, mock, &last);
        if (m < b && !tone_denied_between(sc, who, m > i ? m : i)) return tone_hit(sc, "belittle", "贬低客户", who, last, i);
    }
    return 0;
}

/* 干，系统又当机了 / 干，电脑又卡了: the clause after a lone curse is about the agent's machine going
 * wrong, nobody named in it (not a line dropping, 又掉线了 / 又断线了: it may be the caller's, see
 * vented_at_machine in phrase_match.c): the curse is at the thing (禁忌语, no insult: tests/data/eval/README.md
 * "How a label is decided", helper fixin11). */
static int glitch_clause(scan *sc, size_t k)
{
    static const char *const glitch[] = { "系统", "电脑", "网络", "网页", "页面", "打印机", "机器", "软件", "服务器", "屏幕",
                                          "死机", "当机", "宕机", "卡死", "卡住", "卡了", "崩了", NULL };
    const cs_words *w = sc->w;
    char buf[128];
    size_t e = k;
    while (e < w->n && w->v[e].clause == w->v[k].clause) e++;
    if (find(sc, k, e, &SECOND) < e || find(sc, k, e, (list){ "打电话", "打过来", "打来", "来电", "投诉", "不会", NULL }) < e)
        return 0;
    const char *j = tone_joined(sc, k, e, buf, sizeof buf);
    for (const char *const *g = glitch; *g; g++)
        if (strstr(j, *g)) return 1;
    return 0;
}

/* 干，你有完没完 / wc，你怎么又来了 / nt，说了不行: a curse standing as its own clause before
 * the reply goes on (typed as the TW 干/幹, or in Latin initials). A curse counts whoever it names. */
int tone_lone_curse(scan *sc, size_t from, size_t to, int question)
{
    static const char *const curse[] = { "干", "wc", "nt", "WC", "NT", "草", "艹", "靠北", NULL };
    const cs_words *w = sc->w;
    if (w->n < 2 || w->n_clauses < 2) return 0;
    size_t i = 0;
    if (!in(sc, i, curse)) return 0;
    size_t k = i + 1;
    while (k < w->n && w->v[k].clause == w->v[i].clause && in(sc, k, (list){ "啊", "呀", "哦", "了", NULL })) k++;
    if (k < w->n && w->v[k].clause == w->v[i].clause) return 0;
    /* 干，电话又断掉了: vented at the tools, a 口头禅 but no insult (words.h) */
    if (k < w->n && cs_words_breakdown_clause(w, w->v[k].clause)) { tone_hit(sc, "impatient", "口头禅（骂人话）", i, i, i); return 0; }
    if (k < w->n && !glitch_clause(sc, k)) tone_hit(sc, "belittle", "辱骂客户", i, i, i);
    return 0;
}

/* 你们一家子都是骗子 / 你们一家人都有病: the caller's household abused as one (the normal form
 * writes 一 as 1, so 一家子 reaches the words as 1/家/子). 您一家人都可以办亲情号 names no abuse. */
int tone_household_abused(scan *sc, size_t a, size_t b, int question)
{
    static const char *const vile[] = { "骗子", "神经病", "有病", "垃圾", "废物", "傻子", "疯子", "傻", "蠢", "猪", "畜生",
                                        "去死", "不得好死", "混蛋", "白痴", "智障", "脑残", "贱", "无赖", "流氓", "神经", NULL };
    static const char *const none_right[] = { "没1个正常", "没有1个正常", "没1个好", "没有1个好", "没1个是好", NULL };
    for (size_t i = find(sc, a, b, &SECOND); i + 2 < b; i = find(sc, i + 1, b, &SECOND)) {
        /* 你家里人就没一个正常的 */
        if (in(sc, i + 1, (list){ "家里人", "家人", "全家", "家里", "1家子", NULL })) {
            size_t last = i + 1;
            size_t k = tone_spelled_in(sc, i + 2, tone_upto(b, i + 9), none_right, &last);
            if (k < b) return tone_hit(sc, "belittle", "辱骂客户家人", i, last, k);
        }
        if (!tone_is(sc, i + 1, "1") || !in(sc, i + 2, (list){ "家", "家子", "家人", "家人家", NULL })) continue;
        size_t v = find(sc, i + 3, tone_upto(b, i + 9), vile);
        if (v < b) return tone_hit(sc, "belittle", "辱骂客户家人", i, v, v);
    }
    return 0;
}

/* 你才是最大的骗子 / 您自己才是废物: the caller's abuse thrown back (retaliation: fails the call),
 * with words between that the taboo list's @aimed does not allow. 您才是最重要的 names no abuse. */
int tone_retort(scan *sc, size_t a, size_t b, int question)
{
    static const char *const vile[] = { "骗子", "废物", "垃圾", "傻子", "疯子", "神经病", "有病", "没素质", "蠢货", "笨蛋",
                                        "白痴", "流氓", "无赖", "小人", "混蛋", "骗人", "坏人", "傻瓜", "蠢", "傻", "脑残",
                                        "泼妇", "人渣", "神经", "没教养", "不要脸", NULL };
    for (size_t i = find(sc, a, b, &SECOND); i + 1 < b; i = find(sc, i + 1, b, &SECOND)) {
        size_t c = i + 1;
        if (in(sc, c, (list){ "自己", NULL }) && c + 1 < b) c++;
        if (!in(sc, c, (list){ "才", "才是", NULL })) continue;
        size_t v = find(sc, c + 1, tone_upto(b, c + 5), vile);
        if (v < b && !tone_denied_between(sc, c + 1, v)) return tone_hit(sc, "belittle", "回骂客户", i, v, v);
    }
    return 0;
}

/* 你的智力还停留在幼儿园 / 您的智商也就小学水平: the caller's mind ranked with a small child's (an
 * insult, like the list's 三岁小孩都懂). 幼儿园的报名时间 / 您孩子的智力发育 name no mind of the caller's. */
int tone_mind_of_child(scan *sc, size_t a, size_t b, int question)
{
    static const char *const child[] = { "幼儿园", "小学", "小学生", "3岁", "3岁小孩", "婴儿", "小孩", "小孩子", "3岁孩子",
                                         "幼儿", NULL };
    static const char *const mind[] = { "脑子", "脑袋", "智商", "智力", "理解能力", "水平", "认知", "思维", "脑筋", NULL };
    for (size_t i = find(sc, a, b, mind); i < b; i = find(sc, i + 1, b, mind)) {
        size_t who = find(sc, i > a + 3 ? i - 3 : a, i, &SECOND);
        if (who == NONE || find(sc, who + 1, i, (list){ "孩子", "小孩", "儿子", "女儿", "宝宝", NULL }) < i) continue;
        size_t c = find(sc, i + 1, tone_upto(b, i + 6), child);
        if (c < b && !tone_denied_between(sc, i + 1, c)) return tone_hit(sc, "belittle", "贬低客户", who, c, i);
    }
    return 0;
}

/* The first of stems in s that no denial or condition stands right before (不会丢了, 别出事, 如果丢了
 * are no wish of harm), or NULL. */
static const char *harm_in(const char *s, const char *const *stems)
{
    static const char *const not_[] = { "不", "没", "别", "免", "如果", "要是", "万一", "假如", "防止", "避免", NULL };
    for (const char *const *h = stems; *h; h++) {
        for (const char *p = strstr(s, *h); p; p = strstr(p + 1, *h)) {
            int denied = 0;
            for (const char *const *n = not_; *n && !denied; n++) {
                const char *q = strstr(s, *n);
                denied = q && q < p && p - q <= 9;   /* within three characters before it */
            }
            if (!denied) return p;
        }
    }
    return NULL;
}

/* 祝你天天倒霉 / 祝您一家子出门都堵车 / 希望你的快递全都丢了 / 愿你出门被车撞 / 你这种人迟早遭报应 /
 * 祝你这辈子都理赔不下来: harm wished on the caller, their kin or their things — a curse at the
 * caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 辱骂客户, §二(四) 4.2; 职业守则 文明礼貌). The wish names
 * the caller right after it (祝你, 希望您…), or a word of fate (迟早, 早晚) follows the caller. 祝您生活
 * 愉快 and 希望您早日康复 wish them well; 希望您的快递不会丢了 and 如果丢了… deny or suppose. */
int tone_wished_harm(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"祝愿希咒盼迟早总");
    static const char *const wish[] = { "祝", "祝你", "祝您", "祝愿", "愿", "愿你", "但愿", "希望", "咒", "诅咒", "咒你",
                                        "盼", "盼着", "巴不得", NULL };
    static const char *const fate[] = { "迟早", "早晚", "总有一天", "早晚会", "迟早会", NULL };
    static const char *const harm[] = { "倒霉", "倒大霉", "车祸", "堵车", "丢了", "丢光", "被偷", "去死", "早死", "死掉",
                                        "死光", "暴毙", "不得好死", "破产", "倒闭", "失业", "下地狱", "遭报应", "报应", "被车撞",
                                        "撞死", "断子绝孙", "完蛋", "没好下场", "不得安宁", "摔死", "饿死", "病死", "穷死",
                                        "嫁不出去", "娶不到", "生病", "得病", "得癌", "重病", "生大病", "骨折", "家破人亡",
                                        "横死", "短命", "孤独终老", NULL };
    /* 这辈子都理赔不下来 / 一辈子买不到房: a lifetime of failing */
    static const char *const fail[] = { "不下来", "不到", "不成", "不出去", "不了", NULL };
    for (size_t i = a; i < b; i++) {
        size_t who = NONE;
        if (in(sc, i, wish)) {
            if (strstr(tone_word(sc, i), "你") || strstr(tone_word(sc, i), "您")) who = i;
            else if (i + 1 < b && (strstr(tone_word(sc, i + 1), "你") || strstr(tone_word(sc, i + 1), "您")))
                who = i + 1;   /* 你, 您, 你家, 你们 */
        } else if (in(sc, i, fate)) {
            who = find(sc, a, i, &SECOND);
            if (who < i) who = i;   /* the harm is read after the word of fate */
        }
        if (who == NONE) continue;
        char buf[256];   /* the wish and the clause after it (祝你出门就摔跤，天天倒霉) */
        const char *j = tone_joined(sc, who + 1, tone_next_clause_end(sc, b), buf, sizeof buf);
        const char *life = strstr(j, "辈子");
        if (harm_in(j, harm) || (life && harm_in(life, fail)))
            return tone_hit(sc, "belittle", "诅咒客户", i, b - 1, i);
    }
    return 0;
}

/* 长得这么丑还好意思… / 长得不咋地 / 你这副尊容 / 胖成那样还想穿S码: the caller's looks or body
 * mocked, an attack on the caller's person (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 贬低客户; 职业守则
 * 文明礼貌). Said of someone else (他长得丑, 宝宝长得胖), of the agent (我长得丑) or denied (您不胖) it is
 * no attack on the caller; 您身材偏胖的话选大一码 states a size, with no mockery. */
int tone_looks_mocked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"长尊胖肥矮");
    static const char *const looks[] = { "长得", "长相", "尊容", NULL };
    static const char *const ugly[] = { "不怎么样", "不咋地", "不咋样", "不咋的", "丑", "难看", "磕碜", "寒碜", "丑陋", "猥琐",
                                        "歪瓜裂枣", "恶心", "寒酸", "见不得人", NULL };
    static const char *const body[] = { "胖", "肥", "矮", "丑", NULL };
    static const char *const so_much[] = { "成这样", "成那样", "成这个样", "成那个样", "得像猪", "得跟猪", "成猪", "死了",
                                           "得要死", NULL };
    static const char *const other[] = { "他", "她", "它", "他们", "孩子", "宝宝", "小孩", "儿子", "女儿", "狗", "猫", "我",
                                         NULL };
    char buf[256];
    const char *j = tone_joined(sc, a, b, buf, sizeof buf);
    size_t subject_end = b;
    const char *hit = NULL;
    for (const char *const *l = looks; *l && !hit; l++) {
        const char *p = strstr(j, *l);
        if (!p) continue;
        if (strcmp(*l, "尊容") == 0) { hit = p; break; }
        const char *rest = p + strlen(*l);
        for (const char *const *u = ugly; *u && !hit; u++) {
            const char *q = strstr(rest, *u);
            if (q && q - rest <= 12) hit = p;   /* within four characters: 长得真是丑 */
        }
    }
    for (const char *const *u = body; *u && !hit; u++)
        for (const char *p = strstr(j, *u); p && !hit; p = strstr(p + 1, *u))
            for (const char *const *s = so_much; *s && !hit; s++)
                if (strncmp(p + strlen(*u), *s, strlen(*s)) == 0) hit = p;
    if (!hit) return 0;
    size_t k = tone_word_at_byte(sc, a, b, (size_t)(hit - j) + 1);
    if (k >= b) return 0;
    subject_end = k;
    /* someone else's looks, or the agent's own: no 你/您 before it and another subject */
    if (find(sc, a, subject_end, &SECOND) == NONE && find(sc, a, subject_end, other) < subject_end) return 0;
    if (cs_words_said_of_thing(sc->w, k) || tone_denied_between(sc, a, k)) return 0;
    return tone_hit(sc, "belittle", "贬低客户外貌", a, b - 1, k);
}

/* 你这只癞蛤蟆叫得倒挺欢 / 您这头蠢驴 / 跟条疯狗似的乱吠 / 像个苍蝇一样嗡嗡个没完: the caller named or
 * likened to a beast or vermin — name-calling (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 辱骂客户; 职业守则
 * 文明礼貌). Named: 你/您 then 这/这只/个 … right before the beast. Likened: 像/跟 … 一样/似的 with
 * the caller as the unsaid or named subject — not a thing (网速跟蜗牛一样慢) nor someone else (他像
 * 猴子一样灵活), and 您家的狗 / 您这只猫 name the caller's pet, not the caller. */
int tone_likened_beast(scan *sc, size_t a, size_t b, int question)
{
    static const char *const beast[] = { "癞蛤蟆", "蛤蟆", "疯狗", "狗", "猪", "母猪", "老母猪", "蠢猪", "肥猪", "蠢驴", "驴",
                                         "苍蝇", "臭虫", "蟑螂", "老鼠", "乌鸦", "鹦鹉", "猴子", "王八", "乌龟", "畜生",
                                         "牲口", "白眼狼", "狐狸精", "蛆", "跳蚤", "疯狗一样", "野狗", "癞皮狗", "哈巴狗", NULL };
    static const char *const pet[] = { "狗", "猪", "驴", "鹦鹉", "猴子", "乌龟", "老鼠", "乌鸦", NULL };
    static const char *const this_[] = { "这", "这只", "这头", "这条", "这个", "个", "这匹", "那只", "那头", "这种", "只", "头",
                                         "条", "匹", NULL };
    static const char *const like[] = { "像", "跟", "和", "好像", "活像", "就像", NULL };
    /* (the normal form writes 一样 as 1 样) */
    static const char *const as[] = { "样", "似的", "般", "1样", "1般", NULL };
    static const char *const other[] = { "他", "她", "它", "他们", "孩子", "宝宝", "小孩", "我", NULL };
    for (size_t i = find(sc, a, b, beast); i < b; i = find(sc, i + 1, b, beast)) {
        /* named: 你这只癞蛤蟆 / 您这头蠢驴 — not the caller's pet or stock (您这只鹦鹉, 您这头猪的保险) */
        size_t k = in(sc, i, pet) ? a : i;
        while (k > a && k + 3 > i && in(sc, k - 1, this_)) k--;
        if (k < i && k > a && in(sc, k - 1, &SECOND)) return tone_hit(sc, "belittle", "辱骂客户（畜生）", k - 1, i, i);
        /* likened: 像个苍蝇一样 / 跟条疯狗似的 */
        size_t l = find(sc, i > a + 3 ? i - 3 : a, i, like);
        size_t e = find(sc, i + 1, tone_upto(b, i + 3), as);
        if (l == NONE && i == a) l = i;   /* 老母猪一样哼哼唧唧: the caller unsaid */
        if (l == NONE || e == NONE) continue;
        if (find(sc, a, l, other) < l || cs_words_said_of_thing(sc->w, l)) continue;
        /* 猪一样的队友: a likeness said of a noun after it, not of the caller */
        if (e + 1 < b && tone_is(sc, e + 1, "的")) continue;
        /* 网速跟乌龟一样慢 / 这台电脑像乌龟一样慢: a subject before it that is not the caller */
        static const char *const lead[] = { "请", "请您", "别", "不要", "就", "还", "真", "简直", "活", "整个", "整天", "天天",
                                            "又", "你", "您", NULL };
        int subject = 0;
        for (size_t s = a; s < l && !subject; s++) subject = !in(sc, s, lead) && !in(sc, s, &SECOND);
        if (subject) continue;
        return tone_hit(sc, "belittle", "辱骂客户（畜生）", l, e, i);
    }
    return 0;
}

/* 您可真是个人才 / 你真是个小机灵鬼 / 您简直就是个天才: a title of praise pinned on the caller in
 * mockery, a sarcastic name (the label rule of tests/data/eval/README.md: 您可真是个人才 is an
 * insult; 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 贬低客户, 职业守则 文明礼貌). The caller named right
 * before it with only 可/真/是/个 between: 您家宝宝真是个小机灵鬼 praises someone else, and
 * 您真是个细心的人 names no such title. */
int tone_mock_title(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"人天奇鬼活机卧凤神");
    static const char *const title[] = { "人才", "天才", "大天才", "小天才", "奇才", "鬼才", "活宝", "机灵鬼", "小机灵鬼",
                                         "卧龙", "凤雏", "卧龙凤雏", "神人", "奇人", "大人才", "小人才", NULL };
    static const char *const glue[] = { "可", "真", "真是", "可真是", "还真是", "真的是", "是", "个", "1个", "1", "就是",
                                        "简直", "简直是", "简直就是", "绝对是", "不愧是", "真不愧是", "还真", "可是", "大", "小", NULL };
    for (size_t t = find(sc, a, b, title); t < b; t = find(sc, t + 1, b, title)) {
        size_t k = t;
        while (k > a && in(sc, k - 1, glue)) k--;
        if (k == t || k == a || !in(sc, k - 1, &SECOND)) continue;
        /* the title closes the clause (您真是个人才啊); 小天才电话手表, 人才市场 go on to name a thing */
        if (t + 1 < b && !in(sc, t + 1, (list){ "啊", "呀", "吧", "呢", "哈", "嘛", "了", "啦", "哦", "哇", "哟", "哈哈", NULL }))
            continue;
        return tone_hit(sc, "belittle", BELITTLED, k - 1, t, t);
    }
    return 0;
}

/* 你真的很烦 / 您真烦人 / 你咋这么讨厌: the caller called a nuisance, an attack on their person
 * (as 讨厌鬼, 麻烦精 of assets/taboo.txt; 贵阳 §二(二) 2.1, §二(三) 6). Said with a degree of
 * certainty (真, 好, 太, 这么) and closing its clause; 您现在一定很烦吧 / 您是不是很烦 / 我知道您很烦
 * feel with the caller (a guess or a modal before it), 您别太烦心 denies it. */
int tone_called_nuisance(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"烦讨厌");
    static const char *const pest[] = { "烦", "烦人", "讨厌", "讨人厌", "讨人嫌", "招人烦", "招人嫌", "烦死人", "烦死了", "烦死",
                                        "很烦", "好烦", "真烦", "太烦", "超烦", "好烦人", "真烦人", "太烦人", "真讨厌", "好讨厌",
                                        "太讨厌", NULL };
    /* (the lexicon glues a degree to 烦: 好烦 holds its own; 很烦 needs one before it, 您一定很烦) */
    static const char *const inside[] = { "好烦", "真烦", "太烦", "超烦", "好烦人", "真烦人", "太烦人", "真讨厌", "好讨厌",
                                          "太讨厌", NULL };
    static const char *const degree[] = { "真", "真的", "好", "太", "这么", "那么", "咋这么", "怎么这么", "特别", "真是",
                                          "超", "巨", "实在", "实在是", "最", NULL };
    static const char *const guess[] = { "一定", "肯定", "可能", "应该", "是不是", "会不会", "也许", "估计", "知道", "理解",
                                         "明白", "觉得", "感觉", "心情", "让", "被", "得", NULL };
    for (size_t p = find(sc, a, b, pest); p < b; p = find(sc, p + 1, b, pest)) {
        size_t who = find(sc, p > a + 4 ? p - 4 : a, p, &SECOND);
        int hello = p > a && in(sc, p - 1, (list){ "你好", "您好", NULL });   /* 你好烦啊: 你 / 好 glued as 你好 */
        if (hello) who = p - 1;
        if (who == NONE || find(sc, a, p, &FIRST) < p) continue;
        if ((find(sc, who + 1, p, degree) == NONE && !in(sc, p, inside) && !hello) || find(sc, a, p, guess) < p || tone_denied_between(sc, who + 1, p)) continue;
        size_t e = p + 1;   /* closing its clause, particles allowed (你好烦啊) */
        while (e < b && in(sc, e, (list){ "啊", "呀", "哦", "了", "啦", "呢", "哎", NULL })) e++;
        if (e < b || tone_is(sc, b - 1, "吧")) continue;
        return tone_hit(sc, "belittle", BELITTLED, who, p, p);
    }
    return 0;
}

/* ---- classes of the eleventh and twelfth round's writers (helper fixin11; own sentences in
 * tests/data/tone_more/fixin11.tsv) ---- */

/* The index of the word of [i, b) that starts n bytes into the words joined from i, or NONE when
 * byte n falls inside a word. */
static size_t word_starting_at(const scan *sc, size_t i, size_t b, size_t n)
{
    size_t at = 0;
    for (size_t k = i; k < b; k++) {
        if (at == n) return k;
        if (at > n) return NONE;
        at += strlen(tone_word(sc, k));
    }
    return NONE;
}

/* Where the caller is from, their sex or their station in the land, as a group word is built from
 * it (河南人, 江北人, 广东佬, 农村来的, 女人). A province, a region of one, a city people are named
 * after, or the country and the hills. */
static const char *const ORIGIN[] = {
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
    "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
    "内蒙古", "内蒙", "宁夏", "新疆", "西藏", "香港", "澳门", "东北", "西北", "华北", "苏北", "苏南", "皖北", "江北",
    "江南", "浙南", "闽南", "潮汕", "温州", "北方", "南方", "外地", "外省", "外乡", "乡下", "农村", "山里", "山区",
    "山沟沟", "山沟", "山沟里", "小地方", "县城", "村里", "大陆", "内地", "广州", "深圳", "杭州", "南京", "苏州", "宁波", "武汉",
    "成都", "西安", "郑州", "长沙", "合肥", "济南", "青岛", "沈阳", "大连", "哈尔滨", "长春", "福州", "厦门", "南昌",
    "昆明", "南宁", "兰州", "太原", "无锡", "徐州", "盐城", "南通", "扬州", "绍兴", "义乌", "泉州", "莆田", "潮州",
    "汕头", "东莞", "女", "男", "娘们", "老娘们",
    /* insult32: an ethnic group or the country as a whole, and the backwoods in south-western and plain speech
     * (乡坝头, 山旮旯, 山沟沟, 穷地方) */
    "少数民族", "外国", "乡坝头", "乡坝", "山旮旯", "穷地方", "穷山沟", "穷山村", "农村头", NULL };
/* insult32: a group word that names its people by itself (你们少数民族就是麻烦: no 人 / 的 needed) */
static const char *const FOLK[] = { "少数民族", NULL };
/* what turns the place into its people: longest first */
static const char *const ORIGIN_PEOPLE[] = { "那边来的人", "那边的人", "那里的人", "那儿的人", "来的人", "那边来的", "来的",
                                             "里出来的", "出来的", "里来的", "的人", "人", "佬", "的", NULL };

/* Does the fault after the group start at word k (or the word after a 就 / 都 / 只 at k)? 2 for
 * contempt, 1 for a fault, 0 for none. A ban on the whole group is a fault too (农村人就别办信用卡了:
 * the group told it is unfit). */
static int origin_fault(scan *sc, size_t k, size_t b)
{
    static const char *const so[] = { "就是", "都是", "都", "就", "总是", "老是", "全是", "全都", "一个个", "个个", "天生",
                                      "果然", "总", "最", "只", "光", "真是", "哪有", "从来", "向来", NULL };
    if (k >= b) return 0;
    /* insult32: 你们东北人脾气就是冲: a trait of theirs named before the 就是 */
    if (k + 1 < b && in(sc, k, (list){ "脾气", "性格", "素质", "人品", "德行", "习惯", "毛病", NULL })) k++;
    /* 外地人就别排这个队了，去三号窗口 directs the caller: a ban only when the reply offers no way on */
    static const char *const way[] = { "可以", "请", "去", "窗口", "帮您", "建议", "麻烦", NULL };
    int ban_only = !tone_in_reply(sc, way);
    if (in(sc, k, (list){ "就别", "都别", "还是别", NULL })) return ban_only;   /* (就别 as one word) */
    size_t p = k;
    while (p < b && p < k + 3 && in(sc, p, so)) p++;
    if (p == k) return 0;   /* a fault pinned on all of them needs 就是 / 都 … (河南人在上海办居住证: none) */
    if (p < b && in(sc, p, (list){ "不配", "不该", NULL })) return 1;
    /* 别 | 办, or glued to its verb by the lexicon (别办, 别来) */
    if (p < b && (strncmp(tone_word(sc, p), "别", 3) == 0 || in(sc, p, (list){ "就别", NULL }))) return ban_only;
    int f = group_fault(sc, p - 1, b);   /* 就知道 / 只会: the 就 is part of the fault */
    if (f == 0 && p < b) f = group_fault(sc, p, b);
    /* faults pinned on a place in particular: looking down on others, cunning, dirt, cheating, debt */
    static const char *const slur[] = { "看不起", "瞧不起", "排外", "精明", "势利", "奸", "狡猾", "野蛮", "粗鲁", "凶", "脏",
                                        "不讲卫生", "骗子", "骗人", "爱骗", "小偷", "偷", "没钱", "还不起", "不还钱", "赖账",
                                        "老赖", "不要脸", NULL };
    char buf[64];
    if (f == 0 && p < b && tone_after_any(tone_joined(sc, p, b, buf, sizeof buf), slur)) f = 1;
    return f;
}

/* insult32: the origin word ends its clause but for a guessing particle (农村来的吧 / 山沟沟里出来的吧 / 从村里来的吗),
 * and the next clause says what the caller cannot do or know (都不懂, 不会, 难怪 …): where they come from made the
 * reason for it, contempt (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). 我也是农村来的，理解您 names the agent's origin (the
 * rule skips it); 您是农村来的吧，那可以申请补贴 goes on to a service. */
static int origin_blamed(scan *sc, size_t i, size_t b, const char *rest)
{
    static const char *const guess[] = { "吧", "吗", "啊", "呀", "嘛", "哦", "噻", "嗦", "撒", NULL };
    static const char *const cannot[] = { "不懂", "不会", "不知道", "不晓得", "都不", "也不", "啥都", "什么都", "难怪", "怪不得",
                                          "没见过", "听不懂", "看不懂", "不识", "不明白", "搞不懂", "弄不懂", "没文化", NULL };
    if (*rest) {
        const char *after = tone_after_any(rest, guess);
        if (!after || *after) return 0;
    }
    (void)i;
    if (b >= sc->w->n || tone_next_clause_holds(sc, b, (list){ "没关系", "不要紧", "没事", "正常", NULL })) return 0;
    return tone_next_clause_holds(sc, b, cannot) != 0;
}

/* 江北人就是不讲道理 / 你们河南人就是爱占小便宜 / 广东佬就是抠门 / 你们农村来的就是没见过世面 / 女人
 * 就是麻烦 / 你們農村人就別辦信用卡了: the caller's home, origin or sex made a fault of everyone from it
 * (地域或性别歧视). An attack on the caller's worth through where they come from, the group-stereotype
 * insult of 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 and §二(三) 6 (tone_group_stereotype reads 你们这些人
 * with no origin, which may only be a 禁忌语). Not the group named to serve it (河南人在上海办理居住证,
 * 外地人也可以办理, 温州人开的店也可以申请: no 就是 / 都 and no fault), nor the agent's own (我也是苏北人,
 * 我们上海人都…). */
int tone_origin_slur(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"人佬来的女男们");
    for (size_t i = a; i + 1 < b; i++) {
        if (i > a && in(sc, i - 1, &FIRST)) continue;   /* 我们上海人 / 咱东北人 */
        if (find(sc, a, i, (list){ "我也是", "我是", "咱们", "我们", "咱", "我", NULL }) < i) continue;
        char buf[192];
        const char *j = tone_joined(sc, i, b, buf, sizeof buf);
        const char *p = tone_after_any(j, ORIGIN);
        if (!p) continue;
        const char *q = tone_after_any(p, ORIGIN_PEOPLE);
        if (!q && tone_after_any(j, FOLK)) q = p;
        if (!q) continue;
        /* insult32: 农村来的吧，这都不懂 / 你是不是从村里来的，连扫码都不会: the caller's origin guessed as the cause
         * of what they cannot do (the clause after it): contempt for where they come from */
        if (origin_blamed(sc, i, b, q)) return tone_hit(sc, "belittle", "地域或身份歧视，贬低客户", i, b - 1, i);
        if (!*q) continue;
        /* 女 / 男 only as 女人, 女的, 男人, 男的 (女儿, 男生 are not the sex as a whole) */
        if ((strncmp(j, "女", 3) == 0 || strncmp(j, "男", 3) == 0) && p != j + 3) continue;
        if ((strncmp(j, "女", 3) == 0 || strncmp(j, "男", 3) == 0) &&
            !(strncmp(p, "人", 3) == 0 || strncmp(p, "的", 3) == 0)) continue;
        size_t k = word_starting_at(sc, i, b, (size_t)(q - j));
        if (k == NONE) continue;
        int f = origin_fault(sc, k, b);
        /* the sex as a whole: a fault of manner is a 禁忌语 (你们女人就是爱唠叨, tone_group_stereotype), contempt
         * an insult (女人就是头发长见识短 says 见识短: tests/data/tone_more labels) */
        int sex = strncmp(j, "女", 3) == 0 || strncmp(j, "男", 3) == 0 || strncmp(j, "娘们", 6) == 0 ||
                  strncmp(j, "老娘们", 9) == 0;
        if (sex && f != 2) continue;
        if (f) return tone_hit(sc, "belittle", "地域或身份歧视，贬低客户", i, b - 1, i);
    }
    return 0;
}

/* Is the caller set against the beasts after them (你就不知道 / 您还不会 / 你怎么就…): then the beasts, even
 * as the reply's topic, are the yardstick (我们这是宠物店，狗都知道排队，你就不知道？ — final36). */
static int caller_contrasted(scan *sc, size_t from, size_t to)
{
    static const char *const you[] = { "你", "您", NULL };
    static const char *const how[] = { "咋", "怎么", "咋就", "怎么就", NULL };
    static const char *const but[] = { "就", "还", "却", "倒", "反而", "都", "也", NULL };
    /* care said with 不 (您不用担心, 您不要自责, 您不必着急) sets nothing against the caller */
    static const char *const care[] = { "不用", "不要", "不必", "不着急", "不客气", "不好意思", "不要紧", "不怕", NULL };
    for (size_t i = find(sc, from, to, you); i < to; i = find(sc, i + 1, to, you)) {
        size_t k = i + 1;
        if (k < to && in(sc, k, how)) return 1;
        if (k < to && in(sc, k, but)) k++;
        if (k >= to || in(sc, k, care)) continue;
        const char *wd = tone_word(sc, k);
        if (strncmp(wd, "不", 3) == 0 || strncmp(wd, "没", 3) == 0 || strncmp(wd, "还不", 6) == 0 ||
            strncmp(wd, "学不", 6) == 0 || strncmp(wd, "都不", 6) == 0 || strncmp(wd, "就不", 6) == 0) return 1;
    }
    return 0;
}

/* 猪都会点退款了 / 连我家猫都会扫码了 / 狗都知道先插卡: a beast can do what the caller cannot, the caller
 * ranked below it with the comparison unsaid (as tone_below_beast's 你连狗都不如: name-calling, 贵阳
 * §二(二) 2.1). The beast opens its clause (or follows 连 / 我家), then 都 / 也 and a word of ability.
 * 宠物猫狗都可以乘坐 grants a service (可以 is no ability of the mind); 猪肉都卖完了 is meat. */
int tone_beast_can(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"猪狗猫猴驴鹦猩");
    static const char *const beast[] = { "猪", "狗", "猫", "猴子", "狗狗", "猫咪", "驴", "鹦鹉", "猩猩", "大猩猩", "猪头",
                                         "小狗", "小猫", NULL };
    static const char *const lead[] = { "连", "我家", "我家的", "我们家", "我们家的", "隔壁", "隔壁的", "就连", "的", NULL };
    static const char *const can[] = { "会", "知道", "懂", "能", "学会", "明白", "听得懂", "看得懂", "晓得", "弄得", "会用", NULL };
    /* the beasts already the reply's topic before this clause (我们训犬师跟狗狗说话，小狗都能听懂口令 / 宠物店里的
     * 猫咪，猫咪都会用猫砂): what they can do is told of them, no yardstick held to the caller */
    static const char *const topic[] = { "宠物", "宠物店", "宠物医院", "犬", "训犬", "训犬师", "警犬", "导盲犬", "狗粮", "猫粮",
                                         "猫砂", "兽医", NULL };
    if (a > 0 && (find(sc, 0, a, beast) < a || find(sc, 0, a, topic) < a) && !caller_contrasted(sc, a, sc->w->n)) return 0;
    for (size_t i = find(sc, a, b, beast); i < b; i = find(sc, i + 1, b, beast)) {
        size_t s = i;
        while (s > a && in(sc, s - 1, lead)) s--;
        if (s != a) continue;
        size_t k = i + 1;
        if (k < b && in(sc, k, (list){ "都", "也", "都能", "都会", "也会", NULL })) {
            if (in(sc, k, (list){ "都能", "都会", "也会", NULL })) return tone_hit(sc, "belittle", BELITTLED, i, k, i);
            k++;
            if (k < b && in(sc, k, can)) return tone_hit(sc, "belittle", BELITTLED, i, k, i);
        }
    }
    return 0;
}

/* 出门小心被雷劈 / 走路掉沟里吧你 / 出门被车撞 / 你全家死光: a curse said bare, with no 祝 / 愿 / 希望
 * (tone_wished_harm reads those): harm wished on the caller (贵阳 §二(二) 2.1 辱骂客户, §二(四) 4.2). A
 * punishment from heaven (雷劈, 天收, 天谴) or the whole family dead is a curse whatever care word stands
 * before it; an accident (被车撞, 掉沟里, 摔死) only said bare or with 吧 closing it and no care, no
 * past event, no third party (过马路小心被车撞 / 您家老人出门小心路滑，别摔着 / 有位老人出门被车撞了 are
 * care and news). */
int tone_bare_curse(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"雷天死撞沟坑河摔噎呛淹车尸");
    static const char *const punish[] = { "被雷劈", "遭雷劈", "让雷劈", "雷劈", "天收", "遭天谴", "天谴", "死全家",
                                          "全家死光", "全家死绝", NULL };
    static const char *const accident[] = { "被车撞", "被车撞死", "撞死", "掉沟里", "掉坑里", "掉河里", "掉茅坑", "摔死",
                                            "噎死", "呛死", "淹死", "出车祸", "横尸街头", NULL };
    static const char *const care[] = { "小心", "注意", "当心", "千万", "别", "不要", "以免", "防止", "避免", "安全", "提醒",
                                        "担心", "怕", "万一", "如果", "要是", NULL };
    static const char *const third[] = { "他", "她", "他们", "她们", "骗子", "对方", "那个人", "小偷", "司机", "老人",
                                         "有人", "人家", "别人", "肇事", NULL };
    if (find(sc, a, b, third) < b) return 0;
    char buf[192];
    const char *j = tone_joined(sc, a, b, buf, sizeof buf);
    for (const char *const *h = punish; *h; h++) {
        const char *p = strstr(j, *h);
        /* a curse starts and ends on a word's edge (今天收到, 哪天|收到 hold no 天收) */
        if (!p || word_starting_at(sc, a, b, (size_t)(p - j)) == NONE) continue;
        if (p[strlen(*h)] && word_starting_at(sc, a, b, (size_t)(p - j) + strlen(*h)) == NONE) continue;
        if (strstr(j, "不会") && strstr(j, "不会") < p) continue;   /* 不会遭天谴的 (a denial) */
        size_t at = tone_word_at_byte(sc, a, b, (size_t)(p - j) + 1);
        return tone_hit(sc, "belittle", "诅咒客户", a, b - 1, at);
    }
    for (const char *const *h = accident; *h; h++) {
        const char *p = strstr(j, *h);
        if (!p || word_starting_at(sc, a, b, (size_t)(p - j)) == NONE) continue;
        if (p[strlen(*h)] && word_starting_at(sc, a, b, (size_t)(p - j) + strlen(*h)) == NONE) continue;
        /* 被车撞？ asks what happened (a claim read back) */
        if (question || find(sc, a, b, care) < b) return 0;
        /* only particles or an afterthought 你 after it: 吧 / 吧你 / 去吧; 了 is a past event */
        const char *t = p + strlen(*h);
        static const char *const tail[] = { "吧你", "吧您", "去吧", "吧", "你", "算了", NULL };
        const char *r = *t ? tone_after_any(t, tail) : t;
        if (!r || *r) return 0;
        /* a named subject is news unless the curse ends on 吧 (你出门被车撞了 reports; 你掉沟里吧 wishes) */
        if (find(sc, a, tone_word_at_byte(sc, a, b, (size_t)(p - j) + 1), &SECOND) < b && !*t) return 0;
        size_t at = tone_word_at_byte(sc, a, b, (size_t)(p - j) + 1);
        return tone_hit(sc, "belittle", "诅咒客户", a, b - 1, at);
    }
    return 0;
}

/* 你该去精神病院挂个号了 / 建议您去挂个精神科哦 / 赶紧去精神科看看吧: the caller sent to a psychiatrist
 * with no complaint of theirs that would call for one: their mind mocked as ill, an insult in the
 * words of care (贵阳 §二(二) 2.1; as 你有病吧 of assets/taboo.txt). A hospital desk sending a caller who
 * named sleeplessness or low mood there (您这种失眠的情况可以去精神科看看) or telling the way (精神科在三楼,
 * 明天上午的号) names the complaint or the practicalities: left alone. */
int tone_sent_to_asylum(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"精疯神脑");
    static const char *const place[] = { "精神病院", "精神科", "疯人院", "神经病院", "精神病医院", "脑科", "精神卫生中心",
                                         "脑科医院", NULL };
    static const char *const urge[] = { "该", "应该", "赶紧", "快去", "早点", "还是去", "建议", "建议您", "建议你", "最好", "赶快", "去看看吧",
                                        NULL };
    static const char *const need[] = { "失眠", "抑郁", "焦虑", "情绪", "心理", "症状", "睡不着", "难受", "预约", "号源", "挂号费",
                                        "楼", "几点", "医生", "专家", "门诊", "上午", "下午", "明天", "今天", "如果", "家属",
                                        "孩子", "老人", "病人", "患者", "复查", "开药", "诊断", "转诊", NULL };
    size_t p = find(sc, a, b, place), last = p;
    if (p == NONE) p = tone_spelled_in(sc, a, b, place, &last);   /* 精神 | 科 cut in two */
    if (p == NONE) return 0;
    /* said to the caller: 你 / 您 in a word of the clause (建议您 is one word), or the chat desk's 亲 */
    if (!tone_clause_holds(sc, a, b, U"你您侬") && !tone_in_reply(sc, (list){ "亲", "亲亲", NULL })) return 0;
    if (find(sc, a, p, urge) == NONE) return 0;
    if (tone_in_reply(sc, need)) return 0;
    return tone_hit(sc, "belittle", BELITTLED, a, last, p);
}
