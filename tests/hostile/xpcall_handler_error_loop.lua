-- Hostile: an ordinary error() under xpcall whose handler loops: the handler runs with hooks on
-- (the error was not raised by the hook), so the budget stops it.
return {
  id = "xpcall_handler_error_loop", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    xpcall(function() error('x') end, function(e) while true do end end)
  end,
}
