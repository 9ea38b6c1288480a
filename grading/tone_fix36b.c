/* The caller's own word about themself quoted back in care (tone_fix36b.h, helper fix36b). */
#include "tone_fix36b.h"

#include "grading_util.h"

#include <string.h>

/* Words that may stand between 您说您 and the word judged: a copula, a count, a degree, a modifier of the word
 * (科技白癡, 笨手笨脚的: any one word of one or two characters that asks and denies nothing). */
static int plain_between(const char *x)
{
    static const char *const deny[] = { "不", "没", "是不是", "是否", "吗", "么", "啥", "什么", "怎么", "多", "你", "您",
                                         "我", "我们", NULL };
    size_t n = strlen(x);
    if (n == 0 || n > 6) return 0;
    for (size_t k = 0; deny[k]; k++)
        if (strstr(x, deny[k])) return 0;
    return 1;
}

/* Is there, in a clause after c, a word of comfort that is no question (没关系 / 不要紧 / 别担心 / 不怪您 / 慢慢来)? */
static int comfort_after(const cs_words *w, size_t c)
{
    static const char *const comfort[] = { "没关系", "沒關係", "不要紧", "不要緊", "没事", "沒事", "别担心", "別擔心",
                                           "别着急", "別著急", "不怪您", "不怪你", "不是您的错", "不是你的错", "慢慢来", "慢慢來",
                                           "很正常", "很常见", NULL };
    char buf[256];
    for (size_t k = 1; k < w->n; k++) {
        size_t d = w->v[k].clause;
        if (d <= c || d == w->v[k - 1].clause || (w->question && w->question[d])) continue;
        if (!cs_words_spell(w, k, d, buf, sizeof buf)) continue;
        for (size_t m = 0; comfort[m]; m++)
            if (strstr(buf, comfort[m])) return 1;
    }
    return 0;
}

/* From word k back: the frame 您 (time words) 说/讲/觉得 您, its second 您 at k. */
static int frame_before(const cs_words *w, size_t k)
{
    static const char *const you[] = { "你", "您", NULL };
    static const char *const speak[] = { "说", "說", "讲", "講", "觉得", "覺得", "认为", "認為", "说过", "说了", NULL };
    static const char *const when[] = { "刚才", "剛才", "刚刚", "剛剛", "之前", "一直", "总", "总是", "老", "老是", "也", "还", NULL };
    if (k < 2 || !cs_word_in(w->v[k].w, you) || !cs_word_in(w->v[k - 1].w, speak)) return 0;
    size_t j = k - 2;
    while (j > 0 && w->v[j].clause == w->v[k].clause && cs_word_in(w->v[j].w, when)) j--;
    return w->v[j].clause == w->v[k].clause && cs_word_in(w->v[j].w, you) &&
           (j == 0 || w->v[j - 1].clause != w->v[k].clause);
}

int cs_fix36b_self_quoted(const cs_words *w, size_t i)
{
    if (!w || i == 0 || i >= w->n) return 0;
    size_t c = w->v[i].clause;
    if (w->question && w->question[c]) return 0;
    /* back from i over at most four plain words, into the clause before only when i's clause opens with the quote */
    int crossed = 0;
    for (size_t k = i, gap = 0; k-- > 0 && gap < 5; gap++) {
        if (w->v[k].clause != c) {
            if (crossed++ || w->v[k].clause + 1 != c || (w->question && w->question[w->v[k].clause])) return 0;
            c = w->v[k].clause;   /* 您說您是 | 科技白癡: the quoted word opens the next clause */
        }
        if (frame_before(w, k)) return comfort_after(w, w->v[i].clause);
        if (!plain_between(w->v[k].w)) return 0;
    }
    return 0;
}
