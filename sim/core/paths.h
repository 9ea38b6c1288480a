/* Where callsim finds its data (assets/, lua/, scenarios/): $CALLSIM_DATA, else the source tree the
 * binary was built in (build/callsim → ..), else ../share/callsim beside the binary (a relocated
 * install, DESTDIR), else the install prefix it was built for (PREFIX/share/callsim). */
#ifndef CALLSIM_PATHS_H
#define CALLSIM_PATHS_H

#include <stddef.h>

/* Call once from main with argv[0]. */
void cs_paths_init(const char *argv0);
/* The data root (no trailing slash). Process-wide, set by cs_paths_init. */
const char *cs_data_root(void);
/* data root + "/" + sub, written into buf; returns buf. */
const char *cs_data_path(const char *sub, char *buf, size_t len);

#endif
