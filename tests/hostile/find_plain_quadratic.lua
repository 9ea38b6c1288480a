-- Hostile: Plain string.find of a 1 MB needle in a 4 MB haystack, again and again.
local s = string.rep('a', 1 << 20)
s = s .. s .. s .. s
local p = string.rep('a', (1 << 20) - 1) .. 'b'
for i = 1, 1e9 do s:find(p, 1, true) end
return {
  id = "find_plain_quadratic", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
