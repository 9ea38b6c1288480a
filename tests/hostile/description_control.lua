-- Hostile: a description of several lines (allowed) carrying an escape sequence (refused).
return {
  id = "description_control", title = "hostile", level = 5, area = "service",
  description = "第一行\n第二行\27[2J",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call) call.say('你好') end,
}
