/* Helper fix36a (tone_fix36a.h): rude-looking words that name no caller, and caring replies the tone model misreads.
 *
 * The classes, each read by structure, never by one sentence:
 * - a thing described: the rude word is a relative clause on a noun through 的 (有毛病的卡我们免费换, 被打死的牲畜不收):
 *   what is so called is the thing after 的, not the caller (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1);
 * - the caller's own name for a thing taken up with a demonstrative and its measure word (您说的那头傻大个公牛): a word
 *   mentioned, said at no one;
 * - a question of care: every clause asks, one after a symptom or a recovery (这几天孩子的眼睛呢？还痒不痒？);
 * - a worry put to rest: 您放心 / 不用担心 said, and the bad reading denied (不是因为您欠费, 不是骗子, 不是没收);
 * - sincere praise with its ground (您这个问题问得特别好，我详细给您说): the model learnt praise as the opening of a
 *   jab, so it is read only when a ground or help follows and no "even this" turns it. 您可真行 is left to the
 *   sarcasm rule: with a fault after it (您可真行，卡丢了三回了) it is the jab, and a fault cannot be told from a
 *   ground by the shape of the clause. */
#include "tone_fix36a.h"

#include "grading_util.h"
#include "tone_scan.h"

#include <stdlib.h>
#include <string.h>

/* Does word k name the caller (你, 您, 你们 …)? */
static int names_caller(const cs_words *w, size_t k)
{
    static list you = { "你", "您", "你们", "您们", "侬", "恁", "妳", "你这", "您这", NULL };
    return cs_word_in(w->v[k].w, you);
}

/* Is any word of clause c before word i the caller? */
static int caller_before(const cs_words *w, size_t i)
{
    for (size_t k = i; k > 0 && w->v[k - 1].clause == w->v[i].clause; k--)
        if (names_caller(w, k - 1) || strstr(w->v[k - 1].w, "你") || strstr(w->v[k - 1].w, "您")) return 1;
    return 0;
}

int cs_fix36a_thing_described(const cs_words *w, size_t i, size_t j)
{
    /* what a 的-phrase may describe that is a person, a mind or a manner: then the word is said of someone */
    static list person = { "人", "人家", "家伙", "东西", "玩意", "玩意儿", "货", "货色", "主", "主儿", "客户", "顾客", "用户",
                           "脑子", "脑袋", "头脑", "脑筋", "想法", "样子", "样", "德性", "德行", "种", "那种", "这种", "话",
                           "时候", "老头", "老太", "老太太", "老太婆", "女人", "男人", "孩子", "小孩", "家人", "一个", "个",
                           "吧", "啊", "呀", "了", "呢", "嘛", "么", "吗", "嗎", "哦", "哈", NULL };
    /* a demonstrative with its measure word may stand between 的 and the noun (坏了的那台) */
    static list pointer = { "那", "这", "那台", "这台", "那张", "这张", "那只", "这只", "那头", "这头", "那个", "这个", "那些",
                            "这些", NULL };
    /* words that follow 的 as a verb's or an adverb's neighbour, not as a noun (老不死的别打了, 该死的又来了; the 的-phrase
     * is then a person: 有病的才天天往这打电话 — final36) */
    static list not_noun = { "别", "又", "就", "还", "也", "都", "不", "没", "快", "再", "给", "把", "被", "来", "去", "在", "是",
                             "要", "会", "能", "打", "我", "他", "她", "它", "叫", "让", "说", "滚", "才", "就是", "还要",
                             "天天", "总", "总是", "老是", "成天", "整天", "净", "光", "只", "只会", "一天到晚", "竟然",
                             "居然", "偏", "偏偏", "非", "非要", "动不动", "往", "跑", "跟", "和", NULL };
    /* a wish of death is a curse whatever it is said of (该死的打印机: 禁忌语, read elsewhere as vented at a machine) */
    static list curse = { "该死", "不死", "千刀", "天杀", "去死", "找死", "日", "妈", "娘", "操", "肏", "屌", "逼", "靠", NULL };
    if (!w || j + 2 >= w->n || i > j) return 0;
    /* the caller inside the hit itself (你聋的吗: the word 你聋) is named, whatever follows */
    for (size_t k = i; k <= j; k++)
        if (cs_g_holds_any(w->v[k].w, curse) || strstr(w->v[k].w, "你") || strstr(w->v[k].w, "您")) return 0;
    size_t c = w->v[i].clause;
    if (strcmp(w->v[j + 1].w, "的") != 0 || w->v[j + 1].clause != c || caller_before(w, i)) return 0;
    size_t k = j + 2;
    if (k < w->n && w->v[k].clause == c && cs_word_in(w->v[k].w, pointer)) k++;
    if (k >= w->n || w->v[k].clause != c) return 0;
    return !cs_word_in(w->v[k].w, person) && !cs_word_in(w->v[k].w, not_noun) && !names_caller(w, k) &&
           !strstr(w->v[k].w, "人");
}

