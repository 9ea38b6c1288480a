-- unknown_names: a misspelled variable or library (nil at run time) and misspelled reply fields
local function has_word(text, words) return call.mentions(text, words) end

return {
  id = "unknown_names", title = "lint 测试", description = "names", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    if has_wrod(r.text, { "退款" }) then call.say("好") end              -- lint: helper
    if r.kind == "text" then scroe.award("info", 10, "答了") end          -- lint: library
    if r.txt == "好" then call.say("嗯") end                               -- lint: field
    local pick, reply = call.choose { "甲", "乙", correct = 1 }
    if pick == nil and reply.knd == "timeout" then call.say("喂？") end  -- lint: choose-field
    if has_word(r.text, { "谢谢" }) then call.say("不客气") end
    call.hangup("结束")
  end,
}
