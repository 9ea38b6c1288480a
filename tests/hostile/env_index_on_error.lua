-- Hostile: takes 'call' out of the environment and makes its __index raise (or loop), then fails
-- with a bad argument: naming the failing library function reads the environment, which must
-- happen in protected mode, or Lua panics and callsim aborts.
local s = {
  id = "env_index_on_error", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(c)
    c.say({})
  end,
}
call, score, phrase, string, table, math, utf8 = nil, nil, nil, nil, nil, nil, nil
setmetatable(_ENV, { __index = function(t, k) error("no " .. tostring(k)) end })
return s
