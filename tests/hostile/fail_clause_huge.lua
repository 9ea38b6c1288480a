-- Hostile: score.fail with a clause of a megabyte.
return {
  id = "fail_clause_huge", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    score.fail('bad', string.rep('c', 1 << 20))
  end,
}
