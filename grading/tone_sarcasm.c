/* Sarcasm: praise or agreement meant as its opposite (您可真行, 您说什么都对), mock praise of a
 * blunder (了不起，连充电器都能插反), mock thanks, taunts and boasts at the caller's expense
 * (呼叫服务员职业标准(试行) 五级 三(一)2 (不用禁忌语及口头禅)
 * and 贵阳 T-GSOCCIA 001—2020 §二(三)6 (注意通话语气和态度)). Praise of what went
 * right (您真厉害，这么快就改好了) is praise. */
#include "tone_scan.h"
#include "tone_insult33.h"

#include <string.h>

/* Something forgotten, lost, broken, taken apart or got wrong anywhere in the reply: the negative
 * frame that turns praise of the caller's memory or ability into mockery. */
static int reply_names_mishap(scan *sc)
{
    for (size_t i = 0; i < sc->w->n; i++)
        if (tone_holds(tone_word(sc, i), (list){ "忘", "丢", "错", "坏", "拆", NULL })) return 1;
    return 0;
}

/* 好了 said of a thing done (弄好了 cut 弄|好|了), not 真好了 / 太好了 (a degree word before 好). */
static int done_hao_le(scan *sc, size_t i)
{
    return tone_is(sc, i, "好") && i + 1 < sc->w->n && tone_is(sc, i + 1, "了") && i > 0 && sc->w->v[i - 1].clause == sc->w->v[i].clause &&
           !in(sc, i - 1, (list){ "真", "可真", "太", "那", "这", NULL });
}

/* 填 | 对 | 了: a verb got right (对 after a verb, 了 after it), not 不对了 / 说得不对. */
static int done_right(scan *sc, size_t i)
{
    return tone_is(sc, i, "对") && i + 1 < sc->w->n && tone_is(sc, i + 1, "了") && i > 0 &&
           sc->w->v[i - 1].clause == sc->w->v[i].clause && !in(sc, i - 1, (list){ "不", "没", "都", "得", "不太", NULL });
}

/* 您真厉害，一次就设置好了，谢谢您 / 您真厉害，这么快就操作好了: praise for what the caller got done is
 * earned — with thanks, or with no mishap or delay named (终于弄好了 / 又弄错了 are not); 您真厉害，
 * 谢谢您嘞 with nothing done is still sarcasm. */
static int praise_earned(scan *sc)
{
    int thanks = 0, done = 0, sour = 0;
    for (size_t i = 0; i < sc->w->n; i++) {
        sour |= tone_holds(tone_word(sc, i), (list){ "错", "坏", "丢", "忘", NULL }) || in(sc, i, (list){ "终于", "才", "又", "总算", NULL });
        thanks |= in(sc, i, (list){ "谢谢", "谢谢您", "感谢", "感谢您", "多谢", "谢谢你", NULL });
        done |= in(sc, i, (list){ "成功", "完成", "搞定", "弄好", "改好", "设置好", "装好", "修好", NULL }) || done_hao_le(sc, i);
        /* 一下子就找到了 / 一次就填对了 / 这么快就学会了: what the caller found, got right or learnt (open21) */
        done |= in(sc, i, (list){ "找到", "找着", "学会", "填对", "答对", "选对", "通过", NULL }) || done_right(sc, i);
    }
    return done && (thanks || !sour);
}

/* The checks of tone_sarcasm take the clause [a, b), who (the caller addressed in it; b: none) and
 * whether it asks; each returns TONE_GO_ON when it does not decide (tone_scan.h). */
typedef int sarcasm_check(scan *sc, size_t a, size_t b, size_t who, int question);

static const char *const SARCASM = "讽刺客户";

/* 真是服了你了 / 我服了您: giving in to the caller, meant as exasperation. */
static int gives_up_on_you(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t serve = find(sc, a, b, (list){ "服", "服了", NULL });
    if (serve < b && find(sc, serve + 1, tone_upto(b, serve + 3), &SECOND) < b)
        return tone_hit(sc, "sarcasm", SARCASM, serve, serve + 1, serve);
    return TONE_GO_ON;
}

/* 对不起行了吧 / 这下您满意了吧: a clause ending 行了吧 / 好了吧 / 满意了吧, agreement thrown at the caller. */
static int fine_then(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (b - a >= 3 && in(sc, b - 3, (list){ "行", "好", "满意", "可以", NULL }) && tone_is(sc, b - 2, "了") && tone_is(sc, b - 1, "吧"))
        return tone_hit(sc, "sarcasm", SARCASM, b - 3, b - 1, b - 3);
    return TONE_GO_ON;
}

/* The checks after this one mock the caller addressed: none addressed, no sarcasm. */
static int caller_addressed(scan *sc, size_t a, size_t b, size_t who, int question)
{
    return who >= b ? 0 : TONE_GO_ON;
}

/* 虽然你也没多耐心: a concession that turns on the caller's own failing. */
static int though_you_not(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t though = find(sc, a, who, (list){ "虽然", "虽说", NULL });
    if (though < who && find(sc, who + 1, b, (list){ "没", "没多", "不怎么", "并不", NULL }) < b)
        return tone_hit(sc, "sarcasm", SARCASM, though, who, though);
    return TONE_GO_ON;
}

/* 您说什么都对 / 你说什么都行: agreement with anything, meaning none. */
static int whatever_you_say(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t what = find(sc, who + 1, b, (list){ "什么", NULL });
    size_t all = what < b ? find(sc, what + 1, b, (list){ "都", NULL }) : b;
    if (all + 1 < b && in(sc, all + 1, (list){ "对", "行", "有理", NULL })) return tone_hit(sc, "sarcasm", SARCASM, who, all + 1, all + 1);
    return TONE_GO_ON;
}

/* 您可真是大忙人: a mocking title for the caller. */
static int mocking_title(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t title = find(sc, who + 1, tone_upto(b, who + 4), (list){ "大忙人", "大人物", "大老板", "贵人", "大爷", "祖宗", "活祖宗", NULL });
    if (title < b && (title == who + 1 || in(sc, title - 1, &SO) || tone_is(sc, title - 1, "是")))
        return tone_hit(sc, "sarcasm", SARCASM, who, title, title);
    return TONE_GO_ON;
}

/* 您这记性可真好 / 你本事可真大: praise of the caller's memory or ability, said to mock — in a
 * negative frame only (您记性真好，连订单号都记得 is praise): a mishap in the same reply. */
static int mock_faculty(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t attr = find(sc, who + 1, tone_upto(b, who + 3), (list){ "记性", "本事", "能耐", "脑子", "眼力", NULL });
    if (question || attr + 2 >= b || !in(sc, attr + 1, &SO)) return TONE_GO_ON;
    size_t k = attr + 2;
    if (in(sc, k, &SO) && k + 1 < b) k++;
    if (reply_names_mishap(sc) && in(sc, k, (list){ "好", "大", "行", "厉害", "灵", NULL }))
        return tone_hit(sc, "sarcasm", SARCASM, who, k, attr);
    return TONE_GO_ON;
}

/* 您可真会挑时候: 会 praised for an untimely act. */
static int good_at_timing(scan *sc, size_t a, size_t b, size_t who, int question)
{
    size_t good_at = find(sc, who + 1, tone_upto(b, who + 3), (list){ "可真会", "真会", "还真会", "可会", "会", NULL });
    if (!question && good_at < b && (strcmp(tone_word(sc, good_at), "会") != 0 || (good_at > who + 1 && in(sc, good_at - 1, &SO))) &&
        find(sc, good_at + 1, tone_upto(b, good_at + 4), (list){ "时候", "时间", "添乱", "找事", "找麻烦", "折腾", NULL }) < b)
        return tone_hit(sc, "sarcasm", SARCASM, who, good_at, good_at);
    return TONE_GO_ON;
}

/* 您可真行 / 哟，您还挺懂的嘛 / 您真是个人才: the caller called clever, unearned (praise_earned). */
static int mock_clever(scan *sc, size_t a, size_t b, size_t who, int question)
{
    if (question || who + 2 >= b || !in(sc, who + 1, &SO)) return 0;
    size_t k = who + 2;
    if (in(sc, k, &SO) && k + 1 < b) k++;
    if (in(sc, k, (list){ "个", "一个", NULL }) && k + 1 < b) k++;   /* 您真是个人才 */
    if (praise_earned(sc)) return 0;
    if (in(sc, k, &CLEVER) && (k + 1 == b || in(sc, k + 1, &TAIL))) return tone_hit(sc, "sarcasm", SARCASM, who, k, k);
    return 0;
}

/* The checks of tone_sarcasm in the order they are asked: the first that decides ends the rule. */
static sarcasm_check *const SARCASM_CHECKS[] = {
    gives_up_on_you, fine_then, caller_addressed, though_you_not, whatever_you_say, mocking_title, mock_faculty,
    good_at_timing, mock_clever,
};

/* 您可真行 / 哟，您还挺懂的嘛 / 真是服了你了 / 虽然你也没多耐心 / 您说什么都对 / 对不起行了吧:
 * praise or agreement meant as its opposite. */
int tone_sarcasm(scan *sc, size_t a, size_t b, int question)
{
    size_t who = find(sc, a, b, &SECOND);
    for (size_t k = 0; k < sizeof SARCASM_CHECKS / sizeof *SARCASM_CHECKS; k++) {
        int r = SARCASM_CHECKS[k](sc, a, b, who, question);
        if (r != TONE_GO_ON) return r;
    }
    return 0;
}

/* 恭喜你，又打错了: congratulations on a mishap are sarcasm (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话
 * 语气和态度; 国家职业技能标准 3.1 不用禁忌语), across two clauses. */
int tone_congratulate(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    for (size_t i = 0; i < w->n; i++) {
        if (!strstr(tone_word(sc, i), "恭喜")) continue;
        for (size_t j = i + 1; j < w->n && j < i + 6; j++)
            for (size_t k = j + 1; tone_is(sc, j, "又") && k < w->n && k < j + 3; k++)
                if (strstr(tone_word(sc, k), "错")) {
                    tone_hit(sc, "sarcasm", "讽刺客户", i, k, k);
                    return 0;
                }
    }
    return 0;
}

