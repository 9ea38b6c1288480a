/* Unit tests of the main menu's input: keys move and activate rows, ←→ switch the language and
 * move the volume, Esc quits, and a click lands on the row (or the volume bar) drawn there at
 * 1280×800 and 100 % zoom. */
#include "harness.h"
#include "screen_home.h"
#include "ui_strings.h"

static SDL_Event key(SDL_Keycode k)
{
    SDL_Event ev = { .type = SDL_KEYDOWN };
    ev.key.keysym.sym = k;
    return ev;
}

static SDL_Event click(int x, int y)
{
    SDL_Event ev = { .type = SDL_MOUSEBUTTONDOWN };
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = y;
    return ev;
}

static home_action press(home_screen *h, ui_ctx *u, SDL_Keycode k)
{
    SDL_Event ev = key(k);
    return home_event(h, u, &ev);
}

static void test_keys(void)
{
    ui_ctx u = { .w = 1280, .h = 800, .zoom = 100 };
    home_screen h = { 0, 100, 1 };
    CHECK_INT(press(&h, &u, SDLK_DOWN), HOME_STAY);
    CHECK_INT(press(&h, &u, SDLK_DOWN), HOME_STAY);
    CHECK_INT(h.sel, HOME_TRAINER);
    CHECK_INT(press(&h, &u, SDLK_RETURN), HOME_GO_TRAINER);
    h.sel = HOME_PRACTICE;
    CHECK_INT(press(&h, &u, SDLK_UP), HOME_STAY);        /* wraps to the last row */
    CHECK_INT(h.sel, HOME_QUIT);
    CHECK_INT(press(&h, &u, SDLK_RETURN), HOME_GO_QUIT);
    h.sel = HOME_EXAM;
    CHECK_INT(press(&h, &u, SDLK_KP_ENTER), HOME_GO_EXAM);
    CHECK_INT(press(&h, &u, SDLK_ESCAPE), HOME_GO_QUIT);
    CHECK_INT(press(&h, &u, SDLK_LEFT), HOME_STAY);      /* sideways does nothing on other rows */
}

static void test_language_and_volume(void)
{
    ui_ctx u = { .w = 1280, .h = 800, .zoom = 100 };
    home_screen h = { HOME_LANGUAGE, 100, 1 };
    ui_set_lang(0);
    CHECK_INT(press(&h, &u, SDLK_RIGHT), HOME_CHANGED);
    CHECK_INT(ui_lang_en(), 1);
    CHECK_INT(press(&h, &u, SDLK_RIGHT), HOME_STAY);     /* already English */
    CHECK_INT(press(&h, &u, SDLK_RETURN), HOME_CHANGED); /* Enter toggles */
    CHECK_INT(ui_lang_en(), 0);
    h.sel = HOME_VOLUME;
    CHECK_INT(press(&h, &u, SDLK_RIGHT), HOME_STAY);     /* at 100 already */
    CHECK_INT(press(&h, &u, SDLK_LEFT), HOME_CHANGED);
    CHECK_INT(h.volume, 90);
    for (int i = 0; i < 12; i++) press(&h, &u, SDLK_LEFT);
    CHECK_INT(h.volume, 0);
    CHECK_INT(press(&h, &u, SDLK_RETURN), HOME_STAY);    /* nothing to open on the volume row */
}

static void test_mouse(void)
{
    ui_ctx u = { .w = 1280, .h = 800, .zoom = 100 };
    home_screen h = { 0, 50, 1 };
    SDL_Event ev = click(400, 200);                       /* the second row: the exam */
    CHECK_INT(home_event(&h, &u, &ev), HOME_GO_EXAM);
    CHECK_INT(h.sel, HOME_EXAM);
    ev = click(691, 466);                                 /* the volume bar's left end */
    CHECK_INT(home_event(&h, &u, &ev), HOME_CHANGED);
    CHECK_INT(h.sel, HOME_VOLUME);
    CHECK(h.volume <= 1);
    ev = click(929, 466);                                 /* its right end */
    home_event(&h, &u, &ev);
    CHECK(h.volume >= 99);
    ev = click(100, 700);                                 /* outside every row */
    CHECK_INT(home_event(&h, &u, &ev), HOME_STAY);
    u.w = 900;                                            /* a narrow window: rows follow it */
    ev = click(80, 130);                                  /* rows centred: from x = 70 */
    CHECK_INT(home_event(&h, &u, &ev), HOME_GO_PRACTICE);
}

TEST_MAIN(
    RUN(test_keys);
    RUN(test_language_and_volume);
    RUN(test_mouse);
)
