/* An innocent reading helper fix15t found the grader missing (review15 replies item 8; own sentences in
 * tests/data/tone_more/fix15t.tsv): words said before by a third party — the examiners, the doctor,
 * the maker — reported to the caller, not the agent's own words held against them. Declared in words.h
 * (block fix15t).
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语 and 贵阳 T-GSOCCIA 001—2020 §二(三)6 judge
 * the agent's impatience with the caller (我都说过了); the finding of another body passed on to the
 * caller (质检部门已经说了是…) is information, as §二(二)2.7 asks the agent to give. */
#include "tone_readings.h"

#include <string.h>

/* Does word k name a third party that speaks for itself: a person (他, 医生, 师傅) or a body (…部门,
 * …中心, …公司)? Our own side (同事, 我们) and the caller are not. */
static int third_party(const char *word)
{
    static const char *const who[] = { "他", "她", "他们", "她们", "对方", "医生", "大夫", "厂家", "厂商", "商家", "师傅",
                                       "快递员", "司机", "银行", "医院", "法院", "律师", "专家", "老师", "交警", "警察", NULL };
    static const char *const body[] = { "部门", "中心", "机构", "公司", "局", "所", "站", "报告", NULL };
    if (cs_word_in(word, who)) return 1;
    size_t n = strlen(word);
    for (size_t k = 0; body[k]; k++) {
        size_t m = strlen(body[k]);
        if (n >= m && strcmp(word + n - m, body[k]) == 0) return 1;
    }
    return 0;
}

int cs_words_third_party_said(const cs_words *w, size_t i)
{
    static const char *const person[] = { "我", "我们", "咱", "咱们", "你", "您", "你们", "您们", "我都", "我也", NULL };
    if (i >= w->n) return 0;
    for (size_t k = i; k-- > 0 && w->v[k].clause == w->v[i].clause;) {
        if (cs_word_in(w->v[k].w, person) || strstr(w->v[k].w, "你") || strstr(w->v[k].w, "您")) return 0;
        if (third_party(w->v[k].w)) return 1;
    }
    return 0;
}
