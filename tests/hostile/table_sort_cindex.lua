-- Hostile: table.sort of 2^31 elements read through a C __index.
local t = setmetatable({}, { __index = rawlen, __len = function() return (1 << 31) - 2 end })
table.sort(t)
return {
  id = "table_sort_cindex", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
