-- Hostile: 40 rubric items of 100 points: graded 4000 of 100 by run and exam.
local items = {}
for i = 1, 40 do items[i] = { id = 'i' .. i, max = 100, clause = 'c' } end
if true then return { id = 'rubric_4000', title = 'x', caller = { name = 'x' }, run = function() end, rubric = items } end
return {
  id = "rubric_4000", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
