-- 对方报的手机号码有误 (wrong_number, 贵阳 §二(二) 2.10).
--
-- A customer leaves a callback number that has only ten digits. The standard: read it back, (1)
-- 非常抱歉，请问您的手机号码是 XXX 吗; if she confirms, (2) 很抱歉，您报的号码有误，请您再核对一下，
-- 好吗？ Record the corrected eleven-digit number in the ticket.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, opening, closing = call.over, call.opening, call.closing

return {
  id = "wrong_number",
  title = "报错手机号码的客户",
  description = "客户办理预约回电，报的手机号码少了一位。要求：开篇语；按 2.10(1) 复述号码请客户确认；"
    .. "客户确认后按 2.10(2) 指出号码有误、请其核对；工单记录正确的 11 位号码；结束语。",
  level = 5,
  area = "record",
  situation = "对方报的手机号码有误（2.10）",
  caller = {
    name = "预约用户（女）", phone = "08515566778",
    voice = "cmn-latn-pinyin", rate = 175, pitch = 66, volume = 80,
    patience = 80, max_rings = 8,
  },
  closing = "closing",
  -- The appointment form (issue 14). The number is typed as digits, not checked as a phone number:
  -- noticing that the dictated number is one digit short is the trainee's task (2.10(2)), and a
  -- form refusing it would do it for them.
  ticket = {
    { id = "手机号", label = "手机号码", required = true, format = "digits" },
    { id = "内容", label = "预约内容", required = true },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "readback", max = 20, label = "复述号码请客户确认（2.10(1)）", clause = G .. "§二(二) 2.10(1)" },
    { id = "wrong",    max = 25, label = "指出号码有误、请客户核对（2.10(2)）", clause = G .. "§二(二) 2.10(2)" },
    { id = "ticket",   max = 20, label = "工单记录正确的手机号码", clause = N .. "3.1 1.3.2 信息错字率小于1%" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 10, rule = "closing" },
  },

  run = function(call)
    -- 2.10(2): the number said to be wrong, asked to be checked
    local WRONG = { "有误", "不对", "少了", "少一位", "不全", "核对", "位数" }
    -- … and said to be wrong in the read-back itself (核对 alone is also how a read-back asks)
    local ERROR = { "有误", "不对", "少了", "少一位", "不全", "位数" }
    local answered = call.ring()
    if not answered then return end
    local full = "1" .. call.pick { "39", "58", "87", "36" } .. string.format("%08d", call.random(10000000, 99999999))
    local cut = call.random(5, 10)
    local short = string.sub(full, 1, cut - 1) .. string.sub(full, cut + 1) -- one digit dropped

    if not opening(call) then return end
    call.say("你好，我家宽带要装个新路由器，想预约师傅上门，你们回个电话给我。我手机号是：")
    call.dictate("手机号", call.spell_digits(short))
    call.hint("客户报的号码只有 10 位：先复述请她确认（2.10(1)）。")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    local read = call.reads_back(r, "手机号")
    if read then
      call.step_credit("readback", 20, "复述号码请客户确认（2.10(1)）", r)
      -- the read-back and 2.10(2) in one reply (您报的是……，只有10位，请您核对): both steps said
      -- (issue #11 item 6), and she answers the error pointed out, never 对，没错 to it
      if not (r.kind == "text" and has_any(r, ERROR)) then
        call.say("对，没错。")
        r = call.reply { timeout = 20 }
        if over(call, r) then return end
      end
    else
      score.deduct("readback", 0, "没有复述客户报的号码请其确认")
    end
    if r.kind == "text" and has_any(r, WRONG) then
      -- said with a 禁忌语 in the same message: done, not as prescribed: half (call.step_credit)
      call.step_credit("wrong", 25, "指出号码有误并请客户核对（2.10(2)）", r)
      call.say("啊？我看看……哎呀，少说了一位，不好意思。是")
      call.dictate("手机号", call.spell_digits(full))
    else
      score.deduct("wrong", 0, "没有指出号码有误、请客户核对（2.10(2)）")
      call.say("好，那就等你们电话了。")
    end

    call.hint("在工单中记录手机号和内容：预约上门安装路由器")
    -- the record, filed now or while another step waited (call.record)
    local taken, ok = call.record { nudge = "喂？记好了吗？",
      ok = function(t) return call.reads_back(t, { value = full, field = "手机号" }) end }
    if not taken then return end
    if ok then score.award("ticket", 20, "工单记录了正确的手机号码 " .. full)
    else score.deduct("ticket", 0, "工单没有记录正确的手机号码 " .. full) end
    call.say("好的，那我等师傅电话。")
    closing(call, "谢谢，再见。")
  end,
}
