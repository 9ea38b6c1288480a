/* `callsim new NAME [--dir DIR]`: writes a commented, working starting scenario
 * (DIR/scenarios/NAME.lua) and its tests (DIR/tests/transcripts/NAME.model.replies/.expect, a
 * passing trainee, and NAME.silent.replies/.expect, a failing one), so that a trainer starts from
 * something that lints clean and passes, and changes it step by step. Never overwrites a file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "commands.h"

static const char usage[] =
    "usage: callsim new NAME [--dir DIR]\n"
    "  Writes a starting scenario DIR/scenarios/NAME.lua (commented, lints clean) and its tests:\n"
    "  DIR/tests/transcripts/NAME.model.replies + .expect (a model trainee who passes) and\n"
    "  NAME.silent.replies + .expect (a trainee who answers and says nothing: fails).\n"
    "  NAME: lower-case letters, digits and _. DIR defaults to the current directory.\n"
    "  Never overwrites: exit 2 when any of the files exists.\n"
    "  Next: callsim lint, callsim run --replies, callsim explore (see docs/scenarios.md).\n";

/* The scenario; every @ID@ becomes NAME. Kept in step with docs/scenarios.md (tutorial). */
static const char scenario_tpl[] =
    "-- @ID@: a new scenario (written by `callsim new`). Edit it, then:\n"
    "--   build/callsim lint scenarios/@ID@.lua\n"
    "--   build/callsim run scenarios/@ID@.lua --replies tests/transcripts/@ID@.model.replies\n"
    "--   build/callsim explore scenarios/@ID@.lua\n"
    "-- The API is in docs/scenarios.md. The call below: the caller asks when her broadband contract\n"
    "-- ends; the trainee opens with the 开篇语, answers, and closes with the 结束语.\n"
    "\n"
    "local G = \"贵阳 T-GSOCCIA 001—2020 \"\n"
    "\n"

    "return {\n"
    "  id = \"@ID@\",                         -- must be unique: [a-z0-9_]+, usually the file name\n"
    "  title = \"新场景：宽带到期咨询\",         -- shown in the picker\n"
    "  description = \"客户咨询宽带什么时候到期。要求：开篇语；告知到期日；结束语。\",\n"
    "  level = 5,                           -- 5 五级/初级, 4 四级/中级, 3 三级/高级\n"
    "  area = \"service\",                    -- service, business, record, data or operations\n"
    "  situation = \"一般业务咨询\",              -- the picker groups scenarios by this\n"
    "  caller = {\n"
    "    name = \"宽带用户（女）\", phone = \"13800000000\",\n"
    "    voice = \"cmn-latn-pinyin\",         -- cmn-latn-pinyin (Mandarin), yue (Cantonese), en-us\n"
    "    rate = 170, pitch = 60, volume = 80, -- words/min 80..450; 0..100; 0..100 (a faint line: 25)\n"
    "    patience = 80,                     -- 0..100: slow replies and taboo words wear it down\n"
    "    max_rings = 8,                     -- the caller gives up after this many rings\n"
    "  },\n"
    "  closing = \"closing\",                 -- phrase category the last reply must match\n"
    "  -- The rubric: maxima add up to 100; every item names the clause it comes from (rules bring one).\n"
    "  rubric = {\n"
    "    { id = \"answer\",   max = 10, rule = \"answer\" },   -- picked up within 3 rings\n"
    "    { id = \"opening\",  max = 20, rule = \"opening\" },  -- first words are the 开篇语\n"
    "    { id = \"info\",     max = 30, label = \"告知到期日\",   -- no rule: the script awards it\n"
    "      clause = \"国家职业技能标准 4-04-05-03 (2021) 3.1 2.1.1 受理客户咨询\" },\n"
    "    { id = \"courtesy\", max = 10, rule = \"courtesy\" }, -- no 禁忌语\n"
    "    { id = \"latency\",  max = 10, rule = \"latency\" },  -- every reply within 10 s\n"
    "    { id = \"closing\",  max = 20, rule = \"closing\", clause = G .. \"§二(一) 1.4\" },\n"
    "  },\n"
    "\n"
    "  run = function(call)\n"
    "    local answered = call.ring()               -- waits until the trainee answers (/answer)\n"
    "    if not answered then return end\n"
    "    local date = call.pick { \"12月31日\", \"明年3月1日\", \"明年6月30日\" } -- seeded: replays identically\n"
    "\n"
    "    call.hint(\"先说开篇语：\" .. phrase.standard(\"opening\"))\n"
    "    local r = call.wait { expect = \"opening\", timeout = 8 }\n"
    "    if r.kind == \"hangup\" then return end      -- the trainee hung up: stop\n"
    "\n"
    "    call.say(\"你好，我想问一下我家宽带什么时候到期？\")\n"
    "    call.hint(\"查询结果：到期日 \" .. date)\n"
    "    for attempt = 1, 2 do\n"
    "      r = call.reply { timeout = 15 }\n"
    "      if r.kind == \"hangup\" then return end\n"
    "      if call.mentions(r, { date, \"到期\" }) then  -- the grader reads the reply\n"
    "        score.award(\"info\", attempt == 1 and 30 or 15, \"告知了到期日\")\n"
    "        break\n"
    "      end\n"
    "      if attempt == 2 then\n"
    "        score.deduct(\"info\", 0, \"没有告知到期日\")\n"
    "      else\n"
    "        call.say(\"喂？到底什么时候到期？\")\n"
    "      end\n"
    "    end\n"
    "\n"
    "    call.say(\"好的，谢谢。\")\n"
    "    call.hint(\"结束语：\" .. phrase.standard(\"closing\"))\n"
    "    r = call.reply { expect = \"closing\", timeout = 12 }\n"
    "    if r.kind == \"text\" and r.match then call.say(\"再见。\") end\n"
    "    call.hangup(\"客户挂机\")\n"
    "  end,\n"
    "}\n";

