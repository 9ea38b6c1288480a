/* Rendered text, cached as one texture per (text, font size, colour, wrap width). SDL_ttf keeps only
 * 256 glyphs, so re-rendering Chinese every frame costs ~2 ms a line; with this cache a frame only
 * copies textures. Least recently used entries are dropped past the capacity; everything is
 * dropped on resize or zoom (tc_clear), when the renderer's textures may be lost anyway. */
#ifndef CALLSIM_TEXT_CACHE_H
#define CALLSIM_TEXT_CACHE_H

#include <stddef.h>
#include <SDL.h>
#include <SDL_ttf.h>

typedef struct text_cache text_cache;

/* Maps the font file (read once for every size); fonts are opened per size on first use (index 0
 * of a .ttc). */
text_cache *tc_new(SDL_Renderer *r, const char *font_path, size_t capacity);
void tc_free(text_cache *tc);
/* Drops every texture (window resized, zoom changed). Fonts stay open. */
void tc_clear(text_cache *tc);

/* The font at a pixel size, or NULL (the message is in SDL_GetError). */
TTF_Font *tc_font(text_cache *tc, int size);
/* Size of text wrapped at wrap_w (<= 0: no wrapping) without rendering. 0, or -1 on error. */
int tc_measure(text_cache *tc, const char *text, int size, int wrap_w, int *w, int *h);
/* The texture of text (owned by the cache, valid until the next tc_get/tc_clear), or NULL for an
 * empty text or an error. w, h: its size. */
SDL_Texture *tc_get(text_cache *tc, const char *text, int size, SDL_Color c, int wrap_w, int *w, int *h);
/* Draws text with its top-left at (x, y); returns its height (0 when nothing was drawn). */
int tc_draw(text_cache *tc, const char *text, int size, SDL_Color c, int wrap_w, int x, int y);

/* For tests and the frame-time bench. */
typedef struct { size_t entries, hits, misses, evictions; } tc_stats;
tc_stats tc_get_stats(const text_cache *tc);

#endif