/* 恭喜您中奖了，记得七天内来领，别忘了带身份证 / 恭喜乔迁，以免逾期请尽快过户: the mishap word (k)
 * under a reminder or a warning after the congratulations (别/不要/记得/以免 … before it): a friendly
 * reminder (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 in spirit), not a mishap mocked (helper fixp11). */
static int reminded(scan *sc, size_t congrats, size_t k)
{
    static const char *const remind[] = { "别", "不要", "莫", "千万", "记得", "记住", "以免", "避免", "防止", "免得", "提醒",
                                          "温馨提示", "注意", "请勿", "切勿", "别忘", "别忘了", "不要忘", "不要忘了", "不会",
                                          "不用", "不要弄", NULL };
    size_t from = k > congrats + 3 ? k - 3 : congrats + 1;
    if (tone_holds(tone_word(sc, k), (list){ "别忘", "不要忘", "莫忘", "勿忘", NULL })) return 1;
    return find(sc, from, k, remind) < k;
}

/* Praise, thanks or agreement meant as their opposite (贵阳 §二(三)6): 恭喜您，又一次错过了 / 您可算想
 * 起来交电费了 / 全世界就您最忙 / 您可太会省钱了 / 您真有创意 / 您开心就好 / 佩服佩服. */
int tone_sarcasm_more(scan *sc, size_t a, size_t b, int question)
{
    static const char *const label = "讽刺客户";
    size_t who = find(sc, a, b, &SECOND);
    /* 恭喜 with a mishap after it in the reply */
    size_t congrats = find(sc, a, b, (list){ "恭喜", "恭喜您", "恭喜你", NULL });
    for (size_t k = congrats + 1; congrats < b && k < tone_upto(sc->w->n, congrats + 10); k++) {
        const char *m = tone_word(sc, k);
        if (tone_holds(m, (list){ "错", "忘", "丢", "过期", "逾期", "欠费", NULL }) && !reminded(sc, congrats, k)) {
            tone_hit(sc, "sarcasm", label, congrats, k, congrats);
            return 0;
        }
    }
    /* 佩服佩服 */
    for (size_t i = a; i + 1 < b; i++)
        if (tone_is(sc, i, "佩服") && tone_is(sc, i + 1, "佩服")) { tone_hit(sc, "sarcasm", label, i, i + 1, i); return 0; }
    /* 全世界就您最忙 / 就你最急 */
    for (size_t i = a; i + 2 < b; i++)
        if (in(sc, i, (list){ "就", "只有", "就数", NULL }) && in(sc, i + 1, &SECOND) && tone_is(sc, i + 2, "最")) {
            tone_hit(sc, "sarcasm", label, i, i + 2, i + 2);
            return 0;
        }
    if (who >= b || question) return 0;
    /* 您可算想起来了 / 你总算知道着急了 */
    for (size_t i = who + 1; i < tone_upto(b, who + 4); i++) {
        int at_last = in(sc, i, (list){ "总算", "可算", "终于", "这才", NULL }) ||
                      (tone_is(sc, i, "算") && i > who + 1 && in(sc, i - 1, (list){ "可", "总", NULL }));
        if (at_last && !tone_in_reply(sc, (list){ "太好了", "那就好", "好极了", NULL }) && find(sc, i + 1, tone_upto(b, i + 3), (list){ "想", "想起", "想起来", "想到", "记得", "知道", "舍得", "肯", "记住", "会", NULL }) < b) {
            tone_hit(sc, "sarcasm", label, who, i, i);
            return 0;
        }
    }
    /* 您可太会省钱了 / 你真会开玩笑: 会 praised with a degree word */
    size_t can = find(sc, who + 1, tone_upto(b, who + 4), (list){ "会", NULL });
    if (can + 1 < b && can > who + 1 && in(sc, can - 1, (list){ "太", "可", "还真", "可真", "真够", NULL }) &&
        find(sc, a, b, COURTESY) == NONE)
        { tone_hit(sc, "sarcasm", label, who, can + 1, can); return 0; }
    /* 您真有创意 */
    size_t so = find(sc, who + 1, tone_upto(b, who + 3), &SO);
    if (so + 2 < b && tone_is(sc, so + 1, "有") && so + 3 == b &&
        in(sc, so + 2, (list){ "创意", "想法", "个性", "水平", "才华", "出息", "本事", "能耐", "头脑", "一套", NULL }))
        { tone_hit(sc, "sarcasm", label, who, so + 2, so + 2); return 0; }
    /* 您开心就好 (您满意就好 is the 2.8 spirit, not a shrug) */
    size_t glad = find(sc, who + 1, tone_upto(b, who + 3), (list){ "开心", "高兴", "乐意", "愿意", NULL });
    if (glad + 2 < b && tone_is(sc, glad + 1, "就") && tone_is(sc, glad + 2, "好")) { tone_hit(sc, "sarcasm", label, who, glad + 2, glad); return 0; }
    return 0;
}

/* 您慢慢骂吧 / 骂得挺起劲啊 / 您最会挑毛病了: the caller's fuss praised or encouraged, meaning its
 * opposite (您慢慢说 and 您可以继续投诉 are service: not a word of fuss, or said as a right). */
int tone_taunt(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"慢尽接随继骂闹吵喊投折嚷哭告吼最真就可太");
    static const char *const fuss[] = { "骂", "闹", "吵", "喊", "投诉", "折腾", "嚷", "嚷嚷", "哭", "告", "吼", "骂人", NULL };
    for (size_t i = a; i + 1 < b; i++) {
        /* 您如果继续骂人，我就没办法…: a condition, the boundary §二(三)3 draws, not encouragement */
        if (in(sc, i, (list){ "慢慢", "尽管", "接着", "随便", "继续", NULL }) && in(sc, i + 1, fuss) &&
            find(sc, a, b, (list){ "可以", "请", "有权", "欢迎", "您可以", NULL }) == NONE && find(sc, a, i, CONDITION) == NONE)
            return tone_hit(sc, "sarcasm", "讽刺客户", i, i + 1, i + 1);
        if (in(sc, i, fuss) && tone_is(sc, i + 1, "得")) {
            size_t k = i + 2 < b && in(sc, i + 2, (list){ "挺", "真", "很", "够", "可真", "还挺", NULL }) ? i + 3 : i + 2;
            if (k < b && in(sc, k, (list){ "起劲", "欢", "带劲", "开心", "热闹", "来劲", "痛快", NULL }))
                return tone_hit(sc, "sarcasm", "讽刺客户", i, k, k);
        }
        /* 最会 / 最 会 / 真会 + finding fault */
        size_t k = in(sc, i, (list){ "最会", "真会", "就会", "可会", "太会", NULL }) ? i + 1 :
                   (in(sc, i, (list){ "最", "真", "就", "太", NULL }) && tone_is(sc, i + 1, "会")) ? i + 2 : NONE;
        if (k < b && in(sc, k, (list){ "挑毛病", "挑刺", "找茬", "找事", "找麻烦", "添乱", "折腾", "抱怨", "挑", "钻空子", "找碴", NULL }))
            return tone_hit(sc, "sarcasm", "讽刺客户", i, k, k);
    }
    return 0;
}

/* 您那破手机 / 您那是什么破信号: the caller's things called junk (屏幕破了 says what is broken);
 * 跟做贼似的 / 吵得跟菜市场一样: the caller's voice or manner likened to something low (修好了跟新的
 * 似的 praises a thing: 新 or the agent in the clause); 刚才您一直催: the caller called a nag. */
int tone_scorn_things(scan *sc, size_t a, size_t b, int question)
{
    size_t end = b;
    while (end > a + 1 && in(sc, end - 1, &TAIL)) end--;
    if (end > a + 1 && tone_is(sc, end - 1, "似的") && find(sc, a, end, &FIRST) == NONE &&
        find(sc, a, end, (list){ "新", "新的", "真的", "全新", NULL }) == NONE &&
        !cs_insult33_thing_likened(sc->w, end - 1))   /* insult34: 这只八哥叫得跟疯了似的 (a beast or a machine likened) */
        return tone_hit(sc, "sarcasm", "嘲讽客户", a, end - 1, end - 1);
    for (size_t i = a; i + 2 < b; i++)
        if (in(sc, i, (list){ "吵", "说", "叫", "喊", "嚷", "吼", "哭", "慢", "磨蹭", NULL }) && tone_is(sc, i + 1, "得") &&
            in(sc, i + 2, (list){ "跟", "像", "和", NULL }) && tone_spells(sc, b - 2, b, "1样") < b && !sc->w->question[sc->w->v[a].clause] &&
            find(sc, a, b, (list){ "系统", "网络", "网速", "电脑", "线路", NULL }) == NONE)   /* 系统慢得像蜗牛一样: a machine's pace */
            return tone_hit(sc, "sarcasm", "嘲讽客户", i, b - 1, i);
    for (size_t i = find(sc, a, b, &SECOND); i + 2 < b; i = find(sc, i + 1, b, &SECOND)) {
        size_t k = in(sc, i + 1, (list){ "一直", "老是", "总是", "一个劲", "老", "总", NULL }) ? i + 1 :
                   tone_spells(sc, i + 1, b, "1直");
        if (k + 1 < b && in(sc, k + 1, (list){ "催", "吵", "闹", "骂", "喊", "嚷", "嚷嚷", "纠缠", "抱怨", "念叨", "唠叨", NULL }))
            return tone_hit(sc, "impatient", "不耐烦", i, k + 1, k + 1);
    }
    for (size_t i = find(sc, a, b, (list){ "破", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "破", NULL })) {
        if (in(sc, i + 1, (list){ "了", "损", "掉", "坏", "碎", "开", "的", NULL })) continue;
        /* 我这破记性 / 瞧我这破脑子: the agent's own, run down (helper fix13b) */
        size_t near = i > a + 3 ? i - 3 : a;
        if (find(sc, near, i, &FIRST) < i && find(sc, near, i, &SECOND) == NONE) continue;
        /* 这破打印机又卡纸了，该死: a bare 这 before a thing whose clause tells of a breakdown, nobody named, is a curse
         * at the agent's own machine (tests/data/eval/README.md: a curse at a thing is no insult; helper fix31d) */
        if (find(sc, near, i, &SECOND) == NONE && find(sc, a, b, &SECOND) == NONE &&
            find(sc, near, i, (list){ "那", "什么", NULL }) == NONE &&
            cs_words_breakdown_clause(sc->w, sc->w->v[i].clause))
            return tone_hit(sc, "impatient", "抱怨设备（这破…）", i, i + 1, i);   /* still 禁忌语 on the line */
        if (find(sc, near, i, (list){ "你", "您", "你们", "您们", "什么", "那", "这", NULL }) < i)
            return tone_hit(sc, "sarcasm", "嘲讽客户", i, i + 1, i);
    }
    return 0;
}

