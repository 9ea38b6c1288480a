-- Hostile: tries to load bytecode through load().
local f = load("\27Lua")
return {}
