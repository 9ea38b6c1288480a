/* The interface's words through GNU gettext (libintl, in glibc): the msgids are the Chinese
 * interface itself, marked N_() where they are written, extracted by xgettext into po/callsim.pot;
 * po/en.po (and the identity po/zh_CN.po) are compiled by msgfmt at build time into
 * BUILD/locale/LANG/LC_MESSAGES/callsim.mo, installed under PREFIX/share/locale. Chinese is the
 * default; English on request (--lang en, LANG=en_*) through LANGUAGE. Only LC_MESSAGES is taken
 * from the environment: numbers printed for JSON, SQL and CSV keep the C locale. */
#include "ui_strings.h"

#include "lang_pref.h"

#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "paths.h"

#define DOMAIN "callsim"
#define N_(s) s  /* marks a msgid for xgettext without translating it where it is written */

static int lang_en;
static int catalogue_bound;

static const char *const msgid[S_COUNT] = {
    [S_APP_TITLE] = N_("callsim 呼叫中心服务员实训"),
    [S_MENU_TITLE] = N_("练习：选择情境"),
    [S_MENU_HELP] = N_("↑↓ 选择   Enter 开始   Esc 返回主菜单"),
    [S_LEVEL] = N_("级"),
    [S_BEST] = N_("最好成绩"),
    [S_NO_SCENARIOS] = N_("scenarios/ 中没有情境文件"),
    [S_RINGING] = N_("来电振铃中"),
    [S_RINGS] = N_("响铃"),
    [S_TALKING] = N_("通话中"),
    [S_ON_HOLD] = N_("保持中"),
    [S_ENDED] = N_("通话结束"),
    [S_READY] = N_("准备"),
    [S_MOOD] = N_("客户情绪"),
    [S_CALLER] = N_("来电客户"),
    [S_HISTORY] = N_("历史来电"),
    [S_BTN_ANSWER] = N_("接听"),
    [S_BTN_HOLD] = N_("保持"),
    [S_BTN_UNHOLD] = N_("取消保持"),
    [S_BTN_TRANSFER] = N_("转接"),
    [S_BTN_ESCALATE] = N_("升级"),
    [S_BTN_TICKET] = N_("工单"),
    [S_BTN_HANGUP] = N_("挂机"),
    [S_BTN_SUBTITLES] = N_("字幕"),
    [S_QUICK_TITLE] = N_("标准用语"),
    [S_QUICK_HELP] = N_("F1–F8 填入回复框，Enter 发送"),
    [S_RELOAD_TITLE] = N_("情景脚本有错误"),
    [S_RELOAD_HELP] = N_("修改并保存文件后会自动重新加载；F5 立即重试；Esc 返回"),
    [S_QUICK_EXAM] = N_("考试中不提供标准用语，请自行输入回复。"),
    [S_REPLY_PLACEHOLDER] = N_("输入回复，Enter 发送"),
    [S_CHOICES_HELP] = N_("按数字键选择（回复框为空时）"),
    [S_HINT] = N_("提示"),
    [S_VOICE_HIDDEN] = N_("（语音，字幕已隐藏）"),
    [S_SILENT] = N_("（无声）"),
    [S_YOU] = N_("我"),
    [S_SYSTEM] = N_("系统"),
    [S_NO_REPLY] = N_("未回复"),
    [S_CALLER_HANGUP] = N_("客户挂机"),
    [S_TRAINEE_HANGUP] = N_("我方挂机"),
    [S_ANSWERED_AFTER] = N_("接听，响铃次数"),
    [S_TICKET_TITLE] = N_("工单"),
    [S_TICKET_HELP] = N_("Tab 切换字段   Enter 提交   Esc 取消"),
    [S_TRANSFER_DEFAULT] = N_("二线"),
    [S_ESCALATE_DEFAULT] = N_("值班长"),
    [S_RESULTS_TITLE] = N_("成绩"),
    [S_SCORE] = N_("得分"),
    [S_PASSED] = N_("合格"),
    [S_FAILED] = N_("不合格"),
    [S_RESULTS_HELP] = N_("↑↓ PgUp/PgDn 滚动通话记录 · 点“重听”再听客户的话"),
    [S_TIMELINE] = N_("通话时间线"),
    [S_TYPING] = N_("打字速度"),
    [S_CPM] = N_("字/分钟"),
    [S_LATENCY] = N_("响应"),
    [S_HOLD_BAR] = N_("保持"),
    [S_NO_STORE] = N_("未保存成绩（数据库不可用）"),
    [S_STORE_ERROR] = N_("数据库错误"),
    [S_NOT_SAVED] = N_("练习成绩不会保存："),
    [S_SAVE_FAILED] = N_("本次成绩未能写入数据库："),
    [S_PH_OPENING] = N_("开篇语"),
    [S_PH_HOLD_BEFORE] = N_("等待前"),
    [S_PH_HOLD_AFTER] = N_("等待后"),
    [S_PH_EMOTIONAL] = N_("安抚情绪"),
    [S_PH_TRANSFER] = N_("转接"),
    [S_PH_SILENT_PROMPT] = N_("无声提示"),
    [S_PH_SILENT_CLOSE] = N_("无声结束"),
    [S_PH_CLOSING] = N_("结束语"),
    [S_END_TRAINEE_HUNGUP] = N_("结束：我方挂机"),
    [S_END_CALLER_HUNGUP] = N_("结束：客户挂机"),
    [S_END_REJECTED] = N_("结束：拒接来电"),
    [S_END_STOPPED] = N_("结束：情境已停止"),
    [S_END_SCRIPT_ERROR] = N_("结束：情境脚本出错"),
    [S_SCRIPT_INTERRUPTED] = N_("情境脚本出错，通话已中断（不计分）。请修改下面这一行后重试："),
    [S_FIELD_NAME] = N_("姓名"),
    [S_FIELD_PHONE] = N_("电话"),
    [S_FIELD_ISSUE] = N_("问题"),
    [S_FIELD_NOTE] = N_("备注"),
    [S_RULE_ANSWER] = N_("及时接听（3声内）"),
    [S_RULE_OPENING] = N_("开篇语"),
    [S_RULE_CLOSING] = N_("结束语"),
    [S_RULE_COURTESY] = N_("礼貌用语，无禁忌语"),
    [S_RULE_LATENCY] = N_("及时应答"),
    [S_RULE_HOLD] = N_("等待前后用语"),
    [S_RULE_TYPING] = N_("信息记录（速度、准确率）"),
    [S_HOME_PRACTICE] = N_("练习"),
    [S_HOME_PRACTICE_NOTE] = N_("选择情境，接听虚拟客户来电，通话后查看评分和提示"),
    [S_HOME_EXAM] = N_("实操考核"),
    [S_HOME_EXAM_NOTE] = N_("考评员登录，组织职业技能等级实操考核（计时，无提示）"),
    [S_HOME_TRAINER] = N_("情境编写"),
    [S_HOME_TRAINER_NOTE] = N_("检查情境脚本和评分项，边改边试：保存文件即重新加载"),
    [S_HOME_LANGUAGE] = N_("界面语言"),
    [S_HOME_LANGUAGE_NOTE] = N_("←→ 或 Enter 切换"),
    [S_HOME_VOLUME] = N_("音量"),
    [S_HOME_VOLUME_NOTE] = N_("←→ 调节（来电铃声、客户语音）"),
    [S_HOME_QUIT] = N_("退出"),
    [S_HOME_QUIT_NOTE] = N_("关闭窗口"),
    [S_HOME_HELP] = N_("↑↓ 选择   Enter 进入   ←→ 语言/音量   Ctrl +/- 字号   Esc 退出"),
    [S_HOME_NO_AUDIO] = N_("无声音设备"),
    [S_TRAINER_TITLE] = N_("情境编写：检查与试玩"),
    [S_TRAINER_HELP] = N_("↑↓ 选择   Enter 试玩（保存文件即重新加载，F5 立即重载）   Esc 返回   新建：callsim new 名称   说明：docs/scenarios.md"),
    [S_TRAINER_RUBRIC] = N_("评分项"),
    [S_TRAINER_BROKEN] = N_("无法加载："),
    [S_PICK_HELP] = N_("↑↓ 或数字选择   Enter 确定   Esc 取消"),
    [S_PICK_TRANSFER] = N_("转接到"),
    [S_PICK_ESCALATE] = N_("升级到"),
    [S_TICKET_SUBMIT] = N_("提交工单"),
    [S_TICKET_EMPTY] = N_("工单是空的：先填写再提交"),
    [S_TICKET_SENT] = N_("工单已提交"),
    [S_SYSTEM_TITLE] = N_("系统查询"),
    [S_SYSTEM_EMPTY] = N_("本情境没有可查询的资料"),
    [S_SYSTEM_AFTER_HOLD] = N_("（保持通话核实后显示）"),
    [S_SYSTEM_NOT_YET] = N_("（尚未查到）"),
    [S_CONFIRM_ABANDON] = N_("放弃这通电话？"),
    [S_CONFIRM_ABANDON_BODY] = N_("通话将结束并记为中断，不计成绩。"),
    [S_YES_ABANDON] = N_("放弃通话"),
    [S_NO_CONTINUE] = N_("继续通话"),
    [S_CONFIRM_QUIT] = N_("退出 callsim？"),
    [S_YES_QUIT] = N_("退出"),
    [S_NO_STAY] = N_("不退出"),
    [S_TRANSCRIPT] = N_("通话记录（扣分标在出错的那一句下）"),
    [S_ITEMS] = N_("评分项"),
    [S_REPLAY] = N_("▶ 重听"),
    [S_REPLAYING] = N_("■ 正在播放"),
    [S_STANDARD_WAS] = N_("标准说法："),
    [S_UNSURE] = N_("判定存疑，交考评员复核"),
    [S_RETRY_BTN] = N_("再练一次"),
    [S_BACK_BTN] = N_("返回"),
    [S_LEG_CALLER] = N_("客户说话"),
    [S_LEG_TYPING] = N_("我打字/回应"),
    [S_LEG_PAUSE] = N_("回应前的停顿"),
    [S_LEG_ACTION] = N_("操作（接听、保持、转接、工单、挂机）"),
    [S_LEG_HOLD] = N_("保持中"),
    [S_LEG_MISTAKE] = N_("扣分处"),
    [S_ROW_ACTIONS] = N_("操作"),
    [S_ROW_MISTAKES] = N_("扣分"),
    /* practice recording for self-review (issue 15): the call screen's switch and the debrief */
    [S_REC_OFF] = N_("Ctrl+R 录音（课后回听）"),
    [S_REC_ON] = N_("● 录音中，已存 %zu 段 · Ctrl+R 停止"),
    [S_REC_NO_MIC] = N_("没有麦克风，仅文字练习"),
    [S_REC_LISTEN] = N_("▶ 回听"),
    [S_REC_PLAYING] = N_("正在播放录音（%.1f 秒）"),
    [S_REC_NO_SOUND] = N_("本机没有声音输出，不能播放"),
    [S_REC_MISSING] = N_("该回复没有录音"),
    [S_REC_HELP] = N_("P 依次回听我的录音"),
};

