/* The caller's daring taunted (贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度; 国家职业技能标准 呼叫中心服务员
 * 3.1 不用禁忌语): a risk the caller took or asks about answered by mocking their nerve instead of saying the
 * rule and its reason (2.7 explains; a safety warning names the danger). Helper fp17, from its probes of the
 * hunting/fishing, ferry and gas desks (tests/data/tone_more/fp17.tsv).
 *
 *   dare_taunt   猎犬不打疫苗您也敢带进林区？ / 您还敢来？ / 台风天出海，您不要命了吗？ / 你这是不想活了
 *
 * Not 您敢吃辣吗？ (a plain question of taste: no 也/还/竟 before 敢), not the agent's or a third party's
 * nerve (我们也敢保证 / 那些不要命的司机), not a warning (千万别学那些不要命的人). */
#include "tone_scan.h"

/* 也敢 / 还敢 / 竟敢 (one word or two) at i: the nerve of doing it anyway. */
static int dared_anyway(scan *sc, size_t a, size_t i)
{
    if (in(sc, i, (list){ "也敢", "还敢", "竟敢", "都敢", NULL })) return 1;
    return tone_is(sc, i, "敢") && i > a && in(sc, i - 1, (list){ "也", "还", "竟", "竟然", "居然", "都", NULL });
}

/* Is the caller the one in [a, at): 您/你 within four words before at, no 我/我们 and no warning (别, 千万,
 * 不要) between them? */
static int caller_subject(scan *sc, size_t a, size_t at)
{
    size_t from = at > a + 4 ? at - 4 : a;
    size_t you = NONE;
    for (size_t k = from; k < at; k++)
        if (in(sc, k, &SECOND)) you = k;
    if (you == NONE || find(sc, a, at, &FIRST) < at) return 0;
    return find(sc, you + 1, at, (list){ "别", "千万", "不要", "不能", "切勿", "那些", "这些", NULL }) == NONE;
}

int tone_dare_taunt(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"敢命活死");
    for (size_t i = a; i < b; i++) {
        if (question && dared_anyway(sc, a, i) && caller_subject(sc, a, tone_is(sc, i, "敢") ? i - 1 : i))
            return tone_hit(sc, "rhetorical", "反问客户（您也敢…？）", a, b - 1, i);
        size_t last = NONE;
        if (in(sc, i, (list){ "不要命", "不想活", "不怕死", NULL })) last = i;
        else if (tone_is(sc, i, "不要") && i + 1 < b && tone_is(sc, i + 1, "命")) last = i + 1;
        else if (tone_is(sc, i, "不想") && i + 1 < b && in(sc, i + 1, (list){ "活", "活了", NULL })) last = i + 1;
        if (last != NONE && caller_subject(sc, a, i) && !cs_words_help_after(sc->w, last))
            return tone_hit(sc, question ? "rhetorical" : "sarcasm", question ? "反问客户（不要命了吗）" : "挖苦客户（不要命了）", i, last, i);
    }
    return 0;
}
