-- unknown_api: misspelled API names: call.sya, score.awrd, phrase.mach, a helper call.chose (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "unknown_api", title = "lint 测试", description = "misspelled API names: call.sya, score.awrd, phrase.mach, a helper call.chose", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    call.sya("您好")                                      -- lint: call.sya
    local r = call.reply { timeout = 5 }
    score.awrd("info", 10, "答了")                        -- lint: score.awrd
    if phrase.mach("closing", r.text or "").match then    -- lint: phrase.mach
      call.say("好")
    end
    local i = call.chose { "甲", "乙", correct = 1 }      -- lint: call.chose
    if i == 1 then call.say("对") end
    call.say(string.fromat("%d 元", 58))                 -- lint: string.fromat
    call.hangup("结束")
  end,
}
