-- return_then_code: a statement after return (Lua stops with a syntax error; lint says why)
local function ask(call)
  local r = call.reply { timeout = 5 }
  return r
  call.say("问完了")                                                      -- lint: after-return
end

return { id = "return_then_code", run = function(call) ask(call) end }
