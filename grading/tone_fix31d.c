/* Insults of helper fix31d, by class (each fails the call: 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语, §二(四) 4.2;
 * 国家职业技能标准 呼叫中心服务员 (2021) 2.1.2 (1) 文明礼貌; tests/data/eval/README.md: education (没读过书, 文盲) and a
 * dull mind make a word an insult):
 *  - a north-eastern word for a daft mind (彪乎乎, 虎了吧唧) standing as the clause said of the unnamed caller, the
 *    reply going on to say they do not understand (彪乎乎的，这都弄不明白);
 *  - the caller sent back to school, an attack on their education put as advice (不懂就回去多读点书).
 * Own rows with innocent twins in tests/data/tone_more/fix31d.tsv (tests/cli/test_fix31d.sh). */
#include "tone_scan.h"

#include <string.h>

/* Reduplicated north-eastern and northern words for a daft head, as typed (乎/呼/虎 for the same syllable). */
static list DAFT = { "彪乎乎", "彪呼呼", "彪虎虎", "彪了吧唧", "虎了吧唧", "虎啦吧唧", "愣了吧唧", "傻了吧唧", NULL };
/* What may trail the word in its own clause: 的 and particles. */
static list DAFT_TAIL = { "的", "啊", "呀", "吧", "呢", "哦", "啦", "呗", "嘛", "似的", NULL };

/* tone_daft_state_said read over its words joined whole (s). */
static int daft_state_said_text(scan *sc, size_t a, size_t b, const char *s)
{
    const char *r = tone_after_any(s, DAFT);
    if (!r || !tone_only_of(r, DAFT_TAIL)) return 0;
    if (tone_find_cannot(sc, b, sc->w->n) == NONE && find(sc, b, sc->w->n, (list){ "咋的", "是咋的", "咋回事", NULL }) == NONE)
        return 0;
    return tone_hit(sc, "belittle", "辱骂客户（说客户彪、虎）", a, b - 1, a);
}

/* 彪乎乎的，这都听不明白 / 虎了吧唧的，说几遍都不懂: the daft word is its clause (nobody else named in it: 我们家狗彪乎乎的
 * has its subject) and the reply says someone cannot follow — the caller, called daft for it (辱骂客户). */
int tone_daft_state_said(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"彪虎愣傻");
    return tone_read_joined(sc, a, b, daft_state_said_text);
}

/* Going back to where one learns: 回去, 回家, 回学校, 滚回去. */
static list BACK = { "回去", "回家", "回学校", "滚回去", "重新回去", NULL };
/* Words between going back and the study (多, 再, 好好, 重新). */
static list STUDY_LINK = { "多", "再", "好好", "重新", "先", "去", NULL };
/* Schooling: 读书, 上学, 读小学; 多读点书 is the jab even as advice. */
static list STUDY = { "读点书", "念点书", "读书", "念书", "上学", "上小学", "读小学", "重读小学", "重读", "上学堂", "回炉",
                      "补补课", "补课", "学学语文", "学语文", "学学拼音", NULL };
/* Someone else's schooling: a child's, a student's (您孩子回去上学要带的材料). */
static list SCHOOLED = { "孩子", "小孩", "儿子", "女儿", "娃", "学生", "闺女", "孙子", "孙女", "他", "她", "他们", "同学", NULL };

/* 听不懂就回去读书 / 看不明白回去多读点书吧 / 这都不会，回家重读小学吧: the caller sent back to school for not following
 * what the agent says (辱骂客户: the label rule's education attack). Not another's schooling (孩子回去上学), not a sincere
 * question of plans: the reply says the caller cannot follow, or the study is put as "more of it" (多读点书). */
int tone_sent_back_to_school(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"回");
    ANCHORS(sc, a, b, U"书学炉课文音");
    if (tone_in_reply(sc, SCHOOLED)) return 0;
    for (size_t k = find(sc, a, b, BACK); k < b; k = find(sc, k + 1, b, BACK)) {
        char buf[256];
        const char *s = tone_joined(sc, k + 1, b, buf, sizeof buf);
        int more = tone_after_any(s, (list){ "多", NULL }) != NULL;
        for (const char *r = tone_after_any(s, STUDY_LINK); r; r = tone_after_any(s, STUDY_LINK)) s = r;
        const char *e = tone_after_any(s, STUDY);
        if (!e) continue;
        more |= tone_after_any(s, (list){ "读点书", "念点书", NULL }) != NULL;
        if (!more && tone_find_cannot(sc, 0, k) == NONE) continue;
        return tone_hit(sc, "belittle", "辱骂客户（让客户回去读书）", k, b - 1, k);
    }
    return 0;
}

