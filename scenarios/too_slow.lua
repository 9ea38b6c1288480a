-- 责怪话务员操作太慢 (too_slow, 贵阳 §二(二) 2.17).
--
-- A customer waiting for a refund check loses patience while the trainee looks it up: 你怎么这么
-- 慢啊！ The standard: 非常抱歉！现在系统比较繁忙，我会尽快帮您处理，请您稍等！谢谢！ — then the
-- hold etiquette of §二(一) 1.2 and the result.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing

return {
  id = "too_slow",
  title = "嫌操作太慢的退款客户",
  description = "客户查询退款进度，坐席查询时客户责怪操作太慢。要求：开篇语；按 2.17 致歉并说明会尽快处理；"
    .. "按等待用语保持核实；告知退款进度；结束语。",
  level = 5,
  area = "service",
  situation = "责怪操作太慢（2.17）",
  caller = {
    name = "网购用户（男）", phone = "13885019999",
    voice = "cmn-latn-pinyin", rate = 230, pitch = 42, volume = 95,
    patience = 55, max_rings = 6,
    give_up = "慢死了，不查了！",
  },
  closing = "closing",
  -- The desk (issue 14): the refund order, looked up during the hold to 核实 (§二(一) 1.2); the
  -- progress told is graded against it (call.tells): its status and when the money arrives.
  system = {
    { id = "refund", title = "退款查询", text = "（按手机号 13885019999 查询订单）", reveal = "hold" },
  },
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "too_slow", max = 25, label = "客户嫌慢时致歉并承诺尽快（2.17）", clause = G .. "§二(二) 2.17" },
    { id = "hold",     max = 15, rule = "hold" },
    { id = "result",   max = 10, label = "告知退款进度", clause = N .. "3.1 2.1.2 办理售后类业务" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    -- a caller who blames the agent for being slow: prompt replies are the point (及时应和)
    { id = "latency",  max = 10, rule = "latency" },
    { id = "closing",  max = 15, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local amount = call.pick { "299", "458", "1280" }
    local days = call.pick { { "1到3个工作日", "3个工作日", "1到3个", "1至3个", "1-3个" },
                             { "3到5个工作日", "5个工作日", "3到5个", "3至5个", "3-5个" } }

    if not opening(call) then return end
    call.say("我上周退的货，" .. amount .. "块钱，到现在还没退回来，你帮我查一下。订单就是我这个手机号下的。")
    call.system("refund", "订单：手机号 13885019999 名下，上周申请退货退款 " .. amount .. " 元；"
      .. "状态：退款已审核通过；预计到账：" .. days[1] .. "内原路退回支付账户。",
      { { "审核通过", "通过审核", "已通过", "已审核" }, days })
    call.hint("先确认信息再查询。")
    local r = call.reply { timeout = 20 }
    if over(call, r) then return end
    call.hint("客户嫌慢：" .. phrase.standard("too_slow"))
    call.say("你怎么这么慢啊！查个退款磨磨蹭蹭的，我还有事呢！")
    r = expect_phrase(call, { cat = "too_slow", item = "too_slow", pts = 25,
      why = "致歉并承诺尽快处理（2.17）", miss = "客户嫌慢时没有按 2.17 致歉并承诺尽快处理",
      nudge = "你倒是快点啊！",
      -- calls17: 2.17's 请您稍等 is 1.2's 等待前用语 for the hold that follows, which rule hold grades
      -- (its item charges a hold without it); the item here is the apology and the promise to hurry
      given = { "wait" },
      -- fix31c: a hold after the nudge ends the step, and this scenario answers the call after it
      hold_ends = true,
      -- dev34: 2.17 said before the complaint, on the trainee's own initiative (lua/callsim.lua early_credit)
      before = r })
    if not r then return end

    call.hint("说等待用语后保持通话，在系统“退款查询”里查看退款状态和到账时间。")
    -- the trainee may already hold, having answered the caller's nudge by getting on with the lookup
    local held = call.on_hold()
    for turn = 1, held and 0 or 3 do
      r = call.wait { expect = "hold_before", timeout = 15 }
      if over(call, r) then return end
      if r.kind == "hold" then held = true; break end
      if r.kind == "text" and has_any(r, { "退款", "退回", "到账" }) then break end
      if r.kind == "timeout" then call.say("喂？查到没有？") end
    end
    if held then
      -- a long silent hold is answered as in every scenario (lua/callsim.lua call.wait_on_hold)
      r = call.wait_on_hold(call, "本来就慢，还让我干等这么久！到底查到没有？")
      if r.kind == "hangup" then return end
      r = call.reply { expect = "hold_after", timeout = 12 }
      if over(call, r) then return end
      -- the thanks alone, no answer begun: the answer may follow in the next message
      -- (consecutive messages count together)
      if r.kind == "text" and select(2, call.tells(r, "refund")) == 0
        and not call.mentions(r, { "退款", "退回", "到账", "审核", "工作日", "原路" }) then
        r = call.more(r)
        if over(call, r) then return end
      end
    end
    -- the progress the lookup shows (3.1 2.1.2 办理售后类业务); nothing before the hold to 核实
    -- graded by the one rule for answers against the desk (score.tells)
    score.tells("result", r, "refund", { what = "退款状态和到账时间",
      tries = { "退款", "退回", "到账", "审核", "工作日", "原路" } })
    call.say("行吧，那我再等等。")
    closing(call, "再见。")
  end,
}
