-- 来电不出声 (silent line).
--
-- The line is open but the caller never says a word (贵阳 §二(一) 1.3 空话用语; §二(三) 特殊处理 4).
-- The standard's protocol: after the 开篇语, prompt 您好，请讲 at least twice; then say
-- 非常抱歉，听不见您的声音，无法为您服务，再见！ and hang up. 1.3 prints it as one line
-- (您好请讲、您好请讲，非常抱歉，听不见您的声音……再见！), so one line or several earn the same.
-- A caller who can hear nothing from the agent gives up: if the trainee stays quiet for more than
-- 12 seconds, the line goes dead.

local G = "贵阳 T-GSOCCIA 001—2020 "
local SILENT = G .. "§二(一) 1.3；§二(三) 特殊处理 4"

-- Retaliation aimed at this caller that the bank's insult list does not hold; the grader
-- checks them with the bank's (call.retaliates), the script never searches the text.
local TAUNTS = { "找抽", "哑巴", "耍我", "无聊" }

local QUIET = 12 -- seconds of silence from the agent after which the caller gives up

-- A prompt in the trainee's own impatient words (喂？出个声啊！): no 您好，请讲 in it, yet it asks
-- the silent caller to speak, with a 禁忌语 doing the asking (calls22). It is 1.3's prompt said
-- rudely, half its share like 您好，请讲 said with a rude tail, the words charged by courtesy, not a
-- missing prompt that also voids the close and the pacing (贵阳 §二(一) 1.3；§二(三) 特殊处理 6).
local SPEAK = { "说话", "讲话", "出声", "出个声", "吭声", "吭个声", "吱声", "吱个声", "有人吗", "有没有人",
  "在不在", "在吗", "听得到", "听得见", "听到吗", "听见吗" }
