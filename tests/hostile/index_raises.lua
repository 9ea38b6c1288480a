-- Hostile: The returned table's __index raises.
if true then return setmetatable({}, { __index = function(t, k) error('no field ' .. k) end }) end
return {
  id = "index_raises", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
