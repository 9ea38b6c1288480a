/* Insults of helper insult30, by class (each fails the call: 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语,
 * §二(四) 4.2 有效控制个人情绪; 国家职业技能标准 呼叫中心服务员 2.1.2 文明礼貌):
 *  - a name for a person from dialect, net slang or the old written register pinned on the caller by a frame
 *    the taboo list's @aimed does not read: a tag question (老六是吧), a vocative before a reproach, a refusal
 *    to argue with "such a one" (不与无知之徒计较);
 *  - harm promised to the caller in a set phrase (有你好果子吃, 饶不了你, 让你知道厉害);
 *  - the caller's worth denied from one failure (连表都填不好，你还能干什么);
 *  - the call itself put down to idleness (吃饱了撑的吧, 你是不是闲得慌).
 * Each fires on the set words with the caller as their target and a frame, never on a list word alone;
 * own rows with innocent twins in tests/data/tone_more/insult30.tsv (tests/cli/test_insult30.sh). */
#include "tone_scan.h"
#include "tone_fix33a.h"

#include <string.h>

/* Particles that may close a clause after a name or a set phrase said at someone. */
static list TRAIL = { "啊", "吗", "呀", "吧", "呢", "嘛", "么", "哦", "啦", "呗", "喔", "咯", "嘞", "哟", "的", "了", "噢", NULL };

/* Does nothing but particles (TRAIL) follow word k to the end b of its clause, an afterthought 你 after a particle
 * allowed (闲得慌吧你)? */
static int closes_clause(scan *sc, size_t k, size_t b)
{
    size_t p = k + 1;
    while (p < b && in(sc, p, TRAIL)) p++;
    if (p > k + 1 && p < b && in(sc, p, &SECOND)) p++;
    return p >= b;
}

/* Is the agent (我, 我们 …) or a third party named in [a, k)? Then the words are said of them, not the caller. */
static int someone_else_before(scan *sc, size_t a, size_t k)
{
    static list third = { "他", "她", "他们", "她们", "人家", "别人", "对方", "有人", "有些人", NULL };
    return tone_agent_in(sc, a, k) || find(sc, a, k, third) < k;
}

/* ---- names for a person ---- */

/* Names for a person that demean whoever they are pinned on, in the normal form (digits for numerals: 二五眼 is
 * 25眼, 老六 老6): northern and north-eastern dialect (二五眼, 二愣子, 彪子, 山炮), Wu (十三点, 戆大, 瘪三,
 * 阿木林), Cantonese (扑街, 衰仔, 痴线), south-western (瓜娃子, 哈批, 龟儿子), net slang (老六, 小丑, 巨婴,
 * 杠精, 大冤种) and the old written register (无知之徒, 竖子, 鼠辈, 匹夫, 宵小). Numeral names (2百5, 十3点)
 * are also a price or a time: NUMERAL_NAMES says which may stand only after 你/您. */
static list NAMES = {
    "25眼", "2百5", "十3点", "老6", "2愣子", "2杆子", "2货", "2流子", "2把刀", "缺心眼", "缺根弦", "彪子", "山炮", "傻帽",
    "傻狍子", "愣头青", "半吊子", "棒槌", "瘪3", "小瘪3", "戆大", "阿木林", "猪头3", "扑街", "仆街", "衰仔", "痴线",
    "戆居", "瓜娃子", "哈批", "龟儿子", "龟儿", "兔崽子", "小兔崽子", "背时鬼", "砍脑壳的", "死囝仔", "死囡仔", "鳖孙", "孬种", "怂包", "软蛋", "蠢驴", "土鳖", "乡巴佬", "街溜子", "混球",
    "败家子", "废柴", "沙雕", "傻缺", "憨批", "铁憨憨", "小丑", "巨婴", "杠精", "大冤种", "冤种", "舔狗", "键盘侠",
    "白眼狼", "戏精", "无知之徒", "无耻之徒", "无知小儿", "黄口小儿", "宵小之辈", "鼠辈", "竖子", "匹夫", "莽夫", "蠢材",
    "蠢物", "草包", "愚民", "刁民", "泼妇", "无赖", "市井无赖", "井底之蛙", NULL };
static list NUMERAL_NAMES = { "2百5", "十3点", NULL };

