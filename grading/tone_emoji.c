/* Mocking faces in a reply as typed (tone_emoji.h). */
#include "tone_emoji.h"

#include <string.h>

/* Faces read in Chinese chat as contempt, exasperation or sarcasm (阴阳怪气), one a line: eye-roll,
 * upside-down face, unamused,
 * expressionless, smirk, shrug (and its gendered forms, which start with it), yawn, huffing, anger
 * mark, clown, the dark moon (🌚 "呵呵"), face palm; and the kaomoji of the same (side-eye, shrugs,
 * speechless sweat, table flip). Not 🙂 (微笑, a sneer to some readers,
 * a plain smile to others), 😅 or 🤔: friendly, awkward or thinking as often as mocking. */
static const char *const MOCKING[] = {
    "\U0001F644",   /* 🙄 */
    "\U0001F643",   /* 🙃 */
    "\U0001F612",   /* 😒 */
    "\U0001F611",   /* 😑 */
    "\U0001F60F",   /* 😏 */
    "\U0001F937",   /* 🤷 */
    "\U0001F971",   /* 🥱 */
    "\U0001F624",   /* 😤 */
    "\U0001F4A2",   /* 💢 */
    "\U0001F921",   /* 🤡 */
    "\U0001F31A",   /* 🌚 */
    "\U0001F926",   /* 🤦 */
    "\U0001F928",   /* 🤨 raised eyebrow (helper fixp11's list) */
    "¬_¬",
    "┐(",
    "╮(",
    ")┌",
    ")╭",
    "-_-",
    "=_=",
    "￣_￣",
    "╯▽╰",
    "╯‵□′)╯",
    "(╯°□°）╯",
    NULL
};

size_t cs_tone_emoji(const char *text, const char **at)
{
    const char *best = NULL;
    size_t len = 0;
    for (const char *const *m = MOCKING; *m; m++) {
        const char *p = strstr(text, *m);
        if (p && (!best || p < best)) {
            best = p;
            len = strlen(*m);
        }
    }
    if (best && at) *at = best;
    return best ? len : 0;
}
