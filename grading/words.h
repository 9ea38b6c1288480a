/* A reply as words: the marked normal form (text_norm.h) cut by the lexicon (lexicon.h) into
 * words, each with its span and its UTF-8 spelling, clause by clause. The tone rules and the
 * insult targets read this, so their rules are written over words ("你", "没", "听清楚", "吗"),
 * never over substrings. */
#ifndef CALLSIM_WORDS_H
#define CALLSIM_WORDS_H

#include <stddef.h>
#include <stdint.h>

#define CS_WORD_BYTES 40

typedef struct {
    size_t s, e;               /* span [s, e) in the code points */
    size_t clause;             /* clause number (0, 1, ...) */
    char w[CS_WORD_BYTES];     /* UTF-8 spelling (cut at a character boundary if longer) */
} cs_word;

struct cs_filler_memo;

typedef struct {
    cs_word *v;
    size_t n;
    size_t n_clauses;
    unsigned char *question;   /* per clause: 1 when it ends in ? / ？ or a question particle */
    /* the fillers as tone_filler.h reads them, read once when the words are built (asked 3-5 times a reply),
     * or NULL; owned. A prefix view (a copy with fewer words) shares the pointer and reads its own. */
    struct cs_filler_memo *fillers;
} cs_words;

/* Builds the words of t[0..n) cut at starts (starts[i] = 1 where a word begins). Breaks are not
 * words: they end a clause. Returns 0, or -1 when out of memory (out is then empty). */
int cs_words_build(const uint32_t *t, size_t n, const unsigned char *starts, cs_words *out);
void cs_words_free(cs_words *w);

/* 1 when word is one of the NULL-terminated list (of words: no entry is empty). */
int cs_word_in(const char *word, const char *const *list);

/* 1 when word i lies in reported speech: the agent repeating what someone else said to the caller
 * (他说您是…, 对方骂您…, 您是说快递员让您滚，是吗？, 对方说“关我什么事”). A third party (他, 对方,
 * 快递员, 那个人 …) says, calls or tells before it in its clause, or ends the clause just before it
 * with 说/骂. Words the agent quotes are not the agent's words (issue #11: an examiner does not
 * fail an agent for recording the caller's complaint). */
int cs_words_reported(const cs_words *w, size_t i);

/* 1 when word i is said of a thing, not of the caller: a thing (机器, 系统, 打印机 …) named
 * before it in its clause and no 你/您 (这台机器有点笨, 我们这个系统太蠢了 — not 你这脑子真笨). */
int cs_words_said_of_thing(const cs_words *w, size_t i);

/* 1 when word i is said of the agent, not of the caller: 我/我们 its subject with only copulas and
 * degree words between (是我太笨了, 我真是个傻瓜), or the caller's word about the agent repeated
 * (您骂我笨, 您说我是傻子). An agent's self-deprecation insults no one (国家职业技能标准 3.1 不用
 * 禁忌语 is about words at the caller). Curses are not judged by this (the caller decides nothing:
 * 我真他妈… is swearing on the line). */
int cs_words_said_of_self(const cs_words *w, size_t i);

/* 1 when word i is the caller's own word taken up as a topic: 您说的 / 你提到的 / 您讲的 (那个) right before
 * it in its clause, and no 你/您 after it there (您说的老不死是那个耐旱的多肉吧, 您提到的神经病是指邻居吗):
 * a word mentioned, not said to anyone (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 is about words at the
 * caller; helper fixin15). 你说的傻子就是你 says it of the caller. */
int cs_words_callers_word(const cs_words *w, size_t i);
/* fix32a: 1 when word i is the caller's judgement of themself said back (您说自己是个废物, 你刚才讲你自己就是个累赘):
 * the caller the subject of a verb of speech or thought, 自己 its object (grading/words_self_said.c). */
int cs_words_self_said(const cs_words *w, size_t i);
/* fix32a: 1 when some word of the reply is such a judgement said back (the tone model reads the word whoever says it). */
int cs_words_self_said_any(const cs_words *w);
/* fix32a: 1 when the reply reassures (您不是疯了，这是很常见的反应: a state of mind denied, then named normal) or
 * asks what is the matter with comfort (咋咧？您慢慢说): the tone model reads 疯 / 咋咧 as the attack they can be. */
int cs_words_reassures(const cs_words *w);
/* dev34, fix34c: 1 when a clause of the reply pledges to take the caller's matter on (您的事就是我的事), its clause in
 * *clause: the tone model reads that clause as 关我什么事, so it is left out of the model's reading (the rest is not). */
int cs_words_pledge_clause(const cs_words *w, size_t *clause);

/* 1 when words [first, last] are part of a name that a word after them heads: a product, item, shop
 * or channel (您抽到的这个白痴熊皮肤, “傻白甜”皮肤, 二傻子零食礼包) or a forum, X吧, followed by 的/里/
 * 上 or after 在 (那个弱智吧的段子, 您在脑残粉吧看到的): the insult word names a thing, not the caller
 * (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 is about words at the caller). */
int cs_words_names_thing(const cs_words *w, size_t first, size_t last);

