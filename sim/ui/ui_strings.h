/* Interface strings in Chinese (default) and English (--lang en, or a LANG/LC_ALL of en*), through
 * GNU gettext: the Chinese words are the msgids (po/callsim.pot), po/en.po translates them
 * (ui_strings.c says where the catalogues are found). tests/cli/test_i18n.sh fails on an English
 * msgid (English in the Chinese interface) and on an untranslated one. */
#ifndef CALLSIM_UI_STRINGS_H
#define CALLSIM_UI_STRINGS_H

#include "engine.h"

typedef enum {
    S_APP_TITLE, S_MENU_TITLE, S_MENU_HELP, S_LEVEL, S_BEST, S_NO_SCENARIOS,
    S_RINGING, S_RINGS, S_TALKING, S_ON_HOLD, S_ENDED, S_READY,
    S_MOOD, S_CALLER, S_HISTORY,
    S_BTN_ANSWER, S_BTN_HOLD, S_BTN_UNHOLD, S_BTN_TRANSFER, S_BTN_ESCALATE, S_BTN_TICKET,
    S_BTN_HANGUP, S_BTN_SUBTITLES,
    S_QUICK_TITLE, S_QUICK_HELP, S_QUICK_EXAM, S_RELOAD_TITLE, S_RELOAD_HELP, S_REPLY_PLACEHOLDER, S_CHOICES_HELP, S_HINT,
    S_VOICE_HIDDEN, S_SILENT, S_YOU, S_SYSTEM, S_NO_REPLY, S_CALLER_HANGUP, S_TRAINEE_HANGUP,
    S_ANSWERED_AFTER, S_TICKET_TITLE, S_TICKET_HELP, S_TRANSFER_DEFAULT, S_ESCALATE_DEFAULT,
    S_RESULTS_TITLE, S_SCORE, S_PASSED, S_FAILED, S_RESULTS_HELP, S_TIMELINE, S_TYPING,
    S_LATENCY, S_CPM, S_HOLD_BAR, S_NO_STORE, S_STORE_ERROR, S_NOT_SAVED, S_SAVE_FAILED, S_PH_OPENING, S_PH_HOLD_BEFORE, S_PH_HOLD_AFTER,
    S_PH_EMOTIONAL, S_PH_TRANSFER, S_PH_SILENT_PROMPT, S_PH_SILENT_CLOSE, S_PH_CLOSING,
    S_END_TRAINEE_HUNGUP, S_END_CALLER_HUNGUP, S_END_REJECTED, S_END_STOPPED, S_END_SCRIPT_ERROR, S_SCRIPT_INTERRUPTED,
    S_FIELD_NAME, S_FIELD_PHONE, S_FIELD_ISSUE, S_FIELD_NOTE,
    S_RULE_ANSWER, S_RULE_OPENING, S_RULE_CLOSING, S_RULE_COURTESY, S_RULE_LATENCY, S_RULE_HOLD, S_RULE_TYPING,
    S_HOME_PRACTICE, S_HOME_PRACTICE_NOTE, S_HOME_EXAM, S_HOME_EXAM_NOTE, S_HOME_TRAINER, S_HOME_TRAINER_NOTE,
    S_HOME_LANGUAGE, S_HOME_LANGUAGE_NOTE, S_HOME_VOLUME, S_HOME_VOLUME_NOTE, S_HOME_QUIT, S_HOME_QUIT_NOTE,
    S_HOME_HELP, S_HOME_NO_AUDIO, S_TRAINER_TITLE, S_TRAINER_HELP, S_TRAINER_RUBRIC, S_TRAINER_BROKEN,
    S_PICK_HELP, S_PICK_TRANSFER, S_PICK_ESCALATE, S_TICKET_SUBMIT, S_TICKET_EMPTY, S_TICKET_SENT,
    S_SYSTEM_TITLE, S_SYSTEM_EMPTY, S_SYSTEM_AFTER_HOLD, S_SYSTEM_NOT_YET,
    S_CONFIRM_ABANDON, S_CONFIRM_ABANDON_BODY, S_YES_ABANDON, S_NO_CONTINUE, S_CONFIRM_QUIT, S_YES_QUIT, S_NO_STAY,
    S_TRANSCRIPT, S_ITEMS, S_REPLAY, S_REPLAYING, S_STANDARD_WAS, S_UNSURE, S_RETRY_BTN, S_BACK_BTN,
    S_LEG_CALLER, S_LEG_TYPING, S_LEG_PAUSE, S_LEG_ACTION, S_LEG_HOLD, S_LEG_MISTAKE, S_ROW_ACTIONS, S_ROW_MISTAKES,
    S_REC_OFF, S_REC_ON, S_REC_NO_MIC, S_REC_LISTEN, S_REC_PLAYING, S_REC_NO_SOUND, S_REC_MISSING, S_REC_HELP,
    S_COUNT
} ui_str;

/* en: 0 Chinese, 1 English. */
void ui_set_lang(int en);
int ui_lang_en(void);
/* Chooses from --lang (may be NULL) or the locale variables; returns -1 for an unknown --lang. */
int ui_lang_choose(const char *arg);
const char *ui_s(ui_str id);
/* A Chinese msgid (written N_("...") where it is defined) in the interface language. */
const char *ui_tr(const char *zh);
/* "5级" / "level 5" into buf; returns buf. */
const char *ui_level(int level, char *buf, unsigned long len);
/* The engine's end reason (English, it is stored and printed by `run`) in the interface language;
 * an unknown reason (a window closed mid-call, ...) is returned as it is. */
/* How the call ended, in the interface's language (reason: the engine's text, shown as it is for
 * an end the host gave). */
const char *ui_end_reason(cs_end_kind kind, const char *reason);
/* The label of a ticket field: the form's default fields (name, phone, issue, note) translated,
 * a scenario's own dictated field names as they are. */
const char *ui_field_label(const char *field);
/* A note or hang-up reason the engine logged (English) in the interface language; text itself when
 * it is not one of the engine's own (a scenario's words are already the scenario's language). */
const char *ui_engine_text(const char *text);
/* A rubric item without a label of its own: the built-in rules' ids (answer, opening, ...) named
 * in the interface language; other ids as they are. */
const char *ui_item_label(const char *id);

#endif
