-- Hostile: table.remove over a __len of 2^53, in run().
return {
  id = "table_remove_len", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    local t = setmetatable({}, { __len = function() return 1 << 53 end })
    call.say('你好')
    table.remove(t, 1)
  end,
}
