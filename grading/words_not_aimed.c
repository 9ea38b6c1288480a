/* Insult words that rural and farm-supply desks say of no one (helper taboo17, own sentences in
 * tests/data/tone_more/taboo17.tsv): a beast or a thing rolling (那几只羊滚下坡了), a term the caller
 * misnamed asked back (傻子病是羊的病吗？), a place whose name holds the word (憨子湾那片地). Each is a
 * reading of the words around the insult word, not a list of sentences; declared in words.h (block
 * taboo17).
 *
 * Clauses: 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 and 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语 judge
 * words said AT the caller; asking back what the caller said (§二(二) 2.5 询问, 2.3 复述 in spirit) and
 * naming their fields and beasts is the service itself. */
#include "words.h"

#include <string.h>

static const char *const YOU[] = { "你", "您", "你们", "您们", "侬", "恁", "妳", "妳们", NULL };

/* Is a 你/您 among the words of i's clause before i? */
static int caller_before(const cs_words *w, size_t i)
{
    for (size_t k = i; k-- > 0 && w->v[k].clause == w->v[i].clause;)
        if (cs_word_in(w->v[k].w, YOU)) return 1;
    return 0;
}

/* 猪 / 羊 / 石头 / 桶: what rolls on a farm; said_of_thing knows the machines and pets. */
static int beast_or_load(const char *x)
{
    static const char *const heavy[] = { "猪", "小猪", "猪仔", "羊", "羊羔", "小羊", "牛", "牛犊", "牲口", "牛羊", "猪羊",
                                         "石头", "石块", "木头", "桶", "油桶", "瓶子", "罐子", "球", "轮胎", "西瓜", "土豆",
                                         "车", "车子", "三轮车", "拖拉机", "草垛", "包", "麻袋", "化肥", NULL };
    size_t n = strlen(x);
    /* fix17t: any vehicle (面包车, 货车, 小车): a word ending in 车 */
    return cs_word_in(x, heavy) || (n >= 6 && strcmp(x + n - 3, "车") == 0);
}

int cs_words_thing_rolls(const cs_words *w, size_t i)
{
    static const char *const motion[] = { "到", "进", "下", "下去", "下来", "落", "出", "出来", "进去", "了", "过", "过去",
                                          "回", "着", "在", "入", "翻", "走", "远", NULL };
    if (!w || i + 1 >= w->n || strcmp(w->v[i].w, "滚") != 0) return 0;
    /* (下坡 / 进沟 / 到处: glued, the first character is the motion) */
    char head[4] = { 0 };
    memcpy(head, w->v[i + 1].w, strlen(w->v[i + 1].w) >= 3 ? 3 : 0);
    if (w->v[i + 1].clause != w->v[i].clause || (!cs_word_in(w->v[i + 1].w, motion) && !cs_word_in(head, motion))) return 0;
    /* the subject: a beast or a load before it, adverbs (都, 又, 一下) between; no caller named before it
     * unless as the owner (你家的猪 / 您家猪) */
    for (size_t k = i, n = 0; k-- > 0 && w->v[k].clause == w->v[i].clause && n < 3; n++) {
        if (!beast_or_load(w->v[k].w)) continue;
        static const char *const owner_or_account[] = { "家", "的", "说", "是说", "讲", "提到", "看到", "反映", NULL };
        for (size_t j = k; j-- > 0 && w->v[j].clause == w->v[i].clause;) {
            if (!cs_word_in(w->v[j].w, YOU)) continue;
            /* 你这头猪 is the caller named; 你家的猪 / 您说那几头猪 name the caller's beast */
            int theirs = 0;
            for (size_t m = j + 1; m < k; m++) theirs |= cs_word_in(w->v[m].w, owner_or_account);
            return theirs;
        }
        return 1;
    }
    return 0;
}

/* 您问白痴病是不是… / 您说傻子病是…: the only 你/您 before the term in its clause is the one asking or saying it,
 * right before the verb of the report, the term what the caller said (open21). */
static int caller_reported(const cs_words *w, size_t first)
{
    static const char *const report[] = { "问", "说", "讲", "提到", "问的", "说的", "讲的", "提的", "刚才问", "刚才说", "问到",
                                          NULL };
    size_t c = w->v[first].clause, who = first;
    for (size_t k = first; k-- > 0 && w->v[k].clause == c;)
        if (cs_word_in(w->v[k].w, YOU)) { who = k; break; }
    if (who == first || who + 1 >= first || !cs_word_in(w->v[who + 1].w, report)) return 0;
    for (size_t k = who; k-- > 0 && w->v[k].clause == c;)
        if (cs_word_in(w->v[k].w, YOU)) return 0;
    return 1;
}

