/* Helper taboo36: 禁忌语 and insults fresh writers typed that no rule read, by structure and stance (own sentences
 * with innocent twins in tests/data/tone_more/taboo36.tsv).
 *
 *   claim_retorted     the caller's claim on our service met by a retort about who they are: 我凭啥给您查, 这是单位
 *                      不是您家开的, 要不您来坐我这位置 (反问客户; 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语;
 *                      贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度) — not the caller's question quoted back to be
 *                      answered (您可能想问我们凭什么收这笔费，是因为…), not 凭 + a document (凭身份证就能办)
 *   patience_announced the agent announcing the end of their patience: 我最后说一遍, 我已经很耐心了好吧 (不耐烦; 五级
 *                      三(一)2; §二(三)6) — not the agent reading back for the caller (我最后再跟您核对一遍地址), not the
 *                      caller's patience thanked (您已经很耐心了，谢谢您)
 *   poverty_guessed    the caller's haste or care put down to being broke, asked as a guess: 是不是家里揭不开锅了？,
 *                      是手头很紧吧？ (讽刺客户; 五级 三(一)2; §二(三)6) — not a condition with help (如果您手头紧，可以
 *                      申请分期), not a guess with help or comfort after it (是不是最近手头紧？我帮您申请延期)
 *   understanding_denied the caller told beforehand that they will not understand, in any region's verb: 跟您讲您也
 *                      整不明白, 说了你也弄不懂 (居高临下; 五级 三(一)2; §二(三)6) — not comfort (跟您说了您也不用急)
 *   beast_easier       talking to a beast or a wall called easier than talking to the caller: 跟牲口说话都比跟你省劲
 *                      (辱骂客户: the caller ranked below a beast; 贵阳 §二(二) 2.1, §二(四) 4.2 fails the call) */
#include "tone_scan.h"
#include "grading_util.h"

#include "text_norm.h"

#include <stdlib.h>
#include <string.h>

/* Particles and marks that may close a clause after the deciding words. */
static list CLOSING = { "了", "啦", "啊", "呀", "哈", "嘞", "喽", "咯", "吧", "哦", "呢", "嘛", "的", "吗", "么", "哟", "噻",
                        "咧", "哩", "嘅", "啰", "好吧", "好不好", "行吧", "行不行", "知道吧", "懂吧", "？", "?", "！", "!",
                        "。", "…", "~", NULL };

/* The agent as subject (我, 我们, 咱, 俺). */
static list AGENT = { "我们", "咱们", "俺们", "我", "咱", "俺", NULL };

/* The caller addressed (你, 您 and the regions' forms). */
static list CALLER = { "你们", "您们", "你", "您", "侬", "恁", "妳", NULL };

/* Does the text of s before p end with one of l? */
static int ends_before(const char *s, const char *p, const char *const *l)
{
    for (size_t k = 0; l[k]; k++) {
        size_t n = strlen(l[k]);
        if ((size_t)(p - s) >= n && strncmp(p - n, l[k], n) == 0) return 1;
    }
    return 0;
}

/* 凭啥 / 凭什么 with the agent right before or after it: 我凭啥给您查, 凭什么我们赔. Not the caller's question quoted
 * (问 / 想 / 疑问 before it), not answered in the reply (因为 / 原因 / 依据 after it: the agent explains). */
static const char *why_should_we(const char *s, const char *whole, size_t *end)
{
    static list why = { "凭什么", "凭啥子", "凭啥", "凭嘛", "凭甚么", "凭甚", "凭咩", "凭乜", NULL };
    static list quoted = { "问", "想", "疑问", "疑惑", "纳闷", "知道", "觉得", "怀疑", NULL };
    /* 凭的是 / 凭的就是: the agent answering its own question with the caller's standing (凭的就是您的老用户积分) */
    static list answered = { "因为", "原因", "依据", "根据", "按照", "规定是", "凭的是", "凭的就是", "凭的正是", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, why, &len);
    if (!p || tone_holds_before(s, p, quoted) || tone_holds(p, answered) || tone_holds(whole, answered)) return NULL;
    if (!ends_before(s, p, AGENT) && !tone_after_any(p + len, AGENT)) return NULL;
    *end = (size_t)(p - s) + len;
    return p;
}

/* 这是正规单位，不是您家开的 / 又不是你家开的: the line told it is not the caller's own shop, closing the clause;
 * not asked (…不是您家开的吗？我看店主登记的是您: a question of fact). */