/* A kinship rank or a ranking: 老六 as the sixth child (您是家里排行老六吧) names no one with scorn, whatever the frame. */
static list RANK_TALK = { "排行", "家里", "兄弟", "姐妹", "排名", "老5", "老7", NULL };

/* Words that make a bare name (opening its clause, no 你 before it) a thing of the reply: a show, a costume, a fish,
 * a game's role, a room or seat, a price, a medicine (小丑表演套餐是吧, 老六号楼, 土鳖这味中药). */
static list THING_TALK = { "表演", "演出", "马戏", "马戏团", "服装", "玩偶", "手办", "皮肤", "角色", "游戏", "电影", "剧",
                           "话剧", "鱼", "号", "楼", "套餐", "造型", "面具", "装扮", "号码", "药", "药材", "中药", "虫", "房间",
                           "座位", "车厢", "门牌", "元", "块", "钱", "金额", NULL };

/* The name of NAMES spelled from word i before b: its last word, or NONE. */
static size_t name_at(scan *sc, size_t i, size_t b)
{
    return tone_spells_any(sc, i, b, NAMES);
}

/* Is the word last tagged with a question that closes its clause (老6是吧, 杠精是不是, 闲得慌是吧)? */
static int tagged(scan *sc, size_t last, size_t b)
{
    static list tag = { "是吧", "对吧", "是不是", "是吗", "是不", "对不对", NULL };
    size_t t = last + 1;
    if (t + 1 < b && tone_is(sc, t, "是") && in(sc, t + 1, (list){ "吧", "吗", "不", NULL })) t += 2;
    else if (t < b && in(sc, t, tag)) t++;
    return t > last + 1 && closes_clause(sc, t - 1, b);
}

/* 草包就是草包 / 鼠辈终究是鼠辈: the name said again of the unsaid caller, closing the clause. */
static int same_name_again(scan *sc, size_t i, size_t last, size_t b)
{
    size_t k = last + 1;
    if (k < b && in(sc, k, (list){ "终究", "到底", "始终", "永远", "还", NULL })) k++;
    if (k >= b || !in(sc, k, (list){ "就是", "是", "还是", NULL })) return 0;
    size_t again = tone_spells_any(sc, k + 1, b, NAMES);
    if (again == NONE || again - (k + 1) != last - i) return 0;
    for (size_t j = 0; j <= last - i; j++)
        if (strcmp(tone_word(sc, i + j), tone_word(sc, k + 1 + j)) != 0) return 0;
    return closes_clause(sc, again, b);
}

/* Is service offered after word last (我帮您转接: cs_words_help_after), or one of served spelled in the words after
 * it, read joined since the lexicon cuts 帮您 and 查一下 (查1下) in two (您稍等, 给您查查, 为您查询, 有货)? Then a bare
 * word before it repeats what the caller asked about. */
static int served_after(scan *sc, size_t last, list served)
{
    /* …我不帮您查了 refuses the service it names: a refusal before the stem leaves the name a name */
    static list refused = { "不", "没法", "无法", "懒得", "别", NULL };
    if (cs_words_help_after(sc->w, last)) return 1;
    char buf[256];
    const char *s = tone_joined(sc, last + 1, sc->w->n, buf, sizeof buf);
    size_t len;
    const char *p = tone_earliest(s, served, &len);
    return p && !tone_holds_before(s, p, refused);
}

/* Does 哪来的 / 哪里来的 / 哪儿来的 stand right before word i (哪来的山炮: "where did this … come from", the
 * commonest frame that pins a name on whoever is on the line; helper fix30t)? */
static int came_from_where(scan *sc, size_t a, size_t i)
{
    static const char *const where[] = { "哪来的", "哪里来的", "哪儿来的", NULL };
    char buf[64];
    const char *s = tone_joined(sc, i > a + 3 ? i - 3 : a, i, buf, sizeof buf);
    size_t n = strlen(s);
    for (const char *const *w = where; *w; w++) {
        size_t m = strlen(*w);
        if (n >= m && strcmp(s + n - m, *w) == 0) return 1;
    }
    return 0;
}

/* Does the name [i, last] stand where it names the caller? 你/您 right before it, over a measure or copula
 * (你个老六, 你这个二百五, 你就是个杠精, 你是不是老六); or (not a numeral name) opening its clause and either
 * closing it (二五眼！, 老六，又是你) or tagged (老六是吧, 杠精是不是). */
