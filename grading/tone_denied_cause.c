/* Innocent readings helper fpprobe found the grader missing on its own probes
 * (tests/data/tone_more/fpprobe.tsv, ten desks unlike telecom and e-commerce): a fault of the
 * caller's named only to be denied with its real cause given, a curse character the lexicon left
 * glued inside a word it does not know, and waste named as waste. Each is a reading of the words,
 * not a list of sentences; declared in words.h (block fpprobe).
 *
 * Clauses: 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语 and 贵阳 T-GSOCCIA 001—2020 §二(三)6,
 * §二(二)2.1 judge words said AT the caller; a denial of the caller's fault with its cause put on a
 * thing or on the desk is the reassurance of §二(二)2.12 (安抚) and the correction of 2.14 in spirit. */
#include "tone_readings.h"

#include <string.h>

static const char *const YOU[] = { "你", "您", "你们", "您们", "你自己", "您自己", "你的", "您的", "你这", "您这", NULL };

/* Does word k open a denial of what follows it (不是 / 并不是 / 没人 / 没有人 …)? */
static int denial_opener(const cs_words *w, size_t k)
{
    static const char *const deny[] = { "不是", "并不是", "并非", "倒不是", "也不是", "绝不是", "绝对不是", "没人", "没有人",
                                        "谁也没", "谁都没", NULL };
    if (cs_word_in(w->v[k].w, deny)) return 1;
    /* 没 / 没有 cut off from their 人 (没|人|说您…): nobody said it */
    return k + 1 < w->n && w->v[k + 1].clause == w->v[k].clause &&
           cs_word_in(w->v[k].w, (const char *const[]){ "没", "没有", NULL }) && strcmp(w->v[k + 1].w, "人") == 0;
}

/* The clause after c, or the rest of c after 而是, puts the cause elsewhere: a word of cause within
 * its first three words, not followed by the caller (是你自己的问题 puts it back on the caller), and
 * no unwillingness of the agent's (是懒得给你办 only says the refusal again). */
static int cause_elsewhere(const cs_words *w, size_t c, size_t from)
{
    static const char *const cause[] = { "是", "而是", "是因为", "因为", "只是", "主要是", "其实是", "都是", "错在", "原因是",
                                         "问题在", "问题出在", "实际上是", NULL };
    static const char *const unwilling[] = { "懒得", "不想", "不愿意", "不愿", "没空", "没时间", "烦", "嫌", NULL };
    /* 而是 later in clause c, else the first word of the clause right after it */
    size_t start = from;
    while (start < w->n && w->v[start].clause == c && strcmp(w->v[start].w, "而是") != 0) start++;
    if (start >= w->n || (w->v[start].clause != c && w->v[start].clause != c + 1)) return 0;
    size_t cc = w->v[start].clause;
    for (size_t j = start; j < w->n && w->v[j].clause == cc; j++)
        if (cs_word_in(w->v[j].w, unwilling)) return 0;
    for (size_t j = start, n = 0; j < w->n && w->v[j].clause == cc && n < 3; j++, n++) {
        if (!cs_word_in(w->v[j].w, cause)) continue;
        return !(j + 1 < w->n && w->v[j + 1].clause == cc && cs_word_in(w->v[j + 1].w, YOU));
    }
    return 0;
}

/* Does the denial at word k say nobody said or thought it (没人说 / 没有人觉得 / 谁也没怪)? */
static int nobody(const cs_words *w, size_t k)
{
    static const char *const verb[] = { "说", "说过", "讲", "讲过", "觉得", "认为", "怪", "嫌", NULL };
    size_t v = k + 1;
    if (cs_word_in(w->v[k].w, (const char *const[]){ "没", "没有", NULL })) v++;   /* 没|人 */
    else if (!cs_word_in(w->v[k].w, (const char *const[]){ "没人", "没有人", "谁也没", "谁都没", NULL })) return 0;
    return v < w->n && w->v[v].clause == w->v[k].clause && cs_word_in(w->v[v].w, verb);
}

