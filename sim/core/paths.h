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

/* The trainer's scenario folder, looked in before the install's scenarios/: `--scenarios DIR`
 * (cs_scenarios_set_dir), else $CALLSIM_SCENARIOS, else the setting file
 * $XDG_CONFIG_HOME/callsim/scenarios (~/.config/callsim/scenarios: one line, a folder), else none.
 * Read by cs_paths_init. */
void cs_scenarios_set_dir(const char *dir);
/* The trainer's folder, or NULL. */
const char *cs_scenarios_dir(void);
/* The folders scenarios are found in, the trainer's first: fills dirs[0..max) (pointers into
 * process-wide storage) and returns how many (1 or 2). */
size_t cs_scenario_dirs(const char **dirs, size_t max);
/* Path of scenario `id` (id.lua) in the first folder that has it, written into buf; NULL when no
 * folder has it. */
const char *cs_scenario_find(const char *id, char *buf, size_t len);
/* "DIR1, DIR2": the folders searched, for messages. */
const char *cs_scenario_dirs_text(char *buf, size_t len);

#endif
