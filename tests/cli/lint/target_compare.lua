-- target_compare: comparisons of a reply's transfer/escalation target with names the dialogs never
-- offer (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "target_compare", title = "lint 测试", description = "targets compared", level = 4, area = "business", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  targets = { transfer = { "燃气抢修中心", "英语坐席" }, escalate = { "危机干预组", "值班长" } },
  rubric = {
    { id = "desk", max = 100, label = "转接", clause = "贵阳 T-GSOCCIA 001—2020 §二(二) 2.18" },
  },
  run = function(call)
    if not call.ring() then return end
    call.say("您好")
    local r = call.reply { timeout = 20 }
    if r.kind == "escalate" and r.target == "危机干预" then score.award("desk", 50, "升级") end -- lint: misspelt
    if r.kind == "transfer" and "粤语坐席" == r.target then score.award("desk", 50, "转接") end -- lint: undeclared
    local to = r.target or ""
    if to ~= "值班长长" then call.say("好的") end                                                -- lint: alias
    if r.target == "燃气抢修中心" or to == "值班长" then call.say("好") end                       -- declared: no finding
    if to ~= "" and r.target ~= nil then call.say("嗯") end                                      -- emptiness: no finding
    call.hangup("结束")
  end,
}
