/* The line cache. Lookup is a linear scan over hashes: the cache holds a few hundred entries and a
 * frame asks for a few dozen, so a hash table would buy nothing measurable. */
#include "text_cache.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text_wrap.h"

#define TC_MAX_FONTS 8
#define TC_MAX_LINES 256

typedef struct {
    char *text;
    uint64_t hash, shape, last_used;  /* shape: hash of text, size and wrap (not colour) */
    int size, wrap_w, w, h;
    uint32_t colour;
    SDL_Texture *tex;
} tc_entry;

struct text_cache {
    SDL_Renderer *r;
    char *font_path;
    void *font_map;             /* the font file, mapped once for every size (NULL: opened by path) */
    size_t font_len;
    struct { int size; TTF_Font *font; } fonts[TC_MAX_FONTS];
    size_t n_fonts;
    tc_entry *entries;
    size_t n, cap;
    uint64_t clock;
    tc_stats stats;
};

static uint32_t pack_colour(SDL_Color c)
{
    return ((uint32_t)c.r << 24) | ((uint32_t)c.g << 16) | ((uint32_t)c.b << 8) | c.a;
}

static uint64_t shape_hash(const char *text, int size, int wrap_w)
{
    uint64_t h = 1469598103934665603ull;
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) h = (h ^ *p) * 1099511628211ull;
    h = (h ^ (uint64_t)(unsigned)size) * 1099511628211ull;
    return (h ^ (uint64_t)(unsigned)wrap_w) * 1099511628211ull;
}

static uint64_t key_hash(uint64_t shape, uint32_t colour)
{
    return (shape ^ colour) * 1099511628211ull;
}

/* The font file is mapped once and every size is opened on that memory. Opened by path, each size
 * is a FreeType face of its own reading the file through stdio, a seek and a read a glyph: a CJK
 * font's glyphs miss SDL_ttf's 256-glyph cache all the time, so a new line of Chinese cost as
 * many system calls as it has characters. Without the mapping, fonts are opened by path as before. */
static void map_font(text_cache *tc)
{
    int fd = open(tc->font_path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0) return;
    if (fstat(fd, &st) == 0 && st.st_size > 0 && (uintmax_t)st.st_size <= INT32_MAX) {
        void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (m != MAP_FAILED) {
            tc->font_map = m;
            tc->font_len = (size_t)st.st_size;
        }
    }
    close(fd);
}

text_cache *tc_new(SDL_Renderer *r, const char *font_path, size_t capacity)
{
    text_cache *tc = calloc(1, sizeof *tc);
    if (!tc) return NULL;
    tc->r = r;
    tc->cap = capacity ? capacity : 512;
    tc->font_path = strdup(font_path);
    tc->entries = calloc(tc->cap, sizeof *tc->entries);
    if (!tc->font_path || !tc->entries) { tc_free(tc); return NULL; }
    map_font(tc);
    return tc;
}

static void entry_free(tc_entry *e)
{
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->text);
    memset(e, 0, sizeof *e);
}

void tc_clear(text_cache *tc)
{
    for (size_t i = 0; i < tc->n; i++) entry_free(&tc->entries[i]);
    tc->n = 0;
}

void tc_free(text_cache *tc)
{
    if (!tc) return;
    if (tc->entries) tc_clear(tc);
    for (size_t i = 0; i < tc->n_fonts; i++) TTF_CloseFont(tc->fonts[i].font);
    if (tc->font_map) munmap(tc->font_map, tc->font_len);  /* after the faces that read it */
    free(tc->entries);
    free(tc->font_path);
    free(tc);
}

TTF_Font *tc_font(text_cache *tc, int size)
{
    for (size_t i = 0; i < tc->n_fonts; i++)
        if (tc->fonts[i].size == size) return tc->fonts[i].font;
    TTF_Font *f = NULL;
    if (tc->font_map) {
        SDL_RWops *rw = SDL_RWFromConstMem(tc->font_map, (int)tc->font_len);
        f = rw ? TTF_OpenFontIndexRW(rw, 1, size, 0) : NULL;  /* the font frees rw when closed */
    } else {
        f = TTF_OpenFontIndex(tc->font_path, size, 0);
    }
    if (!f) return NULL;
    if (tc->n_fonts == TC_MAX_FONTS) {  /* zoomed through many sizes: drop the oldest */
        TTF_CloseFont(tc->fonts[0].font);
        memmove(tc->fonts, tc->fonts + 1, (TC_MAX_FONTS - 1) * sizeof tc->fonts[0]);
        tc->n_fonts--;
    }
    tc->fonts[tc->n_fonts].size = size;
    tc->fonts[tc->n_fonts].font = f;
    tc->n_fonts++;
    return f;
}

static int measure_bytes(void *ud, const char *s, size_t n)
{
    char stack[512];
    char *buf = n < sizeof stack ? stack : malloc(n + 1);
    if (!buf) return 1 << 20;
    memcpy(buf, s, n);
    buf[n] = 0;
    int w = 0;
    if (TTF_SizeUTF8((TTF_Font *)ud, buf, &w, NULL) != 0) w = 1 << 20;
    if (buf != stack) free(buf);
    return w;
}

static size_t wrap_with_font(TTF_Font *f, const char *text, int wrap_w, wrap_line *lines)
{
    size_t n = text_wrap(text, wrap_w, measure_bytes, f, lines, TC_MAX_LINES);
    return n > TC_MAX_LINES ? TC_MAX_LINES : n;
}

/* A texture of the same text, size and wrap in any colour has the size being asked for. Measuring
 * anew means wrapping with SDL_ttf, whose 256-glyph cache misses on Chinese and reads the font
 * file glyph by glyph: ~5 ms per long line, which made a 500-turn transcript draw at 30 ms. */
