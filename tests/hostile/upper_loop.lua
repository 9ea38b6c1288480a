-- Hostile: string.upper on 16 MB, few instructions per call, each call a long C loop.
local s = string.rep('a', 1 << 20)
for i = 1, 4 do s = s .. s end
for i = 1, 1e9 do local u = s:upper() end
return {
  id = "upper_loop", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
