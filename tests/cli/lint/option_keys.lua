-- option_keys: misspelled field names the engine would silently ignore, and missing arguments
return {
  id = "option_keys", titel = "lint 测试", description = "keys", level = 5, area = "service", -- lint: titel
  situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin", patiense = 50 },                           -- lint: patiense
  system = { { id = "kb", title = "知识库", text = "x", fact = { "x" } } },                        -- lint: fact
  ticket = { { id = "phone", label = "电话", requried = true } },                                 -- lint: requried
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, lable = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" }, -- lint: lable
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { expect = "opening", timout = 8 }                -- lint: timout
    call.say("您好", { voise = "yue" })                                    -- lint: voise
    if r.kind == "text" then score.award("info", 10) end                  -- lint: arity
    local i = call.choose { "甲", "乙", correct = "2" }                    -- lint: string-correct
    if i == 2 then call.say("对") end
    call.hangup("结束")
  end,
}
