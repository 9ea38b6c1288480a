-- Hostile: An award whose clause carries control characters.
return {
  id = "clause_control", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    score.award('opening', 10, 'ok', 'GB/T\r\27[31m forged')
  end,
}
