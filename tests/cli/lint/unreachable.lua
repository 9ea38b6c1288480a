-- unreachable: code that can never run: after do return end, break, a loop no break leaves, error() (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "unreachable", title = "lint 测试", description = "code that can never run: after do return end, break, a loop no break leaves, error()", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    if r.kind == "timeout" then
      do return end
      call.say("永远不会说")                                              -- lint: after-return
    end
    for _ = 1, 3 do
      local q = call.reply { timeout = 5 }
      if q.kind == "timeout" then
        break
        call.say("也不会说")                                              -- lint: after-break
      end
    end
    if r.kind == "text" and r.insult then
      error("不应该到这里")
      call.say("不会说")                                                  -- lint: after-error
    end
    while true do
      local q = call.reply { timeout = 5 }
      if q.kind ~= "text" then return end
    end
    call.say("循环之后")                                                  -- lint: after-loop
    call.hangup("结束")
  end,
}
