-- Hostile: A title with an escape sequence and a description of megabytes.
if true then return { id = 'title_control', title = 'x\27[2J', caller = { name = 'x' }, run = function() end,
  rubric = { { id = 'opening', max = 100, rule = 'opening' } } } end
return {
  id = "title_control", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
