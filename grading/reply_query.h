/* The questions a scenario asks about one trainee reply, answered by the grader so that no
 * scenario or Lua helper searches reply text itself: does it mention a topic, hit back at the
 * caller, promise money, read back what the caller dictated? Pure functions over a loaded bank and
 * the text, on the normal form of text_norm.h (width, case, spacing and Chinese digits folded). */
#ifndef CALLSIM_REPLY_QUERY_H
#define CALLSIM_REPLY_QUERY_H

#include <stddef.h>
#include <stdint.h>

#include "phrase_bank.h"
#include "phrase_match.h"

/* 1 if the word cps[start..start+len) of a normalised reply stands as a whole word there.
 * The one place that decides word boundaries for these queries: today Latin letters and digits
 * must not run on into the neighbours (help ≠ helpful, 110 ≠ 1105; 20GB holds 20 and GB); Chinese has no spaces, so a
 * Chinese word is accepted wherever it occurs until the word segmenter of the language engine
 * decides (switch this function to it). */
int cs_rq_whole_word(const uint32_t *cps, size_t n, size_t start, size_t len);

/* 1 if text holds one of words[0..n_words) as a whole word, on the normal form; a word never
 * matches across punctuation. NULL or empty words are skipped. -1 when out of memory. */
int cs_reply_mentions(const char *text, const char *const *words, size_t n_words);

/* How many times the reply says the standard phrase of category (0 when it is said rudely,
 * cs_reply_is_phrase): the reply is cut at its
 * punctuation and each run of up to 4 clauses that is the phrase counts once (您好请讲、您好请讲，
 * …再见 says silent_prompt twice). At least 1 when the whole reply is the phrase; 0 when it never
 * is; -1 when out of memory or the category is unknown. */
int cs_reply_says_count(const cs_phrase_bank *bank, const char *category, const char *text);

/* cs_reply_says_count without asking whether the reply is rude: how many times its clauses hold the
 * phrase of category (感谢您的耐心等待 in 感谢您的耐心等待。……不是我们的错). A rule that grades the
 * phrase there refuses it for the rudeness and charges the half (scenario_api.c score.tells). */
int cs_reply_holds_count(const cs_phrase_bank *bank, const char *category, const char *text);

/* 1 if the reply insults or hits back at the caller (the bank's insult verdict: 贵阳 §二(四) 4.2,
 * §二(三) 6), else 0. The insult of cs_reply_taboo. */
int cs_reply_retaliates(const cs_phrase_bank *bank, const char *text);

/* The one judgement of a reply's 禁忌语, 口头禅 and insults, for whole calls as for single replies:
 * exactly `grade-phrase taboo` (cs_match_phrase(bank, "taboo", ...): word lists, tone rules, the
 * tone model, the phrase-wins protection). Fills *out (may be NULL); returns 1 when the reply holds
 * a forbidden expression (out->insult: it also insults the caller), else 0. */
int cs_reply_taboo(const cs_phrase_bank *bank, const char *text, cs_match *out);

/* Is the reply the standard phrase of category, as a fair examiner hears it: cs_match_phrase's
 * verdict, and not said rudely (issue #11 item 4: a reply that holds the phrase but adds a
 * forbidden expression by cs_reply_taboo is not that phrase; 贵阳 §二(二) 2.1 礼貌用语, §二(三) 6).
 * A rude reply keeps parts_complete and gets the taboo hits, the reason and the judgement's
 * confidence. Returns out->match, or -1 when category is unknown or out of memory. */
int cs_reply_is_phrase(const cs_phrase_bank *bank, const char *category, const char *text, cs_match *out);

/* The three judgements above of a reply prepared once (phrase_match.h cs_prepare_reply): the same
 * verdicts as cs_reply_taboo, cs_reply_is_phrase and cs_reply_says_count of its text, the reply
 * read once and its taboo judgement made once however many questions are asked (call_grade.c asks
 * each reply several). p NULL (out of memory when preparing): 0, -1, -1. */
int cs_prepared_taboo(cs_prepared *p, cs_match *out);
int cs_prepared_is_phrase(cs_prepared *p, const char *category, cs_match *out);
int cs_prepared_says_count(cs_prepared *p, const char *category);

/* cs_reply_mentions on the reply and the words read as the matcher reads them: traditional
 * characters as simplified (OpenCC, han_convert.h), so 請您換一部電話 mentions 换. -1 when out
 * of memory. */
int cs_reply_mentions_read(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words);
/* cs_reply_mentions_read, and a word of two or more Han characters typed with one pinyin homophone slip counts
 * (大生点 mentions 大声), as the phrase matcher hears it; never a slip that makes a word of the reply's own. The
 * scenarios' call.mentions (calls34). -1 when out of memory. */
