-- Hostile: The rubric's __len answers 2^53 and its __index loops.
if true then return { id = 'rubric_len_huge', title = 'x', caller = { name = 'x' }, run = function() end,
  rubric = setmetatable({}, { __len = function() return 1 << 53 end, __index = function() while true do end end }) } end
return {
  id = "rubric_len_huge", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