/* 1 when word i lies in a condition (如果 / 要是 / 假如 / 万一 before it in its clause, or 的话 after
 * it) and the reply goes on to offer help or reassurance (没关系, 我慢慢给您讲, 我大声一点, 我帮您):
 * 老人家理解能力有问题的话也没关系，我一步一步陪您弄 and 您耳朵不好的话我大声一点 are care (贵阳
 * T-GSOCCIA 001—2020 §二(二) 2.4 回答客户声音小时 in spirit), not an attack; 你脑子有问题的话就别打了
 * offers none. */
int cs_words_cared_condition(const cs_words *w, size_t i);

/* 1 when the reply owns a slip of the agent's: it opens with the agent as the subject (我, 是我,
 * 都怪我, 瞧我, 我这 …; after an interjection such as 哎呀) with no 你/您 in that clause, and some clause
 * after it apologises or puts the slip right (抱歉, 对不起, 见怪, 更正, 改过来, 重新, 核对, 补上) or asks
 * for it again, slower (再说, 慢点). 我猪脑子，刚才
 * 看错了，实在抱歉 runs the agent down: rude to no one (国家职业技能标准 3.1 不用禁忌语 is about words
 * at the caller). */
int cs_words_owns_slip(const cs_words *w);

/* 1 when the reply, after word i, names what the caller gains from a step of the service: 新号马上
 * 就能用, 新卡就可以激活了, 改完就生效 (就能 / 就可以 and the use) — 您等着，我把您的旧号码注销以后… is the order of the work (贵阳
 * T-GSOCCIA 001—2020 §二(一) 1.2 a wait that serves), not retaliation; 我把你号码注销了，看你还打
 * 不打 names no gain (helper fix13b). */
int cs_words_gain_after(const cs_words *w, size_t i);

/* 1 when word i lies in the caller's own self-talk that the agent forbids, to comfort them: 您别说
 * 自己是笨人 / 不要觉得自己傻，谁都有第一次 — a prohibition (别说, 不要觉得 …) before 自己 in the clause,
 * nobody named between: the word is the caller's, rejected (国家职业技能标准 3.1 不用禁忌语 is about
 * words at the caller; helper fix13b). 您就是笨人 says it. */
int cs_words_self_talk_forbidden(const cs_words *w, size_t i);

/* 1 when word i is under a denied speech act aimed at the caller: 我没有说您笨, 我从来没说过您是
 * 骗子, 不是说您傻 — the agent taking the word back, a reassurance, not an insult. */
int cs_words_denied_speech(const cs_words *w, size_t i);

/* 1 when the reply goes on, after word i, to offer help or a transfer (我帮您转接…, 我马上为您联系
 * 物业, 我先帮您记录下来): 不归我们管 followed by a transfer is directing the caller, not 推诿
 * (呼叫服务员职业标准(试行) 五级 三(三)3 正确转接电话，寻求支持服务). */
int cs_words_help_after(const cs_words *w, size_t i);

/* 1 when word k is itself an offer of help or a transfer (帮您, 转接, 联系, 打 给 您 …), refused or
 * not: the word cs_words_help_after looks for. The last offer of a reply is found with one pass. */
int cs_words_offer(const cs_words *w, size_t k);

/* 1 when the agent is the one who seeks, at word i (找领导, 问别的部门, 打别的电话): 我/我们 its
 * subject, or 帮您/为您/替您 before it, with only words of when and how between and no refusal
 * (我帮您找领导问一下, 我这就去问其他部门). The caller sent elsewhere is 推诿; the agent going to a leader or another
 * department for the caller is the help 呼叫服务员职业标准(试行) 五级 三(三)3 asks for (正确转接电话，寻求支持服务;
 * 贵阳 T-GSOCCIA §二(二) 2.7 gives the leader's number on request). */
int cs_words_agent_seeks(const cs_words *w, size_t i);

/* 1 when word i is said in a clause about the agent's own self: a clause that opens with the agent
 * and a part of the agent (我这人, 我这记性, 瞧我这脑子, 怪我嘴笨; after an interjection) and names no
 * caller, or a likening with no subject of its own (跟个漏勺似的, 像浆糊一样) right after such a
 * clause, naming no caller either. 我这人有点啰嗦 / 瞧我这记性，跟个棒槌似的 run the agent down, rude
 * to no one (国家职业技能标准 3.1 不用禁忌语 is about words at the caller; the label rule of
 * tests/data/eval/README.md: self-deprecation is taboo 0, insult 0). 我这人说话直，你就是… names
 * the caller: not this. */
int cs_words_agent_own(const cs_words *w, size_t i);

/* 1 when clause c tells of a thing breaking down on the line and names nobody: 系统又卡了, 电话又断掉了,
 * 屏幕又黑掉了, 网又断了, 打印机又坏了 (卡/断/掉线/死机/崩/坏/黑屏/没反应/打不开/转圈 …), with no
 * 你/您/侬 and nothing the caller did (打电话, 投诉, 不会 …). A curse standing before such a clause is
 * vented at the tools: a 口头禅 (呼叫服务员职业标准(试行) 三(一)2), not an insult of the caller
 * (the label rule of tests/data/eval/README.md: a curse or grumble at a thing is insult 0). */