static const char *not_your_shop(const char *s, size_t *end)
{
    static list shop = { "不是你家开的", "不是您家开的", "不是你们家开的", "不是你开的", "不是您开的", "不是侬屋里开的",
                         "不是恁家开的", NULL };
    static list closing = { "了", "啊", "呀", "吧", "哈", "嘛", "哦", "！", "!", "。", "…", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, shop, &len);
    if (!p || !tone_only_of(p + len, closing)) return NULL;
    *end = (size_t)(p - s) + len;
    return p;
}

/* 要不您来坐我这位置 / 你来干我这工作试试 / 你行你上: the caller dared to take the agent's own seat or job. */
static const char *take_my_seat(const char *s, size_t *end)
{
    static list dare = { "你行你上", "您行您上", "你行你来", "您行您来", NULL };
    static list sit = { "来坐", "来干", "来做", "来当", "坐", "干", "做", "当", NULL };
    static list mine = { "我这个", "我这", "我的", "我", NULL };
    static list seat = { "位置", "位子", "座位", "岗位", "工作", "客服", "差事", NULL };
    /* 要不你来当客服 / 不如您来做客服: the caller bidden, after a word of proposal, to do the agent's work — not to take
     * the phone (要不您来接电话吧，让您先生歇会儿 hands it over in the household) */
    static list propose = { "要不然", "要不", "不如", "换", NULL };
    static list work = { "来当客服", "来做客服", "来干客服", "当客服", "做客服", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, dare, &len);
    if (p) {
        *end = (size_t)(p - s) + len;
        return p;
    }
    for (const char *q = s; (q = tone_earliest(q, CALLER, &len)); q += len) {
        const char *e = ends_before(s, q, propose) ? tone_after_any(q + len, work) : NULL;
        if (e) {
            *end = (size_t)(e - s);
            return q;
        }
    }
    for (const char *q = s; (q = tone_earliest(q, CALLER, &len)); q += len) {
        const char *r = tone_after_any(q + len, sit);
        r = r ? tone_after_any(r, mine) : NULL;
        const char *e = r ? tone_after_any(r, seat) : NULL;
        if (e) {
            *end = (size_t)(e - s);
            return q;
        }
    }
    return NULL;
}

static int claim_retorted_text(scan *sc, size_t a, size_t b, const char *s)
{
    /* a job offered in earnest (您这么有耐心，不如来当客服，我们在招人), or a seat lent for a day at an open day
     * (下周您来坐我的位置体验一天，这是开放日的活动) */
    static list hiring = { "招聘", "招人", "应聘", "简历", "面试", "开放日", "体验", "活动", "报名", NULL };
    size_t end = 0;
    char *whole = tone_joined_whole(sc, 0, sc->w->n);
    if (!whole) return 0;
    const char *p = why_should_we(s, whole, &end);
    if (!p) p = not_your_shop(s, &end);
    if (!p && !tone_holds(whole, hiring)) p = take_my_seat(s, &end);
    free(whole);
    if (!p) return 0;
    return tone_hit_span(sc, "rhetorical", "反问客户（凭什么…/不是您家开的）", a, b, s, p, s + end);
}

/* tone_claim_retorted over the words [a, b) joined whole. */
int tone_claim_retorted(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"凭家坐干做当行位岗工客");
    return tone_read_joined(sc, a, b, claim_retorted_text);
}

/* 我最后说一遍 / 最后讲一次啊: the last repetition announced, closing the clause, nothing before it but the agent and
 * a frame word (那, 好, 听好). Not with the caller as one it is done for (我最后再跟您核对一遍 reads back). */
static const char *last_time(const char *s, size_t *end)
{
    static list last = { "最后说一遍", "最后讲一遍", "最后说一次", "最后讲一次", "最后说1遍", "最后讲1遍", "最后说1次",
                         "最后讲1次", "最后再说一遍", "最后再讲一遍", "最后再说1遍", "最后再讲1遍", "说最后一遍",
                         "讲最后一遍", "说最后1遍", "讲最后1遍", "最后说一回", "最后讲一回", "最后說一遍", "最後說一遍",
                         NULL };
    static list frame = { "我们", "我", "俺", "咱", "那", "好", "行", "听好", "听着", "就", "再", "现在", "哎", "唉", "嗯",
                          NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, last, &len);
    if (!p || !tone_only_of(p + len, CLOSING)) return NULL;
    char pre[128];
    size_t n = (size_t)(p - s);
    if (n >= sizeof pre) return NULL;
    memcpy(pre, s, n);
    pre[n] = '\0';
    if (!tone_only_of(pre, frame)) return NULL;
    *end = n + len;
    return p;
}

