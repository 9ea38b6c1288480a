/* Insults of helper insult31, by class (each fails the call: 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语,
 * §二(四) 4.2 有效控制个人情绪; 国家职业技能标准 呼叫中心服务员 2.1.2 文明礼貌):
 *  - a word of a dull mind said OF the caller as a predicate, not as a name: south-western 瓜 / 哈 / 苕 (你瓜得很,
 *    你咋个恁个瓜, 你是不是哈了), and the plain grammar of a second-language speaker (你是一个笨的人, 你是很坏的人);
 *  - the caller's head said to be out of order in dialect (你脑壳昏了嗦, 你脑壳里装的浆糊);
 *  - the caller asked whether they understand Chinese at all (你是听不懂中文吗: an attack on the mind, the 人话 /
 *    中国话 class, when no other language is offered after it).
 * Each fires on the caller as subject + the word + a clause that closes on it, never on a list word alone; own rows
 * with innocent twins in tests/data/tone_more/insult31.tsv (tests/cli/test_insult31.sh). */
#include "tone_scan.h"
#include "tone_insult34.h"

#include <string.h>

/* What may close a predicate of the caller: particles of Mandarin and south-western speech (嗦, 噻), and an
 * afterthought 你. */
static list PARTICLES = { "啊", "吗", "呀", "吧", "呢", "嘛", "么", "哦", "啦", "呗", "喔", "咯", "哟", "嗦", "噻", "哈", "嘞",
                          "撒", "咩", "不", "你", "您", "了", "咁", "㗎", "咗", "嘅", "喎", "啫", NULL };

/* Does s hold nothing but PARTICLES (and the extra tails given) to its end? */
static int only_tails(const char *s, list extra)
{
    while (*s) {
        const char *r = tone_after_any(s, extra);
        if (!r) r = tone_after_any(s, PARTICLES);
        if (!r) return 0;
        s = r;
    }
    return 1;
}

/* Skips in s every leading word of l (as often as they come); the rest of s. */
static const char *skip_all(const char *s, list l)
{
    for (const char *r = tone_after_any(s, l); r; r = tone_after_any(s, l)) s = r;
    return s;
}

/* May the words before the 你 at k leave it the subject of what follows (it opens the clause, or only a stance
 * 我看 / 我觉得 or an exclamation stands before it)? Not 给你个瓜 (an object), not 别人说你 (reported). */
static int opens_as_subject(scan *sc, size_t a, size_t k)
{
    static list lead = { "我看", "我觉得", "感觉", "看来", "说真的", "真是", "哎", "唉", "哎呀", "哎哟", "啧", "嘿", "就", NULL };
    return k == a || (k == a + 1 && in(sc, a, lead));
}

/* ---- a word of a dull mind as a predicate ---- */

/* 你咋个恁个瓜 / 你是不是哈了 / 你娃儿瓜得很: words between the caller and the predicate — degree, copula, question,
 * the south-western 娃 (you kid). Normal form: 1个 for 一个. */
static list DEGREE = { "娃儿", "娃", "系咪", "係咪", "是咪", "这个人", "这人", "咋个", "咋这么", "咋", "怎么这么", "怎么", "为啥这么", "恁个", "恁么",
                       "这么", "那么", "好像", "怕不是", "怕是", "是不是", "是1个", "是个", "1个", "是", "真是", "真的", "真", "硬是",
                       "就是", "也太", "太", "有点儿", "有点", "有些", "简直", "实在", "确实", "还真", "还", "非常", "特别", "很",
                       "好", NULL };

/* South-western words for a fool's mind said of a person (瓜 = 傻, 哈 = 傻, 苕 = 傻 in 湖北; Cantonese 癫 / 发癫 mad,
 * 懵盛盛 muddled), with the tails that
 * carry them (瓜得很, 哈戳戳, 瓜兮兮); 哈 alone is also the particle of 你好哈 / 看一哈, so it needs a tail of its
 * own (了, 的, 得很, 戳戳). */
static list SW_DULL = { "神戳戳", "神叨叨", "宝里宝气", "傻不拉几", "憨不拉几", "懵盛盛", "发癫", "癫", "瓜", "苕", "哈", NULL };
static list SW_TAIL = { "得很", "得要死", "得不行", "兮兮", "戳戳", "咪咪", "批批", "到家了", "透了", "死了", "的", "了", NULL };

/* Plain words of a dull or bad person a second-language speaker puts in 你是(一个)(很)…的人. */
static list PLAIN_BAD = { "笨", "蠢", "傻", "坏", "愚蠢", "差劲", "讨厌", "没用", "无知", "无耻", "恶心", "可恶", "没礼貌", "没素质",
                          "没教养", "没文化", NULL };

