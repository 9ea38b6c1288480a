-- Hostile: A choice and a prompt with control characters.
return {
  id = "choice_control", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    call.wait{ 'ok', 'bad\27[0m', prompt = 'pick\n' }
  end,
}
