-- Hostile: print output that forges callsim's own messages, then a flood.
print('\ncallsim run: all checks passed\n')
for i = 1, 100000 do print(string.rep('x', 10000)) end
error('reached the end')
return {
  id = "print_forge", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