/* 我已经很耐心了好吧 / 我够客气了: the agent's own patience declared spent — the agent right before, a word of degree
 * between, 了 after, the clause closing. Not the caller's patience (您已经很耐心了), not a manner (很耐心地讲了三遍). */
static const char *patience_spent(const char *s, size_t *end)
{
    static list spent = { "耐心了", "有耐心了", "客气了", "好声好气了", "忍了很久了", NULL };
    static list degree = { "已经", "都", "真的", "真", "是", "够", "很", "非常", "十分", "相当", "这么", "那么", "够有", "很有",
                           "非常有", "太", "特别", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, spent, &len);
    if (!p || !tone_only_of(p + len, CLOSING)) return NULL;
    /* read back over the words of degree to the agent; at least one of them */
    const char *q = p;
    int steps = 0;
    for (int moved = 1; moved;) {
        moved = 0;
        for (size_t k = 0; degree[k] && !moved; k++) {
            size_t n = strlen(degree[k]);
            if ((size_t)(q - s) >= n && strncmp(q - n, degree[k], n) == 0) {
                q -= n;
                moved = 1;
                steps++;
            }
        }
    }
    if (!steps || !ends_before(s, q, AGENT)) return NULL;
    *end = (size_t)(p - s) + len;
    return q;
}

/* Does the rest of the reply after the clause [a, b) give the thing repeated — a time, a place, a number, a step —
 * with no dismissal of the caller in it? 我最后说一遍。周三上午十点，带身份证到三号窗口 is a read-back; 我最后说一遍，
 * 听不懂就算了 is not. */
static int content_follows(scan *sc, size_t b)
{
    static list content = { "点", "号", "窗口", "带", "到", "地址", "号码", "电话", "时间", "上午", "下午", "周", "星期",
                            "记一下", "记好", "请", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", NULL };
    static list dismiss = { "算了", "不管", "听不懂", "别再", "别问", "自己看", "爱听不听", "随便", "不说了", NULL };
    if (b >= sc->w->n) return 0;
    char *rest = tone_joined_whole(sc, b, sc->w->n);
    if (!rest) return 0;
    int ok = tone_holds(rest, content) && !tone_holds(rest, dismiss);
    free(rest);
    return ok;
}

/* 我够有耐心了吗？您觉得哪里不满意请一定告诉我: the agent asking whether it was patient enough and inviting the
 * caller's word — a self-check, not a patience declared spent. */
static int patience_asked(scan *sc, const char *s, size_t end)
{
    static list asked = { "吗", "么", NULL };
    static list invite = { "告诉我", "不满意", "指出", "提意见", "多包涵", "请您", NULL };
    return tone_after_any(s + end, asked) && tone_words_hold(sc, 0, sc->w->n, invite);
}

static int patience_announced_text(scan *sc, size_t a, size_t b, const char *s)
{
    size_t end = 0;
    const char *p = last_time(s, &end);
    if (p && content_follows(sc, b)) return 0;
    if (p == NULL && (p = patience_spent(s, &end)) && patience_asked(sc, s, end)) return 0;
    if (!p) return 0;
    return tone_hit_span(sc, "impatient", "不耐烦（我最后说一遍）", a, b, s, p, s + end);
}

/* tone_patience_announced over the words [a, b) joined whole. */
int tone_patience_announced(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"最耐客好忍");
    return tone_read_joined(sc, a, b, patience_announced_text);
}

/* 您这么着急，是不是家里揭不开锅了？ / 是手头很紧吧？: the caller's being broke guessed (是 / 是不是 / 怕不是 before it)
 * and asked (吧 / 吗 / ？ after it). Not a condition (如果您手头紧…), not with help, comfort or a remedy anywhere in the
 * reply (是不是手头紧？我帮您申请延期): that guess is care. */
