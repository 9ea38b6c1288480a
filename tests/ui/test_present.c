/* Unit tests of damage-only presents: which rows and columns fp_diff reports, the shadow it keeps,
 * and, through SDL's dummy video driver and software renderer, that a frame sends only what changed
 * and the whole window after an expose. */
#include <stdlib.h>
#include <string.h>

#include "frame_present.h"
#include "harness.h"

#define W 64
#define H 200
#define BPP 4
#define PITCH (W * BPP + 16)   /* rows padded, as surfaces may be */

static unsigned char cur[H * PITCH], shadow[H * W * BPP];

static void reset(void)
{
    memset(cur, 0x11, sizeof cur);
    memset(shadow, 0x11, sizeof shadow);
}

static void poke(int x, int y, unsigned char v)
{
    cur[y * PITCH + x * BPP + 1] = v;  /* one byte inside the pixel: the pixel changed */
}

static int diff(SDL_Rect *out, int max)
{
    return fp_diff(cur, PITCH, shadow, W * BPP, W, H, BPP, out, max);
}

static void test_same_frame_sends_nothing(void)
{
    SDL_Rect r[4];
    reset();
    cur[5 * PITCH + W * BPP + 3] = 0x99;  /* padding past the last pixel is not the picture */
    CHECK_INT(diff(r, 4), 0);
}

static void test_one_pixel(void)
{
    SDL_Rect r[4];
    reset();
    poke(10, 5, 0x80);
    CHECK_INT(diff(r, 4), 1);
    CHECK_INT(r[0].x, 10);
    CHECK_INT(r[0].y, 5);
    CHECK_INT(r[0].w, 1);
    CHECK_INT(r[0].h, 1);
    CHECK_INT(diff(r, 4), 0);            /* the shadow took the change */
    poke(10, 5, 0x11);                    /* and back: a change again */
    CHECK_INT(diff(r, 4), 1);
}

static void test_near_rows_merge_far_rows_do_not(void)
{
    SDL_Rect r[4];
    reset();
    poke(3, 20, 1);
    poke(40, 25, 1);                      /* 5 rows on: one rectangle, both columns */
    poke(63, 150, 1);                     /* far below: a second one, at the last column */
    CHECK_INT(diff(r, 4), 2);
    CHECK_INT(r[0].x, 3);
    CHECK_INT(r[0].w, 38);
    CHECK_INT(r[0].y, 20);
    CHECK_INT(r[0].h, 6);
    CHECK_INT(r[1].x, 63);
    CHECK_INT(r[1].w, 1);
    CHECK_INT(r[1].y, 150);
    CHECK_INT(r[1].h, 1);
}

static void test_rectangles_capped(void)
{
    SDL_Rect r[3];
    reset();
    for (int y = 0; y < H; y += 20) poke(7, y, 2);
    CHECK_INT(diff(r, 3), 3);
    CHECK_INT(r[2].y, 40);                /* the last one grows to take the rest */
    CHECK_INT(r[2].y + r[2].h, 181);
    CHECK_INT(diff(r, 3), 0);             /* every changed row reached the shadow */
}

/* Rows of 3-byte pixels whose length is no multiple of eight: the span search reads eight bytes at
 * a time and must still find a change in the first and in the last byte, and a change in a pixel's
 * middle byte; after it the shadow is the frame again, row for row. */
#define W3 37
static void test_span_edges_odd_rows(void)
{
    static unsigned char c3[4 * W3 * 3], s3[4 * W3 * 3];
    SDL_Rect r[4];
    memset(c3, 0x22, sizeof c3);
    memset(s3, 0x22, sizeof s3);
    c3[0] = 1;                            /* row 0: the first byte */
    c3[2 * W3 * 3 - 1] = 1;               /* row 1: the last byte */
    c3[3 * W3 * 3 + 17 * 3 + 1] = 1;      /* row 3: pixel 17's middle byte */
    CHECK_INT(fp_diff(c3, W3 * 3, s3, W3 * 3, W3, 4, 3, r, 4), 1);
    CHECK_INT(r[0].x, 0);
    CHECK_INT(r[0].w, W3);
    CHECK_INT(r[0].y, 0);
    CHECK_INT(r[0].h, 4);
    CHECK(memcmp(c3, s3, sizeof c3) == 0);
    c3[3 * W3 * 3 + 17 * 3 + 1] = 0x22;
    CHECK_INT(fp_diff(c3, W3 * 3, s3, W3 * 3, W3, 4, 3, r, 4), 1);
    CHECK_INT(r[0].x, 17);
    CHECK_INT(r[0].w, 1);
    CHECK_INT(r[0].y, 3);
    CHECK(memcmp(c3, s3, sizeof c3) == 0);
}

static void test_whole_frame(void)
{
    SDL_Rect r[4];
    reset();
    memset(cur, 0x42, sizeof cur);
    CHECK_INT(diff(r, 4), 1);
    CHECK_INT(r[0].x, 0);
    CHECK_INT(r[0].w, W);
    CHECK_INT(r[0].h, H);
}

static void fill(SDL_Renderer *rd, SDL_Rect *rect, Uint8 g)
{
    SDL_SetRenderDrawColor(rd, 30, g, 90, 255);
    if (rect) SDL_RenderFillRect(rd, rect);
    else SDL_RenderClear(rd);
}

/* The real thing: software renderer on a dummy-driver window. */
static void test_present_window(void)
{
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");  /* the dummy driver offers itself only when asked */
    if (SDL_VideoInit("dummy") != 0) { CHECK(!"SDL dummy video driver"); return; }
    SDL_Window *w = SDL_CreateWindow("t", 0, 0, 320, 240, 0);
    SDL_Renderer *rd = w ? SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE) : NULL;
    frame_present *fp = rd ? fp_new(w, rd) : NULL;
    CHECK(fp != NULL);
    if (fp) {
        fill(rd, NULL, 200);
        CHECK_INT(fp_present(fp, rd), 0);
        CHECK_INT(fp_last_rows(fp), 240);   /* the first frame goes whole */
        fill(rd, NULL, 200);
        fp_present(fp, rd);
        CHECK_INT(fp_last_rows(fp), 0);     /* the same frame again: nothing to send */
        SDL_Rect box = { 50, 100, 40, 30 };
        fill(rd, NULL, 200);
        fill(rd, &box, 10);
        fp_present(fp, rd);
        CHECK_INT(fp_last_rows(fp), 30);    /* the box's rows only */
        fill(rd, NULL, 200);
        fill(rd, &box, 10);
        fp_invalidate(fp);                  /* exposed: the window's pixels are gone */
        fp_present(fp, rd);
        CHECK_INT(fp_last_rows(fp), 240);
    }
    fp_free(fp);
    if (rd) SDL_DestroyRenderer(rd);
    if (w) SDL_DestroyWindow(w);
    SDL_VideoQuit();
}

TEST_MAIN(
    RUN(test_same_frame_sends_nothing);
    RUN(test_one_pixel);
    RUN(test_near_rows_merge_far_rows_do_not);
    RUN(test_rectangles_capped);
    RUN(test_span_edges_odd_rows);
    RUN(test_whole_frame);
    RUN(test_present_window);
)
