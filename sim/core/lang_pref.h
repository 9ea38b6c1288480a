/* Which language the user wants callsim to speak: what --lang says, else the locale (LC_ALL,
 * LC_MESSAGES, LANG: English when it starts with "en"), else Chinese, the interface's default
 * (DESIGN.md: "Chinese by default, English on request"). One rule for the window and `run`. */
#ifndef CALLSIM_LANG_PREF_H
#define CALLSIM_LANG_PREF_H

/* *en = 1 for English, 0 for Chinese. arg is --lang's value or NULL; "zh…" and "en…" are taken,
 * anything else returns -1 and leaves *en alone. */
int cs_lang_pick(const char *arg, int *en);

#endif
