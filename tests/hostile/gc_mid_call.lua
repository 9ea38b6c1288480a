-- Hostile: Finalizer: garbage with a looping __gc made during the call, collected mid-call.
return {
  id = "gc_mid_call", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    for i = 1, 100000 do setmetatable({}, { __gc = function() while true do end end }) end
  end,
}
