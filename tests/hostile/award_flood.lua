-- Hostile: Scores without a pause: millions of events in no time.
return {
  id = "award_flood", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 50, rule = "opening" }, { id = "manner", max = 50, clause = "GB/T 32315 5.3" } },
  run = function(call)
    while true do score.note('manner', 'again') end
  end,
}
