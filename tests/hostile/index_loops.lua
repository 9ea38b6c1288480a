-- Hostile: The returned table's __index loops forever.
if true then return setmetatable({}, { __index = function(t, k) while true do end end }) end
return {
  id = "index_loops", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
