/* The colleague the caller complains of excused to the caller (helper calls22; own sentences in
 * tests/data/tone_more/calls22.tsv): 那位同事当天也很忙 / 她也不是故意的 / 他也挺忙的. 贵阳 T-GSOCCIA
 * 001—2020 §二(二) 2.9 answers a complaint of our staff with apology, improvement and thanks, 不推脱; an
 * excuse for our side is a 禁忌语 呼叫服务员职业标准(试行) 五级 三(一)2 forbids (不用禁忌语).
 *
 *   colleague_excused   (同事 / 那位 / 工作人员 / 她 / 他) + 也 + (很/挺/太) 忙   or   + 不是故意 / 不是有意
 *
 * Not a colleague busy now, said to explain a wait or a callback (同事现在都很忙，请您稍等: no 也, the excuse's
 * "she too"), not the caller's own people excused to calm the caller (孩子也不是故意的: no staff word), not our
 * fault owned (忙不是理由). */
#include "tone_scan.h"

/* Is word i one of our staff, or the she / he a complaint speaks of? */
static int staff_at(scan *sc, size_t i)
{
    return in(sc, i, (list){ "同事", "那位", "这位", "那个", "工作人员", "客服", "坐席", "话务员", "她", "他", "她们", "他们",
                             NULL });
}

/* "She too" excused, spelled across the lexicon's cuts (也很忙 may be one word or three): busy, or no intent. */
static const char *const EXCUSE[] = { "也很忙", "也挺忙", "也太忙", "也忙", "也特别忙", "也比较忙", "也实在太忙", "也是太忙",
                                      "也是很忙", "也是忙", "也够忙", "也不是故意", "也不是有意", "也不是成心", "也不是存心",
                                      "也是无心", "也是无意", NULL };

int tone_colleague_excused(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"也");
    if (question) return 0;
    for (size_t i = a; i < b; i++) {
        if (!staff_at(sc, i)) continue;
        /* the subject, then 也 within two words (她也 / 那位同事当天也 / 他可能也) */
        for (size_t k = i + 1; k < b && k <= i + 3; k++) {
            size_t x = tone_spells_any(sc, k, b, EXCUSE);
            if (x != NONE) return tone_hit(sc, "blame", "替同事开脱（不推脱）", i, x, x);
        }
    }
    return 0;
}
