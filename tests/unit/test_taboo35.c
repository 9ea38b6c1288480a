/* Helper taboo35: the care reading of a clause (cs_words_care_clause, grading/tone_fix34b.c) is blocked by scorn
 * anywhere in the reply, however long the clause that holds it. Before taboo35 each clause was copied into a
 * 192-byte buffer and a longer one was skipped unread, so 降压药千万别自己停 stayed care beside a long clause of
 * 脑子 / 每次 (呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语; 贵阳 T-GSOCCIA 001—2020 §二(三)6). */
#include "harness.h"
#include "lexicon.h"
#include "text_norm.h"
#include "tone_readings.h"
#include "words.h"

#include <stdlib.h>
#include <string.h>

static cs_lexicon *lx;

/* cs_words_care_clause on the first clause of s: 1, 0, or -1 when s could not be read. */
static int first_clause_care(const char *s)
{
    uint32_t *t;
    size_t n = cs_normalize_marked(s, &t);
    unsigned char *starts = malloc(n + 1);
    int r = -1;
    cs_words ws;
    if (starts) {
        cs_lexicon_segment(lx, t, n, starts);
        if (cs_words_build(t, n, starts, &ws) == 0) {
            size_t j = 0;
            while (j < ws.n && ws.v[j].clause == 0) j++;
            r = cs_words_care_clause(&ws, 0, j);
            cs_words_free(&ws);
        }
    }
    free(starts);
    free(t);
    return r;
}

static void test_care_alone(void)
{
    CHECK_INT(first_clause_care("您可千万别自己停药，降压药要按时吃。"), 1);
    CHECK_INT(first_clause_care("您出门千万别着凉。"), 1);
}

/* The scornful clause is well over 192 bytes (three bytes a character): it must be read whole. */
static void test_long_scorn_blocks(void)
{
    static const char *const rude[] = {
        "您可千万别自己停药，上个月药房的师傅跟您在柜台前面一五一十讲得清清楚楚回家以后社区医生上门随访的时候又拿着您的血压本子逐条跟您对了一遍降压药早晚各一片饭后吃药盒子上也用大字写着"
        "您这脑子怎么就是记不住",
        "您出门千万别着凉，我们前台的小姑娘从早上八点开门一直到晚上十点关门都在那儿守着就为了接待街坊邻居们大大小小各种各样的咨询和办理业务的需要您每次来都要"
        "把同一个问题从头到尾再问上好几遍",
        NULL };
    for (size_t i = 0; rude[i]; i++) {
        const char *tail = strstr(rude[i], "，");
        CHECK_MSG(tail && strlen(tail) > 192, "row %zu: its scornful clause is not long", i);
        CHECK_MSG(first_clause_care(rude[i]) == 0, "care read beside long scorn: %s", rude[i]);
    }
}

TEST_MAIN(
    char err[512];
    lx = cs_lexicon_load(CS_JIEBA_DICT, err, sizeof err);
    CHECK_MSG(lx != NULL, "%s", err);
    if (lx) {
        RUN(test_care_alone);
        RUN(test_long_scorn_blocks);
    }
    cs_lexicon_free(lx);
)
