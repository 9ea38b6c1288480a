-- Hostile: Recursion through pcall. In a coroutine Lua resets its C-call count after each error a
-- pcall catches, so pcall(f) then f() recurses ~200,000 frames deep, and every caught error then
-- walks the whole stack in C (no hook runs there): it ran seconds past the budget until the
-- watchdog ended the process. The depth limit spends the budget instead.
return {
  id = "recursion_through_pcall", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    call.say('你好')
    local function f(d) pcall(f, d + 1) f(d + 1) end
    f(1)
  end,
}
