/* insult33: rude words of the lexicon aimed at no caller (declared in tone_insult33.h; own sentences in
 * tests/data/tone_more/insult33.tsv). Fresh writers (a Harbin heating desk, Gen-Z part-timers) kept
 * failing caring calls on words that named a beast, a snowman, a drama's genre, a blade rolled out, the
 * weather, a sold-out show or a chat sticker: the word was there, its target was not the caller.
 * 贵阳 T-GSOCCIA 001—2020 §二(四)4.2 and §二(二) 2.1 fail a call for words said AT the caller;
 * 呼叫服务员职业标准(试行) 五级 三(一)2 keeps an oath a 禁忌语 whatever it is said at. */
#include "tone_insult33.h"
#include "tone_insult34.h"

#include <string.h>

#include "grading_util.h"

/* A word naming the caller: 你, 您 and the words glued to them (你这, 您的), 侬/恁/妳 (dialect). */
static int names_caller(const char *x)
{
    static const char *const other[] = { "侬", "恁", "妳", "妳们", NULL };
    return strstr(x, "你") || strstr(x, "您") || cs_word_in(x, other);
}

static size_t clause_first(const cs_words *w, size_t i)
{
    while (i > 0 && w->v[i - 1].clause == w->v[i].clause) i--;
    return i;
}

static size_t clause_last(const cs_words *w, size_t i)
{
    while (i + 1 < w->n && w->v[i + 1].clause == w->v[i].clause) i++;
    return i;
}

/* The clause of word i names the caller, or asks. */
static int caller_or_question(const cs_words *w, size_t i)
{
    if (w->question && w->question[w->v[i].clause]) return 1;
    for (size_t k = clause_first(w, i), l = clause_last(w, i); k <= l; k++)
        if (names_caller(w->v[k].w)) return 1;
    return 0;
}

/* 这客户 / 老头 / 大妈 / 这人: the caller (or another person) named in the third person — a word for a person
 * (cs_person_word, the class shared in tone_insult34.c), or 这位 / 那位 cut apart (位) */
static int person_named(const char *x)
{
    return cs_person_word(x) || strcmp(x, "位") == 0;
}

/* 里 / 上 / 边: a place (林子里, 山上, 那边) */
static int place_word(const char *x)
{
    static const char *const tail[] = { "里", "上", "边", "中", "外", "下", "头", "附近", NULL };
    return cs_g_ends_with_any(x, tail) > 0;
}

int cs_insult33_word_of_thing(const cs_words *w, size_t i, size_t j)
{
    /* what follows a subject or a name rather than a noun it qualifies (傻子才信, 傻大个儿又来了, 傻狍子一个) */
    static const char *const not_head[] = { "才", "就", "都", "也", "会", "又", "还", "才会", "不", "没", "能", "总", "老",
                                            "一个", "1", "个", "1个", "的", "地", "乎乎", "一样", "似的", "是", "就是", "才是", "们", "啊", "吧", "呢", "呀", "了",
                                            "么", "嘛", "哦", "你", "您", "说", "打", "问", "来", "去", "样", "劲",
                                            /* a degree said of the word (蠢到家了, 傻得可以, 笨死了, 傻透了) */
                                            "到", "到家", "得", "死", "死了", "透", "透了", "成", "极", "极了", "过",
                                            /* (fix33c) an adverb of habit opens a predicate: 傻大个儿天天扰民 names someone */
                                            "天天", "整天", "成天", "每天", "老是", "总是", "一直", "经常", "动不动", NULL };
    /* a word of a dull mind (傻, 憨, 笨, 蠢, 呆, 疯): not an oath nor a name of another kind */
    static const char *const dull[] = { "傻", "憨", "笨", "蠢", "呆", "疯", NULL };
    if (!w || j >= w->n || i > j || caller_or_question(w, i)) return 0;
    if (!cs_g_starts_with_any(w->v[i].w, dull)) return 0;
    size_t first = clause_first(w, i);
    size_t last = clause_last(w, i);
    /* 林子里有傻狍子: the thing a place holds, closing the clause (傻 | 狍子: a noun after the word at most) */
    if (i >= first + 2 && strcmp(w->v[i - 1].w, "有") == 0 && place_word(w->v[i - 2].w) &&
        (j == last || (j + 1 == last && !cs_word_in(w->v[last].w, not_head))))
        return 1;
    /* 那边的傻大个儿雪人是… / 傻白甜人设的剧: a modifier, a further noun after it, the phrase going on past
     * that noun (傻狍子一个 / 傻大个儿又来了 name someone) */
    if (j + 2 > last || cs_word_in(w->v[j + 1].w, not_head) || cs_word_in(w->v[j + 2].w, not_head)) return 0;
    if (i > first) return strcmp(w->v[i - 1].w, "的") == 0;
    /* opening the clause, the phrase is a subject only with its 的 or 是 further on (傻萌风格的贴纸) */
    for (size_t k = j + 2; k <= last; k++)
        if (strcmp(w->v[k].w, "的") == 0 || strcmp(w->v[k].w, "是") == 0) return 1;
    return 0;
}

