-- voice_cmn: the voice cmn (reads tone digits as English) and an unknown voice (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "voice_cmn", title = "lint 测试", description = "the voice cmn (reads tone digits as English) and an unknown voice", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn" }, -- lint: cmn
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    call.say("您好", { voice = "mandarin" })                               -- lint: unknown
    call.hangup("结束")
  end,
}
