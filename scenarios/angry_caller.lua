-- 情绪激动的宽带用户 (angry caller).
--
-- A broadband customer whose line has been down since last night calls, fast and loud. The trainee
-- must answer promptly, open with the 开篇语, calm the caller with the 2.12 phrase (您的心情我非常
-- 理解，为了更有效地帮助您，请问您……), put the caller on hold with the 等待前/后用语 of §二(一) 1.2
-- to check the fault, explain the cause and the repair time the fault lookup shows (the system pane,
-- revealed by the hold: a made-up explanation earns nothing), and close with the 结束语. Slow replies
-- and 禁忌语 wear the caller's patience down (the engine: −10 slow, −25 taboo, −50 insult); the
-- caller hangs up when it runs out. Insulting the caller fails the call.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- Retaliation aimed at this caller that the bank's insult list does not hold; the grader
-- checks them with the bank's (call.retaliates), the script never searches the text.
local TAUNTS = { "找抽", "吼什么" }

-- What an attempt at an explanation sounds like (the trainee answers instead of checking first).
-- It steers the caller, and shows an explanation was attempted (score.tells: the grade is the
-- lookup's facts).
local FIX_WORDS = { "故障", "抢修", "维修", "修复", "恢复", "工程师", "师傅", "上门", "排查",
                    "挖断", "断了", "施工", "设备", "原因", "线路", "修好" }

-- The library's helpers (lua/callsim.lua) under the short names this script uses.
local has_any, is = call.mentions, call.says

return {
  id = "angry_caller",
  title = "情绪激动的宽带用户",
  description = "宽带从昨晚起断网，用户在家办公受影响，来电情绪激动、语速快、声音大。"
    .. "要求：及时接听，开篇语，用 2.12 安抚情绪，按 1.2 等待用语保持通话核实故障，"
    .. "按系统“故障查询”说明原因和恢复时间，结束语。故障查询需在保持通话核实后查看。",
  level = 5,
  area = "service",
  situation = "对方情绪激动，一味抱怨",
  caller = {
    name = "宽带用户（男）",
    phone = "13985012345",
    voice = "cmn-latn-pinyin",
    rate = 210, pitch = 45, volume = 100,
    patience = 45,
    max_rings = 6,
    give_up = "算了算了！跟你说不清楚，我找你们领导投诉去！",
    history = { "昨晚 23:10 宽带报障（自助语音），未处理" },
  },
  closing = "closing",
  latency_limit = 10,
  -- The desk (issue 14): the customer record the incoming number brings up, and the fault lookup a
  -- hold to 核实 shows (§二(一) 1.2 等待用语: 请您稍等，我帮您核实一下). The script fills both in for
  -- this caller (call.system); the explanation is graded against the lookup's facts.
  system = {
    { id = "record", title = "客户档案", text = "来电号码 13985012345 的宽带账户", reveal = "always" },
    { id = "fault", title = "故障查询", text = "（按宽带账号查询）", reveal = "hold" },
  },
  rubric = {
    { id = "answer",   max = 10, rule = "answer" },
    { id = "opening",  max = 10, rule = "opening", clause = G .. "§二(一) 1.1" },
    { id = "empathy",  max = 20, label = "安抚情绪（您的心情我非常理解……）",
      clause = G .. "§二(二) 2.12；" .. N .. "3.2 2.2.2" },
    { id = "hold",     max = 15, rule = "hold", clause = G .. "§二(一) 1.2" },
    { id = "solution", max = 20, label = "核实后说明故障原因与恢复时间",
      clause = N .. "3.1 2.1.3；" .. G .. "§二(二) 2.1" },
    { id = "courtesy", max = 10, rule = "courtesy", clause = G .. "§二(二) 2.1；§二(四) 4.2" },
    { id = "latency",  max = 5,  rule = "latency" },
    { id = "closing",  max = 10, rule = "closing", clause = G .. "§二(一) 1.4" },
  },

  run = function(call)
    local answered, rings = call.ring()
    if not answered then return end

    local surname = call.pick { "王", "李", "张", "刘", "陈", "杨" }
    local _sir = surname .. "先生"
    local account = string.format("0851%08d", call.random(10000000, 99999999))
    local estate = call.pick { "花果园", "金阳新世界", "中天未来方舟", "保利温泉新城" }
    -- each with the words that state it (call.tells): the cause, and the repair time's day and hour
    local cause = call.pick { { "光缆被市政施工挖断", { "光缆", "挖断" } },
                              { "片区光节点设备故障", { "光节点", "节点" } },
                              { "小区机房停电导致设备故障", { "停电", "机房" } } }
    local eta = call.pick { { "今晚八点前", { { "八点", "8点", "20点" } } },
                            { "今晚十点前", { { "十点", "10点", "22点" } } },
                            { "明天上午十点前", { { "明天", "明早", "明日" }, { "十点", "10点" } } } }
    local hurt = call.pick { "今天一个视频会议都没开成", "孩子的网课一节都没上成", "我今天的直播全耽误了" }

    call.system("record", "宽带账号：" .. account .. "；装机地址：" .. estate .. "；联系电话：13985012345；"
      .. "报障记录：昨晚 23:10 自助语音报障，未派单。")
    local facts = { cause[2] }
    for _, f in ipairs(eta[2]) do facts[#facts + 1] = f end
    call.system("fault", "故障原因：" .. estate .. cause[1] .. "，工程师正在抢修。预计恢复：" .. eta[1]
      .. "。处理：已派单，恢复后短信通知。", facts)

    local warned_rude = false
    -- Common reaction to a reply: ends the script (returns true) when the call is over.
    local function rude_check(r)
      if r.kind ~= "text" then return false end
      if call.retaliates(r, TAUNTS) then
        score.fail("辱骂、顶撞情绪激动的客户：“" .. r.text .. "”",
          G .. "§二(二) 2.1；§二(四) 4.2 有效控制个人情绪")
        call.say("你骂谁呢？！你叫什么名字？工号多少？我要投诉你！")
        call.hangup("客户被激怒挂机")
        return true
      end
      if r.taboo and #r.taboo > 0 then
        call.mood(-10)
        if not warned_rude then
          warned_rude = true
          call.say("你这是什么态度？！我是来解决问题的，不是来受气的！")
        end
      end
      return false
    end

    -- 1. The trainee speaks first: the 开篇语.
    call.hint("接起后先说开篇语：" .. phrase.standard("opening"))
    local r = call.wait { expect = "opening", timeout = 6 }
    if r.kind == "hangup" then return end
    local prefix = ""
    if rings >= 4 then
      call.mood(-10)
      prefix = "怎么这么半天才接电话！"
    end
    if r.kind == "timeout" then
      call.mood(-10)
      prefix = "喂？！喂！有人没有？！" .. prefix
    elseif rude_check(r) then
      return
    end

    -- 2. The rant; the trainee must calm the caller (2.12) before anything else.
    call.hint("客户情绪激动：先安抚，" .. phrase.standard("emotional") .. "（贵阳 §二(二) 2.12）")
    call.say(prefix .. "你们这什么破宽带！从昨天晚上到现在一直上不了网！" .. hurt
      .. "！打你们电话半天打不进来，你们到底还管不管？！")
    local calmed, rude = false, nil
    for attempt = 1, 2 do
      r = call.reply { expect = "emotional", timeout = 15 }
      if r.kind == "hangup" then return end
      if rude_check(r) then return end
      rude = call.said_rudely(rude, r) -- 2.12 said, but rudely (lua/callsim.lua rude_credit)
      if r.kind == "text" and r.match then
        calmed = true
        call.mood(10)
        score.award("empathy", attempt == 1 and 20 or 10,
          attempt == 1 and "客户抱怨后立即使用 2.12 安抚用语" or "第二次回应才使用 2.12 安抚用语",
          G .. "§二(二) 2.12")
        break
      end
      if attempt == 1 then
        if r.kind == "timeout" then
          call.mood(-15)
          call.say("喂？！说话啊！你们就是这么对待客户的？")
        elseif is(r, "hold_before") then
          call.mood(-5)
          call.say("又让我等？我已经等了一天了！你先听我把话说完！")
        else
          call.mood(-10)
          call.say("你别跟我打官腔！我就问你，到底什么时候能修好？！")
        end
        call.hint("还没有安抚客户：" .. phrase.standard("emotional"))
      end
    end
    if not calmed then
      if not call.rude_credit("empathy", 20, "客户抱怨后使用 2.12 安抚用语", rude, G .. "§二(二) 2.12") then
        score.deduct("empathy", 0, "未使用 2.12 安抚用语（您的心情我非常理解，为了更有效地帮助您……）",
          G .. "§二(二) 2.12")
      end
      call.say("算了，跟你说也没用。我宽带账号是" .. account .. "，你赶紧给我查！")
    else
      call.say("理解有什么用……行吧，我姓" .. surname .. "，宽带账号是" .. account
        .. "，住" .. estate .. "。你赶紧给我查查到底怎么回事！")
    end

    -- 3. Checking needs a hold: 等待前用语, /hold, /unhold, 等待后用语 (rule "hold").
    call.hint("需要查询系统：先说等待前用语（" .. phrase.standard("hold_before")
      .. "），再保持通话，在系统“故障查询”里查看原因和恢复时间。")
    local held, hold_at, announced = false, nil, false
    for attempt = 1, 3 do
      r = call.wait { expect = "hold_before", timeout = 15 }
      if r.kind == "hangup" then return end
      if rude_check(r) then return end
      if r.kind == "hold" then
        -- put on hold with no 等待前用语 (the rule "hold" grades it): the line just goes quiet
        call.mood(-5)
        held, hold_at = true, call.time()
        break
      elseif r.kind == "text" and r.match then
        announced = true
        call.say("行，你快点！")
        local r2 = call.wait { timeout = 10 }
        if r2.kind == "hangup" then return end
        if r2.kind == "hold" then
          held, hold_at = true, call.time()
        else
          r = r2 -- checked without a hold: what was said is the answer
        end
        break
      elseif r.kind == "timeout" then
        call.mood(-10)
        call.say("喂？你还在吗？查到没有啊？")
      elseif r.kind == "text" and has_any(r, FIX_WORDS) then
        break -- answered straight away without checking
      elseif r.kind == "text" then
        call.say("你倒是查啊！别光说不做！")
      end
    end

    if held then
      -- on hold: the caller waits; a long hold makes it worse
      while true do
        r = call.wait { timeout = 120 }
        if r.kind == "hangup" then return end
        if r.kind == "unhold" then break end
      end
      local held_for = call.time() - hold_at
      if held_for > 60 and not announced then
        -- left in silence for over a minute with no word: an angry caller does not stay
        score.deduct("solution", 0, "未说等待前用语就保持通话 " .. math.floor(held_for)
          .. " 秒，客户挂机，问题未能说明", G .. "§二(一) 1.2")
        call.say("一声不吭把我晾在这儿一分多钟！你们就这么对待客户？我不跟你说了，我要投诉！")
        call.hangup("保持通话过久，客户挂机")
        return
      elseif held_for > 60 then
        call.mood(-20)
        call.say("让我等了这么久！到底查到没有？")
      end
      call.hint("取回通话先说等待后用语：" .. phrase.standard("hold_after") .. "，再按系统“故障查询”说明原因和恢复时间。")
      r = call.reply { expect = "hold_after", timeout = 12 }
      if r.kind == "hangup" then return end
      if rude_check(r) then return end
      -- the answer may follow the 等待后用语 in the next message (感谢您的耐心等待。 / 经核实……):
      -- consecutive messages with no caller turn between count together (issue #11 item 6)
      if r.kind == "text" and select(2, call.tells(r, "fault")) == 0 and not has_any(r, FIX_WORDS) then
        r = call.more(r)
        if r.kind == "hangup" then return end
        if rude_check(r) then return end
      end
    end

    -- 4. The explanation: the cause and the repair time the fault lookup shows (国家标准 3.1 2.1.3;
    -- an answer not from the lookup, made up or before the hold to 核实, states none of its facts).
    -- One rule for an answer graded against the desk (score.tells): all the facts earn the item,
    -- some their share, a real but vague explanation after the check half, a made-up one nothing;
    -- after the caller asks again, half of that.
    local ANSWER = { tries = FIX_WORDS, what = "故障原因和恢复时间" }
    local explained = false
    for attempt = 1, 2 do
      ANSWER.attempt = attempt
      if score.tells("solution", r, "fault", ANSWER) then explained = true; break end
      if attempt == 2 then break end
      if r.kind == "timeout" then call.mood(-10) end
      call.say("所以到底是什么问题？什么时候能好？")
      r = call.reply { timeout = 15 }
      if r.kind == "hangup" then return end
      if rude_check(r) then return end
    end
    if not explained then
      call.mood(-20)
      call.say("问了半天什么都说不清楚！行，我等着，再不好我就投诉！")
    else
      call.say("那好吧……到时候要是还上不了网，我还打过来！")
    end

    -- 5. The 结束语; the caller hangs up after it.
    -- the 结束语 already said as the last words of the step before: the caller says goodbye (1.4)
    if call.last_says("closing") then call.say("嗯，再见。"); call.hangup("客户挂机"); return end
    call.hint("结束通话：" .. phrase.standard("closing"))
    for attempt = 1, 2 do
      r = call.reply { expect = "closing", timeout = 12 }
      if r.kind == "hangup" or r.kind == "timeout" then return end
      if rude_check(r) then return end
      if r.match or r.rude then -- a rude goodbye is taken up and ends the call (lua/callsim.lua)
        call.say(r.match and "嗯，再见。" or call.rude_bye)
        call.hangup("客户挂机")
        return
      end
      if attempt == 1 then call.say("没别的了。") end
    end
    call.hangup("客户挂机")
  end,
}