static const char model_replies[] =
    "@2 /answer\n"
    "@3 女士您好，我是8号客服专员，请问有什么可以帮您？\n"
    "@5 女士，经查询，您家宽带的到期日是12月31日，到期前会有短信提醒您续费。\n"
    "@4 不客气，感谢您的来电，祝您生活愉快，再见！\n";
static const char model_expect[] = "passed true\nscore >= 85\n";
static const char silent_replies[] = "@2 /answer\n";
static const char silent_expect[] = "passed false\nscore < 60\n";

static int name_ok(const char *s)
{
    if (!*s || strlen(s) > 64) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_')) return 0;
    return 1;
}

/* mkdir -p for a relative or absolute path; 0 on success. */
static int make_dirs(const char *path)
{
    char buf[4096];
    if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) return -1;
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        if (mkdir(buf, 0777) && errno != EEXIST) return -1;
        *p = '/';
    }
    return mkdir(buf, 0777) && errno != EEXIST ? -1 : 0;
}

/* The template with every @ID@ replaced by name (caller frees). */
static char *instantiate(const char *tpl, const char *name)
{
    size_t n = 0, nl = strlen(name);
    for (const char *p = tpl; (p = strstr(p, "@ID@")); p += 4) n++;
    char *out = malloc(strlen(tpl) + n * nl + 1);
    if (!out) return NULL;
    char *o = out;
    for (const char *p = tpl;;) {
        const char *q = strstr(p, "@ID@");
        size_t k = q ? (size_t)(q - p) : strlen(p);
        memcpy(o, p, k);
        o += k;
        if (!q) break;
        memcpy(o, name, nl);
        o += nl;
        p = q + 4;
    }
    *o = '\0';
    return out;
}

typedef struct { char path[4096]; const char *text; } out_file;

/* buf = a/b + suffix; the caller bounds the lengths (dir ≤ 3000, NAME ≤ 64). */
static void join(char *buf, size_t len, const char *a, const char *b, const char *suffix)
{
    int n = snprintf(buf, len, "%s/%s%s", a, b, suffix);
    if (n < 0 || (size_t)n >= len) buf[0] = '\0';
}

