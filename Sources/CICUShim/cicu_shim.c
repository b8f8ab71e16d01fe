#include "cicu_shim.h"

#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unum.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

void cicu_version(char *out, int32_t cap) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (cap > 0) {
        strncpy(out, text, (size_t)cap - 1);
        out[cap - 1] = 0;
    }
}

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

static int is_conversion_error(UErrorCode status) {
    return status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND ||
           status == U_TRUNCATED_CHAR_FOUND || status == U_ILLEGAL_ESCAPE_SEQUENCE ||
           status == U_UNSUPPORTED_ESCAPE_SEQUENCE;
}

int32_t cicu_decode(const char *charset, const uint8_t *bytes, int32_t length, int32_t lenient,
                    uint16_t *out, int32_t capacity, int32_t *out_length,
                    int32_t *error_offset, int32_t *replacements) {
    UErrorCode status = U_ZERO_ERROR;
    *out_length = 0;
    *error_offset = -1;
    *replacements = 0;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return status;
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(conv); return status; }

    const char *source = (const char *)bytes;
    const char *limit = source + length;
    UChar *target = (UChar *)out;
    UChar *target_limit = target + capacity;
    for (;;) {
        status = U_ZERO_ERROR;
        ucnv_toUnicode(conv, &target, target_limit, &source, limit, NULL, 1, &status);
        if (!is_conversion_error(status)) break;
        // The invalid bytes were consumed; they end where `source` now points.
        char invalid[32];
        int8_t invalid_length = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv, invalid, &invalid_length, &ignored);
        int32_t offset = (int32_t)(source - (const char *)bytes) - invalid_length;
        if (*error_offset < 0) *error_offset = offset;
        if (!lenient) break;
        *replacements += 1;
        if (target >= target_limit) { status = U_BUFFER_OVERFLOW_ERROR; break; }
        *target++ = 0xFFFD;
        if (source >= limit) { status = U_ZERO_ERROR; break; }
    }
    *out_length = (int32_t)(target - (UChar *)out);
    ucnv_close(conv);
    return status;
}

int32_t cicu_detect(const uint8_t *bytes, int32_t length, char *name_out, int32_t name_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && match != NULL) {
        const char *name = ucsdet_getName(match, &status);
        confidence = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && name != NULL && name_capacity > 0) {
            strncpy(name_out, name, (size_t)name_capacity - 1);
            name_out[name_capacity - 1] = 0;
        } else {
            confidence = -1;
        }
    }
    ucsdet_close(detector);
    return confidence;
}

void *cicu_trans_open(const uint16_t *id, int32_t id_length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parse_error;
    UTransliterator *trans =
        utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD, NULL, 0, &parse_error, &code);
    *status = code;
    return U_SUCCESS(code) ? trans : NULL;
}

int32_t cicu_trans_apply(void *trans, uint16_t *text, int32_t *length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars((UTransliterator *)trans, (UChar *)text, length, capacity, 0, &limit, &status);
    return status;
}

void cicu_trans_close(void *trans) {
    if (trans != NULL) utrans_close((UTransliterator *)trans);
}

int32_t cicu_spellout_parse(const uint16_t *text, int32_t length, char *out, int32_t capacity,
                            int32_t *parse_end) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &status);
    if (U_FAILURE(status)) return status;
    status = U_ZERO_ERROR;  // opening "zh" spellout reports U_USING_DEFAULT_WARNING
    int32_t position = 0;
    unum_parseDecimal(format, (const UChar *)text, length, &position, out, capacity, &status);
    *parse_end = position;
    unum_close(format);
    return status;
}
