/* insult34: the shared class "a word for a person" (tone_insult34.h). One closed list, the tails a name for a
 * person is built on, and the names that scorn; the rules that ask "is this aimed at a person?" read it here. */
#include "tone_insult34.h"
#include "grading_util.h"
#include "words.h"

#include <string.h>

/* Names that scorn whoever they are pinned on. The plain ones (骗子, 无赖, 泼妇 …) are fix32b's; the newer
 * words for a troublesome person are common mainland usage, as in 现代汉语词典 (第7版): 刺头 "爱挑剔、不好惹的人",
 * 钉子户 (one who will not move, used of any stubborn person), 老赖 (one who will not pay a debt), 奇葩 (net usage
 * of a freakish person), 杠精 (one who argues for its own sake), 事儿妈 / 事儿精 (Beijing, a fusser). */
const char *const cs_scorn_names[] = { "骗子", "老赖", "无赖", "赖皮", "刁民", "泼妇", "疯子", "傻子", "白痴", "笨蛋", "蠢货",
                                       "废物", "文盲", "神经病", "流氓", "穷鬼", "乡巴佬", "土包子", "混蛋", "骗子手", "奇葩",
                                       "刺头", "刺头儿", "钉子户", "杠精", "事儿妈", "事儿精", "事妈", "泼皮", "无赖汉",
                                       "王八蛋", "傻逼", "傻叉", "二货", "二愣子", "愣头青", "败家子", "窝囊废", "丧门星",
                                       "扫把星", "讨债鬼", "老油条", "滚刀肉", "狗腿子", "熊孩子", NULL };

/* The closed class: people named by person, kin, age, address or the part they play on a call. */
static const char *const PERSON[] = { "你", "您", "你们", "您们", "你丫", "侬", "恁", "妳", "阁下", "他", "她", "他们",
                                      "她们", "人", "人家", "别人", "这位", "那位", "哪位", "各位", "每位", "家伙", "主儿",
                                      "小子", "崽子", "孙子", "丫头", "老头", "老头儿", "老头子",
                                      "老太", "老太太", "老太婆", "老婆子", "大爷", "大妈", "大婶", "大姐", "大哥", "阿姨",
                                      "哥们", "哥们儿", "娘们", "娘们儿", "女的", "男的", "客户", "用户", "顾客", "乘客", "旅客",
                                      "读者", "病人", "家属", "先生", "女士", "小姐", "老板", "车主", "房主", "业主", "店主",
                                      "户主", "老人", "老人家", "老伴", "家人", "亲人", "患者", "学生", "小朋友", "宝宝",
                                      "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "父亲", "母亲", "爸爸", "妈妈", "哥哥",
                                      "姐姐", "弟弟", "妹妹", "叔叔", "婶婶", "舅舅", "舅妈", "姑姑", "姨妈", "孙女", "妈", "娘", "爹", "爸", "祖宗", "全家", "老婆", "老公", "儿子", "女儿", "孩子",
                                      "小孩", NULL };

/* The last characters a name for a person is built on (打工人, 读者, 憨货, 糊涂蛋, 乡巴佬, 背时鬼, 害人精, 打工仔). */
static const char *const TAIL[] = { "人", "者", "货", "蛋", "佬", "婆", "崽", "仔", "汉", "鬼", "精", NULL };
/* Things and kinds those tails also end (鸡蛋, 酒精, 百货, 牛仔, 老婆 is kin and listed above): no person. */
static const char *const TAIL_THING[] = { "鸡蛋", "鸭蛋", "皮蛋", "彩蛋", "酒精", "味精", "香精", "鸡精", "百货",
                                          "现货", "期货", "到货", "发货", "退货", "订货", "送货", "取货", "收货", "存货",
                                          "缺货", "进货", "提货", "换货", "年货", "山货", "干货", "水货", "旺仔",
                                          "牛仔", "公仔", "猪仔", "煲仔", "机器人", "稻草人", "雪人", "木头人", "滚蛋", NULL };