/* 难得您还记得密码 / 感谢您第八次来电: praise or thanks meant as its opposite (§二(三) 6; 2.x thank
 * with 感谢您的来电 / 感谢您再次来电). 难得您这么理解 praises in earnest: the sneer is in 还 / 终于 /
 * 居然 after 难得您; the count of calls past the second in thanks is a reproach. */
int tone_sarcastic_thanks(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"难感谢多");
    for (size_t i = find(sc, a, b, (list){ "难得", NULL }); i + 2 < b; i = find(sc, i + 1, b, (list){ "难得", NULL }))
        if (in(sc, i + 1, &SECOND) &&
            in(sc, i + 2, (list){ "还", "也", "终于", "居然", "竟然", "总算", "能", "会", "还能", "还会", NULL }))
            return tone_hit(sc, "sarcasm", "讽刺客户", i, i + 2, i);
    size_t thanks = find(sc, a, b, (list){ "感谢", "谢谢", "感谢您", "谢谢您", "多谢", "感谢你", "谢谢你", NULL });
    if (thanks == NONE || tone_in_reply(sc, APOLOGY)) return 0;
    for (size_t i = thanks + 1; i < b; i++) {
        /* 第十次 as one word: a count past 第二 (第一次 / 第二次 / 第两次 are not) */
        const char *one = tone_word(sc, i);
        size_t ol = strlen(one);
        if (ol > 6 && strncmp(one, "第", 3) == 0 &&
            (strcmp(one + ol - 3, "次") == 0 || strcmp(one + ol - 3, "回") == 0 || strcmp(one + ol - 3, "遍") == 0) &&
            !in(sc, i, (list){ "第一次", "第二次", "第1次", "第2次", "第一回", "第二回", "第一遍", "第二遍", "第两次", NULL }))
            return tone_hit(sc, "sarcasm", "讽刺客户", thanks, i, i);
        if (!tone_is(sc, i, "第")) continue;
        /* 第 8 次 / 第 2 十次 (the lexicon's cut of 二十次): the words up to the one ending in 次/回/遍
         * spell the count; any count but 1 or 2 is "many" */
        char count[32] = "";
        size_t len = 0, end = NONE;
        for (size_t k = i + 1; k < tone_upto(b, i + 4) && end == NONE; k++) {
            const char *wk = tone_word(sc, k);
            size_t wl = strlen(wk);
            int closes = wl >= 3 && (strcmp(wk + wl - 3, "次") == 0 || strcmp(wk + wl - 3, "回") == 0 ||
                                     strcmp(wk + wl - 3, "遍") == 0);
            size_t take = closes ? wl - 3 : wl;
            if (len + take >= sizeof count) break;
            memcpy(count + len, wk, take);
            len += take;
            count[len] = '\0';
            if (closes) end = k;
        }
        if (end == NONE || len == 0) continue;
        int many = !cs_word_in(count, (const char *const[]){ "1", "2", "一", "二", "两", NULL });
        if (many) return tone_hit(sc, "sarcasm", "讽刺客户", thanks, end, i + 1);
    }
    return 0;
}

/* 这种事我闭着眼都能办好 / 换我早就弄好了: the agent's skill boasted against the caller's (3.1; the
 * caller is present in the reply: 您 or 你). */
int tone_boast(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"我咱公本客");
    if (tone_in_reply(sc, (const char *const[]){ "你", "您", "你们", "您们", "你自己", "您自己", NULL }) == 0) return 0;
    static const char *const easy[] = { "闭着眼", "闭着眼睛", "闭眼", "分分钟", "单手", "用脚", "随手", "睡着", NULL };
    static const char *const easy_seq[] = { "闭着眼", "闭着眼睛", "1只手", "1分钟", "几秒钟", "几分钟", "3两下", NULL };
    size_t me = find(sc, a, b, &FIRST);
    if (me == NONE) return 0;
    /* 我们几分钟就能帮您办好: speed promised to the caller is service, not a boast */
    int serve = find(sc, a, b, (list){ "帮您", "为您", "给您", "帮你", "为你", "给你", "帮", "替您", NULL }) < b;
    for (size_t i = me + 1; !serve && i < tone_upto(b, me + 5); i++) {
        size_t last = in(sc, i, easy) ? i : tone_spells_any(sc, i, b, easy_seq);
        if (last >= b) continue;
        size_t done = find(sc, last + 1, tone_upto(b, last + 4), (list){ "能", "会", "搞定", "弄好", "办好", "办完", "做好", "解决", NULL });
        if (done < b && find(sc, last + 1, done + 1, (list){ "都", "就", "也", NULL }) < done)
            return tone_hit(sc, "sarcasm", "炫耀贬低客户", me, done, i);
    }
    size_t last = NONE;
    size_t if_me = tone_spelled_in(sc, a, b, (list){ "换我", "换了我", "要是我", "我要是", "换作我", "换成我", "要是换我", "换作是我",
                                                "换成是我", NULL }, &last);
    size_t early = if_me < b ? find(sc, last + 1, tone_upto(b, last + 4), (list){ "早就", "早", "早都", NULL }) : NONE;
    if (early < b) return tone_hit(sc, "sarcasm", "炫耀贬低客户", if_me, early, if_me);
    return 0;
}

/* 您比我们工程师还专业呢 / 你比我还懂: the caller ranked above us, praise meant as its opposite (§二(三)
 * 6). 您比我们更了解现场 defers in earnest (更, not 还); 快递比我们还快 names no caller. */
int tone_above_us(scan *sc, size_t a, size_t b, int question)
{
    static const char *const know[] = { "专业", "懂", "内行", "在行", "懂行", "清楚", "厉害", "明白", "精通", "会", NULL };
    for (size_t c = find(sc, a, b, (list){ "比", NULL }); c < b; c = find(sc, c + 1, b, (list){ "比", NULL })) {
        if (find(sc, c > a + 2 ? c - 2 : a, c, &SECOND) == NONE) continue;
        size_t us = find(sc, c + 1, tone_upto(b, c + 3), &FIRST);
        if (us == NONE) continue;
        size_t still = find(sc, us + 1, tone_upto(b, us + 4), (list){ "还", "还要", NULL });
        if (still < b && still + 1 < b && in(sc, still + 1, know)) return tone_hit(sc, "sarcasm", "讽刺客户", c, still + 1, still + 1);
    }
    return 0;
}

/* 真是谢谢您啊，又给我们找了个大麻烦: thanks for trouble made for us, sarcasm (§二(三) 6). 谢谢您的
 * 理解，给您添麻烦了 apologises: the trouble is the caller's, not ours. */
int tone_thanks_for_trouble(scan *sc, size_t a, size_t b, int question)
{
    static const char *const trouble[] = { "麻烦", "大麻烦", "添乱", "找事", "找麻烦", "难题", "出难题", "添堵", "事儿", NULL };
    for (size_t g = find(sc, a, b, (list){ "给", NULL }); g + 1 < b; g = find(sc, g + 1, b, (list){ "给", NULL })) {
        if (!in(sc, g + 1, &FIRST) || !tone_in_reply(sc, (list){ "谢谢", "谢谢您", "谢谢你", "感谢", "感谢您", "多谢", NULL })) continue;
        size_t k = find(sc, g + 2, tone_upto(b, g + 8), trouble);
        if (k < b) return tone_hit(sc, "sarcasm", "讽刺客户", g, k, k);
    }
    return 0;
}

/* 了不起，连充电器都能插反 / 真厉害，密码能连着输错五次 / 您真係好叻，張卡都可以整斷: praise said
 * as its own clause, then a blunder of the caller's in the next (能/都 + a mishap: wrong, back to
 * front, broken, lost): mock praise. Praise followed by what went right (您真厉害，这么快就改好了)
 * is praise. */
int tone_mock_praise(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    static const char *const praise[] = { "了不起", "厉害", "佩服", "高手", "叻", "牛", "真行", "行", "有本事", "能耐", "天才",
                                          "人才", "服了", "绝了", "棒", "真棒", "聪明", "能干", NULL };
    static const char *const filler[] = { "您", "你", "真", "可真", "真是", "太", "好", "系", "是", "啊", "呀", "了", "哇", "佩服",
                                          "实在", "可", "还真", "真的", NULL };
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        size_t p = NONE;
        int only = 1;
        for (size_t k = a; k < b && only; k++) {
            if (in(sc, k, praise)) p = k;
            else if (!in(sc, k, filler)) only = 0;
        }
        if (only && p != NONE && b < w->n) {
            size_t c = b;
            while (c < w->n && w->v[c].clause == w->v[b].clause) c++;
            int can = 0;
            for (size_t k = b; k < c; k++) {
                if (in(sc, k, (list){ "都", "能", "可以", "都能", "竟然", "居然", "连", NULL })) can = 1;
                const char *m = tone_word(sc, k);
                if (can && tone_holds(m, (list){ "错", "反", "坏", "断", "丢", "忘", "摔", "锁", NULL })) {
                    tone_hit(sc, "sarcasm", "讽刺客户", p, k, p);
                    return 0;
                }
            }
        }
        a = b;
    }
    return 0;
}

