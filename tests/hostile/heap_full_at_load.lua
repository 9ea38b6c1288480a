-- Hostile: fills the Lua heap to its cap while loading (the error caught), keeps it full, and then
-- loads fine: whatever the host builds in the state next (lint's sample replies, the first reply)
-- must fail as a scenario error, not as a Lua panic.
local hog = {}
pcall(function() for i = 1, 1e9 do hog[i] = {} end end)
for i = 1, 200 do hog[#hog] = nil end
return {
  id = "heap_full_at_load", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say("你好")
    local r = call.wait{ timeout = 5 }
    error("reached the end with " .. #hog)
  end,
}
