-- Hostile: Lines said in a loop, with pcall swallowing each cap error.
return {
  id = "say_flood_pcall", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 50, rule = "opening" }, { id = "manner", max = 50, clause = "GB/T 32315 5.3" } },
  run = function(call)
    while true do pcall(call.silence, 0.001) ; pcall(score.note, 'manner', 'x') end
  end,
}