static const tc_entry *find_shape(const text_cache *tc, const char *text, int size, int wrap_w)
{
    uint64_t shape = shape_hash(text, size, wrap_w);
    for (size_t i = 0; i < tc->n; i++) {
        const tc_entry *e = &tc->entries[i];
        if (e->shape == shape && e->size == size && e->wrap_w == wrap_w && strcmp(e->text, text) == 0) return e;
    }
    return NULL;
}

int tc_measure(text_cache *tc, const char *text, int size, int wrap_w, int *w, int *h)
{
    const tc_entry *e = text && *text ? find_shape(tc, text, size, wrap_w) : NULL;
    if (e) {
        *w = e->w;
        *h = e->h;
        return 0;
    }
    TTF_Font *f = tc_font(tc, size);
    if (!f) return -1;
    wrap_line lines[TC_MAX_LINES];
    size_t n = wrap_with_font(f, text, wrap_w, lines);
    int maxw = 0;
    for (size_t i = 0; i < n; i++) {
        int lw = measure_bytes(f, text + lines[i].start, lines[i].len);
        if (lw > maxw) maxw = lw;
    }
    *w = maxw;
    *h = (int)n * TTF_FontLineSkip(f);
    return 0;
}

static int blit_line(TTF_Font *f, const char *s, size_t n, SDL_Color c, SDL_Surface *dst, int y)
{
    if (n == 0) return 0;
    char *buf = malloc(n + 1);
    if (!buf) return -1;
    memcpy(buf, s, n);
    buf[n] = 0;
    SDL_Surface *line = TTF_RenderUTF8_Blended(f, buf, c);
    free(buf);
    if (!line) return -1;
    SDL_SetSurfaceBlendMode(line, SDL_BLENDMODE_NONE);  /* copy alpha as is: dst starts transparent */
    SDL_Rect at = { 0, y, line->w, line->h };
    int rc = SDL_BlitSurface(line, NULL, dst, &at);
    SDL_FreeSurface(line);
    return rc;
}

static SDL_Surface *render_lines(TTF_Font *f, const char *text, SDL_Color c, int wrap_w)
{
    wrap_line lines[TC_MAX_LINES];
    size_t n = wrap_with_font(f, text, wrap_w, lines);
    int maxw = 1, skip = TTF_FontLineSkip(f);
    for (size_t i = 0; i < n; i++) {
        int lw = measure_bytes(f, text + lines[i].start, lines[i].len);
        if (lw > maxw) maxw = lw;
    }
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, maxw, (int)n * skip, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return NULL;
    SDL_FillRect(s, NULL, 0);
    for (size_t i = 0; i < n; i++)
        if (blit_line(f, text + lines[i].start, lines[i].len, c, s, (int)i * skip) != 0) {
            SDL_FreeSurface(s);
            return NULL;
        }
    return s;
}

static tc_entry *find(text_cache *tc, uint64_t hash, const char *text, int size, uint32_t colour, int wrap_w)
{
    for (size_t i = 0; i < tc->n; i++) {
        tc_entry *e = &tc->entries[i];
        if (e->hash == hash && e->size == size && e->colour == colour && e->wrap_w == wrap_w &&
            strcmp(e->text, text) == 0)
            return e;
    }
    return NULL;
}

static tc_entry *slot(text_cache *tc)
{
    if (tc->n < tc->cap) return &tc->entries[tc->n++];
    size_t oldest = 0;
    for (size_t i = 1; i < tc->n; i++)
        if (tc->entries[i].last_used < tc->entries[oldest].last_used) oldest = i;
    entry_free(&tc->entries[oldest]);
    tc->stats.evictions++;
    return &tc->entries[oldest];
}

static SDL_Texture *make_texture(text_cache *tc, const char *text, int size, SDL_Color c, int wrap_w,
                                 int *w, int *h)
{
    TTF_Font *f = tc_font(tc, size);
    if (!f) return NULL;
    SDL_Surface *s = render_lines(f, text, c, wrap_w);
    if (!s) return NULL;
    SDL_Texture *t = SDL_CreateTextureFromSurface(tc->r, s);
    *w = s->w;
    *h = s->h;
    SDL_FreeSurface(s);
    if (t) SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    return t;
}

SDL_Texture *tc_get(text_cache *tc, const char *text, int size, SDL_Color c, int wrap_w, int *w, int *h)
{
    if (!text || !*text) return NULL;
    uint32_t colour = pack_colour(c);
    uint64_t shape = shape_hash(text, size, wrap_w), hash = key_hash(shape, colour);
    tc_entry *e = find(tc, hash, text, size, colour, wrap_w);
    if (e) {
        tc->stats.hits++;
    } else {
        int tw = 0, th = 0;
        char *copy = strdup(text);
        SDL_Texture *t = copy ? make_texture(tc, text, size, c, wrap_w, &tw, &th) : NULL;
        if (!t) { free(copy); return NULL; }
        tc->stats.misses++;
        e = slot(tc);
        *e = (tc_entry){ copy, hash, shape, 0, size, wrap_w, tw, th, colour, t };
    }
    e->last_used = ++tc->clock;
    if (w) *w = e->w;
    if (h) *h = e->h;
    return e->tex;
}

int tc_draw(text_cache *tc, const char *text, int size, SDL_Color c, int wrap_w, int x, int y)
{
    int w, h;
    SDL_Texture *t = tc_get(tc, text, size, c, wrap_w, &w, &h);
    if (!t) return 0;
    SDL_Rect dst = { x, y, w, h };
    SDL_RenderCopy(tc->r, t, NULL, &dst);
    return h;
}

tc_stats tc_get_stats(const text_cache *tc)
{
    tc_stats s = tc->stats;
    s.entries = tc->n;
    return s;
}
