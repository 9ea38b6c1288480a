/* The scenario lists: practice and the trainer's workbench. Each scenario is loaded once through
 * the engine to read what it declares (a broken one is listed with its error rather than hidden,
 * so a trainer sees why); the workbench also shows each one's file, id and rubric. */
#include "screen_menu.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core_util.h"
#include "engine.h"
#include "ui_strings.h"

typedef struct {
    char *path, *id, *title, *situation, *description;
    char *detail;  /* workbench: file, id and rubric, one item a line; NULL in practice */
    int level, broken;
    double best;   /* -1: never completed */
} menu_item;

struct menu_screen {
    menu_item *items;
    size_t n, sel;
    int trainer;
};

/* One pass over the stored attempts for every item's best score (a pass per item read the table
 * once for each of the scenarios). */
static int best_cb(const cs_attempt_row *row, void *ud)
{
    menu_screen *m = ud;
    /* practice scores only: an exam sitting on a shared PC is not a trainee's 最好成绩 (issue 15) */
    if (!row->has_score || !row->scenario_id || (row->mode && !strcmp(row->mode, "exam"))) return 0;
    for (size_t i = 0; i < m->n; i++)
        if (m->items[i].id && strcmp(row->scenario_id, m->items[i].id) == 0 && row->score > m->items[i].best)
            m->items[i].best = row->score;
    return 0;
}

/* "path · id" and a line per rubric item: label, id, points, rule, clause. */
static char *describe(const char *path, const cs_scenario_info *in)
{
    size_t cap = 1024, len = 0;
    char *s = malloc(cap);
    if (!s) return NULL;
    len += (size_t)snprintf(s, cap, "%s\n%s · %s\n\n%s\n", path, in->id, in->area ? in->area : "", ui_s(S_TRAINER_RUBRIC));
    for (size_t i = 0; i < in->rubric.n && len < cap; i++) {
        const cs_rubric_item *r = &in->rubric.items[i];
        char line[768];
        /* an item named only by its id is one of the built-in rules: named as the results name it */
        const char *label = r->label && strcmp(r->label, r->id) != 0 ? r->label : ui_item_label(r->id);
        int n = snprintf(line, sizeof line, "· %s [%s] %g%s · %s%s%s\n", label, r->id, r->max,
                         r->fatal ? " · 一票否决 (fatal)" : "", r->rule ? r->rule : "mark()",
                         r->clause ? " · " : "", r->clause ? r->clause : "");
        if (n < 0) break;
        if (len + (size_t)n + 1 > cap) {
            char *grown = realloc(s, cap * 2 + (size_t)n);
            if (!grown) break;
            s = grown;
            cap = cap * 2 + (size_t)n;
        }
        memcpy(s + len, line, (size_t)n + 1);
        len += (size_t)n;
    }
    return s;
}

/* The description and, before the call, what fails it whatever else is done: "一票否决：升级至危机干预组"
 * (issue 11 item 6: an escalation that decides pass/fail is shown as such in the rubric). */
static char *with_fatal_items(const char *description, const cs_rubric *r)
{
    size_t cap = strlen(description) + 64;
    for (size_t i = 0; i < r->n; i++) cap += r->items[i].fatal ? strlen(r->items[i].label ? r->items[i].label : r->items[i].id) + 8 : 0;
    char *s = malloc(cap);
    if (!s) return NULL;
    size_t len = (size_t)snprintf(s, cap, "%s", description);
    const char *sep = "\n\n";
    for (size_t i = 0; i < r->n; i++) {
        const cs_rubric_item *it = &r->items[i];
        if (!it->fatal) continue;
        int w = snprintf(s + len, cap - len, "%s%s%s", sep, *sep == '\n' ? ui_tr("一票否决：") : "", it->label ? it->label : it->id);
        if (w < 0 || (size_t)w >= cap - len) break;
        len += (size_t)w;
        sep = "、";
    }
    return s;
}

static void load_item(menu_item *it, const char *path, const cs_phrase_bank *bank, int trainer)
{
    char err[512];
    cs_engine_config cfg = { .scenario_path = path, .seed = 1, .mode = CS_MODE_PRACTICE, .bank = bank };
    cs_engine *e = cs_engine_new(&cfg, err, sizeof err);
    it->path = cs_strdup(path);
    it->best = -1;
    if (!e) {
        it->title = cs_strdup(path);
        it->situation = cs_strdup("?");
        it->description = cs_strdup(err);
        it->level = 9;
        it->broken = 1;
        return;
    }
    const cs_scenario_info *in = cs_engine_info(e);
    it->title = cs_strdup(in->title ? in->title : in->id);
    it->situation = cs_strdup(in->situation ? in->situation : "");
    it->description = with_fatal_items(in->description ? in->description : "", &in->rubric);
    it->level = in->level;
    if (trainer) it->detail = describe(path, in);
    it->id = cs_strdup(in->id);
    cs_engine_free(e);
}

static int by_level(const void *a, const void *b)
{
    const menu_item *x = a, *y = b;
    if (x->level != y->level) return y->level - x->level;  /* 五级 (entry level) first */
    int c = strcmp(x->situation ? x->situation : "", y->situation ? y->situation : "");
    return c ? c : strcmp(x->path ? x->path : "", y->path ? y->path : "");
}

/* Adds every *.lua of dir. */
static void add_dir(menu_screen *m, const char *dir, const cs_phrase_bank *bank, int trainer)
{
    DIR *d = opendir(dir);
    for (struct dirent *de; d && (de = readdir(d));) {
        size_t len = strlen(de->d_name);
        if (len < 5 || strcmp(de->d_name + len - 4, ".lua") != 0) continue;
        menu_item *grown = realloc(m->items, (m->n + 1) * sizeof *grown);
        if (!grown) break;
        m->items = grown;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        memset(&m->items[m->n], 0, sizeof m->items[0]);
        load_item(&m->items[m->n++], path, bank, trainer);
    }
    if (d) closedir(d);
}

