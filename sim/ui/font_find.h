/* Finding a font that can show Chinese: the --font override, else fontconfig's best match for
 * zh-cn that really covers CJK ideographs, else the Debian paths of the two packages we name. */
#ifndef CALLSIM_FONT_FIND_H
#define CALLSIM_FONT_FIND_H

#include <stddef.h>

/* Writes the font file path into out. override (may be NULL) wins when it names a readable file.
 * Returns 0, or -1 with a one-line message in err naming the package to install. */
int font_find_cjk(const char *override, char *out, size_t len, char *err, size_t errlen);

#endif