int cs_reply_mentions_typed(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words);

/* cs_reply_mentions(_read) for a fact the reply must state: an occurrence named under a denial of its
 * own clause (不是微信视频, 并非; 不是……而是 states what follows 而是) does not count. A fact named
 * only to deny it is not told (国家职业技能标准 3.1 2.1.1: the answer states what the lookup shows). */
int cs_reply_states(const char *text, const char *const *words, size_t n_words);
int cs_reply_states_read(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words);

/* 1 if the reply asserts one of words[0..n_words) (read as the matcher reads, traditional as
 * simplified): some clause holds the word (whole, as cs_reply_mentions) and states it, i.e. the
 * clause is no question (？, 吗, 呢) and no whether-frame (能不能, 是不是, 有没有, 可不可以, 是否,
 * 能否, 可否) or reported question (您问, 咨询的, 想知道) starts before the word ends. The
 * caller's question echoed (能不能享受……我这边需要核实) asserts nothing; 可以享受 does.
 * -1 when out of memory. */
int cs_reply_asserts(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words);

/* 1 if a clause of text wishes the caller one of the words: 祝/祝您/希望您/预祝 before the word in
 * the same clause (祝您早日中大奖). The wish and the word in different clauses (希望您理解，中没中奖
 * 要看……) wish nothing. -1 when out of memory. Reviewer final21 item 3 (off_topic). */
int cs_reply_wishes(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words);

/* 1 if the reply asks the caller about one of words[0..n_words) (read as the matcher reads,
 * traditional as simplified): some clause is a question by its form — a question mark or final
 * 吗/呢/么, a question word (几口人, 多少, 什么, 谁, 哪, 怎么 …), a whether-frame (有没有, 是否) or an
 * asking frame (请问, 想了解, 方便说说) — and holds the word; a clause that only frames the question
 * (请问，/ 想了解一下，) carries it to the next clause. 国家职业技能标准 3.1 2.2.1 通过提问技巧获取客户
 * 需求: the question in any ordinary wording, never a statement holding the word (适合全家人用).
 * -1 when out of memory. */
int cs_reply_asks(const cs_phrase_bank *bank, const char *text, const char *const *words, size_t n_words);

/* Which of several options the reply recommends (1-based), 0 when it recommends none: it lists them
 * and leaves the choice (退货、换货都可以，看您), advises none, or advises two different ones. words
 * [k] names option option[k] (1..n_options; read as the matcher reads, traditional as simplified).
 * An option is recommended in a clause that holds a cue of advice (建议, 推荐, 最好, 更快 …, not
 * negated: 不建议) and that option alone, or two options with 比 between them (换货比退货快: the
 * first); a clause of the cue alone (我建议，) carries it to the next. 国家职业技能标准 3.2 2.2.1: the
 * hesitant customer is given advice. (size_t)-1 when out of memory. */
size_t cs_reply_recommends(const cs_phrase_bank *bank, const char *text, const char *const *words,
                           const size_t *option, size_t n_words, size_t n_options);

/* 1 if the reply is a check-back in a long hold (贵阳 §二(一) 1.2 both ways): it thanks the caller
 * for waiting (hold_after, in one of its clauses) and asks them to wait again (稍等, 再等 …):
 * 感谢您的耐心等待，还在为您查询，请您再稍等一下. 0 otherwise, -1 when out of memory. */
int cs_reply_checks_back(const cs_phrase_bank *bank, const char *text);

/* Does the reply ask the caller to tell it again (国家职业技能标准 3.2 2.3.1: a transferred case is
 * taken over, not asked for again)? Clause by clause: 1 when some clause asks (请您再说一遍,
 * 您再重复一下好吗, 请问是什么问题？); 2 when none asks and some clause spares the caller, the act
 * negated (您不用再重复了, 不必再说一遍, 无需您再讲); 0 when neither (重复扣费, 我再为您重复一遍,
 * 我已经了解您遇到了什么问题). -1 when out of memory. */
int cs_reply_asks_repeat(const cs_phrase_bank *bank, const char *text);

/* The reply in simplified characters as the matcher reads it (malloc'd), or NULL when out of memory. */
char *cs_reply_simplified(const cs_phrase_bank *bank, const char *text);

/* A clause test for cs_reply_walk_clauses: clause t[a..b) of the reply t[0..n) (marked code points,
 * cs_normalize_marked; t[b] is its break, or b == n), ctx the caller's. Nonzero stops the walk. */
typedef int (*cs_reply_clause_fn)(const uint32_t *t, size_t a, size_t b, size_t n, void *ctx);

