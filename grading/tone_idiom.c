/* fix15u: scolding idioms said of the caller (review15 item 9, fpprobe's insults caught only as 禁忌语).
 *
 * 朽木不可雕 / 烂泥扶不上墙 / 狗拿耗子 / 狗咬吕洞宾 / 倒打一耙 / 扶不起的阿斗 / 井底之蛙 call a person worthless, a
 * meddler or a fool; said of the caller they are the name-calling that fails the call (贵阳 T-GSOCCIA 001—2020
 * §二(二) 2.1, §二(四) 4.2; 国家职业技能标准 3.1 不用禁忌语). The idiom alone is a list word: the rule needs the caller as
 * its target as well — named in its clause, or the idiom opening its clause with the caller or the agent's wasted
 * teaching (教了五遍, 说了半天) in the next. Quoted (俗话说…), explained (…这句话), said of a third party (那家
 * 装修队真是…) or of the agent (我这人就是…) it names no one on the line. */
#include "tone_scan.h"

/* the lexicon spells numerals as digits (倒打1耙), so both spellings are listed */
static const char *const IDIOM[] = { "朽木不可雕", "烂泥扶不上墙", "狗拿耗子", "狗咬吕洞宾", "猪八戒倒打一耙", "倒打一耙",
                                     "猪8戒倒打1耙", "倒打1耙", "扶不起的阿斗", "井底之蛙", "不识好人心", NULL };

/* Only degree and copula words before the idiom in its clause (真是烂泥扶不上墙): it opens the clause. */
static int opens_clause(const char *s, const char *p)
{
    static const char *const lead[] = { "真是", "简直是", "简直", "就是", "真", "这就是", "纯属", "典型的", NULL };
    if (p == s) return 1;
    for (size_t m = 0; lead[m]; m++)
        if ((size_t)(p - s) == strlen(lead[m]) && strncmp(s, lead[m], strlen(lead[m])) == 0) return 1;
    return 0;
}

/* tone_idiom_at_caller read over its words joined whole (s). */
static int idiom_at_caller_text(scan *sc, size_t a, size_t b, const char *s)
{
    size_t len = 0;
    const char *p = tone_earliest(s, IDIOM, &len);
    if (!p) return 0;
    /* quoted or explained: 俗话说 / 这句话 / 的意思 */
    if (tone_holds(s, (list){ "俗话说", "常言道", "老话说", "说的是", "这句话", "这句", "的意思", "这个成语", "这话", NULL }))
        return 0;
    size_t at = tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
    int aimed = tone_holds(s, (list){ "你", "您", NULL });
    if (!aimed) {
        if (!opens_clause(s, p) || b >= sc->w->n) return 0;
        /* the next clause aims it at the caller (你自己 / 您这 glued too) or says it was taught in vain */
        static const char *const aimed_after[] = { "你", "您", "教了", "说了半天", "讲了半天", "教半天", "说了好几遍", "讲了好几遍",
                                                   "说了几遍", "遍了", NULL };
        if (!tone_next_clause_holds(sc, b, aimed_after)) return 0;
    }
    return tone_hit(sc, "belittle", "辱骂客户（骂人的俗语）", at, b - 1, at);
}

int tone_idiom_at_caller(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"朽烂狗耙阿井识");
    return tone_read_joined(sc, a, b, idiom_at_caller_text);
}

/* tone_savage_asked read over its words joined whole (s). */
static int savage_asked_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const kind[] = { "野人", "野蛮人", "原始人", "野人吗", "野蛮人吗", NULL };
    static const char *const tail[] = { "", "吗", "吧", "啊", "呀", "呢", "嘛", "么", "哦", NULL };
    const char *you = tone_after_any(s, (list){ "你是", "您是", "你就是", "您就是", "你真是", "您真是", "你这是", NULL });
    if (!you) return 0;
    const char *rest = tone_after_any(you, kind);
    int closes = 0;
    for (size_t m = 0; rest && tail[m] && !closes; m++) closes = strcmp(rest, tail[m]) == 0;
    if (!closes) return 0;
    size_t at = tone_word_at_byte(sc, a, b, (size_t)(you - s) + 1);
    return tone_hit(sc, "belittle", "辱骂客户（野人）", at, b - 1, at);
}

/* 你是野人吗 / 您是野蛮人吧: the caller asked or called an uncivilised kind of person (name-calling, §二(二) 2.1).
 * The caller is the subject (你是 / 您是) and the kind closes the clause (吗, 吧, 啊 …): 您是要去野人谷景区吗 and a
 * skin called 野蛮人 name a place or a thing. */
int tone_savage_asked(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"野原");
    return tone_read_joined(sc, a, b, savage_asked_text);
}

/* tone_mind_lacking read over its words joined whole (s). */
static int mind_lacking_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const lack[] = { "莫得脑壳", "莫得脑子", "没得脑壳", "没得脑子", "冇脑", "冇脑子", "冇得脑", "没脑壳", "没有脑子", "没有脑壳",
                                        "莫脑壳", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, lack, &len);
    if (!p) return 0;
    const char *after = p + len;
    if (strncmp(after, "子", 3) == 0) after += 3;   /* 冇脑 | 子 */
    int person = strncmp(after, "的人", strlen("的人")) == 0;
    for (const char *q = s; q < p && !person; q += 3) person = strncmp(q, "你", 3) == 0 || strncmp(q, "您", 3) == 0;
    if (!person) return 0;
    size_t at = tone_word_at_byte(sc, a, b, (size_t)(p - s) + 1);
    return tone_hit(sc, "belittle", "辱骂客户（没脑子）", at, b - 1, at);
}

/* 你没得脑壳 / 冇脑子的人先至会咁问: the caller said to have no mind in regional speech (莫得, 没得 川渝; 冇 粤), the
 * attack on the mind that fails the call (§二(二) 2.1, §二(四) 4.2; 冇 may reach here as 没有). A person is meant: the caller before it in the
 * clause, or 的人 after it; a toy or a machine (布娃娃莫得脑壳) is none. */
int tone_mind_lacking(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"莫没冇");
    return tone_read_joined(sc, a, b, mind_lacking_text);
}
