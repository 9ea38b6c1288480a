-- Hostile: A patience that is NaN.
if true then return { id = 'nan_patience', title = 'x', caller = { name = 'x', patience = 0/0 }, run = function() end,
  rubric = { { id = 'opening', max = 100, rule = 'opening' } } } end
return {
  id = "nan_patience", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