static int name_aimed(scan *sc, size_t a, size_t i, size_t last, size_t b)
{
    /* 棒槌是吧，我帮您查一下库存: the caller's word confirmed (tagged) before service, not a name (the 你 frames need no
     * such care); a vocative (瓜娃子，我帮您查一下) stays a name, help after it or not. In stock words the item is
     * a product whatever the frame. */
    static list stock = { "库存", "有货", "有卖", "在售", NULL };
    static list served = { "稍等", "稍候", "帮您查", "给您查", "为您查", "替您查", "帮您看", "给您看", "为您看", "帮您办",
                           "为您办", "查1下", "查查", NULL };
    static list bridge = { "个", "这个", "这", "这种", "这号", "就是个", "真是个", "是个", "是", "是不是", "就是", "真是",
                           "可", "可真是", "纯纯", "纯纯的", "妥妥的", "1个", "一个", "这样的", "这么个", "可真是个", "简直是个", NULL };
    size_t k = i;
    while (k > a && i - k < 4 && in(sc, k - 1, bridge)) k--;
    int tags = tagged(sc, last, b);
    if (k > a && in(sc, k - 1, &SECOND)) return tags || closes_clause(sc, last, b);
    /* 哪来的二百五，瞎打电话: the name closes its clause (哪来的二百五十元扣款 asks of a sum) */
    if (came_from_where(sc, a, i)) return tags || closes_clause(sc, last, b);
    if (i != a || tone_spells_any(sc, i, b, NUMERAL_NAMES) != NONE || tone_in_reply(sc, stock) ||
        (tags && served_after(sc, last, served)) || tone_in_reply(sc, THING_TALK))
        return 0;
    return tags || closes_clause(sc, last, b) || same_name_again(sc, i, last, b);
}

/* insult34: 扑街 / 仆街 are also the Cantonese oath "damn it"; said as an interjection at a thing (扑街，部打印机又
 * 卡纸 / 扑街嘅系统) they are a 口头禅 at the machine, rude but aimed at no caller (呼叫服务员职业标准(试行) 五级 三(一)2;
 * not the insult of 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). Read by fix33a's curse_at_thing (tone_fix33a.h). */
static int oath_at_thing(scan *sc, size_t i, size_t last, size_t b)
{
    static list oath_names = { "扑街", "仆街", NULL };
    return tone_spells_any(sc, i, b, oath_names) == last && cs_words_curse_at_thing(sc->w, i, last);
}

/* 老六是吧，故意卡着点取消 / 你个二五眼 / 杠精是不是: a name of NAMES pinned on the caller (name_aimed), not a rank
 * (RANK_TALK) or a product or forum named — name-calling (辱骂客户, §二(二) 2.1). */
int tone_slang_name(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    for (size_t i = a; i < b; i++) {
        size_t last = name_at(sc, i, b);
        if (last == NONE) continue;
        if (!name_aimed(sc, a, i, last, b) || tone_in_reply(sc, RANK_TALK) || cs_words_names_thing(sc->w, i, last) ||
            oath_at_thing(sc, i, last, b)) {
            i = last;
            continue;
        }
        return tone_hit(sc, "belittle", "辱骂客户（绰号）", i, last, i);
    }
    return 0;
}

/* Names the old written register scorns with in a refusal to argue (小人, 俗人: 大人不记小人过 turned on the
 * caller), besides NAMES. */
static list SPURNED = { "小人", "俗人", "粗人", "蠢人", "愚人", "凡夫俗子", "泼皮", "小儿", NULL };

/* 不与无知之徒计较 / 懒得跟你这种草包一般见识 / 恕不与小人多费口舌: the agent declining to argue with the caller
 * named by a scorned name — the old register's name-calling (辱骂客户, §二(二) 2.1). The name between the
 * refusal and the arguing; no third party or agent named between (不跟他们这种人计较 speaks of others). */