static int poverty_guessed_text(scan *sc, size_t a, size_t b, const char *s)
{
    /* the person's purse, never an account's (是不是卡里没钱了？ asks of a card); not 手头不方便, which also means
     * busy (您是不是手头不方便？要不您先忙) */
    static list broke = { "揭不开锅", "手头很紧", "手头紧", "手头太紧", "手头有点紧", "手头不宽裕", "穷得",
                          "吃不上饭", "兜里没钱", "囊中羞涩", NULL };
    static list guess = { "是不是", "是", "怕不是", "莫不是", "莫非", "难不成", "该不会", NULL };
    static list asked = { "吧", "吗", "么", "嘛", "？", "?", NULL };
    static list cond = { "如果", "要是", "假如", "万一", "的话", "若", NULL };
    static list care = { "帮您", "帮你", "为您", "给您", "可以", "申请", "分期", "延期", "减免", "补助", "缓交", "缓缴", "没关系", "先忙", "晚点",
                         "再打", "回头", "稍后",
                         "别担心", "不用担心", "理解", "放心", "抱歉", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, broke, &len);
    if (!p || !tone_holds_before(s, p, guess) || tone_holds(s, cond)) return 0;
    if (!tone_holds(p + len, asked) && !sc->w->question[sc->w->v[a].clause]) return 0;
    if (tone_words_hold(sc, 0, sc->w->n, care) || cs_words_help_after(sc->w, 0)) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（猜客户缺钱）", a, b, s, p, p + len);
}

/* tone_poverty_guessed over the words [a, b) joined whole. */
int tone_poverty_guessed(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"揭手穷吃兜囊");
    return tone_read_joined(sc, a, b, poverty_guessed_text);
}

/* Does the text of s before p end with a word of speak, only words of frame before that, and the caller there only
 * after one of with? */
static int spoken_by_agent(const char *s, const char *p, const char *const *speak, const char *const *frame,
                           const char *const *with)
{
    char pre[128];
    size_t n = (size_t)(p - s);
    if (n >= sizeof pre) return 0;
    memcpy(pre, s, n);
    pre[n] = '\0';
    for (size_t k = 0; speak[k]; k++) {
        size_t l = strlen(speak[k]);
        if (n < l || strcmp(pre + n - l, speak[k]) != 0) continue;
        pre[n - l] = '\0';
        return tone_only_of(pre, frame) && (!tone_holds(pre, CALLER) || tone_holds(pre, with));
    }
    return 0;
}

/* 跟您讲您也整不明白 / 说了你也弄不懂: a speech verb, the caller, 也, then a region's verb of not grasping closing the
 * clause — the caller told beforehand they will not understand. Not a denial of it (不是说您也不懂). */
static int understanding_denied_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list speak = { "讲了", "说了", "解释了", "讲", "说", "解释", "掰扯", "唠", NULL };
    static list also = { "也", "都", NULL };
    static list verb = { "整", "弄", "搞", "闹", "听", "想", "看", "学", "理解", "", NULL };
    static list grasp = { "不明白", "不懂", "不会", "不清楚", "不灵清", "不过来", NULL };
    /* before the speech verb: the agent, or the caller only as the one spoken to (跟您讲 — 您说您也不会 is the caller's
     * own word restated) */
    static list frame = { "跟", "和", "给", "同", "对", "我们", "我", "就算", "就", "即使", "再", "那", "好", "你", "您", "侬",
                          NULL };
    static list with = { "跟", "和", "给", "同", "对", NULL };
    size_t len = 0;
    for (const char *q = s; (q = tone_earliest(q, CALLER, &len)); q += len) {
        const char *r = tone_after_any(q + len, also);
        if (!r || !spoken_by_agent(s, q, speak, frame, with)) continue;
        for (size_t k = 0; verb[k]; k++) {
            size_t n = strlen(verb[k]);
            if (strncmp(r, verb[k], n) != 0) continue;
            const char *e = tone_after_any(r + n, grasp);
            if (e && tone_only_of(e, CLOSING)) return tone_hit_span(sc, "lecture", CS_TONE_CONDESCENDED, a, b, s, q, e);
        }
    }
    return 0;
}

/* tone_understanding_denied over the words [a, b) joined whole. */
int tone_understanding_denied(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"也都");
    return tone_read_joined(sc, a, b, understanding_denied_text);
}

/* After the caller in 比跟你…: an optional talk verb, then a word of ease closing the clause (…比跟你讲省事). Not the
 * caller's own thinking, self or home after it (比跟您想象中容易, 比跟你自己憋着强: a comparison for the caller's
 * good). Returns the end of the word of ease, or NULL. */