-- A polite check of the line asks whether the caller hears the agent (能听见我的声音吗), or to speak
local HEAR = { "听见", "听到", "听得见", "听得到", "听清", "听不见", "听不到" }
-- A line that announces the hang-up (不说话我挂了) ends the call rudely when the hang-up follows: no
-- prompt. When it asks the caller to speak (再不说话我就挂了) and the trainee goes on to 1.3's close,
-- it was a prompt said rudely, half its share like any other (贵阳 §二(一) 1.3；§二(三) 特殊处理 6;
-- docs/scenarios.md "A phrase said rudely"): the threat is charged once, by courtesy, not again by
-- the close, the protocol and the pacing (review31 H).
-- Whether a line threatens the hang-up is the grader's judgement (call.ends_call: 我不会挂断 and
-- 您挂了吗 threaten nothing; 贵阳 T-GSOCCIA 001—2020 §二(三) 4, 6), not a word list here (final31 #6).

-- The library's helpers (lua/callsim.lua) under the short names this script uses.
local is = call.says

return {
  id = "silent_line",
  title = "来电不出声",
  description = "电话接通后对方一直不出声。要求：开篇语；“您好，请讲”至少两遍；"
    .. "再说“非常抱歉，听不见您的声音，无法为您服务，再见！”，然后挂机（可分几句说，也可按标准原文一句说完）。",
  level = 5,
  area = "service",
  situation = "特殊处理：来电不出声",
  caller = {
    name = "未知来电",
    phone = "08518601234",
    voice = "cmn-latn-pinyin",
    rate = 150, pitch = 50, volume = 20, -- never speaks; a faint line if it ever did
    patience = 100,
    max_rings = 8,
  },
  closing = "silent_close",
  -- No 结束语 item of its own (1.4): 1.3 空话用语 and §二(三) 4 end a silent call with their own
  -- close (听不见您的声音，无法为您服务，再见), graded by the close and protocol items below.
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening", clause = G .. "§二(一) 1.1" },
    { id = "prompts",  max = 25, label = "“您好，请讲”至少两遍", clause = SILENT },
    { id = "close",    max = 15, label = "两遍“您好，请讲”之后说空话结束语（听不见您的声音，无法为您服务，再见）",
      clause = SILENT },
    { id = "protocol", max = 25, rule = "sequence:silent_prompt,silent_prompt,silent_close,hangup",
      clause = SILENT },
    { id = "courtesy", max = 10, rule = "courtesy", clause = G .. "§二(二) 2.1；§二(三) 特殊处理 6" },
    { id = "pacing",   max = 5,  label = "按流程处理完毕：请讲两遍 → 结束语 → 挂机，一分钟内（callsim 训练规则）", clause = SILENT },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local t0 = call.time()

    local prompts, closed = 0, false
    local threat = nil -- a prompt that threatens the hang-up: counted once the call goes on past it
    local prompt_awarded = 0
    local own = 0 -- prompts said in the trainee's own words: the reason says so, not 您好，请讲 (fix21c)

    -- How many prompts, in the reasons: a prompt in the trainee's own words is named so, never
    -- counted as a 您好，请讲 said (calls30; fix21c's 'own words' in every reason, not in one)
    local COUNT = { [0] = "零", "一", "两", "三", "四", "五" }
    local function times_said(n)
      local k = COUNT[n] or tostring(n)
      if own == 0 then return "“您好，请讲”说了" .. k .. "遍" end
      if own >= n then return "请对方讲话" .. k .. "遍（用的是自己的话，不是“您好，请讲”）" end
      return "请对方讲话" .. k .. "遍（其中" .. (COUNT[own] or tostring(own)) .. "遍是自己的话，不是“您好，请讲”）"
    end
    local function award_prompts()
      -- called after each prompt: points up to what has been done so far
      local want = prompts >= 2 and 25 or (prompts == 1 and 5 or 0)
      if want > prompt_awarded then
        score.award("prompts", want - prompt_awarded, prompts >= 2 and times_said(prompts)
          or times_said(1) .. "，至少两遍", SILENT)
        prompt_awarded = want
      end
    end
    local function finish(hung_up)
      if not closed then
        score.deduct("close", 0, "没有说空话结束语（非常抱歉，听不见您的声音，无法为您服务，再见）", SILENT)
      end
      if prompts < 2 then
        score.deduct("prompts", 0, times_said(prompts) .. "，至少两遍", SILENT)
      end
      if closed and hung_up and prompts >= 2 and call.time() - t0 <= 60 then
        score.award("pacing", 5, "一分钟内按“请讲 → 请讲 → 结束语 → 挂机”处理完毕")
      else
        score.deduct("pacing", 0, "没有在一分钟内按“请讲 → 请讲 → 结束语 → 挂机”处理完毕")
      end
    end
    local function rude(r)
      if call.retaliates(r, TAUNTS) then
        score.fail("对不出声的来电出言不逊：“" .. r.text .. "”", G .. "§二(三) 特殊处理 6；§二(四) 4.2")
        return true
      end
      return false
    end

    -- 您好，请讲 said with a 禁忌语 (您倒是说话呀), or a prompt in the trainee's own words with one: the
    -- prompt was said, not as prescribed. It counts as a prompt and earns half its share, the reason
    -- naming the words (docs/scenarios.md "A phrase said rudely"); courtesy charges the words themselves
    local function rude_prompt(r, said_rude, own_words)
      local share = prompts == 0 and 5 or (prompts == 1 and 20 or 0)
      if own_words then own = own + 1 end
      prompts = prompts + 1
      award_prompts()
      if share > 0 then
        score.deduct("prompts", share / 2, (own_words and not said_rude
          and "有一遍请对方讲话用的是自己的话，附带禁忌语「" or "有一遍“您好，请讲”附带禁忌语「")
          .. table.concat(r.taboo, "、") .. "」，不算规范用语，该遍只得一半分", SILENT)
      end
    end

    call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
    local expect = "opening"
    for turn = 1, 10 do
      local r = call.wait { expect = expect, timeout = QUIET }
      if r.kind == "hangup" then finish(true); return end
      if r.kind == "timeout" then
        -- the caller hears nothing either and gives up
        finish(false)
        call.hangup("线路无声，对方挂机")
        return
      end
      if rude(r) then
        finish(false)
        call.hangup("对方挂机")
        return
      end
      -- the call went on past the threat: it was a prompt, said rudely
      if threat and r.kind == "text" then rude_prompt(threat, false, true); threat = nil end
      -- 1.3's close may come as two messages (听不见您的声音， / 无法为您服务，再见): read together
      if r.kind == "text" and expect == "silent_close" and not is(r, "silent_close") then
        r = call.more(r, 5, "silent_close")
        if r.kind == "hangup" then finish(true); return end
      end
      if r.kind == "text" then
        local _, inline = is(r, "silent_prompt") -- how many times this line says 您好，请讲
        local said = phrase.match("silent_prompt", r.text)
        local own_words = turn > 1 and #said.taboo > 0 and not said.insult and call.mentions(r, SPEAK)
        -- A polite check of the line in the trainee's own words (喂，您好，能听到我说话吗？): a question
        -- to the silent caller about speaking or hearing, no 禁忌语 — 1.3's purpose (invite the caller
        -- to speak) met courteously, a full prompt; never below the rude one (fix21c)
        local polite_check = turn > 1 and inline == 0 and #said.taboo == 0 and not said.insult
          and (call.asks(r, SPEAK) or call.asks(r, HEAR)) and not call.ends_call(r) and not is(r, "silent_close")
        if polite_check then inline = 1; own = own + 1 end
        local threatens = own_words and call.ends_call(r) and not is(r, "silent_close")
        if threatens then
          threat = r -- a prompt only if the trainee does not hang up next
        elseif inline == 0 and not is(r, "silent_close") and (said.rude or own_words) then
          rude_prompt(r, said.rude, own_words)
        end
        if is(r, "silent_close") then
          -- 1.3 prints the prompts and the close as one line: prompts said in it count
          if inline > 0 then
            prompts = prompts + inline
            award_prompts()
          end
          if prompts >= 2 and not closed then
            score.award("close", 15, own > 0 and "请对方讲话两遍后用空话结束语结束"
              or "说了两遍“您好，请讲”后用空话结束语结束", SILENT)
          elseif not closed then
            score.deduct("close", 0, "结束语说得过早：" .. times_said(prompts), SILENT)
          end
          closed = true
          call.hint("结束语已说，请挂机。")
          expect = nil
        elseif inline > 0 then
          prompts = prompts + inline
          award_prompts()
          if prompts == 1 then
            call.hint("对方仍不出声：停顿后再说一遍“您好，请讲”。")
          else
            call.hint("已说两遍仍无声：" .. phrase.standard("silent_close") .. "，然后挂机。")
          end
          expect = prompts >= 2 and "silent_close" or "silent_prompt"
        elseif turn == 1 then
          -- the 开篇语 (or anything else first); the opening rule grades it
          call.hint("对方不出声：说“" .. phrase.standard("silent_prompt") .. "”（至少两遍，每遍后停顿）。")
          expect = "silent_prompt"
        else
          if not closed then
            call.hint("空话用语是“" .. phrase.standard("silent_prompt") .. "”。")
          end
        end
      end
    end
    finish(false)
    call.hangup("对方挂机")
  end,
}