int cs_fix36a_callers_name_for(const cs_words *w, size_t i)
{
    static list said = { "说", "讲", "提到", "讲到", "说到", "说起", "提", NULL };
    static list pointer = { "那头", "这头", "那只", "这只", "那条", "这条", "那匹", "这匹", "那台", "这台", "那张", "这张",
                            "那款", "这款", "那种", "这种", "那件", "这件", NULL };
    static list one = { "那", "这", NULL };
    static list measure = { "头", "只", "条", "匹", "台", "张", "款", "种", "件", "口", "棵", "株", "辆", NULL };
    if (!w || i < 4 || i >= w->n) return 0;
    size_t c = w->v[i].clause, k = i - 1;
    if (cs_word_in(w->v[k].w, pointer)) {
        k--;
    } else if (cs_word_in(w->v[k].w, measure) && cs_word_in(w->v[k - 1].w, one)) {
        k -= 2;
    } else {
        return 0;
    }
    if (k < 2 || strcmp(w->v[k].w, "的") != 0 || !cs_word_in(w->v[k - 1].w, said) || !names_caller(w, k - 2) ||
        w->v[k - 2].clause != c)
        return 0;
    for (size_t m = i + 1; m < w->n && w->v[m].clause == c; m++)
        if (strstr(w->v[m].w, "你") || strstr(w->v[m].w, "您")) return 0;
    return 1;
}

/* Clause c spelled whole (malloc'd), or NULL. */
static char *clause_text(const cs_words *w, size_t c)
{
    size_t i = 0;
    while (i < w->n && w->v[i].clause != c) i++;
    return i < w->n ? cs_words_spelled(w, i, c) : NULL;
}

/* Does some clause of the reply hold one of l? */
static int reply_holds(const cs_words *w, const char *const *l)
{
    for (size_t c = 0; c < w->n_clauses; c++) {
        char *t = clause_text(w, c);
        int hit = t && cs_g_holds_any(t, l);
        free(t);
        if (hit) return 1;
    }
    return 0;
}

int cs_fix36a_care_question(const cs_words *w)
{
    /* a symptom or a recovery asked after (the body's state, not the mind's) */
    static list symptom = { "痒", "疼", "痛", "肿", "晕", "咳", "难受", "舒服", "好点", "好些", "好转", "退烧", "发烧", "烧退",
                            "拉肚子", "吐", "红肿", "消肿", "止住", "恢复", NULL };
    /* the mind or a judgement asked about is a jab (脑子烧坏了吗, 你是不是有病), an order or a fault is no care */
    static list jab = { "脑子", "脑袋", "神经", "有病", "毛病", "智商", "傻", "笨", "蠢", "疯", "别", "自己", "活该", "怪",
                        "还打", "还问", "烦", "吵", "态度", "耳朵", NULL };
    if (!w || !w->question || !w->n_clauses) return 0;
    for (size_t c = 0; c < w->n_clauses; c++)
        if (!w->question[c]) return 0;
    return reply_holds(w, symptom) && !reply_holds(w, jab);
}

