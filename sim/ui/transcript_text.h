/* What each entry of the call log says in the transcript, in the interface language: shared by the
 * call screen (bubbles) and the debrief after the call, so both read the same. */
#ifndef CALLSIM_TRANSCRIPT_TEXT_H
#define CALLSIM_TRANSCRIPT_TEXT_H

#include <stddef.h>
#include "engine.h"

typedef enum { SIDE_NONE, SIDE_CALLER, SIDE_TRAINEE, SIDE_SYSTEM } side;

/* The entry's line into buf and whose it is; SIDE_NONE for entries not shown (rings, marks).
 * hide: a caller's words read as "(voice only)" (subtitles off). A ticket names its fields as the
 * scenario's form labels them. */
side transcript_line(const cs_scenario_info *in, const cs_event *ev, int hide, char *buf, size_t len);

#endif
