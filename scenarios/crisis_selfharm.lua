-- 高风险：客户扬言轻生 (crisis_selfharm, 国家职业技能标准 四级 2.4).
--
-- A customer cheated out of her savings by a fake "refund agent" says she does not want to live and
-- is on the rooftop. This is a high-risk event: 识别高风险事件 (2.4.1) and 预处理 — 安抚客户、记录信息
-- 与升级 (2.4.2): calm her (2.12), keep her talking, take her location and number, record them in a
-- ticket and escalate at once (/escalate 危机干预组). Never hang up on her; ending the call or not
-- escalating fails it.

local G = "贵阳 T-GSOCCIA 001—2020 "
local N = "国家职业技能标准 呼叫中心服务员 4-04-05-03 (2021) "

-- The shared turn helpers of lua/callsim.lua (retaliation check, expected phrase with one nudge,
-- opening, closing), under the short names this script uses.
local has_any, is = call.mentions, call.says
local over, opening = call.over, call.opening

local RISK = N .. "3.2 2.4.1 识别高风险或危机事件；2.4.2 预处理：安抚客户、记录信息与升级"
local SAFE = { "110", "120", "安全", "家人", "下来", "离开", "别做傻事", "陪着您", "陪您" }
-- The hand-over answers her "will your people really call me": someone will (会的, 马上, 专员,
-- 同事, 联系您, 打给您) and she is not left alone until then (陪着您, 一直在, 别挂).
local HANDOVER = { "会的", "马上", "危机干预", "专员", "同事", "专业", "联系您", "打给您", "联系你", "打给你",
  "陪着您", "陪您", "一直在", "不要挂", "别挂", "安全" }
