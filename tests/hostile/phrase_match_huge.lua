-- Hostile: phrase.match on a 16 MB string.
return {
  id = "phrase_match_huge", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    local s = string.rep('您好', 1 << 17)
    for i = 1, 4 do s = s .. s end
    call.say('你好')
    phrase.match('opening', s)
  end,
}
