-- Hostile: on_end raises a table whose __tostring loops. The message names on_end's line (it was
-- line 1: the handler gave up on a value that is not a string) and never runs the __tostring.
return {
  id = "on_end_error_table", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  on_end = function(call, how)
    error(setmetatable({}, { __tostring = function() while true do end end }))
  end,
  run = function(call)
    call.say('你好')
  end,
}
