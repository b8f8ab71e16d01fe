#ifndef CICU_SHIM_H
#define CICU_SHIM_H

// A stable, ICU-free C interface over the system ICU. Only <stdint.h> types appear here, so that
// Swift modules importing this header never see ICU's own headers (they clash with the private ICU
// that Foundation loads). Status values are ICU's UErrorCode: > 0 failure, < 0 warning, 0 success.

#include <stdint.h>

/// ICU's version string, e.g. "72.1"; writes at most `cap` bytes including the terminating NUL.
void cicu_version(char *out, int32_t cap);

/// The name of an ICU status code, e.g. "U_ILLEGAL_CHAR_FOUND".
const char *cicu_error_name(int32_t status);

/// Decodes `length` bytes in the charset `charset` to UTF-16.
/// Strict mode (`lenient` == 0) stops at the first invalid or truncated sequence and stores its byte
/// offset in `*error_offset`. Lenient mode replaces each invalid sequence with U+FFFD, counts them in
/// `*replacements` and stores the first offset in `*error_offset` (-1 when none).
/// `capacity` must be at least `length + 1` code units. Returns the status; `*out_length` gets the
/// number of UTF-16 code units written.
int32_t cicu_decode(const char *charset, const uint8_t *bytes, int32_t length, int32_t lenient,
                    uint16_t *out, int32_t capacity, int32_t *out_length,
                    int32_t *error_offset, int32_t *replacements);

/// Runs ICU's charset detector; writes the best match's name and returns its confidence (0-100),
/// or -1 when nothing matched or ICU failed.
int32_t cicu_detect(const uint8_t *bytes, int32_t length, char *name_out, int32_t name_capacity);

/// Opens a transliterator from an ID such as "[\\uFF01-\\uFF5E\\u3000] Fullwidth-Halfwidth".
void *cicu_trans_open(const uint16_t *id, int32_t id_length, int32_t *status);

/// Applies the transliterator in place; `*length` is updated. Returns the status
/// (U_BUFFER_OVERFLOW_ERROR when `capacity` is too small).
int32_t cicu_trans_apply(void *trans, uint16_t *text, int32_t *length, int32_t capacity);

void cicu_trans_close(void *trans);

/// Parses a Chinese numeral with ICU's rule-based spellout ("zh"), writing the value as a decimal
/// string. ICU stops at the first character it cannot read without an error, so `*parse_end` tells
/// how many UTF-16 units were consumed; callers must check it.
int32_t cicu_spellout_parse(const uint16_t *text, int32_t length, char *out, int32_t capacity,
                            int32_t *parse_end);

#endif