/* Does s, after the degree words, say the caller a fool in south-western words (瓜得很 / 哈了 / 苕得很)? */
static int sw_dull(const char *s)
{
    size_t len;
    const char *adj = tone_earliest(s, SW_DULL, &len);
    if (adj != s) return 0;
    const char *rest = s + len;
    /* 哈 needs a tail of SW_TAIL right after it (你是不是哈了), never the particle alone (你好哈) */
    if (strncmp(s, "哈", len) == 0 && !tone_after_any(rest, SW_TAIL)) return 0;
    return only_tails(rest, SW_TAIL);
}

/* Does s, after the degree words, call the caller a bad or dull person in plain words (笨的人 / 很坏的人 / 坏人)? */
static int plain_bad_person(const char *s)
{
    const char *r = tone_after_any(s, PLAIN_BAD);
    if (!r) return 0;
    /* a word for a person, the class shared in tone_insult34.c (人, 家伙, 客户, 老赖), after an optional 的 */
    const char *de = tone_after_any(r, (list){ "的", NULL });
    if (de) r = de;
    size_t p = cs_person_prefix(r);
    return p > 0 && only_tails(r + p, (list){ NULL });
}

/* 你瓜得很 / 你咋个恁个瓜哦 / 你是不是哈了 / 你是一个笨的人: a word of a dull mind or a bad person said of the caller as
 * the predicate of a clause the caller opens (辱骂客户, §二(二) 2.1; the label rule's word of a dull mind). Not the
 * agent (我瓜得很), not an object (给你个瓜), not a word of which the dull word is only a part (你好瓜子要吗). */
int tone_dull_said_of_caller(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"你您侬恁妳");
    ANCHORS(sc, a, b, U"瓜苕哈笨蠢傻坏愚差讨没无恶可神宝憨癫懵");
    for (size_t k = find(sc, a, b, &SECOND); k < b; k = find(sc, k + 1, b, &SECOND)) {
        if (!opens_as_subject(sc, a, k) || k + 1 >= b) continue;
        char buf[256];
        const char *s = skip_all(tone_joined(sc, k + 1, b, buf, sizeof buf), DEGREE);
        if (!sw_dull(s) && !plain_bad_person(s)) continue;
        return tone_hit(sc, "belittle", "辱骂客户（说客户傻）", k, b - 1, k);
    }
    return 0;
}

/* ---- the caller's head out of order ---- */

/* Heads in dialect words (脑壳, 脑阔 south-western, 头壳 Min, 脑瓜子 northern); 脑子 / 脑袋 said so are the taboo list's
 * (脑子进水, 脑袋坏掉) and the tone model's. */
static list HEAD = { "脑壳", "脑阔", "脑瓜子", "脑瓜", "脑仁儿", "脑仁", "脑袋瓜", "头壳", NULL };
/* Between the head and its state: where (里头), copula, hedge. */
static list HEAD_LINK = { "里头", "里面", "里边", "里", "是不是", "是", "怕是", "怕不是", "肯定", "1定", "又", "也", "都", "全",
                          "真的", "真", "已经", "有点", "有点儿", "装的是", "装的", "装了", "装满了", "装", "全是", "都是", "灌了", NULL };
/* A head that does not work (昏了, 锈了, 秀逗), or one filled with what thinks nothing (浆糊, 稻草, 豆腐渣). */
static list HEAD_STATE = { "坏去", "歹去", "有洞", "昏", "锈", "生锈", "秀逗", "瓦特", "短路", "抽风", "烧坏", "烧了", "坏", "糊了", "糊涂了", "浆糊",
                           "糨糊", "稻草", "豆腐渣", "草", "屎", "粪", "水泥", "石头", "木头", "棉花", "有包", "有坑", "有泡",
                           "不灵光", "不好使", "不够用", "不转", "转不过弯", "转不动", NULL };
/* Care for a head that hurts: a condition, a symptom, a doctor (您脑袋昏的话先休息, 脑壳昏就去医院看看). */
static list HEAD_CARE = { "的话", "如果", "要是", "休息", "医院", "医生", "就医", "就诊", "看病", "头晕", "头痛", "头疼", "受伤",
                          "撞", "摔", "中暑", "血压", "检查", "多喝水", "注意身体", "保重", NULL };

