-- reply_kind: a misspelled reply kind, a method call on the call library, swapped arguments
return {
  id = "reply_kind", title = "lint 测试", description = "reply kinds", level = 5, area = "service", situation = "测试",
  caller = { name = "测试", voice = "cmn-latn-pinyin" },
  rubric = { { id = "answer", max = 100, rule = "answer" } },
  run = function(call)
    if not call.ring() then return end
    local r = call.reply { timeout = 5 }
    if r.kind == "hangpu" then return end                                 -- lint: kind
    if r.kind ~= "timeout" then call:say("您好") end                       -- lint: colon
    if phrase.match(r.text or "", "closing").match then call.say("再见") end -- lint: swapped
    if call.says("opening", r) then call.say("好") end                   -- lint: swapped-says
    call.hangup("结束")
  end,
}
