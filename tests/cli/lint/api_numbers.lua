-- api_numbers: numbers and names the API refuses at run time, caught before the call
return {
  id = "api_numbers", title = "lint 测试", description = "numbers", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 900 }                                 -- lint: timeout
    call.silence(0)                                                        -- lint: silence
    if r.kind == "text" then score.award("info", 80, "太多分") end        -- lint: points
    call.dictate("联系 电话", "13912345678")                               -- lint: dictate
    local i = call.choose { "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", correct = 1 } -- lint: ten
    if i == 1 then call.say("好") end
    call.hangup("结束")
  end,
}
