-- 问题反映多次都未处理 (repeat complaint).
--
-- A customer calls for the fourth time about a broadband fault nobody came to repair, and threatens
-- to complain to 12315. The standard's answer (贵阳 §二(二) 2.13): 非常抱歉！您所反映的问题我们正在
-- 紧张地处理，因为牵扯几个部门的协调，所以时间比较长，我们会在问题解决后的第一时间与您联系 —
-- apologise, explain, promise a callback. A repeated complaint with a threat to go to the regulator is
-- a risk event: calm the customer, record the information and escalate (国家标准 四级 2.4.2). The
-- trainee records a ticket with the contact number the customer dictates (/ticket 联系电话=…) and
-- escalates (/escalate 投诉处理组). Ending the call without escalating fails it.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "
local RISK = N .. "3.2 2.4.2 对高风险事件预处理：安抚客户、记录信息与升级"

-- Retaliation aimed at this caller that the bank's insult list does not hold; the grader
-- checks them with the bank's (call.retaliates), the script never searches the text.
local TAUNTS = { "找抽", "有本事" } -- 有本事你去投诉: daring the caller to complain

-- The library's helpers (lua/callsim.lua) under the short names this script uses.
local is = call.says

return {
  id = "repeat_complaint",
  title = "多次反映未处理的投诉",
  description = "宽带故障报修后三次来电催办仍无人上门，客户第四次来电投诉并提到要打 12315。"
    .. "要求：开篇语；按 2.13 致歉、说明、承诺回复；记录工单（联系电话必须准确）；升级投诉处理组；结束语。",
  level = 4,
  area = "business",
  situation = "问题反映多次都未处理",
  caller = {
    name = "宽带用户（女）",
    phone = "13608512468",
    voice = "cmn-latn-pinyin",
    rate = 190, pitch = 62, volume = 90,
    patience = 60,
    max_rings = 8,
    give_up = "每次都这样！我不跟你们说了，我直接打12315！",
    history = {
      "第1次 报修：宽带故障，答复三个工作日内上门",
      "第2次 催办：未上门，答复“正在处理”",
      "第3次 催办：答复“已转线路维护部”，至今无人联系",
    },
  },
  closing = "closing",
  latency_limit = 10,
  -- The desk (issue 14): the complaint form (contact number checked as a phone number, 3.1 1.3.2),
  -- and the escalation dialog: a high-risk complaint is recorded and escalated (四级 2.4.2 记录信息
  -- 与升级), to the complaint team first.
  ticket = {
    { id = "联系电话", label = "联系电话", required = true, format = "phone" },
    { id = "内容", label = "投诉内容", required = true },
  },
  targets = { escalate = { "投诉处理组", "值班长", "专项处理部" } },
  -- The work-order lookup the caller's number brings up (always in view): the three earlier calls
  -- and where the repair order stands, which is what makes this a repeated, unresolved complaint.
  system = {
    { id = "orders", title = "工单查询", text = "（来电号码 13608512468 的工单）", reveal = "always" },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 5,  rule = "opening", clause = G .. "§二(一) 1.1" },
    { id = "apology",  max = 25, label = "致歉、说明原因、承诺第一时间联系（2.13）",
      clause = G .. "§二(二) 2.13；" .. N .. "3.2 1.1.2" },
    { id = "ticket",   max = 15, label = "记录工单：联系电话准确、内容完整",
      clause = N .. "3.1 1.3.2；" .. RISK },
    -- A repeated complaint threatening the regulator is escalated (2.4.2) as a complaint: to the complaint
    -- team (三级 2.4.1 升级投诉 are theirs). Escalated elsewhere, the call fails.
    { id = "escalate", max = 20, rule = "action:escalate:投诉处理组", clause = RISK .. "；" .. N .. "3.2 2.3.2", fatal = true,
      label = "升级至投诉处理组（其他部门会退回；始终未升级到投诉处理组本题不合格）" },
    { id = "courtesy", max = 10, rule = "courtesy", clause = G .. "§二(二) 2.1；§二(四) 4.2" },
    { id = "latency",  max = 10, rule = "latency" },
    { id = "closing",  max = 10, rule = "closing", clause = G .. "§二(一) 1.4" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end

    local surname = call.pick { "赵", "孙", "周", "吴", "郑", "罗" }
    local _lady = surname .. "女士"
    local phone = "1" .. call.pick { "39", "58", "86", "37", "51" } .. string.format("%08d", call.random(10000000, 99999999))
    local days = call.pick { "二十天", "半个多月", "快一个月" }
    local fault = call.pick { "宽带老掉线", "网速慢得根本打不开网页", "光猫红灯一直亮着上不了网" }
    call.system("orders", "报修单（" .. days .. "前）：" .. fault .. "，承诺三个工作日内上门；第 2 次来电催办，答复“正在处理”；"
      .. "第 3 次来电催办，已转线路维护部，至今未派单、未联系客户（已超时）。")

    local escalated, ticketed = false, false
    local wrong_desk = false -- escalated, but to a desk that does not take it
    -- what she says while nothing concrete has been done (no escalation or no record yet)
    local NUDGE = { "嗯，你们抓紧。这次一定要有人负责。",
                    "光记下来有什么用？前三次也都记了！这次到底谁来管？",
                    "你就给我句实话，要不要我去12315？" }
    local nudges = 0
    local function insulted(r)
      if call.retaliates(r, TAUNTS) then
        score.fail("辱骂投诉客户：“" .. r.text .. "”", G .. "§二(二) 2.1；§二(四) 4.2 有效控制个人情绪")
        call.say("你居然骂人？好，我现在就打12315连你一起投诉！")
        call.hangup("客户被激怒挂机")
        return true
      end
      return false
    end
    -- An escalation: the desk the trainee chose answers. Only the complaint team takes a repeated
    -- complaint (3.2 2.3.2); another desk says it is not theirs and the caller hears it (the fatal
    -- item fails the call; the story must not pretend the complaint team has it).
    local function escalate(r)
      escalated = true
      wrong_desk = not call.mentions(r.target or "", { "投诉处理组" })
      if not wrong_desk then return end
      call.say("（" .. (r.target or "升级席位") .. "回复：多次投诉未解决的工单应升级投诉处理组，我们这里接不了。）", { volume = 40, desk = r.target })
      call.say("你们自己人都在踢皮球？我第四次打来了，到底谁管？")
    end
    local function not_escalated(how)
      score.fail(how .. "：问题多次反映未解决（第四次来电），属高风险投诉，应安抚、记录并升级", RISK)
    end
    local ticket_pts = 0
    local function on_ticket(r)
      local got, content = false, false
      got = call.reads_back(r, "联系电话")
      for _, v in pairs(r.fields or {}) do
        -- some field besides the number: a description of the problem
        if v ~= "" and not call.reads_back({ kind = "ticket", fields = { v } }, "联系电话") then content = true end
      end
      ticketed = true
      local pts = (got and 10 or 0) + (content and 5 or 0)
      local why = (got and "工单记录了准确的联系电话" or "工单没有准确记录联系电话 " .. phone)
        .. (content and "，并记录了问题内容" or "，缺少问题描述")
      if pts > ticket_pts then
        score.award("ticket", pts - ticket_pts, why, N .. "3.1 1.3.2")
        ticket_pts = pts
      elseif pts < 15 then
        score.deduct("ticket", 0, why, N .. "3.1 1.3.2")
      end
    end

    -- 1. 开篇语
    call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
    local r = call.wait { expect = "opening", timeout = 8 }
    if r.kind == "hangup" then return end -- hung up before hearing the complaint: nothing earned
    if insulted(r) then return end

    -- 2. The complaint: 2.13 apology, explanation, callback promise.
    call.hint("多次反映未处理：" .. phrase.standard("repeat_complaint") .. "（贵阳 §二(二) 2.13）")
    call.say("我姓" .. surname .. "。我这个" .. fault .. "的问题，这已经是第四次打电话了！报修都"
      .. days .. "了，说好三天内上门，到现在一个人都没来！每次打过来都说在处理在处理，到底处理到哪儿了？")
    local apologised, rude = false, nil
    for attempt = 1, 2 do
      r = call.reply { expect = "repeat_complaint", timeout = 15 }
      if r.kind == "hangup" then not_escalated("客户第四次来电投诉时挂断电话"); return end
      if insulted(r) then return end
      rude = call.said_rudely(rude, r) -- 2.13 said, but rudely (lua/callsim.lua rude_credit)
      if r.kind == "text" and r.match then
        apologised = true
        score.award("apology", attempt == 1 and 25 or 20,
          attempt == 1 and "致歉、说明原因并承诺第一时间联系（2.13）" or "先安抚、再按 2.13 致歉说明并承诺联系",
          G .. "§二(二) 2.13")
        break
      end
      if r.kind == "escalate" or r.kind == "ticket" then
        if r.kind == "escalate" then escalate(r) else on_ticket(r) end
        break
      end
      if attempt == 1 then
        if r.kind == "timeout" then
          call.mood(-15)
          call.say("喂？怎么不说话了？又要敷衍我是吧？")
        elseif is(r, "emotional") then
          call.say("别光说理解，我要的是解决！你们到底在干什么？")
        else
          call.mood(-5)
          call.say("你说的这些我听了三遍了！我就想知道为什么一直没人来！")
        end
      elseif r.kind == "text" then
        local m = phrase.match("repeat_complaint", r.text)
        if #m.missing > 0 then
          score.deduct("apology", 0, "2.13 用语缺少：" .. table.concat(m.missing, "、"), G .. "§二(二) 2.13")
        end
      end
    end
    if not apologised and not call.rude_credit("apology", 25, "致歉、说明原因并承诺第一时间联系（2.13）", rude, G .. "§二(二) 2.13") then
      score.deduct("apology", 0, "没有按 2.13 致歉、说明原因并承诺第一时间联系", G .. "§二(二) 2.13")
    end

    -- 3. The risk: a threat to go to the regulator; the customer dictates her number. Record and
    -- escalate.
    call.say("每次都这么说！我不想再听这些了。这次你给我个准话，到底谁负责？再拖下去我就打12315投诉你们！"
      .. "我电话你记一下：")
    -- digit by digit, as people give phone numbers (espeak-ng would read 13912345678 as one number)
    call.dictate("联系电话", call.spell_digits(phone))
    -- a ticket filed while 2.13 was still asked for (call.reply passes tickets over) is a record all
    -- the same (call.filed: items are earned by what was done, wherever in the call). One filed before
    -- she gave her number is checked against the number she gives, once she has given it: the record
    -- is judged as it stands, as the typing rule judges the last ticket against every dictation
    -- (国家职业技能标准 3.1 1.3.2 能记录有效信息); never before, when there is nothing to check it by
    if not ticketed and call.filed() then on_ticket(call.filed()) end
    call.say("处理好了马上给我打电话，别再让我一遍一遍地打了。")
    call.hint("高风险投诉（多次未解决、提到 12315）：安抚、在工单中记录联系电话（" .. phone
      .. "）和内容、点“升级”到投诉处理组（国家标准 四级 2.4.2）")
    for turn = 1, 8 do
      r = call.wait { timeout = 20 }
      if r.kind == "hangup" then
        if not escalated then not_escalated("未升级即挂断电话") end
        return
      end
      if insulted(r) then return end
      if r.kind == "ticket" then
        on_ticket(r)
      elseif r.kind == "escalate" then
        escalate(r)
        call.hint("已升级：告知客户处理安排，然后结束语。")
      elseif r.kind == "hold" or r.kind == "unhold" then
        -- allowed (e.g. to look up the earlier tickets); the rules grade the hold itself
      elseif r.kind == "timeout" then
        call.mood(-10)
        call.say("喂？你们到底打算怎么处理？")
      elseif r.kind == "text" then
        if is(r, "closing") then
          if not escalated then not_escalated("未升级即结束通话") end
          if not ticketed then
            score.deduct("ticket", 0, "没有记录工单", N .. "3.1 1.3.2")
          end
          call.say(escalated and not wrong_desk and "行，那我就再等你们电话。再见。" or "又是这样……算了。")
          call.hangup("客户挂机")
          return
        end
        if escalated and ticketed and wrong_desk then
          call.say("转到一个不管这事的地方，跟没转有什么区别？我还是去12315吧。")
          call.hint("结束通话：" .. phrase.standard("closing"))
        elseif escalated and ticketed then
          call.say("行，那我就再等一次。这次再没人管，我真去12315了。")
          call.hint("结束通话：" .. phrase.standard("closing"))
        else
          nudges = nudges + 1
          call.say(NUDGE[math.min(nudges, #NUDGE)])
        end
      end
    end
    if not escalated then not_escalated("通话结束仍未升级") end
    call.hangup("客户挂机")
  end,
}
