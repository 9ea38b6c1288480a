-- Hostile: recursion until the Lua stack overflows, caught, then an error whose value is nil.
local function deep(n) return deep(n + 1) + 1 end
pcall(deep, 1)
error(nil)
