-- Hostile: xpcall's message handler loops. Lua calls the handler where the error was raised; when
-- the budget hook raises it, hooks are off, so a looping handler ran until the watchdog ended the
-- process. The sandbox calls the handler through a guard that passes such an error on unchanged.
return {
  id = "xpcall_handler_loop", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    xpcall(function() while true do end end, function(e) while true do end end)
  end,
}