int cs_kin_word(const char *word)
{
    static const char *const kin[] = { "老人", "老人家", "老伴", "家人", "亲人", "小朋友", "宝宝", "孩子", "小孩", "儿子",
                                       "女儿", "爷爷", "奶奶", "外公", "外婆", "姥姥", "姥爷", "父亲", "母亲", "爸爸", "妈妈",
                                       "哥哥", "姐姐", "弟弟", "妹妹", "叔叔", "婶婶", "舅舅", "舅妈", "姑姑", "姨妈", "孙子",
                                       "孙女", "老公", "老婆", "爸", "妈", "老爷子", "老太太", NULL };
    return word && cs_word_in(word, kin);
}

int cs_scorn_name(const char *word)
{
    return word && cs_word_in(word, cs_scorn_names);
}

int cs_person_word(const char *word)
{
    if (!word || !*word) return 0;
    if (cs_word_in(word, PERSON) || cs_scorn_name(word)) return 1;
    if (cs_g_ends_with_any(word, TAIL_THING)) return 0;
    /* 老客户, 这老头, 小孩子: a word the lexicon cut whole, ending in a listed word of two characters or more */
    size_t n = strlen(word);
    for (const char *const *p = PERSON; *p; p++) {
        size_t m = strlen(*p);
        if (m >= 6 && n > m && strcmp(word + n - m, *p) == 0) return 1;
    }
    /* a tail alone (货, 蛋, 精) is a thing or a syllable; a name is two characters or more */
    return strlen(word) > 3 && cs_g_ends_with_any(word, TAIL) > 0;
}

size_t cs_person_prefix(const char *s)
{
    if (!s) return 0;
    char buf[64];
    size_t best = 0, n = strlen(s);
    for (size_t cut = 3; cut <= n && cut < sizeof buf; cut++) {
        if (cut < n && (s[cut] & 0xC0) == 0x80) continue;
        memcpy(buf, s, cut);
        buf[cut] = '\0';
        if (cs_person_word(buf)) best = cut;
    }
    return best;
}

/* Does word x name the caller (你, 您 and the words glued to them, 侬, 恁)? */
static int names_caller(const char *x)
{
    static const char *const other[] = { "侬", "恁", "妳", NULL };
    return strstr(x, "你") || strstr(x, "您") || cs_word_in(x, other);
}