/* 又不是什么大事 / 快递员又不是你家的司机: a retort that waves the matter off (dismissal), and
 * 我们是客服，不是你家保姆: the agent's role thrown back at the caller (sarcasm); both §二(三)6.
 * 您又不是故意的 / 这又不是您的错 excuse the caller: no. */
int tone_servant_retort(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"又家保佣仆下秘司丫筒私跑专妈长跟客话接");
    static const char *const servant[] = { "保姆", "佣人", "仆人", "下人", "秘书", "管家", "司机", "丫鬟", "出气筒", "私人",
                                           "跟班", "跑腿", "专属", "老妈子", "家丁", "长工",
                                           /* 我们是售后热线，不是您家客服: our own desk claimed as the caller's private one (fixtb16) */
                                           "客服", "私人客服", "话务员", "接线员", NULL };
    size_t last = NONE;
    size_t no = tone_spelled_in(sc, a, b, (list){ "又不是", "又不会", "又没有", NULL }, &last);
    if (no < b) {
        int excuse = find(sc, last + 1, tone_upto(b, last + 5), (list){ "错", "故意", "有意", "责任", "过错", "您的错", "你的错", NULL }) < b &&
                     find(sc, a, b, &SECOND) < b;
        /* 这又不是您能决定的，您别有压力: the caller relieved of a burden */
        size_t relief_last = NONE;
        if (last + 1 < b && in(sc, last + 1, &SECOND) &&
            tone_spelled_in(sc, 0, sc->w->n, (list){ "别担心", "不用担心", "放心", "别有压力", "别自责", "不怪您", "别着急", "没关系",
                                                "不要紧", "别难过", NULL }, &relief_last) < sc->w->n)
            excuse = 1;
        if (!excuse && !tone_reassured(sc, last, b))
            return tone_hit(sc, "dismissive", "打发客户（又不是…）", no, last, no);
    }
    size_t not = find(sc, a, b, (list){ "不是", NULL });
    if (not + 1 < b && (in(sc, not + 1, &SECOND) || in(sc, not + 1, (list){ "你家", "您家", "你们家", NULL }))) {
        size_t role = find(sc, not + 2, tone_upto(b, not + 5), servant);
        /* 不是您家的客服电话: our desk's words name the caller's own desk only closing the clause (fixtb16) */
        int desk = role < b && in(sc, role, (list){ "客服", "私人客服", "话务员", "接线员", NULL });
        if (desk && role + 1 < b && !in(sc, role + 1, &TAIL)) role = NONE;
        if (role < b && (!in(sc, not + 1, &SECOND) || find(sc, not + 2, role, (list){ "家", "家的", "的", NULL }) < role))
            return tone_hit(sc, "sarcasm", "讽刺客户（不是你家的…）", not, role, role);
    }
    return 0;
}

/* 这种价钱你还指望多好的质量 / 你还奢望什么: the caller's expectation mocked (sarcasm, §二(三)6). */
int tone_mocked_expectation(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"指奢妄");
    size_t hope = find(sc, a, b, (list){ "指望", "奢望", "妄想", "指望着", NULL });
    if (hope == NONE || find(sc, a, hope, &FIRST) < hope) return 0;
    size_t still = find(sc, hope > a + 3 ? hope - 3 : a, hope, (list){ "还", "还真", "还想", NULL });
    if (still < hope) return tone_hit(sc, "sarcasm", "讽刺客户（还指望…）", still, hope, hope);
    return 0;
}

/* 这都能输错 / 这么简单也能搞错 / 连卡号都能记错: mock wonder at the caller's slip (sarcasm,
 * §二(三)6; 2.14 says 您的操作有误 and helps). 这种情况都能处理 / 忘了也能重置 name no slip. */
int tone_mock_wonder(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"错忘丢");
    size_t can = find(sc, a, b, (list){ "能", "都能", "也能", "还能", NULL });
    if (can == NONE || find(sc, a, can, &FIRST) < can) return 0;
    if (!in(sc, can, (list){ "都能", "也能", "还能", NULL }) && (can == a || !in(sc, can - 1, (list){ "都", "也", NULL }))) return 0;
    if (find(sc, a, can, (list){ "这", "这么", "连", "这也", "这都", "这么简单", "这样", NULL }) == NONE) return 0;
    for (size_t k = can + 1; k < tone_upto(b, can + 3); k++) {
        const char *w = tone_word(sc, k);
        if (strstr(w, "错") || strncmp(w, "忘", 3) == 0 || strncmp(w, "丢", 3) == 0 || strstr(w, "弄丢"))
            return tone_hit(sc, "sarcasm", "讽刺客户（这都能…错）", can, k, k);
    }
    return 0;
}

/* 对不起总行了吧 / 我给您道个歉好了嘛，满意了撒 / 我们改，这还不行吗: an apology or concession with a
 * demand that it be enough, in the particles of every region (吧, 嘛 and 呗 in the north, 撒 and 噻
 * in the south-west, 啵 in Hunan and Hubei) — the phrase's words conceded grudgingly are no 2.1
 * 礼貌用语 (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). tone_sarcasm takes 行了吧 cut as
 * its own words; this takes the fused cut (总行) and the other particles, and asks for the
 * concession in the reply so that 好了嘛 said kindly (好了嘛，莫哭了) and 这样就可以了 pass.
 * Innocent neighbours: 非常抱歉，您看这样处理可以吗 (asked, not demanded), 抱歉，已经给您办好了. */
int tone_grudging(scan *sc, size_t a, size_t b, int question)
{
    static const char *const enough[] = {
        "总行了吧", "总行了嘛", "总行了撒", "总行了呗", "行了嘛", "行了撒", "行了噻",
        "行了呗", "行了啵", "总可以了吧", "总可以了嘛", "可以了嘛", "可以了撒", "可以了噻", "可以了呗",
        "满意了嘛", "满意了撒", "满意了噻", "满意了呗", "满意了啵", "总满意了吧", "够了吧", "够了嘛",
        "还不行吗", "还不行啊", "还不够吗", "还不满意吗", "还不满意啊", "道歉好了", "道个歉好了",
        "道歉好了嘛", "道个歉好了嘛", "道个歉好了撒", "赔不是好了", "赔个不是好了", NULL };
    ANCHORS(sc, a, b, U"行可满够道赔");   /* every stem of enough holds one of them */
    static const char *const conceded[] = {
        "对不起", "对不住", "抱歉", "不好意思", "道歉", "道个歉", "赔不是", "赔个不是", "算我", "我错",
        "我们错", "改", "我们改", "改进", "给您办", "给你办", "给您退", "给你退", NULL };
    size_t last = NONE, end = NONE;
    for (size_t i = a; i < b && end == NONE; i++)
        if (tone_spells_any(sc, i, b, enough) == b - 1) end = i;
    /* 重启一下就行了嘛 / 这样填也可以了嘛 say how little a step needs, not that the apology must do */
    if (end == NONE || (end > a && in(sc, end - 1, (list){ "就", "便", "也", "都", NULL }))) return 0;
    if (tone_spelled_in(sc, 0, sc->w->n, conceded, &last) == NONE) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（道歉还不行吗）", end, b - 1, end);
}

/* ---- 禁忌语 in the wording of newer writers, by class (own sentences: tests/data/tone_more/fixtb9.tsv) ---- */

/* 您每回都这样 / 毕竟您每次都这么激动 / 虽然您一直在催 / 成天就晓得打电话 / 难得您今天说话这么客气 /
 * 平时可不是这样的: a jab at the caller's habits, often inside a polite frame (阴阳怪气, 贵阳 T-GSOCCIA
 * 001—2020 §二(三)6 注意通话语气和态度; 2.12 calms the caller instead). A habit (每回, 一向, 一直, 成天 …)
 * with the caller before it, and after it what the caller keeps doing wrong (催, 投诉, 发脾气, 这么激动,
 * 都这样, 就晓得 …); or 难得您今天 / 这次… praising the caller for once; or 平时可不是这样. Not our own habit
 * (我们一直在催物流), not 您每次来电我们都有记录 or 您一直很支持 (nothing wrong), not a delay owned with an
 * apology (您一直在催，实在抱歉). */
static const char *const HABIT[] = { "每回", "每次", "哪次", "哪回", "1向", "向来", "总是", "老是", "成天", "天天", "整天",
                                     "1天到晚", "动不动", "1直", "回回", "次次", "整日", "成日", NULL };

static int bad_habit_at(scan *sc, size_t k, size_t b)
{
    static const char *const act[] = { "急", "最急", "着急", "催", "催促", "发脾气", "发火", "骂", "骂人", "投诉", "闹",
                                       "吵", "挑刺", "找茬", "激动", "抱怨", "嚷嚷", "嚷", "不满意", "较真", "计较", "脾气", "火", NULL };
    static const char *const rough[] = { "激动", "急", "着急", "凶", "冲", "不耐烦", "较真", "计较", "能闹", "难缠", "挑剔", NULL };
    if (in(sc, k, act)) return 1;
    /* 都这样 / 都是这样的: said of the caller's ways, closing the clause */
    if (in(sc, k, (list){ "这样", "这个样", "这德行", NULL }) && (k + 1 >= b || in(sc, k + 1, (list){ "的", "了", "啊", "吧", NULL })))
        return k > 0 && in(sc, k - 1, (list){ "都", "都是", "是", "总", NULL });
    /* 这么激动 / 那么急; 就晓得 / 就知道 (只会 in the south-west) */
    if (in(sc, k, (list){ "这么", "那么", NULL })) return k + 1 < b && in(sc, k + 1, rough);
    return in(sc, k, (list){ "晓得", "知道", NULL }) && k > 0 && tone_is(sc, k - 1, "就");
}

/* Whose habits are not the caller's own: people and things of the caller's (您邻居, 您家孩子, 您那台空调). */
static const char *const OTHERS[] = { "邻居", "家人", "家里人", "孩子", "小孩", "儿子", "女儿", "老公", "爱人", "老婆", "丈夫",
                                      "妻子", "父母", "爸", "妈", "爸爸", "妈妈", "老人", "楼上", "楼下", "室友", "房东", "租客",
                                      "同事", "领导", "狗", "猫", "宠物", "空调", "电脑", "手机", "网络", "信号", "设备", "机器",
                                      "车", "快递员", "师傅", "住户", "楼下住户", "楼上住户", "对方", "商家", "物业", NULL };

