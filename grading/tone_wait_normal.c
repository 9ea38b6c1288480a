/* The caller's wait waved off as normal: 排队很正常的 / 等一会儿是正常的 / 高峰期占线挺正常 said to a caller
 * who complains of the wait. 2.16 answers that complaint with an apology (非常抱歉！让您久等了！, 贵阳
 * T-GSOCCIA 001—2020 §二(二) 2.16; 2.15 for a line hard to get through, its cause given with 深表歉意);
 * calling the wait normal tells the caller the complaint is no matter, a 禁忌语 of tone (§二(三)6 注意通话语气和
 * 态度; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅), whatever apology came before it.
 * Left alone: the caller's feeling called normal (您等了这么久，着急是很正常的: empathy, 2.12), the line back to
 * normal (排队已经恢复正常了), a question (排队正常吗), a denial (这样等是不正常的), and the words followed by an
 * apology or help (排队多是正常现象，非常抱歉让您久等了, …我马上帮您办). Helper calls32a. */
#include "tone_scan.h"

/* what the caller waited through */
static const char *const WAIT[] = { "排队", "排号", "等", "等待", "等候", "久等", "占线", "打不进", "打不进来", "打不通",
                                    "难打", "难打通", NULL };
/* the judgement's lead: 很 / 挺 / 也 / 是 … before 正常 (not 恢复正常, 运行正常: a state, no judgement) */
static const char *const JUDGED[] = { "很", "挺", "也", "是", "都", "太", "再", "蛮", "特别", "非常", "完全", "属于", "算", NULL };
/* a feeling of the caller's between the wait and 正常: that feeling is what is called normal */
static const char *const FEELING[] = { "着急", "急", "生气", "不满", "心情", "烦", "烦躁", "担心", "焦虑", "难受", "不高兴",
                                       "有意见", "抱怨", NULL };
/* what may close the clause after 正常 (的, 嘛, 哈 …) */
static const char *const CLOSE[] = { "的", "嘛", "啊", "呀", "哈", "啦", "了", "哦", "噻", "嘞", "现象", "情况", "的事", NULL };

/* An apology or help after word k of the reply softens the words (the cause explained, then owned). */
static int owned_after(scan *sc, size_t k)
{
    if (cs_words_help_after(sc->w, k)) return 1;
    return find(sc, k + 1, sc->w->n, APOLOGY) < sc->w->n;
}

int tone_wait_called_normal(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"正");
    if (question) return 0;
    size_t wait = find(sc, a, b, WAIT);
    size_t ok = wait < b ? find(sc, wait + 1, b, (list){ "正常", NULL }) : NONE;
    if (ok >= b || !in(sc, ok - 1, JUDGED) || find(sc, wait + 1, ok, FEELING) < ok) return 0;
    if (find(sc, wait + 1, ok, &NEG) < ok) return 0;   /* 这样等是不正常的 */
    /* 伤口疼，等一两天是正常的，您不用担心: a bare 等 not said to be the caller's (您等, 等了, 等这么久) with comfort
     * after it is a recovery or a process reassured, not the caller's queue waved off */
    if (tone_is(sc, wait, "等") && !(wait > a && in(sc, wait - 1, &SECOND)) &&
        !(wait + 1 < b && in(sc, wait + 1, (list){ "了", "这么", "那么", "半天", "很久", "好久", "太久", "这么久", NULL })) &&
        find(sc, ok, sc->w->n, (list){ "担心", "放心", "请放心", "不用担心", "别担心", NULL }) < sc->w->n)
        return 0;
    for (size_t k = ok + 1; k < b; k++)
        if (!in(sc, k, CLOSE)) return 0;
    if (owned_after(sc, b - 1)) return 0;
    return tone_hit(sc, "dismissive", "轻视客户的等待（排队很正常）", wait, ok, ok);
}