/* The clause-by-clause reading every clause rule shares: text simplified (the bank's variants),
 * normalised with its breaks marked, then each clause in turn put to test until one answers nonzero.
 * That answer, 0 when no clause answers (or text is NULL), -1 out of memory. */
int cs_reply_walk_clauses(const cs_phrase_bank *bank, const char *text, cs_reply_clause_fn test, void *ctx);

/* The largest amount of money, in yuan, the reply promises the caller (赔您500元, 补偿一百块,
 * 退您两千元), 0 when it promises none. An amount counts only with a giving verb before it in the
 * same clause and not negated (不能赔 500 元 promises nothing); 万分抱歉 and 十分 are no amounts.
 * -1 when out of memory. */
double cs_reply_money_promised(const char *text);

/* Whether the reply (or a record's field) states an amount of money that is none of known[0..n)
 * (the amounts the caller said, or the plan sold): a number with its unit (元, 块, 圆: 68元, 八十八块),
 * read in the normal form. An amount worked out from two known ones (their difference or sum: 每月少交70元
 * for 158 to 88) is known too. 1 and the first other amount in *found (may be NULL), 0 when every
 * amount stated is known or none is, -1 when out of memory. A record that states an amount nobody
 * said is a wrong record, not a part left out (国家职业技能标准 3.1 1.3.2 能记录有效信息). */
int cs_reply_other_amount(const char *text, const double *known, size_t n_known, double *found);

/* fix17c */
/* 1 when the reply (or a record's field) states a change of amount the wrong way round: the amount
 * `to` (what the caller moves to) as the one left — after 原, 旧, 从, 由, 退订, 现在 — or `from` as the
 * one taken — after 改为, 换成, 换到, 新办, 新, 到, an arrow (→). Each number is read by the nearest such
 * word before it in its clause, no other number between. 原套餐88元改为158元套餐 for 158 → 88 records
 * the change reversed: whoever carries it out keeps the caller on the plan she leaves, no valid
 * record (国家职业技能标准 3.1 1.3.2 能记录有效信息); 158元→88元, 从158元换到88元, 退订158元新办88元
 * are right. 0 when not, -1 when out of memory. */
int cs_reply_change_reversed(const char *text, double from, double to);

/* Whether the reply tells the caller how long a wait will take (大约需要1分钟, 两三分钟, 几分钟, 三十秒):
 * a number, 几 or 半 before 分钟/秒钟/秒. 1, 0, or -1 when out of memory. The hold rule reads it in
 * the 等待前用语 (贵阳 §二(一) 1.2): a caller told the wait was not left without a word. */
int cs_reply_announces_wait(const char *text);
/* fix17c: as cs_reply_announces_wait, and *seconds (may be NULL) the longest wait it names in seconds
 * (两分钟 120, 三十秒 30, 两三分钟 180), 0 when it names none by number (几分钟, 半分钟 read roughly): what the
 * hold summary compares the hold with before saying the told wait was exceeded. */
int cs_reply_wait_told(const char *text, double *seconds);

/* The hedge with which the reply puts a cause forward as a guess (应该是, 可能是, 估计是, 我猜 …), or
 * NULL when it has none (or out of memory): a guess is no answer from the lookup (国家职业技能标准 3.1
 * 2.1.1; 贵阳 §二(二) 2.19 says 需进一步核实 where the desk has nothing). 不可能是 is no guess. */
const char *cs_reply_guess(const char *text);

/* 1 if the reply reads back value (what the caller dictated): both normalised (spaces, dashes and
 * punctuation dropped, Chinese digits and 幺 → digits, 两 → 2 between digits), value found whole in the
 * reply. An empty value is never read back. -1 when out of memory. */
int cs_reply_reads_back(const char *text, const char *value);

/* The longest number in the reply, in digits (spaces, dashes, Chinese digits and 幺 folded, as a
 * number is read out): 7 or more is a phone number given out. 0 when none; -1 when out of memory. */
int cs_reply_longest_number(const char *text);

/* 1 if a recorded ticket field holds the dictated value: a value with digits (phone, account,
 * order number) must match digit for digit, since one wrong digit makes it a wrong number; other
 * values may differ by less than 1% of their characters (国家职业技能标准 4-04-05-03 (2021) 3.1
 * 1.3.2 信息错字率小于1%). */
int cs_field_matches(const char *dictated, const char *recorded);

/* 1 if the numbers in a recorded field are those of the dictated value, digit for digit and in
 * order (108号3单元502室 against 180号3单元502室 is 0): a house, room or order number that is one
 * digit off sends the visit or the search to the wrong place, so the record is no valid
 * information (3.1 1.3.2 能记录有效信息). 1 when the dictated value has no digits. */
