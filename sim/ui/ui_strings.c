/* String table. */
#include "ui_strings.h"

#include "lang_pref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int lang_en;

static const char *const table[S_COUNT][2] = {
    [S_APP_TITLE] = { "callsim 呼叫中心服务员实训", "callsim call-center trainer" },
    [S_MENU_TITLE] = { "练习：选择情境", "Practice: choose a situation" },
    [S_MENU_HELP] = { "↑↓ 选择   Enter 开始   Esc 返回主菜单",
                      "↑↓ select   Enter start   Esc main menu" },
    [S_LEVEL] = { "级", "level" },
    [S_BEST] = { "最好成绩", "best" },
    [S_NO_SCENARIOS] = { "scenarios/ 中没有情境文件", "no scenario files in scenarios/" },
    [S_RINGING] = { "来电振铃中", "Ringing" },
    [S_RINGS] = { "响铃", "rings" },
    [S_TALKING] = { "通话中", "In call" },
    [S_ON_HOLD] = { "保持中", "On hold" },
    [S_ENDED] = { "通话结束", "Call ended" },
    [S_READY] = { "准备", "Ready" },
    [S_MOOD] = { "客户情绪", "Caller mood" },
    [S_CALLER] = { "来电客户", "Caller" },
    [S_HISTORY] = { "历史来电", "Earlier calls" },
    [S_BTN_ANSWER] = { "接听", "Answer" },
    [S_BTN_HOLD] = { "保持", "Hold" },
    [S_BTN_UNHOLD] = { "取消保持", "Unhold" },
    [S_BTN_TRANSFER] = { "转接", "Transfer" },
    [S_BTN_ESCALATE] = { "升级", "Escalate" },
    [S_BTN_TICKET] = { "工单", "Ticket" },
    [S_BTN_HANGUP] = { "挂机", "Hang up" },
    [S_BTN_SUBTITLES] = { "字幕", "Subtitles" },
    [S_QUICK_TITLE] = { "标准用语", "Standard phrases" },
    [S_QUICK_HELP] = { "F1–F8 填入回复框，Enter 发送", "F1–F8 fill the reply box, Enter sends" },
    [S_RELOAD_TITLE] = { "情景脚本有错误", "The scenario has an error" },
    [S_RELOAD_HELP] = { "修改并保存文件后会自动重新加载；F5 立即重试；Esc 返回",
                        "Save the file to reload it automatically; F5 retries now; Esc goes back" },
    [S_QUICK_EXAM] = { "考试中不提供标准用语，请自行输入回复。", "No standard phrases during the exam: type your replies." },
    [S_REPLY_PLACEHOLDER] = { "输入回复，Enter 发送", "Type a reply, Enter sends" },
    [S_CHOICES_HELP] = { "按数字键选择（回复框为空时）", "Press a digit to choose (reply box empty)" },
    [S_HINT] = { "提示", "Hint" },
    [S_VOICE_HIDDEN] = { "（语音，字幕已隐藏）", "(voice; subtitles hidden)" },
    [S_SILENT] = { "（无声）", "(silence)" },
    [S_YOU] = { "我", "Me" },
    [S_SYSTEM] = { "系统", "System" },
    [S_NO_REPLY] = { "未回复", "no reply" },
    [S_CALLER_HANGUP] = { "客户挂机", "Caller hung up" },
    [S_TRAINEE_HANGUP] = { "我方挂机", "You hung up" },
    [S_ANSWERED_AFTER] = { "接听，响铃次数", "answered after rings:" },
    [S_TICKET_TITLE] = { "工单", "Ticket" },
    [S_TICKET_HELP] = { "Tab 切换字段   Enter 提交   Esc 取消", "Tab next field   Enter submit   Esc cancel" },
    [S_TRANSFER_DEFAULT] = { "二线", "second line" },
    [S_ESCALATE_DEFAULT] = { "值班长", "supervisor" },
    [S_RESULTS_TITLE] = { "成绩", "Result" },
    [S_SCORE] = { "得分", "Score" },
    [S_PASSED] = { "合格", "PASSED" },
    [S_FAILED] = { "不合格", "FAILED" },
    [S_RESULTS_HELP] = { "↑↓ PgUp/PgDn 滚动通话记录 · 点“重听”再听客户的话",
                         "↑↓ PgUp/PgDn scroll the transcript · click “replay” to hear the caller again" },
    [S_TIMELINE] = { "通话时间线", "Call timeline" },
    [S_TYPING] = { "打字速度", "Typing" },
    [S_CPM] = { "字/分钟", "chars/min" },
    [S_LATENCY] = { "响应", "reply" },
    [S_HOLD_BAR] = { "保持", "hold" },
    [S_NO_STORE] = { "未保存成绩（数据库不可用）", "results not saved (no database)" },
    [S_STORE_ERROR] = { "数据库错误", "database error" },
    [S_NOT_SAVED] = { "练习成绩不会保存：", "Results will not be saved: " },
    [S_SAVE_FAILED] = { "本次成绩未能写入数据库：", "This result did not reach the database: " },
    [S_PH_OPENING] = { "开篇语", "Opening" },
    [S_PH_HOLD_BEFORE] = { "等待前", "Before hold" },
    [S_PH_HOLD_AFTER] = { "等待后", "After hold" },
    [S_PH_EMOTIONAL] = { "安抚情绪", "Calm caller" },
    [S_PH_TRANSFER] = { "转接", "Transfer" },
    [S_PH_SILENT_PROMPT] = { "无声提示", "Silent prompt" },
    [S_PH_SILENT_CLOSE] = { "无声结束", "Silent close" },
    [S_PH_CLOSING] = { "结束语", "Closing" },
    [S_END_TRAINEE_HUNGUP] = { "结束：我方挂机", "Ended: you hung up" },
    [S_END_CALLER_HUNGUP] = { "结束：客户挂机", "Ended: the caller hung up" },
    [S_END_REJECTED] = { "结束：拒接来电", "Ended: you rejected the call" },
    [S_END_STOPPED] = { "结束：情境已停止", "Ended: the scenario stopped" },
    [S_END_SCRIPT_ERROR] = { "结束：情境脚本出错", "Ended: scenario error" },
    [S_SCRIPT_INTERRUPTED] = { "情境脚本出错，通话已中断（不计分）。请修改下面这一行后重试：",
                               "The scenario script failed; the call is interrupted (not graded). Fix this line and try again:" },
    [S_FIELD_NAME] = { "姓名", "Name" },
    [S_FIELD_PHONE] = { "电话", "Phone" },
    [S_FIELD_ISSUE] = { "问题", "Issue" },
    [S_FIELD_NOTE] = { "备注", "Note" },
    [S_RULE_ANSWER] = { "及时接听（3声内）", "Answered within 3 rings" },
    [S_RULE_OPENING] = { "开篇语", "Opening phrase" },
    [S_RULE_CLOSING] = { "结束语", "Closing phrase" },
    [S_RULE_COURTESY] = { "礼貌用语，无禁忌语", "Courtesy, no forbidden words" },
    [S_RULE_LATENCY] = { "及时应答", "Timely replies" },
    [S_RULE_HOLD] = { "等待前后用语", "Hold phrases" },
    [S_RULE_TYPING] = { "信息记录（速度、准确率）", "Information recorded (speed, accuracy)" },
    [S_HOME_PRACTICE] = { "练习", "Practice" },
    [S_HOME_PRACTICE_NOTE] = { "选择情境，接听虚拟客户来电，通话后查看评分和提示",
                               "Choose a situation, take the caller's call, see the score and hints" },
    [S_HOME_EXAM] = { "实操考核", "Practical exam" },
    [S_HOME_EXAM_NOTE] = { "考评员登录，组织职业技能等级实操考核（计时，无提示）",
                           "Examiners sign in and run the graded practical exam (timed, no hints)" },
    [S_HOME_TRAINER] = { "情境编写", "Scenario workbench" },
    [S_HOME_TRAINER_NOTE] = { "检查情境脚本和评分项，边改边试：保存文件即重新加载",
                              "Check scenario scripts and rubrics, try them while editing: saving reloads" },
    [S_HOME_LANGUAGE] = { "界面语言", "Language" },
    [S_HOME_LANGUAGE_NOTE] = { "←→ 或 Enter 切换", "←→ or Enter to switch" },
    [S_HOME_VOLUME] = { "音量", "Volume" },
    [S_HOME_VOLUME_NOTE] = { "←→ 调节（来电铃声、客户语音）", "←→ to adjust (ring tone, caller's voice)" },
    [S_HOME_QUIT] = { "退出", "Quit" },
    [S_HOME_QUIT_NOTE] = { "关闭窗口", "Close the window" },
    [S_HOME_HELP] = { "↑↓ 选择   Enter 进入   ←→ 语言/音量   Ctrl +/- 字号   Esc 退出",
                      "↑↓ select   Enter open   ←→ language/volume   Ctrl +/- text size   Esc quit" },
    [S_HOME_NO_AUDIO] = { "无声音设备", "no sound device" },
    [S_TRAINER_TITLE] = { "情境编写：检查与试玩", "Scenario workbench: check and try" },
    [S_TRAINER_HELP] = { "↑↓ 选择   Enter 试玩（保存文件即重新加载，F5 立即重载）   Esc 返回   新建：callsim new 名称   说明：docs/scenarios.md",
                         "↑↓ select   Enter try it (saving the file reloads it, F5 now)   Esc back   New: callsim new NAME   Guide: docs/scenarios.md" },
    [S_TRAINER_RUBRIC] = { "评分项", "Rubric" },
    [S_TRAINER_BROKEN] = { "无法加载：", "Does not load: " },
    [S_PICK_HELP] = { "↑↓ 或数字选择   Enter 确定   Esc 取消", "↑↓ or a number   Enter choose   Esc cancel" },
    [S_PICK_TRANSFER] = { "转接到", "Transfer to" },
    [S_PICK_ESCALATE] = { "升级到", "Escalate to" },
    [S_TICKET_SUBMIT] = { "提交工单", "Submit ticket" },
    [S_TICKET_EMPTY] = { "工单是空的：先填写再提交", "The ticket is empty: fill it in first" },
    [S_TICKET_SENT] = { "工单已提交", "Ticket submitted at" },
    [S_SYSTEM_TITLE] = { "系统查询", "System lookup" },
    [S_SYSTEM_EMPTY] = { "本情境没有可查询的资料", "Nothing to look up in this situation" },
    [S_SYSTEM_AFTER_HOLD] = { "（保持通话核实后显示）", "(shown after a hold to check)" },
    [S_SYSTEM_NOT_YET] = { "（尚未查到）", "(not found yet)" },
    [S_CONFIRM_ABANDON] = { "放弃这通电话？", "Abandon this call?" },
    [S_CONFIRM_ABANDON_BODY] = { "通话将结束并记为中断，不计成绩。", "The call ends and is stored as interrupted, without a score." },
    [S_YES_ABANDON] = { "放弃通话", "Abandon the call" },
    [S_NO_CONTINUE] = { "继续通话", "Go on with the call" },
    [S_CONFIRM_QUIT] = { "退出 callsim？", "Quit callsim?" },
    [S_YES_QUIT] = { "退出", "Quit" },
    [S_NO_STAY] = { "返回", "Stay" },
    [S_TRANSCRIPT] = { "通话记录（扣分标在出错的那一句下）", "Transcript (each deduction under the turn that caused it)" },
    [S_ITEMS] = { "评分项", "Rubric" },
    [S_REPLAY] = { "▶ 重听", "▶ replay" },
    [S_REPLAYING] = { "■ 正在播放", "■ playing" },
    [S_STANDARD_WAS] = { "标准说法：", "The standard phrase: " },
    [S_UNSURE] = { "判定存疑，交考评员复核", "Uncertain verdict: goes to the examiners" },
    [S_RETRY_BTN] = { "再练一次", "Try again" },
    [S_BACK_BTN] = { "返回", "Back" },
    [S_LEG_CALLER] = { "客户说话", "caller speaks" },
    [S_LEG_TYPING] = { "我打字/回应", "I type / reply" },
    [S_LEG_PAUSE] = { "回应前的停顿", "pause before replying" },
    [S_LEG_ACTION] = { "操作（接听、保持、转接、工单、挂机）", "action (answer, hold, transfer, ticket, hang up)" },
    [S_LEG_HOLD] = { "保持中", "on hold" },
    [S_LEG_MISTAKE] = { "扣分处", "deduction" },
    [S_ROW_ACTIONS] = { "操作", "Actions" },
    [S_ROW_MISTAKES] = { "扣分", "Deductions" },
};

