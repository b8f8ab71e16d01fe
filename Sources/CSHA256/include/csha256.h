#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 block compression (FIPS 180-4 §6.2.2) over `blocks` whole 64-byte blocks.
/// Uses the CPU's SHA extensions where it has them, else portable C; both give the same state.
void csha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

/// The two paths by name, so tests can compare them on a machine that has both.
void csha256_compress_portable(uint32_t state[8], const uint8_t *data, size_t blocks);
/// Returns 0 (and does nothing) where the CPU has no SHA extensions.
int csha256_compress_accelerated(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
