-- Hostile: A choice list whose __index answers a string on the first read and nil on the second.
return {
  id = "choices_flip", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    local n = 0
    local c = setmetatable({}, { __len = function() return 2 end, __index = function(t, k)
      if type(k) ~= 'number' then return nil end
      n = n + 1
      if n % 2 == 1 then return ('choice ' .. k) end
    end })
    call.say('你好')
    call.wait(c)
    call.wait(c)
    error('reached the end')
  end,
}