/* The catalogues: $CALLSIM_LOCALEDIR, else beside the binary (BUILD/locale for build/callsim,
 * BUILD/../locale for a test binary in BUILD/tests), else the install's share/locale (the data root
 * is PREFIX/share/callsim). */
static void catalogue_dir(char *dir, size_t len)
{
    char exe[PATH_MAX];
    struct stat st;
    const char *env = getenv("CALLSIM_LOCALEDIR");
    if (env && *env) { snprintf(dir, len, "%s", env); return; }
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = 0;
        char *slash = strrchr(exe, '/');
        if (slash) *slash = 0;
        snprintf(dir, len, "%s/locale", exe);
        if (stat(dir, &st) == 0) return;
        snprintf(dir, len, "%s/../locale", exe);
        if (stat(dir, &st) == 0) return;
    }
    snprintf(dir, len, "%s/../locale", cs_data_root());
}

static void bind_catalogue(void)
{
    char dir[PATH_MAX + 16];
    catalogue_dir(dir, sizeof dir);
    /* gettext ignores LANGUAGE in the C locale: messages then follow C.UTF-8 (built into glibc) */
    const char *m = setlocale(LC_MESSAGES, "");
    if (!m || !strcmp(m, "C") || !strcmp(m, "POSIX")) setlocale(LC_MESSAGES, "C.UTF-8");
    bindtextdomain(DOMAIN, dir);
    bind_textdomain_codeset(DOMAIN, "UTF-8");
    catalogue_bound = 1;
}