int cs_insult33_thing_rolled(const cs_words *w, size_t i)
{
    /* a person as the object, an order to go or a hurry between (把东西拿上赶紧滚) */
    static const char *const person[] = { "我", "他", "她", "人", "自己", "家伙", NULL };
    static const char *const hurry[] = { "给我", "赶紧", "快", "快点", "马上", "立刻", "拿", "拿上", "拿着", "带上", "带着",
                                         "收拾", "收拾好", "麻溜", "赶快", NULL };
    static const char *const away[] = { "蛋", "开", "远", "远点", "出去", "粗", "犊子", NULL };
    /* 滚一下 / 滚两圈 / 滚到边上: a measured roll, as a thing is rolled (滚 alone after 把门关上 sends one off) */
    static const char *const measured[] = { "1", "一下", "1下", "几", "几下", "两", "2", "半", "半圈", "到", "进", "回", "过来",
                                            "过去", NULL };
    if (!w || i + 1 >= w->n || strcmp(w->v[i].w, "滚") != 0 || w->v[i + 1].clause != w->v[i].clause) return 0;
    if (cs_word_in(w->v[i + 1].w, away)) return 0;
    if (!cs_g_starts_with_any(w->v[i + 1].w, measured)) return 0;
    size_t first = clause_first(w, i);
    for (size_t k = i; k-- > first && k + 8 > i;) {
        const char *x = w->v[k].w;
        if (cs_word_in(x, hurry) || names_caller(x)) return 0;
        /* 把嘴闭上 / 把门关好 then 滚: an errand done, then the order to go */
        static const char *const done[] = { "上", "好", "完", "掉", "走", NULL };
        if (k + 1 < i && cs_g_ends_with_any(x, done)) return 0;
        for (size_t p = 0; person[p]; p++)
            if (strstr(x, person[p])) return 0;
        if (strcmp(x, "把") == 0 || strcmp(x, "将") == 0) return k + 1 < i;   /* an object between */
    }
    return 0;
}

/* insult34: the subject after 这/那 at word k, before word end, is positively a thing or a beast, not a person
 * unnamed: a measure word of a beast or a machine (只, 条, 台, 部 …) opens it, or a noun of two characters or more
 * that names no person and no place, group or time people fill (那边, 这家, 这帮, 这会儿, 这几天). Read before a
 * human act likened (闹得, 叫得), which stays a person's when the subject is unsaid. */
static int thing_subject(const cs_words *w, size_t k, size_t end)
{
    static const char *const measure_thing[] = { "只", "条", "头", "匹", "台", "部", "架", "辆", "块", "座", "棵", NULL };
    static const char *const measure[] = { "个", "1个", "种", "些", NULL };
    static const char *const people_fill[] = { "边", "家", "帮", "群", "伙", "些", "屋", "楼", "院", "班", "桌", "会", "会儿",
                                               "下", "阵", "阵子", "几天", "两天", "天", "段时间", "时候", "次", "回", "样",
                                               "么", NULL };
    const char *x = w->v[k].w + 3;   /* past 这 / 那 */
    size_t n = k + 1;
    int beast_or_machine = 0;
    if (!*x && n < end) x = w->v[n++].w;
    if (cs_word_in(x, measure_thing) || cs_word_in(x, measure)) {
        beast_or_machine = cs_word_in(x, measure_thing);
        if (n >= end) return 0;
        x = w->v[n++].w;
    } else if (cs_g_starts_with_any(x, measure_thing) && strlen(x) > 3) {   /* 这只 | 鹦鹉 cut 这 | 只鹦鹉 */
        beast_or_machine = 1;
        x += 3;
    }
    if (n > end || person_named(x) || cs_g_starts_with_any(x, people_fill) || cs_g_ends_with_any(x, people_fill)) return 0;
    return beast_or_machine || strlen(x) >= 6;
}

int cs_insult33_thing_likened(const cs_words *w, size_t i)
{
    static const char *const like[] = { "跟", "像", "好像", "跟个", "像个", "和", NULL };
    /* 吵得 / 闹得 / 说得 跟疯了一样: a human act likened is a person's, whatever names them (fix33c) */
    static const char *const human_act[] = { "吵", "闹", "说", "讲", "哭", "叫", "骂", "喊", "嚷", "问", "催", "笑", "折腾", "磨",
                                              "作", "撒泼", NULL };
    if (!w || i >= w->n || caller_or_question(w, i)) return 0;
    size_t first = clause_first(w, i), l = i;
    while (l > first && l + 3 > i && !cs_word_in(w->v[l - 1].w, like)) l--;
    if (l == first || !cs_word_in(w->v[l - 1].w, like)) return 0;
    size_t de = l - 1;   /* 下得 | 跟: the degree complement right before the likening */
    static const char *const de_word[] = { "得", NULL };
    if (de == first || !cs_g_ends_with_any(w->v[de - 1].w, de_word)) return 0;
    const char *act = strcmp(w->v[de - 1].w, "得") == 0 && de - 1 > first ? w->v[de - 2].w : w->v[de - 1].w;
    int human = cs_g_starts_with_any(act, human_act) > 0;
    for (size_t k = first; k + 1 < de; k++) {
        const char *x = w->v[k].w;
        if (strncmp(x, "这", 3) != 0 && strncmp(x, "那", 3) != 0) continue;
        const char *noun = strlen(x) > 3 ? x + 3 : w->v[k + 1].w;   /* 这雪 or 这 | 雪 */
        if (person_named(noun) || cs_g_ends_with_any(noun, de_word)) return 0;
        /* insult34: 这闹钟闹得 / 这只鹦鹉叫得 跟疯了一样 — a human act, but done by a machine or a beast named */
        return !human || thing_subject(w, k, de - 1);
    }
    return 0;
}

