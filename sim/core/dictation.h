/* How a caller dictates a value so that it can be taken down by ear: long numbers (phones,
 * accounts, IDs) digit by digit as Chinese speakers read them (幺 for 1, so 1 and 7 are not
 * confused on the line), in chunks of three or four with a pause between, at dictation speed.
 * The value itself is what the ticket is graded against; this is only what is spoken. No SDL. */
#ifndef CALLSIM_DICTATION_H
#define CALLSIM_DICTATION_H

/* espeak-ng words per minute for dictation: about two digits a second with the pauses. */
#define CS_DICTATION_RATE 120

/* The spoken form of value (malloc'd, caller frees; NULL when out of memory): every run of five or
 * more digits (spaces and dashes between digits allowed), and a run of three or four digits before
 * 室 (a room number), is read digit by digit with 零幺二三四五六七八九 and split into chunks
 * (11 digits as 3-4-4, otherwise fours with the remainder in front) separated by "，". Other text is
 * kept as it is. */
char *cs_dictation_speech(const char *value);

/* The rate to dictate at for a caller who speaks at rate: slower than the caller, never above
 * CS_DICTATION_RATE. */
int cs_dictation_rate(int caller_rate);

#endif
