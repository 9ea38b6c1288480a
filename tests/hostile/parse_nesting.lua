-- Hostile: nesting deep enough to overflow the parser's C stack if it were not limited.
local s = "return " .. string.rep("(", 100000) .. "1" .. string.rep(")", 100000)
local f = load and load(s)
local t = {} for i = 1, 300 do t[i] = "{" end
error("nested " .. #table.concat(t))