/* 病 / 牛 …: the noun a misnamed term heads (白痴病, 神经病牛). */
static int term_head(const char *x)
{
    static const char *const head[] = { "病", "症", "瘟", "病毒", "菌", "虫", "草", "牛", "羊", "猪", "鸡", "鸭", "鹅", "马",
                                        "苗", "树", "果", NULL };
    return cs_word_in(x, head);
}

/* Is there a correction of the caller's word at or after clause c (您是说 / 您说的是 / 可能是 / 应该是 / 是不是 /
 * 是指), or is clause c itself a question? */
static int asked_back(const cs_words *w, size_t c, size_t from)
{
    static const char *const correct[] = { "是说", "说的是", "可能是", "应该是", "是不是", "是指", "指的是", "想说", NULL };
    if (w->question && w->question[c]) return 1;
    char buf[96];
    for (size_t k = from; k < w->n && w->v[k].clause <= c + 1; k++) {
        if (!cs_words_spell(w, k, w->v[k].clause, buf, sizeof buf)) continue;
        for (size_t m = 0; correct[m]; m++)
            if (strncmp(buf, correct[m], strlen(correct[m])) == 0) return 1;
    }
    return 0;
}

int cs_words_term_asked(const cs_words *w, size_t first, size_t last)
{
    if (!w || last + 1 >= w->n || first > last) return 0;
    size_t c = w->v[first].clause;
    if (w->v[last + 1].clause != c || !term_head(w->v[last + 1].w)) return 0;
    /* (白痴病啊你？ / 你得了白痴病吗？ say it of the caller) */
    for (size_t k = first; k < w->n && w->v[k].clause == c; k++)
        if (cs_word_in(w->v[k].w, YOU)) return 0;
    if (caller_before(w, first) && !caller_reported(w, first)) return 0;
    return asked_back(w, c, last + 1);
}

/* fix17t: 你这个二杆子沟里长大的 / 蠢货村来的吧你 / 你个傻子村里出来的吧: with the caller named in the clause
 * (or just before it), a place head after the name is where the caller is said to come from — the insult said
 * of them with a place attached (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1) — unless the place is used as a place:
 * gone to, lived in, an address (您在憨子湾那几亩地 / 您要去的是王八坑村 / 您的地址是二杆子沟村三组). */
static int caller_in_clause(const cs_words *w, size_t c, size_t first)
{
    if (caller_before(w, first)) return 1;
    for (size_t k = 0; k < w->n; k++)
        if (w->v[k].clause == c && cs_word_in(w->v[k].w, YOU)) return 1;
    return 0;
}

static int located(const cs_words *w, size_t c, size_t first, size_t head)
{
    static const char *const at[] = { "在", "到", "去", "从", "住", "回", "往", "地址", "住址", "位于", "来自", "寄", "送", NULL };
    /* a thing that lies there, right after the head (二杆子沟那块地, 憨子湾这边, 王八坑一带, …村三组) */
    static const char *const there[] = { "那", "这", "一带", "附近", "地", "的地", "组", "村委会", "的水", "的路", NULL };
    for (size_t k = first; k-- > 0 && w->v[k].clause == c;)
        for (size_t m = 0; at[m]; m++)
            if (strstr(w->v[k].w, at[m])) return 1;
    const char *next = w->v[head + 1].w;
    if (cs_word_in(next, there)) return 1;
    return strncmp(next, "那", 3) == 0 || strncmp(next, "这", 3) == 0;
}

int cs_words_place_named(const cs_words *w, size_t first, size_t last)
{
    static const char *const place[] = { "沟", "村", "屯", "庄", "湾", "坡", "岭", "梁", "峁", "塬", "寨", "堡", "镇", "乡",
                                         "坪", "滩", "洼", "岔", "垭", "坝", "沟里", "村里", "峪", "台", "营", "铺",
                                         /* fix17t: 王八坑村 (坑 heads many village names) */
                                         "坑", NULL };
    if (!w || last + 2 >= w->n || first > last) return 0;
    size_t c = w->v[first].clause;
    /* the place used in the sentence: a word of its clause after the head (二杆子沟那块地, 憨子湾的水) */
    if (!(w->v[last + 1].clause == c && cs_word_in(w->v[last + 1].w, place) && w->v[last + 2].clause == c)) return 0;
    return !caller_in_clause(w, c, first) || located(w, c, first, last + 1);
}
