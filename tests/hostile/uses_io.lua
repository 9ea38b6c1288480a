-- Hostile: tries to write a file.
local f = io.open("/tmp/callsim-hostile-was-here", "w")
return {}
