-- Hostile: A reply near the memory cap, in an exam-like loop of waits.
return {
  id = "oom_reply", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    local hog = {}
    pcall(function() for i = 1, 1e9 do hog[i] = string.rep('x', 1000) .. i end end)
    for i = 1, 3 do local r = call.wait{ timeout = 5 } end
    error('reached the end')
  end,
}
