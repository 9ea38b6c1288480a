/* The subcommands of build/callsim (DESIGN.md "Command line"). Each returns the process exit code:
 * 0 success, 1 a negative answer, 2 usage or input error (one line on stderr naming the bad thing). */
#ifndef CALLSIM_COMMANDS_H
#define CALLSIM_COMMANDS_H

int cmd_run(int argc, char **argv);
int cmd_lint(int argc, char **argv);
int cmd_grade_phrase(int argc, char **argv);
int cmd_voices(int argc, char **argv);
int cmd_window(int argc, char **argv); /* no subcommand, `play`, plain `exam` */
int cmd_exam(int argc, char **argv);   /* exam run|examiner-add|score|sign|void (headless) */
int cmd_verify(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_new(int argc, char **argv);     /* new NAME: a starting scenario and its tests */
int cmd_explore(int argc, char **argv); /* explore SCENARIO: every branch, best/worst, dead ends */
int cmd_test(int argc, char **argv);    /* test [DIR]: a folder's replies/expect pairs */

#endif
