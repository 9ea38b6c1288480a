/* Helper fix33a's classes (review33 A, D, F): whom a curse or a likeness is aimed at, read from the structure of
 * the reply, not from a list of the things a trainee may swear at.
 *
 *  A. A curse said at a thing (该死的扫描仪 / 丫的，闸机又不认卡了 / 这该死的雾): rude on the line, a 口头禅
 *     (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅), but not the insult that fails the call, which needs a
 *     demeaning word aimed at the caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2; the label rule of
 *     tests/data/eval/README.md "Who labelled, and how": a curse or grumble at a thing is insult 0, taboo 1).
 *     What the curse is about is a person only when it is one of a CLOSED class — the second person, the third,
 *     a word for a person or kin, what the caller did or failed at — so a thing nobody listed is still a thing.
 *  D. (The caller likened to a beast, 你是属猪的吧 / 跟猴似的上蹿下跳: its two rules were withdrawn at stop 33 before
 *     the final CI because they failed caring small talk — the reviewer final33b's sentences in fix33a.tsv; the
 *     rude rows wait there as OPEN comments for a rule that reads the likeness's stance.)
 * Own rows with innocent twins: tests/data/tone_more/fix33a.tsv (tests/cli/test_fix33a.sh). */
#include "tone_fix33a.h"
#include "tone_scan.h"
#include "tone_insult34.h"
#include "grading_util.h"

#include <string.h>

/* What a curse may be aimed at and still insult someone, beyond a word for a person (cs_person_word, the class
 * shared with insult33, fix32b and insult31 in tone_insult34.c): the agent's own person, a thing used as a name
 * (该死的东西, 这破玩意儿, 这货), the body, mind and manner, which are a person's (该死的，嘴又不干净了), and a beast
 * after a curse, name-calling as often as an animal (该死的狗). */
static const char *const AIMED[] = { "我", "我们", "咱", "咱们", "自己", "自个儿", "货", "东西", "玩意", "玩意儿",
                                     "嘴", "嘴巴", "脑子", "脑袋", "脑壳", "耳朵", "眼睛", "眼", "手", "脸", "记性", "态度",
                                     "口气", "嗓门", "声音", "心眼",
                                     "狗", "猪", "驴", "猴", "猴子", "狼", "畜生", "畜牲", "牲口", "王八", "乌龟", "老鼠",
                                     "耗子", NULL };

/* A person, or a thing said as a name (破东西, 烂玩意). */
static int person_word(const char *word)
{
    static const char *const thing_name[] = { "东西", "玩意", "玩意儿", NULL };
    return cs_person_word(word) || cs_word_in(word, AIMED) || cs_g_ends_with_any(word, thing_name) > 0;
}

/* insult34: the person word at k owns the noun after it (老人家的医保卡, 学生的成绩单): 的 follows in its clause, and it
 * is not the caller (你的卡 stays the caller's). The curse is at the thing owned, not at the owner. */
static int possessor(const cs_words *w, size_t k)
{
    static const char *const second[] = { "你", "您", "你们", "您们", "你丫", "侬", "恁", "妳", "阁下", NULL };
    return k + 2 < w->n && w->v[k + 1].clause == w->v[k].clause && w->v[k + 2].clause == w->v[k].clause &&
           strcmp(w->v[k + 1].w, "的") == 0 && !cs_word_in(w->v[k].w, second);
}

/* What the caller did or failed at (打电话来, 看不住, 听不懂): a clause telling of it is about the caller,
 * whatever its subject is. Spelled over the clause, as the lexicon cuts 不 住 / 打 电话 either way. */
static int tells_of_caller_but(const cs_words *w, size_t from, size_t c, size_t skip_i, size_t skip_j)
{
    static const char *const did[] = { "打电话", "打过来", "打来", "来电", "打进来", "投诉", "不会", "好意思", "找茬", "来问",
                                       "来找", "不住", "不懂", "不清", "不明白", "不听", "听不", "记不", "看不", "管不",
                                       "有脸", "烦不烦", "有完没完", "啰嗦", "磨叽", "废话", NULL };
    char buf[256];
    if (!cs_words_spell(w, from, c, buf, sizeof buf)) return 1;   /* too long to read: no claim */
    for (const char *const *d = did; *d; d++)
        if (strstr(buf, *d)) return 1;
    for (size_t k = from; k < w->n && w->v[k].clause == c; k++)
        if ((k < skip_i || k > skip_j) && person_word(w->v[k].w) && !possessor(w, k)) return 1;
    return 0;
}

static int tells_of_caller(const cs_words *w, size_t from, size_t c)
{
    return tells_of_caller_but(w, from, c, 1, 0);
}

/* Words that point at or run down the noun after them (这破电脑, 那台, 这鬼): not the noun itself. */
static int pointer_word(const char *word)
{
    static const char *const ptr[] = { "的", "这", "那", "这个", "那个", "这台", "那台", "这些", "那些", "这破", "那破", "破",
                                       "烂", "鬼", "这鬼", "个", "1个", "这种", "啥", "什么", NULL };
    return cs_word_in(word, ptr);
}

/* Words that open a predicate (又, 还, 老是, 不, 没): the word before them is its subject. */
static int predicate_opener(const char *word)
{
    static const char *const open[] = { "又", "又是", "还", "还是", "老", "老是", "总", "总是", "一直", "都", "也", "竟然",
                                        "居然", "怎么", "咋", "怎么又", "不", "没", "没有", "偏偏", "突然", "动不动", "全", "全都", "全部",
                                        "早就", "早", NULL };
    return cs_word_in(word, open);
}

