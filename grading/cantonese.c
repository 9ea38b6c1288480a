/* Written Cantonese → Mandarin words (see cantonese.h). */
#include "cantonese.h"
#include "text_norm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *yue, *cmn;
} yue_word;

/* Cantonese word → the Mandarin word a phrase is written with. Keys in the traditional characters
 * a HK desk types, and in simplified where people type those; the longest key at a position wins
 * (唔好意思 before 唔好 before 唔; 關係 keeps its 係). Function words and the few verbs of the
 * phrases (收線 hang up, 轉駁 put through, 記低 note down, 覆 reply), nothing more. */
static const yue_word WORDS[] = {
    { "唔好意思", "不好意思" }, { "唔該晒", "多谢" }, { "唔该晒", "多谢" }, { "唔該", "麻烦" },
    { "唔该", "麻烦" }, { "唔使", "不用" }, { "唔駛", "不用" }, { "唔驶", "不用" },
    { "好唔好", "好不好" }, { "唔好", "不要" }, { "唔", "不" },
    { "冇得办法", "没办法" }, { "冇得法子", "没法子" },   /* fix32b: 冇得 (also Hunan, Jiangxi, Hubei) is 没有, and in the set
                                                      * phrase 冇得办法 the 没办法 of 1.3's 无法为您服务 */
    { "冇得", "没有" }, { "冇", "没有" }, { "未有", "没有" },
    { "關係", "关系" }, { "关係", "关系" }, { "干係", "干系" }, { "係咪", "是不是" }, { "系咪", "是不是" },
    { "係", "是" },
    { "咗", "了" }, { "嘅", "的" },
    { "呢啲", "这些" }, { "嗰啲", "那些" }, { "啲", "点" },
    { "乜嘢", "什么" }, { "咩", "什么" }, { "乜", "什么" },
    { "講嘢", "讲话" }, { "讲嘢", "讲话" }, { "做嘢", "做事" }, { "嘢", "东西" },
    { "佢哋", "他们" }, { "我哋", "我们" }, { "你哋", "你们" }, { "哋", "们" }, { "佢", "他" },
    { "喺度", "在" }, { "喺", "在" },
    { "睇下", "看一下" }, { "睇吓", "看一下" }, { "睇", "看" },
    { "嚟", "来" }, { "而家", "现在" }, { "頭先", "刚才" }, { "头先", "刚才" },
    { "收線", "挂线" }, { "收线", "挂线" }, { "轉駁", "转接" }, { "转驳", "转接" },
    { "記低", "记下" }, { "记低", "记下" },
    { "覆返你", "回复您" }, { "覆番你", "回复您" }, { "覆你", "回复您" }, { "返你", "您" },
    { "咁耐", "这么久" }, { "好耐", "好久" }, { "咁就", "那就" }, { "咁", "这么" },
    { "等多陣", "等一下" }, { "等多阵", "等一下" }, { "等陣", "等一下" }, { "等阵", "等一下" },
    { "搞掂", "搞定" },
    /* 唔啱 (not right: 贵阳 §二(二) 2.10 您报的号码有误 at a HK desk) is 不对; 啱啱 is 刚刚 (just now). Helper fixph15. */
    { "啱啱", "刚刚" }, { "啱", "对" },
    { "再講多次", "再讲一次" }, { "再讲多次", "再讲一次" }, { "講多次", "再讲一次" }, { "讲多次", "再讲一次" },
    { "講多一次", "再讲一次" }, { "讲多一次", "再讲一次" }, { "講多一遍", "再讲一遍" }, { "讲多一遍", "再讲一遍" },
    { "說多次", "再说一次" }, { "说多次", "再说一次" },
    { "嬲", "生气" },
    { "仲有", "还有" }, { "仲喺", "还在" }, { "仲未", "还没" },
    { "邊個", "哪个" }, { "边个", "哪个" }, { "邊度", "哪里" }, { "边度", "哪里" },
    { "點樣", "怎么样" }, { "点样", "怎么样" }, { "點解", "为什么" }, { "点解", "为什么" },
    { "呢個", "这个" }, { "呢个", "这个" }, { "呢度", "这里" }, { "呢排", "最近" }, { "呢方面", "这方面" },
    { "呢位", "这位" }, { "呢次", "这次" }, { "呢件", "这件" }, { "呢邊", "这边" }, { "呢边", "这边" },
    { "嗰個", "那个" }, { "嗰个", "那个" }, { "嗰", "那" },
    { "畀", "给" }, { "俾", "给" }, { "諗", "想" }, { "谂", "想" }, { "攞", "拿" }, { "成日", "总是" },
    /* 同 before a person is the coverb 跟 (同我講 = 跟我讲, 同你核對 = 跟您核对, so that a HK
     * desk's 唔好同我講道理 is read as 不要跟我讲道理 and judged like it); 同意, 同事 and 一同 keep their 同 */
    { "同我哋", "跟我们" }, { "同我", "跟我" }, { "同你哋", "跟您们" }, { "同你", "跟您" },
    { "同佢哋", "跟他们" }, { "同佢", "跟他" },
    { "你", "您" }, { "妳", "您" },
    /* fix35a: words whose Cantonese sense is not the Mandarin one, so that a HK desk's comfort is read as
     * comfort (review35: 唔好喊 is 不要哭, don't cry, not 不要喊 don't shout; 唔識講 is 不会讲, can't speak, not
     * the 不识 of a jab; 唔緊要 is 不要紧; 話自己 is 说自己, the caller's own words said back). 識 (know how)
     * keeps its Mandarin compounds (認識, 知識, 常識, 識字 …); 話 is 说 only before 自己, as 電話 and 普通話 are no
     * saying. A rude line stays rude read so: 您唔識聽人講嘢㗎 is 您不会听人讲东西. */
    { "唔緊要", "不要紧" }, { "唔紧要", "不要紧" }, { "冇所謂", "没关系" }, { "冇所谓", "没关系" },
    { "唔好喊", "不要哭" }, { "咪喊", "别哭" }, { "喊", "哭" },
    { "識", "会" }, { "识", "会" },
    { "認識", "认识" }, { "认识", "认识" }, { "知識", "知识" }, { "知识", "知识" }, { "常識", "常识" }, { "常识", "常识" },
    { "意識", "意识" }, { "意识", "意识" }, { "見識", "见识" }, { "见识", "见识" }, { "識別", "识别" }, { "识别", "识别" },
    { "識字", "识字" }, { "识字", "识字" }, { "唔識字", "不识字" }, { "唔识字", "不识字" }, { "標識", "标识" }, { "标识", "标识" },
    { "識貨", "识货" }, { "识货", "识货" }, { "共識", "共识" }, { "共识", "共识" }, { "學識", "学识" }, { "学识", "学识" },
    { "賞識", "赏识" }, { "赏识", "赏识" }, { "相識", "相识" }, { "相识", "相识" }, { "膽識", "胆识" }, { "胆识", "胆识" },
    { "話自己", "说自己" }, { "话自己", "说自己" },
};

