/* libFuzzer target: generates Lua scenario source from a small grammar of the scenario API and of
 * the constructs hostile scenarios use (metatables whose __index/__len raise, loop or answer
 * differently, finalizers, pauses of no time, NaN and huge numbers, control characters, megabyte
 * strings, library calls over huge ranges), then loads it and plays it as `explore` would, along
 * several trainee paths (silent, the model answer, choices and hold, hang-up mid-line). The input
 * bytes are the grammar's choices, so every input is a syntactically plausible scenario and the
 * fuzzer spends its time in the engine and the sandbox, not in the Lua parser.
 * A crash, a sanitizer report, a leak, a grade outside 0..100 or a process the watchdog had to end
 * is a bug; script errors are expected. What it finds is kept in tests/fuzz/regress/ and replayed
 * by `make test` (tests/fuzz/run.sh). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "engine.h"
#include "headless.h"
#include "paths.h"
#include "phrase_bank.h"
#include "replies.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    const uint8_t *p;
    size_t n;
    char *out;
    size_t len, cap;
    int depth;
} gen;

static unsigned pick(gen *g, unsigned k)
{
    if (g->n == 0) return 0;
    g->n--;
    return *g->p++ % k;
}

static void put(gen *g, const char *s)
{
    size_t l = strlen(s);
    if (g->len + l + 1 > g->cap) return; /* the source is capped: extra text is dropped */
    memcpy(g->out + g->len, s, l + 1);
    g->len += l;
}

static const char *const strs[] = {
    "'您好'", "''", "'\\27[2J\\ncallsim run: passed'", "string.rep('长', 3000)", "tostring(0/0)",
    "('x'):rep(1 << 20)", "'opening'", "'\\0'", "'\\xff\\xfe'", "'感谢您的来电，再见'",
    "'您好，我是客服小王，请问有什么可以帮您？'", "('a'):rep(70)", "'en-us'",
};
static const char *const nums[] = {
    "0", "1e-9", "0/0", "1/0", "-1", "0.05", "5", "600", "601", "math.huge", "2^53", "0.5", "100",
    "-0.0", "30",
};
static const char *const ints[] = {
    "0", "1", "-1", "2", "10", "1 << 31", "1 << 53", "math.maxinteger", "math.mininteger", "40", "9",
};

static void gen_stmt(gen *g);

static void gen_str(gen *g) { put(g, strs[pick(g, sizeof strs / sizeof *strs)]); }
static void gen_num(gen *g) { put(g, nums[pick(g, sizeof nums / sizeof *nums)]); }
static void gen_int(gen *g) { put(g, ints[pick(g, sizeof ints / sizeof *ints)]); }

static void gen_value(gen *g)
{
    switch (pick(g, 6)) {
    case 0: gen_str(g); break;
    case 1: gen_num(g); break;
    case 2: put(g, "nil"); break;
    case 3: put(g, "{}"); break;
    case 4: put(g, "setmetatable({}, { __tostring = function() while true do end end })"); break;
    default: put(g, "function() end"); break;
    }
}

/* A table, perhaps with metamethods that raise, loop, answer huge or answer differently. */
static void gen_table(gen *g)
{
    switch (pick(g, 7)) {
    case 0: put(g, "{}"); break;
    case 1: put(g, "{ 'a', 'b', 'c' }"); break;
    case 2: put(g, "setmetatable({}, { __len = function() return "); gen_int(g); put(g, " end })"); break;
    case 3: put(g, "setmetatable({}, { __index = function(t, k) error('x') end })"); break;
    case 4: put(g, "setmetatable({}, { __index = function(t, k) while true do end end })"); break;
    case 5: put(g, "flip()"); break;
    default: put(g, "setmetatable({}, { __index = rawlen, __len = function() return 1 << 40 end })"); break;
    }
}

static void gen_block(gen *g, int n)
{
    for (int i = 0; i < n; i++) { gen_stmt(g); put(g, "\n"); }
}

