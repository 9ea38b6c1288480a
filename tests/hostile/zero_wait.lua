-- Hostile: Waits with a timeout of 1e-9 s, forever.
return {
  id = "zero_wait", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    while true do call.wait{ timeout = 1e-9 } end
  end,
}
