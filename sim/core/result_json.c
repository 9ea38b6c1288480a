/* JSON form of a graded call (see result_json.h). */
#include "result_json.h"

#include <string.h>

#include "json_write.h"

static void write_items(cs_json *j, const cs_grade *g, const cs_rubric *rubric)
{
    cs_json_key(j, "items");
    cs_json_arr_begin(j);
    for (size_t i = 0; i < g->n_items; i++) {
        const cs_item_result *r = &g->items[i];
        cs_json_obj_begin(j);
        cs_json_kstr(j, "id", r->id);
        cs_json_kstr(j, "label", r->label);
        cs_json_knum(j, "points", r->points);
        cs_json_knum(j, "max", r->max);
        cs_json_kstr(j, "reason", r->reason);
        cs_json_kstr(j, "clause", r->clause);
        /* the item decides pass/fail on its own (an escalation the scenario fails the call for) */
        cs_json_kbool(j, "fatal", i < rubric->n && rubric->items[i].fatal);
        cs_json_obj_end(j);
    }
    cs_json_arr_end(j);
}

static void write_turn(cs_json *j, const cs_event *ev, const cs_turn_grade *t)
{
    cs_json_obj_begin(j);
    cs_json_kstr(j, "who", cs_event_who(ev->kind));
    cs_json_kstr(j, "kind", cs_event_kind_name(ev->kind));
    cs_json_kstr(j, "text", ev->text);
    if (ev->arg) cs_json_kstr(j, "arg", ev->arg);
    if (ev->kind == CS_EV_MARK) cs_json_knum(j, "points", ev->points);
    if (ev->kind == CS_EV_RING || ev->kind == CS_EV_ANSWER || ev->kind == CS_EV_CHOICE) cs_json_kint(j, "n", ev->n);
    if (ev->expect) cs_json_kstr(j, "expect", ev->expect);
    if (ev->style) cs_json_kstr(j, "style", ev->style);
    if (ev->clause) cs_json_kstr(j, "clause", ev->clause);
    cs_json_kint(j, "t_start_ms", ev->t_start_ms);
    cs_json_kint(j, "t_end_ms", ev->t_end_ms);
    cs_json_key(j, "latency_ms");
    if (t && t->latency_ms >= 0) cs_json_int(j, t->latency_ms); else cs_json_null(j);
    cs_json_key(j, "cpm");
    if (t && t->cpm >= 0) cs_json_num(j, t->cpm); else cs_json_null(j);
    if (ev->kind == CS_EV_TRAINEE_SAY && t) {
        cs_json_kstr(j, "category", t->category);
        cs_json_key(j, "matched");
        if (t->matched) {
            cs_json_obj_begin(j);
            cs_json_kstr(j, "phrase", t->matched);
            cs_json_knum(j, "similarity", t->similarity);
            cs_json_obj_end(j);
        } else {
            cs_json_null(j);
        }
        cs_json_knum(j, "similarity", t->similarity);
        cs_json_key(j, "taboo");
        cs_json_arr_begin(j);
        for (size_t k = 0; k < t->n_taboo; k++) cs_json_str(j, t->taboo[k]);
        cs_json_arr_end(j);
        if (ev->expect) cs_json_kbool(j, "verdict", t->verdict);
        cs_json_knum(j, "confidence", t->confidence);
        /* verdicts the examiner panel must confirm: uncertain ones, and any that fails the call */
        cs_json_key(j, "review");
        cs_json_arr_begin(j);
        if (t->review & CS_REVIEW_PHRASE) cs_json_str(j, "phrase");
        if (t->review & CS_REVIEW_FAILS) cs_json_str(j, "fails_call");
        cs_json_arr_end(j);
    }
    cs_json_kstr(j, "deductions", t ? t->deductions : NULL);
    cs_json_obj_end(j);
}

char *cs_result_json(const cs_engine *e, const cs_grade *g, uint64_t seed)
{
    const cs_scenario_info *in = cs_engine_info(e);
    const cs_call_log *log = cs_engine_log(e);
    cs_json j;
    cs_json_init(&j);
    cs_json_obj_begin(&j);
    cs_json_kstr(&j, "scenario", in->id);
    cs_json_kstr(&j, "title", in->title);
    cs_json_kint(&j, "level", in->level);
    cs_json_kstr(&j, "area", in->area);
    cs_json_kint(&j, "seed", (int64_t)seed);
    cs_json_knum(&j, "score", g->score);
    cs_json_kbool(&j, "passed", g->passed);
    cs_json_kbool(&j, "auto_failed", g->auto_failed);
    cs_json_kstr(&j, "fail_reason", g->fail_reason);
    cs_json_kstr(&j, "end_reason", cs_engine_end_reason(e));
    cs_json_kstr(&j, "script_error", cs_engine_script_error(e));
    cs_json_kint(&j, "duration_ms", cs_engine_now(e));
    cs_json_key(&j, "typing");
    if (g->typing_cpm >= 0) {
        cs_json_obj_begin(&j);
        cs_json_knum(&j, "cpm", g->typing_cpm);
        cs_json_knum(&j, "accuracy", g->typing_accuracy);
        cs_json_obj_end(&j);
    } else {
        cs_json_null(&j);
    }
    write_items(&j, g, &in->rubric);
    /* the desk's system pane as the call left it (issue 14): what each entry showed for this caller
     * (call.system) and whether the trainee had it in view by the end */
    cs_json_key(&j, "system");
    cs_json_arr_begin(&j);
    for (size_t i = 0; i < in->n_system; i++) {
        cs_json_obj_begin(&j);
        cs_json_kstr(&j, "id", in->system[i].id);
        cs_json_kstr(&j, "title", in->system[i].title);
        cs_json_kstr(&j, "text", in->system[i].text);
        cs_json_kbool(&j, "shown", cs_engine_system_shown(e, i));
        cs_json_obj_end(&j);
    }
    cs_json_arr_end(&j);
    cs_json_key(&j, "turns");
    cs_json_arr_begin(&j);
    for (size_t i = 0; i < log->n; i++)
        write_turn(&j, &log->ev[i], i < g->n_turns ? &g->turns[i] : NULL);
    cs_json_arr_end(&j);
    cs_json_obj_end(&j);
    return cs_json_take(&j);
}
