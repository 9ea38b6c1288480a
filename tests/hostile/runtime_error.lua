-- Broken: calls call.say with a number on line 9.
return {
  id = "runtime_error", title = "runtime error", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    local r = call.reply{ expect = "opening", timeout = 5 }
    -- the next line passes a table where a string belongs
    call.say({})
  end,
}
