/* result.h - the script's result: the last line of its stdout that is a
 * JSON object. */
#ifndef SX_RESULT_H
#define SX_RESULT_H

#include <stddef.h>

#include <cjson/cJSON.h>

/* Search out[0..len) from the end for a line holding one JSON object
 * (surrounding white space allowed). Bare NaN, Infinity and -Infinity, which
 * Python's json module writes, become null. Lines that are not valid UTF-8
 * are passed over. On success returns the object (caller frees with
 * cJSON_Delete) and the line's byte range [*line_start, *line_end), newline
 * included; NULL when there is none. */
cJSON *sx_result_extract(const char *out, size_t len, size_t *line_start, size_t *line_end);

/* Copy of [s, s+n) with NaN, Infinity and -Infinity outside strings turned
 * into null. Caller frees. */
char *sx_json_nonfinite_to_null(const char *s, size_t n, size_t *out_len);

#endif
