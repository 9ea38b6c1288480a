-- Hostile: call.mood with the largest integers, again and again.
return {
  id = "mood_overflow", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    for i = 1, 10 do call.mood(math.mininteger); call.mood(math.maxinteger) end
    call.say('你好')
    error('reached the end')
  end,
}
