/* result.h - the script's result: the last line of its stdout that is a
 * JSON object. */
#ifndef SX_RESULT_H
#define SX_RESULT_H

#include <stddef.h>

#include <cjson/cJSON.h>

/* Objects and arrays nested deeper than this are not a result. */
#define SX_RESULT_MAX_DEPTH 512

/* Search out[0..len) from the end for a line holding one JSON object
 * (surrounding white space allowed), parsed by sx_result_parse(). Lines that
 * are not valid UTF-8 or hold a NUL byte are passed over. On success returns
 * the object (caller frees with cJSON_Delete) and the line's byte range
 * [*line_start, *line_end), newline included; NULL when there is none. */
cJSON *sx_result_extract(const char *out, size_t len, size_t *line_start, size_t *line_end);

/* Parse [s, s+n) as one JSON object into a tree that prints back as the
 * same value: numbers are raw leaves holding the literal as written
 * (valuedouble is set for readers), strings holding U+0000 are raw leaves,
 * bare NaN, Infinity and -Infinity become null, a repeated key keeps its
 * first place and its last value, lone surrogate escapes become U+FFFD. An
 * object whose keys hold U+0000 is a raw leaf. NULL when the text is not
 * exactly one such object. Caller frees with cJSON_Delete. */
cJSON *sx_result_parse(const char *s, size_t n);

#endif
