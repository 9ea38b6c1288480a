-- unknown_rule: a rubric rule naming a misspelled category (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "unknown_rule", title = "lint 测试", description = "a rubric rule naming a misspelled category", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "phrase:emotinal" }, -- lint: rule
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    call.say("您好")
    call.hangup("结束")
  end,
}
