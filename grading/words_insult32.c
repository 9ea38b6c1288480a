/* A clause about a thing of the caller's (helper insult32, own sentences in tests/data/tone_more/insult32.tsv):
 * 我靠，您这单号少了一位 swears at the number on the screen, not at the caller. The agent's 口头禅 is still a 禁忌语
 * (呼叫服务员职业标准(试行) 三(一)2 不用禁忌语及口头禅), but the insult that fails the call (贵阳 T-GSOCCIA 001—2020
 * §二(二) 2.1, §二(四) 4.2) needs words at the caller. Declared in words.h (cs_words_caller_thing_clause). */
#include "words.h"
#include "grading_util.h"

#include <string.h>

static size_t count_of(const char *s, const char *x)
{
    size_t n = 0;
    for (const char *p = strstr(s, x); p; p = strstr(p + strlen(x), x)) n++;
    return n;
}

int cs_words_caller_thing_clause(const cs_words *w, size_t c)
{
    static const char *const owner[] = { "您这个", "你这个", "您的这个", "你的这个", "您那个", "你那个", "您这", "你这", "您那",
                                         "你那", "您的", "你的", "侬个", "侬的", NULL };
    /* what is no thing: the caller as a person, a part of them, their manner, their matter or demands */
    static const char *const person[] = { "人", "个人", "种", "号", "家伙", "东西", "玩意", "德", "脑", "头", "嘴", "眼", "耳",
                                          "脸", "手", "记性", "态度", "素质", "水平", "智商", "样", "口音", "声音", "语气",
                                          "脾气", "性格", "事", "问题", "要求", "话", "毛病", "意思", "理", "年纪", "岁数",
                                          "老", "孩子", "家",
                                          /* 你这也太能作了: 这 standing for what the caller does, an adverb after it */
                                          "也", "太", "真", "是", "就", "又", "还", "都", "到底", "怎么", "咋", "么", "样",
                                          "边", "里", "次", "回", NULL };
    /* what the caller did, could not do, or a word of scorn: the curse is at them after all */
    static const char *const theirs[] = { "报", "填", "写", "输", "打", "说", "讲", "问", "搞", "弄", "会", "懂", "听", "催",
                                          "闹", "骂", "吵", "非要", "还想", "好意思", "笨", "蠢", "傻", "猪", "狗", "屁",
                                          "烦", "没完", "又是", "作", "闹腾", NULL };
    if (!w) return 0;
    size_t f = 0;
    while (f < w->n && w->v[f].clause != c) f++;
    if (f == w->n) return 0;
    char text[256];
    if (!cs_words_spell(w, f, c, text, sizeof text)) return 0;
    size_t len = cs_g_starts_with_any(text, owner);
    if (!len) return 0;
    const char *rest = text + len;
    /* a measure word: 您这张票, 你这个包裹 */
    rest += cs_g_starts_with_any(rest, (const char *const[]){ "个", "张", "份", "笔", "件", "条", "台", "部", NULL });
    if (!*rest || cs_g_starts_with_any(rest, person)) return 0;
    if (count_of(text, "你") + count_of(text, "您") + count_of(text, "侬") != 1) return 0;
    return !cs_g_holds_any(text, theirs);
}

static const char *const YOU[] = { "你", "您", "你们", "您们", "侬", "恁", "妳", "你自己", "您自己", NULL };

/* Does word k name the caller, or hold 你/您 glued to another word (跟你, 给你的)? */
static int names_caller_at(const cs_words *w, size_t k)
{
    const char *x = w->v[k].w;
    return cs_word_in(x, YOU) || strstr(x, "你") || strstr(x, "您") || strstr(x, "侬");
}

/* Does the caller stand anywhere but as the subject opening a clause (跟你, 陪你, 你问老子)? */
static int caller_as_object(const cs_words *w)
{
    for (size_t k = 0; k < w->n; k++) {
        if (!names_caller_at(w, k)) continue;
        int opens = k == 0 || w->v[k - 1].clause != w->v[k].clause;
        if (!opens || !cs_word_in(w->v[k].w, YOU)) return 1;
    }
    return 0;
}

int cs_words_self_exalted_aside(const cs_words *w, size_t i)
{
    static const char *const self[] = { "老子", "老娘", "本大爷", "姑奶奶", NULL };
    /* verbs whose object is the caller themself: refusing them is retaliation (老子不伺候了), not a matter dropped */
    static const char *const serve[] = { "伺候", "侍候", "奉陪", "陪", "理", "搭理", "招待", "招呼", "惯着", "惯", NULL };
    if (!w || i >= w->n || !cs_word_in(w->v[i].w, self)) return 0;
    if (i > 0 && w->v[i - 1].clause == w->v[i].clause) return 0;   /* 莫挨老子, 关老子屁事: the agent as object */
    if (caller_as_object(w)) return 0;
    char text[512];
    if (!cs_words_spell(w, 0, (size_t)-1, text, sizeof text)) return 0;
    return !cs_g_holds_any(text, serve);
}