static const char *easier_closing(const char *e, const char *const *talk)
{
    static list theirs = { "想", "自己", "家", NULL };
    static list ease = { "省劲", "省事", "省心", "省力", "强", "容易", "轻松", "简单", "通", "有用", "管用", "快", "好", NULL };
    static list more = { "得多", "多了", "一些", "些", "多", NULL };
    if (tone_after_any(e, theirs)) return NULL;
    const char *v = tone_after_any(e, talk);
    const char *r = tone_after_any(v ? v : e, ease);
    if (!r) return NULL;
    const char *m = tone_after_any(r, more);
    return tone_only_of(m ? m : r, CLOSING) ? r : NULL;
}

/* 跟牲口说话都比跟你省劲 / 和墙讲理也比和您讲强: talking to a beast or a wall said to be easier than to the caller — the
 * caller ranked below it (辱骂客户). Not a beast talked of without the caller (跟牛说话比跟人说话放松). */
static int beast_easier_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list with = { "跟", "和", "对", "同", NULL };
    static list beast = { "牲口", "畜生", "畜牲", "猪", "狗", "驴", "牛", "羊", "猴子", "木头", "石头", "墙", "鬼", NULL };
    static list talk = { "说话", "讲话", "讲理", "沟通", "交流", "说", "讲", "聊", "解释", NULL };
    static list also = { "都", "也", "还", NULL };
    size_t len = 0;
    for (const char *q = s; (q = tone_earliest(q, with, &len)); q += len) {
        const char *r = tone_after_any(q + len, beast);
        r = r ? tone_after_any(r, talk) : NULL;
        if (!r) continue;
        const char *t = tone_after_any(r, also);
        t = tone_after_any(t ? t : r, (list){ "比", NULL });
        t = t ? tone_after_any(t, with) : NULL;
        const char *e = t ? tone_after_any(t, CALLER) : NULL;
        e = e ? easier_closing(e, talk) : NULL;
        if (e) return tone_hit_span(sc, "belittle", "辱骂客户（不如牲口）", a, b, s, q, e);
    }
    return 0;
}

/* tone_beast_easier over the words [a, b) joined whole. */
int tone_beast_easier(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"比");
    return tone_read_joined(sc, a, b, beast_easier_text);
}

/* 你念过初中没有 / 您上过小学吗 / 你读过几天书啊: the caller's schooling asked about as a bare yes-no question, the
 * caller its subject — an attack on their education (辱骂客户, tests/data/eval/README.md's education attack; 贵阳
 * §二(二) 2.1, §二(四) 4.2). Not with 请问 or a reason of enrolment, a job or a form anywhere in the reply (请问您念过
 * 初中吗？报名需要初中学历), not a third person's (您孩子读过幼儿园没有). */
static int schooling_questioned_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list frame = { "是不是", "到底", "究竟", "是", "就", "真", NULL };
    static list study = { "念过", "读过", "上过", "念了", "读了", "上了", NULL };
    static list spell = { "几天", "几年", "一天", "1天", "", NULL };
    static list school = { "小学", "初中", "高中", "中学", "大学", "幼儿园", "学", "书", NULL };
    static list ask = { "没有", "没得", "没", "吗", "么", "嘛", "冇", "不曾", NULL };
    static list marks = { "啊", "呀", "？", "?", "！", "!", "。", NULL };
    static list reason = { "请问", "学历", "报名", "需要", "要求", "填", "毕业", "招生", "入学", "资格", "条件", "证书", "学籍",
                           "档案", "补贴", "登记", "岗位", "考试", "成人", "课程", "培训", "班", "学生", "在校", "优惠", "票",
                           NULL };
    size_t len = 0;
    for (const char *q = s; (q = tone_earliest(q, CALLER, &len)); q += len) {
        const char *r = q + len;
        for (const char *f; (f = tone_after_any(r, frame));) r = f;
        r = tone_after_any(r, study);
        const char *e = NULL;
        for (size_t k = 0; r && spell[k] && !e; k++) {
            size_t n = strlen(spell[k]);
            if (strncmp(r, spell[k], n) != 0) continue;
            e = tone_after_any(r + n, school);
            /* 几天书 / 几年书 mock the amount; a bare level needs the yes-no ask after it */
            if (e && n == 0) e = tone_after_any(e, ask);
        }
        if (!e || !tone_only_of(e, marks)) continue;
        if (tone_words_hold(sc, 0, sc->w->n, reason)) return 0;
        return tone_hit_span(sc, "belittle", "辱骂客户（问客户念没念过书）", a, b, s, q, e);
    }
    return 0;
}

