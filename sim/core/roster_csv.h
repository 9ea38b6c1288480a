/* The candidate roster an examiner imports (考生号, 姓名, 证件号) from a CSV file as Excel writes it:
 * UTF-8 with or without BOM, CRLF or LF, quoted fields with "" escapes, an optional header row
 * naming the columns in Chinese or English. Every problem is one message naming FILE:LINE. */
#ifndef CALLSIM_ROSTER_CSV_H
#define CALLSIM_ROSTER_CSV_H

#include <stddef.h>

typedef struct {
    char *cand_no, *name, *id_number; /* owned; id_number may be "" */
    int line;
} cs_roster_row;

typedef struct cs_roster {
    cs_roster_row *v;
    size_t n;
} cs_roster;

int cs_roster_parse(const char *name, const char *buf, size_t len, cs_roster *out, char *err, size_t errlen);
void cs_roster_free(cs_roster *r);
/* 18-character resident ID (GB 11643-1999): 17 digits and the ISO 7064 MOD 11-2 check character. */
int cs_id_number_valid(const char *s);

#endif
