/* The interface language from --lang or the locale. */
#include "lang_pref.h"

#include <stdlib.h>
#include <string.h>

/* The first of these that is set decides, as setlocale(3) would for messages. */
static int locale_is_en(void)
{
    const char *vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v) return strncmp(v, "en", 2) == 0;
    }
    return 0;
}

int cs_lang_pick(const char *arg, int *en)
{
    if (!arg) { *en = locale_is_en(); return 0; }
    if (strncmp(arg, "en", 2) == 0) { *en = 1; return 0; }
    if (strncmp(arg, "zh", 2) == 0) { *en = 0; return 0; }
    return -1;
}
