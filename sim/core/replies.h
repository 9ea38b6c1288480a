/* The replies file: a scripted trainee for headless runs (DESIGN.md "Replies file"). One action per
 * line, blank lines ignored; "@S" before an action = S seconds after the previous event (default 2).
 * "~Ts" or "~Ncpm" before typed text or a /ticket states how it is typed: in T seconds, or at N
 * characters a minute (a trainee slower than the standard's 50 字/分); without "@S" the line is sent
 * when its typing ends, i.e. that long after the previous event. A line "/listen" makes the next
 * action wait for the caller's next line first: a scripted silence (a transfer's ring-out) is no
 * event, so without it "@3" after "/transfer" is sent inside the ring-out. */
#ifndef CALLSIM_REPLIES_H
#define CALLSIM_REPLIES_H

#include <stddef.h>
#include "engine.h"

#define CS_REPLY_DEFAULT_DELAY_MS 2000

typedef struct {
    cs_input_kind kind;
    char *text;      /* typed text, target, or ticket "f=v ..." (owned) */
    int choice;
    int delay_ms;
    int typing_ms;   /* "~": how long the line is typed (0: the standard's pace, min(S, 1.2 s a character)) */
    int line;        /* line number in the file, for messages */
    int after_line;  /* a "/listen" line before it: due only once the caller has begun a line after
                      * the previous action (a ring-out or a fetch is waited through), so "@S" counts
                      * from the end of that line */
} cs_reply;

typedef struct {
    cs_reply *v;
    size_t n;
} cs_replies;

/* Parses text (the whole file). On error returns -1 with "NAME:LINE: message" in err. */
int cs_replies_parse(const char *name, const char *text, size_t len, cs_replies *out, char *err, size_t errlen);
/* Reads and parses a file. */
int cs_replies_load(const char *path, cs_replies *out, char *err, size_t errlen);
void cs_replies_free(cs_replies *r);
/* The characters a trainee types for r, as the grader counts typing speed (grading/typing.h: spaces
 * not counted): a ticket's values only, its field names being the form's labels. */
size_t cs_reply_typed_chars(const cs_reply *r);

#endif
