-- Hostile: as env_index_on_error.lua, but the environment's __index loops forever.
local s = {
  id = "env_index_loop_on_error", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(c)
    c.say({})
  end,
}
call, score, phrase = nil, nil, nil
setmetatable(_ENV, { __index = function(t, k) while true do end end })
return s
