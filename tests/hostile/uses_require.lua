-- Hostile: tries to load a C module.
local ffi = require("ffi")
return {}
