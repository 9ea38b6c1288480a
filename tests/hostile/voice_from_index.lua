-- Hostile: An option table whose voice comes from __index: a string nothing references once popped.
return {
  id = "voice_from_index", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    local opts = setmetatable({}, { __index = function(t, k) if k == 'voice' then return ('en-' .. 'us') end end })
    for i = 1, 50 do call.say('hello', opts); collectgarbage = nil end
    error('reached the end')
  end,
}
