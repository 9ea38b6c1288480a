/* What the `callsim exam` subcommands share, inside build/callsim only: the parsed command line,
 * opening the store and the paper, and printing an exam attempt's result. cmd_exam.c parses and
 * dispatches and plays `exam run`; cmd_exam_roster.c is `exam roster`; cmd_exam_panel.c is the
 * examiner panel's work; cmd_exam_result.c is the result that `run` and `score` both print. */
#ifndef CALLSIM_CMD_EXAM_INT_H
#define CALLSIM_CMD_EXAM_INT_H

#include <stdint.h>

#include "exam_store.h"

typedef struct {
    const char *sub, *paper, *cand, *name, *id_number, *replies, *db, *exam, *examiner, *pin, *reason, *import;
    const char *admin, *admin_pin; /* an administrator's name and secret (examiner-add, examiner-disable) */
    const char *new_pin;           /* examiner-secret: the new secret */
    const char *item, *decision;   /* review: the verdict (--item) and confirm|overrule */
    const char *out;               /* listen: the folder the recordings are written to */
    int64_t attempt, resume;
    int json, make_admin;
    const char *items[32];
    int n_items;
} exam_args;

/* The store at DB, or the default one when DB is NULL; NULL (error printed) when it cannot be opened. */
cs_store *exam_open_db(const char *db);

/* PAPER as given, else assets/papers/PAPER(.paper). 0, or 2 with the error printed. */
int exam_load_paper(const char *name, cs_paper *p);

/* Evaluates exam attempt XA and prints it (JSON with JSON set); once no examiner item is pending and
 * no result is stored yet, stores result version 1 BY that caller. 0, or 2 with the error printed. */
int exam_report_result(cs_store *st, const cs_paper *p, int64_t xa, int json, const char *by);

/* Opens the named examiner's key with their secret: 0 and *out, 1 wrong secret or throttled, 2
 * missing options (each with the error printed). role: what the key is for, in the message. */
int exam_unlock(cs_store *st, const char *name, const char *secret, const char *role, cs_signer **out);

int exam_roster(const exam_args *a); /* exam roster */
int exam_panel(const exam_args *a);  /* exam examiner-add|examiner-disable|score|sign|void */
int exam_review(const exam_args *a); /* exam review: the grader's verdicts put to the panel */
int exam_listen(const exam_args *a); /* exam listen: the candidate's recorded replies */

#endif
