/* The signed exam ledger (issue 12; docs/signed-record.md): every exam-time action is one entry,
 * signed (Ed25519) by the examiner who did it, over its canonical text:
 *   "callsim ledger v1" chain seq kind sitting signer at prev body   (cs_canon lines, digest.h)
 * hash = SHA-256 of that text. Entries about a sitting are chained per database file: chain is the
 * file's ledger id (store_meta 'chain', made on first use), seq counts from 1, prev is the previous
 * entry's hash, so an entry removed from the middle, or reordered, breaks the chain. Entries about
 * the centre and its examiners stand alone (chain NULL): seats set up from one centre file share
 * them, and each is signed by an administrator. The table is insert-only (triggers), which the
 * signatures make checkable whatever program wrote the file. */
#ifndef CALLSIM_EXAM_LEDGER_H
#define CALLSIM_EXAM_LEDGER_H

#include <stddef.h>
#include <stdint.h>

#include "exam_keys.h"
#include "store.h"

typedef struct {
    int64_t id;
    const char *chain;   /* NULL: a centre/examiner entry */
    int64_t seq;
    const char *kind, *sitting, *signer, *at, *body, *prev, *hash, *sig; /* sitting, prev may be NULL */
} cs_ledger_row;

/* The canonical text that is hashed and signed (malloc'd; NULL when out of memory). */
char *cs_ledger_text(const cs_ledger_row *r);

/* Appends an entry signed by who, inside the caller's transaction (or its own statement).
 * chained: a sitting's entry (chain + seq + prev) or a standalone one. at: the entry's time
 * (NULL = now). hash_out (may be NULL): the new entry's hash. */
int cs_ledger_append(cs_store *st, const cs_signer *who, const char *kind, const char *sitting,
                     const char *body, int chained, const char *at, char hash_out[CS_SHA256_HEX],
                     char *err, size_t errlen);

typedef int (*cs_ledger_cb)(const cs_ledger_row *r, void *ctx);
/* Every entry: standalone ones first (by id), then each chain by seq. */
int cs_ledger_each(cs_store *st, cs_ledger_cb cb, void *ctx, char *err, size_t errlen);

/* ISO-8601 UTC with milliseconds, as the store writes times. */
void cs_now_iso(char *buf, size_t len);

/* The value of field name in a canonical text (unescaped into out); 0 found, -1 not. */
int cs_canon_get(const char *text, const char *name, char *out, size_t len);

/* Receipts (docs/signed-record.md "Receipts"): the head of a file's chain, "CHAIN8-SEQ-HASH16"
 * (the chain id's first 8 hex digits, the entry's seq, its hash's first 16), written down off the
 * machine when a sitting is signed; verify --receipt then proves that the chain still reaches that
 * entry unchanged, which closes the tail gap of a hash chain (its newest entries cut off together
 * with the rows they describe). */
#define CS_RECEIPT_CHAIN 8
#define CS_RECEIPT_HASH 16
#define CS_RECEIPT_MAX 48
/* The receipt of this file's own chain as it stands now ("" when it has none yet). Read-only. */
int cs_ledger_receipt(cs_store *st, char *out, size_t len, char *err, size_t errlen);
/* The receipt of every chain's newest entry (a merged file holds several chains). */
typedef void (*cs_receipt_cb)(const char *receipt, void *ctx);
int cs_ledger_heads(cs_store *st, cs_receipt_cb cb, void *ctx, char *err, size_t errlen);
/* 0: the file's chain holds the entry the receipt names; 1: it does not (problem says how: cut off,
 * rewritten, or no such chain); -1: not a receipt, or a read error (err). The chain's hashes and
 * links themselves are cs_exam_verify's to check. */
int cs_ledger_check_receipt(cs_store *st, const char *receipt, char *problem, size_t plen, char *err, size_t errlen);

#endif
