-- unknown_rubric_id: score.award/deduct/note/tells and item= naming rubric items that do not exist or are graded by a rule (a fixture for tests/cli/test_trainer.sh; each mistake is marked "-- lint:")
return {
  id = "unknown_rubric_id", title = "lint 测试", description = "score.award/deduct/note/tells and item= naming rubric items that do not exist or are graded by a rule", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    if r.kind == "text" then score.award("infor", 10, "答了") end       -- lint: award
    score.deduct("answer", 0, "规则评的项")                             -- lint: ruled
    score.note("nothing", "备注")                                       -- lint: note
    score.tells("infos", r, "kb")                                       -- lint: tells
    call.expect_phrase(call, { cat = "closing", item = "closing_item", pts = 10, why = "w", miss = "m", nudge = "n" }) -- lint: item
    call.hangup("结束")
  end,
}
