-- Hostile: Finalizer: a __gc that calls score.award after the engine began closing.
local keep = setmetatable({}, { __gc = function() score.award('opening', 100, 'late') end })
return {
  id = "gc_award_at_close", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
