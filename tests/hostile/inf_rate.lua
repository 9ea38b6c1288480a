-- Hostile: A speaking rate of infinity in call.say's options, and a pitch of NaN.
return {
  id = "inf_rate", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好', { rate = 1/0 })
    call.say('你好', { pitch = 0/0 })
    error('reached the end')
  end,
}
