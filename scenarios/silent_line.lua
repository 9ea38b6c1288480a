-- 来电不出声 (silent line).
--
-- The line is open but the caller never says a word (贵阳 §二(一) 1.3 空话用语; §二(三) 特殊处理 4).
-- The standard's protocol: after the 开篇语, prompt 您好，请讲 at least twice, pausing after each
-- so the caller can answer; then say 非常抱歉，听不见您的声音，无法为您服务，再见！ and hang up.
-- A caller who can hear nothing from the agent gives up: if the trainee stays quiet for more than
-- 12 seconds, the line goes dead.

local G = "贵阳 T-GSOCCIA 001—2020 "
local SILENT = G .. "§二(一) 1.3；§二(三) 特殊处理 4"

local INSULTS = { "神经病", "有病", "闭嘴", "滚", "去死", "混蛋", "王八", "傻", "白痴", "废物",
                  "你妈", "他妈", "妈的", "找抽", "欠揍", "哑巴", "耍我", "无聊" }

local QUIET = 12 -- seconds of silence from the agent after which the caller gives up

-- The library's helpers (lua/callsim.lua) under the short names this script uses.
local has_any, is = call.mentions, call.says

local function count(text, word)
  local n, i = 0, 1
  while true do
    local s, e = string.find(text, word, i, true)
    if not s then return n end
    n, i = n + 1, e + 1
  end
end

return {
  id = "silent_line",
  title = "来电不出声",
  description = "电话接通后对方一直不出声。要求：开篇语；“您好，请讲”至少两遍，每遍后稍作停顿；"
    .. "再说“非常抱歉，听不见您的声音，无法为您服务，再见！”，然后挂机。",
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
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening", clause = G .. "§二(一) 1.1" },
    { id = "prompts",  max = 25, label = "“您好，请讲”至少两遍，每遍后停顿等待", clause = SILENT },
    { id = "close",    max = 15, label = "两遍“您好，请讲”之后说空话结束语（听不见您的声音，无法为您服务，再见）",
      clause = SILENT },
    { id = "protocol", max = 25, rule = "sequence:silent_prompt,silent_prompt,silent_close,hangup",
      clause = SILENT },
    { id = "courtesy", max = 10, rule = "courtesy", clause = G .. "§二(二) 2.1；§二(三) 特殊处理 6" },
    { id = "pacing",   max = 5,  label = "节奏：每遍之间留出应答时间，一分钟内处理完毕", clause = SILENT },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local t0 = call.time()

    local prompts, paused, closed = 0, true, false
    local last_t = t0
    local prompt_awarded = 0

    local function award_prompts()
      -- called after each prompt: points up to what has been done so far
      local want = prompts >= 2 and (paused and 25 or 18) or (prompts == 1 and 5 or 0)
      if want > prompt_awarded then
        score.award("prompts", want - prompt_awarded, prompts >= 2
          and (paused and "“您好，请讲”说了两遍，中间留出了应答时间" or "“您好，请讲”说了两遍，但没有停顿等待对方")
          or "只说了一遍“您好，请讲”（至少两遍）", SILENT)
        prompt_awarded = want
      end
    end
    local function finish(hung_up)
      if not closed then
        score.deduct("close", 0, "没有说空话结束语（非常抱歉，听不见您的声音，无法为您服务，再见）", SILENT)
      end
      if prompts < 2 then
        score.deduct("prompts", 0, "“您好，请讲”只说了 " .. prompts .. " 遍（至少两遍）", SILENT)
      end
      if closed and hung_up and prompts >= 2 and paused and call.time() - t0 <= 60 then
        score.award("pacing", 5, "每遍之间停顿等待，一分钟内按流程结束")
      else
        score.deduct("pacing", 0, "没有按“请讲 → 停顿 → 请讲 → 停顿 → 结束语 → 挂机”的节奏处理")
      end
    end
    local function rude(r)
      if r.kind == "text" and (r.insult or has_any(r.text, INSULTS)) then
        score.fail("对不出声的来电出言不逊：“" .. r.text .. "”", G .. "§二(三) 特殊处理 6；§二(四) 4.2")
        return true
      end
      return false
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
      if r.kind == "text" then
        local now = call.time()
        if is(r, "silent_close") then
          -- a close that repeats 您好请讲 in the same breath gives the caller no time to answer
          local inline = count(r.text, "请讲")
          if inline > 0 then
            prompts = prompts + inline
            paused = false
            award_prompts()
          end
          if prompts >= 2 and not closed then
            score.award("close", 15, "说了两遍“您好，请讲”后用空话结束语结束", SILENT)
          elseif not closed then
            score.deduct("close", 0, "结束语说得过早：只说了 " .. prompts .. " 遍“您好，请讲”", SILENT)
          end
          closed = true
          call.hint("结束语已说，请挂机。")
          expect = nil
        elseif is(r, "silent_prompt") then
          if prompts > 0 and now - last_t < 2 then paused = false end
          prompts = prompts + 1
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
        last_t = now
      end
    end
    finish(false)
    call.hangup("对方挂机")
  end,
}
