-- Hostile: table.concat where a C function answers __index: no Lua instruction ever runs.
local t = setmetatable({}, { __index = string.rep, __len = function() return 1 << 40 end })
local s = table.concat(t, '', 1, 1 << 40)
return {
  id = "table_concat_cindex", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
