-- bare_return: a bare return at the end of a line, which takes the next line as its value (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "bare_return", title = "lint 测试", description = "a bare return at the end of a line, which takes the next line as its value", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    if r.kind == "timeout" then
      call.say("喂？")
      return
      call.say("还在吗")                                                  -- lint: bare-return
    end
    call.hangup("结束")
  end,
}
