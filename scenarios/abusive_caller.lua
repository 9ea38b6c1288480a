-- 骂人的来电 (abusive caller).
--
-- The caller raises no business at all: he only swears and insults (贵阳 §二(三) 特殊处理 1–3).
-- The standard's protocol: ask once 请问您需要帮助吗？(特殊处理 1), and when nothing but abuse
-- follows, end with the standard phrase — 感谢您的来电，若没有其他业务咨询，再见！(特殊处理 2) or
-- 如果没有业务需要咨询，再见！(特殊处理 3) — and hang up. Never retaliate: mind your tone (特殊处理 6)
-- and control your emotions (§二(四) 4.2); any insult back fails the call.

local G = "贵阳 T-GSOCCIA 001—2020 "
local SPECIAL = G .. "§二(三) 特殊处理"
local TEMPER = SPECIAL .. " 6；" .. G .. "§二(四) 4.2 有效控制个人情绪"

-- Retaliation aimed at this caller that the bank's insult list does not hold; the grader
-- checks them with the bank's (call.retaliates), the script never searches the text.
local TAUNTS = { "找抽", "你才是", "你全家", "有本事" }

-- The library's helpers (lua/callsim.lua) under the short names this script uses.
local is = call.says
-- The question of 特殊处理 1 (请问您需要帮助吗？). The grader's special_abuse also holds 特殊处理 3's
-- close (如果没有业务需要咨询，再见！, the other abusive call's phrase), which asks nothing: said
-- first it ends the call without the one question this caller is owed.
local ASK_HELP = { "帮助", "帮忙", "帮", "需要", "业务", "咨询", "办理", "事", "服务", "协助" }

-- calls32a: the reply taken at the 开篇语's turn is 特殊处理 1's question and no 开篇语: said politely,
-- whole, asking (not 特殊处理 3's close, which asks nothing).
local function asks_before_opening(r)
  if r.kind ~= "text" or (r.taboo and #r.taboo > 0) or is(r, "opening") then return false end
  return is(r, "special_abuse") and (not is(r, "special_end") or call.asks(r, ASK_HELP))
end

return {
  id = "abusive_caller",
  title = "只骂人不说业务的来电",
  description = "来电者不反映任何问题，只是骂人、说脏话。要求：开篇语；询问一次“请问您需要帮助吗？”；"
    .. "对方仍只骂人时，用特殊处理结束语（感谢您的来电，若没有其他业务咨询，再见！/如果没有业务需要"
    .. "咨询，再见！）结束并挂机；全程不得还口、不得辱骂客户。",
  level = 5,
  area = "service",
  situation = "特殊处理：骂人、说脏话",
  caller = {
    name = "来电者（男）",
    phone = "18285019876",
    voice = "cmn-latn-pinyin",
    rate = 200, pitch = 40, volume = 100,
    patience = 100,
    max_rings = 8,
  },
  closing = "special_end",
  latency_limit = 10,
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening", clause = G .. "§二(一) 1.1" },
    { id = "ask_help", max = 15, label = "询问一次“请问您需要帮助吗？”", clause = SPECIAL .. " 1" },
    { id = "end_phrase", max = 15, rule = "closing", clause = SPECIAL .. " 1—3" },
    { id = "protocol", max = 25, rule = "sequence:special_abuse,special_end,hangup",
      clause = SPECIAL .. " 1—3" },
    { id = "composure", max = 15, rule = "courtesy", clause = TEMPER },
    { id = "prompt_end", max = 10, label = "不纠缠、不争辩，及时结束通话", clause = SPECIAL .. " 1、2、6" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end

    local abuse = call.pick {
      { "喂！你们这帮骗子！一群吃白饭的废物！", "帮什么帮？老子就是要骂你们！一帮蠢货！",
        "怎么，不服啊？你算个什么东西！", "骂你怎么了？有本事你过来打我啊！" },
      { "你们公司全是混蛋！收钱的时候快，办事的时候死哪去了？呸！", "帮我？你帮得了什么？一群饭桶！",
        "你们就是一帮骗子，骗子！", "我就骂，我天天打天天骂！" },
      { "喂？你们这群王八蛋，都是些什么玩意儿！", "少来这套！老子今天心情不好，就想骂人！",
        "你个臭打电话的，装什么装！", "怎么不说话了？怂了吧！" },
    }
    local next_line = 1
    local function swear()
      if next_line <= #abuse then
        call.say(abuse[next_line])
        next_line = next_line + 1
      else
        call.say("……呸！")
      end
    end

    -- argued: lines that argue or persuade instead of the protocol's steps (纠缠, prompt_end's fault);
    -- rude: such lines with a 禁忌语 after the ask. Those the protocol item already charges (the
    -- sequence rule halves a protocol with a forbidden expression between its steps, §二(三) 6) and
    -- composure charges their words: prompt_end does not charge the same line a third time.
    local asked, ended, argued, rude = 0, false, 0, 0
    local function retaliated(r)
      if r.kind ~= "text" then return false end
      if call.retaliates(r, TAUNTS) then
        score.fail("对骂人的来电者还口、辱骂：“" .. r.text .. "”", TEMPER)
        call.say("哟，还敢骂人？我录音了！我要投诉你！")
        call.hangup("来电者挂机")
        return true
      end
      return false
    end
    -- Points are given the moment the behaviour happens: a trainee who hangs up while the caller
    -- is still talking ends the call before the script runs again.
    local function grade_end(hung_up)
      if asked == 0 then
        score.deduct("ask_help", 0, "没有询问“请问您需要帮助吗？”", SPECIAL .. " 1")
      end
      if ended and hung_up and asked >= 1 and rude > 0 and argued == 0 then
        -- one fault, charged once per clause: the protocol item (§二(三) 6, not as prescribed) and
        -- composure (the words) charge a rude line between the steps; prompt_end does not charge the
        -- same line a third time (calls31)
        score.award("prompt_end", 10, "询问一次后用特殊处理用语结束并挂机；其间" .. rude
          .. "句禁忌语已在处理流程（§二(三) 6）和情绪控制两项扣分")
      elseif ended and hung_up and asked >= 1 and rude > 0 then
        -- the polite lines of the argument are 纠缠 (§二(三) 1、2), prompt_end's own fault, whatever
        -- rude line joins them: a 禁忌语 added to the argument must not buy their charge back (final31
        -- #5). Half of it: the protocol item has already halved the same sequence for the rude line of
        -- this argument, so adding a 禁忌语 still costs more in total (two polite lines: 90; the same
        -- with 你有完没完啊: 72.5). The reason says what each item charged, nothing more.
        score.award("prompt_end", 5, "与来电者争辩、劝说（" .. argued .. "句）后才结束，纠缠扣一半（应询问一次后即用结束语结束）；"
          .. "同一争辩中另有" .. rude .. "句禁忌语，已在处理流程（§二(三) 6）和情绪控制两项扣分")
      elseif ended and hung_up and asked >= 1 and argued == 0 then
        score.award("prompt_end", 10, "未与来电者纠缠，用特殊处理用语结束后及时挂机")
      elseif ended and hung_up and asked >= 1 then
        -- §二(三) 1: ask once, pause, end; arguing with an abusive caller (even once) is 纠缠
        score.deduct("prompt_end", 0, "与来电者争辩、劝说（" .. argued .. "次）后才结束：应询问一次后即用结束语结束")
      elseif not hung_up then
        score.deduct("prompt_end", 0, "没有挂机结束这通骚扰电话")
      else
        score.deduct("prompt_end", 0, "没有按特殊处理流程（询问一次 → 结束语 → 挂机）结束")
      end
    end

    -- 1. The trainee does not know yet: 开篇语.
    call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
    local r = call.wait { expect = "opening", timeout = 8 }
    if r.kind == "hangup" then grade_end(true); return end
    if retaliated(r) then return end
    -- calls32a: the first words are 特殊处理 1's question itself, with no 开篇语 (请问您需要帮助吗？ on
    -- pick-up). The opening item charges the missing 开篇语 (§二(一) 1.1); the question was asked once,
    -- and a close after the abuse that follows is the protocol as prescribed (§二(三) 特殊处理 1、2),
    -- as the protocol item reads the same replies: not charged again as an unasked question by ask_help
    -- and prompt_end (one fault, charged once)
    if asks_before_opening(r) then
      asked = 1
      score.award("ask_help", 15, "对只骂人的来电询问了一次“请问您需要帮助吗？”（接听后未说开篇语即询问，开篇语一项已扣分）",
        SPECIAL .. " 1")
    end

    -- 2. Nothing but abuse.
    swear()
    call.hint("来电只骂人：询问一次“" .. phrase.standard("special_abuse") .. "”，对方仍骂人就说“"
      .. phrase.standard("special_end") .. "”并挂机；不要还口。")
    for turn = 1, 6 do
      r = call.wait { expect = asked == 0 and "special_abuse" or "special_end", timeout = 10 }
      if r.kind == "hangup" then grade_end(true); return end
      if retaliated(r) then return end
      if r.kind == "text" then
        -- the question held in the reply's clauses with a 禁忌语 beside it (请问您需要帮助吗？骂够了没有？):
        -- asked, not as prescribed — half the item, the words named (lua/callsim.lua rude_credit), as the
        -- protocol item reads the step (calls30; §二(三) 特殊处理 6)
        local whole, _, held = is(r, "special_abuse")
        local ask = whole and (not is(r, "special_end") or call.asks(r, ASK_HELP))
        local rudely = not ask and asked == 0 and held > 0 and r.taboo and #r.taboo > 0 and call.asks(r, ASK_HELP)
        local fin = is(r, "special_end") or (asked >= 1 and is(r, "closing"))
        -- dev34: the close said with a 禁忌语 in the same reply (……感谢您的来电，没事就别占线了，再见！) is
        -- the step, said rudely: end_phrase halves it and composure charges the words (rule phrase:special_end,
        -- lua/callsim.lua said_rudely); it still ends the protocol, so prompt_end does not charge it a third time
        if not fin and asked >= 1 and call.said_rudely(nil, r) then fin, rude = true, rude + 1 end
        if rudely then
          asked, rude = 1, rude + 1
          call.rude_credit("ask_help", 15, "对只骂人的来电询问了一次“请问您需要帮助吗？”", r, SPECIAL .. " 1")
          ask = true
        elseif ask and (asked == 0 or not fin) then
          -- 特殊处理 1 itself is 请问您需要帮助吗？（停顿 1 秒）再见！: asking and ending in one line counts
          asked = asked + 1
          if asked == 1 then
            score.award("ask_help", 15, "对只骂人的来电询问了一次“请问您需要帮助吗？”", SPECIAL .. " 1")
          else
            score.deduct("ask_help", 7, "第 " .. asked .. " 次询问是否需要帮助：只需询问一次，随即结束",
              SPECIAL .. " 1")
          end
        end
        if fin then
          ended = true
          -- the standard phrase said: now hang up (a short pause is fine); the caller stays quiet
          -- meanwhile, so the hang-up reaches the script
          local r2 = call.wait { timeout = 6 }
          if r2.kind == "hangup" then grade_end(true); return end
          if retaliated(r2) then return end
          swear()
        elseif ask then
          swear()
        else
          if asked >= 1 and r.taboo and #r.taboo > 0 then rude = rude + 1 else argued = argued + 1 end
          if r.taboo and #r.taboo > 0 then
            call.say("你这是什么口气？！")
          end
          swear()
        end
      elseif r.kind == "timeout" then
        swear()
      elseif r.kind == "transfer" or r.kind == "escalate" then
        argued = argued + 1
        call.say("转什么转？我就骂你！")
      end
    end
    -- the trainee let the abuse go on: the caller gets bored and hangs up
    grade_end(false)
    call.hangup("来电者骂够了，自己挂机")
  end,
}
