-- unused_local: locals never used (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "unused_local", title = "lint 测试", description = "locals never used", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    local unused_reply = call.reply { timeout = 5 }                       -- lint: unused1
    local function never_called() return 1 end                            -- lint: unused2
    local _kept = 1
    if r.kind == "text" then call.say("好"); score.award("info", 50, "回答了") end
    call.hangup("结束")
  end,
}
