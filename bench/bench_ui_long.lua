-- Bench scenario for bench/bench_ui_frames: a caller who speaks and waits for a reply over and over,
-- so a headless driver can build a 500-turn transcript of long wrapped Chinese lines in an instant
-- (virtual clock) and time the call screen drawing it.
local LINES = {
  "我家的宽带从前天晚上开始就一直断断续续的，晚上八点以后基本上就上不了网。",
  "我已经报修过两次了，每次都说四十八小时内上门，到现在也没有人联系我。",
  "好的。",
  "那你们今天能不能派人过来？我下午三点以后都在家。",
  "我的电话是一三八零零零零一二三四，地址是观山湖区金阳南路十八号。",
}

return {
  id = "bench_ui_long", title = "bench: 500-turn transcript", level = 5, area = "service",
  situation = "bench",
  caller = { name = "王先生", phone = "13800001234", voice = "cmn-latn-pinyin", rate = 400, max_rings = 20,
             history = { "2026-11-20 宽带断网，已报修" } },
  closing = "closing",
  rubric = { { id = "answer", max = 100, rule = "answer" } },
  run = function(call)
    if not call.ring() then return end
    for i = 1, 300 do
      call.say(LINES[i % #LINES + 1])
      call.reply { timeout = 60 }
    end
    call.hangup("bench done")
  end,
}