/* Words that are no subject or thing at all (particles, adverbs, a complaint). */
static int function_word(const char *word)
{
    static const char *const fn[] = { "了", "吧", "啊", "呀", "嘛", "呢", "哦", "哎", "唉", "是", "就", "真", "太", "再", "才",
                                      "刚", "给", "把", "让", "被", "有", "在", "要", "能", "会", "得", "可", "别", "甭",
                                      "说",
                                      /* a complaint or an act, never the thing a curse is at (他妈的烦 / 丫的装什么) */
                                      "烦", "烦人", "烦死", "吵", "累", "气人", "麻烦", "啰嗦", "磨叽", "墨迹", "催", "闹", "装",
                                      "问", "喊", "搞", "干", "想", "懂", NULL };
    return cs_word_in(word, fn) || predicate_opener(word);
}

/* The first word from k on in clause c past the pointers, or w->n. */
static size_t past_pointers(const cs_words *w, size_t k, size_t c)
{
    while (k < w->n && w->v[k].clause == c && pointer_word(w->v[k].w)) k++;
    return k < w->n && w->v[k].clause == c ? k : w->n;
}

/* 该死的扫描仪 / 丫的这破电脑 / 这该死的雾: the curse modifies the word after it and that word is no person, in a
 * clause that tells nothing of the caller. It modifies through a pointer (这, 破) after it, or through 的 when the
 * curse is an adjective (该死的, 可恶的); the 的 of an oath (他妈的, 丫的, 狗日的) is the oath's own, so 他妈的烦死了
 * modifies nothing. */
static int curse_modifies_thing(const cs_words *w, size_t i, size_t j)
{
    static const char *const adjective[] = { "该死", "可恶", "见鬼", "倒霉", "要命", NULL };
    size_t c = w->v[j].clause, k = j + 1;
    int through = k < w->n && w->v[k].clause == c && pointer_word(w->v[k].w);
    int de = strstr(w->v[j].w, "的") != NULL;
    for (size_t m = i; m <= j && !through; m++)
        for (const char *const *a = adjective; *a && !through; a++)
            through = de && strstr(w->v[m].w, *a) != NULL;
    size_t x = past_pointers(w, k, c);
    if (x == w->n || person_word(w->v[x].w) || function_word(w->v[x].w)) return 0;
    /* 狗日的沙尘暴，… / 他妈的暴雨又来了: after an oath's own 的, a word that closes the clause or opens a predicate
     * after it is a noun the oath is said at (not 他妈的烦死了, a complaint) */
    if (!through && de)
        through = x + 1 == w->n || w->v[x + 1].clause != c || predicate_opener(w->v[x + 1].w);
    if (!through) return 0;   /* 丫的说了多少遍: no noun follows the oath */
    size_t first = i;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    /* insult34: the curse's own words are no person it is aimed at (妈的 holds 妈, 他娘的 娘) */
    return !tells_of_caller_but(w, first, c, i, j);
}

/* From word n on, clause c tells of a thing: its subject — one to three words (叫号屏 may be cut 叫 / 号 / 屏) past
 * the pointers, before the predicate's opener (又, 还, 全, 不 …) — is no person, and the clause tells nothing of
 * the caller; or it tells of a breakdown on the line with no subject (又停电了, words.h). */
static int thing_clause_from(const cs_words *w, size_t n, size_t c)
{
    if (tells_of_caller(w, n, c)) return 0;
    if (cs_words_breakdown_clause(w, c)) return 1;
    size_t x = past_pointers(w, n, c);
    if (x == w->n) return 0;
    size_t p = x + 1;
    while (p < w->n && w->v[p].clause == c && p < x + 3 && !predicate_opener(w->v[p].w)) p++;
    if (p >= w->n || w->v[p].clause != c || !predicate_opener(w->v[p].w)) return 0;
    for (size_t k = x; k < p; k++) {
        /* 老人家的医保卡: an owner and its 的 before the thing are the subject's (insult34) */
        if (possessor(w, k) || (k > x && possessor(w, k - 1))) continue;
        if (person_word(w->v[k].w) || function_word(w->v[k].w)) return 0;   /* 问了又不答: a verb, no subject */
    }
    return 1;
}

/* 丫的，闸机又不认卡了 / 该死，传真又没发出去 / 卧槽票全没了: the curse opens its clause as an interjection (at most
 * particles before it), and what follows it — the rest of its clause, or the next clause when the curse stands
 * alone — tells of a thing (thing_clause_from). */
static int curse_then_thing_clause(const cs_words *w, size_t i, size_t j)
{
    size_t c = w->v[j].clause;
    size_t first = i;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    for (size_t k = first; k < i; k++)
        if (!function_word(w->v[k].w) && !pointer_word(w->v[k].w)) return 0;
    size_t n = j + 1;
    while (n < w->n && w->v[n].clause == c && (function_word(w->v[n].w) || pointer_word(w->v[n].w))) n++;
    if (n < w->n && w->v[n].clause == c) return thing_clause_from(w, j + 1, c);
    if (n == w->n) return 0;
    return thing_clause_from(w, n, w->v[n].clause);
}

int cs_words_curse_at_thing(const cs_words *w, size_t i, size_t j)
{
    if (i >= w->n || j >= w->n || j < i) return 0;
    /* 该死 的 as two words: the 的 belongs to the curse */
    if (j + 1 < w->n && w->v[j + 1].clause == w->v[j].clause && strcmp(w->v[j + 1].w, "的") == 0) j++;
    return curse_modifies_thing(w, i, j) || curse_then_thing_clause(w, i, j);
}
