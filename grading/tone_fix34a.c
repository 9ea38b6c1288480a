/* Helper fix34a: readings in which a rude-looking word has no caller as its target (tone_fix34a.h). Each reads
 * the words around the hit — its subject, its object, what the clause does — never a list of sentences.
 * 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 and §二(四) 4.2 fail a call for an insult AT the caller. */
#include "tone_fix34a.h"
#include "grading_util.h"
#include "tone_scan.h"

#include <string.h>

/* Does word x name or address the caller (你, 您 and the words glued to them, 侬, 恁)? */
static int names_caller(const char *x)
{
    static const char *const other[] = { "侬", "恁", "妳", "阁下", NULL };
    return strstr(x, "你") || strstr(x, "您") || cs_word_in(x, other);
}

/* Does word x name a person (他, 人, 师傅 …)? A closed class enough to stop a search for a thing's subject. */
static int names_person(const char *x)
{
    static const char *const who[] = { "他", "她", "他们", "她们", "人", "人家", "别人", "这人", "那人", "家伙", "师傅", NULL };
    static const char *const tail[] = { "人", "员", "者", "佬", "哥", "姐", "妈", "爷", "婆", NULL };
    static const char *const machine[] = { "机器人", "稻草人", "木头人", "雪人", NULL };
    if (cs_word_in(x, machine)) return 0;
    return names_caller(x) || cs_word_in(x, who) || (strlen(x) > 3 && cs_g_ends_with_any(x, tail) > 0);
}

/* Does word x name a machine or a device's part (取票机, 打印机, 轮椅, 刹车, 闸机, 系统)? */
static int names_thing(const char *x)
{
    static const char *const tail[] = { "机", "器", "仪", "车", "椅", "闸", "屏", "梯", "柜", "锁", "表", "灯", "键",
                                        "桩", "箱", "系统", "软件", "程序", "电脑", "网页", "页面", "导航", "门禁", "小程序", NULL };
    static const char *const not_thing[] = { "司机", "时机", "危机", "动机", "生机", "飞机票", "手表情", NULL };
    if (cs_word_in(x, not_thing)) return 0;
    return cs_g_ends_with_any(x, tail) > 0 || strcmp(x, "APP") == 0 || strcmp(x, "app") == 0;
}

/* Clause c, from its first word up to (not including) word end: a thing named and no person? 1 thing, 0 neither,
 * -1 a person. */
static int clause_subject(const cs_words *w, size_t c, size_t end)
{
    size_t first = end;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    int thing = 0;
    for (size_t k = first; k < end; k++) {
        if (names_person(w->v[k].w)) return -1;
        thing |= names_thing(w->v[k].w);
    }
    return thing;
}

int cs_fix34a_dull_at_thing(const cs_words *w, size_t i)
{
    static const char *const dull[] = { "笨", "傻", "蠢", "呆", NULL };
    if (!w || i >= w->n || !cs_g_starts_with_any(w->v[i].w, dull)) return 0;
    size_t c = w->v[i].clause;
    int here = clause_subject(w, c, i);
    if (here != 0) return here > 0;
    /* the clause names nobody (真是笨死了): its subject is the previous clause's, when that is a thing */
    size_t k = i;
    while (k > 0 && w->v[k - 1].clause == c) k--;
    if (k == 0 || w->v[k - 1].clause + 1 != c) return 0;
    /* and nothing after the word in its clause names a person (真是笨死了你) */
    for (size_t m = i + 1; m < w->n && w->v[m].clause == c; m++)
        if (names_person(w->v[m].w)) return 0;
    return clause_subject(w, c - 1, k) > 0;
}

int cs_fix34a_group_counted(const cs_words *w, size_t i)
{
    static const char *const count[] = { "好多", "很多", "不少", "许多", "有些", "有的", "一些", "大部分", "大多数", "多数",
                                         "挺多", "蛮多", "好些", NULL };
    /* only not knowing or not having heard: a fact, not a fault of manner or mind */
    static const char *const unknown[] = { "不知道", "不晓得", "不清楚", "没听说", "没听过", "不了解", "不太了解", "不太清楚",
                                           "不会用", NULL };
    if (!w || i == 0 || i >= w->n) return 0;
    size_t c = w->v[i].clause;
    if (w->v[i - 1].clause != c || !cs_word_in(w->v[i - 1].w, count)) return 0;
    /* read over two words at a time: the lexicon cuts 不知道 / 不 知道, 不会用 / 不会 用 either way */
    for (size_t k = i + 1; k < w->n && w->v[k].clause == c && k <= i + 5; k++) {
        char buf[64];
        size_t n = strlen(w->v[k].w);
        if (n >= sizeof buf) continue;
        memcpy(buf, w->v[k].w, n + 1);
        if (k + 1 < w->n && w->v[k + 1].clause == c && n + strlen(w->v[k + 1].w) < sizeof buf) strcat(buf, w->v[k + 1].w);
        if (cs_g_starts_with_any(buf, unknown)) return 1;
    }
    return 0;
}