int tone_spurned_name(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"计见争理费多浪为说啰较掰");
    static list refuse = { "与", "跟", "和", "同", "不同", NULL };
    /* (一般 is 1般 in the normal form) */
    static list argue = { "计较", "1般见识", "见识", "争", "争辩", "争论", "理论", "费口舌", "多费口舌", "浪费口舌", "为伍",
                          "多说", "多言", "废话", "说话", "较真", "讲道理", "讲理", "啰嗦", "白费口舌", "多费唇舌", "较劲", "掰扯",
                          "浪费时间", NULL };
    static list kind = { "这种", "这等", "此等", "这般", "这样的", "这号", "这类", "你这种", "你这样的", "您这种", "您这样的",
                         "你", "您", "这", "尔等", NULL };
    for (size_t r = find(sc, a, b, refuse); r < b; r = find(sc, r + 1, b, refuse)) {
        size_t n = r + 1;
        while (n < b && n < r + 4 && in(sc, n, kind)) n++;
        size_t last = name_at(sc, n, b);
        if (last == NONE) last = tone_spells_any(sc, n, b, SPURNED);
        if (last == NONE || last + 1 >= b) continue;
        size_t g = last + 1;
        if (in(sc, g, (list){ "多", "再", "去", "来", NULL })) g++;
        if (g >= b || tone_spells_any(sc, g, b, argue) == NONE) continue;
        if (find(sc, r + 1, n, (list){ "他", "她", "他们", "她们", "别人", "我", "我们", NULL }) < n) continue;
        return tone_hit(sc, "belittle", "辱骂客户（斥为小人）", r, g, n);
    }
    return 0;
}

/* ---- harm promised ---- */

/* Set phrases that promise the caller harm, written with 你 (harm_in also tries each with 您). Not 让你后悔 (错过会让您
 *后悔的 sells) nor 有你好日子过 (办完补贴，以后有您好日子过了 wishes well). */
static list HARM = { "有你好果子吃", "有你好果吃", "没你好果子吃", "有你好看", "有你好受", "有你好瞧", "有你苦头吃", "有你吃苦头",
                     "有你哭的", "有你后悔的", "有你倒霉的", "有你受罪的", "让你好看", "叫你好看", "要你好看", "给你点颜色看看",
                     "给你点颜色瞧瞧", "让你吃苦头", "让你吃点苦头", "叫你吃苦头", "饶不了你", "不会饶了你", "不会饶过你", "绝不饶你",
                     "不会放过你", "绝不放过你", "决不放过你", "让你知道厉害", "叫你知道厉害",
                     "让你知道我的厉害", "叫你知道我的厉害", "让你尝尝厉害", "等着吃苦头", "等着倒霉", "迟早收拾你", "早晚收拾你",
                     "没你好日子过", NULL };

/* The first phrase of HARM (or its 您 form) in the joined text s, or NULL; *len its length. */
static const char *harm_in(const char *s, size_t *len)
{
    const char *best = tone_earliest(s, HARM, len);
    if (!strstr(s, "您")) return best;   /* every 您 form holds 您: most clauses need none built (speed31) */
    for (const char *const *h = HARM; *h; h++) {
        char polite[96];
        const char *you = strstr(*h, "你");
        size_t n = strlen(*h);
        if (!you || n + 1 >= sizeof polite) continue;
        /* 你 and 您 are three bytes each: the 您 form is the phrase with those bytes written over */
        memcpy(polite, *h, n + 1);
        memcpy(polite + (you - *h), "您", strlen("您"));
        const char *p = strstr(s, polite);
        if (p && (!best || p < best)) { best = p; *len = strlen(polite); }
    }
    return best;
}

/* Does the text s end just before p in a denial (不, 别, 没, 不会, 不要 …)? The segmenter may glue it to the harm
 * phrase's first word (不让 | 您 | 吃苦头), so the word before that word does not show it (helper fix30t). */
static int denied_before(const char *s, const char *p)
{
    static const char *const deny[] = { "不", "别", "没", "不会", "不要", "不是", "没有", "不再", "不能", "不想", "绝不会", NULL };
    for (const char *const *d = deny; *d; d++) {
        size_t n = strlen(*d);
        if ((size_t)(p - s) >= n && strncmp(p - n, *d, n) == 0) return 1;
    }
    return 0;
}

/* tone_harm_promised read over its words joined whole (s). */
static int harm_promised_text(scan *sc, size_t a, size_t b, const char *s)
{
    size_t len;
    const char *p = harm_in(s, &len);
    if (!p) return 0;
    size_t first = tone_word_of(sc, a, b, s, p);
    size_t last = tone_word_of(sc, a, b, s, p + len - 1);
    if (first >= b || last >= b || !closes_clause(sc, last, b) || denied_before(s, p)) return 0;
    if (first > a && in(sc, first - 1, (list){ "不", "不会", "绝不会", "不要", "别", "没有", "不是", NULL })) return 0;
    if (find(sc, a, first, (list){ "他", "她", "他们", "她们", "对方", "老板", "领导", NULL }) < first) return 0;
    return tone_hit(sc, "threat", "威胁客户", first, last, first);
}

