-- 未听清对方内容 (not_heard, 贵阳 §二(二) 2.5).
--
-- A customer calls from the roadside about a parcel; a passing truck drowns out the tracking
-- number. The trainee asks for a repeat with 2.5 (非常抱歉，我没听清您的讲话，您再重复一遍，好吗？),
-- records the number exactly in a ticket, checks it on hold (1.2) and tells the customer the result.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing

return {
  id = "not_heard",
  title = "路边来电：快递单号没听清",
  description = "客户在马路边来电查快递，报单号时被车声盖住。要求：开篇语；按 2.5 请客户重复；"
    .. "在工单中准确记录单号；按等待用语保持核实；说明结果；结束语。",
  level = 5,
  area = "service",
  situation = "未听清对方内容（2.5）",
  caller = {
    name = "快递用户（女）", phone = "13508519876",
    voice = "cmn-latn-pinyin", rate = 185, pitch = 65, volume = 70,
    patience = 70, max_rings = 8,
  },
  closing = "closing",
  -- The desk (issue 14): the form takes the waybill number (3.1 1.3.2 记录准确), and the parcel
  -- lookup the hold to 核实 opens holds where the parcel is; the caller is satisfied only by it.
  ticket = {
    { id = "单号", label = "快递单号", required = true },
    { id = "note", label = "备注" },
  },
  system = {
    { id = "parcel", title = "快递查询", text = "（按单号查询物流）", reveal = "hold" },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "repeat",   max = 25, label = "没听清时请客户重复（2.5）", clause = G .. "§二(二) 2.5" },
    { id = "record",   max = 15, label = "工单准确记录单号", clause = N .. "3.1 1.3.2 信息错字率小于1%" },
    { id = "hold",     max = 15, rule = "hold" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 20, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local number = "YT" .. string.format("%010d", call.random(1000000000, 1999999999))
    local where = call.pick { "贵阳转运中心", "遵义分拨中心", "花溪营业部" }

    if not opening(call) then return end
    call.hint("单号被车声盖住了：" .. phrase.standard("not_heard"))
    call.say("你好，我查一下快递，单号是YT……（一阵货车喇叭声）……三天了都没更新。")
    local r = expect_phrase(call, { cat = "not_heard", item = "repeat", pts = 25,
      why = "没听清时致歉并请客户重复（2.5）", miss = "没听清单号却没有按 2.5 请客户重复",
      nudge = "喂？你听到没有？" })
    if not r then return end

    call.say("不好意思，路边太吵了。我再报一遍：")
    call.dictate("单号", number)
    call.system("parcel", "单号 " .. number .. "：包裹滞留" .. where .. "（三天未更新：分拣积压），明天派送。",
      { { where }, { "明天" } })
    call.hint("在工单中记录客户报的单号，再按等待用语（" .. phrase.standard("hold_before")
      .. "）保持通话，在系统“快递查询”里查看包裹在哪儿。")
    -- the record, filed now or earlier, that holds the number (call.record); the step goes on to
    -- the lookup: it ends when the caller is taken off hold, or answered without one
    local held, hold_at = false, nil
    local taken, got = call.record { turns = 8, keep = true, nudge = "喂？查到了吗？",
      ok = function(t) return call.reads_back(t, "单号") end,
      on = function(x)
        if x.kind == "hold" then held, hold_at = true, call.time() end
        return x.kind == "unhold" or (x.kind == "text" and has_any(x, { "滞留", "派送", "明天" }) and not held)
      end }
    if not taken then return end
    -- a long silent hold is answered as in every scenario (lua/callsim.lua call.wait_on_hold: over
    -- the `hold` rule's minute at a stretch the caller says so); the hold here is a step of the record
    if taken.kind == "unhold" and hold_at and call.time() - hold_at > 60 then
      call.mood(-10)
      call.say("怎么等了这么久啊？查到了吗？")
    end
    if got then score.award("record", 15, "工单准确记录了单号 " .. number)
    else score.deduct("record", 0, "工单没有准确记录单号 " .. number) end

    r = call.reply { expect = "hold_after", timeout = 12 }
    if over(call, r) then return end
    -- the thanks alone, no answer begun: the answer may follow in the next message
    -- (consecutive messages count together)
    if r.kind == "text" and select(2, call.tells(r, "parcel")) == 0
      and not call.mentions(r, { "滞留", "派送", "快递", "包裹" }) then
      r = call.more(r)
      if over(call, r) then return end
    end
    if not call.tells(r, "parcel") then  -- only what the lookup shows tells her where it is
      call.say("所以到底在哪儿了？")
      r = call.reply { timeout = 12 }
      if over(call, r) then return end
    end
    -- she answers what she was told: 明天 only when the trainee said where it is and when (the
    -- lookup's facts, call.tells), never the lookup's words the trainee did not say
    if call.tells(r, "parcel") then
      call.say("哦，明天能到就好。谢谢啊。")
    else
      call.say("哦……那我再等等看吧。")
    end
    closing(call, "好的，拜拜。")
  end,
}
