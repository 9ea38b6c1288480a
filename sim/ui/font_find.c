/* CJK font lookup. fontconfig is asked first because trainees' machines differ: fonts-noto-cjk,
 * fonts-wqy-*, a font in ~/.local/share/fonts all show up there, whatever the directory layout.
 * fontconfig happily answers "DejaVu Sans" when no CJK font exists, so the answer is accepted only
 * when its charset has 中; the fixed Debian paths are the fallback for a broken fontconfig cache. */
#include "font_find.h"

#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char *const known_paths[] = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
};

static int copy_path(const char *path, char *out, size_t len)
{
    if (strlen(path) >= len) return -1;
    memcpy(out, path, strlen(path) + 1);
    return 0;
}

static int fc_pattern_covers_cjk(FcPattern *font)
{
    FcCharSet *cs = NULL;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &cs) != FcResultMatch || !cs) return 0;
    return FcCharSetHasChar(cs, 0x4E2D) && FcCharSetHasChar(cs, 0x6587);
}

static int fc_find(char *out, size_t len)
{
    if (!FcInit()) return -1;
    int rc = -1;
    FcPattern *pat = FcNameParse((const FcChar8 *)"sans-serif:lang=zh-cn");
    if (!pat) { FcFini(); return -1; }
    FcConfigSubstitute(NULL, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult res;
    FcPattern *font = FcFontMatch(NULL, pat, &res);
    FcChar8 *file = NULL;
    if (font && fc_pattern_covers_cjk(font) &&
        FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch && file)
        rc = copy_path((const char *)file, out, len);
    if (font) FcPatternDestroy(font);
    FcPatternDestroy(pat);
    FcFini(); /* the path is all we keep: release fontconfig's caches (clean leak reports) */
    return rc;
}

int font_find_cjk(const char *override, char *out, size_t len, char *err, size_t errlen)
{
    if (override) {
        if (access(override, R_OK) == 0 && copy_path(override, out, len) == 0) return 0;
        snprintf(err, errlen, "--font %s: cannot read that file", override);
        return -1;
    }
    if (fc_find(out, len) == 0) return 0;
    for (size_t i = 0; i < sizeof known_paths / sizeof known_paths[0]; i++)
        if (access(known_paths[i], R_OK) == 0) return copy_path(known_paths[i], out, len);
    snprintf(err, errlen, "no Chinese font found: install fonts-wqy-microhei "
             "(sudo apt-get install fonts-wqy-microhei) or pass --font FILE.ttf");
    return -1;
}
