-- Bench scenario for bench/bench_ui_window.sh: after the answer the caller speaks in each voice the
-- window pre-loads (the first use of each is where a frame could stall), with pauses so that each
-- line starts from silence and its latency can be timed; then waits 14 s for a reply that never
-- comes (the idle call screen) and hangs up.
return {
  id = "bench_ui_voice", title = "bench: voices", level = 5, area = "service", situation = "bench",
  caller = { name = "bench", phone = "0", voice = "cmn-latn-pinyin", rate = 175, max_rings = 20 },
  closing = "closing",
  rubric = { { id = "answer", max = 100, rule = "answer" } },
  run = function(call)
    if not call.ring() then return end
    call.say("你好，我想问一下这个月的话费。")
    call.silence(1)
    call.say("我听唔明你讲乜嘢。", { voice = "yue" })
    call.silence(1)
    call.say("Hello, can you hear me?", { voice = "en-us" })
    call.silence(1)
    call.say("好的，谢谢你。")
    call.reply { timeout = 14 }
    call.hangup("bench done")
  end,
}
