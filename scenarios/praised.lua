-- 客户表扬 (praised, 贵阳 §二(二) 2.8).
--
-- A cheerful customer calls back to thank the agent who fixed her TV box yesterday. The answer to
-- praise is 不客气，这是我们应该做的。 — modest, no boasting, no chatting away. Then a small
-- follow-up question and the 结束语.

local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local over, opening, closing = call.over, call.opening, call.closing

return {
  id = "praised",
  title = "来电表扬的客户",
  description = "客户来电感谢昨天帮她修好机顶盒的客服，顺便问一个小问题。要求：开篇语；按 2.8 回应表扬；"
    .. "解答问题（回看节目的方法）；结束语。",
  level = 5,
  area = "service",
  situation = "客户表扬（2.8）",
  caller = {
    name = "电视用户（女）", phone = "13312345678",
    voice = "cmn-latn-pinyin", rate = 170, pitch = 72, volume = 80,
    patience = 100, max_rings = 8,
  },
  closing = "closing",
  -- The desk (issue 14): the knowledge-base article on catch-up TV, in view; the answer is graded
  -- against its methods (call.tells), not against the word 回看 the caller used herself.
  system = {
    { id = "kb", title = "知识库：电视节目回看", reveal = "always",
      text = "支持 7 天内回看。方法一：遥控器按“回看”键，选日期和频道；方法二：进入节目单，选昨天的节目按确认键。",
      facts = { { "遥控器", "节目单", "回看键" } } },
  },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "praised",  max = 30, rule = "phrase:praised" },
    { id = "question", max = 20, label = "解答客户的问题", clause = N .. "3.1 2.1.1 受理客户咨询" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "latency",  max = 5,  rule = "latency" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local agent = call.pick { "12", "27", "35", "8" }

    if not opening(call) then return end
    call.hint("客户表扬：" .. phrase.standard("praised"))
    call.say("你好！我就是想打电话表扬一下你们" .. agent .. "号客服，昨天她特别耐心地教我弄好了机顶盒，"
      .. "你们的服务真是太好了，谢谢你们啊！")
    -- the rule phrase:praised grades it; the caller only notices a reply that is not modest
    local r = call.reply { expect = "praised", timeout = 15 }
    if over(call, r) then return end
    if not r.match then call.say("真的，太感谢了！") end

    call.say("对了，顺便问一下，昨天的节目错过了，怎么回看啊？")
    call.hint("按系统里的知识库“电视节目回看”告诉客户方法。")
    r = call.reply { timeout = 20 }
    if over(call, r) then return end
    -- graded by the one rule for answers against the desk (score.tells); 回看 alone is her own word
    if not score.tells("question", r, "kb", { what = "回看节目的方法",
        tries = { "按键", "按一下", "菜单", "选择", "日期", "频道", "确认键", "7天", "七天" } }) then
      call.say("哦，那我自己再研究研究吧。谢谢啊！")
    else
      call.say("好的，明白了，谢谢啊！")
    end
    closing(call, "再见再见！")
  end,
}
