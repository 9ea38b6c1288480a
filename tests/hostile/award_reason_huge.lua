-- Hostile: An award whose reason is a megabyte.
return {
  id = "award_reason_huge", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    score.award('opening', 10, string.rep('长', 1 << 18))
  end,
}
