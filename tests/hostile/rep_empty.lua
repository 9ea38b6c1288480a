-- Hostile: string.rep of an empty string 2^53 times: Lua loops n times copying nothing.
local s = string.rep('', 1 << 53)
local t = string.rep('', 1 << 53, '')
error('string.rep returned')
return {
  id = "rep_empty", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