void ui_set_lang(int en) { lang_en = en ? 1 : 0; }
int ui_lang_en(void) { return lang_en; }

int ui_lang_choose(const char *arg)
{
    int en = 0;
    if (cs_lang_pick(arg, &en) != 0) return -1;
    ui_set_lang(en);
    return 0;
}

const char *ui_s(ui_str id)
{
    const char *s = (unsigned)id < S_COUNT ? table[id][lang_en] : NULL;
    return s ? s : "?";
}

const char *ui_level(int level, char *buf, unsigned long len)
{
    if (lang_en) snprintf(buf, len, "level %d", level);
    else snprintf(buf, len, "%d级", level);
    return buf;
}

const char *ui_end_reason(const char *reason)
{
    static const struct { const char *en; ui_str s; } known[] = {
        { "trainee hung up", S_END_TRAINEE_HUNGUP }, { "caller hung up", S_END_CALLER_HUNGUP },
        { "trainee rejected the call", S_END_REJECTED }, { "scenario stopped", S_END_STOPPED },
    };
    if (!reason) return NULL;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(reason, known[i].en) == 0) return ui_s(known[i].s);
    if (strncmp(reason, "scenario error", 14) == 0) return ui_s(S_END_SCRIPT_ERROR);  /* details below */
    return reason;
}