int cs_fix34a_word_explained(const cs_words *w, size_t i)
{
    /* read over the clause's characters: the lexicon cuts 新疆话 / 话里 / 是说 either way */
    static const char *const mean[] = { "话里", "话中", "意思", "是说人", "是骂人", "是指", "指的是", "方言里", "土话里",
                                        "语里", "俚语", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause;
    if (w->question && w->question[c]) return 0;
    size_t first = i;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    char buf[256];
    size_t len = 0;
    for (size_t k = first; k < w->n && w->v[k].clause == c; k++) {
        if (names_caller(w->v[k].w)) return 0;
        /* 我的意思是… is the agent's own meaning, said at someone, not a word explained */
        if (strcmp(w->v[k].w, "我") == 0 && k + 1 < w->n && strcmp(w->v[k + 1].w, "的") == 0) return 0;
        size_t n = strlen(w->v[k].w);
        if (len + n >= sizeof buf) break;
        memcpy(buf + len, w->v[k].w, n);
        len += n;
    }
    buf[len] = '\0';
    return cs_g_holds_any(buf, mean);
}

int cs_fix34a_climbs(const cs_words *w, size_t i)
{
    /* what one climbs: a ladder, stairs, a roof, a hill, a tree, a wall, a height */
    static const char *const climbed[] = { "梯", "楼", "山", "树", "墙", "坡", "高", "窗", "屋顶", "房顶", "台阶", "栏杆", "护栏",
                                           "凳", "椅", "桌", "柜", "车顶", "阳台", "雪山", "岩", "坎", NULL };
    static const char *const up[] = { "上", "上去", "上来", "到", NULL };
    if (!w || i >= w->n || strncmp(w->v[i].w, "爬", 3) != 0) return 0;
    /* 爬梯子 may be cut 爬 / 梯子 or glued as one word */
    if (w->v[i].w[3]) return cs_g_starts_with_any(w->v[i].w + 3, climbed) > 0;
    size_t c = w->v[i].clause, k = i + 1;
    if (k < w->n && w->v[k].clause == c && cs_word_in(w->v[k].w, up)) k++;
    return k < w->n && w->v[k].clause == c && cs_g_starts_with_any(w->v[k].w, climbed) > 0;
}

/* ---- review34 class 2: scorn at the caller's message, not the caller ---- */

int cs_fix34a_message_scorned(const cs_words *w, size_t i)
{
    /* the verbs that make or send a thing (发的, 写的, 拍的, 填的, 说的 …) */
    static const char *const made[] = { "发", "写", "填", "拍", "传", "寄", "打", "录", "画", "做", "弄", "交", "说", "讲",
                                        "上传", "提交", "发来", "发过来", "传来", "截", NULL };
    static const char *const pointer[] = { "这是", "这叫", "这都是", "都是", "是", "叫", "这", "些", "个", NULL };
    if (!w || i >= w->n || strncmp(w->v[i].w, "什么", 6) != 0) return 0;
    size_t c = w->v[i].clause;
    size_t first = i;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    char buf[192];
    size_t len = 0;
    for (size_t k = first; k < i; k++) {
        size_t n = strlen(w->v[k].w);
        if (len + n >= sizeof buf) return 0;
        memcpy(buf + len, w->v[k].w, n);
        len += n;
    }
    buf[len] = '\0';
    /* 你发的这是 / 您写的这叫 / 你拍的是: the pointers after 的 cut off, one at a time */
    for (int cut = 1; cut;) {
        cut = 0;
        size_t m = cs_g_ends_with_any(buf, pointer);
        if (m && m < len) { len -= m; buf[len] = '\0'; cut = 1; }
    }
    if (len < 3 || strcmp(buf + len - 3, "的") != 0) return 0;
    len -= 3;
    buf[len] = '\0';
    if (!cs_g_ends_with_any(buf, made)) return 0;
    /* nothing after the scorn in its clause names the caller (你发的什么玩意儿你) */
    for (size_t k = i + 1; k < w->n && w->v[k].clause == c; k++)
        if (names_caller(w->v[k].w)) return 0;
    return 1;
}

/* ---- review34 class 3: names pinned on the caller ---- */

/* origin_name (a place + 佬/仔 pinned on the caller), disability_name (哑巴还打什么电话) and harm_wished (您就在家饿着吧)
 * were withdrawn before the final CI of stop 34: a read-only reviewer's own sentences (final34b #1-#3) showed them
 * failing whole calls on rapport (您广东仔啊？我也是广东仔，好亲切！), praise (聋子还这么用功学手语，真让人佩服) and plain
 * service (您就等着账户解冻吧). The code is in git history (fix34a); their rude rows are open in
 * tests/data/tone_more/fix34a.tsv. */
