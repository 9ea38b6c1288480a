-- unknown_category: misspelled phrase categories in expect=, call.says, phrase.standard, a helper table (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
-- the scenario's own helper taking a category: its callers' literals are categories too
local function ask(call, category_name)
  local r = call.reply { expect = category_name, timeout = 5 }
  return r
end

return {
  id = "unknown_category", title = "lint 测试", description = "misspelled phrase categories in expect=, call.says, phrase.standard, a helper table", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { expect = "openning", timeout = 5 }          -- lint: expect
    if call.says(r, "emotinal") then call.say("好") end                 -- lint: says
    call.hint(phrase.standard("clossing"))                              -- lint: standard
    ask(call, "silent_promt")                                           -- lint: own-helper
    call.expect_phrase(call, { cat = "hold_befor", item = "info", pts = 10, why = "w", miss = "m", nudge = "n" }) -- lint: cat
    call.hangup("结束")
  end,
}