/* 你等着，有你好果子吃 / 我饶不了你 / 再闹就让你知道厉害: harm promised to the caller in a set phrase closing its
 * clause — a threat (威胁客户, §二(二) 2.1, §二(四) 4.2). Not said of a third party (他饶不了你 reports), not a
 * wish of good (让你好看的妆容 goes on to a thing: the phrase must close its clause), not asked denied
 * (我们不会让你吃苦头的 reassures: a 不 before 让 / 叫 / 要). */
int tone_harm_promised(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"你您");
    ANCHORS(sc, a, b, U"果看受瞧苦哭悔霉罪饶放厉颜倒收日");
    return tone_read_joined(sc, a, b, harm_promised_text);
}

/* tone_harm_in_own_words read over its words joined whole (s). */
static int harm_in_own_words_text(scan *sc, size_t a, size_t b, const char *s)
{
    static const char *const outcome[] = { "混不下去", "待不下去", "呆不下去", "干不下去", "活不下去", "住不下去",
                                           "吃不了兜着走", NULL };
    static const char *const made[] = { "让你", "叫你", "让您", "叫您", NULL };
    static const char *const denied[] = { "不会让", "不让", "别让", "不至于让", "不会叫", "不叫", NULL };
    static const char *const frame[] = { "你等着", "您等着", "给我等着", "有本事你", "有本事您", "有本事就", "有种你",
                                         "走着瞧", "等着瞧", NULL };
    size_t len;
    const char *p = tone_earliest(s, outcome, &len);
    if (!p || !tone_holds_before(s, p, made) || tone_holds_before(s, p, denied)) return 0;
    if (!tone_words_hold(sc, 0, sc->w->n, frame)) return 0;
    return tone_hit_span(sc, "threat", "威胁客户", a, b, s, p, p + len);
}

/* 你等着，我让你在这行干不下去 / 有本事别走，我叫你在这片儿待不下去: harm promised in free words, not a set phrase
 * of HARM — a threat frame said to the caller (你等着, 有本事, 走着瞧) and, in a clause, the caller made unable to go
 * on (让你 … 待不下去, 吃不了兜着走) (威胁客户, §二(二) 2.1, §二(四) 4.2; helper fix30t). Not without the frame (真让您
 * 待不下去了，我们马上派人修 feels with the caller), not denied (绝不会让您待不下去). */
int tone_harm_in_own_words(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"下兜");
    return tone_read_joined(sc, a, b, harm_in_own_words_text);
}

/* ---- worth denied from one failure ---- */

/* Is a word of [from, to) a failure: a negation, a verb negated inside it (考不过, 填不明白, 没考上), or a slip
 * (填错, 忘了, 弄丢)? */
static int negated_after(scan *sc, size_t from, size_t to)
{
    static const char *const failed[] = { "不", "没", "错", "忘", "丢", NULL };
    for (size_t k = from; k < to; k++)
        for (const char *const *f = failed; *f; f++)
            if (strstr(tone_word(sc, k), *f)) return 1;
    return 0;
}

/* 连驾照都考不过，你还能干什么？ / 连个表都填不明白，您还会啥: one failure of the caller's (连 … 都 / 也 + a negation)
 * made the measure of all they can do (还能干什么) — an attack on the caller's worth, not condescension about one
 * task (辱骂客户, §二(二) 2.1; the label rule's attack on character). Not as a condition with a way after (连这个都
 * 办不了的话，您还可以申请复议: 的话 / 如果, and the question is no "what else"), and not a sincere question the
 * what-phrase only begins (您还有什么用来证明购买的凭证吗: the phrase must close its clause, as the names and set
 * phrases of this file must). */
