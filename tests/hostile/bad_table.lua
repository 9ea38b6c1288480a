-- Broken: level 7 does not exist.
return {
  id = "bad_table", title = "bad", level = 7, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call) end,
}
