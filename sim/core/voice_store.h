/* The spoken part of an attempt (issue 15): each reply's recording (an Ogg Opus clip, voice_clip.h)
 * stored with the attempt, keyed by the reply's turn seq, in the table voice_clips (attempt_id, seq,
 * clip, seconds, recorded_at; insert-only, made on first use so older files need no migration).
 * The SHA-256 of every clip of an exam call is part of the call's signed end record
 * (exam_record.h), recomputed from the stored bytes by verify. No SDL. */
#ifndef CALLSIM_VOICE_STORE_H
#define CALLSIM_VOICE_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

/* 1 when the file has the table (a file that never recorded has none). */
int cs_voice_table_exists(cs_store *st);

/* Stores the clip of reply seq of the attempt. 0, or -1 with err (a second clip for the same
 * reply is refused). */
int cs_voice_add(cs_store *st, int64_t attempt_id, int64_t seq, const unsigned char *clip, size_t len, double seconds,
                 char *err, size_t errlen);

/* The clip of reply seq: *clip malloc'd (caller frees), NULL and 0 when there is none. 0, or -1. */
int cs_voice_get(cs_store *st, int64_t attempt_id, int64_t seq, unsigned char **clip, size_t *len, char *err, size_t errlen);

typedef struct {
    int64_t seq;
    double seconds;
    const unsigned char *clip; /* valid during the callback */
    size_t len;
} cs_voice_row;
typedef int (*cs_voice_cb)(const cs_voice_row *r, void *ctx);
/* Every clip of the attempt, in seq order. 0, or -1 with err. */
int cs_voice_each(cs_store *st, int64_t attempt_id, cs_voice_cb cb, void *ctx, char *err, size_t errlen);

typedef struct {
    int part;                  /* the paper part the call played */
    int64_t attempt_id, seq;
    double seconds;
    const char *text;          /* the reply as typed */
    const unsigned char *clip; /* valid during the callback */
    size_t len;
} cs_voice_sitting_row;
typedef int (*cs_voice_sitting_cb)(const cs_voice_sitting_row *r, void *ctx);
/* Every recording of the calls filed under sitting xa, by part, call and reply. 0, or -1. */
int cs_voice_sitting_each(cs_store *st, int64_t xa, cs_voice_sitting_cb cb, void *ctx, char *err, size_t errlen);

/* For merge (store_merge.c), inside its transaction with the seat attached as "seat" and its ended
 * attempts listed in temp.merging: copies their recordings (a seat that never recorded has none). */
int cs_voice_merge_seat(cs_store *st, char *err, size_t errlen);

#endif