menu_screen *menu_new(const char *dir, const cs_phrase_bank *bank, cs_store *store, int trainer)
{
    return menu_new_in(&dir, 1, bank, store, trainer);
}

menu_screen *menu_new_in(const char *const *dirs, size_t n_dirs, const cs_phrase_bank *bank, cs_store *store,
                         int trainer)
{
    menu_screen *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->trainer = trainer;
    for (size_t i = 0; i < n_dirs; i++) add_dir(m, dirs[i], bank, trainer);
    char err[512];
    if (m && store) cs_store_list_attempts(store, 0, best_cb, m, err, sizeof err);
    if (m && m->n) qsort(m->items, m->n, sizeof m->items[0], by_level);
    return m;
}

double menu_best(const menu_screen *m, const char *id)
{
    for (size_t i = 0; i < m->n; i++)
        if (m->items[i].id && !strcmp(m->items[i].id, id)) return m->items[i].best;
    return -1;
}

void menu_free(menu_screen *m)
{
    if (!m) return;
    for (size_t i = 0; i < m->n; i++) {
        free(m->items[i].path);
        free(m->items[i].id);
        free(m->items[i].title);
        free(m->items[i].situation);
        free(m->items[i].description);
        free(m->items[i].detail);
    }
    free(m->items);
    free(m);
}

static int draw_item(ui_ctx *u, const menu_item *it, int selected, int y, int w)
{
    char line[512];
    if (it->best >= 0) snprintf(line, sizeof line, "%s   (%s %.1f)", it->title, ui_s(S_BEST), it->best);
    else snprintf(line, sizeof line, "%s", it->title);
    int h = ui_line_h(u, 20) + 8;
    if (selected) ui_fill(u, (SDL_Rect){ 24, y, w, h }, UI_TRAINEE_BUBBLE);
    ui_text(u, line, 20, UI_TEXT, 40, y + 4, 0);
    return h;
}

/* The right half: the description; on the workbench also the file, id and rubric, or why the
 * scenario does not load, in red. */
static void draw_details(const menu_screen *m, ui_ctx *u)
{
    const menu_item *it = &m->items[m->sel];
    int x = u->w / 2, y = 120, w = u->w / 2 - 30;
    if (it->broken) {
        char msg[1200];
        snprintf(msg, sizeof msg, "%s%s", m->trainer ? ui_s(S_TRAINER_BROKEN) : "", it->description);
        ui_text(u, msg, 16, m->trainer ? UI_BAD : UI_TEXT, x, y, w);
        return;
    }
    y += ui_text(u, it->description, 16, UI_TEXT, x, y, w) + 16;
    if (it->detail) ui_text(u, it->detail, 14, UI_DIM, x, y, w);
}

void menu_draw(menu_screen *m, ui_ctx *u)
{
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, u->h }, UI_BG);
    ui_fill(u, (SDL_Rect){ 0, 0, u->w, 56 }, UI_ACCENT);
    ui_text(u, ui_s(S_APP_TITLE), 22, UI_WHITE, 16, (56 - ui_line_h(u, 22)) / 2, 0);
    int y = 72, list_w = u->w / 2 - 40;
    y += ui_text(u, ui_s(m->trainer ? S_TRAINER_TITLE : S_MENU_TITLE), 18, UI_DIM, 24, y, 0) + 8;
    if (!m->n) ui_text(u, ui_s(S_NO_SCENARIOS), 18, UI_BAD, 24, y, 0);
    const char *group = NULL;
    int level = -1;
    /* keep the selection in view: scroll by whole items once it passes the middle of the list */
    int per_item = ui_line_h(u, 20) + ui_line_h(u, 14) + 22, rows = (u->h - y - 60) / per_item;
    size_t first = rows > 2 && m->sel >= (size_t)rows / 2 ? m->sel - (size_t)rows / 2 : 0;
    for (size_t i = first; i < m->n && y < u->h - 60 - ui_line_h(u, 20); i++) {
        const menu_item *it = &m->items[i];
        if (it->level != level || !group || strcmp(group, it->situation) != 0) {
            char head[256], lv[32];
            snprintf(head, sizeof head, "%s · %s", ui_level(it->level, lv, sizeof lv), it->situation);
            y += ui_text(u, head, 14, UI_ACCENT, 24, y + 6, 0) + 8;
            level = it->level;
            group = it->situation;
        }
        y += draw_item(u, it, i == m->sel, y, list_w);
    }
    if (m->n) draw_details(m, u);
    ui_text(u, ui_s(m->trainer ? S_TRAINER_HELP : S_MENU_HELP), 14, UI_DIM, 24, u->h - ui_line_h(u, 14) - 12, 0);
}

size_t menu_selected(const menu_screen *m)
{
    return m->sel;
}

void menu_select(menu_screen *m, size_t i)
{
    m->sel = m->n && i >= m->n ? m->n - 1 : i;
}

const char *menu_event(menu_screen *m, const SDL_Event *ev)
{
    if (ev->type != SDL_KEYDOWN) return NULL;
    switch (ev->key.keysym.sym) {
    case SDLK_UP: if (m->sel > 0) m->sel--; return NULL;
    case SDLK_DOWN: if (m->sel + 1 < m->n) m->sel++; return NULL;
    case SDLK_RETURN: case SDLK_KP_ENTER: return m->n ? m->items[m->sel].path : NULL;
    case SDLK_ESCAPE: return "";
    default: return NULL;
    }
}