/* ---- 禁忌语: a bare command at the caller (fix31d, review31 class A) ---- */

/* A thing sent or brought to the agent: the direction tail that closes a 把 order (报过来, 交上来, 拿来). */
static list TO_ME = { "过来", "上来", "来", "给我", "过来给我", NULL };
/* What softens an order into a request (请您把…报一下, 麻烦…, …好吗, 您看…). */
static list SOFT = { "请", "请您", "麻烦", "麻烦您", "您看", "建议", "好吗", "可以吗", "行吗", "好不好", "谢谢", "一下", "辛苦", NULL };

/* A question tag that asks leave (…，好吗？ / 可以吗 / 行吗): the lexicon cuts it 好 + 吗, so it is spelled, not
 * looked up as one word (final31). */
static list ASK_LEAVE = { "好吗", "可以吗", "行吗", "好不好", "可不可以", "行不行", NULL };
/* What the caller gets back for it (…拿过来，我们当场给您换 / 我帮你登记): an instruction that leads to our service,
 * no bare order (final31). */
static list OUR_SIDE = { "我们", "我", "咱们", NULL };
static list WE_SERVE = { "给你", "给您", "帮你", "帮您", "为你", "为您", "替你", "替您", NULL };

/* Does a clause after word b say what our side then does for the caller? */
static int service_after(scan *sc, size_t b)
{
    size_t n = sc->w->n, last;
    for (size_t k = find(sc, b, n, OUR_SIDE); k < n; k = find(sc, k + 1, n, OUR_SIDE))
        if (tone_spelled_in(sc, k + 1, n, WE_SERVE, &last) != NONE) return 1;
    return 0;
}

/* Is the order softened: a courtesy word in the reply, a tag asking leave, 您 in its clause (您需要…,
 * 您把…发过来就行), or our service promised after it? */
static int softened(scan *sc, size_t a, size_t b)
{
    size_t last;
    return tone_courteous(sc, a, b) || tone_in_reply(sc, SOFT) || find(sc, a, b, (list){ "您", "您们", NULL }) < b ||
           tone_spelled_in(sc, a, sc->w->n, ASK_LEAVE, &last) != NONE || service_after(sc, b);
}

/* 把身份证号报过来 / 赶紧把材料交上来 / 你必须后天之前来一趟: an order at the caller with no please, no 您 and no
 * question — 命令式 where 贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 asks 请 and 您 (呼叫服务员职业标准(试行) 五级 三(一)2
 * 不用禁忌语). The 把 order opens its clause (我把链接发过来了 is the agent's act, 了 a thing done); 你必须 opens its
 * clause as a statement (你必须本人来吗？ asks). */
int tone_bare_command(scan *sc, size_t a, size_t b, int question)
{
    ANCHORS(sc, a, b, U"把必");
    if (question || softened(sc, a, b)) return 0;
    size_t k = a;
    while (k < b && in(sc, k, (list){ "你", "赶紧", "赶快", "快", "快点", "马上", "现在", "先", NULL })) k++;
    if (k < b && tone_is(sc, k, "把")) {
        size_t end = b;
        while (end > k + 2 && in(sc, end - 1, (list){ "啊", "呀", "吧", "嘛", "哈", NULL })) end--;
        if (end > k + 2 && in(sc, end - 1, TO_ME) && !in(sc, end - 2, (list){ "了", NULL }))
            return tone_hit(sc, "impatient", "命令客户（没有请）", a, end - 1, k);
        return 0;
    }
    if (tone_is(sc, a, "你") && a + 2 < b && in(sc, a + 1, (list){ "必须", "必须得", "必需", NULL }) &&
        find(sc, a, b, CONDITION) == NONE)
        return tone_hit(sc, "impatient", "命令客户（你必须）", a, b - 1, a + 1);
    return 0;
}