static int write_file(const out_file *f)
{
    /* "wx": fails if the file exists, so a race cannot overwrite either */
    FILE *fp = fopen(f->path, "wx");
    if (!fp) {
        fprintf(stderr, "callsim new: cannot create %s: %s\n", f->path, strerror(errno));
        return -1;
    }
    int bad = fputs(f->text, fp) < 0;
    bad |= fclose(fp) != 0;
    if (bad) fprintf(stderr, "callsim new: cannot write %s\n", f->path);
    return bad ? -1 : 0;
}

/* NAME and --dir from the command line: -1 to go on, else the exit code (0 after --help, 2 after
 * saying what is wrong). */
static int parse_args(int argc, char **argv, const char **name, const char **dir)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) { fputs(usage, stdout); return 0; }
        if (strcmp(argv[i], "--dir") == 0) {
            if (i + 1 >= argc) { fprintf(stderr, "callsim new: --dir needs a directory\n"); return 2; }
            *dir = argv[++i];
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "callsim new: unknown option %s (see --help)\n", argv[i]);
            return 2;
        } else if (*name) {
            fprintf(stderr, "callsim new: one NAME at a time (got %s and %s)\n", *name, argv[i]);
            return 2;
        } else {
            *name = argv[i];
        }
    }
    if (!*name) { fputs(usage, stderr); return 2; }
    if (!name_ok(*name)) {
        fprintf(stderr, "callsim new: NAME '%s' must be lower-case letters, digits and _ (at most 64)\n", *name);
        return 2;
    }
    if (strlen(*dir) > 3000) { fprintf(stderr, "callsim new: --dir path is too long\n"); return 2; }
    return -1;
}

#define N_FILES 5

/* The five files for NAME: the scenario under sdir, its tests under tdir. */
static void name_files(out_file files[N_FILES], const char *sdir, const char *tdir, const char *name, const char *scenario)
{
    static const struct { int tests; const char *suffix, *text; } what[N_FILES] = {
        { 0, ".lua", NULL }, { 1, ".model.replies", model_replies }, { 1, ".model.expect", model_expect },
        { 1, ".silent.replies", silent_replies }, { 1, ".silent.expect", silent_expect },
    };
    for (int i = 0; i < N_FILES; i++) {
        files[i].text = what[i].text ? what[i].text : scenario;
        join(files[i].path, sizeof files[i].path, what[i].tests ? tdir : sdir, name, what[i].suffix);
    }
}

/* Writes the files, all or none: every one is checked first, so that a refusal leaves nothing half
 * written. 0, or 2 after saying what went wrong. */
static int write_files(const out_file files[N_FILES], const char *sdir, const char *tdir)
{
    struct stat st;
    for (int i = 0; i < N_FILES; i++)
        if (stat(files[i].path, &st) == 0) {
            fprintf(stderr, "callsim new: %s already exists; not overwriting (choose another NAME)\n", files[i].path);
            return 2;
        }
    if (make_dirs(sdir) || make_dirs(tdir)) {
        fprintf(stderr, "callsim new: cannot create %s or %s: %s\n", sdir, tdir, strerror(errno));
        return 2;
    }
    for (int i = 0; i < N_FILES; i++)
        if (write_file(&files[i])) return 2;
    for (int i = 0; i < N_FILES; i++) printf("wrote %s\n", files[i].path);
    printf("next: callsim lint %s && callsim run %s --replies %s\n", files[0].path, files[0].path, files[1].path);
    return 0;
}

int cmd_new(int argc, char **argv)
{
    const char *name = NULL, *dir = ".";
    int rc = parse_args(argc, argv, &name, &dir);
    if (rc >= 0) return rc;
    char sdir[4096], tdir[4096];
    join(sdir, sizeof sdir, dir, "scenarios", "");
    join(tdir, sizeof tdir, dir, "tests/transcripts", "");
    char *scenario = instantiate(scenario_tpl, name);
    if (!scenario) { fprintf(stderr, "callsim new: out of memory\n"); return 2; }
    out_file files[N_FILES];
    name_files(files, sdir, tdir, name, scenario);
    rc = write_files(files, sdir, tdir);
    free(scenario);
    return rc;
}
