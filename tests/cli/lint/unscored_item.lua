-- unscored_item: a rubric item with no rule that the script never scores (every trainee gets 0),
-- beside one it does score
return {
  id = "unscored_item", title = "lint 测试", description = "an item never scored", level = 5, area = "service", situation = "测试",
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
    if r and call.says(r, "emotional") then score.award("solution", 30, "说明了办法") end
  end,
}
