/* Tone in English replies (see tone_english.h). The rules are classes of the standard's 禁忌语 in
 * English, each a run of whole words; "*" stands for up to three words. */
#include "tone_english.h"

#include <stdlib.h>
#include <string.h>

enum {
    ALONE = 1,       /* the sentence holds nothing else ("Whatever." but not "whatever you need") */
    NO_COURTESY = 2, /* not in a sentence with please / sorry / could you ("Please calm down" is kind) */
    SHIFT = 4,       /* 推诿: not when the reply goes on to offer a transfer or help */
    LEAD = 8         /* only at the start of its sentence ("Listen to me" as an order) */
};

typedef struct {
    const char *words;
    const char *rule;
    int flags;
} en_rule;

/* Insults and retaliation (贵阳 §二(三) 6: 辱骂或报复来电者，整通不合格), and attacks on the caller's
 * hearing or mind. */
static const en_rule INSULT[] = {
    { "idiot", "insult", 0 }, { "idiots", "insult", 0 }, { "idiotic", "insult", 0 }, { "stupid", "insult", 0 },
    { "moron", "insult", 0 }, { "morons", "insult", 0 }, { "dumb", "insult", 0 }, { "dumbass", "insult", 0 },
    { "retard", "insult", 0 }, { "retarded", "insult", 0 }, { "imbecile", "insult", 0 }, { "fool", "insult", 0 },
    { "loser", "insult", 0 }, { "jerk", "insult", 0 }, { "bitch", "insult", 0 }, { "bastard", "insult", 0 },
    { "asshole", "insult", 0 }, { "fuck", "insult", 0 }, { "fucking", "insult", 0 }, { "fuckin", "insult", 0 },
    { "shit", "insult", 0 }, { "damn you", "insult", 0 }, { "screw you", "insult", 0 }, { "piss off", "insult", 0 },
    { "shut up", "insult", 0 }, { "shut your mouth", "insult", 0 }, { "shut it", "insult", ALONE },
    { "go to hell", "insult", 0 }, { "drop dead", "insult", 0 }, { "go die", "insult", 0 },
    { "get lost", "insult", 0 }, { "pain in the ass", "insult", 0 }, { "pain in the neck", "insult", 0 },
    { "are you deaf", "insult", 0 }, { "you deaf", "insult", 0 }, { "youre deaf", "insult", 0 },
    { "are you blind", "insult", 0 }, { "are you crazy", "insult", 0 }, { "you crazy", "insult", 0 },
    { "are you nuts", "insult", 0 }, { "are you insane", "insult", 0 }, { "out of your mind", "insult", 0 },
    { "lost your mind", "insult", 0 }, { "whats wrong with you", "insult", 0 }, { "what is wrong with you", "insult", 0 },
    { "cant you understand", "insult", 0 }, { "cant you read", "insult", 0 }, { "can you even read", "insult", 0 },
    { "dont you understand", "insult", 0 }, { "do you even understand", "insult", 0 },
    { "learn english", "insult", 0 }, { "learn to speak", "insult", 0 }, { "use your brain", "insult", 0 },
    { "no brain", "insult", 0 }, { "brainless", "insult", 0 }, { "are you useless", "insult", 0 },
    { "you are useless", "insult", 0 }, { "youre useless", "insult", 0 }, { "you people", "insult", 0 },
    { "pathetic", "insult", 0 }, { "what are you", "insult", ALONE }, { "use your head", "insult", 0 }, { "what are you five", "insult", 0 },
    { "people like you", "insult", 0 }, { "mentally ill", "insult", 0 }, { "are you mental", "insult", 0 },
    { "crybaby", "insult", 0 }, { "grow up", "insult", NO_COURTESY }, { "get a life", "insult", 0 },
    { "get a brain", "insult", 0 }, { "youre annoying", "insult", 0 }, { "you are annoying", "insult", 0 },
    { "so annoying", "insult", 0 }, { "sb", "insult", 0 }, { "tmd", "insult", 0 }, { "nmsl", "insult", 0 },
    { "cnm", "insult", 0 }, { "wtf", "insult", 0 }, { "nmb", "insult", 0 },
    /* the pinyin initials of 他妈/妈的/你奶奶的/智障/操你妈, as typed among Chinese words
     * (你TM能不能…, md又来了); a run with a digit is a code, not these (tokenize) */
    { "tm", "insult", 0 }, { "md", "insult", 0 }, { "nnd", "insult", 0 }, { "zz", "insult", 0 },
    { "cnmb", "insult", 0 }, { "sbb", "insult", 0 },
    /* more initials of curses and names typed in pinyin: 脑残 nc, 妈的智障 mdzz, 妈卖批 mmp, and sb with a space */
    { "nc", "insult", 0 }, { "mdzz", "insult", 0 }, { "mmp", "insult", 0 }, { "s b", "insult", 0 },
    /* name-calling: the caller's mind or character (as 神经病, 骗子) */
    { "freak", "insult", 0 }, { "psycho", "insult", 0 }, { "lunatic", "insult", 0 }, { "liar", "insult", 0 },
    { "cheat", "insult", ALONE }, { "and a cheat", "insult", 0 }, { "brain dead", "insult", 0 }, { "braindead", "insult", 0 },
    { "like a baby", "insult", 0 }, { "damn it", "insult", 0 }, { "goddamn", "insult", 0 }, { "shabi", "insult", 0 },
    /* a Singapore / Malaysia desk's name-calling, Malay and Hokkien romanised as typed among Chinese words
     * (voices3.tsv, persona nanyang): bodoh (fool), babi (pig), siao (crazy), goondu (idiot), sohai
     * (傻嗨), and curses (knn, kanina, cibai, lanjiao); gong (戆) is left out: gong xi fa cai, Hong Kong */
    { "bodoh", "insult", 0 }, { "babi", "insult", 0 }, { "siao", "insult", 0 }, { "goondu", "insult", 0 },
    { "sohai", "insult", 0 }, { "knn", "insult", 0 }, { "kanina", "insult", 0 }, { "cibai", "insult", 0 },
    { "lanjiao", "insult", 0 },
    /* (helper fixin10) Singlish blur said of a person (blur like sotong, so blur), a curse aimed with
     * you (damn you, screw you), and more romanised Hokkien/Malay names (cb: 鸡掰, ccb, kns, pukimak,
     * lampa); 照片有点 blur (a photo) names no person: 你好blur is assets/taboo.txt's */
    { "blur like sotong", "insult", 0 }, { "blur sotong", "insult", 0 }, { "damn you", "insult", 0 }, { "screw you", "insult", 0 },
    { "ccb", "insult", 0 }, { "nmd", "insult", 0 }, { "rnm", "insult", 0 }, { "nmlgb", "insult", 0 },
    { "wqnmlgb", "insult", 0 }, { "kns", "insult", 0 }, { "pukimak", "insult", 0 }, { "lampa", "insult", 0 },
    /* threats: a harm to the caller made conditional on what they do (as 再闹我就让你停电) */
    { "youll regret", "insult", 0 }, { "you will regret", "insult", 0 }, { "block your number", "insult", 0 },
    { "cut your service", "insult", 0 }, { "cut off your", "insult", 0 }, { "cut your * off", "insult", 0 },
    { "i swear to god", "insult", 0 }, { "or else", "insult", ALONE }, { "report you to the police", "insult", 0 },
    { "call the police on you", "insult", 0 },
    { "youre crazy", "insult", 0 }, { "you are crazy", "insult", 0 }, { "youre insane", "insult", 0 },
    { "you are insane", "insult", 0 }, { "youre nuts", "insult", 0 }, { "youre a joke", "insult", 0 },
    { "you are a joke", "insult", 0 },
    { NULL, NULL, 0 } };

