-- Hostile: A latency limit that is NaN.
if true then return { id = 'nan_latency', title = 'x', latency_limit = 0/0, caller = { name = 'x' }, run = function() end,
  rubric = { { id = 'opening', max = 100, rule = 'opening' } } } end
return {
  id = "nan_latency", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