/* Is the caller named (您 / 你, or a word holding it: 谢谢您) before word a? */
static int caller_before(scan *sc, size_t a)
{
    for (size_t k = 0; k < a; k++)
        if (strstr(tone_word(sc, k), "您") || strstr(tone_word(sc, k), "你")) return 1;
    return 0;
}

/* 您一直在催，说明真的很着急，我马上加急 / 您总是在催，我理解您的心情，我这就帮您查: the habit named to
 * feel with the caller (看得出, 说明, 理解, 心情) and met with help or haste after it (贵阳 §二(二) 2.12, 2.13
 * answer the caller's hurry so), not held against them. Both are needed: 说明你没耐心 feels nothing;
 * only for hurry (您每次都这么激动 stays a jab). */
static int habit_felt_with(scan *sc, size_t k)
{
    static const char *const feel[] = { "看得出", "看得出来", "说明", "理解", "心情", "肯定是", "一定是", "肯定", "等急", "能感受到", "感受到",
                                        "体会", "明白您", "能理解", "非常理解", "特别理解", NULL };
    static const char *const haste[] = { "加急", "马上", "立刻", "立即", "这就", "现在就", "尽快", "优先", NULL };
    /* only the caller's hurry (催, 急): 您每次都这么激动 stays a jab whatever follows */
    if (!in(sc, k, (list){ "催", "催促", "急", "着急", "最急", NULL }) || find(sc, k + 1, sc->w->n, feel) == NONE) return 0;
    return cs_words_help_after(sc->w, k) || find(sc, k + 1, sc->w->n, haste) != NONE;
}

int tone_habit_jab(scan *sc, size_t a, size_t b, int question)
{
    static const char *const sorry[] = { "抱歉", "对不起", "不好意思", "歉意", "道歉", "见谅", "辛苦", NULL };
    for (size_t i = a; i < b; i++) {
        size_t last = tone_spells_any(sc, i, b, HABIT);
        int rare = tone_is(sc, i, "难得");
        int usual = in(sc, i, (list){ "平时", "平常", "往常", NULL });
        if (last == NONE && !rare && !usual) continue;
        if (last == NONE) last = i;
        if (find(sc, a, i, &FIRST) < i) return 0;
        size_t who = find(sc, i > a + 3 ? i - 3 : a, rare ? tone_upto(b, i + 2) : i, &SECOND);
        /* 您邻居总是吵 / 您家孩子老是哭: the habit of someone or something of the caller's, not theirs */
        if (who < i && find(sc, who + 1, i, OTHERS) < i) continue;
        if (usual) {
            /* 平时可不是这样的: today's manners praised against the caller's usual ones */
            if (tone_spelled_in(sc, last + 1, tone_upto(b, last + 4), (list){ "可不是", "不是这样", "可不这样", NULL }, &(size_t){ 0 }) < b &&
                (who < b || caller_before(sc, a)))
                return tone_hit(sc, "sarcasm", "阴阳怪气（平时可不是这样）", i, last, i);
            continue;
        }
        if (rare) {
            /* 难得您今天这么客气 / 难得您这次没有骂人 */
            /* …for once: 今天 / 这次 / 居然 (难得您这么体谅我们 thanks, no "this time") */
            if (who < b && find(sc, who + 1, tone_upto(b, who + 5), (list){ "今天", "这次", "这回", "今儿", "居然", "竟然", "终于", "总算",
                                                                         "也会", "也有", NULL }) < b)
                return tone_hit(sc, "sarcasm", "阴阳怪气（难得您…）", i, who, i);
            continue;
        }
        /* 您一直骂人的话，我没办法…: a condition, not a habit held against the caller */
        if (find(sc, a, b, CONDITION) < b) return 0;
        int bare = who == NONE && find(sc, a, i, (list){ "他", "他们", "她", "系统", "快递", "师傅", "物流", "网络", NULL }) == NONE;
        for (size_t k = last + 1; k < tone_upto(b, last + 9); k++) {
            if (!bad_habit_at(sc, k, b)) continue;
            /* with no 您 in sight only what a caller does: 一天到晚就晓得投诉, 老是投诉 */
            if (who == NONE && !(bare && in(sc, k, (list){ "投诉", "发脾气", "骂人", "闹", "挑刺", "找茬", "嚷嚷", "晓得", "知道", NULL })))
                break;
            if (tone_in_reply(sc, sorry) || habit_felt_with(sc, k)) return 0;
            return tone_hit(sc, "sarcasm", "阴阳怪气（您每次都…）", i, k, k);
        }
    }
    return 0;
}

/* 那就祝你好运咯 / 祝您好运吧 / 行吧，祝您好运。: good luck wished in place of help, the caller left to
 * it (讽刺, 贵阳 T-GSOCCIA 001—2020 §二(三)6; the close of §二(一) wishes 祝您生活愉快 after the help).
 * Ironic when nothing else of substance is said, or when the wish is shrugged (吧, 咯, 那就 …). Not
 * 祝您好运，这次抽奖的开奖时间是… (a lottery, the wish sincere and the answer given). Once per reply. */
int tone_ironic_luck(scan *sc, size_t a, size_t b, int question)
{
    static const char *const filler[] = { "那", "那就", "行", "行吧", "好吧", "好", "好的", "嗯", "得了", "算了", "反正", "就",
                                          "那么", "哦", "咯", "吧", "了", "啦", "喽", "哈", "啊", "呗", "祝", "祝您", "祝你",
                                          "您", "你", "好运", "好运气", "祝你好运", "祝您好运", "自求多福", NULL };
    static const char *const sincere[] = { "抽奖", "中奖", "开奖", "摇号", "考试", "面试", "比赛", "活动", "手术", "康复",
                                           "顺利", "愉快", NULL };
    size_t luck = NONE;
    for (size_t k = 0; k < sc->w->n && luck == NONE; k++)
        if (strstr(tone_word(sc, k), "好运") && (strstr(tone_word(sc, k), "祝") || (k > 0 && strstr(tone_word(sc, k - 1), "祝"))))
            luck = k;
    if (luck == NONE || tone_in_reply(sc, sincere)) return 0;
    int bare = 1;
    for (size_t k = 0; k < sc->w->n && bare; k++)
        if (!in(sc, k, filler)) bare = 0;
    size_t end = luck + 1;
    while (end < sc->w->n && sc->w->v[end].clause == sc->w->v[luck].clause) end++;
    int shrug = find(sc, luck + 1, end, (list){ "吧", "咯", "喽", "呗", NULL }) < end ||
                (luck > 0 && find(sc, luck > 2 ? luck - 2 : 0, luck, (list){ "那就", "那", "行吧", "好吧", "反正", "只能", NULL }) < luck);
    if (bare || shrug) return tone_hit(sc, "sarcasm", "讽刺客户（祝您好运）", luck, luck, luck);
    return 0;
}

/* 您可真是我见过最会算账的客户了 / 你是我今天碰到最有意思的人: the caller ranked among the agent's
 * customers, mock praise (讽刺, §二(三)6). Not when what is praised is plainly good (最通情达理, 最有耐心:
 * thanks, 2.8 in spirit). */
int tone_mock_superlative(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"最");
    static const char *const good[] = { "好", "客气", "耐心", "有耐心", "体贴", "通情达理", "讲道理", "好说话", "配合", "有礼貌",
                                        "礼貌", "和气", "善良", "温柔", "理解", "支持", "和蔼", "友善", "宽容", "大度", "热心", NULL };
    size_t most = find(sc, a, b, (list){ "最", NULL });
    if (most == NONE || most + 1 >= b) return 0;
    /* 最有礼貌 / 最有耐心: 有 before the good word; thanks anywhere make it praise */
    size_t what = most + 1 < b - 1 && tone_is(sc, most + 1, "有") ? most + 2 : most + 1;
    if (in(sc, what, good) || tone_in_reply(sc, (list){ "谢谢", "谢谢您", "感谢", "感谢您", "多谢", NULL })) return 0;
    size_t who = find(sc, a, most, &SECOND);
    size_t me = who < most ? find(sc, who + 1, most, (list){ "我", NULL }) : NONE;
    if (me == NONE) return 0;
    if (find(sc, me + 1, most, (list){ "见", "见过", "遇到", "遇到过", "碰到", "碰到过", "接过", "遇见", "遇上",
                                                         "遇上过", "碰上", "碰上过", "接到", "接到过", "接", NULL }) == NONE) return 0;
    size_t kind = find(sc, most + 1, tone_upto(b, most + 6), (list){ "客户", "人", "用户", "顾客", "乘客", "一位", "1位", "位", "个", NULL });
    if (kind == NONE) return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（您是我见过最…的客户）", who, kind, most);
}

/* A reaction clause of its own: every word a reaction (praise, congratulations, laughter,
 * exasperation; net-speak 666 / yyds / 绝绝子 / xswl, Singlish 佩服lah) or a filler around it
 * (您, 真, 了, 我的哥, 家人们, lah …). 1 for a mocking reaction (praise, congratulations, laughter),
 * 2 for exasperation alone (无语, 离谱, 好家伙: said of a system's blunder too), 0 when it is not
 * such a clause. */