/* Forbidden expressions that are not insults (呼叫服务员职业标准(试行) 三(一)2). */
static const en_rule TABOO[] = {
    /* impatience: the agent's time before the caller's matter */
    { "wasting my time", "impatient", 0 }, { "waste my time", "impatient", 0 }, { "waste of time", "impatient", 0 },
    { "wasting our time", "impatient", 0 }, { "wasting * time", "impatient", NO_COURTESY }, { "dont have time", "impatient", 0 }, { "do not have time", "impatient", 0 },
    { "have no time", "impatient", 0 }, { "no time for", "impatient", 0 }, { "im busy", "impatient", 0 },
    { "i am busy", "impatient", 0 }, { "were busy", "impatient", 0 }, { "we are busy", "impatient", 0 },
    { "hurry up", "impatient", 0 }, { "get to the point", "impatient", 0 }, { "make it quick", "impatient", 0 },
    { "make it short", "impatient", 0 }, { "keep it short", "impatient", 0 }, { "spit it out", "impatient", 0 },
    { "stop repeating", "impatient", 0 }, { "stop talking", "impatient", 0 }, { "be quiet", "impatient", 0 },
    { "enough", "impatient", ALONE }, { "what now", "impatient", 0 }, { "what is it now", "impatient", 0 },
    { "what do you want", "impatient", ALONE }, { "not again", "impatient", ALONE }, { "calm down", "impatient", NO_COURTESY },
    { "speak up", "impatient", NO_COURTESY }, { "better things to do", "impatient", 0 },
    { "get on with it", "impatient", 0 }, { "tell me what you want", "impatient", NO_COURTESY },
    { "are you done yet", "impatient", 0 }, { "done yet", "impatient", NO_COURTESY | ALONE },
    { "yeah yeah", "impatient", 0 }, { "yes yes", "impatient", 0 }, { "ok ok", "impatient", ALONE },
    { "quickly", "impatient", ALONE }, { "come on", "impatient", ALONE }, { "are you kidding me", "impatient", 0 },
    { "give me a break", "impatient", 0 }, { "whats your problem", "impatient", 0 },
    { "what is your problem", "impatient", 0 }, { "stop whining", "impatient", 0 }, { "stop complaining", "impatient", 0 }, { "stop yelling", "impatient", NO_COURTESY },
    /* rhetorical: what was said before held against the caller */
    { "already told you", "rhetorical", 0 }, { "already explained", "rhetorical", 0 },
    { "explained this * times", "rhetorical", 0 }, { "explained this twice", "rhetorical", 0 }, { "dont you get it", "rhetorical", 0 }, { "do you get it", "rhetorical", NO_COURTESY },
    { "get it now", "rhetorical", NO_COURTESY }, { "told you already", "rhetorical", 0 }, { "told you twice", "rhetorical", 0 },
    { "told you * times", "rhetorical", 0 }, { "how many times", "rhetorical", 0 }, { "for the last time", "rhetorical", 0 },
    { "like i said", "rhetorical", 0 }, { "as i already said", "rhetorical", 0 }, { "didnt you hear", "rhetorical", 0 },
    { "did you not hear", "rhetorical", 0 }, { "are you even listening", "rhetorical", 0 },
    { "are you listening", "rhetorical", NO_COURTESY }, { "listen carefully", "rhetorical", NO_COURTESY },
    { "listen to me", "rhetorical", NO_COURTESY | LEAD }, { "pay attention", "rhetorical", NO_COURTESY },
    { "repeat myself", "rhetorical", 0 }, { "when you know what you want", "rhetorical", 0 },
    { "make up your mind", "rhetorical", NO_COURTESY }, { "is that so hard", "rhetorical", 0 }, { "is it that hard", "rhetorical", 0 }, { "its not that hard", "rhetorical", 0 },
    { "its not rocket science", "rhetorical", 0 }, { "read the manual", "rhetorical", 0 },
    /* 推诿 and blame */
    { "not my problem", "blame", 0 }, { "not our problem", "blame", 0 }, { "its your problem", "blame", 0 },
    { "thats your problem", "blame", 0 }, { "your own problem", "blame", 0 }, { "its your fault", "blame", 0 },
    { "thats your fault", "blame", 0 }, { "your own fault", "blame", 0 }, { "not my fault", "blame", 0 },
    { "blame yourself", "blame", 0 }, { "not my concern", "blame", SHIFT }, { "none of my concern", "blame", 0 },
    { "not our concern", "blame", SHIFT }, { "not my job", "blame", SHIFT }, { "not my department", "blame", SHIFT },
    { "not our department", "blame", SHIFT }, { "not my business", "blame", 0 }, { "none of my business", "blame", 0 },
    { "none of our business", "blame", 0 }, { "nothing to do with me", "blame", SHIFT },
    { "nothing to do with us", "blame", SHIFT }, { "call someone else", "blame", SHIFT },
    { "ask someone else", "blame", SHIFT }, { "go ask", "blame", SHIFT }, { "cant help you", "blame", SHIFT },
    { "nothing i can do", "blame", SHIFT }, { "figure it out", "blame", 0 }, { "do it yourself", "blame", 0 },
    { "look it up yourself", "blame", 0 }, { "google it", "blame", 0 },
    /* dismissal */
    { "i dont care", "dismissive", 0 }, { "i * dont care", "dismissive", 0 }, { "i do not care", "dismissive", 0 }, { "who cares", "dismissive", 0 },
    { "couldnt care less", "dismissive", 0 }, { "deal with it", "dismissive", 0 }, { "whatever", "dismissive", ALONE },
    { "so what", "dismissive", 0 }, { "too bad", "dismissive", ALONE }, { "tough luck", "dismissive", 0 },
    { "stop calling", "dismissive", 0 }, { "dont call again", "dismissive", 0 }, { "dont call us", "dismissive", 0 },
    { "dont call here", "dismissive", 0 }, { "stop bothering", "dismissive", 0 }, { "dont bother me", "dismissive", 0 },
    { "leave me alone", "dismissive", 0 }, { "go away", "dismissive", 0 }, { "get out", "dismissive", ALONE },
    { "nonsense", "dismissive", ALONE }, { "somewhere else", "dismissive", NO_COURTESY | SHIFT },
    { "stop crying", "dismissive", 0 }, { "crying about", "dismissive", 0 }, { "not our job", "dismissive", SHIFT }, { "thats nonsense", "dismissive", 0 }, { "talking nonsense", "dismissive", 0 },
    { "not your servant", "dismissive", 0 }, { "not your maid", "dismissive", 0 }, { "not your slave", "dismissive", 0 },
    { "none of your business", "dismissive", 0 }, { "take it or leave it", "dismissive", 0 }, { "complain all you want", "dismissive", 0 },
    { "go ahead and complain", "dismissive", 0 }, { "i dont give a", "dismissive", 0 },
    { NULL, NULL, 0 } };

