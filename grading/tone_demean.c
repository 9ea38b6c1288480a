/* Demeaning words in frames the older insult rules do not read (helper fixin13; own sentences in
 * tests/data/tone_more/fixin13.tsv): the caller's mind likened to a beast or a block (您这记性跟金鱼似的),
 * the caller asked whether they are a beast (亲是猪吗), humanity denied with words between (人话都听不懂),
 * a dull-word name for a person (像您这样的蠢人), the caller's mind with a word of contempt (您那个破脑子),
 * and schooling urged as mock advice (建议您回炉重造一下小学语文). Each needs a demeaning word aimed at
 * the caller, so it is the insult that fails the call (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1, §二(四) 4.2;
 * 职业守则 文明礼貌), not condescension alone (tests/data/eval/README.md "How a label is decided").
 * Hits carry rule "belittle", which tone_hit marks insult; the agent's own self (我这记性…) is left to
 * scan_tone's said-of-self filter and to the FIRST checks here. */
#include "tone_scan.h"

/* The chat desk's address for the caller (亲, 亲亲), besides 你 / 您. */
static list DEAR = { "亲", "亲亲", "亲爱的", NULL };

/* Does a word of [a, k) name someone other than the caller (我, 他, 孩子 …)? */
static int other_named(scan *sc, size_t a, size_t k)
{
    static list others = { "他", "她", "它", "他们", "她们", "孩子", "儿子", "女儿", "宝宝", "小孩", "学生", "小朋友",
                           "机器人", "机器", "系统", "电脑", "同事", NULL };
    return find(sc, a, k, &FIRST) < k || find(sc, a, k, others) < k;
}

/* The caller named in [a, k): 你 / 您 / 亲. */
static size_t caller_in(scan *sc, size_t a, size_t k)
{
    size_t who = find(sc, a, k, &SECOND);
    return who < k ? who : find(sc, a, k, DEAR);
}

/* The caller's faculties of mind (记性, 脑子 …). */
static list FACULTY = { "记性", "脑子", "脑袋", "脑瓜", "脑瓜子", "智商", "脑筋", "理解力", "理解能力", "反应", "脑壳", NULL };

/* 你这记性跟猪一样 / 您的脑袋跟木头似的 / 您这脑子跟金鱼差不多: the caller's mind likened to a beast or a
 * block, a word of a dull mind by likeness (as 猪脑子 / 榆木脑袋 of assets/taboo.txt). The faculty is the
 * caller's (你 / 您 / 亲 before it, or nobody named), the likeness 跟 / 像 … 一样 / 似的 / 差不多 right after
 * it. 我这记性跟金鱼似的 is the agent's own; 您这记性跟年轻人一样好 praises (no beast). */
int tone_mind_likened(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"记脑智理反");
    static list like = { "跟", "像", "和", "好像", "就像", "活像", NULL };
    static list lowly = { "金鱼", "鱼", "猪", "木头", "榆木", "榆木疙瘩", "石头", "草履虫", "单细胞", "单细胞生物", "驴", "狗",
                          "猴子", "木鱼", "猪脑", "傻子", "白痴", "弱智", "木头人", "呆子", "三岁小孩", NULL };
    static list as = { "样", "1样", "似的", "般", "1般", "差不多", "有得一比", "没两样", "没区别", NULL };
    for (size_t f = find(sc, a, b, FACULTY); f < b; f = find(sc, f + 1, b, FACULTY)) {
        size_t l = find(sc, f + 1, tone_upto(b, f + 3), like);
        if (l == NONE) continue;
        size_t t = find(sc, l + 1, tone_upto(b, l + 3), lowly);
        if (t == NONE || find(sc, t + 1, tone_upto(b, t + 3), as) == NONE) continue;
        if (other_named(sc, a, f)) continue;
        size_t who = caller_in(sc, a, f);
        return tone_hit(sc, "belittle", "辱骂客户（畜生）", who < f ? who : f, t, t);
    }
    return 0;
}

/* 跟你这头蠢驴说不通 / 和您这只猪讲规则: the caller named a beast as the one talked to (跟 / 和 / 对 before
 * 你 / 您, a demonstrative and measure word, the beast). 跟您这头猪的主人确认 names the owner (的 after
 * the beast). */
static int talked_to(scan *sc, size_t a, size_t i)
{
    static list with = { "跟", "和", "对", "同", "与", NULL };
    static list this_ = { "这", "那", "这头", "这只", "这种", "这个", "这条", "那头", "那只", "头", "只", "种", "个", "条", NULL };
    size_t k = i;
    while (k > a && k + 3 > i && in(sc, k - 1, this_)) k--;
    if (k == i || k < a + 2 || !in(sc, k - 1, &SECOND) || !in(sc, k - 2, with)) return 0;
    return !(i + 1 < sc->w->n && sc->w->v[i + 1].clause == sc->w->v[i].clause && tone_is(sc, i + 1, "的"));
}