static int reaction_clause(scan *sc, size_t a, size_t b)
{
    static const char *const mock[] = { "厉害", "了不起", "佩服", "牛", "牛啊", "牛逼", "牛批", "强", "真强", "绝", "绝了", "绝绝子",
                                        "6", "66", "666", "6666", "yyds", "优秀", "秀", "服", "服了", "服气", "真行", "行", "有才",
                                        "人才", "天才", "高手", "大神", "棒", "真棒", "能干", "叻", "犀利", "霸气", "恭喜", "恭喜您",
                                        "恭喜你", "笑", "死", "笑死", "xswl", "xs", "哈哈", "哈哈哈", "哈哈哈哈", "呵呵", "乐",
                                        "nb", "666666", "佩服佩服", "恭喜恭喜", "厉害厉害", NULL };
    static const char *const vexed[] = { "无语", "无语子", "离谱", "离大谱", "救命", "好家伙", "我的天", "天哪", "天呐", "omg",
                                         "wah", "walao", "哇", "哇塞", "啧", "啧啧", "绷不住", "蚌埠住", NULL };
    static const char *const filler[] = { "您", "你", "真", "可真", "真是", "太", "好", "了", "啊", "呀", "啦", "呢", "吧", "我",
                                          "的", "哥", "的哥", "姐", "家人们", "亲", "lah", "leh", "lor", "哦", "喔", "耶", "哈",
                                          "也", "可", "实在", "真的", "简直", "子", "老铁", "兄弟", "宝", "宝子", "咯", "嘛", "是",
                                          "这", "这个", "操作", "你的", "您的", "啦啦", "家人", "们", "一个", "个", "不", "住", NULL };
    /* 真有你的, 可以可以, 行行行: mockery as a whole (可以 / 行 alone agree) */
    if (tone_spells(sc, a, b, "真有你的") != NONE || tone_spells(sc, a, b, "可以可以") != NONE ||
        tone_spells(sc, a, b, "行行行") != NONE)
        return 1;
    int kind = 0;
    for (size_t k = a; k < b; k++) {
        if (in(sc, k, mock)) kind = 1;
        else if (in(sc, k, vexed)) { if (!kind) kind = 2; }
        else if (!in(sc, k, filler)) return 0;
    }
    return kind;
}

/* Is word k a mishap of the caller's doing, said as the result of what they did: 填错, 买反,
 * 锁了, 忘记, 弄丢, 用掉, 清零, 写成 / 买成 (one thing done as another), 充到别人 (the wrong
 * person)? Not when a negation stands just before it (没填错, 别忘了: a reminder). */
static int caller_mishap(scan *sc, size_t a, size_t k)
{
    const char *m = tone_word(sc, k);
    static const char *const not_mishap[] = { "没错", "不错", "错误码", "解锁", "反映", "反馈", "相反", "反而", "反正", "成功",
                                              "完成", "成为", "成本", "换成", "变成", "改成", "丢人", NULL };
    /* 别忘了 / 没错 / 不丢人 as one word: the negation inside it */
    if (in(sc, k, not_mishap) || (!strncmp(m, "别", 3) && !tone_is(sc, k, "别人")) || !strncmp(m, "不", 3) || !strncmp(m, "没", 3)) return 0;
    size_t len = strlen(m);
    int hit = strstr(m, "错") || strstr(m, "忘") || strstr(m, "丢") || strstr(m, "清零") || strstr(m, "过期") ||
              strstr(m, "逾期") || strstr(m, "搞砸") || strstr(m, "弄坏") || strstr(m, "搞坏") ||
              (len >= 3 && strcmp(m + len - 3, "反") == 0) || (len >= 3 && strcmp(m + len - 3, "掉") == 0) ||
              tone_is(sc, k, "锁") || tone_is(sc, k, "锁住") || tone_is(sc, k, "锁定") ||
              (len >= 3 && strcmp(m + len - 3, "成") == 0 && (len > 3 || (k > a && in(sc, k - 1, (list){ "写", "买", "填", "输", "打",
                                                                                                        "订", "选", "看", "充", "交",
                                                                                                        "寄", "当", NULL })))) ||
              (tone_is(sc, k, "别人") && k > a && in(sc, k - 1, (list){ "到", "给", "成", NULL }));
    if (!hit) return 0;
    /* 之前丢的积分也找回来了: the mishap put right, good news */
    if (find(sc, k + 1, sc->w->n, (list){ "找回", "找回来", "找到", "恢复", "改好", "修好", "补回", "补回来", "退回", "解决",
                                          "追回", NULL }) != NONE)
        return 0;
    for (size_t j = k; j-- > a && j + 3 >= k;)
        if (in(sc, j, (list){ "没", "没有", "不", "别", "不要", "未", "防止", "以免", "避免", "免得", "千万别", "不会", NULL }))
            return 0;
    return 1;
}

/* 厉害了我的哥，三个订单全下错 / 恭喜您，成功把账号锁了 / 笑死，地址都能填错 / 666，填了三遍还都
 * 填错了: a reaction said as its own clause (praise, congratulations, laughter, or exasperation
 * with 都 / 连 / 居然 …), then a blunder of the caller's: the caller's mistake marvelled at,
 * mock praise (讽刺, 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度; 国家职业技能标准 3.1 不用
 * 禁忌语). Not when the blunder is ours or a system's (我们 / 系统 / 被 in its clause: 好家伙，这单
 * 被系统重复扣款了), when the reply apologises or reassures, or when nothing went wrong (厉害，您一下
 * 就找到了). */
int tone_mock_blunder(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    static const char *const ours[] = { "我", "我们", "咱们", "系统", "平台", "公司", "商家", "快递", "骑手", "师傅", "同事",
                                        "工作人员", "被", "后台", "程序", "银行", NULL };
    static const char *const even[] = { "都", "也", "连", "居然", "竟然", "全", "全都", "又", "还", "成功", "都能", "也能", NULL };
    int reacted = 0;
    size_t first = NONE, last = NONE;
    for (size_t a = 0; a < w->n && first == NONE;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        int r = reaction_clause(sc, a, b);
        if (r) { reacted = r > reacted ? r : reacted; a = b; continue; }
        if (reacted && find(sc, a, b, (list){ "的话", "如果", "要是", "万一", "假如", "若", "如", NULL }) == NONE) {
            size_t mark = find(sc, a, b, even);
            for (size_t k = a; k < b && first == NONE; k++)
                if (caller_mishap(sc, a, k) && (reacted == 1 || mark < k) && find(sc, a, k, ours) == NONE) first = a, last = k;
        }
        a = b;
    }
    if (first == NONE) return 0;
    /* (asked only of a reply that has both, most have neither) comfort anywhere in the reply */
    if (tone_in_reply(sc, (list){ "抱歉", "对不起", "不好意思", "没关系", "不要紧", "没事", "很正常", "正常", "别担心", "不怪您",
                                  "不怪你", "别紧张", "不用担心", "别着急", "不着急", "放心", "别慌", NULL }))
        return 0;
    /* 输错了我们可以重新发 / 填错了可以改，我来帮您: the mishap met with a way to put it right */
    for (size_t i = 0; i + 1 < w->n; i++)
        if (in(sc, i, (list){ "可以", "能", "帮您", "帮你", "给您", "为您", NULL }) &&
            (tone_is(sc, i, "帮您") || tone_is(sc, i, "帮你") || tone_is(sc, i, "给您") || tone_is(sc, i, "为您") ||
             in(sc, i + 1, (list){ "重新", "再", "改", "修改", "更改", "补", "补办", "找回", "恢复", "撤销", "取消", NULL })))
            return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（拿客户的失误取笑）", first, last, last);
}

/* Where in the clause [a, b) one of stems is written (inside words or across them: the lexicon
 * cuts 长点心 as 东西长/点心), as the word index of its last character; *at gets the byte offset of
 * its start in the joined clause, buf the joined clause. NONE when none is. */
static size_t stem_at(const scan *sc, size_t a, size_t b, const char *const *stems, char *buf, size_t n, size_t *at,
                      const char **which)
{
    const char *s = tone_joined(sc, a, b, buf, n);
    for (; *stems; stems++) {
        const char *p = strstr(s, *stems);
        if (!p) continue;
        *at = (size_t)(p - s);
        *which = *stems;
        return tone_word_at_byte(sc, a, b, *at + strlen(*stems));
    }
    return NONE;
}

/* Do the few characters before byte at of s deny or own what follows (不是, 没, 别, 并非; 我 / 我们
 * said of the agent: 我是玻璃心)? */
static int denied_or_own(const char *s, size_t at)
{
    size_t from = at > 12 ? at - 12 : 0;   /* four characters back */
    char head[16];
    memcpy(head, s + from, at - from);
    head[at - from] = 0;
    return strstr(head, "不") || strstr(head, "没") || strstr(head, "别") || strstr(head, "非") || strstr(head, "并") ||
           strstr(head, "我") || strstr(head, "咱") || strstr(head, "欢迎");
}

/* 你戏好多 / 您就是想白嫖对吧 / 您先慢慢急 / 您这是在整活吧 / 杠精 / 玻璃心 / 长点心: net-speak and
 * colloquial labels that mock or accuse the caller (the caller's complaint called play-acting,
 * freeloading, picking a quarrel, fragility), and 长点心 / 长记性 told to them: sarcasm and
 * condescension (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度; 国家职业技能标准 3.1 不用禁忌语).
 * Not denied (不是跟您抬杠, 您一点也不矫情) and not the agent's of themself (我是玻璃心, 我得长点心). */