#define MAX_TOKENS 256
#define TOKEN_BYTES 24

typedef struct {
    char w[MAX_TOKENS][TOKEN_BYTES];
    int sentence[MAX_TOKENS];   /* cut at . ! ? ; : and non-ASCII: a rule's words lie in one */
    int clause[MAX_TOKENS];     /* also cut at commas: ALONE and LEAD look at this */
    unsigned char named[MAX_TOKENS];   /* glued to a Chinese noun of a product or format (names_thing) */
    size_t n;
} tokens;

/* Does p, right after a Latin token, begin a Chinese noun that makes the token a name or a code:
 * TM商标, TMD系列, MD格式, SB接口 (initials such as tm / md read as curses would fail innocent
 * replies that name a product; sb玩意儿 and md又来了 are not nouns of a product). */
static int names_thing(const char *p)
{
    static const char *const noun[] = { "系列", "格式", "文件", "商标", "型号", "版本", "标志", "标识", "接口", "芯片", "产品",
                                        "机型", "编码", "文档", "注册", "认证", "协议", "标准", "模式", "模块", "光盘", "卡槽",
                                        "播放器", "编辑器", "符号", "插头", "端口", "套餐", "会员", "账号", "品牌",
                                        /* (helper fixin10) a model or size of a product: SB型, NT款 (not 级: sb级别的问题 is a slur) */
                                        "款", "型", "规格", "尺码", "车型", "号段",
                                        /* (review10) a bank or its card: CCB建设银行 (China Construction Bank's own
                                         * initials), CCB手机银行; not 系统 (tmd系统又卡了 curses the system) */
                                        "银行", "建设银行", "手机银行", "信用卡", "网点",
                                        /* (fpprobe) the letters of a code named: SB开头的单号, 以SB打头 */
                                        "开头", "打头", "结尾", "字母", "字头", "前缀", "编号", "单号", NULL };
    for (const char *const *n = noun; *n; n++)
        if (strncmp(p, *n, strlen(*n)) == 0) return 1;
    return 0;
}

