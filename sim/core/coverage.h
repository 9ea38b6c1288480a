/* Which lines of a scenario ran, gathered over many calls (`callsim explore` lists the lines no
 * branch reached). A line hook in the sandbox marks each line run, and on the first visit of a
 * function its active lines (lua_getinfo "L") mark the lines that could have run. */
#ifndef CALLSIM_COVERAGE_H
#define CALLSIM_COVERAGE_H

#include "engine.h"

typedef struct {
    char *path;                /* the scenario file, as loaded */
    const void *source;        /* the interned chunk name once seen: a pointer test per line */
    unsigned char *state;      /* per line: 0 no code seen, 1 could run, 2 ran */
    int max_line;
} cs_coverage;

int cs_coverage_init(cs_coverage *c, const char *path, int max_line);
void cs_coverage_free(cs_coverage *c);
/* Starts marking the lines e's scenario runs (call right after cs_engine_new). */
void cs_coverage_attach(cs_coverage *c, cs_engine *e);

#endif
