-- correct_range: call.choose with correct out of range (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "correct_range", title = "lint 测试", description = "call.choose with correct out of range", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local i = call.choose { "退款", "换货", prompt = "选一个", correct = 3 }   -- lint: correct3
    if i == 1 then call.say("好") end
    local j = call.choose { "是", "否", correct = 0 }                         -- lint: correct0
    if j == 2 then call.say("好") end
    call.hangup("结束")
  end,
}
