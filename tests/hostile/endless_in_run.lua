-- Hostile: loads fine, then loops forever inside the call (with pcall trying to swallow the stop).
return {
  id = "endless_in_run", title = "endless", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say("你好")
    while true do pcall(function() while true do end end) end
  end,
}
