-- Hostile: table.insert over a __len of 2^53.
local t = setmetatable({}, { __len = function() return 1 << 53 end })
table.insert(t, 1, 'x')
return {
  id = "table_insert_len", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
