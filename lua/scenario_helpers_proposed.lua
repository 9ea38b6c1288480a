-- PROPOSED additions to lua/callsim.lua (not loaded by the engine; nothing depends on this file).
-- Every one of the five core scenarios (scenarios/angry_caller.lua, dialect_caller.lua,
-- abusive_caller.lua, silent_line.lua, repeat_complaint.lua) carries its own copy of these few
-- helpers; if they move into lua/callsim.lua, the scenarios can drop their local copies.

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
