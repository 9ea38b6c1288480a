-- Hostile: run and on_end are library functions (call.wait, call.say), not Lua closures.
return {
  id = "run_is_c_function", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = call.wait,
  on_end = call.say,
}
