/* Helper taboo35 (tone_taboo35.h): the rude word as the attribute of a thing or an animal.
 *
 * The class: a word of a dull mind glued before a noun — 傻瓜卡, 傻瓜模式 (a card or a mode anyone can use, product
 * jargon), 蠢猫, 笨狗 (the caller's pet that chewed a hose). What it is said of is the noun after it, never the caller,
 * unless the caller is named right before it as what is so called (你这傻瓜卡, 你这只蠢狗) or likened to it
 * (跟蠢狗一样). A thing's compound is no abuse; an animal called stupid is still rude service speech (禁忌语,
 * 呼叫服务员职业标准(试行) 五级 三(一)2) but no name for the caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1), so it
 * does not fail the call. */
#include "tone_taboo35.h"

#include "grading_util.h"
#include "text_norm.h"
#include "tone_scan.h"

#include <stdlib.h>
#include <string.h>

/* Does before (the clause up to the hit) end on the caller named as what the word is said of: 你 / 您 with at
 * most a frame (这, 这个, 这只, 是, 就是, 个, 真) between? Read backwards over the frame words. */
static int caller_right_before(const char *before)
{
    static list frame = { "这个", "那个", "这只", "那只", "这条", "那条", "这头", "一个", "1个", "就是", "真是", "简直", "完全",
                          "纯粹", "根本", "真的", "压根",
                          "这", "那", "只", "条", "头", "个", "是", "真", "太", "好", "就", "也", "可", NULL };
    static list you = { "你们", "您们", "你", "您", "侬", "恁", "妳", NULL };
    size_t n = strlen(before);
    for (int moved = 1; moved && n > 0;) {
        moved = 0;
        for (size_t k = 0; you[k]; k++) {
            size_t l = strlen(you[k]);
            if (n >= l && strncmp(before + n - l, you[k], l) == 0) return 1;
        }
        for (size_t k = 0; frame[k] && !moved; k++) {
            size_t l = strlen(frame[k]);
            if (n >= l && strncmp(before + n - l, frame[k], l) == 0) {
                n -= l;
                moved = 1;
            }
        }
    }
    return 0;
}

/* Is anyone likened to the noun (跟…一样, 像…似的, 比…还)? Then it names the one likened, not an animal. */
static int likened(const char *before, const char *after)
{
    static list like_before = { "像", "跟", "和", "比", "如", "似", "当", NULL };
    static list like_after = { "一样", "1样", "似的", "一般", "1般", "差不多", "没两样", "没区别", NULL };
    return cs_g_holds_any(before, like_before) || cs_g_holds_any(after, like_after);
}

/* The kind of noun after the hit: a thing's (卡, 模式), an animal's (猫, 狗), or none. */
static int noun_after(const char *after)
{
    /* nouns of things only: 版 / 型 / 式 make a kind that fits a person or an idea too (您这是傻瓜版的想法, fix15u) */
    static list thing = { "卡", "机", "相机", "手机", "模式", "操作", "功能", "设置", "版本", "软件", "程序", "教程", "键", "开关",
                          "套餐", "装置", "设备", NULL };
    static list beast = { "猫咪", "猫", "狗狗", "狗子", "狗", "鸟", "鹦鹉", "八哥", "兔子", "兔", "仓鼠", "鸡", "鹅", "鸭子",
                          "鸭", "羊", "鱼", "龟", "乌龟", NULL };
    /* what an animal does to the caller's things: the animal is the subject (蠢猫把软管咬破了), not a name hurled */
    static list act = { "把", "又", "咬", "抓", "挠", "叼", "打翻", "撞", "跑", "吃", "啃", "拆", "踩", "碰", "弄", "拉", "尿",
                        "钻", "飞", "扒", "推", "扯", "刨", NULL };
    if (tone_after_any(after, thing)) return CS_TB35_THING;
    const char *rest = tone_after_any(after, beast);
    return rest && cs_g_holds_any(rest, act) ? CS_TB35_BEAST : CS_TB35_PERSON;
}

/* The clause of the word holding code point s spelled whole (malloc'd), with the byte offsets of s and e in it. */
static char *clause_around(const cs_words *w, size_t s, size_t e, size_t *bs, size_t *be)
{
    size_t k = 0;
    while (k < w->n && !(w->v[k].s <= s && s < w->v[k].e)) k++;
    if (k >= w->n) return NULL;
    size_t c = w->v[k].clause, f = k;
    while (f > 0 && w->v[f - 1].clause == c) f--;
    char *text = cs_words_spelled(w, f, c);
    if (!text) return NULL;
    *bs = *be = (size_t)-1;
    size_t at = 0;
    for (size_t j = f; j < w->n && w->v[j].clause == c; j++) {
        size_t cp = w->v[j].s;
        for (const char *p = w->v[j].w; *p; cp++) {
            if (cp == s) *bs = at;
            if (cp == e) *be = at;
            const char *q = p;
            cs_utf8_next(&p);
            at += (size_t)(p - q);
        }
        if (cp == e && *be == (size_t)-1) *be = at;
    }
    if (*bs == (size_t)-1 || *be == (size_t)-1 || *be < *bs) {
        free(text);
        return NULL;
    }
    return text;
}

