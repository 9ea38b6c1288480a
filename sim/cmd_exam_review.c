/* `callsim exam review`: the grader's verdicts the examiner panel must decide in a sitting (every
 * reply that fails a call, every unsure phrase verdict), listed with the reply in context, and one
 * examiner's decision on one of them (confirm or overrule), signed and stored. The majority rule
 * and how a decision counts in the score: sim/core/exam_review.h (国家职业技能标准 1.9.3). */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cmd_exam_int.h"
#include "exam_review.h"
#include "paths.h"
#include "voice_clip.h"
#include "voice_store.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

static const char *state_name(cs_review_state s)
{
    return s == CS_REVIEW_CONFIRMED ? "decided: CONFIRMED" : s == CS_REVIEW_OVERRULED ? "decided: OVERRULED" : "UNDECIDED";
}

static int print_vote(const cs_review_vote *v, void *ctx)
{
    (void)ctx;
    printf("      %s %-8s %s", v->at, v->decision, v->examiner);
    if (!isnan(v->points)) printf("  (call then %.1f)", v->points);
    if (v->reason) printf("  — %s", v->reason);
    printf("\n");
    return 0;
}

typedef struct {
    cs_store *st;
    int64_t xa;
    int64_t last_call;
    size_t n;
} list_ctx;

static int print_row(const cs_review_row *r, void *ctx)
{
    list_ctx *c = ctx;
    char err[512];
    if (r->attempt_id != c->last_call) {
        printf("\n第%d题  %s  (call attempt %" PRId64 ")\n", r->question, r->scenario_id, r->attempt_id);
        c->last_call = r->attempt_id;
    }
    c->n++;
    printf("  [%s]  %s  (%d confirm, %d overrule; takes %d of the panel of %d)\n", r->handle, state_name(r->state),
           r->confirms, r->overrules, r->need, r->panel);
    printf("    caller: %s\n", r->caller_line ? r->caller_line : "(no caller line before it)");
    printf("    reply:  %s\n", r->reply ? r->reply : "");
    if (r->fails_call)
        printf("    grader: FAILS THE CALL (confidence %.2f)", r->confidence);
    else
        printf("    grader: %s the phrase '%s' (confidence %.2f)", r->verdict ? "IS" : "is NOT", r->expect ? r->expect : "?",
               r->confidence);
    printf(": %s\n", r->reason ? r->reason : "(no reason given)");
    unsigned char *clip = NULL;
    size_t len = 0;
    if (cs_voice_get(c->st, r->attempt_id, r->seq, &clip, &len, err, sizeof err) == 0 && clip)
        printf("    spoken: %.1f s recorded (callsim exam listen --attempt %" PRId64 " --out DIR writes q%d-seq%" PRId64 ".opus)\n",
               cs_clip_seconds(clip, len), c->xa, r->question, r->seq);
    else
        printf("    spoken: not recorded\n");
    free(clip);
    printf("    decisions:\n");
    if (cs_exam_review_votes(c->st, c->xa, r->attempt_uid, r->item, print_vote, NULL, err, sizeof err))
        fprintf(stderr, "callsim exam review: %s\n", err);
    return 0;
}

static int list(cs_store *st, int64_t xa)
{
    char err[1024];
    list_ctx c = { st, xa, 0, 0 };
    int panel = 0, need = 0;
    if (cs_exam_review_panel(st, xa, &panel, &need, err, sizeof err)) { fprintf(stderr, "callsim exam review: %s\n", err); return 2; }
    printf("Exam attempt %" PRId64 ": the grader's verdicts for the panel (a verdict is decided by %d of %d examiners,"
           " 国家职业技能标准 1.9.3)\n", xa, need, panel);
    if (cs_exam_review_each(st, xa, print_row, &c, err, sizeof err)) { fprintf(stderr, "callsim exam review: %s\n", err); return 2; }
    size_t open = 0;
    if (cs_exam_review_undecided(st, xa, &open, NULL, 0, err, sizeof err)) { fprintf(stderr, "callsim exam review: %s\n", err); return 2; }
    if (!c.n) printf("  none: every verdict of the grader is certain and no reply fails a call\n");
    printf("\n%zu verdict(s), %zu undecided\n", c.n, open);
    return 0;
}

