-- Hostile: the reply questions (call.says, call.mentions, call.reads_back, ...) given tables whose
-- fields come from __index (fresh strings nothing keeps), word lists from __index, a reply whose
-- text was replaced by 6 MB, and a money limit of NaN.
return {
  id = "reply_query_abuse", title = "hostile", level = 5, area = "service",
  caller = { name = "x" },
  rubric = { { id = "opening", max = 100, rule = "opening" } },
  run = function(call)
    local fake = setmetatable({}, { __index = function(t, k)
      if k == "kind" then return ("te" .. "xt") end
      return ("您好" .. string.rep("好", 100)) end })
    local words = setmetatable({}, { __len = function() return 3 end,
      __index = function(t, k) return ("w" .. k) end })
    call.say("你好")
    local r = call.wait{ timeout = 5 }
    call.says(fake, "opening")
    call.mentions(fake, words)
    call.mentions(r, words)
    pcall(call.reads_back, fake, setmetatable({}, { __index = function() return ("v" .. "x") end }))
    pcall(call.promises, r, { money = 0/0 })
    local big = string.rep("长", 1 << 18)
    big = big .. big .. big .. big .. big .. big .. big .. big
    r.kind, r.text = "text", big
    call.says(r, "opening")
  end,
}
