-- Hostile: table.move over 2^53 elements: one C call that would never return.
table.move({}, 1, 1 << 53, 2)
return {
  id = "table_move_huge", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
  end,
}