int cs_words_breakdown_clause(const cs_words *w, size_t c);

/* insult32: 1 when clause c speaks of a thing of the caller's and of nothing else of theirs: 您这单号少了一位, 你的卡号对不上,
 * 您这张票是昨天的 — 你/您 only as the owner (这 / 的 / 那 after it) of a thing that is no person, part of one, manner
 * or matter (not 你这人, 你这脑子, 您的态度, 你的事), nothing the caller did (报, 填, 说, 会 …) and no word of scorn. A
 * curse standing before such a clause is said about the thing (grading/words_insult32.c; the label rule of
 * tests/data/eval/README.md: a curse at a thing is 禁忌语, insult 0). */
int cs_words_caller_thing_clause(const cs_words *w, size_t c);

/* insult32: 1 when word i, a name the agent exalts themself by (老子, 老娘, 本大爷, 姑奶奶), opens a clause of the agent's
 * own doing and squares up to nobody: no 你/您 in the reply but as the subject opening a clause (老子不管了，你爱找哪个找
 * 哪个 sends the caller off: 推诿), none after a word that takes the caller as its object or partner (跟你, 陪你, 给你,
 * 把你), and no refusal of the caller themself (不伺候, 不奉陪, 懒得理: retaliation). Arrogant, a 禁忌语; not the insult
 * that fails the call, which needs a word at the caller (the label rule of tests/data/eval/README.md). */
int cs_words_self_exalted_aside(const cs_words *w, size_t i);

/* 1 when word i opens or holds 又是您/又是你 greeting a regular caller warmly: the reply has an
 * address, an offer of help or a word of care (阿姨, 有什么可以帮您, 请讲, 最近身体还好吧, 上回的事
 * 解决了吧, 听声音就知道) and no grumble (烦, 怎么又, 又怎么了, 没完, 天天, 又来, 到底, 干嘛, 清闲, the
 * calls counted: 第五次). 又是您呀张
 * 阿姨 is a welcome (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1 礼貌用语 in spirit); 怎么又是你 sighs. */
int cs_words_warm_regular(const cs_words *w, size_t i);

/* 1 when the reply answers the caller's trouble in sympathy, apology or help at once (实在对不住, 辛苦
 * 了, 人没事就好, 我马上给您派单, 太抱歉了) and holds no reproach or helplessness (都…了还, 咋整, 怎么又,
 * 这都, 简单, 不会, nor the caller's manner judged: 真能, 话真多): dismay said for the caller (哎呀妈呀，让您等了老半天) — 贵阳 T-GSOCCIA 001—2020
 * §二(二) 2.12 安抚 in spirit — not a 口头禅 of exasperation at them (哎呀妈呀，这可咋整). */
int cs_words_sympathy(const cs_words *w);

/* The innocent readings defined in the tone modules (tone_third_party.c, tone_retry_blunder.c,
 * tone_sense_care.c, tone_denied_cause.c) are declared in tone_readings.h, next to their code's layer. */

/* fix15u: a denial or report undone (grading/words_undone.c). */
/* 1 when what follows word i (the rest of its clause and the next clause) says the word again as a
 * verdict (不是您X，是X到家了) or approves it (大家心里都清楚, 是您自己承认的, 您自己对号入座, 说得挺对, 您自己
 * 觉得呢): the denial or report before word i no longer clears it (贵阳 T-GSOCCIA 001—2020 §二(二) 2.1). */
int cs_words_denial_undone(const cs_words *w, size_t i);

/* taboo17: insult words said of no one (grading/words_not_aimed.c). */
/* 1 when word i is 滚 with a beast or a load as its subject and a word of motion after it (那几只羊滚到沟里了,
 * 您家的猪滚下坡了): rolling, not an order to the caller (你滚到一边去). */
int cs_words_thing_rolls(const cs_words *w, size_t i);
/* 1 when words [first, last] modify a noun right after them that names a disease, a beast or a crop (白痴病,
 * 神经病牛) in a clause naming no 你/您, asked (a question) or corrected after it (您是说…, 可能是…): the caller's
 * misnamed term asked back, not said to them. */
int cs_words_term_asked(const cs_words *w, size_t first, size_t last);
/* 1 when words [first, last] are followed in their clause by a place head (沟, 村, 湾, 坡 …) and more words:
 * a place name that holds an insult word (二杆子沟那块地). */
int cs_words_place_named(const cs_words *w, size_t first, size_t last);

/* The words of w from index `from` while they stay in clause c (c == (size_t)-1: every word to the
 * end), spelled together into buf as the lexicon may cut a stem either way (又卡 / 卡了). 0 when
 * they do not fit: a stretch that long says more than the short stems looked for. */
int cs_words_spell(const cs_words *w, size_t from, size_t c, char *buf, size_t cap);
/* The same words spelled whole into a buffer of their own length (malloc'd: the caller frees it), or NULL when out of
 * memory: for a reader that must see a long clause to its end (a verdict that turns on its last words). */
char *cs_words_spelled(const cs_words *w, size_t from, size_t c);

#endif
