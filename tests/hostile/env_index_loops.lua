-- Hostile: the environment's own __index loops, so every unknown global name hangs.
setmetatable(_ENV, { __index = function(t, k) while true do end end })
local x = undefined_name
return {}
