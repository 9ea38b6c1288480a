-- Hostile: The rubric's __len raises.
if true then return { id = 'rubric_len_raises', title = 'x', caller = { name = 'x' }, run = function() end,
  rubric = setmetatable({}, { __len = function() error('len') end }) } end
return {
  id = "rubric_len_raises", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