int cs_words_fault_denied(const cs_words *w, size_t first)
{
    /* what may stand between the denial and the fault: who said it, and the caller named */
    static const char *const between[] = { "人", "说", "说过", "讲", "讲过", "觉得", "认为", "怪", "嫌", "说是", "是", "不",
                                           "在", "正在", NULL };
    if (!w || first >= w->n) return 0;
    /* fix15u: 没人说您笨，大家心里都清楚 — the next clause approves it again (words.h) */
    if (cs_words_denial_undone(w, first)) return 0;
    size_t c = w->v[first].clause;
    /* 不是你记错了吗: asked, the denial is rhetorical and the fault is meant */
    if (w->question && w->question[c]) return 0;
    for (size_t k = first, n = 0; k-- > 0 && w->v[k].clause == c && n < 6; n++) {
        if (!denial_opener(w, k)) continue;
        /* the caller named, or a refusal denied (不是不给您办), between the denial and the fault */
        int aimed = 0, plain = 1;
        for (size_t j = k + 1; j <= first && plain; j++) {
            if (cs_word_in(w->v[j].w, YOU)) aimed = 1;
            else if (j == k + 1 && strcmp(w->v[j].w, "不") == 0) aimed = 1;
            else if (j < first && !cs_word_in(w->v[j].w, between)) plain = 0;
        }
        if (!plain || !aimed) return 0;
        /* 没有人说您是在找茬: nobody said it, a denial whole in itself; 不是您X needs the cause after
         * it (不是你X是什么 turns it round) */
        return (nobody(w, k) && k + 2 <= first) || cause_elsewhere(w, c, first + 1);
    }
    return 0;
}

int cs_words_glued_syllable(const cs_words *w, size_t i)
{
    /* the one who curses or is cursed, and the words a curse character follows as a curse */
    static const char *const person[] = { "我", "你", "您", "他", "她", "它", "卧", "日", "靠", "草", "艹", "真", "就", "去",
                                          "妈", "娘", "爹", "你妈", "他妈", "尼玛", "老子", "大爷", "蛋", NULL };
    if (!w || i == 0 || i + 1 >= w->n) return 0;
    const cs_word *prev = &w->v[i - 1], *next = &w->v[i + 1];
    if (prev->clause != w->v[i].clause || next->clause != w->v[i].clause) return 0;
    /* a lone character between words of its clause (实|操|部分, 结果实|操|没练够), the word before it
     * ending in no person (我操, 他妈的操): the lexicon cut a word it does not know */
    if (w->v[i].e - w->v[i].s != 1 || cs_word_in(prev->w, person)) return 0;
    size_t n = strlen(prev->w);
    if (n >= 3 && cs_word_in(prev->w + n - 3, person)) return 0;
    return !cs_word_in(next->w, person) && !cs_word_in(next->w, YOU);
}

int cs_words_waste_named(const cs_words *w, size_t i)
{
    /* a kind of waste (大件废物, 建筑废物) or what is done with it (清运, 投放, 放到 …) */
    static const char *const kind[] = { "大件", "建筑", "装修", "电子", "医疗", "危险", "工业", "生活", "固体", "有害",
                                        "厨余", "可回收", "其他", "家具", "废旧", NULL };
    static const char *const handle[] = { "清运", "运走", "清理", "处理", "回收", "投放", "堆放", "放到", "放在", "丢弃",
                                          "分类", "收集", "请放", "统一", "清运点", "堆", "放", NULL };
    static const char *const waste[] = { "废物", "垃圾", "废品", "废料", NULL };
    if (!w || i >= w->n || !cs_word_in(w->v[i].w, waste)) return 0;
    size_t c = w->v[i].clause;
    for (size_t k = i; k-- > 0 && w->v[k].clause == c;)
        if (cs_word_in(w->v[k].w, YOU)) return 0;
    if (i > 0 && w->v[i - 1].clause == c && cs_word_in(w->v[i - 1].w, kind)) return 1;
    for (size_t k = i + 1; k < w->n && w->v[k].clause == c; k++)
        if (cs_word_in(w->v[k].w, handle)) return 1;
    return 0;
}
