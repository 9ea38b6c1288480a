-- Hostile: Changes the strings' shared metatable so that every method loops.
getmetatable('').__index = function() while true do end end
local x = ('abc'):upper()
error('reached the end: ' .. x)
return {
  id = "string_metatable", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
