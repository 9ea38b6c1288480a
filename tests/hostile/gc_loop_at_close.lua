-- Hostile: Finalizer: a __gc that loops forever, left for lua_close.
local keep = setmetatable({}, { __gc = function() while true do end end })
return {
  id = "gc_loop_at_close", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
