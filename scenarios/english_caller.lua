-- 英语来电 (english_caller, 国家标准 五级 / 职业标准(试行) 三(一)3 简单英语会话应答).
--
-- A foreign teacher in Guiyang calls in English (espeak-ng en-us): her broadband is down. The trainee
-- opens with the Chinese 开篇语 (they cannot know yet), then switches to simple English: greet and
-- offer help, ask for the address, record it, explain the repair, close politely in English. Handing
-- the call to the English desk (/transfer 英语坐席, 国家标准 3.1 2.1.6 多语种业务转派) is also
-- acceptable, but then the trainee does not solve it.
-- Note: the phrase bank is Chinese: English courtesy is checked here with English keywords.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any, is = call.mentions, call.says
local over, opening = call.over, call.opening

-- A desk that serves the caller in English (the transfer the description allows).
local ENGLISH_DESK = { "英语", "英文", "外语", "多语", "多语种", "english", "国际" }
-- What an answer about the repair sounds like: it shows the trainee explained the arrangement
-- (score.tells grades it against the booking).
local FIX_WORDS = { "engineer", "engineers", "technician", "technicians", "repair", "repairs",
                    "repaired", "fix", "fixed", "fixing" }
-- Telling the caller about the transfer, in English.
local TRANSFER_WORDS = { "transfer", "transferring", "put you through", "connect you", "english desk",
                         "colleague", "colleagues" }