/* 你是猪吗 / 亲是猪吧 / 你是不是猪: the caller asked whether they are a beast — name-calling put as a
 * question (贵阳 §二(二) 2.1). 是 (or 是不是) stands right between the caller and the beast: 您是属猪的吗
 * (the zodiac) and 亲是养猪的吗 (a trade) put a word between, 猪肉脯 is another word. */
int tone_beast_asked(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"猪驴狗猴");
    static list beast = { "猪", "蠢猪", "笨猪", "猪头", "驴", "蠢驴", "狗", "猴子", "猪吗", NULL };
    static list be = { "是", "是不是", "就是", "真是", NULL };
    for (size_t i = find(sc, a, b, beast); i < b; i = find(sc, i + 1, b, beast)) {
        if (talked_to(sc, a, i)) return tone_hit(sc, "belittle", "辱骂客户（畜生）", a, i, i);
        if (i < a + 2 || !in(sc, i - 1, be)) continue;
        if (!in(sc, i - 2, &SECOND) && !in(sc, i - 2, DEAR)) continue;
        /* the beast closes its clause, a particle at most (你是猪吗 / 亲是猪吧); 你是猪的主人吗 goes on */
        size_t e = i + 1;
        while (e < b && in(sc, e, (list){ "吗", "吧", "啊", "呀", "呢", "嘛", "么", "哦", NULL })) e++;
        if (e < b) continue;
        return tone_hit(sc, "belittle", "辱骂客户（畜生）", i - 2, i, i);
    }
    return 0;
}

/* 人话都听不懂 / 您连人话也听不明白吗 / 人话都听不进去: the caller's humanity denied (the label rule's
 * 人话都听不懂, as 听不懂人话 of assets/taboo.txt) with 都 / 也 / 连 between. Not the agent's own words
 * (我说得不像人话) nor a machine's (机器人连人话都听不懂): nobody else named before it. */
int tone_humanity_denied(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"人");
    size_t hl, h = tone_spelled_in(sc, a, b, (list){ "人话", NULL }, &hl);   /* cut 人 | 话 as often as not */
    if (h == NONE) return 0;
    static list cannot = { "听不懂", "听不明白", "听不进去", "听不进", "不会说", "说不来", "不懂", "听不清", "不会听", "不明白",
                           "听不出来", "听不见", NULL };
    size_t cl, c = tone_spelled_in(sc, hl + 1, tone_upto(b, hl + 5), cannot, &cl);
    if (c == NONE) return 0;
    if (find(sc, hl + 1, c, (list){ "都", "也", "还", "根本", "压根", "完全", "全", NULL }) == NONE) return 0;
    if (other_named(sc, a, h)) return 0;
    return tone_hit(sc, "belittle", "辱骂客户（不通人话）", h, cl, h);
}

/* 像您这样的蠢人 / 你这种笨人 / 您这号傻人: a dull-word name for a person aimed at the caller (the word of
 * a dull mind of the label rule; 蠢货 and 笨蛋 are listed in assets/taboo.txt, 蠢人 is one word the list
 * misses). The caller named within four words before it; 我就是个笨人 is the agent's own. */
int tone_dull_named(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"蠢笨傻");
    static list dull_person = { "蠢人", "笨人", "傻人", "蠢东西", "笨东西", "蠢家伙", "笨家伙", "傻家伙", "蠢女人", "蠢男人",
                                  "笨女人", "笨男人", NULL };
    size_t last;
    size_t p = tone_spelled_in(sc, a, b, dull_person, &last);
    if (p == NONE) return 0;
    /* 傻人有傻福: the proverb, said of luck */
    if (last + 1 < b && tone_is(sc, last + 1, "有")) return 0;
    size_t who = caller_in(sc, p > a + 4 ? p - 4 : a, p);
    if (who == NONE || other_named(sc, who, p)) return 0;
    return tone_hit(sc, "belittle", "辱骂客户（愚笨）", who, last, p);
}

/* 您那个破脑子 / 就您这破记性 / 你那烂脑袋: the caller's mind with a word of contempt (破 / 烂 / 猪 / 榆木),
 * an attack on the mind (the label rule's 脑子有问题). The caller named before it with nobody else; 我这
 * 破脑子 is the agent's own, 这台破电脑 no mind. */