void ui_set_lang(int en)
{
    if (!catalogue_bound) bind_catalogue();
    lang_en = en ? 1 : 0;
    setenv("LANGUAGE", lang_en ? "en" : "zh_CN", 1);
    textdomain(textdomain(NULL));  /* glibc drops the translations it cached for the old language */
}

int ui_lang_en(void) { return lang_en; }

int ui_lang_choose(const char *arg)
{
    int en = 0;
    if (cs_lang_pick(arg, &en) != 0) return -1;
    ui_set_lang(en);
    return 0;
}

const char *ui_tr(const char *zh)
{
    if (!zh) return NULL;
    if (!catalogue_bound) ui_set_lang(lang_en);
    return dgettext(DOMAIN, zh);
}

const char *ui_s(ui_str id)
{
    return (unsigned)id < S_COUNT && msgid[id] ? ui_tr(msgid[id]) : "?";
}

const char *ui_level(int level, char *buf, unsigned long len)
{
    snprintf(buf, len, ui_tr(N_("%d级")), level);
    return buf;
}

const char *ui_end_reason(cs_end_kind kind, const char *reason)
{
    switch (kind) {
    case CS_END_TRAINEE_HANGUP: return ui_s(S_END_TRAINEE_HUNGUP);
    case CS_END_CALLER_HANGUP: return ui_s(S_END_CALLER_HUNGUP);
    case CS_END_REJECTED: return ui_s(S_END_REJECTED);
    case CS_END_STOPPED: return ui_s(S_END_STOPPED);
    case CS_END_SCRIPT_ERROR: return ui_s(S_END_SCRIPT_ERROR);  /* details below */
    case CS_END_NONE: return NULL;
    case CS_END_ABORTED: return reason;
    }
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
     * reads them in the interface language: each note's Chinese is a msgid like the rest */
    static const char *const notes[][2] = {
        { "the trainee hung up while the caller was speaking", N_("客户还在说话时坐席挂断了电话") },
        { "caller hung up after the conversation", N_("通话结束后客户挂机") },
        { "caller left on hold too long", N_("客户被保持太久，挂机了") },
        { "caller ran out of patience", N_("客户失去耐心，挂机了") },
        { "call time limit", N_("通话达到时长上限") },
        { "the call reached 30 minutes and was ended", N_("通话达到 30 分钟，已结束") },
        { "a ticket needs FIELD=VALUE; action ignored", N_("工单没有填写内容，未提交") },
        { "already answered; action ignored", N_("已经接听") },
        { "empty reply ignored", N_("空回复未发送") },
        { "no choice is offered now; action ignored", N_("现在没有可选项") },
        { "no such choice; action ignored", N_("没有这个选项") },
        { "out of memory: action dropped", N_("内存不足，操作未执行") },
        { "reply cut to 2000 characters", N_("回复过长，只保留前 2000 字") },
        { "the caller is already on hold; action ignored", N_("客户已在保持中") },
        { "the caller is not on hold; action ignored", N_("客户不在保持中") },
        { "the phone is still ringing: answer first (/answer); action ignored", N_("电话还在响铃：请先接听") },
        { "nobody answered", N_("无人接听") },
        { "call abandoned by the trainee", N_("坐席放弃了这通电话") },
    };
    if (!text) return text;
    for (size_t i = 0; i < sizeof notes / sizeof notes[0]; i++)
        if (strcmp(text, notes[i][0]) == 0) return ui_tr(notes[i][1]);
    if (strncmp(text, "nobody answered after", 21) == 0) return ui_tr(N_("响铃多次无人接听，客户挂机"));
    return text;
}