int cs_taboo35_attribute_of(const cs_words *w, size_t s, size_t e)
{
    size_t bs, be;
    char *text = w ? clause_around(w, s, e, &bs, &be) : NULL;
    if (!text) return CS_TB35_PERSON;
    int kind = noun_after(text + be);
    if (kind != CS_TB35_PERSON) {
        text[bs] = 0;   /* text is now the clause before the hit */
        if (caller_right_before(text) || likened(text, text + be)) kind = CS_TB35_PERSON;
    }
    free(text);
    return kind;
}

/* ---- a thing asked about and answered at once ---- */

/* Clause c spelled whole (malloc'd), or NULL. */
static char *clause_text(const cs_words *w, size_t c)
{
    size_t i = 0;
    while (i < w->n && w->v[i].clause != c) i++;
    return i < w->n ? cs_words_spelled(w, i, c) : NULL;
}

/* The question: 是 … 吗, about a thing — the caller only as its owner (您这张卡, 您的), our side not its subject, no
 * scorn. */
static int thing_question(const char *q)
{
    static list owner = { "您这张", "你这张", "您这个", "你这个", "您那张", "您那个", "您的", "你的", "您家的", "您手上的",
                          "您手里的", NULL };
    static list us = { "我们", "咱们", "咱", "我这", "这里", "这儿", "我", NULL };
    static list scorn = { "家开的", "脑子", "笨", "傻", "蠢", "聋", "瞎", "这都", "连这", "还不", "不会", "不懂", "有病",
                          "菜市场", "慈善", "免费的午餐", "天上", "白给", "你是", "您是", "你这是", "您这是", "故意", NULL };
    if (!strstr(q, "是") || !strstr(q, "吗")) return 0;
    if (cs_g_holds_any(q, us) || cs_g_holds_any(q, scorn)) return 0;
    int names_you = strstr(q, "你") || strstr(q, "您");
    return !names_you || cs_g_holds_any(q, owner);
}

/* The answer: clause a opens with the agent's yes or no and closes there (不是, 哦不是的, 是的). */
static int bare_answer(const char *a)
{
    static list oh = { "哦", "噢", "喔", "嗯", NULL };
    static list yes_no = { "不是的", "不是", "是的", "对的", "对", "没有", "不会", NULL };
    static list close = { "的", "呢", "啊", "哈", "！", "!", "。", NULL };
    const char *r = tone_after_any(a, oh);
    r = tone_after_any(r ? r : a, yes_no);
    if (!r) return 0;
    while (*r) {
        const char *n = tone_after_any(r, close);
        if (!n) return 0;
        r = n;
    }
    return 1;
}

int cs_taboo35_thing_answered(const cs_words *w, size_t c)
{
    static list rebuke = { "别", "不要", "少", "那就", "所以", "自己", "懂", "才", "还", "你", "您", "吧", "凭什么", NULL };
    if (!w || !w->question || c + 2 >= w->n_clauses || !w->question[c] || w->question[c + 1] || w->question[c + 2])
        return 0;
    char *q = clause_text(w, c), *a = clause_text(w, c + 1), *facts = clause_text(w, c + 2);
    /* the facts after the answer: a statement of the thing, no rebuke of the caller */
    int r = q && a && facts && thing_question(q) && bare_answer(a) && !cs_g_holds_any(facts, rebuke);
    free(q);
    free(a);
    free(facts);
    return r;
}

/* ---- a refusal explained by the rule's content, with a plea for understanding ---- */

int tone_taboo35_refusal_explained(scan *sc)
{
    /* the rule cited with what it says (按照铁路的规定…, 合同写明…, 规定是开奖后不予退票) */
    static list cited = { "按照", "根据", "依照", "依据", "写明", "写着", "注明", "明确规定", "规定是", "规定要", "规定在",
                          "条款是", "规则是", NULL };
    /* the rule thrown at the caller, no content (规定就是这样, 规定是死的) */
    static list bare = { "规定就是", "规定是这样", "规定是死的", "死规定", "就是这么规定", NULL };
    static list plea = { "请您理解", "请您谅解", "敬请谅解", "敬请理解", "还请理解", "还请谅解", "还请您理解", "还请您谅解",
                         "望您理解", "望您谅解", "希望您理解", "希望您谅解", "希望您能理解", "希望您能谅解", "请理解", "请谅解",
                         NULL };
    /* a rebuke beside it undoes the courtesy (别再打了, 你理解也得理解, 别跟我磨) */
    static list rebuke = { "别再", "别跟", "少跟", "也得", "不理解也", "爱信不信", "没商量", "别磨", "别烦", "听不懂", "你", NULL };
    size_t n = sc->w->n;
    return tone_words_hold(sc, 0, n, plea) && tone_words_hold(sc, 0, n, cited) && !tone_words_hold(sc, 0, n, bare) &&
           !tone_words_hold(sc, 0, n, rebuke);
}
