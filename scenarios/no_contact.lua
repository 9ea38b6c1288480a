-- 投诉后不提供联系电话 (no_contact, 贵阳 §二(二) 2.11).
--
-- A customer complains about noise from a street cabinet but refuses to leave a phone number. The
-- standard: 非常抱歉，若您不提供联系电话，我们将无法与您取得联系，您反映的问题我们将无法为您处理。
-- She then gives it; the trainee records it exactly and promises a reply.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local is = call.says
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing

return {
  id = "no_contact",
  title = "不愿留电话的投诉客户",
  description = "客户投诉小区门口的通信机柜噪音扰民，但不愿留联系电话。要求：开篇语；按 2.11 说明不留电话"
    .. "无法联系处理；客户报号后准确记录工单；承诺回复；结束语。",
  level = 5,
  area = "business",
  situation = "投诉后不提供联系电话（2.11）",
  caller = {
    name = "居民（男）", phone = "",
    voice = "cmn-latn-pinyin", rate = 180, pitch = 45, volume = 85,
    patience = 70, max_rings = 8,
  },
  closing = "closing",
  -- The complaint form (issue 14): the contact number the caller finally gives, checked as a phone
  -- number, and what the complaint is (3.1 2.1.3 按规范受理客户的投诉建议).
  ticket = {
    { id = "联系电话", label = "联系电话", required = true, format = "phone" },
    { id = "内容", label = "投诉内容", required = true },
  },
  rubric = {
    { id = "answer",     max = 5,  rule = "answer" },
    { id = "opening",    max = 10, rule = "opening" },
    { id = "no_contact", max = 30, label = "说明不留电话无法联系处理（2.11）", clause = G .. "§二(二) 2.11" },
    { id = "ticket",     max = 20, label = "工单准确记录联系电话", clause = N .. "3.1 1.3.2；3.1 2.1.3 按规范受理投诉" },
    { id = "promise",    max = 10, label = "承诺处理后回复", clause = N .. "3.1 2.1.3 按规范受理客户的投诉建议" },
    { id = "courtesy",   max = 10, rule = "courtesy" },
    { id = "closing",    max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local phone = "1" .. call.pick { "38", "59", "85", "77" } .. string.format("%08d", call.random(10000000, 99999999))
    local estate = call.pick { "碧海花园", "世纪城", "南湖小区" }

    if not opening(call) then return end
    call.say("我投诉一下，" .. estate .. "门口你们那个通信机柜，风扇晚上嗡嗡响，吵得人睡不着！")
    call.hint("记下问题，并请客户留联系电话。")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    call.say("电话我就不留了，留了你们又天天打来推销。你们自己看着办。")
    call.hint("客户不留电话：" .. phrase.standard("no_contact"))
    r = expect_phrase(call, { cat = "no_contact", item = "no_contact", pts = 30,
      why = "说明不留电话将无法联系、无法处理（2.11）", miss = "没有按 2.11 说明不留电话将无法处理",
      nudge = "怎么，不留电话就不管了？" })
    if not r then return end

    call.say("……那好吧，你记一下：")
    call.dictate("联系电话", call.spell_digits(phone))
    call.hint("在工单中记录联系电话 " .. phone .. " 和内容；然后承诺处理后回复。")
    -- the record, filed now or earlier, that holds the number (call.record); the step goes on until
    -- the promise to reply or the 结束语. A 结束语 said while the record is awaited ends the call as a
    -- closing (贵阳 §二(一) 1.4): the caller says goodbye at once and what was never recorded is charged;
    -- the promise may be the closing's first words (处理后回复您，感谢您的来电，再见)
    -- the promise to reply in any wording the grader knows (call.promises_contact: 给您回复, 回电话)
    -- a promise said before the number was given (处理后第一时间联系您, typed while the script still
    -- waited for 2.11) is made all the same: items are earned by what was said wherever it fits
    -- (issue #11 item 6; call.said() holds every reply so far) (calls30)
    local promised_before = false
    for _, x in ipairs(call.said()) do
      if x.kind == "text" and call.promises_contact(x) then promised_before = true end
    end
    local promised = false
    local taken, ok, _, closed = call.record { turns = 4, keep = true, closing = true, nudge = "喂？记好了吗？",
      ok = function(t) return call.reads_back(t, "联系电话") end,
      on = function(x)
        if x.kind ~= "text" then return false end
        promised = promised or call.promises_contact(x)
        return promised and not is(x, "closing")
      end }
    if not taken then return end
    if ok then score.award("ticket", 20, "工单准确记录了联系电话 " .. phone)
    else score.deduct("ticket", 0, "工单没有准确记录联系电话 " .. phone) end
    if promised or promised_before then score.award("promise", 10, "承诺处理后回复客户")
    else score.deduct("promise", 0, "没有承诺处理后回复客户") end
    if closed then closing(call, "好，尽快啊。再见。") return end
    call.say("行，尽快啊，晚上真的睡不着。")
    closing(call, "好，再见。")
  end,
}
