-- Hostile: An error message with control characters and megabytes.
error('\27[2J\ncallsim: forged' .. string.rep('e', 1 << 20))
return {
  id = "error_control", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
