/* Engine internals shared by engine.c (the call state machine) and scenario_api.c (the Lua
 * functions a scenario calls). Not for use outside sim/core. */
#ifndef CALLSIM_ENGINE_INTERNAL_H
#define CALLSIM_ENGINE_INTERNAL_H

#include <lua.h>
#include "engine.h"
#include "lua_sandbox.h"
#include "text_gate.h"

#define CS_RING_PERIOD_MS 5000           /* China's cadence: 1 s on, 4 s off */
#define CS_CALL_CAP_MS (30 * 60 * 1000)  /* no call runs longer */
#define CS_POST_WAIT_MS 10000            /* after the script ends, time for the trainee to finish */
#define CS_HOLD_GIVE_UP_MS 180000        /* default: a caller left on hold this long hangs up */
#define CS_MIN_STEP_MS 100               /* shortest pause or wait: time always moves on a pause */
#define CS_EVENTS_MAX 5000               /* events a script may log in one call */
#define CS_EVENTS_PER_SECOND 200         /* events a script may log in one second of the call */
#define CS_LOG_BYTES_MAX (8u << 20)      /* text a script may put in the call log */
#define CS_TOTAL_LIMIT_S 3.0             /* seconds of Lua in all, over the whole call */
#define CS_TYPING_GRACE_MS 10000         /* a wait runs this long past the latest keystroke: the
                                          * pause of an input method's candidate choice, a thought */

typedef enum {
    REQ_NONE,    /* script not started or running */
    REQ_SAY,     /* caller speaking until req_until */
    REQ_SILENCE, /* caller silent until req_until */
    REQ_WAIT,    /* waiting for the trainee until req_until */
    REQ_POST,    /* script returned; trainee may finish until req_until */
    REQ_END,     /* script asked to end the call (hangup, or pausing after the trainee hung up) */
    REQ_GIVE_UP  /* caller out of patience: says give_up until req_until, then hangs up */
} cs_request;

/* A trainee action that arrived while the script was not waiting: delivered at the next wait. */
typedef struct {
    cs_input_kind kind;
    char *text;
    int choice;
    int64_t t_ms;
    size_t event_index;
} cs_queued;

struct cs_engine {
    cs_engine_config cfg;
    char *path;
    cs_sandbox *sb;
    lua_State *co;           /* the scenario's run() thread */
    int co_ref, run_ref, call_ref;

    cs_scenario_info info;
    char **owned;            /* strings behind info/rubric, freed together */
    size_t n_owned, cap_owned;
    cs_rubric_item *items;
    int max_rings, patience;
    int64_t max_hold_ms;
    char *give_up;
    int on_end_ref;          /* scenario's on_end(call, how), or LUA_NOREF */
    int giving_up;           /* patience ran out during a caller line: give up when it ends */
    int insult_turn;         /* the latest reply insulted the caller: the script's insult rule answers
                              * it, never the patience give-up (贵阳 §二(二) 2.1, §二(四) 4.2) */
    const char *end_how;     /* how the engine ended the call, for on_end (static string) */
    cs_end_kind end_kind;    /* how the call ended, as a value */

    cs_call_log log;
    cs_phase phase;
    int64_t now, offered_at;
    cs_request req;
    int64_t req_until;
    int wait_beat;           /* this wait is a beat for the trainee to go on: its running out is no missed reply */
    char *expect;
    char **options;
    size_t n_options;
    char *prompt;
    int64_t hold_started, wait_remaining;

    int rings, on_hold, hung_up, hangup_delivered;
    char *hint, *end_reason, *script_error;
    int64_t last_caller_end, last_trainee;
    size_t early_reply;      /* 1 + log index of the first reply read after a line begun after it (cs_engine_early_reply); 0 none */
    cs_queued *queue;
    size_t n_queue;
    cs_queued last_text;     /* the text reply a wait handed to the script last (call.unread puts it back) */
    int has_last_text;

