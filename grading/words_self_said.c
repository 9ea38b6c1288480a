/* The caller's judgement of themself said back, and reassurance or concern the tone model misreads (words.h,
 * helper fix32a). */
#include "words.h"
#include "grading_util.h"
#include "tone_fix36b.h"

#include <string.h>

/* 您说自己是个废物 / 你刚才讲你自己就是个累赘 / 您总觉得自己很没用: before word i in its clause, the caller (您 / 你)
 * as the subject of a verb of speech or thought, 自己 its object, and between 自己 and the word only a copula, a
 * count or a degree word. The caller's own word reported back in care is no word of the agent's at the caller
 * (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1; 国家职业技能标准 呼叫中心服务员 2.4 names what the caller said of
 * themself). 我说您自己是个废物 has the agent as the speaker, and 您自己是个废物 no speech: both still count. */
int cs_words_self_said(const cs_words *w, size_t i)
{
    static const char *const between[] = { "是", "个", "是个", "就是个", "真是个", "一个", "1个", "就是", "真是", "真的", "很", "太", "挺", "特别",
                                            "一点", "都", "也", "什么", "啥", NULL };
    static const char *const speak[] = { "说", "讲", "觉得", "认为", "说过", "讲过", "骂", "提到", "感觉", "总说", "老说",
                                          "一直说", "直说", "一直", "老", "总", "觉着", NULL };
    static const char *const when[] = { "1", "刚才", "刚刚", "之前", "一直", "总", "总是", "老", "老是", "常", "也", "还",
                                         "反复", NULL };
    static const char *const you[] = { "你", "您", "您老", NULL };
    if (!w || i == 0 || i >= w->n) return 0;
    if (cs_fix36b_self_quoted(w, i)) return 1;   /* fix36b: 您说您笨，…没关系 — 您 again, comfort after */
    size_t c = w->v[i].clause, k = i;
    while (k-- > 0 && w->v[k].clause == c && cs_word_in(w->v[k].w, between)) {}
    if (k >= w->n || w->v[k].clause != c || strcmp(w->v[k].w, "自己") != 0 || k == 0) return 0;
    k--;
    if (w->v[k].clause == c && cs_word_in(w->v[k].w, you) && k > 0) k--;   /* 您说您自己 */
    if (w->v[k].clause != c || !cs_word_in(w->v[k].w, speak) || k == 0) return 0;
    k--;
    while (k > 0 && w->v[k].clause == c && cs_word_in(w->v[k].w, when)) k--;
    return w->v[k].clause == c && cs_word_in(w->v[k].w, you);
}

int cs_words_self_said_any(const cs_words *w)
{
    for (size_t i = 1; w && i < w->n; i++)
        if (cs_words_self_said(w, i)) return 1;
    return 0;
}

/* Does clause c, spelled from its first word, hold one of the stems? */
static int clause_holds(const cs_words *w, size_t first, size_t c, const char *const *stems)
{
    char buf[256];
    if (!cs_words_spell(w, first, c, buf, sizeof buf)) return 0;
    for (size_t k = 0; stems[k]; k++)
        if (strstr(buf, stems[k])) return 1;
    return 0;
}

/* 您不是疯了，失眠焦虑是很常见的反应 / 您没疯，只是太伤心了: a state of mind denied of the caller in one clause and
 * named normal or its cause named in a later one — reassurance (国家职业技能标准 呼叫中心服务员 2.4.2 安抚客户;
 * 贵阳 T-GSOCCIA 001—2020 §二(四)4.1 积极、热情的言语). 你不是疯了是什么 / 你没疯吧 have no normalising clause. */
static int state_denied(const cs_words *w)
{
    static const char *const denied[] = { "不是疯", "没疯", "没有疯", "不是神经", "没有病", "没病", "不是有病", "不是傻",
                                          "并不傻", "不是没用", "不是脑子", "没有神经", NULL };
    static const char *const normal[] = { "很常见", "很正常", "正常的", "常见的", "只是", "这是", "反应", "可以治", "能治",
                                          "太累", "太伤心", "太难过", "压力", "很多人", NULL };
    for (size_t i = 0; i < w->n; i++) {
        if (i > 0 && w->v[i].clause == w->v[i - 1].clause) continue;
        size_t c = w->v[i].clause;
        if (!clause_holds(w, i, c, denied) || (w->question && w->question[c])) continue;
        for (size_t j = i + 1; j < w->n; j++)
            if (w->v[j].clause != c && w->v[j].clause != w->v[j - 1].clause && clause_holds(w, j, w->v[j].clause, normal))
                return 1;
    }
    return 0;
}

/* 阿姨，咋咧？您慢慢说 / 咋了嘛阿婆？莫哭: what is the matter asked in the regions' words (Shaanxi 咋咧, 咋了) and
 * comfort or an ear offered in the reply — concern, the warm tone of 贵阳 §二(四)4.1, not a challenge. */
static int concern_asked(const cs_words *w)
{
    static const char *const what[] = { "咋咧", "咋了", "咋啦", "咋个了", "怎么了", "怎么啦", NULL };
    static const char *const comfort[] = { "慢慢说", "慢慢讲", "莫哭", "别哭", "不哭", "听着", "跟我讲", "跟我说", "莫急",
                                           "别急", "不急", "别着急", NULL };
    int asked = 0, comforted = 0;
    for (size_t i = 0; i < w->n; i++) {
        if (i > 0 && w->v[i].clause == w->v[i - 1].clause) continue;
        size_t c = w->v[i].clause;
        asked |= w->question && w->question[c] && clause_holds(w, i, c, what);
        comforted |= clause_holds(w, i, c, comfort);
    }
    return asked && comforted;
}

/* dev34: 您的事就是我的事 / 客户的事也是我们的事 / 您的事情就是咱们的事情: the caller's matter declared the agent's own,
 * a pledge to take it on (贵阳 T-GSOCCIA 001—2020 §二(四)4.1 使用积极、热情的声音和言语; 国家职业技能标准 呼叫中心服务员
 * 2.4.2 安抚客户). The tone model reads 的事 … 我 … 事 as 关我什么事. Only the whole pattern in one clause that is no
 * question: 您的事又不是我的事 (又 between), 您的事关我什么事, 您的事就是我的事？ and 您的事就是您的事 stay the model's.
 * fix34c: the pledge's clause only, the rest of the reply is the model's (…不过您这要求也太离谱了吧). */
int cs_words_pledge_clause(const cs_words *w, size_t *clause)
{
    static const char *const owner[] = { "您家的事", "你家的事", "您的事", "你的事", "客户的事", "大家的事", NULL };
    static const char *const is[] = { "就是", "也是", "便是", NULL };
    static const char *const mine[] = { "我们的事", "咱们的事", "我的事", "咱的事", NULL };
    char buf[256];
    for (size_t i = 0; w && i < w->n; i++) {
        if (i > 0 && w->v[i].clause == w->v[i - 1].clause) continue;
        size_t c = w->v[i].clause;
        if ((w->question && w->question[c]) || !cs_words_spell(w, i, c, buf, sizeof buf)) continue;
        for (const char *p = buf; *p; p++) {
            size_t n = cs_g_starts_with_any(p, owner);
            if (!n) continue;
            const char *q = p + n;
            if (strncmp(q, "情", strlen("情")) == 0) q += strlen("情");
            size_t m = cs_g_starts_with_any(q, is);
            if (m && cs_g_starts_with_any(q + m, mine)) { *clause = c; return 1; }
        }
    }
    return 0;
}

int cs_words_reassures(const cs_words *w)
{
    return w && (state_denied(w) || concern_asked(w));
}
