/* Damage-only presents for SDL's software renderer: a shadow copy of the last frame sent, compared
 * row by row with the new one (a memcmp of 4 MB costs ~0.3 ms; sending it costs ~5 ms). */
#include "frame_present.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MERGE_GAP 8   /* rows: two changes this close go as one rectangle, one XShmPutImage */
#define MAX_RECTS 16

struct frame_present {
    SDL_Window *win;
    int software;            /* the renderer draws into the window surface */
    unsigned char *shadow;   /* what the window shows now: w × h pixels of bpp bytes, packed */
    int w, h, bpp;
    int valid;               /* shadow matches the screen */
    int last_rows;
};

frame_present *fp_new(SDL_Window *win, SDL_Renderer *r)
{
    frame_present *fp = calloc(1, sizeof *fp);
    SDL_RendererInfo info;
    if (!fp) return NULL;
    fp->win = win;
    fp->software = SDL_GetRendererInfo(r, &info) == 0 && strcmp(info.name, "software") == 0;
    return fp;
}

void fp_free(frame_present *fp)
{
    if (!fp) return;
    free(fp->shadow);
    free(fp);
}

void fp_invalidate(frame_present *fp)
{
    if (fp) fp->valid = 0;
}

int fp_last_rows(const frame_present *fp)
{
    return fp ? fp->last_rows : 0;
}

/* First and last byte where a and b (n bytes, known to differ) differ, eight bytes at a time: the
 * byte loop this replaces was a tenth of a frame's CPU when scrolling changed 600 rows. */
static int first_diff(const unsigned char *a, const unsigned char *b, int n)
{
    int i = 0;
    for (uint64_t x, y; i + 8 <= n; i += 8) {
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        if (x != y) break;
    }
    while (a[i] == b[i]) i++;
    return i;
}

static int last_diff(const unsigned char *a, const unsigned char *b, int n)
{
    int i = n;
    for (uint64_t x, y; i >= 8; i -= 8) {
        memcpy(&x, a + i - 8, 8);
        memcpy(&y, b + i - 8, 8);
        if (x != y) break;
    }
    i--;
    while (a[i] == b[i]) i--;
    return i;
}

/* Columns [*x0, *x1) where the rows differ; 0 when they are equal. */
static int row_span(const unsigned char *a, const unsigned char *b, int bytes, int bpp, int *x0, int *x1)
{
    if (memcmp(a, b, (size_t)bytes) == 0) return 0;
    *x0 = first_diff(a, b, bytes) / bpp;
    *x1 = last_diff(a, b, bytes) / bpp + 1;
    return 1;
}

static void grow(SDL_Rect *r, int x0, int x1, int y)
{
    int right = r->x + r->w > x1 ? r->x + r->w : x1;
    if (x0 < r->x) r->x = x0;
    r->w = right - r->x;
    r->h = y + 1 - r->y;
}

int fp_diff(const unsigned char *cur, int pitch, unsigned char *shadow, int spitch, int w, int h, int bpp,
            SDL_Rect *out, int max)
{
    int n = 0, last = 0, bytes = w * bpp;
    if (max < 1 || w < 1 || bpp < 1) return 0;
    for (int y = 0; y < h; y++) {
        const unsigned char *c = cur + (size_t)y * (size_t)pitch;
        unsigned char *s = shadow + (size_t)y * (size_t)spitch;
        int x0, x1;
        if (!row_span(c, s, bytes, bpp, &x0, &x1)) continue;
        /* outside the span the row is equal already */
        memcpy(s + (size_t)x0 * (size_t)bpp, c + (size_t)x0 * (size_t)bpp, (size_t)(x1 - x0) * (size_t)bpp);
        if (n > 0 && (y - last <= MERGE_GAP || n == max)) {
            grow(&out[n - 1], x0, x1, y);
        } else {
            out[n].x = x0;
            out[n].y = y;
            out[n].w = x1 - x0;
            out[n].h = 1;
            n++;
        }
        last = y;
    }
    return n;
}

/* The whole surface into the shadow and to the window. */
static int present_full(frame_present *fp, const SDL_Surface *s)
{
    size_t row = (size_t)s->w * (size_t)s->format->BytesPerPixel;
    if (!fp->shadow || fp->w != s->w || fp->h != s->h || fp->bpp != s->format->BytesPerPixel) {
        unsigned char *p = realloc(fp->shadow, row * (size_t)s->h);
        if (!p) {
            fp->valid = 0;
            return SDL_UpdateWindowSurface(fp->win);
        }
        fp->shadow = p;
        fp->w = s->w;
        fp->h = s->h;
        fp->bpp = s->format->BytesPerPixel;
    }
    for (int y = 0; y < s->h; y++)
        memcpy(fp->shadow + (size_t)y * row, (const unsigned char *)s->pixels + (size_t)y * (size_t)s->pitch, row);
    fp->valid = 1;
    fp->last_rows = s->h;
    return SDL_UpdateWindowSurface(fp->win);
}

int fp_present(frame_present *fp, SDL_Renderer *r)
{
    if (!fp || !fp->software) {
        SDL_RenderPresent(r);
        if (fp) fp->last_rows = -1;
        return 0;
    }
    /* the software renderer batches its drawing; flushed, the frame is in the window surface */
    SDL_Surface *s = SDL_RenderFlush(r) == 0 ? SDL_GetWindowSurface(fp->win) : NULL;
    if (!s || SDL_MUSTLOCK(s) || !s->pixels) {
        fp->valid = 0;
        SDL_RenderPresent(r);
        return 0;
    }
    if (!fp->valid || fp->w != s->w || fp->h != s->h || fp->bpp != s->format->BytesPerPixel)
        return present_full(fp, s);
    SDL_Rect rects[MAX_RECTS];
    int n = fp_diff(s->pixels, s->pitch, fp->shadow, fp->w * fp->bpp, s->w, s->h, fp->bpp, rects, MAX_RECTS);
    fp->last_rows = 0;
    for (int i = 0; i < n; i++) fp->last_rows += rects[i].h;
    return n ? SDL_UpdateWindowSurfaceRects(fp->win, rects, n) : 0;
}