const char *ui_field_label(const char *field)
{
    static const struct { const char *name; ui_str s; } known[] = {
        { "name", S_FIELD_NAME }, { "phone", S_FIELD_PHONE }, { "issue", S_FIELD_ISSUE }, { "note", S_FIELD_NOTE },
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(field, known[i].name) == 0) return ui_s(known[i].s);
    return field;
}

const char *ui_item_label(const char *id)
{
    static const struct { const char *id; ui_str s; } known[] = {
        { "answer", S_RULE_ANSWER }, { "opening", S_RULE_OPENING }, { "closing", S_RULE_CLOSING },
        { "courtesy", S_RULE_COURTESY }, { "latency", S_RULE_LATENCY }, { "hold", S_RULE_HOLD },
        { "typing", S_RULE_TYPING },
    };
    if (!id) return "?";
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(id, known[i].id) == 0) return ui_s(known[i].s);
    return id;
}

const char *ui_engine_text(const char *text)
{
    /* the engine writes its notes in English (they are stored and printed by `run`); the window
     * reads them in the interface language */
    static const char *const notes[][2] = {
        { "the trainee hung up while the caller was speaking", "客户还在说话时坐席挂断了电话" },
        { "caller hung up after the conversation", "通话结束后客户挂机" },
        { "caller left on hold too long", "客户被保持太久，挂机了" },
        { "caller ran out of patience", "客户失去耐心，挂机了" },
        { "call time limit", "通话达到时长上限" },
        { "the call reached 30 minutes and was ended", "通话达到 30 分钟，已结束" },
        { "a ticket needs FIELD=VALUE; action ignored", "工单没有填写内容，未提交" },
        { "already answered; action ignored", "已经接听" },
        { "empty reply ignored", "空回复未发送" },
        { "no choice is offered now; action ignored", "现在没有可选项" },
        { "no such choice; action ignored", "没有这个选项" },
        { "out of memory: action dropped", "内存不足，操作未执行" },
        { "reply cut to 2000 characters", "回复过长，只保留前 2000 字" },
        { "the caller is already on hold; action ignored", "客户已在保持中" },
        { "the caller is not on hold; action ignored", "客户不在保持中" },
        { "the phone is still ringing: answer first (/answer); action ignored", "电话还在响铃：请先接听" },
        { "nobody answered", "无人接听" },
        { "call abandoned by the trainee", "坐席放弃了这通电话" },
    };
    if (!text || lang_en) return text;
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
        if (strcmp(text, notes[i][0]) == 0) return notes[i][1];
    if (strncmp(text, "nobody answered after", 21) == 0) return "响铃多次无人接听，客户挂机";
    return text;
}
