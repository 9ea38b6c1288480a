-- unscored_keyed: a trainer's scenario lint must pass (no finding): every item scored through a table keyed by item id
return {
  id = "unscored_keyed", title = "lint 测试", description = "items scored through a table", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "opening", max = 40, rule = "opening", clause = "贵阳 T-GSOCCIA 001—2020 §二(一) 1.1" },
    { id = "empathy", max = 30, label = "安抚情绪", clause = "贵阳 T-GSOCCIA 001—2020 §二(二) 2.12" },
    { id = "solution", max = 30, label = "说明处理办法", clause = "贵阳 T-GSOCCIA 001—2020 §二(二) 2.1" },
  },
  run = function(call)
    local answered = call.ring()
    if not answered then return end
    call.say("我的网断了")
    local r = call.wait { timeout = 30 }
    local wants = { empathy = "emotional", solution = "callback" }
    for item, cat in pairs(wants) do
      if r and call.says(r, cat) then score.award(item, 30, "说了") end
    end
  end,
}
