-- 粤语来电，听不懂方言 (dialect caller).
--
-- A Cantonese-speaking customer (espeak-ng voice `yue`) calls about a fault. The trainee cannot
-- understand and must ask politely whether the caller can speak Mandarin (贵阳 §二(二) 2.20 非常
-- 抱歉，先生，打断您一下，您方便讲普通话吗？谢谢！). The caller cannot, so the trainee transfers the
-- call to a Cantonese-speaking desk with the 2.18 (1) phrase (请稍等，正在为您转接，请不要挂机，好吗？)
-- and `/transfer 粤语坐席` (国家标准 五级 2.1.6: 多语种业务咨询进行转派). Hanging up on the caller, or
-- transferring to a desk that does not speak Cantonese, leaves the caller unserved.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- Retaliation aimed at this caller that the bank's insult list does not hold; the grader
-- checks them with the bank's (call.retaliates), the script never searches the text.
local TAUNTS = { "听不懂人话" }
-- A desk that can serve a Cantonese speaker.
local DIALECT_DESK = { "粤", "广东", "广府", "方言", "香港", "cantonese", "Cantonese", "yue", "多语" }

-- The library's helpers (lua/callsim.lua) under the short names this script uses.
local has_any, is = call.mentions, call.says

return {
  id = "dialect_caller",
  title = "讲粤语的来电客户",
  description = "客户只会讲粤语（广东话），坐席听不懂。要求：开篇语；礼貌打断并询问能否讲普通话"
    .. "（2.20）；客户不会讲普通话时，用转接用语（2.18）转接粤语坐席（点“转接”到粤语坐席）。",
  level = 5,
  area = "business",
  situation = "听不懂方言",
  caller = {
    name = "粤语客户（男）",
    phone = "13760012345",
    voice = "yue",
    rate = 175, pitch = 50, volume = 85,
    patience = 50,
    max_rings = 8,
    give_up = "算啦算啦，讲极你都唔明，我迟啲再打过嚟啦。",
  },
  closing = "transfer",   -- the trainee's last words are the 转接用语 before the transfer
  -- The transfer dialog (issue 14): the language desks among the centre's (3.1 2.1.6 多语种业务咨询
  -- 进行转派), so picking the Cantonese desk is the trainee's decision.
  targets = { transfer = { "粤语坐席", "英语坐席", "二线技术支持", "投诉处理组" } },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening", clause = G .. "§二(一) 1.1" },
    { id = "dialect",  max = 15, label = "礼貌询问能否讲普通话（2.20）", clause = G .. "§二(二) 2.20" },
    { id = "transfer_phrase", max = 10, label = "转接前使用转接用语（2.18 (1)）",
      clause = G .. "§二(二) 2.18 (1)" },
    { id = "transfer", max = 40, label = "转接到能讲粤语的坐席",
      clause = N .. "3.1 2.1.6；" .. G .. "§二(二) 2.18" },
    { id = "courtesy", max = 10, rule = "courtesy", clause = G .. "§二(二) 2.1；§二(四) 4.2" },
    { id = "latency",  max = 5,  rule = "latency" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end

    local _surname = call.pick { "陈", "黄", "梁", "何", "李" }
    local problem = call.pick {
      { yue = "我屋企部电视由今朝开始就冇晒信号，乜都睇唔到", zh = "电视没有信号" },
      { yue = "我屋企个宽带成日断线，上网上到一半就断咗", zh = "宽带经常断线" },
      { yue = "我呢个月张单收多咗五十蚊，我想问下点解", zh = "本月账单多收五十元" },
    }

    local transfer_said, asked_mandarin = false, false
    local function insulted(r)
      if call.retaliates(r, TAUNTS) then
        score.fail("嘲讽、辱骂讲方言的客户：“" .. r.text .. "”", G .. "§二(二) 2.1；§二(四) 4.2 有效控制个人情绪")
        call.say("你讲乜嘢啊？咁嘅态度！我要投诉你！")
        call.hangup("客户被激怒挂机")
        return true
      end
      return false
    end
    -- wrong: transfers to a desk that cannot serve him (he comes back); phrase_given: 2.18 (1)'s phrase
    -- credited at a transfer
    local wrong, phrase_given = 0, false
    -- The call ends with the caller never put through to a desk that speaks Cantonese: he is left
    -- unserved (3.1 2.1.6). After a wrong transfer, the reason names it, and 2.18 (1)'s 正在为您转接 said
    -- for it earns nothing: it announced a transfer to no one who could help him (calls31).
    local function not_transferred(why)
      if wrong > 0 and phrase_given then
        score.deduct("transfer_phrase", 10, "说了转接用语，但转接的坐席同样听不懂粤语，客户始终没有被转接到能服务的坐席",
          G .. "§二(二) 2.18 (1)")
      end
      score.deduct("transfer", 0, why, N .. "3.1 2.1.6")
    end

    -- 1. 开篇语
    call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
    local r = call.wait { expect = "opening", timeout = 8 }
    if r.kind == "hangup" then not_transferred("接起后直接挂断"); return end
    if r.kind == "timeout" then call.mood(-10) end
    if insulted(r) then return end

    -- 2. The caller talks in Cantonese; the trainee interrupts politely (2.20).
    call.hint("听不懂方言：" .. phrase.standard("dialect") .. "（贵阳 §二(二) 2.20）")
    call.say("喂，你好呀。" .. problem.yue .. "，你哋帮我睇下点解啦，唔该。")
    local rude -- 2.20 said, but rudely (lua/callsim.lua rude_credit)
    for attempt = 1, 2 do
      r = call.reply { expect = "dialect", timeout = 10 }
      if r.kind == "hangup" then not_transferred("没有转接就挂断了客户的电话"); return end
      if insulted(r) then return end
      rude = call.said_rudely(rude, r)
      if r.kind == "transfer" or r.kind == "escalate" then break end
      if r.kind == "text" and r.match then
        asked_mandarin = true
        score.award("dialect", attempt == 1 and 15 or 10,
          attempt == 1 and "听不懂方言时礼貌询问能否讲普通话" or "第二次才询问能否讲普通话",
          G .. "§二(二) 2.20")
        break
      end
      if r.kind == "text" and is(r, "transfer") then
        transfer_said = true
        break
      end
      if attempt == 1 then
        call.mood(r.kind == "timeout" and -15 or -5)
        call.say("吓？我话，" .. problem.yue .. "啊！你听唔听得明我讲乜啊？")
        call.hint("客户讲粤语，请礼貌打断：" .. phrase.standard("dialect"))
      end
    end
    if not asked_mandarin then
      -- asked, but rudely: half the 2.20 item, and the transfer after it is no transfer unasked
      if call.rude_credit("dialect", 15, "听不懂方言时询问能否讲普通话（2.20）", rude, G .. "§二(二) 2.20") then
        asked_mandarin = true
      else
        score.deduct("dialect", 0, "没有询问客户能否讲普通话（2.20）", G .. "§二(二) 2.20")
      end
    end

    -- 3. The caller cannot speak Mandarin: transfer with the 2.18 (1) phrase.
    if r.kind ~= "transfer" and r.kind ~= "escalate" and not transfer_said then
      call.say("普通话？唔好意思啊，我唔识讲普通话……你哋有冇识讲广东话嘅同事啊？")
      call.hint("客户不会讲普通话：" .. phrase.standard("transfer") .. "，然后点“转接”到粤语坐席")
    end
    local phrase_graded = false
    for attempt = 1, 5 do
      if r.kind ~= "transfer" and r.kind ~= "escalate" and not (attempt == 1 and transfer_said) then
        r = call.wait { expect = "transfer", timeout = 10 }
      end
      if r.kind == "hangup" then
        not_transferred(wrong > 0 and "转接到听不懂粤语的坐席、客户被转回后，没有再转接粤语坐席就挂断了电话"
          or "客户不会讲普通话，坐席未转接就挂断了电话")
        return
      end
      if insulted(r) then return end
      if r.kind == "transfer" or r.kind == "escalate" then
        local target = r.target or ""
        if not phrase_graded then
          phrase_graded = true
          if transfer_said then
            phrase_given = true
            score.award("transfer_phrase", 10, "转接前说了转接用语（请稍等，正在为您转接，请不要挂机）",
              G .. "§二(二) 2.18 (1)")
          else
            score.deduct("transfer_phrase", 0, "转接前没有告知客户（请稍等，正在为您转接，请不要挂机）",
              G .. "§二(二) 2.18 (1)")
          end
        end
        if r.kind == "transfer" and has_any(target, DIALECT_DESK) then
          if wrong > 0 then
            score.award("transfer", 20, "先转错了坐席，客户被转回后才转接粤语坐席：" .. target)
          else
            -- a transfer with no 2.20 ask before it is still the right transfer: the missing ask is
            -- the dialect item's charge alone, not charged again here (贵阳 §二(二) 2.20；国家职业技能
            -- 标准 3.1 2.1.6; review31 H: one fault, one item)
            score.award("transfer", 40, "转接到能讲粤语的坐席：" .. target)
          end
          call.hangup("已转接至" .. target)
          return
        end
        -- the other desk cannot understand the caller either: the call comes back
        wrong = wrong + 1
        score.deduct("transfer", 0, (r.kind == "escalate" and "升级到 " or "转接到 ") .. target
          .. "：对方同样听不懂粤语，应转接粤语/方言坐席", N .. "3.1 2.1.6")
        call.mood(-20)
        call.say("喂？喂？嗰边个同事都听唔明我讲乜嘢，又转返俾你喇！有冇人识讲广东话㗎？")
        call.hint("转接目标应是能讲粤语的坐席：点“转接”，选粤语坐席")
        transfer_said = false
        r = { kind = "none" }
      elseif r.kind == "text" and (r.match or is(r, "transfer")) then
        -- she thanks once: the transfer phrase said again (请稍等 … / 正在为您转接，请不要挂机) asks
        -- nothing new, and she says she is waiting rather than repeat her thanks
        call.say(transfer_said and "好，我等住。" or "好，唔该晒。")
        transfer_said = true
      elseif r.kind == "text" and is(r, "dialect") then
        call.say("我真系唔识讲普通话啊……有冇人识讲广东话？")
      elseif r.kind == "text" then
        call.mood(-10)
        call.say("吓？你讲乜啊？我听唔明……有冇人识讲广东话㗎？")
      elseif r.kind == "timeout" then
        call.mood(-10)
        call.say("喂？喂？仲喺唔喺度啊？")
      end
    end
    not_transferred("始终没有转接到能讲粤语的坐席")
    call.hangup("客户挂机")
  end,
}
