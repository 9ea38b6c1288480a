/* 禁忌语 of helper fix32c, by class: the caller forbidden to use the line for what it is not for, said as a
 * reproach (以后少拿客服电话唠嗑, 别把热线当聊天室) — 呼叫服务员职业标准(试行) 五级 三(一)2 不用禁忌语及口头禅;
 * 贵阳 T-GSOCCIA 001—2020 §二(三)6 注意通话语气和态度 (特殊处理 5 turns a caller who chats to the business with
 * the prescribed question and ending, it never scolds him for it). Own rows with innocent twins in
 * tests/data/tone_more/fix32c.tsv (tests/cli/test_fix32c.sh). */
#include "tone_scan.h"

/* The prohibition said to the caller (别, 少, 不要 …). */
static list FORBID = { "别", "别再", "不要", "不要再", "少", "甭", "莫", "不许", "不准", "以后别", NULL };
/* Using something as something: 拿热线…, 把热线当…, 用客服电话… */
static list USE = { "拿", "把", "用", "占", "占用", "占着", NULL };
/* The line itself or the desk answering it: not a phone in general (开车别拿手机聊天 is safety advice). */
static list LINE = { "热线", "热线电话", "客服", "客服电话", "服务热线", "我们", "咱们", "这条线", "这个电话", "客服热线",
                     "公家", "线路", NULL };
/* Pastime and chatter: what the line is not for. */
static list PASTIME = { "闲聊", "聊天", "聊天室", "唠嗑", "唠", "唠家常", "拉家常", "闲扯", "扯闲篇", "扯皮", "侃大山", "侃",
                        "打发时间", "消磨时间", "打发", "消磨", "解闷", "解闷儿", "寻开心", "消遣", "树洞", "摆龙门阵", "摆龙门",
                        "闲谈", "瞎聊", "瞎扯", "扯淡", "谈天", "聊", "聊聊", NULL };

/* What may stand between the line and the pastime: 把热线当聊天室, 拿热线来唠嗑, 拿客服瞎聊 (not another thing:
 * 别用我们App跟陌生人聊天 is advice about a stranger). */
static list LINK = { "当", "当成", "当作", "来", "去", "瞎", "随便", NULL };

/* 以后别拿热线闲聊了 / 少拿客服电话唠嗑 / 别把热线当聊天室: a prohibition, the line (or us) used, and a pastime
 * after it within the clause — the caller scolded for chatting (呵斥客户). Not a phone of the caller's own in
 * advice (开车时别拿手机聊天), not the line's use for business (别用热线号码登录陌生网站), not said with care
 * (请您…, tone_courteous). */
int tone_line_misused(scan *sc, size_t a, size_t b, int question)
{
    (void)question;
    ANCHORS(sc, a, b, U"别不少甭莫以");
    for (size_t i = find(sc, a, b, FORBID); i < b; i = find(sc, i + 1, b, FORBID)) {
        size_t use = find(sc, i + 1, tone_upto(b, i + 3), USE);
        if (use >= b) continue;
        size_t line = find(sc, use + 1, tone_upto(b, use + 4), LINE);
        if (line >= b) continue;
        size_t chat = line + 1;
        while (chat < b && (in(sc, chat, LINE) || in(sc, chat, (list){ "电话", "的", "号码", NULL }))) chat++;   /* 客服|电话 */
        if (chat < b && in(sc, chat, LINK)) chat++;
        if (chat >= b || !in(sc, chat, PASTIME) || tone_courteous(sc, a, b)) continue;
        return tone_hit(sc, "lecture", "呵斥客户（说客户拿热线闲聊）", i, chat, i);
    }
    return 0;
}