/* 你脑壳昏了嗦 / 你脑壳里头装的浆糊 / 你那脑瓜子生锈了吧: the caller's head said to be out of order or filled with
 * what cannot think (辱骂客户, §二(二) 2.1; an attack on the caller's mind). The head is the caller's (你 / 您 just
 * before it, over 的 / 这 / 那); not the agent's (我脑壳昏了，再说一遍), not said with care for a sore head (您脑袋昏的话
 * 先休息一下). */
int tone_head_out_of_order(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"脑壳");
    ANCHORS(sc, a, b, U"你您侬恁妳");
    if (tone_in_reply(sc, HEAD_CARE)) return 0;
    for (size_t k = find(sc, a, b, &SECOND); k < b; k = find(sc, k + 1, b, &SECOND)) {
        char buf[256];
        const char *s = tone_joined(sc, k + 1, b, buf, sizeof buf);
        s = skip_all(s, (list){ "的", "这", "那", "这个", "那个", NULL });
        const char *r = tone_after_any(s, HEAD);
        if (!r) continue;
        r = skip_all(r, HEAD_LINK);
        const char *e = tone_after_any(r, HEAD_STATE);
        if (!e) continue;
        /* the state closes the clause, after at most a tail of its own (昏了嗦, 锈掉了吧, 坏掉了) */
        if (!only_tails(e, (list){ "掉了", "掉", "住了", "住", "死了", "透了", "吧你", "的", "嗦", NULL })) continue;
        return tone_hit(sc, "belittle", "辱骂客户（说客户脑子坏了）", k, b - 1, k);
    }
    return 0;
}

/* ---- Chinese itself not understood ---- */

/* 你是听不懂中文吗 / 您是看不懂汉字吧: the caller asked whether they understand Chinese at all — the 人话 / 中国话 class
 * of an attack on the mind (辱骂客户, §二(二) 2.1). The copula 是 makes it a judgement of the caller (你听不懂中文吗?
 * without it is a rude question, 禁忌语 only). Not when another language or help is offered (您是听不懂中文吗？我们有
 * 英文客服为您服务 asks sincerely), and not of the agent (我是看不懂中文的). */
int tone_chinese_not_understood(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"中汉");
    ANCHORS(sc, a, b, U"懂识");
    static list cannot = { "听不懂", "看不懂", "听不明白", "看不明白", "不懂", "不识", "不认识", "不会说", "不会讲", NULL };
    static list tongue = { "中文", "汉语", "汉字", "中国字", "华语", NULL };
    static list offered = { "英文", "英语", "外语", "翻译", "方言", "粤语", "客服", "为您", "帮您", "给您", "转接", "可以", "没关系",
                            "慢慢", NULL };
    if (tone_in_reply(sc, offered)) return 0;
    for (size_t k = find(sc, a, b, &SECOND); k < b; k = find(sc, k + 1, b, &SECOND)) {
        char buf[256];
        const char *s = tone_joined(sc, k + 1, b, buf, sizeof buf);
        s = skip_all(s, (list){ "真的", "怕不是", "是不是", "难道", "到底", NULL });
        const char *r = tone_after_any(s, (list){ "是", NULL });
        if (!r) continue;
        r = tone_after_any(r, cannot);
        if (!r) continue;
        r = tone_after_any(r, tongue);
        if (!r || !only_tails(r, (list){ "是吧", "是吗", "还是怎么", "还是咋", "还是怎么的", NULL })) continue;
        return tone_hit(sc, "belittle", "辱骂客户（说客户听不懂中文）", k, b - 1, k);
    }
    return 0;
}

/* ---- a name built on a word of scorn ---- */

/* The last characters of names for a person that scorn whoever they are pinned on, however new the word before them
 * (讨厌鬼, 背时鬼, 憨货, 糊涂蛋, 害人精, 杂种, 兔崽子, 搅屎棍, 可怜虫, 贱坯, 臭婆娘, 乡下佬): the morphology of
 * name-calling in every region, so a coinage no list holds still reads as a name. */
static list SCORN_TAIL = { "崽子", "玩意儿", "玩意", "东西", "婆娘", "娘们", "货色", "鬼", "货", "蛋", "精", "种", "崽", "婆",
                           "佬", "棍", "虫", "坯", "胚", "猪", "驴", "仔", NULL };