return {
  id = "english_caller",
  title = "English-speaking caller（英语来电）",
  description = "外籍客户用英语来电报宽带故障。要求：中文开篇语后改用简单英语应答：问候并提供帮助；询问地址；"
    .. "在工单中记录地址；说明安排工程师上门；用英语礼貌结束（thank you … goodbye）。"
    .. "也可按多语种业务规定转接英语坐席（点“转接”到英语坐席）。",
  level = 5,
  area = "service",
  situation = "英语来电",
  caller = {
    name = "Ms. Johnson", phone = "18685140000",
    voice = "en-us", rate = 160, pitch = 60, volume = 85,
    patience = 80, max_rings = 8,
  },
  closing = "closing",
  latency_limit = 15,
  -- The desk (issue 14): the transfer dialog's language desks (3.1 2.1.6 多语种业务咨询进行转派) and
  -- the fault form with the address the caller dictates in English.
  targets = { transfer = { "英语坐席", "粤语坐席", "二线技术支持", "投诉处理组" } },
  -- The repair booking the work order brings back once it is filed (reveal after:ticket): the
  -- arrangement told to the caller is graded against it (score.tells).
  system = {
    { id = "booking", title = "派单结果", text = "（提交工单后显示上门时间）", reveal = "after:ticket" },
  },
  ticket = {
    { id = "address", label = "地址 Address", required = true },
    { id = "故障", label = "故障 Fault" },
  },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "english",  max = 20, label = "改用英语问候并提供帮助", clause = "呼叫服务员职业标准(试行) 2.2.1 三(一)3 使用简单的英语会话应答客户；" .. N .. "3.1 2.1.6" },
    { id = "address",  max = 15, label = "用英语询问地址并记录工单", clause = N .. "3.1 1.3.2 按业务操作规则记录客户信息" },
    { id = "solution", max = 15, label = "说明处理安排（工程师上门）", clause = N .. "3.1 2.1.2 办理售后类业务" },
    { id = "goodbye",  max = 20, label = "用英语礼貌结束通话", clause = G .. "§二(一) 1.4 结束语（英语）" },
    { id = "courtesy", max = 10, rule = "courtesy" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local street = call.pick { "Room 1203, Building 5, Huaguoyuan", "Room 802, Building 2, Jinyang New Town",
                               "Room 1501, Building 9, Poly Hot Spring City" }
    local when = call.pick { { "tomorrow morning", "明天上午" }, { "this afternoon", "今天下午" },
                             { "tomorrow afternoon", "明天下午" } }

    if not opening(call) then return end
    call.say("Hello? Sorry, do you speak English? I'm a teacher living in Guiyang. My internet has been down since this morning.")
    call.hint("改用英语：Hello, I can help you. / Sorry for the trouble. May I have your address?")
    local r
    local ok, told = false, false
    local english_pts = 0 -- what the english item holds so far (a wrong desk takes it back)
    -- 3.1 2.1.6: a call in another language may be passed to the multilingual desk, at any point;
    -- that desk then takes the address, the repair and the goodbye over. The trainee's part is
    -- the right desk and telling the caller first (2.18 转接用语). True when the call was handed over.
    local function handed_over()
      if r.kind == "text" and ((call.in_english(r) and has_any(r, TRANSFER_WORDS)) or is(r, "transfer")) then
        told = true
      end
      if r.kind ~= "transfer" then return false end
      if has_any(r.target or "", ENGLISH_DESK) then
        score.award("english", 20, "转接英语坐席（多语种业务转派，3.1 2.1.6）：" .. r.target)
        score.award("address", 15, "转接英语坐席，由英语坐席记录地址")
        score.award("solution", 15, "转接英语坐席，由英语坐席安排处理")
        if told then score.award("goodbye", 20, "转接前告知客户，礼貌转出", G .. "§二(二) 2.18")
        else score.award("goodbye", 10, "转接前没有告知客户就转出（2.18 转接用语）", G .. "§二(二) 2.18") end
      else
        -- 3.1 2.1.6 转派 is to a desk that serves the caller's language: a desk that cannot speak
        -- English leaves her unserved, so English said before the transfer does not earn the item
        score.deduct("english", english_pts, "转接到了不能讲英语的坐席：" .. (r.target or ""),
          N .. "3.1 2.1.6 多语种业务转派")
        -- the desk it went to answers in Chinese: the story follows the transfer made
        call.say("（" .. (r.target or "其他坐席") .. "接起：您好，请问有什么可以帮您？）", { voice = "cmn-latn-pinyin", volume = 40, desk = r.target })
        call.say("Sorry? I don't understand. Is this the English service? ... Never mind. Bye.")
        call.hangup("转接到了" .. (r.target or "其他坐席") .. "，客户听不懂挂机")
        return true
      end
      call.say("OK, thank you. I'll wait.")
      call.hangup("转接坐席")
      return true
    end
    for attempt = 1, 2 do
      r = call.reply { timeout = 20 }
      if over(call, r) or handed_over() then return end
      -- any reply in English is English to this caller (the grader's language judgement,
      -- call.in_english), whether or not it says help or sorry: "Yes, what is your address?" serves her
      if call.in_english(r) then
        ok = true
        english_pts = attempt == 1 and 20 or 10
        score.award("english", english_pts, attempt == 1 and "立即改用英语应答客户"
          or "客户第二次请求后才改用英语")
        break
      end
      if attempt == 1 then call.say("Sorry, I don't understand Chinese. English, please?") end
    end
    if not ok then
      score.deduct("english", 0, "没有用英语应答外籍客户，也没有转接英语坐席")
      call.say("Never mind. I'll ask a friend to call. Bye.")
      call.hangup("客户挂机")
      return
    end

    -- asking where she lives, in other words too (Could you tell me your location? Which street
    -- are you on?), asked as a question (call.asks: "I will send an engineer to your address" asks
    -- nothing; the topic's words read whole, live ≠ delivery)
    local ASK_ADDRESS = { "address", "where", "location", "located", "live", "street" }
    if not call.asks(r, ASK_ADDRESS) then
      call.say("What do you need from me?")
      r = call.reply { timeout = 20 }
      if over(call, r) or handed_over() then return end
    end
    local asked = call.asks(r, ASK_ADDRESS)
    call.say("My address is")
    call.dictate("address", street)
    call.system("booking", "宽带故障工单已派：工程师上门时间 " .. when[2] .. "（" .. when[1] .. "）。",
      { { "engineer", "engineers", "technician", "technicians" }, { when[1] } })
    call.hint("在工单中记录客户报的地址；提交后按系统“派单结果”用英语告诉客户工程师上门时间。")
    -- the record is graded against what she dictated, field by field (3.1 1.3.2 信息错字率小于1%):
    -- the last ticket filed counts
    -- the record, filed now or while another step waited (call.record); the step goes on until the
    -- arrangement is told
    local gone = false -- handed over to another desk (handed_over reads r)
    local taken, right, filed = call.record { turns = 4, timeout = 25, keep = true,
      nudge = "Hello? Are you still there?",
      ok = function(t) return call.reads_back(t, "address") end,
      on = function(x)
        r = x
        gone = handed_over()
        return gone or has_any(x, FIX_WORDS)
      end }
    if not taken or gone then return end
    r = taken
    local recorded = filed ~= nil
    if asked and right then score.award("address", 15, "用英语询问地址，工单地址与客户所报一致")
    elseif right then score.award("address", 8, "工单地址与客户所报一致，但没有用英语询问地址")
    elseif recorded then
      score.award("address", asked and 5 or 0, "工单地址与客户所报不符（客户报的是 " .. street .. "）",
        N .. "3.1 1.3.2 信息错字率小于1%")
    else score.deduct("address", 0, "没有记录客户地址") end
    -- the arrangement the booking shows (3.1 2.1.2 办理售后类业务): an engineer, and when
    -- by the one rule for answers against the desk (score.tells): before the ticket is filed there
    -- is no booking, so an arrangement told then is made up
    score.tells("solution", r, "booking", { what = "工程师上门的安排和时间", tries = FIX_WORDS })

    local BYE, THANKS = { "bye", "goodbye", "bye-bye" }, { "thank", "thanks", "have a nice", "have a good", "welcome" }
    -- the goodbye already said as the last words of the arrangement: the caller says goodbye (1.4)
    if r.kind == "text" and has_any(r, BYE) and has_any(r, THANKS) then
      score.award("goodbye", 20, "用英语礼貌结束通话")
      call.say("Great, thank you so much for your help! Bye-bye!")
      call.hangup("客户挂机")
      return
    end
    call.say("Great, thank you so much for your help!")
    r = call.reply { timeout = 15 }
    if over(call, r) then return end
    -- "Thank you for calling." then "Goodbye!" as two messages is one goodbye (consecutive
    -- messages count together)
    if has_any(r, BYE) ~= has_any(r, THANKS) then
      r = call.more(r)
      if over(call, r) then return end
    end
    if has_any(r, BYE) and has_any(r, THANKS) then
      score.award("goodbye", 20, "用英语礼貌结束通话")
      call.say("Bye-bye!")
      call.hangup("客户挂机")
    else
      score.deduct("goodbye", 0, "没有用英语礼貌结束通话（Thank you for calling. Goodbye!）")
    end
  end,
}
