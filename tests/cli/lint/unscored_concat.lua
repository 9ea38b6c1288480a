-- unscored_concat: a trainer's scenario lint must pass (no finding): items step1..step2 scored by a loop building the id
return {
  id = "unscored_concat", title = "lint 测试", description = "ids built by concatenation", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "opening", max = 40, rule = "opening", clause = "贵阳 T-GSOCCIA 001—2020 §二(一) 1.1" },
    { id = "step1", max = 30, label = "安抚情绪", clause = "贵阳 T-GSOCCIA 001—2020 §二(二) 2.12" },
    { id = "step2", max = 30, label = "说明处理办法", clause = "贵阳 T-GSOCCIA 001—2020 §二(二) 2.1" },
  },
  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local cats = { "emotional", "callback" }
    for i, cat in ipairs(cats) do
      call.say("我的网断了")
      local r = call.wait { timeout = 30 }
      if r and call.says(r, cat) then score.award("step" .. i, 30, "说了") end
    end
  end,
}