    const char *src;         /* the scenario's source while it loads (for lines in messages) */
    size_t src_len;
    int runaway;             /* an event cap stopped the script (see cs_engine_runaway) */
    int closing;             /* cs_engine_free has begun: the API refuses every call */
    size_t script_events;    /* events the script logged, and their text bytes */
    size_t script_bytes;
    int64_t window_start;    /* the one-second window of the call the count below is for */
    int window_events;
    unsigned char *system_shown;  /* per system entry: call.reveal showed it */
    char **system_text;           /* per system entry: the text call.system set (owned), or NULL */
    int64_t typing_at;       /* the trainee's latest keystroke of a reply not yet sent; -1: none */
};

/* engine.c */
cs_event *cs_engine_log_event(cs_engine *e, const cs_event *ev);
/* Logs an event the script asked for (call.say, score.award, ...) on thread L, within the script's
 * caps (events per call and per second of the call, text bytes): raises a Lua error past them. */
void cs_engine_log_script_event(cs_engine *e, lua_State *L, const cs_event *ev);
char *cs_engine_strdup(const char *s);
/* Pushes the reply table for a trainee action onto the scenario thread. */
void cs_engine_push_reply(cs_engine *e, lua_State *L, cs_input_kind kind, const char *text,
                          int choice, int64_t t_ms, size_t event_index);
/* The same, as the reply a wait returns: it becomes the one call.unread() puts back (a text), or
 * none (any other kind). call.said() and call.filed() build tables with cs_engine_push_reply alone:
 * they hand no reply to a wait, so unread after them still puts back the wait's. */
void cs_engine_hand_reply(cs_engine *e, lua_State *L, cs_input_kind kind, const char *text,
                          int choice, int64_t t_ms, size_t event_index);
int64_t cs_speech_ms(const char *text, int rate);

/* Sets match fields (match, category, similarity, missing, taboo, insult) of the table at the
 * top of L for text against category (NULL: taboo scan and classification only). */
void cs_push_match_fields(lua_State *L, const cs_phrase_bank *bank, const char *category,
                          const char *text);

/* scenario_desk.c: reads ticket, system and targets of the scenario table at index t; frees them. */
int cs_desk_read(cs_engine *e, lua_State *L, int t, char *err, size_t errlen);
void cs_desk_free(cs_engine *e);
/* call.reveal(id): shows a system entry; -1 when no entry has that id. */
int cs_desk_reveal(cs_engine *e, const char *id);
/* The index of system entry id, or -1. */
int cs_desk_entry(const cs_engine *e, const char *id);
/* call.system(id, text): what entry i shows from now on (a copy replacing the last one, so a script
 * setting it in a loop holds one text per entry, not one per call); -1 on OOM. */
int cs_desk_set_text(cs_engine *e, size_t i, const char *text);
/* The facts of entry id (call.tells): checks the list at idx (words, or lists of alternative
 * words) and keeps a copy; -1 with why when it is not such a list. */
int cs_desk_set_facts(lua_State *L, int idx, const char *id, char *why, size_t whylen);
/* Pushes entry id's facts as a list of lists of words and returns 1, or pushes nothing: 0. */
int cs_desk_push_facts(lua_State *L, const char *id);

/* scenario_load.c: the source line where field `name =` is set (for messages about it). */
int cs_scenario_field_line(const cs_engine *e, const char *name);
/* scenario_load.c: a copy of s owned by the engine (freed with it), for info strings; NULL on OOM. */
const char *cs_engine_keep(cs_engine *e, const char *s);

/* scenario_speaker.c: adds call.speaker to the call table (after cs_scenario_api_open). */
void cs_speaker_api_open(cs_engine *e, lua_State *L);

/* scenario_api.c: registers call, score and phrase into the sandbox env. */
void cs_scenario_api_open(cs_engine *e, lua_State *L);
/* Reads the returned scenario table at the top of L into e->info; 0 or -1 with err. */
int cs_scenario_read_table(cs_engine *e, lua_State *L, char *err, size_t errlen);

#endif