/* Characters of written Cantonese that Mandarin does not use: one of them makes the reply Cantonese. */
static int cantonese_only(uint32_t c)
{
    static const uint32_t marks[] = {
        0x5514 /* 唔 */, 0x5187 /* 冇 */, 0x5605 /* 嘅 */, 0x5497 /* 咗 */, 0x5572 /* 啲 */,
        0x54CB /* 哋 */, 0x55BA /* 喺 */, 0x569F /* 嚟 */, 0x7747 /* 睇 */, 0x5B32 /* 嬲 */,
        0x55F0 /* 嗰 */, 0x54A9 /* 咩 */, 0x4F62 /* 佢 */, 0x5622 /* 嘢 */, 0x7540 /* 畀 */,
        0x8AD7 /* 諗 */, 0x8C02 /* 谂 */, 0x651E /* 攞 */,
    };
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (c == marks[i]) return 1;
    return 0;
}

/* 1 when a CJK character starts at s. */
static int han_at(const char *s)
{
    uint32_t c = cs_utf8_next(&s);
    return c >= 0x3400 && c <= 0x9FFF;
}

/* 1 when s is written Cantonese: a Cantonese-only character (唔 only before another character:
 * alone it is Mandarin's hesitation sound), or 係 (to be) outside 關係 / 干係 (Mandarin in
 * traditional characters has 係 only there). */
static int is_cantonese(const char *s)
{
    uint32_t prev = 0;
    while (*s) {
        uint32_t c = cs_utf8_next(&s);
        if (c == 0x5514 /* 唔 */ && !han_at(s)) { prev = c; continue; }
        if (cantonese_only(c)) return 1;
        if (c == 0x4FC2 /* 係 */ && prev != 0x95DC /* 關 */ && prev != 0x5173 /* 关 */ && prev != 0x5E72 /* 干 */)
            return 1;
        prev = c;
    }
    return 0;
}

/* The longest key at s, or NULL. */
static const yue_word *word_at(const char *s)
{
    const yue_word *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof WORDS / sizeof WORDS[0]; i++) {
        size_t len = strlen(WORDS[i].yue);
        if (len > best_len && strncmp(s, WORDS[i].yue, len) == 0) {
            best = &WORDS[i];
            best_len = len;
        }
    }
    return best;
}

int cs_cantonese_read(const char *utf8, char **out)
{
    *out = NULL;
    if (!utf8 || !is_cantonese(utf8)) return 0;
    /* no Mandarin word is more than three times as long as its key (咁 → 这么 is 3 → 6 bytes) */
    char *buf = malloc(3 * strlen(utf8) + 1);
    if (!buf) return -1;
    size_t k = 0;
    for (const char *p = utf8; *p;) {
        const yue_word *w = word_at(p);
        /* 唔 alone, before punctuation or the end, is a hesitation sound (唔，请您稍等): kept */
        if (w && !(strcmp(w->yue, "唔") == 0 && !han_at(p + strlen(w->yue)))) {
            size_t len = strlen(w->cmn);
            memcpy(buf + k, w->cmn, len);
            k += len;
            p += strlen(w->yue);
            continue;
        }
        const char *q = p;
        cs_utf8_next(&p);
        memcpy(buf + k, q, (size_t)(p - q));
        k += (size_t)(p - q);
    }
    buf[k] = '\0';
    *out = buf;
    return 1;
}