int tone_net_jab(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"戏嫖杠精巨玻矫儿茬刺瓷活闹搅薅慢长做");
    static const char *const jab[] = { "戏精", "戏好多", "戏真多", "戏太多", "戏这么多", "戏挺多", "白嫖", "杠精", "抬杠", "作精",
                                       "巨婴", "玻璃心", "矫情", "事儿精", "事儿多", "事儿真多", "找茬", "挑刺", "碰瓷", "整活",
                                       "小题大做", "无理取闹", "胡搅蛮缠", "薅羊毛", "慢慢急", "长点心", "长个心眼", "长点心眼", "长长心", "长记性", "长点记性", "长个记性",
                                       "做人要", "做人得", "做人不能", "做人别", "做人应该", NULL };
    char buf[256];
    size_t at = 0;
    const char *which = NULL;
    size_t k = stem_at(sc, a, b, jab, buf, sizeof buf, &at, &which);
    if (k == NONE || denied_or_own(buf, at)) return 0;
    /* 我这人有点玻璃心 (the agent of themself, 我 earlier in the clause with no 您 after it) and 您说的白嫖
     * 活动 / 所谓的杠精 (the caller's own word quoted back to ask about it) */
    size_t first = tone_word_at_byte(sc, a, b, at + 1);
    size_t me = find(sc, a, first, (list){ "我", "我们", "我这", "我这人", NULL });
    if (me != NONE && find(sc, me + 1, first, &SECOND) == NONE) return 0;
    for (size_t i = a; i + 1 < first; i++)
        if (in(sc, i, &SECOND) && in(sc, i + 1, (list){ "说", "说的", "讲的", "提到", "提到的", "所说", "所说的", NULL })) return 0;
    if (find(sc, a, first, (list){ "所谓", "所谓的", NULL }) != NONE) return 0;
    /* 是我这边太粗心了，以后一定长记性: the agent owning a slip earlier in the reply, what follows is of
     * themself */
    for (size_t i = 0; i < a; i++) {
        if (!in(sc, i, (list){ "我", "是我", "我这边", "我们", "怪我", NULL })) continue;
        size_t end = i;
        while (end < a && sc->w->v[end].clause == sc->w->v[i].clause) end++;
        size_t c0 = i;
        while (c0 > 0 && sc->w->v[c0 - 1].clause == sc->w->v[i].clause) c0--;
        if (find(sc, c0, end, &SECOND) == NONE &&
            tone_spelled_in(sc, c0, end, (list){ "粗心", "疏忽", "失误", "马虎", "大意", "搞错", "弄错", "看错", "错了", NULL },
                            &(size_t){ 0 }) != NONE)
            return 0;
    }
    return tone_hit(sc, "sarcasm", "讽刺客户（网络用语挖苦）", tone_word_at_byte(sc, a, b, at + 1), k, k);
}

/* 破防了家人们，客户又在骂我: the agent venting about the caller on the line in net-speak, as to an
 * audience (贵阳 §二(三)6 注意通话语气和态度): 破防 / 裂开 / 麻了 / 心态崩 with the caller named in the
 * reply. */
int tone_vent_aside(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"破裂麻崩e");
    static const char *const vent[] = { "破防", "裂开", "麻了", "心态崩", "崩溃了", "emo了", NULL };
    char buf[256];
    size_t at = 0;
    const char *which = NULL;
    size_t k = stem_at(sc, a, b, vent, buf, sizeof buf, &at, &which);
    /* the caller's conduct named as the cause, and no help for the caller (我这边破防了，马上给您处理
     * is the agent's dismay at a fault of ours) */
    if (k == NONE || !tone_in_reply(sc, (list){ "客户", "这位", "大哥", "大姐", "阿姨", "大爷", "骂", "吵", "吼", "凶", "催",
                                                "闹", "家人们", NULL }))
        return 0;
    if (tone_in_reply(sc, (list){ "帮您", "给您", "为您", "帮你", "给你", "处理", "马上", "抱歉", "对不起", "不好意思", NULL }))
        return 0;
    return tone_hit(sc, "sarcasm", "抱怨客户（网络用语）", tone_word_at_byte(sc, a, b, at + 1), k, k);
}

/* 请问您又有什么问题呢 / 又怎么了 / 又见面了呢，这周第五次了哦: the caller's repeat call mocked (讽刺,
 * 贵阳 §二(三)6; §二(二)2.13 answers 问题反映多次 with an apology and action). 又 + 有 / 是 + 什么 / 啥
 * asked, 又怎么了, or 又见面 / 又来了 / 又是您 with the calls counted (第五次, 十几次). 您又遇到什么问题了吗
 * asks about a new fault: not 有 / 是. */
int tone_again_mocked(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    if (!tone_in_reply(sc, (list){ "又", NULL }) || tone_in_reply(sc, APOLOGY)) return 0;
    for (size_t i = 0; i + 1 < w->n; i++) {
        if (!tone_is(sc, i, "又")) continue;
        size_t end = i;
        while (end < w->n && w->v[end].clause == w->v[i].clause) end++;
        if (in(sc, i + 1, (list){ "有", "是", NULL }) && i + 2 < end && in(sc, i + 2, (list){ "什么", "啥", "哪门子", NULL }) &&
            w->question[w->v[i].clause])
            return tone_hit(sc, "sarcasm", "讽刺客户（又有什么问题）", i, i + 2, i);
        if (in(sc, i + 1, (list){ "怎么了", "咋了", "怎么啦", "咋啦", "闹", "闹什么", NULL }))
            return tone_hit(sc, "sarcasm", "讽刺客户（又有什么问题）", i, i + 1, i);
        if (in(sc, i + 1, (list){ "见面", "来", "来了", "是你", "是您", "打来", "打来了", NULL })) {
            for (size_t k = 0; k < w->n; k++) {
                const char *m = tone_word(sc, k);
                int counted = (strstr(m, "次") || strstr(m, "回")) && (tone_many_times(sc, 0, k) || strstr(m, "十") || strstr(m, "几"));
                if (counted && k != i + 1) return tone_hit(sc, "sarcasm", "讽刺客户（又来了，第几次了）", i, k, i);
            }
        }
    }
    return 0;
}

/* 祝您生活愉快，虽然我们不会退钱 / 我们会处理，当然不是今天 / 您的投诉我记下了，记了也没什么用 / 我们会
 * 认真考虑的，考虑完就忘了: a courtesy or promise taken back in the next breath, sarcasm (贵阳 §二(三)6;
 * 国家职业技能标准 3.1). A clause of 虽然 / 当然 / 至于 … that denies it (不会, 不是今天, 没用, 就忘, 不好说)
 * after one that wishes or promises. Not when the agent goes on to act (虽然系统不会提醒，我会短信通知您). */
int tone_taken_back(scan *sc, size_t from, size_t to, int question)
{
    const cs_words *w = sc->w;
    static const char *const promise[] = { "祝", "祝您", "感谢", "谢谢", "感谢您", "谢谢您", "处理", "考虑", "记下", "记录", "记", "反馈", "转达",
                                           "上报", "会的", "没问题", "好的", "收到", NULL };
    static const char *const but[] = { "虽然", "虽说", "当然", "至于", "不过", "只是", "记了", "考虑", "考虑完", "反馈了", "转达了",
                                       "上报了", "报了", NULL };
    static const char *const deny[] = { "不会", "没用", "没什么用", "白搭", "不好说", "难说", "就忘", "忘了", "不可能", "别想",
                                        "没戏", "没有用", NULL };
    static const char *const soon[] = { "今天", "现在", "马上", "这周", "今年", "明天", "立刻", "这个月", "最近", "短期", NULL };
    int promised = 0;
    for (size_t a = 0; a < w->n;) {
        size_t b = a;
        while (b < w->n && w->v[b].clause == w->v[a].clause) b++;
        if (promised && in(sc, a, but)) {
            size_t d = find(sc, a + 1, b, deny);
            size_t no = find(sc, a + 1, b, (list){ "不是", NULL });
            if (no != NONE && !(no + 1 < b && in(sc, no + 1, soon))) no = NONE;
            size_t k = d < no ? d : no;
            if (k != NONE && find(sc, b, w->n, (list){ "帮您", "为您", "给您", "通知您", "我会", "我们会", "马上", NULL }) == NONE)
                return tone_hit(sc, "sarcasm", "讽刺客户（说完又收回）", a, k, k);
        }
        if (find(sc, a, b, promise) < b) promised = 1;
        a = b;
    }
    return 0;
}

/* 您这语速是开了倍速吗 / 您是在rap吗 / 声音跟蚊子叫一样 / 说话跟机关枪似的: the caller's way of
 * speaking mocked with a likening (贵阳 T-GSOCCIA 001—2020 §二(三) 6 注意通话语气和态度; 2.2/2.3 ask
 * 请您说慢一点 / 大声一点 politely). The likening must be of the caller's speech: the caller named in its
 * clause or a word of speaking there; not the line's noise (您那边有杂音，像蚊子叫一样) nor the agent's
 * own speech (我说话像机关枪一样，抱歉). Helper fixp11, from the seen10/seen12 rude tails of 2.2/2.3. */
int tone_speech_mocked(scan *sc, size_t from, size_t to, int question)
{
    static const char *const mock[] = { "rap", "说唱", "倍速", "机关枪", "念经", "绕口令", "赶着投胎", "蚊子叫", "蚊子哼",
                                        "蚊子", "连珠炮", "报菜名", "蚂蚁叫", "开火车", "嘴里含着", "含着东西", NULL };
    static const char *const speech[] = { "语速", "声音", "说话", "讲话", "嗓门", "嗓子", "说", "讲", "念", "叫", NULL };
    static const char *const noise[] = { "杂音", "电流", "噪音", "那边有", "背景", "信号", "喜欢", "节目", "会员", "歌", NULL };
    const cs_words *w = sc->w;
    size_t last = NONE;
    for (size_t m = tone_spelled_in(sc, 0, w->n, mock, &last); m < w->n; m = tone_spelled_in(sc, last + 1, w->n, mock, &last)) {
        size_t c = w->v[m].clause, a = m, b = m;
        while (a > 0 && w->v[a - 1].clause == c) a--;
        while (b < w->n && w->v[b].clause == c) b++;
        size_t before = a;   /* the line's noise named in the clause before (您那边有杂音，像蚊子叫一样) */
        while (before > 0 && w->v[before - 1].clause + 1 == c) before--;
        if (find(sc, before, b, noise) < b) continue;
        /* 芦苇荡里蚊子特别多，带上驱蚊水 (fpprobe): the creature itself, counted or biting, no voice */
        if (find(sc, m + 1, b, (list){ "多", "特别", "很多", "太多", "少", "咬", "叮", "成群", NULL }) < b) continue;
        size_t you = find(sc, a, b, &SECOND);
        if (you == NONE && find(sc, a, b, &FIRST) < b) continue;   /* 我说话像机关枪一样 */
        if (you == NONE && find(sc, a, b, speech) == NONE) continue;
        if (find(sc, a, m, &NEG) < m) continue;   /* 您不是在念经 (a denial) */
        return tone_hit(sc, "sarcasm", "讽刺客户（挖苦说话方式）", you < m ? you : m, last, m);
    }
    return 0;
}
/* 跟蚊子嗡嗡似的 / 跟小鸡叫一样 / 像蜜蜂一样嗡嗡的: the caller's voice likened to a small creature's sound
 * (tone_likened_speech, after a likening word only: 您家小猫在叫吗 and 背景有狗叫声 name a noise). */