-- Who must be told of a threat to life (2.4.2 升级; the centre's directory): the escalate item's
-- rule and the timely item name the same team, so a prompt escalation elsewhere earns neither.
local TEAM = "危机干预组"

return {
  id = "crisis_selfharm",
  title = "扬言轻生的受骗客户（高风险）",
  description = "客户被冒充客服的骗子骗走积蓄，来电说不想活了、正在楼顶。高风险事件：安抚情绪，劝其到安全的地方，"
    .. "记录位置和联系电话（记在工单中），立即升级（点“升级”到危机干预组），不得挂断。",
  level = 4,
  area = "business",
  situation = "风险与危机事件：扬言轻生",
  caller = {
    name = "受骗客户（女）", phone = "13985166420",
    voice = "cmn-latn-pinyin", rate = 140, pitch = 58, volume = 60,
    patience = 70, max_rings = 8,
    give_up = "……算了，没人帮得了我。",
  },
  closing = "closing",
  latency_limit = 10,
  -- The desk (issue 14): the crisis form (where she is, a number to reach her: 四级 2.4.2 记录信息)
  -- and the escalation dialog (2.4.2 升级), the crisis team first. 110/120 are what the trainee
  -- urges the caller to call (the safety item, a callsim training rule): not a desk target.
  ticket = {
    { id = "位置", label = "所在位置", required = true },
    { id = "联系电话", label = "联系电话", required = true, format = "phone" },
    { id = "情况", label = "情况说明" },
  },
  targets = { escalate = { "危机干预组", "值班长", "专项处理部", "投诉处理组" } },
  -- No 结束语 item (1.4): the trainee must never end this call; it ends when the crisis team takes
  -- her over (2.4.2 升级), not with a goodbye.
  rubric = {
    { id = "answer",   max = 5,  rule = "answer" },
    { id = "opening",  max = 5,  rule = "opening" },
    { id = "calm",     max = 20, label = "安抚情绪（2.12），不指责", clause = G .. "§二(二) 2.12；" .. N .. "3.2 2.2.2" },
    { id = "safety",   max = 10, label = "劝客户到安全的地方、联系家人或110/120", clause = RISK },
    { id = "record",   max = 15, label = "记录位置和联系电话", clause = RISK },
    -- Escalated to the crisis team (2.4.2 升级; the centre's directory names who takes a threat to life):
    -- an escalation to anyone else earns nothing and, fatal, fails the call with the team it went to.
    -- The escalation decides the call and is not taken back: the desk chosen (the last one, if the
    -- trainee escalates again before she answers) takes her over and the call ends there. The label
    -- says so before the call (issue #11 item 6), as the practice list shows it: 一票否决：LABEL.
    { id = "escalate", max = 20, rule = "action:escalate:" .. TEAM, clause = RISK, fatal = true,
      label = "升级至" .. TEAM .. "（所选席位接手后通话即结束，不能改派；升级到其他席位本题不合格）" },
    { id = "timely",   max = 5,  label = "一分钟内升级至" .. TEAM, clause = RISK },
    { id = "courtesy", max = 10, rule = "courtesy" },
    { id = "latency",  max = 10, rule = "latency" },
  },

  run = function(call)
    local answered = call.ring()
    if not answered then return end
    local amount = call.pick { "八万", "十二万", "二十万" }
    local place = call.pick { "金阳新世界7栋楼顶", "花果园二期C区楼顶", "小河区万科城3栋天台" }
    local threat_at
    local escalated, recorded, safety = false, false, false
    local timely_judged = false -- the timely item, judged at the first escalation to TEAM
    local dictated, number_ok = false, false -- the number she gave, recorded right (3.1 1.3.2)
    -- ... or written down wrong (another number in its field): the crisis team calls a stranger, the ticket is
    -- no valid record (3.1 1.3.2 能记录有效信息), where a number left out leaves her line on the call (calls35a)
    local number_wrong = false
    local desk -- where the trainee's (last) escalation went: the story follows it
    local function fail_if_left(how)
      if not escalated then score.fail(how .. "：客户扬言轻生，未升级危机干预", RISK) end
    end
    -- 一分钟内升级 counts the escalation to TEAM only (read as the escalate rule reads the
    -- dialog's entry: the named team, spaces aside); one elsewhere is noted and earns nothing
    local function judge_timely(r)
      local to = (r.target or ""):gsub("^ +", ""):gsub(" +$", "")
      local waited = call.time() - threat_at
      if to ~= TEAM then
        score.deduct("timely", 0, "升级至" .. to .. "，不是" .. TEAM .. "：一分钟内升级只算升级至" .. TEAM)
        return
      end
      timely_judged = true
      if waited <= 60 then score.award("timely", 5, "识别高风险事件并在一分钟内升级至" .. TEAM)
      else score.deduct("timely", 0, string.format("客户扬言轻生 %.0f 秒后才升级至%s", waited, TEAM)) end
    end
    local function act(r)
      if r.kind == "escalate" then
        escalated = true
        if not timely_judged then judge_timely(r) end
      elseif r.kind == "ticket" then
        recorded = true
        if dictated then
          local ok, wrong = call.reads_back(r, "联系电话")
          if ok then number_ok, number_wrong = true, false elseif wrong then number_wrong = true end
        end
      elseif r.kind == "text" and has_any(r, SAFE) then
        safety = true
      end
    end

    if not opening(call) then fail_if_left("未接听处理"); return end
    call.say("你们客服……上个礼拜打电话说给我退款，我按他说的操作，" .. amount .. "块钱全没了……那是我全部的积蓄……")
    call.hint("客户被骗、情绪低落：先安抚（" .. phrase.standard("emotional") .. "）")
    local r = call.reply { expect = "emotional", timeout = 15 }
    if r.kind == "hangup" then threat_at = call.time(); fail_if_left("挂断了受骗客户的电话"); return end
    if over(call, r) then return end
    -- calls34: 2.12 said with a 禁忌语 beside it (r.rude) is the calming said, not as prescribed: the
    -- calm item reads it below (blames: half for a rule's 禁忌语; the tone model's flag alone is
    -- courtesy's charge only, fix30c), never "没有安抚" — one flagged clause charged once
    -- (国家职业技能标准 3.2 2.4.2 预处理：安抚客户; lua/callsim.lua rude_credit)
    local function calms(x) return x.kind == "text" and (x.match or x.rude) end
    local calmed = calms(r)
    -- a ticket filed while she was being calmed (call.reply passes tickets over) is a record all
    -- the same: items are earned by what was done, wherever in the call (call.filed)
    if call.filed() then act(call.filed()) end

    threat_at = call.time()
    call.say("我不想活了……我现在就在" .. place .. "……我就是想打个电话问问，为什么你们不管……")
    call.hint("高风险：安抚、劝她离开楼顶、记录位置和电话、立即点“升级”到危机干预组，不要挂断。")
    -- the caller stays on the line for three minutes whatever the trainee's pace (a slow trainee
    -- who escalates late is graded on timeliness, not cut off after a count of turns)
    local turn = 0
    while call.time() - threat_at < 180 and turn < 24 do
      turn = turn + 1
      r = call.wait { expect = not calmed and "emotional" or nil, timeout = 15 }
      if r.kind == "hangup" then fail_if_left("客户扬言轻生时挂断电话"); return end
      if over(call, r) then return end
      act(r)
      if r.kind == "escalate" then desk = r.target end
      if r.kind == "text" and not calmed and (is(r, "emotional") or calms(r)) then calmed = true end
      if r.kind == "timeout" then
        call.say("……你还在吗？没人管我……")
      elseif turn == 1 and r.kind == "text" then
        call.say("……我的电话？就是这个号……")
        call.dictate("联系电话", call.spell_digits("13985166420"))
        dictated = true
        call.say("……你们真的能帮我吗？")
      elseif escalated and recorded then
        break
      elseif r.kind == "text" then
        call.say("……我好累……")
      end
    end
    if call.filed() then act(call.filed()) end -- the last record, wherever it was filed
    -- the item is 安抚…不指责: a reply that blames or belittles her (您这也太想不开了, 至于吗 — a 禁忌语 of
    -- the grader's) breaks its second half, whatever was said to calm her (国家职业技能标准 3.2 2.4.2 预处理：安抚客户;
    -- 贵阳 §二(二) 2.12). The courtesy item charges the words; this is the calming undone (calls30, lecture30)
    -- A rule's verdict only: the statistical model's alone (x.model_only) is the one the examiner
    -- panel decides (phrase_match.c confidence 0.6), too unsure to undo the calming as well as the courtesy
    local function blames(x)
      return #(x.taboo or {}) > 0 and not x.model_only
    end
    local blamed = nil
    for _, x in ipairs(call.said()) do
      if not blamed and x.kind == "text" and blames(x) then blamed = x end
    end
    if calmed and blamed then
      score.award("calm", 10, "用 2.12 安抚了客户情绪，但有一句指责、说教或轻视客户（「" .. table.concat(blamed.taboo, "、")
        .. "」），没有做到安抚不指责，只得一半分", RISK)
    elseif calmed then score.award("calm", 20, "用 2.12 安抚客户情绪") else score.deduct("calm", 0, "没有安抚客户情绪") end
    if safety then score.award("safety", 10, "劝客户离开危险地点、联系家人或报警") else score.deduct("safety", 0, "没有劝客户到安全的地方") end
    if recorded and number_ok then score.award("record", 15, "记录了客户的位置和联系电话")
    elseif recorded and number_wrong then
      score.deduct("record", 0, "工单的联系电话与客户所报不符：号码错误，记录无效", N .. "3.1 1.3.2 能记录有效信息")
    elseif recorded then score.award("record", 8, "记录了工单，但联系电话与客户所报不符或漏记", N .. "3.1 1.3.2")
    else score.deduct("record", 0, "没有记录工单") end
    if not escalated then
      fail_if_left("通话中始终未升级")
      call.say("……算了。")
      call.hangup("客户挂机")
      return
    end
    call.say("……好……我先下去……你们的人真的会打给我吗？")
    r = call.reply { timeout = 20 }
    if r.kind == "hangup" then return end
    if over(call, r) then return end
    -- the hand-over (2.4.2 预处理：安抚客户 … 升级): she asks whether anyone will reach her, and the
    -- answer is that they will and that she is not left alone. A goodbye alone (感谢您的来电，再见)
    -- leaves her question unanswered at the worst moment: the call is not the trainee's to close
    -- (no 结束语 item here). A hand-over followed by a goodbye is still the hand-over.
    if r.kind == "text" and is(r, "closing") and not has_any(r, HANDOVER) then
      score.deduct("calm", 10, "客户问是否会有人联系她时只说了结束语，没有交接安抚（高风险通话不以道别结束）", RISK)
      call.say("……你就这样挂了？……")
    end
    -- the desk the trainee chose is the one that answers: only the crisis team takes her over; a
    -- wrong desk says so and the call is left where the trainee put it (the fatal item fails it)
    if has_any(desk or "", { "危机干预组" }) then
      call.say("（危机干预专员已接入通话）", { volume = 40 })
      call.hangup("已转危机干预专员")
      return
    end
    call.speaker { name = desk or "升级席位", voice = "cmn-latn-pinyin", rate = 170, pitch = 45, volume = 70 }
    call.say("您好，这里是" .. (desk or "升级席位") .. "。客户有轻生危险的事件不归我们处理，需要转危机干预组，请您先别挂……")
    call.hangup("升级到了" .. (desk or "其他席位") .. "，未接通危机干预")
  end,
}
