/* 禁忌语 of helper calls33, by class: a curse at the agent's own machine or system with 烂 (这个烂电脑又死机了),
 * the twin of 这破打印机又卡纸了 (tone_scorn_things) — a swear at a thing on the line is still a 口头禅, 禁忌语, and no
 * insult (tests/data/eval/README.md "curses at things"; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅;
 * 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度). Own rows with innocent twins in
 * tests/data/tone_more/calls33.tsv (tests/cli/test_calls33.sh). */
#include "tone_scan.h"

/* 这烂打印机 / 这个烂系统 / 这台烂电脑又卡了: 这 (with its measure word) right before 烂, nobody named in the clause,
 * and the clause tells of a breakdown (又卡住了, 死机了, 老是断) — the agent cursing the machine. 烂尾楼 and 烂摊子 are
 * words of their own (no lone 烂), 运输中烂了 tells what rotted (no 这 before it), and (fix33d) the thing after 烂
 * must be a machine or system of the line: 这个烂苹果又坏了几个 is rotten fruit, not a curse. */
static const char *const MACHINE[] = { "系统", "电脑", "网", "软件", "打印机", "机", "平台", "电话", "耳麦", "耳机",
                                       "鼠标", "键盘", "屏", "服务器", "程序", "设备", "页面", "app", "App", "APP", "线路",
                                       "机器", "玩意", NULL };
int tone_junk_own_thing(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"烂");
    for (size_t i = find(sc, a, b, (list){ "烂", NULL }); i + 1 < b; i = find(sc, i + 1, b, (list){ "烂", NULL })) {
        if (i == a || in(sc, i + 1, (list){ "了", "掉", "透", "的", NULL })) continue;
        size_t near = i > a + 2 ? i - 2 : a;
        if (find(sc, near, i, (list){ "这", "这个", "这台", "这部", "这套", NULL }) == NONE) continue;
        if (find(sc, a, b, &SECOND) != NONE) continue;
        if (!tone_words_hold(sc, i + 1, tone_upto(b, i + 3), MACHINE)) continue;
        if (!cs_words_breakdown_clause(sc->w, sc->w->v[i].clause)) continue;
        return tone_hit(sc, "impatient", "抱怨设备（这烂…）", i, i + 1, i);
    }
    return 0;
}
