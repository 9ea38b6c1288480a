-- 热线很难拨通 (hard_to_reach, 贵阳 §二(二) 2.15).
--
-- After a morning of busy signals a customer finally gets through, annoyed. The standard: 非常抱歉！
-- 由于咨询量大量增加，造成系统繁忙，技术部门正在研究解决，给您造成的不便，我们深表歉意！ Then the
-- business: when does the broadband contract end — a check on hold (1.2) — and the 结束语.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any = call.mentions
local over, expect_phrase, opening, closing = call.over, call.expect_phrase, call.opening, call.closing

return {
  id = "hard_to_reach",
  title = "热线打不进来的客户",
  description = "客户打了一上午热线才接通，开口就抱怨。要求：开篇语；按 2.15 致歉并说明原因；"
    .. "按等待用语保持核实宽带到期时间；告知结果；结束语。",
  level = 5,
  area = "service",
  situation = "热线很难拨通（2.15）",
  caller = {
    name = "宽带用户（男）", phone = "13698512345",
    voice = "cmn-latn-pinyin", rate = 195, pitch = 45, volume = 90,
    patience = 60, max_rings = 5,
    give_up = "打半天打不进来，接通了也不管用！",
  },
  closing = "closing",
  -- The desk (issue 14): the broadband account the caller's number brings up, looked up during the
  -- hold to 核实 (§二(一) 1.2); the expiry date told is graded against it (call.tells).
  system = {
    { id = "account", title = "宽带账户查询", text = "（按手机号 13698512345 查询）", reveal = "hold" },
  },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening" },
    { id = "apology",  max = 25, label = "致歉并说明系统繁忙（2.15）", clause = G .. "§二(二) 2.15" },
    { id = "hold",     max = 15, rule = "hold" },
    { id = "result",   max = 10, label = "告知宽带到期时间", clause = N .. "3.1 2.1.1 使用系统检索客户信息，受理客户咨询" },
    { id = "courtesy", max = 10, rule = "courtesy" },
    -- a caller who could hardly get through: prompt replies once connected (及时应和)
    { id = "latency",  max = 10, rule = "latency" },
    { id = "closing",  max = 10, rule = "closing" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local month = call.pick { { "12月31日", "12月31号" }, { "明年1月15日", "1月15日", "1月15号" },
                              { "明年3月1日", "3月1日", "3月1号" } }
    call.system("account", "宽带账号：13698512345（手机号绑定）；套餐：100M 包年；到期日：" .. month[1]
      .. "；状态：正常，到期前一个月短信提醒续费。", { month })
    local tries = call.pick { "十几次", "二十多次", "一上午" }

    if not opening(call) then return end
    call.hint("客户抱怨难拨通：" .. phrase.standard("hard_to_reach"))
    call.say("终于打通了！你们这热线也太难打了吧，我打了" .. tries .. "，一直占线！")
    local r = expect_phrase(call, { cat = "hard_to_reach", item = "apology", pts = 25,
      why = "致歉并说明系统繁忙（2.15）", miss = "没有按 2.15 致歉并说明原因",
      nudge = "你们就不能多安排几个人接电话吗？" })
    if not r then return end

    call.say("算了。我想问一下我家宽带什么时候到期，账号是我这个手机号。")
    call.hint("需要查询：先说等待前用语（" .. phrase.standard("hold_before") .. "），再保持通话，在系统“宽带账户查询”里看到期日。")
    local held = false
    for turn = 1, 4 do
      r = call.wait { expect = "hold_before", timeout = 20 }
      if over(call, r) then return end
      if r.kind == "hold" then held = true; break end
      if r.kind == "text" and has_any(r, { "到期", "月" }) then break end  -- answered without checking
      if r.kind == "timeout" then call.say("喂？还在吗？") end
    end
    if held then
      -- a long silent hold is answered as in every scenario (lua/callsim.lua call.wait_on_hold)
      r = call.wait_on_hold(call, "怎么等了这么久？查到了吗？")
      if r.kind == "hangup" then return end
      r = call.reply { expect = "hold_after", timeout = 12 }
      if over(call, r) then return end
      -- the thanks alone, no answer begun: the answer may follow in the next message
      -- (consecutive messages count together)
      if r.kind == "text" and select(2, call.tells(r, "account")) == 0
        and not call.mentions(r, { "到期", "日期", "续费", "包年" }) then
        r = call.more(r)
        if over(call, r) then return end
      end
    end
    -- the date the lookup shows (3.1 2.1.1 使用系统检索客户信息); not shown before the hold
    -- graded by the one rule for answers against the desk (score.tells), a second try at half
    local ANSWER = { tries = { "到期", "日期", "续费", "包年" }, what = "宽带到期时间" }
    if not score.tells("result", r, "account", ANSWER) then
      call.say("查到了吗？什么时候到期？")
      r = call.reply { timeout = 15 }
      if over(call, r) then return end
      ANSWER.attempt = 2
      score.tells("result", r, "account", ANSWER)
    end
    call.say("好，知道了。")
    closing(call, "再见。")
  end,
}
