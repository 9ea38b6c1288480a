/* An innocent reading helper fix15t found the grader missing (review15 replies item 1, borderline; own
 * sentences in tests/data/tone_more/fix15t.tsv): a weak sense of the caller's named and met at once by the
 * agent adjusting to it (您老人家眼神不好，我把字号调大了). Declared in words.h (block fix15t); asked by
 * tone_belittle (tone_insult.c) and by the tone model's text (phrase_match.c model_text), so the rule and
 * the model read the clause alike.
 *
 * Clause: 贵阳 T-GSOCCIA 001—2020 §二(二) 2.4 (回答客户声音小时: the agent adjusts to the caller's hearing)
 * in spirit; §二(二) 2.1 / §二(四) 4.2 fail the call only for words AT the caller. */
#include "tone_readings.h"

#include <string.h>

int cs_words_sense_met(const cs_words *w, size_t c)
{
    static const char *const sense[] = { "眼神", "眼睛", "耳朵", "听力", "视力", "眼", "耳", NULL };
    /* 您眼神不好就别自己弄了 / 眼神不好还网购 / 耳朵怎么… : no adjustment, a rebuke */
    static const char *const rebuke[] = { "就", "还", "别", "怎么", "吗", "吧", "呢", NULL };
    static const char *const agent[] = { "我", "我们", "咱们", "咱", NULL };
    static const char *const adjust[] = { "调大", "放大", "大声", "大点声", "说慢", "慢点", "慢一点", "慢慢", "字号", "字体",
                                          "音量", "再说一遍", "重复一遍", "念给您", "读给您", NULL };
    size_t i = 0;
    while (i < w->n && w->v[i].clause != c) i++;
    int named = 0;
    size_t k = i;
    for (; k < w->n && w->v[k].clause == c; k++) {
        if (cs_word_in(w->v[k].w, rebuke)) return 0;
        named |= cs_word_in(w->v[k].w, sense);
    }
    if (!named || k >= w->n || !cs_word_in(w->v[k].w, agent)) return 0;   /* the next clause opened by 我 */
    char text[192];
    if (!cs_words_spell(w, k, w->v[k].clause, text, sizeof text)) return 0;
    for (size_t m = 0; adjust[m]; m++)
        if (strstr(text, adjust[m])) return 1;
    return 0;
}
