/* Exam papers (试卷): a fixed, versioned set of scenarios grouped by the areas of the 国家职业技能标准
 * (2021) 4.2 技能要求权重表, with the level, the time limit and the seed every candidate meets.
 * The format (docs/papers.md) is plain text, one statement a line, so an examiner can read and
 * diff a paper and its SHA-256 pins exactly what was sat; it runs no code. No SDL, no SQLite. */
#ifndef CALLSIM_PAPER_H
#define CALLSIM_PAPER_H

#include <stddef.h>
#include <stdint.h>
#include "digest.h"

#define CS_PAPER_MIN_MINUTES 30 /* 国家职业技能标准 1.9.4: 技能考核时间不少于 30min */
#define CS_AREA_COUNT 5

/* The five areas of 4.2, in the table's order. */
typedef enum { CS_AREA_SERVICE, CS_AREA_BUSINESS, CS_AREA_RECORD, CS_AREA_DATA, CS_AREA_OPERATIONS } cs_area;

typedef enum {
    CS_PART_SCENARIO, /* a scenario the program plays and grades */
    CS_PART_EXAMINER  /* an item the examiner panel scores (普通话, 语音语调, 服务态度, ...) */
} cs_part_kind;

typedef struct {
    cs_part_kind kind;
    char *name;     /* scenario id, or the examiner item's name */
    double share;   /* percent of its area (the shares of an area add up to 100) */
    int line;
} cs_paper_part;

typedef struct {
    cs_area area;
    double weight;  /* percent of the exam: the 4.2 weight of the level */
    cs_paper_part *parts;
    size_t n_parts;
    int line;
} cs_paper_area;

typedef struct {
    char *id, *title;
    int version, level, minutes;
    uint64_t seed;
    int recording;                      /* CS_RECORDING_*: the spoken part (issue 15) */
    cs_paper_area areas[CS_AREA_COUNT]; /* in the paper's order */
    size_t n_areas;
    char sha256[CS_SHA256_HEX];         /* of the whole text: what was sat, exactly */
    char *text;                         /* the text itself, stored with every exam */
} cs_paper;

/* `recording off|optional|required`: whether the candidate's replies read aloud are recorded for
 * the panel (国家标准 3.1 1.1 语音类应答: 普通话, 语音语调, 服务态度 are judged by ear). optional (the
 * default) records when there is a microphone and goes on typed-only without; required refuses to
 * start a sitting without one. */
enum { CS_RECORDING_OPTIONAL = 0, CS_RECORDING_OFF = 1, CS_RECORDING_REQUIRED = 2 };

/* English key ("service") and Chinese name ("服务应答处理") of an area. */
const char *cs_area_key(cs_area a);
const char *cs_area_name(cs_area a);
int cs_area_from_key(const char *key, cs_area *out);
/* The 4.2 weight of an area at a level (5, 4, 3); 0 when the level has no such area. */
int cs_area_weight(int level, cs_area a);

/* Parses a paper; name is used in messages. -1 with "NAME:LINE: message" in err. */
int cs_paper_parse(const char *name, const char *text, size_t len, cs_paper *out, char *err, size_t errlen);
int cs_paper_load(const char *path, cs_paper *out, char *err, size_t errlen);
void cs_paper_free(cs_paper *p);

/* Parts numbered across areas in paper order (0 .. n-1). */
size_t cs_paper_n_parts(const cs_paper *p);
const cs_paper_part *cs_paper_part_at(const cs_paper *p, size_t i, const cs_paper_area **area);

/* Checks that every scenario the paper names can be found (paths.h: the trainer's folder, then
 * the install's scenarios/), so an exam never starts a sitting it cannot finish. 0, or -1 with
 * "PAPER:LINE: scenario 'ID' not found in DIRS (...)" in err for the first missing one. */
int cs_paper_check_scenarios(const cs_paper *p, const char *paper_name, char *err, size_t errlen);

#endif