/* Things and kinds those characters also end (鸡蛋, 酒精, 品种, 拐棍, 昆虫): a thing of the reply, not a name. */
static list SCORN_THING = { "鸡蛋", "鸭蛋", "皮蛋", "彩蛋", "滚蛋", "酒精", "味精", "香精", "鸡精", "品种", "物种", "这种", "那种",
                            "各种", "多种", "1种", "哪种", "某种", "拐棍", "冰棍", "昆虫", "害虫", "幼虫", "百货", "现货", "期货",
                            "到货", "发货", "退货", "订货", "送货", "取货", "收货", "存货", "缺货", "进货", "提货", "换货", "年货",
                            "山货", "干货", "水货", "旺仔", "牛仔", "公仔", "猪仔", "艇仔", "煲仔", "外婆", "老婆", "婆婆", "阿婆", "外公", "太婆", NULL };

/* What a name may be followed by to the clause's end besides particles: the caller's opinion scorned (你个打工仔懂啥). */
static list SCORN_AFTER = { "懂什么", "懂啥", "懂个屁", "知道什么", "知道啥", "晓得啥", "晓得什么", "还挑", NULL };

/* Does s (after the frame) hold a name ending in SCORN_TAIL, of two characters or more, then only tails to its end? */
static int scorn_name(const char *s)
{
    size_t n = strlen(s);
    /* the name ends where the tails begin: try each cut from the longest */
    for (size_t cut = n; cut > 0; cut--) {
        if (cut < n && (s[cut] & 0xC0) == 0x80) continue;
        if (!only_tails(s + cut, SCORN_AFTER)) continue;
        for (const char *const *t = SCORN_TAIL; *t; t++) {
            size_t m = strlen(*t);
            if (cut <= m || strncmp(s + cut - m, *t, m) != 0) continue;
            for (const char *const *x = SCORN_THING; *x; x++) {
                size_t xl = strlen(*x);
                if (cut >= xl && strncmp(s + cut - xl, *x, xl) == 0) return 0;
            }
            return 1;
        }
    }
    return 0;
}

/* 你个背时的 / 你个死不要脸的: 你个 + a description + 的 closing the clause, the name left unsaid (not 你个人的, 你个子
 * 高, 你个头: the words 个人, 个子, 个头). */
static int unsaid_name(const char *s)
{
    static list not_name = { "人", "子", "头", "把", "儿", NULL };
    if (!*s || tone_after_any(s, not_name)) return 0;
    size_t n = strlen(s), d = strlen("的");
    for (size_t cut = n; cut > d; cut--) {
        if (cut < n && (s[cut] & 0xC0) == 0x80) continue;
        if (!only_tails(s + cut, (list){ NULL })) continue;
        if (strncmp(s + cut - d, "的", d) == 0) return cut - d >= 2 * d && cut - d <= 6 * d;
    }
    return 0;
}

/* 你个讨厌鬼 / 你这个背时鬼 / 你个搅屎棍 / 你个背时的: a name of scorn (SCORN_TAIL) or an unsaid one (你个 … 的) pinned
 * on the caller by 你个 / 你这个 / 你这种 at the head of a clause that closes on it (辱骂客户, §二(二) 2.1). Not a thing
 * (你这个鸡蛋, SCORN_THING), not given (给你个新的: the 你 must open the clause), not 你个人的 (a word of 个). */
int tone_scorn_suffix_name(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"你您侬恁妳");
    ANCHORS(sc, a, b, U"个种号");
    static list frame = { "这个", "这种", "这号", "那个", "个", "1个", NULL };
    for (size_t k = find(sc, a, b, &SECOND); k < b; k = find(sc, k + 1, b, &SECOND)) {
        if (!opens_as_subject(sc, a, k) || k + 1 >= b) continue;
        char buf[256];
        const char *s = tone_joined(sc, k + 1, b, buf, sizeof buf);
        const char *r = tone_after_any(s, frame);
        if (!r) continue;
        /* fix36b: 你个背时的 names the caller; 您一个开出租的，懂什么发动机 / 你一个退休的 puts them in a trade or a
         * station, condescension with no demeaning word (禁忌语, insult 0: tests/data/eval/README.md, condescension) */
        int bare_ge = tone_after_any(s, (list){ "个", NULL }) != NULL;
        if (!scorn_name(r) && !(bare_ge && unsaid_name(r))) continue;
        return tone_hit(sc, "belittle", "辱骂客户（骂名）", k, b - 1, k);
    }
    return 0;
}

/* ---- the caller's person held too poor for what they want ---- */

/* What of the caller's person 就你这 … 还 … holds up as too poor: looks and body, mind, standing, age. */
static list PERSON_PART = { "身材", "长相", "样子", "模样", "体型", "身板", "个头", "长得", "脸", "德行", "德性", "熊样", "穷样",
                            "鬼样", "水平", "脑子", "智商", "素质", "文化", "年纪", "岁数", "收入", "工资", "信用", "身份", "档次", NULL };
