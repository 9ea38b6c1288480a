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
-- call.says(r, category): the reply is typed text that matches the standard phrase of `category`,
-- whatever the wait expected (r.match only answers for opts.expect).
function call.says(r, category)
  return type(r) == "table" and r.kind == "text" and type(r.text) == "string"
    and phrase.match(category, r.text).match
end

-- call.mentions(text, words): text holds one of the words (plain find, no patterns, so no
-- pathological pattern can reach string.find).
function call.mentions(text, words)
  if type(text) ~= "string" then return false end
  for _, w in ipairs(words) do
    if string.find(text, w, 1, true) then return true end
  end
  return false
end

-- call.retaliates(r [, extra]): the trainee insulted or hit back at the caller — the bank's insult
-- flag, or one of the scenario's own extra words (e.g. 鸟语 for a dialect caller). The scenarios
-- call score.fail with 贵阳 §二(三) 6 / §二(四) 4.2 when this is true.
function call.retaliates(r, extra)
  if type(r) ~= "table" or r.kind ~= "text" then return false end
  if r.insult then return true end
  return extra ~= nil and call.mentions(r.text, extra)
end

-- call.digits(s): only the digits of s ("139 1234 5678" → "13912345678"), to compare a phone
-- number recorded in a ticket with the one dictated.
function call.digits(s)
  return (string.gsub(tostring(s or ""), "%D", ""))
end

-- call.spell_digits(s): "13912345678" → "1 3 9 1 2 3 4 5 6 7 8", for call.dictate: espeak-ng reads
-- an unbroken digit string as one large number (十三亿……), not as a phone number.
function call.spell_digits(s)
  return (string.gsub(tostring(s), "(%d)", "%1 "):gsub(" $", ""))
end
