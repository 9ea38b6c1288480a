/* Handing a drawn frame to the window. With SDL's software renderer the frame is drawn straight
 * into the window surface, and SDL_RenderPresent then copies every pixel to the X server: 4 MB at
 * 1280×800, measured at about 5 ms under Xvfb, more than our drawing. Most frames change a little
 * (a keystroke changes the reply box, a second the call timer), so here only the rows that changed
 * since the last frame are sent, with SDL_UpdateWindowSurfaceRects. Accelerated renderers present
 * as usual: the GPU's swap is cheap and has no shadow copy to compare with. */
#ifndef CALLSIM_FRAME_PRESENT_H
#define CALLSIM_FRAME_PRESENT_H

#include <SDL.h>
#include <stddef.h>

typedef struct frame_present frame_present;

/* For win and its renderer r; never NULL unless out of memory (then present with SDL). */
frame_present *fp_new(SDL_Window *win, SDL_Renderer *r);
void fp_free(frame_present *fp);
/* The window's contents on screen are no longer what we last sent (exposed, resized, shown):
 * the next present sends the whole frame. */
void fp_invalidate(frame_present *fp);
/* Presents the frame drawn since the last call; with fp NULL, SDL_RenderPresent. */
int fp_present(frame_present *fp, SDL_Renderer *r);
/* Rows of pixels sent by the last present (the whole height for a full frame), for the bench. */
int fp_last_rows(const frame_present *fp);

/* The rectangles of rows where cur differs from shadow (w×h pixels of bpp bytes, the pitches in
 * bytes), each narrowed to the columns that changed; runs of changed rows closer than a few rows
 * merge into one, and past max rectangles the last one grows to take the rest. Copies the changed
 * rows into shadow. Returns the number of rectangles written to out. */
int fp_diff(const unsigned char *cur, int pitch, unsigned char *shadow, int spitch, int w, int h, int bpp,
            SDL_Rect *out, int max);

#endif
