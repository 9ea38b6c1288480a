-- Hostile: string.find with a pattern that has no special characters (Lua searches it the plain way).
local s = string.rep('a', 1 << 20)
s = s .. s .. s .. s
local p = string.rep('a', 255) .. 'b'
for i = 1, 1e9 do s:find(p) end
return {
  id = "find_nospecials", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
