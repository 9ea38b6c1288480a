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

/* Words that address the caller before a name (你们这些 / 你班 / 你个), the determiners after 你 cut off. */
static const char *const DETERMINER[] = { "这些", "这帮", "这伙", "这群", "这个", "这种", "一帮", "一班", "呢班", "班", "啲",
                                          "些", "个", "帮", NULL };

/* Does s, the clause's text up to a name, end on the caller addressed (你们这些, 你班, 你个, 侬个)? */
static int ends_on_caller(const char *s)
{
    static const char *const you[] = { "你们", "您们", "你哋", "你", "您", "侬", "恁", NULL };
    char buf[192];
    size_t len = strlen(s);
    if (len >= sizeof buf) return 0;
    memcpy(buf, s, len + 1);
    size_t m = cs_g_ends_with_any(buf, DETERMINER);
    if (m) buf[len -= m] = '\0';
    return len > 0 && cs_g_ends_with_any(buf, you) > 0;
}

/* 你们这些北佬 / 你们这些乡下佬 / 你班捞仔 / 你个外省佬: where the caller comes from made a name with 佬 or 仔 and pinned
 * on them — contempt for their origin, the insult of 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 (辱骂或贬低客户) and §二(四)
 * 4.2. Not the agent's own group (我们这些北佬), a name told of someone else (那几个广东佬师傅) or explained, and not a
 * name that is no place (打工仔, 靓仔, 后生仔). */
int tone_origin_name(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"佬仔");
    static const char *const place[] = { "北方", "南方", "东北", "西北", "湖南", "湖北", "河南", "广东", "广西", "四川", "福建",
                                         "江西", "安徽", "苏北", "潮汕", "大陆", "内地", "乡下", "乡里", "山里", "农村", "外地",
                                         "外省", "外乡", "北", "南", "山", "捞", NULL };
    static const char *const tail[] = { "佬", "仔", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    for (const char *p = s; *p; cs_utf8_next(&p)) {
        size_t n = cs_g_starts_with_any(p, place);
        if (!n || !tone_after_any(p + n, tail)) continue;
        char before[192];
        size_t len = (size_t)(p - s);
        if (len >= sizeof before) return 0;
        memcpy(before, s, len);
        before[len] = '\0';
        if (!ends_on_caller(before)) continue;
        return tone_hit_span(sc, "belittle", "地域或身份歧视，贬低客户", a, b, s, p, p + n + 3);
    }
    return 0;
}

/* 哑巴还打什么电话 / 又聋又哑还这么多事 / 你个瞎子还好意思投诉: a disability made the caller's name and thrown back at
 * them with 还 and a scorn (什么, 这么, 好意思) — an insult (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2). Not
 * 聋哑人也可以用文字热线 (a kind of person served), 又聋又哑的老人家还这么坚持 (的: a description), 哑巴也能用视频手语
 * (no scorn). */
int tone_disability_name(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"哑聋瞎瘸");
    static const char *const name[] = { "又聋又哑", "又聋又瞎", "又瞎又聋", "聋哑巴", "哑巴", "聋子", "瞎子", "瘸子", "聋哑",
                                        NULL };
    static const char *const lead[] = { "你这个", "你这", "你个", "你", "您这个", "您这", "您", NULL };
    static const char *const scorn[] = { "什么", "啥", "这么", "那么", "好意思", "有脸", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    const char *p = tone_after_any(s, lead);
    if (!p) p = s;
    const char *r = tone_after_any(p, name);
    if (!r || !(r = tone_after_any(r, (list){ "还", "还要", "还想", "还敢", NULL }))) return 0;
    if (!cs_g_holds_any(r, scorn)) return 0;
    return tone_hit_span(sc, "belittle", "贬低客户", a, b, s, p, r);
}

/* 您就在家饿着吧 / 你就等着高反死在山上吧 / 那你就冻着吧: harm wished on the caller — 你/您 and 就, then a harm
 * (饿, 冻, 渴, 病, 死 …) the clause leaves them in, closing on 吧 (饿着吧) or awaited (就等着…死…吧). A curse, the
 * insult of 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 (辱骂或报复来电者). Not a care (您别饿着, 小心高反, 冻不着, 您就在家
 * 歇着吧, 您就等着好消息吧): a negation before the harm, no harm, or no 吧 to wish it with. */
int tone_harm_wished(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"饿冻渴病死");
    static const char *const you[] = { "你就", "您就", "你们就", "您们就", NULL };
    static const char *const harm[] = { "饿", "冻", "渴", "病", "死", NULL };
    static const char *const deny[] = { "别", "不", "没", "莫", "甭", "免得", "以免", "小心", "当心", "防止", NULL };
    char buf[256];
    const char *s = tone_joined(sc, a, b, buf, sizeof buf);
    size_t len = 0;
    const char *y = tone_earliest(s, you, &len);
    if (!y) return 0;
    const char *r = y + len;
    int awaited = tone_after_any(r, (list){ "等着", "等", NULL }) != NULL;
    for (const char *p = r; *p; cs_utf8_next(&p)) {
        if (!cs_g_starts_with_any(p, harm)) continue;
        if (tone_holds_before(s, p, deny)) return 0;
        const char *t = p + 3;
        /* 饿着吧 / 冻着吧: left in it; 等着…死…吧: awaited, the wish closing the clause */
        int left = tone_after_any(t, (list){ "着吧", "死吧", "着去吧", NULL }) != NULL;
        int ends = awaited && cs_g_ends_with_any(s, (list){ "吧", "吧！", NULL }) > 0;
        if (left || ends) return tone_hit_span(sc, "belittle", "诅咒客户", a, b, s, y, t);
    }
    return 0;
}
