-- reply_text: the scenario searches the reply text itself, directly, through a local and through its own helper (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
-- the scenario's own search helper: the reply text reaches it as `text`
local function has_word(text, words)
  for _, w in ipairs(words) do
    if string.find(text, w, 1, true) then return true end               -- lint: helper
  end
  return false
end

return {
  id = "reply_text", title = "lint 测试", description = "the scenario searches the reply text itself, directly, through a local and through its own helper", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    if r.kind == "text" and r.text:find("退款") then call.say("好") end   -- lint: method
    local said = r.text or ""
    if string.match(said, "%d+") then call.say("号码") end             -- lint: derived
    if has_word(r.text, { "换货" }) then call.say("换") end
    if call.mentions(r.text, { "谢谢" }) then call.say("不客气") end
    call.hangup("结束")
  end,
}
