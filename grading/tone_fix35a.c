/* Helper fix35a's reading of review35's findings (own rows with innocent twins first in
 * tests/data/tone_more/fix35a.tsv, tests/cli/test_fix35a.sh):
 *
 *   aim denied   the agent explaining their own loud voice or sharp tone with an apology, and denying that it was
 *                aimed at the caller (不好意思，我这嗓门大，刚才不是冲您喊，是车间里太吵 / 抱歉，不是针对您): an
 *                apology, 贵阳 T-GSOCCIA 001—2020 §二(二) 2.9 (非常抱歉…) and §二(四)4.1, no 禁忌语 of
 *                呼叫服务员职业标准(试行) 五级 三(一)2. The tone model reads 不是…才 / 不是…您 as the curt correction
 *                it learnt and tone_purpose_lecture reads 不是…发火 as 热线不是让你发火的.
 *   symptom      a body's slowness described (您父亲脑梗后说话不利索 / 麻药没退，说话不利索 / 腿脚不太灵活): a symptom the
 *                agent takes into account (§二(二) 2.12), not the caller hurried; the model reads 不…说话…利索 as
 *                利索点说. Not with scorn (您咋这么不利索) nor in a question.
 *   praise       the caller's taste praised (您真是识货, 您可真有眼光, 您真係識揀 read 您真是会挑): sincere or sarcastic,
 *                no demeaning word, so never an insult that fails the call (§二(二) 2.1, §二(四) 4.2 need words that
 *                demean the caller); the tone model's insult reads 识 + 您 as the 您不识字 it learnt. Sarcasm stays a
 *                禁忌语 (§二(三)6), put to the examiner.
 *
 * It extends the shared comfort reading of the clause (cs_words_comfort_clause, tone_fix33b.c), which the tone
 * model's text leaves out and which clears a clause rule's non-insult hit, so rules and model read it alike. Not
 * when the true cause named after it is the caller (不是冲您喊，是您自己听不清), not in a question, not without an
 * apology in the reply (不是冲您，冲谁？ is none). */
#include "tone_readings.h"
#include "tone_scan.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

/* 不是冲 / 并不是针对 / 没冲 …: the agent's conduct denied as aimed, the caller right after (您, 你, 着您). */
static int aim_denied_spelled(const char *s)
{
    static list deny = { "不是冲着", "不是冲", "并不是冲着", "并不是冲", "不是针对", "并不是针对", "并非针对", "没有冲着",
                         "没有冲", "没冲", "不是对着", "不是在冲", "不是朝", "并没有冲", "绝不是冲", "也不是冲", NULL };
    static list you = { "您", "你", "大家", NULL };
    for (const char *p = s; *p; p++) {
        const char *r = tone_after_any(p, deny);
        if (r && tone_after_any(r, you)) return 1;
    }
    return 0;
}

/* 不好意思 / 对不起 / 抱歉 / 别往心里去 …: an apology or a plea not to take it ill anywhere in the reply. */
static int reply_apologises(const cs_words *w)
{
    static list sorry = { "不好意思", "对不起", "抱歉", "见谅", "别介意", "不要介意", "莫怪", "别见怪", "别往心里去", "包涵",
                          "请原谅", "唔好意思", NULL };
    for (size_t c = 0; c < w->n_clauses; c++) {
        size_t i = 0;
        while (i < w->n && w->v[i].clause != c) i++;
        if (i == w->n) continue;
        char *s = cs_words_spelled(w, i, c);
        int found = s && tone_holds(s, sorry);
        free(s);
        if (found) return 1;
    }
    return 0;
}

/* Does the clause after clause c give the caller as the true cause (是您自己听不清, 而是你…)? A plea after it (您别往
 * 心里去) gives no cause. */
static int caller_the_cause_after(const cs_words *w, size_t c)
{
    static list cause = { "是", "而是", "就是", "只是", "是因为", "因为", "主要是", "实在是", "都是", "还不是", NULL };
    size_t i = 0;
    while (i < w->n && w->v[i].clause != c + 1) i++;
    if (i == w->n) return 0;
    char *s = cs_words_spelled(w, i, c + 1);
    int blamed = s && tone_after_any(s, cause) && tone_holds(s, (list){ "您", "你", NULL });
    free(s);
    return blamed;
}

static int aim_denied(const cs_words *w, size_t i, size_t j)
{
    if (i >= j) return 0;
    size_t c = w->v[i].clause;
    if (w->question && w->question[c]) return 0;
    char *s = cs_words_spelled(w, i, c);
    int denied = s && aim_denied_spelled(s);
    free(s);
    return denied && !caller_the_cause_after(w, c) && reply_apologises(w);
}

/* 说话不利索 / 手脚还不太灵活 / 腿脚不麻利: a body part or speech, then a slowness word denied, closing the clause. */
static int symptom_spelled(const char *s)
{
    static list body = { "说话", "讲话", "口齿", "舌头", "手脚", "腿脚", "手", "腿", "脚", "动作", "行动", "走路", "吐字", NULL };
    static list neg = { "还不太", "不太", "还不", "不大", "不够", "不怎么", "不", NULL };
    static list slow = { "利索", "麻利", "灵活", "灵便", "利落", NULL };
    static list close = { "了", "啦", "的", "啊", "呀", "呢", "哦", "没关系", "也没关系", "不要紧", "！", "!", "。", NULL };
    static list scorn = { "咋", "怎么", "这么", "那么", "能不能", "就别", "还打", NULL };
    if (tone_holds(s, scorn)) return 0;
    for (const char *p = s; *p; p++) {
        const char *r = tone_after_any(p, body);
        if (!r || !(r = tone_after_any(r, neg)) || !(r = tone_after_any(r, slow))) continue;
        if (!*r || tone_only_of(r, close)) return 1;
    }
    return 0;
}

static int symptom_described(const cs_words *w, size_t i, size_t j)
{
    if (i >= j || (w->question && w->question[w->v[i].clause])) return 0;
    char *s = cs_words_spelled(w, i, w->v[i].clause);
    int said = s && symptom_spelled(s);
    free(s);
    return said;
}

int cs_words_state_explained(const cs_words *w, size_t i, size_t j)
{
    return aim_denied(w, i, j) || symptom_described(w, i, j);
}

int cs_words_taste_praised(const cs_words *w)
{
    static list taste = { "识货", "有眼光", "好眼光", "会挑", "会选", "会买", "会拣", "会揀", "会捡", "内行", "懂行", "在行", NULL };
    static list you = { "您", "你", "老板", "大哥", "大姐", "阿姨", "先生", "小姐", "太太", NULL };
    for (size_t c = 0; c < w->n_clauses; c++) {
        size_t i = 0;
        while (i < w->n && w->v[i].clause != c) i++;
        if (i == w->n || (w->question && w->question[c])) continue;
        char *s = cs_words_spelled(w, i, c);
        int praised = s && tone_holds(s, taste) && tone_holds(s, you);
        free(s);
        if (praised) return 1;
    }
    return 0;
}