int cs_insult34_caller_word_asked(const cs_words *w, size_t i)
{
    /* the caller's speech: 说的 / 说了 / 是说 / 讲的 (cut as one word or two) */
    static const char *const said[] = { "说", "讲", "骂", "喊", "念", "写", "提到", "提", NULL };
    static const char *const done[] = { "的", "了", "过", "的是", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause;
    if (!w->question || !w->question[c]) return 0;
    size_t first = i;
    while (first > 0 && w->v[first - 1].clause == c) first--;
    int caller = 0, speech = 0;
    for (size_t k = first; k < i; k++) {
        const char *x = w->v[k].w;
        if (names_caller(x)) {
            if (speech) return 0;   /* 你说你是不是…: the caller named again, the word aimed at them */
            caller = 1;
            continue;
        }
        if (!caller || speech) continue;
        size_t l = cs_g_starts_with_any(x, said);
        if (!l) continue;
        const char *rest = x + l;
        int marked = cs_word_in(rest, done) || (k > first && strcmp(w->v[k - 1].w, "是") == 0) ||
                     (!*rest && k + 1 < i && cs_word_in(w->v[k + 1].w, done)) || strcmp(x, "是说") == 0;
        speech = marked;
    }
    return caller && speech;
}

int cs_insult34_self_dull(const cs_words *w, size_t i, size_t j)
{
    static const char *const dull[] = { "蠢", "笨", "傻", "呆", "憨", "宝", "瓜", "苕", "糊涂", "戆", "懵", NULL };
    /* degree and copula words (Mandarin and Cantonese 系 / 咁 / 好), and the agent's own head (我这脑子真笨) */
    static const char *const between[] = { "真", "真是", "真系", "真的", "是", "系", "就是", "太", "好", "咁", "有点", "有点儿",
                                           "有些", "实在", "确实", "简直", "可", "也", "又", "都", "这", "这脑子", "脑子",
                                           "这记性", "记性", "这个", "犯", "犯了", "发", "了", "啊", "呀",
                                           /* a time the blunder was made in (我今天真是傻了, 我刚才一时糊涂) */
                                           "今天", "刚才", "刚刚", "一时", "1时", "这回", "这次", NULL };
    static const char *const me[] = { "我", "我们", "本人", "俺", NULL };
    static const char *const tail[] = { "了", "的", "啦", "咯", "嘞", "啊", "呀", "哦", "喔", "咗", "死", "死了", "透了", NULL };
    if (!w || i >= w->n || j >= w->n || j < i || !cs_g_starts_with_any(w->v[i].w, dull)) return 0;
    size_t c = w->v[i].clause;
    if (w->question && w->question[c]) return 0;
    for (size_t k = j + 1; k < w->n && w->v[k].clause == c; k++)
        if (!cs_word_in(w->v[k].w, tail)) return 0;
    for (size_t k = i; k-- > 0 && w->v[k].clause == c;) {
        const char *x = w->v[k].w;
        if (names_caller(x)) return 0;
        if (cs_word_in(x, me)) return 1;
        /* 怪我 / 是我 / 怪我太: the agent glued to the word before or the degree after (the lexicon cuts either way) */
        const char *m = strstr(x, "我");
        if (m && (!m[3] || cs_word_in(m + 3, between))) return 1;
        if (!cs_word_in(x, between)) return 0;
    }
    return 0;
}

/* 可以 / 帮 / 建议 at word m denied (我帮不了你, 不建议, 没法帮): no care offered. */
static int offer_denied(const cs_words *w, size_t m)
{
    static const char *const no[] = { "不", "没", "别", "无法", "没法", NULL };
    if (cs_g_holds_any(w->v[m].w, no)) return 1;
    if (m + 1 < w->n && w->v[m + 1].clause == w->v[m].clause && cs_g_starts_with_any(w->v[m + 1].w, no)) return 1;
    return m > 0 && w->v[m - 1].clause == w->v[m].clause && cs_g_ends_with_any(w->v[m - 1].w, no);
}

int cs_insult34_kin_sense(const cs_words *w, size_t i)
{
    static const char *const organ[] = { "耳朵", "眼睛", "耳", "眼", "嗓子", "的", NULL };
    static const char *const naming[] = { "你这", "您这", "你个", "你这个", "您这个", "你这种", NULL };
    /* 您家狗狗耳朵聋了 / 您的小猫耳朵: a pet owns the organ, no person at all */
    static const char *const pet[] = { "狗", "狗狗", "小狗", "狗子", "猫", "小猫", "猫咪", "猫猫", "宠物", "鹦鹉", "兔子",
                                       "小兔子", "鸟", "小鸟", NULL };
    if (!w || i >= w->n) return 0;
    size_t c = w->v[i].clause, k = i;
    while (k > 0 && w->v[k - 1].clause == c && k + 3 > i && cs_word_in(w->v[k - 1].w, organ)) k--;
    if (k == 0 || w->v[k - 1].clause != c) return 0;
    if (!cs_kin_word(w->v[k - 1].w) && !cs_word_in(w->v[k - 1].w, pet)) return 0;
    if (k >= 2 && w->v[k - 2].clause == c && cs_word_in(w->v[k - 2].w, naming)) return 0;
    /* and the reply cares for it in this clause or the next: a condition (的话), a question of how long, a clinic, an
     * aid or help offered — not 你家孩子耳朵聋啊，说几遍都听不见，可以认真听吗 (the family mocked, the 可以 a rebuke two
     * clauses on), not 我帮不了你 (help refused) */
    static const char *const care[] = { "的话", "多久", "多长时间", "什么时候", "医院", "科", "检查", "助听器", "配", "挂号",
                                        "看医生", "别担心", "不要紧", NULL };
    static const char *const offer[] = { "建议", "可以", "帮", NULL };
    for (size_t m = k; m < w->n && w->v[m].clause <= c + 1; m++) {
        if (cs_g_holds_any(w->v[m].w, care)) return 1;
        if (cs_g_holds_any(w->v[m].w, offer) && !offer_denied(w, m)) return 1;
    }
    return 0;
}