/* The praise clause: the caller (您/你) with a word of credit closing it, no "too / even / enough" that turns it. */
static int praise_clause(char *t)
{
    static list credit = { "问得特别好", "问得非常好", "问得很好", "问得真好", "问得好", "问得在点子上", "识货", "有眼光",
                           "在行", "内行", "细心", "仔细", "周到", "专业", "有心",
                           /* the regions' words of praise: Henan 得劲, Sichuan 巴适, Cantonese 犀利 */
                           "得劲", "巴适", "犀利", NULL };
    static list end = { "啊", "呀", "哦", "哈", "呢", "！", "!", "。", NULL };
    static list turn = { "也太", "够", "也是", "就不", "有点", "真奇怪", "不对", "多余", "比", "还", "都", NULL };
    if (!(strstr(t, "您") || strstr(t, "你")) || cs_g_holds_any(t, turn)) return 0;
    size_t n = strlen(t);
    for (size_t m; n > 0 && (m = cs_g_ends_with_any(t, end)) > 0 && m <= n;) {
        n -= m;
        t[n] = 0;
    }
    return cs_g_ends_with_any(t, credit) > 0;
}

/* Does the clause after the praise open on its own subject, the agent, a thing of the trade or other people (我详细给您说,
 * 这款是我们卖得最好的, 很多车主都没注意到), or on the caller's timely step credited (早点挂失就没损失了)? Praise turned into a jab goes on about what the caller did, with no subject
 * (最便宜的都看不上, 专挑打折的退, 卡丢了三回了). */
static int ground_opens(const char *r)
{
    static list opener = { "我们", "我", "咱们", "咱", "这款", "这个", "这套", "这批", "这种", "这类", "这是", "这台", "这辆",
                           "这件", "这家", "很多", "不少", "大部分", "大多数", "一般", "其他", "别人", "大家",
                           /* the caller's timely step credited (早点挂失就没损失了, 幸亏您报得及时) */
                           "早点", "及时", "幸亏", "多亏", "好在", "还好", NULL };
    return cs_g_starts_with_any(r, opener) > 0;
}

int cs_fix36a_sincere_praise(const cs_words *w)
{
    /* what turns praise into a jab after it: even this, a contrast, a fault, an order */
    static list turn = { "这都", "连", "都能", "都会", "也能", "不会", "不懂", "还不", "怎么", "但", "不过", "可惜", "就是",
                         "比", "佩服", "服了", "下次", "别", "自己", "告", "弄丢", "忘", "错", "吧", "？", "?", "不就", "早该",
                         "要是", NULL };
    if (!w || w->n_clauses < 2) return 0;
    size_t c = 0;
    /* an address may open the reply (大爷，/ 阿姨，): a short clause naming no one */
    char *t = clause_text(w, 0);
    if (t && !strstr(t, "您") && !strstr(t, "你") && strlen(t) <= 4 * 3) {
        free(t);
        c = 1;
        t = clause_text(w, c);
    }
    int ok = t && c + 1 < w->n_clauses && !w->question[c] && praise_clause(t);
    free(t);
    for (size_t d = c + 1; ok && d < w->n_clauses; d++) {
        char *r = clause_text(w, d);
        ok = r && !w->question[d] && !cs_g_holds_any(r, turn) && (d > c + 1 || ground_opens(r));
        free(r);
    }
    return ok;
}

int cs_fix36a_worry_settled(const cs_words *w)
{
    static list settle = { "放心", "不用担心", "别担心", "不必担心", "莫担心", "甭担心", "不要担心", "无需担心", "不用着急",
                           "别着急", NULL };
    static list denied = { "不是", "并非", "没有", "不会", "不用", "不影响", NULL };
    /* the worry waved off as the caller's fancy or the caller judged: no comfort (您想太多了, 又不会骗您, 死不了) */
    static list jab = { "想太多", "想多", "又不", "死", "怪", "自己", "活该", "怎么", "至于", "有病", "烦", "凭什么", "爱信不信",
                        "再打", "别再", NULL };
    if (!w || !w->question || w->n_clauses < 2) return 0;
    int settled = 0, denial = 0;
    for (size_t c = 0; c < w->n_clauses; c++) {
        char *t = clause_text(w, c);
        if (!t) return 0;
        int bad = cs_g_holds_any(t, jab) || w->question[c];
        settled |= cs_g_holds_any(t, settle);
        denial |= cs_g_holds_any(t, denied) && !cs_g_holds_any(t, settle);
        free(t);
        if (bad) return 0;
    }
    return settled && denial;
}
