-- Hostile: Pauses of 0.0001 s: each rounded to 0 ms re-armed the budget while the clock stood still.
return {
  id = "zero_silence", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    while true do call.silence(0.0001) end
  end,
}
