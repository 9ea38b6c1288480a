-- 转接不成功 (transfer_failed, 贵阳 §二(二) 2.18).
--
-- An enterprise customer needs the technical desk. The trainee says 2.18(1) (请稍等，正在为您转接，
-- 请不要挂机，好吗？) and transfers; the desk is busy and the call comes back. Then 2.18(2): 非常
-- 抱歉，由于话务正忙，暂时不能帮您转接。您的问题我会做详细的记录，稍后会转相关部门处理，您看好吗？
-- — and the record is actually made (/ticket).

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing
local has_any = call.mentions

-- The desks that take a complex technical request (3.1 2.1.6 根据业务规定对复杂业务进行转派).
local TECH_DESK = { "技术支持部", "技术支持", "二线技术支持", "技术部" }

return {
  id = "transfer_failed",
  title = "转接技术部未成功",
  description = "企业专线客户需要技术支持，转接时技术部忙线。要求：开篇语；按 2.18(1) 转接（点“转接”到技术支持部）；"
    .. "转接失败后按 2.18(2) 致歉并承诺记录转交；记录工单；结束语。",
  level = 5,
  area = "business",
  situation = "转接不成功（2.18）",
  caller = {
    name = "企业客户（男）", phone = "08518812345",
    voice = "cmn-latn-pinyin", rate = 180, pitch = 50, volume = 85,
    patience = 70, max_rings = 8,
  },
  closing = "closing",
  -- The desk (issue 14): the transfer dialog lists where a complex request goes (3.1 2.1.6 根据业务
  -- 规定对复杂业务进行转派), the technical desk first; when it fails, the hand-over form (2.18(2)
  -- 记录转交) with the enterprise, the fault and a number to call back.
  targets = { transfer = { "技术支持部", "业务办理组", "投诉处理组", "满意度调查" } },
  ticket = {
    { id = "公司", label = "公司名称", required = true },
    { id = "故障", label = "故障情况", required = true },
    { id = "联系电话", label = "联系电话", required = true, format = "phone" },
    { id = "要求", label = "客户要求" },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "transfer_phrase", max = 15, rule = "phrase:transfer" },
    { id = "transfer", max = 10, label = "转接到技术支持部（复杂业务按规定转派）",
      clause = N .. "3.1 2.1.6 根据业务规定转派；" .. G .. "§二(二) 2.18(1)" },
    { id = "failed",   max = 25, label = "转接失败时致歉并承诺记录转交（2.18(2)）", clause = G .. "§二(二) 2.18(2)" },
    { id = "ticket",   max = 6,  rule = "action:ticket", clause = N .. "3.1 1.3.2 按业务操作规则记录客户信息" },
    -- the hand-over form's 故障 field is what the engineer acts on: it must name the fault the
    -- caller described (3.1 1.3.2 能记录有效信息), each item of information in its own field
    { id = "fault_record", max = 4, label = "工单“故障情况”写明客户所述故障", clause = N .. "3.1 1.3.2 能记录有效信息" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local company = call.pick { "黔云科技", "筑城物流", "花溪食品" }
    -- each fault with the words that name it in a record (the 故障 field is judged on them)
    local fault_pick = call.pick {
      { "专线的固定IP路由不通", { "IP", "路由", "不通", "ping不通" } },
      { "VPN隧道一直断开", { "VPN", "隧道", "断开", "断线", "掉线", "连不上" } },
      { "专线带宽跑不满", { "带宽", "跑不满", "网速", "速率", "速度慢", "达不到" } },
    }
    local fault = fault_pick[1]

    if not opening(call) then return end
    call.say("你好，我是" .. company .. "的网管，我们公司" .. fault .. "，需要你们技术部的工程师帮忙看一下。")
    call.hint("需要技术支持：说 2.18(1)“请稍等，正在为您转接，请不要挂机，好吗？”，再点“转接”到技术支持部。")
    local r
    local transferred = false
    for turn = 1, 4 do
      r = call.wait { expect = "transfer", timeout = 20 }
      if over(call, r) then return end
      if r.kind == "transfer" then
        -- the dialog lists several desks (targets): the technical one is the trainee's decision
        transferred = true
        if has_any(r.target or "", TECH_DESK) then
          score.award("transfer", 10, "转接到技术支持部：" .. r.target)
        else
          score.deduct("transfer", 0, "专线技术故障应转技术支持部（3.1 2.1.6），转到了：" .. (r.target or ""))
        end
        break
      end
      if r.kind == "timeout" then call.say("喂？能不能帮我转一下？") end
    end
    if not transferred then
      score.deduct("transfer", 0, "没有转接技术支持部")
      call.say("你们连个转接都不会？算了。")
      call.hangup("客户挂机")
      return
    end

    call.silence(15) -- the desk rings out
    call.hint("技术支持部忙线，转接失败：" .. phrase.standard("transfer_failed"))
    if has_any(r.target or "", TECH_DESK) then
      call.say("喂？怎么还是你？没转过去吗？")
    else
      -- the desk the trainee chose answered, not the technical one: the caller says so
      call.say("喂？刚才接的是" .. (r.target or "别的部门") .. "，说专线故障不归他们管，又转回你这了。怎么回事？")
    end
    r = expect_phrase(call, { cat = "transfer_failed", item = "failed", pts = 25,
      why = "转接失败时致歉并承诺记录转交（2.18(2)）", miss = "转接失败后没有按 2.18(2) 说明并承诺记录转交",
      nudge = "那现在怎么办？" })
    if not r then return end

    -- what she gives to be written down is dictated, so the ticket item (action:ticket) grades
    -- the record field by field against it (3.1 1.3.2), not merely that a ticket exists
    call.say("行吧，那你记一下：公司是")
    call.dictate("公司", company)
    call.say("回电打这个座机：")
    call.dictate("联系电话", call.spell_digits("08518812345"))
    call.say("我们很急，下午还要开视频会。")
    call.hint("在工单中记录公司 " .. company .. "、故障和联系电话")
    -- the record, filed now or earlier (call.record): one filed before she gave the number for it
    -- is not yet the record, so the step waits for it
    local taken, _, filed = call.record { nudge = "记好了吗？",
      ok = function(t) return call.reads_back(t, "联系电话") end }
    if not taken then return end
    -- the 故障 field of the ticket filed, read on its own (3.1 1.3.2)
    local written = filed and filed.fields and filed.fields["故障"] or ""
    if written == "" then
      score.deduct("fault_record", 0, filed and "工单“故障情况”为空" or "没有工单，故障情况未记录")
    elseif has_any(written, fault_pick[2]) then
      score.award("fault_record", 4, "工单写明了故障：" .. fault)
    else
      score.award("fault_record", 2, "工单“故障情况”没有写明客户所述故障（" .. fault .. "）")
    end
    call.say("好，让工程师尽快给我回电话。")
    closing(call, "好的，再见。")
  end,
}
