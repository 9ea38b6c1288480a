-- unknown_target: rubric rules naming who must be told, a target the escalation/transfer dialog does not offer (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "unknown_target", title = "lint 测试", description = "a rule naming a target the dialog does not list", level = 4, area = "business", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  targets = { transfer = { "燃气抢修中心" }, escalate = { "危机干预组", "值班长" } },
  rubric = {
    { id = "escalate", max = 40, rule = "action:escalate:危机干预", fatal = true, clause = "国家职业技能标准 4-04-05-03 (2021) 3.2 2.4.2" }, -- lint: misspelt
    { id = "transfer", max = 30, rule = "action:transfer:英语坐席", clause = "贵阳 T-GSOCCIA 001—2020 §二(二) 2.18" }, -- lint: undeclared
    { id = "info", max = 30, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    call.say("您好")
    call.hangup("结束")
  end,
}
