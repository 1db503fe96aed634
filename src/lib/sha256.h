/* sha256.h - FIPS 180-4 SHA-256, for the report's fingerprint of the script. */
#ifndef SX_SHA256_H
#define SX_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sx_sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t used;
};

void sx_sha256_init(struct sx_sha256 *c);
void sx_sha256_update(struct sx_sha256 *c, const void *data, size_t len);
void sx_sha256_final(struct sx_sha256 *c, unsigned char out[32]);
/* One-shot digest of data as 64 lowercase hex characters into hex[65]. */
void sx_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
