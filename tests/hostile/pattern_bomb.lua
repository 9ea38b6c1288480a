-- Hostile: a backtracking pattern that would run for minutes inside one C call.
local s = string.rep("a", 40000)
local x = s:find(".-.-.-.-.-b")
return {}