static void gen_stmt(gen *g)
{
    if (g->depth > 4) { put(g, "call.say('嗯')"); return; }
    g->depth++;
    switch (pick(g, 36)) {
    case 0: put(g, "call.say("); gen_str(g); put(g, ")"); break;
    case 1: put(g, "call.silence("); gen_num(g); put(g, ")"); break;
    case 2: put(g, "call.wait{ timeout = "); gen_num(g); put(g, " }"); break;
    case 3: put(g, "call.wait{ "); gen_str(g); put(g, ", "); gen_str(g); put(g, ", prompt = "); gen_str(g); put(g, " }"); break;
    case 4: put(g, "local r = call.wait{ expect = 'opening', timeout = "); gen_num(g); put(g, " } if r.kind == 'hangup' then return end"); break;
    case 5: put(g, "call.dictate("); gen_str(g); put(g, ", "); gen_str(g); put(g, ")"); break;
    case 6: put(g, "score.award('manner', "); gen_num(g); put(g, ", "); gen_str(g); put(g, ")"); break;
    case 7: put(g, "score.deduct('manner', "); gen_num(g); put(g, ", "); gen_str(g); put(g, ", "); gen_str(g); put(g, ")"); break;
    case 8: put(g, "score.note('manner', "); gen_str(g); put(g, ")"); break;
    case 9: put(g, "score.fail("); gen_str(g); put(g, ", "); gen_str(g); put(g, ")"); break;
    case 10: put(g, "call.mood("); gen_int(g); put(g, ")"); break;
    case 11: put(g, "call.hint("); gen_str(g); put(g, ")"); break;
    case 12: put(g, "local m = phrase.match('opening', "); gen_str(g); put(g, ")"); break;
    case 13: put(g, "print("); gen_value(g); put(g, ")"); break;
    case 14: put(g, "local t = "); gen_table(g); put(g, " local v = t[1] local n = #t"); break;
    case 15: put(g, "call.say('喂', setmetatable({}, { __index = function(t, k) return "); gen_value(g); put(g, " end }))"); break;
    case 16: put(g, "for i = 1, "); gen_int(g); put(g, " do\n"); gen_block(g, 2); put(g, "end"); break;
    case 17: put(g, "while call.time() < "); gen_num(g); put(g, " do\n"); gen_block(g, 2); put(g, "end"); break;
    case 18: put(g, "pcall(function()\n"); gen_block(g, 2); put(g, "end)"); break;
    case 19: put(g, "local s = string.rep("); gen_str(g); put(g, ", "); gen_int(g); put(g, ")"); break;
    case 20: put(g, "local x = ("); gen_str(g); put(g, "):find("); gen_str(g); put(g, ", "); gen_int(g); put(g, ", true)"); break;
    case 21: put(g, "table.insert("); gen_table(g); put(g, ", "); gen_value(g); put(g, ")"); break;
    case 22: put(g, "table.move("); gen_table(g); put(g, ", "); gen_int(g); put(g, ", "); gen_int(g); put(g, ", "); gen_int(g); put(g, ")"); break;
    case 23: put(g, "local c = table.concat("); gen_table(g); put(g, ", '', "); gen_int(g); put(g, ", "); gen_int(g); put(g, ")"); break;
    case 24: put(g, "table.sort("); gen_table(g); put(g, ")"); break;
    case 25: put(g, "table.remove("); gen_table(g); put(g, ")"); break;
    case 26: put(g, "call.hangup("); gen_str(g); put(g, ")"); break;
    case 27: put(g, "error("); gen_value(g); put(g, ")"); break;
    case 28: put(g, "setmetatable({}, { __gc = function() score.award('manner', 1, 'gc') end })"); break;
    case 29: put(g, "local keep = setmetatable({}, { __close = function() "); gen_stmt(g); put(g, " end })"); break;
    case 30: put(g, "call.wait(flip())"); break;
    case 31: put(g, "if call.is_over() then return end"); break;
    case 32: put(g, "local z = ("); gen_str(g); put(g, "):gsub("); gen_str(g); put(g, ", "); gen_str(g); put(g, ")"); break;
    case 33: put(g, "local u = utf8.len("); gen_str(g); put(g, ")"); break;
    case 34: put(g, "local tu = { table.unpack("); gen_table(g); put(g, ", 1, "); gen_int(g); put(g, ") }"); break;
    default: put(g, "call.say('您好', { rate = "); gen_num(g); put(g, ", pitch = "); gen_num(g); put(g, ", voice = "); gen_str(g); put(g, " })"); break;
    }
    g->depth--;
}

