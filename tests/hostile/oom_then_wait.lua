-- Hostile: Fills the Lua heap to its cap, then waits: the reply must be built at the cap.
return {
  id = "oom_then_wait", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    local t = {}
    pcall(function() while true do t[#t + 1] = {} end end)
    local r = call.wait{ timeout = 5 }
    error('reached the end')
  end,
}
