/* Random identifiers and salts from the kernel (/dev/urandom): attempt and exam uids that stay
 * unique across exam seats (so `callsim merge` can match rows), and PIN salts. */
#ifndef CALLSIM_RANDOM_ID_H
#define CALLSIM_RANDOM_ID_H

#include <stddef.h>

#define CS_UID_HEX 33 /* 128 bits as 32 hex digits + NUL */

/* Fills buf with n random bytes; 0, or -1 when the kernel's source cannot be read. */
int cs_random_bytes(unsigned char *buf, size_t n);
/* A 128-bit random uid in hex; 0 or -1. */
int cs_random_uid(char out[CS_UID_HEX]);

#endif