/* insult34: words [s, last] tell good news of someone (孩子终于找到了, 人总算醒过来了, 老人平安到家了): relief
 * at how things stand, however vulgar the oath before it (a 禁忌语, 呼叫服务员职业标准(试行) 五级 三(一)2), names
 * nobody scorned — the person in it is the one the news is about, not a target (贵阳 §二(二) 2.1 needs one). */
static int good_news(const cs_words *w, size_t s, size_t last)
{
    static const char *const relief[] = { "终于", "总算", "找到", "找着", "平安", "没事", "脱险", "醒了", "醒过来", "救回来",
                                          "救过来", "出院", "康复", "好转", "退烧", "到家", "回来了", "考上", "录取", "通过了",
                                          "批下来", "批了", "生了", "顺产", NULL };
    for (size_t k = s; k <= last; k++)
        if (cs_g_starts_with_any(w->v[k].w, relief)) return 1;
    return 0;
}

/* insult34: the person word at k owns the thing the clause tells of (老人家的票全没了, 爸爸的卡被冻结了): 的 follows it
 * in the clause, so the state is the thing's, not the person named as a target. */
static int possessor(const cs_words *w, size_t k, size_t last)
{
    return k < last && strcmp(w->v[k + 1].w, "的") == 0;
}

int cs_insult33_oath_at_state(const cs_words *w, size_t i, const char *const *caller_did)
{
    /* what opens a clause about the caller's doing or a hurry, the subject unsaid (卧槽，又来了 / 还没说完) */
    static const char *const unsaid[] = { "又", "还", "都", "就", "没", "不", "说", "听", "打", "问", "叫", "吵", "闹", "烦",
                                          "怎么", "咋", "啥", "什么", "有完没完", "真", "太", "这么", "来", "又来", "又打",
                                          "别", "少", "快", "赶紧", NULL };
    /* talk, the caller's doing, or the agent's own exasperation (烦死了, 受够了, 气死了): at the caller */
    static const char *const speech[] = { "说", "讲", "听", "问", "打", "叫", "吵", "闹", "烦", "催", "哭", "骂", "受够", "气死",
                                          "累死", "够了", "头疼", "头大",
                                          /* (fix33c) the call itself: 终于挂了, 没完了, 第五次了, 又来了 */
                                          "挂", "没完", "打来", "来电", "第", "又来", "又打", NULL };
    if (!w || i >= w->n || i != clause_first(w, i)) return 0;
    size_t s = i + 1;
    if (s >= w->n) return 0;
    /* the oath alone in its clause or glued on: the state told is the next words, to the clause end */
    size_t last = clause_last(w, s);
    static const char *const le[] = { "了", NULL };
    if (last < s + 1 || caller_or_question(w, s) || cs_g_starts_with_any(w->v[s].w, unsaid)) return 0;
    if (!cs_g_ends_with_any(w->v[last].w, le)) return 0;
    int good = good_news(w, s, last);
    for (size_t k = s; k <= last; k++)
        if (cs_word_in(w->v[k].w, caller_did) || cs_g_starts_with_any(w->v[k].w, speech) || cs_scorn_name(w->v[k].w) ||
            (person_named(w->v[k].w) && !good && !possessor(w, k, last)))
            return 0;
    return 1;
}

int cs_insult33_sticker_clause(const cs_words *w, size_t c, const char *raw)
{
    static const char *const brackets[][2] = { { "[", "]" }, { "【", "】" }, { "［", "］" } };
    if (!w || !raw) return 0;
    char cap[64] = "";
    size_t len = 0, n = 0;
    for (size_t k = 0; k < w->n; k++) {
        if (w->v[k].clause != c) continue;
        size_t l = strlen(w->v[k].w);
        if (len + l + 1 >= sizeof cap) return 0;
        memcpy(cap + len, w->v[k].w, l + 1);
        len += l;
        n++;
    }
    if (n == 0 || len > 4 * 3) return 0;   /* a sticker's caption is a word or two: up to four characters */
    for (size_t b = 0; b < sizeof brackets / sizeof brackets[0]; b++) {
        char code[80];
        size_t o = strlen(brackets[b][0]), cl = strlen(brackets[b][1]);
        memcpy(code, brackets[b][0], o);
        memcpy(code + o, cap, len);
        memcpy(code + o + len, brackets[b][1], cl + 1);
        if (strstr(raw, code)) return 1;
    }
    return 0;
}