/* The scenario: fields with generated numbers, perhaps a metatable on the table, a run and an
 * on_end of generated statements. */
static void gen_scenario(gen *g)
{
    put(g, "local n = 0\n"
           "local function flip() return setmetatable({}, { __len = function() return 2 end,\n"
           "  __index = function(t, k) n = n + 1 if n % 2 == 1 then return 'choice' .. tostring(k) end end }) end\n");
    gen_block(g, (int)pick(g, 2));
    put(g, "local s = {\n  id = 'gen', title = 'generated', level = ");
    put(g, (const char *const[]){ "5", "4", "3", "0/0", "7" }[pick(g, 5)]);
    put(g, ", area = 'service', latency_limit = "); gen_num(g);
    put(g, ",\n  caller = { name = 'x', patience = "); gen_num(g);
    put(g, ", max_rings = "); gen_num(g); put(g, ", max_hold = "); gen_num(g); put(g, ", give_up = "); gen_str(g);
    put(g, " },\n  rubric = { { id = 'opening', max = "); gen_num(g);
    put(g, ", rule = 'opening' }, { id = 'manner', max = 50, clause = 'GB/T 32315 5.3' } },\n");
    put(g, "  run = function(call)\n");
    gen_block(g, 1 + (int)pick(g, 6));
    put(g, "  end,\n  on_end = function(call, how)\n");
    gen_block(g, (int)pick(g, 2));
    put(g, "  end,\n}\n");
    switch (pick(g, 4)) {
    case 0: put(g, "return setmetatable({}, { __index = s })\n"); break;
    case 1: put(g, "return setmetatable({}, { __index = function(t, k) return s[k] end })\n"); break;
    default: put(g, "return s\n"); break;
    }
}

static cs_phrase_bank *bank;
static cs_replies paths[4];
static char path[64];

static void setup(void)
{
    char dir[4096], err[512];
    cs_paths_init(NULL);
    setenv("CALLSIM_WATCHDOG_ABORT", "1", 1); /* a watchdog stop is a finding: keep its input */
    bank = cs_bank_load(cs_data_path("assets", dir, sizeof dir), err, sizeof err);
    static const char *const scripts[4] = {
        "@1 /answer\n",
        "@1 /answer\n您好，我是客服小王，请问有什么可以帮您？\n好的，我来记录\n感谢您的来电，再见\n/hangup\n",
        "@1 /answer\n#1\n/hold\n@5 /unhold\n#2\n/ticket name=王芳 phone=138\n/escalate 组长\n",
        "@0 /answer\n@0 /hangup\n",
    };
    if (!bank) abort();
    for (int i = 0; i < 4; i++)
        if (cs_replies_parse("fuzz", scripts[i], strlen(scripts[i]), &paths[i], err, sizeof err)) abort();
    snprintf(path, sizeof path, "/tmp/callsim-fuzzgen-%d.lua", (int)getpid());
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!bank) setup();
    char *src = malloc(1 << 16);
    if (!src) return 0;
    gen g = { data, size, src, 0, 1 << 16, 0 };
    src[0] = '\0';
    gen_scenario(&g);
    FILE *f = fopen(path, "wb");
    if (!f) { free(src); return 0; }
    fwrite(src, 1, g.len, f);
    fclose(f);
    free(src);
    for (int i = 0; i < 4; i++) {
        char err[1024];
        cs_engine_config cfg = { .scenario_path = path, .seed = size + (size_t)i, .mode = CS_MODE_HEADLESS,
                                 .bank = bank, .mem_limit = 8u << 20, .cpu_limit_s = 0.05 };
        cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
        if (!e) return 0; /* does not load: the same for every path */
        cs_headless_result res;
        cs_headless_play(e, &paths[i], &res);
        cs_grade g2;
        if (cs_engine_grade(e, &g2) == 0) {
            if (!(g2.score >= 0 && g2.score <= 100)) abort();
            cs_grade_free(&g2);
        }
        int stop = cs_engine_runaway(e);
        cs_engine_free(e);
        if (stop) break; /* as explore: a run at a budget would spend it again on every path */
    }
    return 0;
}
