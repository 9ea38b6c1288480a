-- Hostile: A hang-up reason with escape sequences and a forged line.
return {
  id = "hangup_control", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    call.hangup('bye\27[2J\ncallsim run: all checks passed')
  end,
}
