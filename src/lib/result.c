#include "result.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static bool word_at(const char *s, size_t n, size_t i, const char *w)
{
	size_t l = strlen(w);

	if (i + l > n || memcmp(s + i, w, l) != 0)
		return false;
	/* A whole token: not the start of a longer name. */
	if (i + l < n) {
		char c = s[i + l];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '_')
			return false;
	}
	return true;
}

char *sx_json_nonfinite_to_null(const char *s, size_t n, size_t *out_len)
{
	/* "NaN" (3 bytes) -> "null" (4) is the only growth: 4/3 at most. */
	char *out = sx_xmalloc(n + n / 3 + 8), *o = out;
	bool in_str = false;
	size_t i = 0;

	while (i < n) {
		char c = s[i];
		if (in_str) {
			*o++ = c;
			if (c == '\\' && i + 1 < n) {
				*o++ = s[++i];
			} else if (c == '"') {
				in_str = false;
			}
			i++;
			continue;
		}
		if (c == '"') {
			in_str = true;
		} else if (word_at(s, n, i, "NaN")) {
			memcpy(o, "null", 4);
			o += 4;
			i += 3;
			continue;
		} else if (word_at(s, n, i, "Infinity")) {
			memcpy(o, "null", 4);
			o += 4;
			i += 8;
			continue;
		} else if (word_at(s, n, i, "-Infinity")) {
			memcpy(o, "null", 4);
			o += 4;
			i += 9;
			continue;
		}
		*o++ = c;
		i++;
	}
	*o = '\0';
	*out_len = (size_t)(o - out);
	return out;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static cJSON *parse_line(const char *s, size_t n)
{
	const char *end = NULL;
	size_t m;
	char *clean;
	cJSON *j;

	while (n && is_space(*s)) {
		s++;
		n--;
	}
	while (n && is_space(s[n - 1]))
		n--;
	if (n < 2 || s[0] != '{' || s[n - 1] != '}')
		return NULL;
	if (memchr(s, '\0', n) || !sx_utf8_valid(s, n))
		return NULL;
	clean = sx_json_nonfinite_to_null(s, n, &m);
	j = cJSON_ParseWithLengthOpts(clean, m + 1, &end, true);
	free(clean);
	if (j && !cJSON_IsObject(j)) {
		cJSON_Delete(j);
		j = NULL;
	}
	return j;
}

cJSON *sx_result_extract(const char *out, size_t len, size_t *line_start, size_t *line_end)
{
	size_t end = len;

	while (end > 0) {
		size_t stop = end, start;
		cJSON *j;

		/* [start, stop) is the line's text; end includes its newline. */
		if (out[stop - 1] == '\n')
			stop--;
		start = stop;
		while (start > 0 && out[start - 1] != '\n')
			start--;
		j = parse_line(out + start, stop - start);
		if (j) {
			*line_start = start;
			*line_end = end;
			return j;
		}
		end = start;
	}
	return NULL;
}
