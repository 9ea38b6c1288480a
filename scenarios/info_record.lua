-- 信息记录：燃气报修 (information recording).
--
-- A customer reports a gas fault and dictates their name, phone number, address and the problem;
-- the trainee records them in a ticket (/ticket name=… phone=… address=… problem=…). Graded by the
-- rule `typing`: what was typed against what was dictated, ≥50 chars/min including punctuation and
-- ≥95 % accurate (国家职业技能标准 (2021) 3.1 五级 1.3.1), and the trainee reads the phone number
-- back to check it (3.1 1.3.2 能按照业务操作规则记录客户有关信息, error rate < 1 %).
-- The details vary with the seed, so an exam paper (one fixed seed) dictates the same to everyone.
-- The caller dictates whatever the trainee says first, so the dictation is always the same for a
-- given seed (the exam tests rely on that to write a model candidate's ticket).

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

return {
  id = "info_record",
  title = "信息记录：燃气报修",
  description = "客户来电报修燃气故障，依次口述姓名、电话、地址和故障情况。要求：开篇语；"
    .. "边听边在工单中准确记录（工单中的姓名、电话、地址、故障情况），"
    .. "录入速度不低于每分钟 50 字、准确率 95% 以上；复述电话号码核对；结束语。",
  level = 5,
  area = "record",
  situation = "信息记录",
  caller = {
    name = "报修用户",
    phone = "08515550123",
    voice = "cmn-latn-pinyin",
    rate = 160, pitch = 50, volume = 80,
    patience = 80,
    max_rings = 8,
    give_up = "你们记不下来就算了，我再打吧。",
  },
  closing = "closing",
  latency_limit = 15,
  -- The docked form (issue 14): exactly the four fields the caller dictates, each required, the
  -- number checked as a telephone number (3.1 1.3.2 按业务操作规则记录客户信息，错字率小于1%).
  ticket = {
    { id = "name", label = "姓名", required = true },
    { id = "phone", label = "联系电话", required = true, format = "phone" },
    { id = "address", label = "地址", required = true },
    { id = "problem", label = "故障情况", required = true },
  },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening", clause = G .. "§二(一) 1.1" },
    { id = "typing",   max = 50, rule = "typing",
      clause = N .. "3.1 1.3.1 录入速度不低于每分钟 50 个汉字含标点符号，准确率达到 95% 以上" },
    { id = "confirm",  max = 10, label = "复述电话号码核对记录",
      clause = N .. "3.1 1.3.2 能按照业务操作规则记录客户有关信息" },
    { id = "courtesy", max = 10, rule = "courtesy", clause = G .. "§二(二) 2.1；§二(四) 4.2" },
    { id = "closing",  max = 10, rule = "closing", clause = G .. "§二(一) 1.4" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end

    local name = call.pick { "王", "李", "张", "刘", "陈", "杨" }
      .. call.pick { "建国", "丽华", "志强", "秀英", "海燕", "文博" }
    local phone = string.format("139%08d", call.random(10000000, 99999999))
    local address = call.pick { "云岩区中华北路108号3单元502室", "南明区花果园B区7栋1203室",
                                "观山湖区长岭北路66号9栋801室", "白云区白云南路28号2单元301室" }
    local problem = call.pick { "燃气灶打不着火，厨房有燃气味", "燃气表不走字，热水器点不着",
                                "燃气管道接头漏气，已关总阀" }

    -- 1. 开篇语 (whatever follows, the caller goes on: the dictation is the same for every trainee)
    call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
    local r = call.wait { expect = "opening", timeout = 8 }
    if r.kind == "hangup" then return end
    if call.retaliates(r) then
      score.fail("辱骂客户：“" .. r.text .. "”", G .. "§二(二) 2.1")
      call.hangup("客户被激怒挂机")
      return
    end

    -- 2. The dictation, slow and clear (call.dictate speaks at 2/3 of the caller's rate).
    call.hint("在工单中记录客户的姓名、电话、地址和故障情况")
    call.say("你好，我家燃气出问题了，要报修。你记一下：我叫")
    call.dictate("name", name)
    call.say("电话是")
    call.dictate("phone", phone)
    call.say("地址是")
    call.dictate("address", address)
    call.say("情况是")
    call.dictate("problem", problem)

    -- 3. The ticket; text replies meanwhile (asking to repeat, reading back) are allowed.
    -- calls32a: a record filed before this step (typed from the pick-up on and sent at the 开篇语's turn,
    -- no 开篇语 said) is the record made: the typing item has judged it against the dictation already,
    -- and the record step takes it as call.record does (items are earned by what was done wherever it
    -- fits, issue #11 item 6; 国家职业技能标准 3.1 1.3.2). The missing 开篇语 is the opening item's charge.
    local ticket, confirmed = call.filed(), false
    for _ = 1, ticket and 0 or 4 do
      r = call.wait { timeout = 150 }
      if r.kind == "text" and call.over(call, r) then return end  -- an insult is answered as one (§二(二) 2.1)
      if r.kind == "hangup" or r.kind == "timeout" then break end
      if r.kind == "ticket" then ticket = r break end
      -- the read-back that counts: the first said politely, else the first (call.step_credit)
      if call.reads_back(r, "phone") and (not confirmed or (confirmed.taboo and #confirmed.taboo > 0)) then confirmed = r end
      -- a 结束语 said while the ticket is awaited ends the call as a closing (贵阳 §二(一) 1.4):
      -- the missing record is charged below and the caller says goodbye, never waits on
      if r.kind == "text" and call.says(r, "closing") then break end
    end
    if not ticket then
      score.deduct("confirm", 0, "没有填写工单记录客户信息", N .. "3.1 1.3.2")
      if r.kind == "text" and call.says(r, "closing") then call.say("……那好吧，再见。") call.hangup("客户挂机") return end
      if r.kind ~= "hangup" then call.say("你到底记没记啊？算了，我再打吧。") call.hangup("客户挂机") end
      return
    end

    -- 4. Reading the number back (复述核对).
    if not confirmed then
      call.say("都记好了吗？电话没记错吧？")
      r = call.reply { timeout = 15 }
      if r.kind == "hangup" then return end
      if call.over(call, r) then return end
      if call.reads_back(r, "phone") then confirmed = r end
    end
    if confirmed then
      call.step_credit("confirm", 10, "复述电话号码与客户核对", confirmed, N .. "3.1 1.3.2")
      call.say("对，没错。那你们尽快派人来啊。")
    else
      score.deduct("confirm", 0, "没有复述电话号码核对", N .. "3.1 1.3.2")
      call.say("行吧，你们尽快派人来。")
    end

    -- 5. 结束语
    -- the 结束语 already said as the last words of the step before: the caller says goodbye (1.4)
    if call.last_says("closing") then call.say("好，再见。"); call.hangup("客户挂机"); return end
    call.hint("结束通话：" .. phrase.standard("closing"))
    r = call.reply { expect = "closing", timeout = 12 }
    if call.over(call, r) then return end
    if r.kind == "text" and r.match then call.say("好，再见。") end
    if r.kind == "text" and r.rude then call.say(call.rude_bye) end -- taken up (lua/callsim.lua)
    call.hangup("客户挂机")
  end,
}