static int decide(const exam_args *a, cs_store *st)
{
    char err[1024], dir[4096];
    if (!a->item || !a->decision) {
        fprintf(stderr, "callsim exam review: a decision needs --item K/seq:N:KIND and confirm or overrule\n");
        return 2;
    }
    cs_signer *by = NULL;
    int rc = exam_unlock(st, a->examiner, a->pin, "a review decision", &by);
    if (rc) return rc;
    cs_phrase_bank *bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    double score = 0;
    int overrule = !strcmp(a->decision, "overrule");
    if (!bank) { fprintf(stderr, "callsim exam review: %s\n", err); rc = 2; }
    else if (cs_exam_review_decide(st, by, bank, a->attempt, a->item, overrule, a->reason, &score, err, sizeof err)) {
        fprintf(stderr, "callsim exam review: %s\n", err);
        rc = 1;
    }
    int version = 0;
    if (rc == 0) {
        printf("%s: %s %s (the call, graded with the panel's decisions as they stand: %.1f / 100)\n", by->name, a->decision,
               a->item, score);
        char why[300];
        snprintf(why, sizeof why, "panel review: %s %s by %s", a->item, a->decision, by->name);
        if (cs_exam_review_sync_result(st, a->attempt, by->name, a->reason && *a->reason ? a->reason : why, &version, err,
                                       sizeof err)) {
            fprintf(stderr, "callsim exam review: %s\n", err);
            rc = 2;
        }
    }
    if (rc == 0) {
        cs_paper p;
        if (cs_exam_attempt_paper(st, a->attempt, &p, err, sizeof err) == 0) {
            rc = exam_report_result(st, &p, a->attempt, a->json, by->name);
            cs_paper_free(&p);
        } else {
            fprintf(stderr, "callsim exam review: %s\n", err);
            rc = 2;
        }
    }
    cs_bank_free(bank);
    cs_signer_free(by);
    return rc;
}

int exam_review(const exam_args *a)
{
    if (!a->db || !a->attempt) { fprintf(stderr, "callsim exam review: needs --db PATH and --attempt N\n"); return 2; }
    cs_store *st = exam_open_db(a->db);
    if (!st) return 2;
    int rc = a->item || a->decision || a->examiner ? decide(a, st) : list(st, a->attempt);
    cs_store_close(st);
    return rc;
}

/* ---- exam listen ----------------------------------------------------------------------------------- */

typedef struct {
    const cs_paper *paper;
    const char *out;
    size_t n, failed;
} listen_ctx;

static int question_of(const cs_paper *p, int part)
{
    int k = 0;
    for (size_t i = 0; i < cs_paper_n_parts(p) && (int)i <= part; i++) k += cs_paper_part_at(p, i, NULL)->kind == CS_PART_SCENARIO;
    return k;
}

static int listen_row(const cs_voice_sitting_row *r, void *ctx)
{
    listen_ctx *c = ctx;
    char path[4400] = "";
    int q = question_of(c->paper, r->part);
    double secs = 0, sum = 0;
    int16_t *pcm = NULL;
    size_t n = 0;
    char err[256];
    c->n++;
    if (cs_clip_decode(r->clip, r->len, &pcm, &n, err, sizeof err) == 0) secs = (double)n / CS_CLIP_RATE;
    for (size_t i = 0; i < n; i++) sum += (double)pcm[i] * pcm[i];
    free(pcm);
    /* the level, so a silent recording (a muted microphone) is seen without listening */
    double db = n && sum > 0 ? 10 * log10(sum / (double)n / (32768.0 * 32768.0)) : -120;
    printf("第%d题 (call attempt %" PRId64 ") seq %" PRId64 "  %.1f s  %.0f dBFS%s  「%s」", q, r->attempt_id, r->seq, secs, db,
           db < -50 ? " (silent)" : "", r->text ? r->text : "");
    if (secs <= 0) { printf("  (cannot be decoded: %s)", err); c->failed++; }
    if (c->out) {
        snprintf(path, sizeof path, "%s/q%d-a%" PRId64 "-seq%" PRId64 ".opus", c->out, q, r->attempt_id, r->seq);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(r->clip, 1, r->len, f) != r->len) { fprintf(stderr, "callsim exam listen: %s: %s\n", path, strerror(errno)); c->failed++; }
        else printf("  -> %s", path);
        if (f) fclose(f);
    }
    printf("\n");
    return 0;
}

int exam_listen(const exam_args *a)
{
    char err[1024];
    if (!a->db || !a->attempt) { fprintf(stderr, "callsim exam listen: needs --db PATH and --attempt N\n"); return 2; }
    if (a->out && mkdir(a->out, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "callsim exam listen: %s: %s\n", a->out, strerror(errno));
        return 2;
    }
    cs_store *st = exam_open_db(a->db);
    if (!st) return 2;
    cs_paper p;
    int rc = 0;
    if (cs_exam_attempt_paper(st, a->attempt, &p, err, sizeof err)) { fprintf(stderr, "callsim exam listen: %s\n", err); cs_store_close(st); return 2; }
    listen_ctx c = { &p, a->out, 0, 0 };
    if (cs_voice_sitting_each(st, a->attempt, listen_row, &c, err, sizeof err)) { fprintf(stderr, "callsim exam listen: %s\n", err); rc = 2; }
    if (rc == 0) printf("%zu recording(s)%s\n", c.n, c.n ? "" : ": the candidate's replies were typed only");
    if (rc == 0 && c.failed) rc = 2;
    cs_paper_free(&p);
    cs_store_close(st);
    return rc;
}