int tone_mind_scorned(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"破烂榆");
    static list scorned = { "破脑子", "破脑袋", "破记性", "破脑瓜", "破脑壳", "烂脑子", "烂脑袋", "烂记性", "烂脑瓜", "烂脑壳",
                            "榆木脑袋", "榆木脑子", "榆木脑瓜", NULL };
    size_t last;
    size_t p = tone_spelled_in(sc, a, b, scorned, &last);
    if (p == NONE) return 0;
    size_t who = caller_in(sc, p > a + 4 ? p - 4 : a, p);
    if (who == NONE || other_named(sc, a, p)) return 0;
    return tone_hit(sc, "belittle", "辱骂客户（脑子）", who, last, p);
}

/* 建议您回炉重造一下小学语文 / 回小学重新学学认字 / 先回去把小学数学补一补: the caller sent back to school, an
 * attack on their education in the words of advice (the label rule's 文盲, 没读过书, 小学毕业了吗). A
 * going back or relearning and a school stage or subject in one clause, said to the caller: 您家孩子要是想
 * 重读小学 names a child, 我得回炉重造一下 the agent, 系统该回炉重造了 no schooling. */
int tone_schooling_urged(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"小幼义语识认前");
    /* not 拼音 (您重新切换一下拼音输入法 is help with a keyboard) */
    static list school = { "小学", "幼儿园", "义务教育", "九年义务教育", "小学语文", "小学数学", "语文", "识字", "认字", "学前班",
                           NULL };
    /* going back to school or learning again; a bare 回去 / 重新 / 补 is any errand (重新输入, 补办) */
    static list back = { "回炉", "回炉重造", "重读", "重上", "重修", "再读", "回去读", "回去学", "重新学", "重新学学", "补补",
                         "补一补", "补1补", "回小学", "回幼儿园", "回去上", NULL };
    size_t last, bl;
    size_t s = tone_spelled_in(sc, a, b, school, &last);
    if (s == NONE || tone_spelled_in(sc, a, b, back, &bl) == NONE) return 0;
    if (other_named(sc, a, b)) return 0;
    /* a practical matter of a school (报名, 咨询, 学籍): no mockery */
    if (tone_in_reply(sc, (list){ "报名", "咨询", "学籍", "入学", "申请", "课本", "教材", "户口本", NULL })) return 0;
    return tone_hit(sc, "belittle", "辱骂客户（没文化）", a, last, s);
}

/* 您是不是脑子不太好使 / 你脑子不太灵光 / 您脑子不太够用吧: the caller's mind said to work badly, softened
 * by 不太 / 不大 / 不怎么 (the softening is no courtesy: the label rule's 脑子有问题; belittle reads the
 * plain 不好使). The mind only, not the senses (您耳朵不太好，我大声一点 is care); 我脑子不太好使 and 这台
 * 机器脑子不太好使 name someone else, 您脑子不太好使的话… is a condition (scan_tone's cared condition). */
int tone_mind_not_working(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"脑智");
    static list mind = { "脑子", "脑袋", "脑筋", "脑瓜", "脑瓜子", "脑壳", "智商", "头脑", NULL };
    static list badly = { "不太好使", "不大好使", "不怎么好使", "不太好用", "不太灵光", "不大灵光", "不太灵", "不大灵", "不太够用",
                          "不大够用", "不怎么够用", "不太正常", "不大正常", "不够使", "不太行", "不大行", "不怎么灵光",
                          /* insult32: said plain, of the caller or of them to a third party on the line (报告，此人脑子不
                           * 正常 / 这个客户脑子不清醒，挂了吧); Sichuan 脑壳有包 */
                          "不正常", "不清醒", "不灵光", "不好使", "不够用", "有包", NULL };
    for (size_t m = find(sc, a, b, mind); m < b; m = find(sc, m + 1, b, mind)) {
        size_t last, w = tone_spelled_in(sc, m + 1, tone_upto(b, m + 5), badly, &last);
        if (w == NONE || other_named(sc, a, m)) continue;
        if (find(sc, last + 1, b, (list){ "的话", "时候", NULL }) < b) continue;
        /* 如果头晕、脑子不清醒，请马上就医: a symptom named with care (insult32) */
        if (find(sc, a, m, (list){ "如果", "要是", "若", "假如", "万一", "一旦", NULL }) < m ||
            tone_in_reply(sc, (list){ "就医", "医院", "看医生", "120", "急救", "休息", "症状", NULL }))
            continue;
        size_t who = caller_in(sc, a, m);
        return tone_hit(sc, "belittle", "辱骂客户（脑子）", who < m ? who : m, last, m);
    }
    return 0;
}

