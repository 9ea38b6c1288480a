/* The words of the transcript (transcript_text.h). */
#include "transcript_text.h"

#include <stdio.h>
#include <string.h>

#include "ui_strings.h"

/* The ticket as stored ("name=张三\nphone=139…") named as the form names its fields:
 * "工单: 姓名 张三 · 电话 139…". */
static const char *field_name(const cs_scenario_info *in, const char *id)
{
    for (size_t i = 0; i < in->n_ticket; i++)
        if (strcmp(in->ticket[i].id, id) == 0 && in->ticket[i].label) return in->ticket[i].label;
    return ui_field_label(id);
}

static void ticket_text(const cs_scenario_info *in, const char *arg, char *buf, size_t len)
{
    int w = snprintf(buf, len, "%s:", ui_s(S_BTN_TICKET));
    size_t n = w > 0 ? (size_t)w : 0;
    const char *name, *value, *sep = " ";
    size_t nl, vl;
    for (const char *p = arg; n < len && cs_ticket_next(&p, &name, &nl, &value, &vl); sep = " · ") {
        char key[64] = "";
        if (name && nl > 0 && nl < sizeof key) memcpy(key, name, nl);
        else if (name) { value = name; vl += nl + 1; }  /* no usable name: the line as it is */
        w = snprintf(buf + n, len - n, "%s%s%s%.*s", sep, key[0] ? field_name(in, key) : "", key[0] ? " " : "",
                     (int)vl, value);
        if (w < 0) break;
        n += (size_t)w;
    }
}

side transcript_line(const cs_scenario_info *in, const cs_event *ev, int hide, char *buf, size_t len)
{
    const char *t = ev->text ? ev->text : "";
    switch (ev->kind) {
    case CS_EV_CALLER_SAY:
    case CS_EV_DICTATE:
        snprintf(buf, len, "%s", hide ? ui_s(S_VOICE_HIDDEN) : t);
        return SIDE_CALLER;
    case CS_EV_CALLER_SILENT:
        snprintf(buf, len, "%s %.1f s", ui_s(S_SILENT), (double)(ev->t_end_ms - ev->t_start_ms) / 1000.0);
        return SIDE_CALLER;
    case CS_EV_TRAINEE_SAY: snprintf(buf, len, "%s", t); return SIDE_TRAINEE;
    case CS_EV_CHOICE: snprintf(buf, len, "[%d] %s", ev->n, t); return SIDE_TRAINEE;
    case CS_EV_ANSWER: snprintf(buf, len, "%s %d", ui_s(S_ANSWERED_AFTER), ev->n); return SIDE_SYSTEM;
    case CS_EV_HOLD: snprintf(buf, len, "— %s —", ui_s(S_BTN_HOLD)); return SIDE_SYSTEM;
    case CS_EV_UNHOLD: snprintf(buf, len, "— %s —", ui_s(S_BTN_UNHOLD)); return SIDE_SYSTEM;
    case CS_EV_TRANSFER: snprintf(buf, len, "%s → %s", ui_s(S_BTN_TRANSFER), ev->arg ? ev->arg : ""); return SIDE_SYSTEM;
    case CS_EV_ESCALATE: snprintf(buf, len, "%s → %s", ui_s(S_BTN_ESCALATE), ev->arg ? ev->arg : ""); return SIDE_SYSTEM;
    case CS_EV_TICKET: ticket_text(in, ev->arg, buf, len); return SIDE_SYSTEM;
    case CS_EV_HANGUP: snprintf(buf, len, "%s", ui_s(S_TRAINEE_HANGUP)); return SIDE_SYSTEM;
    case CS_EV_CALLER_HANGUP: snprintf(buf, len, "%s %s", ui_s(S_CALLER_HANGUP), ui_engine_text(t)); return SIDE_SYSTEM;
    case CS_EV_TIMEOUT: snprintf(buf, len, "(%s)", ui_s(S_NO_REPLY)); return SIDE_SYSTEM;
    case CS_EV_NOTE: snprintf(buf, len, "%s", ui_engine_text(t)); return SIDE_SYSTEM;
    default: return SIDE_NONE;
    }
}

