-- Hostile: string.match with a long literal pattern on megabytes: quadratic in the matcher.
local s = string.rep('a', 1 << 20)
s = s .. s .. s .. s
local p = string.rep('a', 255) .. 'b'
local x = s:match(p)
return {
  id = "match_literal_long", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
