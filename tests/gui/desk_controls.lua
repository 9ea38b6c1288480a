-- A scenario made for the GUI test tests/gui/desk_controls.sh, not for trainees: a caller who
-- answers every desk control out loud, so the test can see (in the transcript and the database)
-- that the window handed each action to the script with what the trainee entered — the unhold
-- after a hold, the ticket's fields as typed, the transfer and escalation targets. The caller never
-- hangs up: the trainee's own hang-up ends the call. Lines are fast and silent (the test looks, it
-- does not listen), timeouts long so the test's pauses never run a wait out.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员（2021） "

return {
  id = "gui_desk_controls",
  title = "GUI 测试：保持、工单、转接、升级",
  description = "GUI 测试用的情境：客户对保持、取回、工单、转接和升级逐一作出回应。",
  level = 5,
  area = "service",
  situation = "GUI 测试",
  caller = {
    name = "赵女士", phone = "13900002222",
    voice = "cmn-latn-pinyin",
    rate = 450, pitch = 50, volume = 0,
    patience = 100,
    max_rings = 20,
  },
  closing = "closing",
  -- the desk (docs/scenarios.md "The desk"): the form's fields, the system pane, the directory
  ticket = {
    { id = "name",  label = "客户姓名", required = true },
    { id = "phone", label = "联系电话", required = true, format = "phone" },
    { id = "issue", label = "故障描述", required = true },
    { id = "note",  label = "备注" },
  },
  system = {
    { id = "record", title = "客户档案", text = "赵女士，宽带 200M，光猫型号 HG8145。", reveal = "always" },
    { id = "fault", title = "区域故障查询", text = "所在小区光缆中断，预计 18:00 前修复。", reveal = "hold" },
    { id = "order", title = "工单进度", text = "抢修工单已派单，维修员 30 分钟内联系。", reveal = "script" },
  },
  targets = { transfer = { "技术支持", "二线" }, escalate = { "专项处理部", "值班长" } },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "hold",     max = 15, rule = "hold", clause = G .. "§二(一) 1.2" },
    { id = "unhold",   max = 10, label = "保持后取回通话", clause = G .. "§二(一) 1.2" },
    { id = "ticket",   max = 20, label = "工单记录姓名、电话和问题", clause = N .. "3.1 1.3.2" },
    { id = "transfer", max = 10, rule = "action:transfer", clause = N .. "3.1 2.1.6" },
    { id = "escalate", max = 10, rule = "action:escalate", clause = N .. "3.1 2.3.2" },
    { id = "closing",  max = 15, rule = "closing" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.wait { expect = "opening", timeout = 120 }
    if r.kind == "hangup" then return end
    call.say("宽带断了，查一下。")
    local hold_at
    while true do
      r = call.wait { timeout = 120 }
      if r.kind == "hangup" or r.kind == "timeout" then return end
      if r.kind == "hold" then
        hold_at = call.time()            -- on hold the caller only waits
      elseif r.kind == "unhold" then
        local held = hold_at and call.time() - hold_at or 0
        score.award("unhold", 10, string.format("保持 %.1f 秒后取回通话", held))
        call.say("好的。")
      elseif r.kind == "ticket" then
        local f = r.fields
        local name, phone, issue = f.name or "", (string.gsub(f.phone or "", "%D", "")), f.issue or ""
        if name ~= "" and #phone == 11 and issue ~= "" then
          score.award("ticket", 20, "工单：" .. name .. "/" .. phone .. "/" .. issue .. "/" .. (f.note or ""))
        else
          score.deduct("ticket", 0, "工单缺少姓名、电话或问题")
        end
        call.say("记下了：" .. name .. "，" .. phone .. "，" .. issue)
        call.reveal("order")
      elseif r.kind == "transfer" then
        call.say("转" .. r.target .. "，好。")
      elseif r.kind == "escalate" then
        call.say("找" .. r.target .. "，好。")
      elseif call.says(r, "closing") then
        call.say("再见。")          -- and waits for the trainee to hang up
      end
    end
  end,
}
