-- Helpers every scenario sees, written in Lua on top of the C primitives (call.wait & co.).
-- Loaded into each scenario's sandbox before the scenario file itself.

-- Waits for the trainee's next reply that matters to the conversation: hold/unhold and tickets are
-- passed over (the grader still sees them); text, a choice, transfer, escalate, hang-up or a
-- timeout come back to the script. A check-back in a long hold (taken off hold, 感谢您的耐心等待，
-- 还在查，请您再稍等 — call.checks_back) is passed over too: the check goes on, the answer follows.
-- So is text typed while the caller was in a scripted silence (a transfer's ring-out: 电话还在接通中，
-- 请您再稍等) when the caller has asked something since (r.ahead): it was said before the question
-- and is no answer to it, unless it says what the step asks or any part of it (opts.expect's
-- phrase: a step said a turn ahead is still the step, and a step begun in the silence and finished
-- after the question is one step, its parts joined by call.more — issue #11 item 6: items are earned
-- by what was said wherever it fits, not by message) or hits back at the caller (the insult is
-- answered). It stays said: call.said(), the grader's courtesy and phrase rules read it.
local function said_ahead(r, opts)
  if r.kind ~= "text" or not r.ahead or call.retaliates(r) then return false end
  if type(opts) == "table" and opts.expect and (r.match or
      #phrase.match(opts.expect, r.text).missing < #phrase.match(opts.expect, "").missing) then
    return false
  end
  return true
end

local function passed_over(r, opts)
  return r.kind == "hold" or r.kind == "unhold" or r.kind == "ticket"
    or (r.kind == "text" and call.checks_back(r)) or said_ahead(r, opts)
end

function call.reply(opts)
  while true do
    local r = call.wait(opts)
    if not passed_over(r, opts) then return r end
  end
end

-- As call.reply, but a hold comes back: the trainee answered by going to look (贵阳 §二(一) 1.2),
-- and what is said after the hold is the answer, no reply to the step before it (review31 H).
local function reply_or_hold(opts)
  while true do
    local r = call.wait(opts)
    if r.kind == "hold" or not passed_over(r, opts) then return r end
  end
end

-- Consecutive messages count together (issue #11 item 6: items are earned by what was said
-- wherever it fits, not by message): a trainee may send one step as two messages with no caller
-- turn between them (感谢您的耐心等待。 / 经核实，是……). After the trainee's text r, waits up to
-- `seconds` (default 5; the wait runs on while the trainee is typing) for the next message before
-- the caller speaks, and returns one text reply holding both (r's text, then the new one; its
-- `match` is for `expect` when given), or r when nothing came. Any other reply that comes instead
-- (a hang-up, a transfer …) is returned as it is, for the script to handle.
-- A reply with a 禁忌语 (r.taboo) is not waited on: the caller answers it at once.
-- The beat ends, and r comes back alone, when the trainee does something else on the desk or the
-- line first (files a ticket, puts the caller on hold: what is typed after it is for the caller's
-- next turn), and when `expect` is given and the next message is on its own a phrase of another
-- category and holds no part of this one (it is the next step, as the grader's runs read it,
-- grading/call_grade.c window_reach): that message goes back (call.unread) to be the reply to what
-- the caller says next.
-- With `expect`, the wait for the rest joins only what goes on with the phrase: the pair says it,
-- or says more of it than r alone (a three-part phrase over three messages), the next message holds
-- a part of it (感谢您的来电。 / 祝您生活愉快， / 再见！), or the next message is a filler between
-- the parts (好的。 / 嗯: no part of the phrase and no phrase of its own, a word or two). Two
-- messages sent are two messages: one that adds nothing to the phrase (您是在哪里办的？ after
-- 非常抱歉，给您带来了不便。) is no rest of it; the caller answers r, and that message is the reply
-- to what the caller says next (issue #11 item 6: a real trainee sends two short messages, and each
-- is judged; the grader reads each on its own too).
local function adds_to(r, nxt, joined, expect)
  if not expect or joined.match then return true end
  local none = #phrase.match(expect, "").missing
  local nxt_missing = #phrase.match(expect, nxt.text).missing
  if nxt_missing < none or #phrase.match(expect, joined.text).missing < #phrase.match(expect, r.text).missing then
    return true
  end
  return not nxt.category and (utf8.len(nxt.text) or math.huge) <= 4
end

function call.more(r, seconds, expect)
  -- the same words as the C functions' type errors (a number here used to fail on r.kind)
  if type(r) ~= "table" then
    error("bad argument #1 to 'call.more' (table expected, got " .. type(r) .. ")", 2)
  end
  if seconds ~= nil and type(seconds) ~= "number" then
    error("bad argument #2 to 'call.more' (number expected, got " .. type(seconds) .. ")", 2)
  end
  -- a reply rude on its own (an excuse, blame: its taboo) starts no phrase the next message could
  -- finish: the caller answers it at once (the grader's runs agree, grading/call_grade.c)
  if r.kind ~= "text" or (r.taboo and #r.taboo > 0) then return r end
  local nxt
  repeat  -- a check-back in a long hold is no part of the phrase and no reply (as call.reply)
    nxt = call.wait { timeout = seconds or 5, expect = expect, beat = true }
  until not (nxt.kind == "text" and call.checks_back(nxt))
  if nxt.kind == "timeout" or nxt.kind == "ticket" or nxt.kind == "unhold" then return r end
  if nxt.kind == "hold" then
    -- the caller waits on hold for the trainee to come back, then answers r
    repeat nxt = call.wait { timeout = 600 } until nxt.kind ~= "ticket" and nxt.kind ~= "hold"
    if nxt.kind == "unhold" or nxt.kind == "timeout" then return r end
    if nxt.kind == "text" then call.unread() return r end
    return nxt
  end
  if nxt.kind ~= "text" then return nxt end
  local text = r.text .. "。" .. nxt.text
  -- a pair longer than a reply may be (2000 characters, sim/core/text_gate.h CS_TEXT_MAX_CHARS) is
  -- no reply the questions (call.says …) can read, nor a phrase: the caller answers r first
  if (utf8.len(text) or math.huge) > 2000 then   -- (nil: not UTF-8, a table the script made)
    call.unread()
    return r
  end
  -- head: the messages before the last, none rude (above); the grader reads a phrase said there on its own
  -- as said politely, whatever the last message says (sim/core/scenario_api.c rude_phrase_ruled, calls35a)
  local joined = { kind = "text", text = text, head = r.text, latency = r.latency, cpm = nxt.cpm }
  if expect then joined.match = call.says(joined, expect) end
  -- what either message said wrong stays said: the pair keeps the later one's 禁忌语
  if nxt.taboo and #nxt.taboo > 0 then joined.taboo, joined.match = nxt.taboo, false end
  if not adds_to(r, nxt, joined, expect) then
    call.unread()
    return r
  end
  return joined
end

-- Offers choices: call.choose{ "选项一", "选项二", correct = 2, prompt = "…", timeout = 20 }.
-- Returns the index chosen (nil if the trainee did something else) and the reply.
function call.choose(opts)
  if type(opts) ~= "table" or #opts == 0 then
    error("call.choose needs a list of choices, e.g. call.choose{ \"A\", \"B\", correct = 1 }", 2)
  end
  local r = call.reply(opts)
  if r.kind == "choice" then return r.choice, r end
  return nil, r
end

-- A seeded random element of a list.
function call.pick(list)
  if type(list) ~= "table" or #list == 0 then
    error("call.pick needs a non-empty list", 2)
  end
  return list[call.random(#list)]
end
-- call.offered(r, options): the offer reply r puts forward, as the grader reads it (call.recommends:
-- the option a cue of advice points at, 推荐您办B, 300兆最适合您), else the one option it names when
-- it names only one (an offer made is the offer put forward: 国家职业技能标准 3.1 2.2.2 结合客户需求
-- 提供服务方案). Never the first option named: a trainee who runs through every offer before naming
-- the one for this customer sells that one. Returns its index, or nil and true when the reply names
-- several and puts none forward (the offers listed, the choice left to the customer), or nil.
-- `options` as for call.recommends: each a word or a list of words that name it.
function call.offered(r, options)
  if type(r) ~= "table" or r.kind ~= "text" then return nil end
  local pick = call.recommends(r, options)
  if pick then return pick end
  local named
  for i, words in ipairs(options) do
    if call.mentions(r, type(words) == "table" and words or { words }) then
      if named then return nil, true end
      named = i
    end
  end
  return named
end

-- Questions about a reply are answered in C by the grader (grading/reply_query.c), never here:
-- call.says(r, category), call.mentions(r, words), call.retaliates(r [, words]),
-- call.promises(r, {money = N}), call.reads_back(r, field), call.in_english(r), call.checks_back(r), call.asserts(r, words), call.asks(r, words), call.asks_repeat(r), call.ends_call(r), call.last_says(category). No Lua searches
-- the trainee's text itself.

-- call.field_mentions(ticket, field, words): whether the ticket's field `field` names one of
-- `words` (as call.mentions reads it), and that field's text ("" when the form has none). A ticket
-- is the business asked for only when the right field holds it (国家职业技能标准 3.1 1.3.2, field by
-- field): one helper for every scenario that checks a form so, and says back what was recorded.
function call.field_mentions(ticket, field, words)
  local value = (ticket.fields or {})[field] or ""
  return call.mentions(value, words), value
end

-- The ticket step (国家职业技能标准 3.1 1.3.2 按业务操作规则记录客户信息): the record, filed now or
-- earlier in the call. Items are earned by what was done wherever it fits (issue #11 item 6):
-- call.reply passes tickets over, so a trainee who files the record while the caller is still
-- pressing for a phrase (a second try of call.expect_phrase, a call.choose) has made it all the
-- same. Every scenario's ticket item is graded through this one step, so none forgets a record
-- filed early and none waits for a second one it does not need.
--
--   local r, ok, ticket = call.record {
--     ok = function(t) return call.reads_back(t, "联系电话") end, -- the right record (default: any)
--     turns = 3, timeout = 20,      -- the waits it takes at most (default 3 of 20 s)
--     nudge = "记下来了吗？",        -- said when a wait runs out
--     wrong = "你记的是什么？",      -- said for a ticket that is not right; the step waits on
--     keep = true,                  -- the step waits for more than the record: only on ends it
--     on = function(r, turn) ... end, -- every reply the step takes (a ticket once judged); true ends it
--     closing = true,               -- a 结束语 said while the step waits ends it (4th result true)
--   }
--
-- First the last ticket filed so far (call.filed): when it is right the step needs no wait (unless
-- keep). One that is not right is answered with `wrong` as one filed now would be, and the step
-- waits all its turns: what the caller has just given may not be in it yet. A ticket filed during
-- the step ends it when right (unless keep); one that is not right is answered with `wrong` and
-- waited on, or without `wrong` ends the step (it is the record made). A timeout brings `nudge`.
-- With `closing`, a 结束语 said while the step waits (贵阳 §二(一) 1.4) ends the step as the closing it
-- is: the scenario charges what was never recorded and says goodbye at once, and the closing is not
-- used up inside the wait (`on` still sees that reply first, e.g. for a promise said in it).
-- Returns the last reply the step took (the early record when it took none), whether a right record
-- was filed (early or now), the record: the right one, else the last one filed, else nil, and
-- whether the step ended on a closing.
-- Returns nil when the call is over (call.over: the trainee hung up or insulted the caller).
function call.record(o)
  if type(o) ~= "table" then
    error("bad argument #1 to 'call.record' (table expected, got " .. type(o) .. ")", 2)
  end
  local right = o.ok or function() return true end
  local ok, ticket = false, call.filed()
  local r = ticket
  if ticket then
    ok = right(ticket) and true or false
    if ok and not o.keep then return r, true, ticket end
    if not ok and o.wrong then call.say(o.wrong) end
  end
  for turn = 1, o.turns or 3 do
    r = call.wait { timeout = o.timeout or 20 }
    if call.over(call, r) then return nil end
    if r.kind == "ticket" then
      local good = right(r) and true or false
      if good or not ok then ticket = r end
      ok = ok or good
      if not o.keep then
        if good or not o.wrong then break end
        call.say(o.wrong)
      end
    elseif r.kind == "timeout" and o.nudge then
      call.say(o.nudge)
    end
    if o.on and o.on(r, turn) then break end
    if o.closing and r.kind == "text" and call.says(r, "closing") then return r, ok, ticket, true end
  end
  return r, ok, ticket, false
end

-- call.spell_digits(s): "13912345678" → "1 3 9 1 2 3 4 5 6 7 8", for call.dictate: espeak-ng reads
-- an unbroken digit string as one large number (十三亿……), not as a phone number.
function call.spell_digits(s)
  return (string.gsub(tostring(s), "(%d)", "%1 "):gsub(" $", ""))
end

-- Turn helpers shared by the scenario library. Each takes `call` first, so a script can keep
-- short local names: local over, expect_phrase = call.over, call.expect_phrase.

local POLITE = "贵阳 T-GSOCCIA 001—2020 §二(二) 2.1；§二(四) 4.2 有效控制个人情绪"

-- True when the call is over for the script: the trainee hung up, or insulted the caller (which
-- fails the call; the caller protests and hangs up).
local function over(call, r)
  if r.kind == "hangup" then return true end
  if call.retaliates(r) then
    score.fail("对客户出言不逊：“" .. r.text .. "”", POLITE)
    call.say("你这是什么态度？你工号多少？我要投诉你！")
    call.hangup("客户被激怒挂机")
    return true
  end
  return false
end

-- True when text reply r holds some of the parts of phrase cat but not all, said politely: the
-- rest may follow in the next message (非常抱歉，我不太明白您的意思。 / 请您说慢一点儿，好吗？).
-- The grader decides which parts it holds (phrase.match); a reply with none of them, or a rude
-- one, is no start of the phrase and the caller answers it at once.
local function part_of(r, cat)
  if r.kind ~= "text" or r.match or (r.taboo and #r.taboo > 0) then return false end
  local missing = #phrase.match(cat, r.text).missing
  return missing > 0 and missing < #phrase.match(cat, "").missing
end

-- The rest of phrase cat may follow in the next messages before the caller speaks (感谢您的来电。 /
-- 祝您生活愉快， / 再见！): joins them while the phrase is begun but not finished and the trainee
-- goes on, three more messages at most (the grader reads the same run as one reply,
-- grading/call_log.h). Returns the reply, joined or not, or what came instead (a hang-up …).
local function finish_phrase(call, r, cat)
  for _ = 1, 3 do
    if not part_of(r, cat) or call.retaliates(r) then return r end
    local nxt = call.more(r, 5, cat)
    if nxt == r or nxt.kind ~= "text" then return nxt end
    r = nxt
  end
  return r
end

-- The phrase said, but rudely: every part of it there and a 禁忌语 or rude tone in the same reply
-- (r.rude, the grader's cs_match.said_rudely; an insult is never this, it fails the call). One fault,
-- named as it is: the standard's words were said, so the step's item earns half (as a phrase said
-- only when the caller pushed) and its reason names the rude words, never "not said"; the rude
-- words are also the courtesy item's fault (呼叫服务员职业标准 2.2 三(一)2 正确使用服务用语，
-- 不用禁忌语: two requirements, both missed). The grader's phrase rules do the same
-- (grading/call_grade.c said_rudely).
--
-- said_rudely(seen, r): the first reply that said the phrase rudely, seen so far (seen, or r).
local function said_rudely(seen, r)
  if seen then return seen end
  if r and r.kind == "text" and r.rude then return r end
  return nil
end

-- rude_credit(item, pts, why, rude [, clause]): where a step's phrase was never said politely,
-- awards half of pts to item when rude (a reply of said_rudely) said it, with the reason naming
-- the rude words; true when it did, false (nothing awarded: deduct as before) otherwise.
local function rude_credit(item, pts, why, rude, clause)
  if not rude then return false end
  score.award(item, pts // 2, why .. "，但同一句附带禁忌语「" .. table.concat(rude.taboo, "、")
    .. "」，不算规范用语，只得一半分", clause)
  return true
end

-- step_credit(item, pts, why, r [, clause]): a step judged by what it says (a read-back, 复述确认)
-- earns pts; said with a 禁忌语 in the same reply (r.taboo: 您自己的号码都记不住吗, 说那么快谁听得清;
-- an insult never gets here, it fails the call) it was done, not as prescribed, and earns half, the
-- reason naming the words, as a phrase said rudely does (rude_credit; 呼叫服务员职业标准 2.2 三(一)2
-- 正确使用服务用语，不用禁忌语: two requirements, both missed). The courtesy item charges the words too.
local function step_credit(item, pts, why, r, clause)
  local rude = r and r.kind == "text" and r.taboo and #r.taboo > 0 and r or nil
  if not rude_credit(item, pts, why, rude, clause) then score.award(item, pts, why, clause) end
end

-- Waits for the phrase category o.cat, twice at most: the first try earns o.pts, the second half
-- of it; between the tries the caller says o.nudge. o.given (calls17): parts of the phrase the call
-- has already said or grades elsewhere (said_but_given), not asked again. Returns the reply, whether it matched and on
-- which try (1 or 2), and the reply that said it rudely if one did (said_rudely), or nil when the
-- call is over. o.accept(r), when given, must also hold: the
-- step is one phrase of a category that has several (2.21 回拨: the self-introduction, not the
-- 请问他在吗 of the same category).
--
-- A phrase begun on the first try and finished on the second, after the caller asked again (喂，
-- 您好！ / 喂？你是哪里？ / 我是12号客服专员，请问刚才是您拨打我们的客服电话吗？), was said, late: the
-- second try reads the two together (items are earned by what was said wherever it fits, issue #11
-- item 6), unless either holds a 禁忌语.
--
-- calls32b: a first try that said the phrase whole but not the step's own part (o.accept: 2.21's
-- 您好，请问刚才是您打的吗 without who is calling) is begun too: the second try that says who calls
-- (我是12号业务受理专员，请问刚才是您拨打的吗) finishes it, late, and earns half; its 您好 was said
-- seconds before (贵阳 T-GSOCCIA 001—2020 §二(二) 2.21, said in two turns).
local function begun(first, cat, accept)
  if not first or (first.taboo and #first.taboo > 0) then return false end
  return part_of(first, cat) or (accept ~= nil and first.match and not accept(first))
end

local function with_first(first, r, cat, accept)
  if r.kind ~= "text" or r.match or not begun(first, cat, accept) or (r.taboo and #r.taboo > 0) then
    return r
  end
  local joined = { kind = "text", text = first.text .. "。" .. r.text, latency = r.latency, cpm = r.cpm }
  if (utf8.len(joined.text) or math.huge) > 2000 or not call.says(joined, cat) then return r end
  joined.match = true
  return joined
end

-- calls17
-- A step's phrase whose only missing parts the call has already said or grades as an item of their own
-- (o.given: 2.16's 请问有什么可以帮您 after a 开篇语 that offered help seconds before; 2.17's 请您稍等,
-- which is 1.2's 等待前用语 when a hold follows, graded by rule hold): the situational phrase said where
-- the call puts it (贵阳 §二(二) 2.16 is the first words of a call; after the opening its offer is said),
-- and no part charged twice. The grader names the parts a reply lacks (phrase.match); a rude reply is
-- never this.
local function only_given_missing(r, cat, given)
  local missing = phrase.match(cat, r.text).missing
  if #missing == 0 then return false end
  for _, part in ipairs(missing) do
    local ok = false
    for _, g in ipairs(given) do ok = ok or g == part end
    if not ok then return false end
  end
  return true
end

local function said_but_given(r, cat, given)
  if not given or r.kind ~= "text" or r.match or (r.taboo and #r.taboo > 0) then return false end
  return only_given_missing(r, cat, given)
end

-- calls32a: the same, with a 禁忌语 in the reply (让您久等了，不好意思。……排队很正常的 after a 开篇语 that offered
-- help): the step's phrase said, rudely — half the item through rude_credit, as a phrase said whole with a
-- rude tail is (r.rude; 呼叫服务员职业标准 2.2 三(一)2 正确使用服务用语，不用禁忌语), never 0 as if unsaid. An
-- insult never gets here (over).
local function rudely_but_given(r, cat, given)
  if not given or r.kind ~= "text" or r.match or not (r.taboo and #r.taboo > 0) then return false end
  return only_given_missing(r, cat, given)
end

-- dev34: the step's phrase said politely in o.before, the trainee's reply just before the caller's cue (2.17's
-- 非常抱歉！现在系统比较繁忙，我会尽快帮您处理 said on the trainee's own initiative, then 你怎么这么慢啊 comes
-- anyway), and not said again at the cue: said, but not where the standard puts it (贵阳 T-GSOCCIA 001—2020
-- §二(二): the situational phrase answers its situation) — half the item, as a phrase said only when the
-- caller pushed, never 0 as if unsaid. True when it awarded.
local function early_credit(call, o)
  local b = o.before
  if not b or b.kind ~= "text" or (b.taboo and #b.taboo > 0) then return false end
  if not (call.says(b, o.cat) or (o.given and only_given_missing(b, o.cat, o.given))) then return false end
  score.award(o.item, o.pts // 2, o.why .. "（在客户提出之前已主动说，客户提出时未再说）")
  return true
end

local function expect_phrase(call, o)
  local rude -- the first reply that said the phrase rudely (said_rudely)
  local first -- the first try's text reply
  for attempt = 1, 2 do
    local wait = attempt == 2 and o.hold_ends and reply_or_hold or call.reply
    local r = wait { expect = o.cat, timeout = o.timeout or 15 }
    if over(call, r) then return nil end
    -- after the nudge the trainee puts the caller on hold to get on with it (§二(一) 1.2): the step
    -- ends there, its phrase not said (or said rudely on the first try), and the hold is the
    -- scenario's (call.on_hold()); the words after the hold answer the call, never this step. Only
    -- for a scenario that says it handles that hold (o.hold_ends: too_slow); the others wait on
    -- through the hold as before (final31: hard_to_reach would read the apology after it as the wait step)
    if r.kind == "hold" then
      if not rude_credit(o.item, o.pts, o.why, rude) and not early_credit(call, o) then score.deduct(o.item, 0, o.miss) end
      return r, false, attempt, rude
    end
    -- the phrase may be finished in the next message, before the caller asks again
    if attempt == 1 and part_of(r, o.cat) then
      r = call.more(r, 5, o.cat)
      if over(call, r) then return nil end
    end
    if attempt == 1 and r.kind == "text" then first = r end
    if attempt == 2 then r = with_first(first, r, o.cat, o.accept) end
    if said_but_given(r, o.cat, o.given) then r.match = true end -- calls17
    if r.kind == "text" and r.match and (not o.accept or o.accept(r)) then
      score.award(o.item, attempt == 1 and o.pts or o.pts // 2,
        attempt == 1 and o.why or o.why .. "（客户追问后才说）")
      return r, true, attempt
    end
    if not o.accept or r.kind ~= "text" or o.accept(r) then rude = said_rudely(rude, r) end
    if not rude and rudely_but_given(r, o.cat, o.given) then rude = r end -- calls32a
    if attempt == 2 then
      if not rude_credit(o.item, o.pts, o.why, rude) and not early_credit(call, o) then score.deduct(o.item, 0, o.miss) end
      return r, false, attempt, rude
    end
    if r.kind == "timeout" then call.mood(-10) end
    call.say(o.nudge)
  end
end

-- The caller on hold (贵阳 §二(一) 1.2 等待用语): waits until the trainee takes the line back or
-- hangs up. Left on hold over a minute at a stretch, the check-back the `hold` rule asks for (a
-- callsim training rule resting on 1.2: grading/call_grade.c CS_HOLD_CHECK_BACK_MS), the caller
-- says so when taken back, `long` or a default, and loses some patience: every scenario treats a
-- long silent hold alike (angry_caller, whose caller is already angry, does more). A check-back
-- (unhold, 感谢您的耐心等待……请您再稍等, hold again) ends the stretch. Returns the reply that ended
-- the hold (unhold or hangup) and the seconds held.
local HOLD_CHECK_BACK = 60
local function wait_on_hold(call, long)
  local from = call.time()
  local r
  repeat r = call.wait { timeout = 600 } until r.kind == "unhold" or r.kind == "hangup"
  local held = call.time() - from
  if r.kind == "unhold" and held > HOLD_CHECK_BACK then
    call.mood(-10)
    call.say(long or "让我等了这么久！到底查到没有？")
  end
  return r, held
end

-- The 开篇语 turn: returns the reply, or nil when the call is over.
local function opening(call)
  call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
  local r = call.wait { expect = "opening", timeout = 8 }
  if over(call, r) then return nil end
  return r
end

-- calls32b: a goodbye said bare (嗯嗯，拜拜 / 好的再见), without 1.4's thanks or wish: the trainee
-- has taken leave, and the caller takes it so and goes. The closing rule charges the missing part
-- once (贵阳 T-GSOCCIA 001—2020 §二(一) 1.4 结束语); the caller never waits on for a second
-- goodbye, so no unanswered turn is charged on top. The grader names the parts (phrase.match).
local function bare_bye(r)
  if r.kind ~= "text" or r.match then return false end
  for _, part in ipairs(phrase.match("closing", r.text).missing) do
    if part == "bye" then return false end
  end
  return true
end

-- The 结束语 turn: the caller says goodbye after it and hangs up.
local RUDE_BYE = "……你这叫什么话？算了，再见。"
call.rude_bye = RUDE_BYE -- scenarios with their own 结束语 turn answer a rude goodbye alike
local function closing(call, bye)
  -- the 结束语 already said, as the last words of the step before (an order, a result): the caller
  -- says goodbye, never waits in silence for a second one (贵阳 §二(一) 1.4)
  if call.last_says("closing") then
    call.say(bye or "好的，再见。")
    call.hangup("客户挂机")
    return
  end
  call.hint("结束通话：" .. phrase.standard("closing"))
  for attempt = 1, 2 do
    local r = call.reply { expect = "closing", timeout = 12 }
    if r.kind == "timeout" or over(call, r) then return end
    -- 感谢您的来电。 / 再见！ as two messages is one 结束语 (consecutive messages count together)
    if attempt == 1 and part_of(r, "closing") then
      r = finish_phrase(call, r, "closing")
      if r.kind == "timeout" or over(call, r) then return end
    end
    if r.match or r.rude then
      -- 结束语 said with a rude tail: not the phrase (the closing rule takes half), but the caller heard
      -- the goodbye: takes the rudeness up once and goes (docs/scenarios.md "A phrase said rudely")
      call.say(r.match and (bye or "好的，再见。") or RUDE_BYE)
      call.hangup("客户挂机")
      return
    end
    if bare_bye(r) then call.say(bye or "好的，再见。"); call.hangup("客户挂机"); return end
    if attempt == 1 then call.say("嗯，没有别的事了。") end
  end
  call.hangup("客户挂机")
end

call.over, call.expect_phrase, call.opening, call.closing = over, expect_phrase, opening, closing
call.wait_on_hold = wait_on_hold
call.said_rudely, call.rude_credit, call.step_credit = said_rudely, rude_credit, step_credit