/* X本精, the net-speak superlative of a 精 name ("the very essence of a 杠精") */
static list SUPERLATIVE = { "杠精本精", "戏精本精", "作精本精", "事精本精", "事儿精本精", "矫情精本精", NULL };

/* 又来了个杠精 / 妥妥的巨婴 / 作精本精了吧 / 典型的老赖: a net-speak or debtor's name pinned on the caller by a
 * frame that labels the one on the line — someone arriving (又来一个), a type (典型的, 妥妥的, 标准的), or
 * the name's own superlative (X本精) — name-calling (贵阳 §二(二) 2.1; 职业守则 文明礼貌). The name closes
 * its clause (a particle at most): 典型的老赖案件 names a kind of case; 又来一个台风 no name. */
int tone_name_framed(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"杠戏作赖婴奇刁泼喷白妈事矫羊普");
    static list name = { "杠精", "戏精", "作精", "老赖", "巨婴", "奇葩", "刁民", "泼妇", "喷子", "白眼狼", "事儿精", "事精", "妈宝",
                         "妈宝男", "矫情精", "无赖", "白嫖党", "白嫖怪", "羊毛党", "普信男", "普信女", NULL };
    static list frame = { "又来1个", "又来了1个", "又来个", "又来了个", "又来1位", "又来了1位", "又是1个", "又是个", "典型的",
                          "妥妥的", "标准的", "纯纯的", "十足的", "活脱脱的", "活脱脱1个", "纯属", "典型", NULL };
    /* 亲这种白嫖党 / 你这号杠精: the caller named right before a kind word, whatever follows */
    static list kind = { "这种", "这号", "这样的", "这类", NULL };
    static list close = { "啊", "呀", "吧", "了", "呢", "嘛", "啦", "哦", "属于", "是", "属于是", "1个", "一个", NULL };
    for (size_t i = a; i < b; i++) {
        size_t last = NONE;
        /* 杠精本精: the name's superlative (the lexicon cuts 杠 | 精本 | 精, so no word ends the name) */
        size_t n = tone_spells_any(sc, i, b, SUPERLATIVE);
        int superlative = n != NONE;
        if (!superlative) n = tone_spells_any(sc, i, b, name);
        if (n == NONE) continue;
        size_t end = n;
        size_t f = superlative ? i : NONE;
        for (size_t k = a; f == NONE && k < i; k++) {
            size_t e = tone_spells_any(sc, k, i, frame);
            if (e != NONE && e + 1 == i) f = k;
        }
        if (f == NONE && i >= a + 2 && in(sc, i - 1, kind) && (in(sc, i - 2, &SECOND) || in(sc, i - 2, DEAR)))
            return tone_hit(sc, "belittle", "辱骂客户（网络用语）", i - 2, n, i);
        if (f == NONE || other_named(sc, a, f)) { i = n; continue; }
        last = end + 1;
        while (last < b && in(sc, last, close)) last++;
        if (last < b) { i = n; continue; }
        return tone_hit(sc, "belittle", "辱骂客户（网络用语）", f, end, i);
    }
    return 0;
}

/* 建议你先去查查智商再来申请 / 去医院测测脑子吧 / 您该检查一下智商了: the caller sent to have their mind
 * tested, an attack on the mind in the words of advice (as tone_sent_to_asylum; the label rule's 脑子有问题).
 * A test and the mind in one clause said to the caller; 孩子的智商测评 names a child, and a desk that runs
 * such tests or assesses a disability names its practicalities (预约, 挂号, 智力残疾鉴定: left alone). */
int tone_mind_tested(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"智脑");
    static list test = { "查", "查查", "测", "测测", "查一下", "测一下", "检查", "检查一下", "测试", "测试一下", "验", "验验", NULL };
    static list mind = { "智商", "脑子", "脑袋", "智力", NULL };
    for (size_t t = find(sc, a, b, test); t < b; t = find(sc, t + 1, b, test)) {
        size_t m = find(sc, t + 1, tone_upto(b, t + 3), mind);
        if (m == NONE || other_named(sc, a, t)) continue;
        if (caller_in(sc, a, t) == NONE && find(sc, a, t, (list){ "建议", "去", "先去", "赶紧", "快去", "该", "应该", NULL }) == NONE)
            continue;
        if (tone_in_reply(sc, (list){ "预约", "挂号", "费用", "测评", "报告", "孩子", "儿童", "学生", "残疾", "鉴定", "评估", "障碍", "等级", "证明", NULL })) continue;
        return tone_hit(sc, "belittle", "辱骂客户（脑子）", t, m, m);
    }
    return 0;
}
