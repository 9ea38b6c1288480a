/* The reply being typed: a UTF-8 buffer with a caret, the input method's composition shown at the
 * caret, a length limit in characters, and the time of the first keystroke (the engine needs it for
 * chars/min). No SDL: editing is tested as plain functions. */
#ifndef CALLSIM_REPLY_BOX_H
#define CALLSIM_REPLY_BOX_H

#include <stddef.h>
#include <stdint.h>

#define REPLY_MAX_CHARS 200
#define REPLY_MAX_BYTES (REPLY_MAX_CHARS * 4 + 1)

typedef struct {
    char text[REPLY_MAX_BYTES];
    size_t len, caret;            /* bytes */
    char composition[256];        /* input method pre-edit, not yet part of text */
    int64_t first_key_ms;         /* -1 until the first keystroke of this reply */
} reply_box;

void reply_clear(reply_box *b);
/* Inserts s at the caret (newlines become spaces), cut at the limit. Returns characters inserted;
 * the first keystroke time is set at now_ms when still unset. */
size_t reply_insert(reply_box *b, const char *s, int64_t now_ms);
void reply_backspace(reply_box *b);
void reply_delete(reply_box *b);
void reply_left(reply_box *b);
void reply_right(reply_box *b);
void reply_home(reply_box *b);
void reply_end(reply_box *b);
void reply_set_composition(reply_box *b, const char *s, int64_t now_ms);
size_t reply_chars(const reply_box *b);
int reply_empty(const reply_box *b);
/* The text without leading/trailing spaces, into out. */
void reply_trimmed(const reply_box *b, char *out, size_t len);

#endif
