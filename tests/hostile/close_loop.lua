-- Hostile: A to-be-closed variable whose __close loops: runs with hooks on, stopped by the budget.
do local x <close> = setmetatable({}, { __close = function() while true do end end }) end
return {
  id = "close_loop", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
