-- Helpers every scenario sees, written in Lua on top of the C primitives (call.wait & co.).
-- Loaded into each scenario's sandbox before the scenario file itself.

-- Waits for the trainee's next reply that matters to the conversation: hold/unhold and tickets are
-- passed over (the grader still sees them); text, a choice, transfer, escalate, hang-up or a
-- timeout come back to the script.
function call.reply(opts)
  while true do
    local r = call.wait(opts)
    if r.kind ~= "hold" and r.kind ~= "unhold" and r.kind ~= "ticket" then
      return r
    end
  end
end

-- Offers choices: call.choose{ "选项一", "选项二", correct = 2, prompt = "…", timeout = 20 }.
-- Returns the index chosen (nil if the trainee did something else) and the reply.
function call.choose(opts)
  if type(opts) ~= "table" or #opts == 0 then
    error("call.choose needs a list of choices, e.g. call.choose{ \"A\", \"B\", correct = 1 }", 2)
  end
  local r = call.reply(opts)
  if r.kind == "choice" then return r.choice, r end
  return nil, r
end

-- A seeded random element of a list.
function call.pick(list)
  if type(list) ~= "table" or #list == 0 then
    error("call.pick needs a non-empty list", 2)
  end
  return list[call.random(#list)]
end