int cs_field_numbers_match(const char *dictated, const char *recorded);

/* cs_field_matches and cs_reply_reads_back on the values as the matcher reads them: traditional
 * characters as simplified (OpenCC, han_convert.h), so 雲巖區中華北路 records 云岩区中华北路. -1
 * when out of memory. */
int cs_field_matches_read(const cs_phrase_bank *bank, const char *dictated, const char *recorded);
int cs_reply_reads_back_read(const cs_phrase_bank *bank, const char *text, const char *value);

/* 1 if the reply is written in English (at least 8 Latin letters, at least half the characters). */
int cs_reply_in_english(const char *text);

/* calls17 */
/* 1 if the reply promises to contact the caller back (我们处理后会第一时间给您回复, 核实后给您回电话):
 * it holds one of the bank's contact-back words (phrases.txt `define contact_back`, the promise part
 * of 2.13 and 2.19) as the matcher reads them (traditional as simplified, 你 as 您), not negated (我们将
 * 无法与您取得联系 is 2.11's warning, no promise). 国家职业技能标准 3.1 2.1.3 按规范受理客户的投诉建议:
 * the complaint taken, the customer told they will hear back. -1 when out of memory. */
int cs_reply_promises_contact(const cs_phrase_bank *bank, const char *text);

/* fix21c */
/* 1 if the reply addresses the caller by surname: the surname (the first character of surname, a
 * UTF-8 string: 钱) or a homophone the pinyin input method offers for it (前先生 typed for 钱先生, the
 * slip the phrase matcher forgives), followed by a form of address (先生, 女士, 总, 经理 …), as the
 * matcher reads the text (traditional as simplified: 錢先生). The surname alone is no address: 充钱
 * is money. 国家职业技能标准 3.3 2.1.1 受理系统转派的重要客户咨询; 贵阳 §二(一) 1.1 开篇语.
 * -1 when out of memory. */
int cs_reply_names_surname(const cs_phrase_bank *bank, const char *text, const char *surname);

/* calls30 */
/* 1 if the reply joins an off-topic caller's pastime instead of turning to the business (贵阳 §二(三)
 * 特殊处理 5; §二(四) 4.4 工作纪律): it wishes him a win (祝您中个大奖), tells him the weather (明天晴,
 * 二十多度) or advises him on it (出门多穿点), tells him the draw (开奖结果是), or chats along (哈哈, 我也
 * 觉得); read as the matcher reads (traditional as simplified). The topic named in a pointer or a
 * refusal (下不下雨您看一下天气预报, 开奖信息我们查不到) and 度 in 额度 are none. -1 when out of memory. */
int cs_reply_chats(const cs_phrase_bank *bank, const char *text);

/* 1 if the reply says the phrases of two categories in different words: a run of its clauses (up
 * to 4, as cs_reply_says_count cuts them) is the phrase of first, and a run apart from it, no
 * clause shared, is the phrase of second. 请问您需要帮助吗？如果没有业务需要咨询，再见！ asks
 * (特殊处理 1) and closes (特殊处理 2、3); 感谢您的来电，若没有其他业务咨询，再见！ is one close,
 * whose conditional clauses the bank also reads as 特殊处理 3's close: the same words do not do
 * two steps of a protocol (贵阳 T-GSOCCIA 001—2020 §二(三) 特殊处理 1—3). 0 when not, -1 when a
 * category is unknown or out of memory. */
int cs_reply_says_apart(const cs_phrase_bank *bank, const char *text, const char *first, const char *second);

/* fix30c */
/* 1 when m's 禁忌语 is the statistical tone model's alone (reason tone.model, label 语气不当 or its
 * insult): a signal the examiner panel decides (phrase_match.c confidence 0.6), never a rule's verdict. */
int cs_match_model_only(const cs_match *m);

/* 1 when a rule's 禁忌语 (not the tone model's alone) in the reply is aimed at the step of category: in
 * or after the clauses that say the phrase (……请问您需要帮助吗？骂够了没有？), or before them in clauses
 * that do not chat along with the caller (没事别老往热线打，如果没有业务需要咨询，再见！); not a chat
 * clause before it (天气预报我也没看呢，您出门多穿件外套。请问您有业务需要咨询吗？: cs_reply_chats), which
 * the courtesy and focus items charge (贵阳 T-GSOCCIA 001—2020 §二(三) 6 注意通话语气和态度; §二(二) 2.1).
 * The phrase said only by the whole reply: the whole reply's verdict. 0 when not; -1 unknown category or
 * out of memory. */
int cs_reply_rude_at_phrase(const cs_phrase_bank *bank, const char *category, const char *text);

#endif
