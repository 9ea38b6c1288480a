-- Hostile: A rubric max that is NaN: passed checks written as v < lo or v > hi.
if true then return { id = 'nan_max', title = 'x', caller = { name = 'x' }, run = function() end,
  rubric = { { id = 'opening', max = 0/0, rule = 'opening' } } } end
return {
  id = "nan_max", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
