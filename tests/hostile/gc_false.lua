-- Hostile: Finalizer: __gc = false still marks the object for finalization; refused too.
local keep = setmetatable({}, { __gc = false })
return {
  id = "gc_false", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
