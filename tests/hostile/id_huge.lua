-- Hostile: an id of 2000 characters (it names report files and database rows).
return {
  id = string.rep("a", 2000), title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call) call.say('你好') end,
}