/* tone_schooling_questioned over the words [a, b) joined whole. */
int tone_schooling_questioned(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"念读上");
    return tone_read_joined(sc, a, b, schooling_questioned_text);
}

/* 呸 / 呸！: the agent spitting at the caller, the whole reply — contempt at the person (贵阳 §二(二) 2.1, §二(四) 4.2).
 * Not 呸呸呸 (a word unsaid, 童言无忌), not 呸 taking back one's own slip (呸，我说错了). A 呸 before more words is
 * left to the rules that read those words (呸，你也配投诉？). */
static int spat_at_text(scan *sc, size_t a, size_t b, const char *s)
{
    static list spit = { "呸", NULL };
    static list marks = { "！", "!", "。", "…", "~", NULL };
    if (a != 0 || b != sc->w->n) return 0;
    const char *e = tone_after_any(s, spit);
    if (e && tone_after_any(e, spit)) e += strlen("呸");   /* 呸呸 once more, never three times */
    if (!e || !tone_only_of(e, marks)) return 0;
    return tone_hit_span(sc, "belittle", "辱骂客户（呸）", a, b, s, s, e);
}

/* tone_spat_at over the words [a, b) joined whole. */
int tone_spat_at(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"呸");
    return tone_read_joined(sc, a, b, spat_at_text);
}

/* 怪我咯 / 那全是我们的错喽 / 都怪我们呗: blame taken on in mockery — the agent's own fault owned with a shrugging
 * particle (咯, 喽, 啰, 呗) closing the clause, no apology or fault named anywhere in the reply (讽刺客户; 五级 三(一)2;
 * §二(三)6). Not 都怪我，没跟您说清楚 (owned, the fault named), not 怪我怪我，马上给您改 (help after it). */
static const char *blame_mocked(scan *sc, const char *s, size_t *end)
{
    static list owned = { "都怪我们", "全怪我们", "都怪我", "全怪我", "怪我们", "怪我", "是我们的错", "是我的错", NULL };
    static list shrug = { "咯", "喽", "啰", "呗", "lor", "咯？", "喽？", NULL };
    static list sincere = { "抱歉", "对不起", "不好意思", "没说清楚", "没讲清楚", "疏忽", "失误", "马上", "这就", "帮您", "给您",
                            "为您", "听错", "记错", "看错", "输错", "搞错", "弄错", "说错", "没记准", "没听清", "重新",
                            NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, owned, &len);
    const char *e = p ? tone_after_any(p + len, shrug) : NULL;
    if (!e || !tone_only_of(e, CLOSING) || tone_words_hold(sc, 0, sc->w->n, sincere)) return NULL;
    *end = (size_t)(e - s);
    return p;
}

/* 我翻个白眼先 / 我直接翻白眼: the agent telling the caller they roll their eyes at them — a chat-room sneer (讽刺客户;
 * 五级 三(一)2; §二(三)6). Only with the agent its subject: a baby's or a cat's rolled eyes are a symptom. */
static const char *eyes_rolled(const char *s, size_t *end)
{
    static list roll = { "翻个白眼", "翻一个白眼", "翻1个白眼", "翻了个白眼", "翻了一个白眼", "翻白眼", "白眼翻上天", NULL };
    static list adverb = { "先", "要", "都", "直接", "想", "只能", "真想", "已经", "当场", NULL };
    size_t len = 0;
    const char *p = tone_earliest(s, roll, &len);
    if (!p) return NULL;
    const char *q = p;
    for (int moved = 1; moved;) {
        moved = 0;
        for (size_t k = 0; adverb[k] && !moved; k++) {
            size_t n = strlen(adverb[k]);
            if ((size_t)(q - s) >= n && strncmp(q - n, adverb[k], n) == 0) {
                q -= n;
                moved = 1;
            }
        }
    }
    if (!ends_before(s, q, AGENT)) return NULL;
    *end = (size_t)(p - s) + len;
    return p;
}

static int chat_sneer_text(scan *sc, size_t a, size_t b, const char *s)
{
    size_t end = 0;
    const char *p = blame_mocked(sc, s, &end);
    if (!p) p = eyes_rolled(s, &end);
    if (!p) return 0;
    return tone_hit_span(sc, "sarcasm", "讽刺客户（怪我咯/翻白眼）", a, b, s, p, s + end);
}

/* tone_chat_sneer over the words [a, b) joined whole. */
int tone_chat_sneer(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"怪错白");
    return tone_read_joined(sc, a, b, chat_sneer_text);
}
