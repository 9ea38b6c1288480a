/* The form of address for the caller (see caller_address.h). */
#include "caller_address.h"

#include <stdlib.h>
#include <string.h>

/* English titles only at a word's start ("Ms. Johnson", not "Adams"). */
static int english_title(const char *name)
{
    static const char *const titles[] = { "Ms", "Mrs", "Miss", NULL };
    for (const char *p = name; *p; p++) {
        if (p != name && p[-1] != ' ') continue;
        for (const char *const *t = titles; *t; t++) {
            size_t n = strlen(*t);
            if (strncmp(p, *t, n) == 0 && (p[n] == '.' || p[n] == ' ' || p[n] == '\0')) return 1;
        }
    }
    return 0;
}

int cs_caller_is_woman(const char *caller_name)
{
    if (!caller_name) return 0;
    static const char *const marks[] = { "女士", "小姐", "（女）", "(女)", NULL };
    for (const char *const *m = marks; *m; m++)
        if (strstr(caller_name, *m)) return 1;
    return english_title(caller_name);
}

char *cs_standard_for_caller(const cs_phrase_bank *bank, const char *category, const char *caller_name)
{
    const char *std = cs_bank_category_standard(bank, category);
    if (!std) return NULL;
    const char *both = cs_caller_is_woman(caller_name) ? strstr(std, "先生/女士") : NULL;
    if (!both) return cs_bank_fill_template(std);
    size_t n = strlen(std), pre = (size_t)(both - std), cut = strlen("先生/");
    char *tmp = malloc(n + 1);
    if (!tmp) return NULL;
    memcpy(tmp, std, pre);
    memcpy(tmp + pre, both + cut, n - pre - cut + 1); /* "先生/女士" → "女士" */
    char *filled = cs_bank_fill_template(tmp);
    free(tmp);
    return filled;
}
