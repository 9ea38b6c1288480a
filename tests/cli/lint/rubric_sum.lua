-- rubric_sum: rubric maxima adding up to 90 (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "rubric_sum", title = "lint 测试", description = "rubric maxima adding up to 90", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = { -- lint: sum
    { id = "answer", max = 40, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    call.say("您好")
    call.hangup("结束")
  end,
}
