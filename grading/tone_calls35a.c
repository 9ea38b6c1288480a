/* A colleague run down to the caller to excuse a fault (helper calls35a; own sentences in
 * tests/data/tone_more/calls35a.tsv): 刚才那个同事是新来的，业务不熟 / 那个小姑娘是实习生，啥也不懂 /
 * 装机师傅刚来没几天，手艺还不行. 贵阳 T-GSOCCIA 001—2020 §二(二) 2.9 meets a complaint of our staff with
 * apology, improvement and thanks, 不推脱; laying the fault on a colleague's being new or unskilled is the
 * 禁忌语 呼叫服务员职业标准(试行) 五级 三(一)2 forbids (不用禁忌语), the sibling of colleague_excused
 * (tone_colleague_excused.c: 她也很忙).
 *
 *   colleague_run_down   a staff noun (同事 / 客服 / 师傅 / 营业员 / 小姑娘 …), then within four words
 *                        新来的 / 实习生 / 新手 / 业务不熟 / 没经验 / 不专业 / 手艺不行 / 啥也不懂 …
 *
 * Not oneself (我是新来的，业务还不熟: no staff noun — owning one's own pace), not a new colleague
 * introduced (新来的同事小王会上门 / 我们客服新来的同事都经过培训: the words before a noun), not the lapse owned with
 * the 2.9 promise or an apology for our side (……业务不熟给您整误会了，我们一定改进 / 是我们培训没到位，非常抱歉:
 * OWNED; a bare 不好意思 before the excuse is no owning), not conceded or recalled (虽然是新人，但是…; 刚来的时候), not the caller, a
 * pet or a product (no staff noun), not praise (经验很丰富), not a question, not 不是新来的. */
#include "tone_scan.h"

static const char *const STAFF[] = { "同事", "客服", "坐席", "座席", "话务员", "接线员", "工作人员", "营业员",
                                     "师傅", "小姑娘", "小伙子", "专员", NULL };

/* What runs a colleague down: new to the job, or without the skill. */
static const char *const RUN_DOWN[] = { "新来的", "刚来的", "刚来没几天", "刚来不久", "刚来没多久", "实习生", "新手",
                                        "新人", "业务不熟", "业务不太熟", "不熟悉业务", "不太熟悉业务", "业务不精",
                                        "啥也不懂", "什么都不懂", "什么也不懂", "不专业", "不太专业", "没经验",
                                        "没有经验", "没啥经验", "没什么经验", "经验不足", "手艺不行", "手艺还不行",
                                        "水平不行", "水平不够", "能力不行", "不靠谱", NULL };

/* The fault owned with the 2.9 promise (我们一定改进，谢谢您监督): the colleague's lapse named in an apology
 * for our side, not an excuse (seen27's examiner takes 刚才那个同事业务不熟给您整误会了，我们一定改进 as 2.9). */
static const char *const OWNED[] = { "改进", "整改", "加强培训", "加强管理", "抱歉", "对不起", "添麻烦", "没到位",
                                     "我们没做好", "我们的问题", "我们的责任", NULL };

/* The words about a colleague conceded or recalled, not an excuse: 小张虽然是新人，但是特别认真 (praise after the
 * concession), 我们同事刚来的时候也遇到过 (fellow feeling: a time, not a fault) — final35's own sentences. */
static int conceded_or_recalled(scan *sc, size_t a, size_t x, size_t b)
{
    if (find(sc, a, x, (list){ "虽然", "虽说", "尽管", NULL }) < x) return 1;
    if (x + 1 < b && (tone_is(sc, x + 1, "时候") || tone_is(sc, x + 1, "的时候") || tone_spells(sc, x + 1, b, "的时候") != NONE))
        return 1;
    return find(sc, x + 1, b, (list){ "但", "但是", "可是", "不过", NULL }) < b;
}

int tone_colleague_run_down(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    if (tone_in_reply(sc, OWNED)) return 0; /* a check-back may close the sentence (……情况她已经转给我了：……对吗？): the clause decides */
    for (size_t i = a; i < b; i++) {
        if (!in(sc, i, STAFF)) continue;
        for (size_t k = i + 1; k < b && k <= i + 4; k++) {
            size_t x = tone_spells_any(sc, k, b, RUN_DOWN);
            if (x == NONE) continue;
            if (tone_is(sc, k - 1, "不是")) return 0; /* 那位同事不是新来的 */
            if (conceded_or_recalled(sc, a, x, b)) return 0;
            if (x + 1 < b && tone_in_list(sc, x + 1, (list){ "吗", "吧", "么", NULL })) return 0; /* 是新来的吗: asked */
            if (x + 1 < b && (in(sc, x + 1, STAFF) || tone_is(sc, x + 1, "员工"))) return 0; /* 客服新来的同事: who is meant */
            /* no 推 in the label: help that follows (情况她已经转给我了) spares 推诿, never a colleague run down */
            return tone_hit(sc, "blame", "贬低同事（为差错开脱）", i, x, x);
        }
    }
    return 0;
}