/* Lower-case Latin words; apostrophes inside a word vanish (don't -> dont, I'm -> im). */
/* The character at *p, a full-width Latin letter or digit (ｓｂ, ＳＢ, ｓｈｕｔ ｕｐ, typed with the
 * Chinese input method's full-width mode) read as its ASCII form, *p left on its last byte;
 * any other byte as it is. The phrase side folds width in its normal form (text_norm.c). */
static unsigned fold_wide(const unsigned char **p)
{
    const unsigned char *s = *p;
    if (s[0] != 0xEF || !s[1] || !s[2]) return s[0];
    unsigned c = 0;
    if (s[1] == 0xBC && s[2] >= 0xA1 && s[2] <= 0xBA) c = 'A' + (s[2] - 0xA1);        /* Ａ-Ｚ */
    else if (s[1] == 0xBD && s[2] >= 0x81 && s[2] <= 0x9A) c = 'a' + (s[2] - 0x81);   /* ａ-ｚ */
    else if (s[1] == 0xBC && s[2] >= 0x90 && s[2] <= 0x99) c = '0' + (s[2] - 0x90);   /* ０-９ */
    if (!c) return s[0];
    *p += 2;
    return c;
}

static void tokenize(const char *text, tokens *tk)
{
    tk->n = 0;
    int sentence = 0, clause = 0;
    size_t len = 0;
    char cur[TOKEN_BYTES];
    for (const unsigned char *p = (const unsigned char *)text;; p++) {
        unsigned c = fold_wide(&p);
        /* a digit glued to letters makes a code (SB20231105, MD5, TMD-3), not a word: it joins
         * the token, so "sb" or "tmd" never matches inside an order number or a model name */
        int letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        int apostrophe = (c == '\'' && len > 0) ||
                         (c == 0xE2 && p[1] == 0x80 && p[2] == 0x99 && len > 0);   /* ’ */
        if (letter) {
            if (len + 1 < TOKEN_BYTES) cur[len++] = (char)(c | 0x20);
            continue;
        }
        if (apostrophe) {
            if (c == 0xE2) p += 2;
            continue;
        }
        /* fool-proof, e-mail: one word (a hyphen between letters joins) */
        if (c == '-' && len > 0 && ((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z') ||
                                    (p[1] >= '0' && p[1] <= '9'))) continue;
        if (len && tk->n < MAX_TOKENS) {
            cur[len] = '\0';
            tk->named[tk->n] = (unsigned char)names_thing((const char *)p);
            memcpy(tk->w[tk->n], cur, len + 1);
            tk->clause[tk->n] = clause;
            tk->sentence[tk->n++] = sentence;
        }
        len = 0;
        if (!c) break;
        /* a sentence ends at . ! ? ; : and at any non-ASCII character run (CJK punctuation and
         * Chinese text alike); a comma ends only a clause ("Yeah, yeah" is one sentence) */
        if (strchr(".!?;:\n", (int)c) || c >= 0x80) {
            if (tk->n && tk->sentence[tk->n - 1] == sentence) sentence++;
        }
        if (strchr(".!?;:,\n", (int)c) || c >= 0x80) {
            if (tk->n && tk->clause[tk->n - 1] == clause) clause++;
        }
    }
}

static int courtesy(const tokens *tk, int sentence)
{
    static const char *const kind[] = { "please", "sorry", "kindly", "could", "would", "may", "apologize", NULL };
    for (size_t i = 0; i < tk->n; i++) {
        if (tk->sentence[i] != sentence) continue;
        for (const char *const *k = kind; *k; k++)
            if (strcmp(tk->w[i], *k) == 0) return 1;
    }
    return 0;
}

/* A transfer or help offered after token i (I'll transfer you, let me help you). */
static int help_after(const tokens *tk, size_t i)
{
    /* stems: transferring, connected, forwarding … */
    static const char *const help[] = { "transfer", "connect", "forward", "escalat", "redirect", "assist",
                                        "help", "contact", "pass", "record", "arrang", "put", "refer", "direct", NULL };
    static const char *const refuse[] = { "cant", "cannot", "wont", "not", "dont", NULL };
    for (size_t k = i + 1; k < tk->n; k++)
        for (const char *const *h = help; *h; h++) {
            if (strncmp(tk->w[k], *h, strlen(*h)) != 0) continue;
            int refused = 0;
            for (const char *const *r = refuse; *r && k > 0; r++) refused |= strcmp(tk->w[k - 1], *r) == 0;
            if (!refused) return 1;
        }
    return 0;
}

/* Does the rule's word run start at token i? *end gets the token after it. */
static int match_at(const tokens *tk, size_t i, const char *words, size_t *end)
{
    const char *p = words;
    size_t k = i;
    while (*p) {
        size_t len = strcspn(p, " ");
        if (len == 1 && *p == '*') {
            /* up to three words, then the rest of the rule */
            const char *rest = p[1] ? p + 2 : p + 1;
            for (size_t skip = 0; skip <= 3 && k + skip <= tk->n; skip++) {
                if (!*rest) { *end = k + skip; return 1; }
                if (k + skip < tk->n && tk->sentence[k + skip] == tk->sentence[i] && match_at(tk, k + skip, rest, end)) return 1;
            }
            return 0;
        }
        if (k >= tk->n || tk->sentence[k] != tk->sentence[i] || strlen(tk->w[k]) != len || strncmp(tk->w[k], p, len) != 0)
            return 0;
        k++;
        p += len;
        if (*p == ' ') p++;
    }
    *end = k;
    return 1;
}

static int fires(const tokens *tk, const en_rule *r, size_t i, size_t end)
{
    int s = tk->sentence[i], c = tk->clause[i];
    int starts = i == 0 || tk->clause[i - 1] != c;
    int ends = end >= tk->n || tk->clause[end] != tk->clause[end - 1];
    if ((r->flags & ALONE) && !(starts && ends)) return 0;
    if ((r->flags & LEAD) && !starts) return 0;
    if ((r->flags & NO_COURTESY) && courtesy(tk, s)) return 0;
    if ((r->flags & SHIFT) && help_after(tk, end - 1)) return 0;
    return 1;
}

static int in_words(const char *w, const char *const *l)
{
    for (; *l; l++)
        if (strcmp(w, *l) == 0) return 1;
    return 0;
}

/* Is the insult word at token i not said to the caller (the tests/data/eval README's line)?
 * Denied (you're not stupid, it's not a stupid question), reported (you said the driver called
 * you an idiot; not "I told you, you idiot"), the caller's own feeling (you feel like a fool), or
 * said of a thing (our system is a bit dumb). */
static int not_at_caller(const tokens *tk, size_t i)
{
    static const char *const deny[] = { "not", "never", "arent", "isnt", NULL };
    static const char *const article[] = { "a", "an", "so", "that", "very", "really", "being", NULL };
    static const char *const said[] = { "said", "says", "say", "called", "calls", "told", "tells", "mentioned", "yelled",
                                        "shouted", "wrote", NULL };
    /* who reports: the caller (you said), a third party (he called you, the driver told you) */
    static const char *const reporter[] = { "you", "he", "she", "they", "someone", "somebody", "people", "everyone",
                                            "driver", "courier", "neighbor", "neighbour", "manager", "staff", "agent",
                                            "guy", "man", "woman", "person", "officer", "boss", "husband", "wife", NULL };
    static const char *const det[] = { "the", "a", "an", "your", "his", "her", "their", "that", "this", NULL };
    static const char *const feel[] = { "feel", "feels", "felt", "feeling", NULL };
    static const char *const thing[] = { "system", "machine", "app", "website", "site", "printer", "software", "program",
                                         "computer", "process", "form", "menu", "robot", "bot", "setup", "device", NULL };
    static const char *const you[] = { "you", "youre", "your", "yourself", NULL };
    int s = tk->sentence[i];
    if (i > 0 && tk->sentence[i - 1] == s && in_words(tk->w[i - 1], deny)) return 1;
    if (i > 1 && tk->sentence[i - 2] == s && in_words(tk->w[i - 2], deny) && in_words(tk->w[i - 1], article)) return 1;
    for (size_t k = i; k-- > 0 && k + 4 > i && tk->sentence[k] == s;)
        if (in_words(tk->w[k], feel)) return 1;
    /* I'm not saying you're stupid / I never called you a fool: the word taken back */
    static const char *const speech[] = { "saying", "say", "said", "calling", "call", "called", "mean", "meant",
                                          "think", "thinking", "implying", NULL };
    static const char *const deny_speech[] = { "not", "never", "didnt", "dont", "wasnt", "doesnt", NULL };
    for (size_t k = i; k-- > 1 && tk->sentence[k] == s;)
        if (in_words(tk->w[k], speech) && tk->sentence[k - 1] == s &&
            (in_words(tk->w[k - 1], deny_speech) || (k > 1 && tk->sentence[k - 2] == s && in_words(tk->w[k - 2], deny_speech))))
            return 1;
    int thing_seen = 0, you_seen = 0;
    for (size_t k = i; k-- > 0 && tk->sentence[k] == s;) {
        if (in_words(tk->w[k], said) && k > 0 && tk->sentence[k - 1] == s &&
            (in_words(tk->w[k - 1], reporter) || (k > 1 && tk->sentence[k - 2] == s && in_words(tk->w[k - 2], det))))
            return 1;
        thing_seen |= in_words(tk->w[k], thing);
        you_seen |= in_words(tk->w[k], you);
    }
    /* a stupid error on my side / that stupid typo was ours / this stupid app: the word said of a slip or a
     * thing right after it, with no you or your in its clause, is the agent owning it or grumbling at a
     * tool, not an insult (helper fixin15) */
    static const char *const slip[] = { "mistake", "mistakes", "error", "errors", "bug", "typo", "slip", "blunder", NULL };
    if (i + 1 < tk->n && tk->clause[i + 1] == tk->clause[i] && (in_words(tk->w[i + 1], slip) || in_words(tk->w[i + 1], thing))) {
        int yours = 0;   /* (in its clause: …, I will fix your order now is another) */
        for (size_t k = 0; k < tk->n; k++) yours |= tk->clause[k] == tk->clause[i] && in_words(tk->w[k], you);
        if (!yours) return 1;
    }
    return thing_seen && !you_seen;
}

static const char *label_of(const char *rule)
{
    if (strcmp(rule, "insult") == 0) return "辱骂客户（英语）";
    if (strcmp(rule, "impatient") == 0) return "不耐烦（英语）";
    if (strcmp(rule, "rhetorical") == 0) return "反问客户（英语）";
    if (strcmp(rule, "blame") == 0) return "推诿（英语）";
    return "打发客户（英语）";
}

static size_t scan_rules(const tokens *tk, const en_rule *rules, int insult, cs_english_hit *hits, size_t n, size_t max)
{
    for (const en_rule *r = rules; r->words && n < max; r++) {
        size_t end;
        for (size_t i = 0; i < tk->n; i++) {
            if (!match_at(tk, i, r->words, &end) || !fires(tk, r, i, end)) continue;
            if (insult && not_at_caller(tk, i)) continue;
            if (insult && end == i + 1 && tk->named[i]) continue;   /* TM商标: a name, not 他妈 */
            int seen = 0;
            for (size_t k = 0; k < n; k++) seen |= strcmp(hits[k].rule, r->rule) == 0;
            if (!seen) {
                cs_english_hit *h = &hits[n++];
                h->rule = r->rule;
                h->label = label_of(r->rule);
                h->insult = insult;
                strncpy(h->words, r->words, sizeof h->words - 1);
                h->words[sizeof h->words - 1] = '\0';
            }
            break;
        }
    }
    return n;
}

size_t cs_tone_english(const char *text, cs_english_hit *hits, size_t max)
{
    if (!text || !max) return 0;
    /* most replies are Chinese: no Latin letter, no work */
    const unsigned char *p = (const unsigned char *)text;
    for (; *p; p++) {
        const unsigned char *q = p;
        unsigned c = fold_wide(&q);   /* (full-width letters too) */
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) break;
    }
    if (!*p) return 0;
    tokens *tk = malloc(sizeof *tk);
    if (!tk) return 0;
    tokenize(text, tk);
    size_t n = scan_rules(tk, INSULT, 1, hits, 0, max);
    n = scan_rules(tk, TABOO, 0, hits, n, max);
    free(tk);
    return n;
}
