-- A scenario made for the screenshot test (tests/gui/screens.sh), not for trainees: it fills the
-- call screen with what is hardest to draw — a caller card with history, long wrapped Chinese lines
-- on both sides, a hint and a scenario choice at once — and keeps still (long timeouts) while the
-- test takes its screenshots. Lines are spoken fast so the test does not wait long for them.

local LINES = {
  "你好，我家的宽带从前天晚上开始就一直断断续续的，晚上八点以后基本上就上不了网，孩子上网课都受影响了。",
  "我已经报修过两次了，每次都说四十八小时内上门，可是到现在也没有人联系我，你们到底有没有人管这个事情？",
  "我今天请了半天假在家里等着，如果今天还是没有人来，我就要打一二三一五投诉你们了，你看怎么办吧。",
}

return {
  id = "gui_screens",
  title = "截图测试：宽带报修催办",
  description = "GUI 截图测试用的情境：长的来电内容、提示和选项同时出现在通话界面上。",
  level = 5,
  area = "service",
  situation = "GUI 测试",
  caller = {
    name = "王先生", phone = "13800001234",
    voice = "cmn-latn-pinyin",
    rate = 450, pitch = 50, volume = 0, -- fast and silent: the test looks, it does not listen
    patience = 100,
    max_rings = 20,
    history = { "2026-11-20 宽带断网，已报修", "2026-11-21 催修，承诺48小时内上门" },
  },
  closing = "closing",
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 20, rule = "opening" },
    { id = "choice",   max = 20, label = "选择正确的处理方式", clause = "国家职业技能标准 五级 2.1.3" },
    { id = "courtesy", max = 20, rule = "courtesy" },
    { id = "closing",  max = 30, rule = "closing" },
  },
  run = function(call)
    if not call.ring() then return end
    call.say(LINES[1])
    call.reply { expect = "opening", timeout = 120 }
    call.say(LINES[2])
    call.reply { timeout = 120 }
    call.say(LINES[3])
    call.hint("先安抚情绪，再选择处理方式：道歉并登记加急工单，承诺当天回电。")
    local idx = call.choose { "道歉，登记加急工单，承诺今天之内回电告知上门时间",
                              "请客户继续等待四十八小时",
                              "建议客户自己去营业厅办理",
                              correct = 1, prompt = "怎么处理？", timeout = 120 }
    if idx == 1 then score.award("choice", 20, "选择了正确的处理方式") end
    call.reply { expect = "closing", timeout = 120 }
    call.hangup("客户挂机")
  end,
}
