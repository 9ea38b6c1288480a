-- Hostile: A dictated field name of a megabyte.
return {
  id = "dictate_field_huge", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.dictate(string.rep('f', 1 << 20), '13800001234')
  end,
}
