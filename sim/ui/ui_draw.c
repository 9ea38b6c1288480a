/* Drawing helpers, and the window they draw in. */
#include "ui_draw.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

const SDL_Color UI_BG = { 238, 241, 245, 255 }, UI_PANEL = { 255, 255, 255, 255 },
    UI_BORDER = { 200, 206, 214, 255 }, UI_TEXT = { 30, 34, 40, 255 }, UI_DIM = { 110, 118, 128, 255 },
    UI_ACCENT = { 22, 119, 255, 255 }, UI_GOOD = { 40, 160, 80, 255 }, UI_BAD = { 215, 55, 55, 255 },
    UI_WARN = { 255, 244, 206, 255 }, UI_CALLER_BUBBLE = { 255, 255, 255, 255 },
    UI_TRAINEE_BUBBLE = { 205, 232, 255, 255 }, UI_WHITE = { 255, 255, 255, 255 };

int ui_size(const ui_ctx *u, int base)
{
    return base * u->zoom / 100;
}

/* An opaque colour is drawn without blending: SDL's software renderer blends every pixel of a
 * BLEND fill (a multiply and a divide by 255 a channel) even at alpha 255, and the panels and
 * backgrounds of a frame were about a quarter of its drawing time. */
static void set_colour(ui_ctx *u, SDL_Color c)
{
    SDL_SetRenderDrawBlendMode(u->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(u->r, c.r, c.g, c.b, c.a);
}

void ui_fill(ui_ctx *u, SDL_Rect r, SDL_Color c)
{
    set_colour(u, c);
    SDL_RenderFillRect(u->r, &r);
}

void ui_outline(ui_ctx *u, SDL_Rect r, SDL_Color c)
{
    set_colour(u, c);
    SDL_RenderDrawRect(u->r, &r);
}

int ui_text(ui_ctx *u, const char *s, int base, SDL_Color c, int x, int y, int wrap)
{
    return tc_draw(u->tc, s, ui_size(u, base), c, wrap, x, y);
}

int ui_text_w(ui_ctx *u, const char *s, int base)
{
    int w = 0, h = 0;
    if (!s || !*s) return 0;
    tc_get(u->tc, s, ui_size(u, base), UI_TEXT, 0, &w, &h);
    return w;
}

int ui_line_h(ui_ctx *u, int base)
{
    TTF_Font *f = tc_font(u->tc, ui_size(u, base));
    return f ? TTF_FontLineSkip(f) : ui_size(u, base) * 5 / 4;
}

void ui_button(ui_ctx *u, SDL_Rect r, const char *label, const char *key, int enabled, int active)
{
    SDL_Color bg = active ? UI_ACCENT : enabled ? UI_PANEL : UI_BG;
    SDL_Color fg = active ? UI_WHITE : enabled ? UI_TEXT : UI_DIM;
    ui_fill(u, r, bg);
    ui_outline(u, r, enabled ? UI_ACCENT : UI_BORDER);
    int th = ui_line_h(u, 18);
    ui_text(u, label, 18, fg, r.x + 10, r.y + (r.h - th) / 2, 0);
    if (key) {
        int kw = ui_text_w(u, key, 13);
        ui_text(u, key, 13, active ? UI_WHITE : UI_DIM, r.x + r.w - kw - 8, r.y + (r.h - ui_line_h(u, 13)) / 2, 0);
    }
}

void ui_notice(ui_ctx *u, const char *msg, int bottom)
{
    int pad = ui_size(u, 10), wrap = u->w - 4 * pad;
    int w = 0, h = 0;
    tc_get(u->tc, msg, ui_size(u, 16), UI_BAD, wrap, &w, &h);
    SDL_Rect bar = { 0, bottom - h - 2 * pad, u->w, h + 2 * pad };
    ui_fill(u, bar, UI_WARN);
    ui_fill(u, (SDL_Rect){ 0, bar.y, u->w, 3 }, UI_BAD);
    ui_text(u, msg, 16, UI_BAD, 2 * pad, bar.y + pad, wrap);
}

int ui_inside(SDL_Rect r, int x, int y)
{
    return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

void ui_clock(long long ms, char *buf, size_t len)
{
    if (ms < 0) ms = 0;
    snprintf(buf, len, "%02lld:%02lld", ms / 60000, ms / 1000 % 60);
}

/* Is the current OpenGL context drawn by the CPU? Measured under Xvfb: the call screen took a
 * median 14 ms a frame through llvmpipe, 7.6 ms through SDL's software renderer. */
static int gl_is_software(SDL_Renderer *r)
{
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(r, &info) != 0 || strncmp(info.name, "opengl", 6) != 0) return 0;
    typedef const unsigned char *(*get_string_fn)(unsigned int);
    get_string_fn get_string = (get_string_fn)(uintptr_t)SDL_GL_GetProcAddress("glGetString");
    const unsigned char *name = get_string ? get_string(0x1F01 /* GL_RENDERER */) : NULL;
    return name && (strstr((const char *)name, "llvmpipe") || strstr((const char *)name, "softpipe") ||
                    strstr((const char *)name, "swrast") || strstr((const char *)name, "Software"));
}

/* Is there a GPU this process could draw with? Mesa's hardware drivers open a DRM device under
 * /dev/dri, NVIDIA's own driver /dev/nvidia0; with neither, any OpenGL here is a software
 * rasteriser, and creating its context only to learn that cost 50-80 ms of start-up under Xvfb
 * (Mesa and LLVM loaded, relocated and initialised, then thrown away). */
static int gpu_device_present(void)
{
    DIR *d = opendir("/dev/dri");
    int found = 0;
    if (d) {
        for (struct dirent *e; !found && (e = readdir(d)) != NULL;) found = e->d_name[0] != '.';
        closedir(d);
    }
    return found || access("/dev/nvidia0", F_OK) == 0;
}

SDL_Renderer *ui_create_renderer(SDL_Window *win)
{
    /* a renderer the user asked for (SDL_RENDER_DRIVER) is always tried */
    int forced = getenv("SDL_RENDER_DRIVER") != NULL;
    SDL_Renderer *r = forced || gpu_device_present() ? SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED) : NULL;
    if (r && !forced && gl_is_software(r)) {
        SDL_DestroyRenderer(r);
        r = NULL;
    }
    if (!r) {
        /* SDL's window surface would otherwise be a texture of a GL renderer too (llvmpipe again,
         * and it uploads and presents the whole window whatever changed); direct X11 shared memory
         * sends only the rows given. An SDL_FRAMEBUFFER_ACCELERATION of the user's still wins. */
        SDL_SetHintWithPriority(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0", SDL_HINT_DEFAULT);
        r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    }
    return r;
}

/* The rect last given to the input method. SDL passes every SDL_SetTextInputRect on to it (with
 * fcitx5 a D-Bus message each frame); the rect is process-wide in SDL, and so is this. */
static SDL_Rect ime_rect;
static int ime_rect_sent;

void ui_ime_rect(SDL_Rect r)
{
    if (ime_rect_sent && SDL_RectEquals(&r, &ime_rect)) return;
    SDL_SetTextInputRect(&r);
    ime_rect = r;
    ime_rect_sent = 1;
}

int ui_open_window(ui_ctx *u, const char *title, const char *font)
{
    ime_rect_sent = 0;  /* a new window: its input context has no rect yet */
    u->win = SDL_CreateWindow(title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                              SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    /* every screen is laid out to work from 1024×600 (a netbook, a small seat's monitor) up */
    if (u->win) SDL_SetWindowMinimumSize(u->win, 1024, 600);
    u->r = u->win ? ui_create_renderer(u->win) : NULL;
    if (!u->r) return -1;
    SDL_SetRenderDrawBlendMode(u->r, SDL_BLENDMODE_BLEND);
    SDL_GetRendererOutputSize(u->r, &u->w, &u->h);
    u->zoom = 100;
    u->tc = tc_new(u->r, font, 600);
    u->fp = fp_new(u->win, u->r);
    return u->tc ? 0 : -1;
}

void ui_close_window(ui_ctx *u)
{
    fp_free(u->fp);
    tc_free(u->tc);
    if (u->r) SDL_DestroyRenderer(u->r);
    if (u->win) SDL_DestroyWindow(u->win);
    u->fp = NULL;
    u->tc = NULL;
    u->r = NULL;
    u->win = NULL;
}

int ui_window_event(ui_ctx *u, const SDL_WindowEvent *e)
{
    switch (e->event) {
    case SDL_WINDOWEVENT_SIZE_CHANGED:
        fp_invalidate(u->fp);
        SDL_GetRendererOutputSize(u->r, &u->w, &u->h);
        return 1;
    case SDL_WINDOWEVENT_EXPOSED: case SDL_WINDOWEVENT_SHOWN: case SDL_WINDOWEVENT_RESTORED:
    case SDL_WINDOWEVENT_MAXIMIZED:
        fp_invalidate(u->fp);
        return 0;
    default:
        return 0;
    }
}

int ui_wait_event(SDL_Event *ev, int64_t wait_ms)
{
    if (wait_ms < 0) return SDL_WaitEvent(ev);
    return SDL_WaitEventTimeout(ev, (int)(wait_ms > 1000 ? 1000 : wait_ms < 1 ? 1 : wait_ms));
}

void ui_present(ui_ctx *u)
{
    fp_present(u->fp, u->r);
}
