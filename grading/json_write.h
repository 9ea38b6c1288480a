/* A small JSON writer into a growable buffer: the output format of grade-phrase, run --json and the
 * grade stored with each attempt. Strings are escaped; invalid UTF-8 bytes are written as U+FFFD so
 * the output is always valid JSON. */
#ifndef CALLSIM_JSON_WRITE_H
#define CALLSIM_JSON_WRITE_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    char *buf;
    size_t len, cap;
    int oom;            /* set once an allocation failed; output is then incomplete */
    int need_comma[64]; /* per nesting depth */
    int depth;
} cs_json;

void cs_json_init(cs_json *j);
void cs_json_free(cs_json *j);
/* Takes the buffer (NUL-terminated) from j; caller frees. NULL if an allocation failed. */
char *cs_json_take(cs_json *j);

void cs_json_obj_begin(cs_json *j);
void cs_json_obj_end(cs_json *j);
void cs_json_arr_begin(cs_json *j);
void cs_json_arr_end(cs_json *j);
void cs_json_key(cs_json *j, const char *key);
void cs_json_str(cs_json *j, const char *s);      /* NULL → null */
void cs_json_int(cs_json *j, int64_t v);
void cs_json_num(cs_json *j, double v);           /* non-finite → null */
void cs_json_bool(cs_json *j, int v);
void cs_json_null(cs_json *j);

/* Shorthands for "key": value inside an object. */
void cs_json_kstr(cs_json *j, const char *key, const char *s);
void cs_json_kint(cs_json *j, const char *key, int64_t v);
void cs_json_knum(cs_json *j, const char *key, double v);
void cs_json_kbool(cs_json *j, const char *key, int v);

#endif