int tone_worth_denied(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"干做会成用指");
    ANCHORS(sc, a, b, U"还");
    static list what = { "能干什么", "能干点什么", "能干点啥", "能干啥", "能干嘛", "会干什么", "会干啥", "能做什么", "能做点什么",
                         "能做啥", "会做什么", "会什么", "会啥", "能干成什么", "能干成什么事", "能干成啥", "能干成啥事", "能成什么事", "能办成什么事", "能办成什么",
                         "干得了什么", "干得成什么", "做得了什么", "有什么用", "有啥用", "能指望你什么", NULL };
    size_t ca = a;
    if (!tone_clause_before(sc, a, &ca)) ca = a;
    for (size_t h = a; h < b; h++) {
        /* 还 its own word or glued (还有 | 什么 | 用, 还会 | 什么) */
        if (strncmp(tone_word(sc, h), "还", strlen("还")) != 0) continue;
        char buf[160];
        const char *s = tone_joined(sc, h, b, buf, sizeof buf);
        /* a what-phrase closing its clause: 还有什么用来证明 … 吗 asks for a proof, 还有什么用？ scorns (helper fix30t) */
        int closed = 0;
        for (const char *const *w = what; *w && !closed; w++) {
            const char *e = tone_after_any(s + strlen("还"), (list){ *w, NULL });
            closed = e && closes_clause(sc, tone_word_at_byte(sc, h, b, (size_t)(e - s)), b);
        }
        if (!closed) continue;
        /* the caller asked about (你还能…), or unsaid at the clause's head */
        if (h > a && find(sc, h > a + 2 ? h - 2 : a, h, &SECOND) == NONE) continue;
        size_t lian = find(sc, ca, h, (list){ "连", NULL });
        size_t du = lian == NONE ? NONE : find(sc, lian + 1, h, (list){ "都", "也", NULL });
        if (du == NONE || !negated_after(sc, du + 1, h)) continue;
        if (find(sc, ca, b, (list){ "的话", "如果", "要是", "假如", NULL }) < b) continue;
        /* 连饭都吃不上了，您还能干什么呢，我帮您申请救助: hardship pitied, help after */
        if (tone_in_reply(sc, (list){ "帮您", "为您", "给您", "申请", "理解", "不容易", "难处", "别着急", "救助", NULL })) continue;
        return tone_hit(sc, "belittle", "辱骂客户（一无是处）", lian, h, h);
    }
    return 0;
}

/* ---- the call put down to idleness ---- */

static list IDLE = { "吃饱了撑得慌", "吃饱撑得慌", "吃饱了撑得没事干", "吃饱了撑的", "吃饱了撑得", "吃饱了撑着", "吃饱撑的",
                     "吃饱了没事干", "吃饱了没事做", "吃多了撑的", "闲得慌", "闲的慌",
                     "闲得发慌", "闲的发慌", "闲得没事干", "闲的没事干", "闲得没事做", "闲得蛋疼", "闲的蛋疼", "闲出屁来",
                     "闲得无聊", "闲的无聊", "闲得难受", NULL };

/* 吃饱了撑的吧，没事打什么热线 / 你是不是闲得慌 / 您这是闲得没事干吧: the caller's call or complaint put down to
 * idleness — contempt for the caller (辱骂客户, §二(二) 2.1). Said of the caller (你 / 您 before it, or opening the
 * clause unsaid and closing it or tagged), not of the agent (我们又不是闲得慌), not a symptom (吃饱了撑得胃胀 at a
 * clinic: a body word in the reply) and not a condition (退休在家闲得慌的话，可以来社区活动中心). */
int tone_idle_caller(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"吃闲");
    size_t last, i = tone_spelled_in(sc, a, b, IDLE, &last);
    if (i == NONE) return 0;
    if (someone_else_before(sc, a, i)) return 0;
    if (i > a && in(sc, i - 1, (list){ "不", "不是", "并不是", "又不是", "没", NULL })) return 0;
    if (tone_in_reply(sc, (list){ "的话", "如果", "要是", "胃", "肚子", "消化", "胀", "医生", "就医", "症状", "药", "饭后",
                                   "活动", "老年大学", "兴趣班", "推荐", "课程", "报名", "参加", "志愿", NULL }))
        return 0;
    int aimed = find(sc, a, i, &SECOND) < i;
    int alone = (i == a || tone_is(sc, i - 1, "就是") || tone_is(sc, i - 1, "纯属") || tone_is(sc, i - 1, "是不是")) &&
                (closes_clause(sc, last, b) || tagged(sc, last, b));
    if (!aimed && !alone) return 0;
    return tone_hit(sc, "belittle", "辱骂客户（吃饱了撑的）", i, last, i);
}
