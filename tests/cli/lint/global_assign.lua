-- global_assign: a global made by accident inside a function (a misspelt local, a local forgotten);
-- not a file-level global the script keeps on purpose, a field, a table key or a declared local
calls_seen = 0

local function tally(r)
  local result = 0
  if r.kind == "text" then
    resutl = result + 10                                                  -- lint: misspelt
  end
  calls_seen = calls_seen + 1
  local t = { id = "x", weight = 2 }
  t.weight = 3
  result = result + t.weight
  return result
end

return {
  id = "global_assign", title = "lint 测试", description = "globals", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = {
    { id = "answer", max = 50, rule = "answer" },
    { id = "info", max = 50, label = "信息", clause = "国家职业技能标准 4-04-05-03 (2021) 3.1" },
  },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    patience = 3                                                          -- lint: forgotten
    score.award("info", math.min(50, tally(r)), "答了")
    call.hangup("结束")
  end,
}