/* What the caller is scorned for wanting: a wish, a dare, a face (还想, 还敢, 还好意思), or a rhetorical "what" (还练什么). */
static list WANT = { "想", "要", "敢", "好意思", "配", "指望", "妄想", "做梦", NULL };

/* 就你这身材还练什么私教 / 凭你这长相还想拍写真 / 就你这脑子也配投诉: the caller's looks, mind or standing held up as
 * too poor for what they want — contempt for the person (辱骂客户, §二(二) 2.1; an attack on the caller's body or
 * character). The part of the person (PERSON_PART) right after 你这 (个), then 还 / 也 with a wish (还想, 还敢) or a
 * rhetorical 什么 / 啥 in the same clause. Not a circumstance (就您这情况还可以申请补贴: 情况 is no part of the person,
 * and 可以 no wish). */
int tone_person_too_poor(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"你您侬恁妳");
    ANCHORS(sc, a, b, U"还也");
    for (size_t k = find(sc, a, b, &SECOND); k < b; k = find(sc, k + 1, b, &SECOND)) {
        if (k == a || !in(sc, k - 1, (list){ "就", "凭", "就凭", NULL })) continue;
        char buf[256];
        const char *s = tone_joined(sc, k + 1, b, buf, sizeof buf);
        const char *r = tone_after_any(s, (list){ "这个", "这副", "这张", "这", "那", NULL });
        if (!r || !(r = tone_after_any(r, PERSON_PART))) continue;
        r = tone_after_any(r, (list){ "还", "也", NULL });
        if (!r) continue;
        size_t len;
        if (!tone_after_any(r, WANT) && !tone_earliest(r, (list){ "什么", "啥", "个屁", NULL }, &len)) continue;
        return tone_hit(sc, "belittle", "辱骂客户（就你这样还…）", k - 1, b - 1, k);
    }
    return 0;
}

/* ---- violence promised ---- */

/* The agent in dialect and rough speech (阿拉 in Wu, 老子, 俺, 咱), besides FIRST. */
static list ROUGH_I = { "阿拉", "老子", "俺", "咱", "我", NULL };
static list STRIKE = { "弄死", "打死", "揍死", "捶死", "锤死", "弄", "揍", "捶", "锤", "削", "扁", "砍", "劈", "踹", "抽", "搞", "整",
                       "修理", "收拾", "打", NULL };

/* tone_violence_promised read over its words joined whole (s). */
static int violence_promised_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list phone = { "电话", "回电", "回拨", "手机", "号码", "稍后", "待会", "1会", "等下", "晚点", "明天", NULL };
    for (const char *const *who = ROUGH_I; *who; who++) {
        for (const char *p = strstr(s, *who); p; p = strstr(p + 1, *who)) {
            const char *r = skip_all(p + strlen(*who), (list){ "就", "要", "会", "马上", "立马", "去", "来", "非", "1定", "找人", "叫人",
                                                                NULL });
            const char *v = tone_after_any(r, STRIKE);
            if (!v) continue;
            const char *you = tone_after_any(v, (list){ "你", "您", "侬", "恁", "妳", NULL });
            if (!you || !only_tails(you, (list){ "1顿", "个半死", NULL })) continue;
            if (strncmp(r, "打", strlen("打")) == 0 && !tone_after_any(v, (list){ "死", NULL }) &&
                (!tone_holds(s, (list){ "再", NULL }) || tone_in_reply(sc, phone)))
                continue;
            /* 我不会弄你的 leaves 不会 before the verb, which skip_all does not pass; 谁说我要打你 denies before */
            if (tone_holds_before(s, p, (list){ "不", "没", "别", "谁说", NULL })) continue;
            return tone_hit_span(sc, "threat", "威胁客户（要动手）", a, b, s, p, you);
        }
    }
    return 0;
}

/* 再吵我弄你 / 当心阿拉弄侬 / 再骂老子捶你: the agent promising to strike the caller, the caller the object closing
 * the clause — a threat (威胁客户, §二(二) 2.1, §二(四) 4.2). 打 is also to call (我稍后打你), so it counts only with
 * a condition 再 … (再闹我打你) and no word of the telephone in the reply; not denied (我不会弄你的, 没人要打你). */
int tone_violence_promised(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"你您侬恁妳");
    ANCHORS(sc, a, b, U"弄打揍捶锤削扁砍劈踹抽搞整修收");
    return tone_read_joined(sc, a, b, violence_promised_text);
}