static int likened_to_creature(scan *sc, size_t a, size_t b)
{
    static const char *const creature[] = { "蚊子", "小鸡", "鸡叫", "猫叫", "小猫叫", "蜜蜂", "苍蝇", "蚂蚁", "知了", "蛐蛐",
                                            "小猫", "鸭子", NULL };
    size_t last = NONE;
    size_t k = tone_spelled_in(sc, a, b, creature, &last);
    if (k == NONE || find(sc, a, b, &FIRST) != NONE) return 0;
    size_t like = find(sc, k > a + 2 ? k - 2 : a, k, (list){ "像", "跟", "和", "好像", "如同", "跟个", "像个", NULL });
    if (like == NONE) return 0;
    /* 您那边好像有杂音，像蚊子叫一样: the noise on the line likened, in this clause or the one before,
     * not the caller's voice (2.2's ask to move somewhere quieter) */
    size_t from = a, ca;
    if (tone_clause_before(sc, a, &ca)) from = ca;
    if (find(sc, from, b, (list){ "杂音", "噪音", "电流声", "回音", "背景音", "信号", "线路", "电流", NULL }) != NONE) return 0;
    return tone_hit(sc, "sarcasm", "嘲讽客户（比作…）", like, last, k);
}

/* 跟机关枪一样突突突的 / 跟挤牙膏一样 / 您是在rap吗 / 您这是在背课文吗: the caller's speech likened to
 * something absurd — a machine gun, squeezing toothpaste, sutras, a tongue-twister, rap — as a tail
 * after 2.2's or 2.3's request (说慢一点好吗？跟机关枪一样): mockery, not the request (贵阳 T-GSOCCIA
 * 001—2020 §二(三) 6 注意通话语气和态度; 呼叫服务员职业标准(试行) 三(一)2). Likened: 像 / 跟 / 和 /
 * 好像 / 如同 a few words before the thing; asked: a question with 您/你 and 在 before it. Not the
 * agent's own side (我这边说话跟机关枪似的, 系统像蜗牛) — no 我 / 系统 in the clause; tone_scorn_things
 * takes a clause ending in 似的, this the rest. */
int tone_likened_speech(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"机枪牙经绕鸟火木复背说报连打r蚊鸡猫蜜苍蚂知蛐鸭");
    static const char *const absurd[] = {
        "机关枪", "冲锋枪", "挤牙膏", "念经", "念咒", "绕口令", "鸟语", "火星文", "敲木鱼", "复读机",
        "背课文", "背书", "说唱", "rap", "报菜名", "连珠炮", "打机关枪", "打快板", NULL };
    size_t last = NONE;
    size_t k = tone_spelled_in(sc, a, b, absurd, &last);
    if (k == NONE) return likened_to_creature(sc, a, b);
    if (find(sc, a, b, &FIRST) != NONE) return 0;
    if (find(sc, a, b, (list){ "系统", "电脑", "网络", "线路", "机器", "广播", "录音", NULL }) != NONE) return 0;
    size_t like = find(sc, k > a + 4 ? k - 4 : a, k, (list){ "像", "跟", "和", "好像", "如同", "跟个", "像个", NULL });
    if (like != NONE) return tone_hit(sc, "sarcasm", "嘲讽客户（比作…）", like, last, k);
    if (question && find(sc, a, k, &SECOND) != NONE && find(sc, a, k, (list){ "在", "是在", NULL }) != NONE)
        return tone_hit(sc, "sarcasm", "嘲讽客户（比作…）", a, last, k);
    return 0;
}

/* 才几分钟就急成这样 / 至于气成这样吗 / 就这点事吵成这样 / 犯得着急成这样嘛: the caller's agitation
 * weighed as out of all proportion — mockery (贵阳 T-GSOCCIA 001—2020 §二(三) 6; 2.12 meets it with
 * 理解您的心情). 看您急成这样，我特别理解 / 换成是我也会急成这样 say the same words in empathy: a word of
 * understanding in the clause, or no belittling lead (就, 才, 至于, 犯得着, 这点事, 多大点事). */
int tone_worked_up(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"成");
    static const char *const state[] = { "急成这样", "气成这样", "吵成这样", "闹成这样", "激动成这样", "慌成这样", "火成这样",
                                         "急成那样", "气成那样", "吵成那样", "闹成那样", "急成这个样", "气成这个样", NULL };
    char buf[256];
    size_t at = 0;
    const char *which = NULL;
    size_t k = stem_at(sc, a, b, state, buf, sizeof buf, &at, &which);
    if (k == NONE) return 0;
    char head[256];
    memcpy(head, buf, at);
    head[at] = 0;
    static const char *const kind[] = { "理解", "明白", "体谅", "换成是我", "换作是我", "换了是我", "换谁", "心疼", NULL };
    for (const char *const *w = kind; *w; w++)
        if (strstr(buf, *w)) return 0;
    static const char *const lead[] = { "就", "才", "至于", "犯得着", "犯不着", "用得着", "这点事", "多大点事", "多大点", "这点小事", NULL };
    for (const char *const *w = lead; *w; w++)
        if (strstr(head, *w))
            return tone_hit(sc, "sarcasm", "嘲讽客户（就急成这样）", tone_word_at_byte(sc, a, b, at + 1), k, k);
    return 0;
}

/* 再见，栓Q / 拴Q了家人: net-speak "thank you" of exasperation (the Gen-Z 栓Q, "I'm speechless"), typed
 * after a correct phrase: sarcasm (贵阳 §二(三) 6). tone_net_jab and the tone model read 会谢, 无语子. */
int tone_net_exasperation(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"栓拴");
    static const char *const stems[] = { "栓q", "拴q", "栓Q", "拴Q", NULL };
    char buf[256];
    size_t at = 0;
    const char *which = NULL;
    size_t k = stem_at(sc, a, b, stems, buf, sizeof buf, &at, &which);
    if (k == NONE) return 0;
    /* (taboo33) 栓Q栓Q，谢谢您的夸奖: the slang thanks beside plain thanks for the caller's kindness is thanks (贵阳
     * §二(二) 2.8 对客服代表进行表扬时用语), not exasperation; read in place over the whole reply (no truncating copy),
     * and never bare 夸, which 夸张 holds (fix33d) */
    if (tone_words_hold(sc, 0, sc->w->n, (list){ "夸奖", "夸我", "夸赞", "表扬", "好评", NULL }) &&
        tone_in_reply(sc, (list){ "谢谢", "感谢", "谢谢您", "感谢您", "多谢", NULL }))
        return 0;
    return tone_hit(sc, "sarcasm", "讽刺客户（网络用语挖苦）", tone_word_at_byte(sc, a, b, at + 1), k, k);
}

/* fix17t: 对对对 / 是是是 / 好好好 — the reply opening with one agreement word said three times or more over,
 * the whole clause and nothing else (对对对对对 counts; 对，您说得对 does not). */
static int agreement_run(scan *sc)
{
    static const char *const agree[] = { "对", "是", "好", "行", NULL };
    const cs_words *w = sc->w;
    char first[4] = { 0 };
    int count = 0;
    for (size_t i = 0; i < w->n && w->v[i].clause == w->v[0].clause; i++) {
        const char *x = tone_word(sc, i);
        for (size_t o = 0; x[o]; o += 3) {
            char ch[4] = { 0 };
            if (strlen(x + o) < 3) return 0;
            memcpy(ch, x + o, 3);
            if (!cs_word_in(ch, agree) || (count && strcmp(ch, first) != 0)) return 0;
            memcpy(first, ch, 4);
            count++;
        }
    }
    return count >= 3;
}

/* 我马上给您退 / 我们这就改: the agent setting the fault right in a clause after word k. */
static int remedy_after(scan *sc, size_t k)
{
    static const char *const at_once[] = { "马上", "这就", "立刻", "立即", "现在就", "尽快", "赶紧", NULL };
    for (size_t i = k + 1; i < sc->w->n; i++)
        if (sc->w->v[i].clause != sc->w->v[k].clause && in(sc, i, at_once)) return 1;
    return 0;
}

/* 对对对，都是我们的错，您一点错都没有 / 是是是，您最有理 / 好好好，您说了算: a repeated agreement and then a
 * concession overstated past belief — all the fault ours, none at all the caller's, the caller always right —
 * is sarcasm, giving in to end the talk (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳 T-GSOCCIA
 * 001—2020 §二(三)6 注意通话语气和态度). Agreement with a fact (对对对，就是这个订单), a plain admission (对对对，
 * 是我们的错) and an admission met with a remedy after it (…都是我们的错，我马上给您退) are not. */
int tone_agreement_mocked(scan *sc, size_t a, size_t b, int question)
{
    static const char *const overstated[] = {
        "一点错都没有", "一点错也没有", "一点问题都没有", "一点问题也没有", "一点责任都没有", "一点都没错", "什么错都没有",
        "最有理", "最有道理", "最委屈", "最明白", "最懂", "说了算", "是专家", "说得都对", "说的都对", "就您明白", "就你明白",
        "都是我们的错", "全是我们的错", "都怪我们", "全怪我们", "都是我们不好", "都是我的错", "全是我的错", "都怪我",
        "都是系统的问题", "全是系统的问题", "都是系统的错", NULL };
    (void)question;
    if (a >= b || sc->w->v[a].clause == sc->w->v[0].clause || !agreement_run(sc)) return 0;
    size_t last = NONE, at = tone_spelled_in(sc, a, b, overstated, &last);
    if (at == NONE || cs_words_help_after(sc->w, last) || remedy_after(sc, last)) return 0;
    return tone_hit(sc, "sarcasm", SARCASM, at, last, at);
}
