#include "result.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/*
 * The result is the script's JSON value, exactly. cJSON keeps numbers as
 * doubles and strings as C strings, so its parser would round integers past
 * 2^53 and cut strings at \u0000. This parser builds the cJSON tree itself:
 *
 *  - a number is a raw leaf holding the literal as written (checked against
 *    the JSON grammar), so printing the tree writes it back unchanged;
 *  - a string is a cJSON string, or a raw leaf holding its re-escaped text
 *    when it contains U+0000; an escaped lone surrogate (\ud800 alone, which
 *    Python writes for such str values) becomes U+FFFD, the only change;
 *  - NaN, Infinity and -Infinity, which Python's json.dumps writes, become
 *    null;
 *  - a key that occurs twice keeps the place of its first occurrence and the
 *    value of its last, as Python's json.loads does;
 *  - an object whose keys hold U+0000 (cJSON keys are C strings) becomes a
 *    raw leaf of its own re-escaped text, written once for the outermost
 *    such object (see resolve()).
 *
 * The work is linear in the line's length whatever its nesting: each byte
 * is decoded once, and re-escaped or copied a bounded number of times.
 *
 * Nesting is bounded (SX_RESULT_MAX_DEPTH); the line must be valid UTF-8.
 * Every raw leaf is valid JSON text in valid UTF-8 by construction.
 */

struct jp {
	const char *s;
	size_t n, i;
	int depth;
};

struct member {
	char *key; /* decoded bytes, NUL-terminated, may hold NUL */
	size_t klen;
	cJSON *value;
	size_t pos;
};

static cJSON *parse_value(struct jp *p);

static void skip_ws(struct jp *p)
{
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\r' ||
			       p->s[p->i] == '\n'))
		p->i++;
}

static bool lit(struct jp *p, const char *w)
{
	size_t l = strlen(w);

	if (p->i + l > p->n || memcmp(p->s + p->i, w, l) != 0)
		return false;
	p->i += l;
	return true;
}

static int hex4(const char *s, unsigned *out)
{
	unsigned v = 0;

	for (int k = 0; k < 4; k++) {
		char c = s[k];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xc0 | (cp >> 6));
		o[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xe0 | (cp >> 12));
		o[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (char)(0xf0 | (cp >> 18));
	o[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	o[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	o[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* Decode the string literal at p->i (on its opening quote). Returns the
 * bytes (caller frees; NUL-terminated, may hold NUL) and their length in
 * *len, or NULL when it is not a valid JSON string. */
static char *parse_string(struct jp *p, size_t *len)
{
	size_t start = ++p->i, end = start;
	char *out, *o;

	/* The decoded text is never longer than the literal. */
	while (end < p->n && p->s[end] != '"') {
		if ((unsigned char)p->s[end] < 0x20)
			return NULL;
		end += p->s[end] == '\\' ? 2 : 1;
	}
	if (end >= p->n)
		return NULL;
	out = o = sx_xmalloc(end - start + 1);
	while (p->i < end) {
		char c = p->s[p->i++];
		unsigned cp, lo;

		if (c != '\\') {
			*o++ = c;
			continue;
		}
		c = p->s[p->i++];
		switch (c) {
		case '"':
			*o++ = '"';
			break;
		case '\\':
			*o++ = '\\';
			break;
		case '/':
			*o++ = '/';
			break;
		case 'b':
			*o++ = '\b';
			break;
		case 'f':
			*o++ = '\f';
			break;
		case 'n':
			*o++ = '\n';
			break;
		case 'r':
			*o++ = '\r';
			break;
		case 't':
			*o++ = '\t';
			break;
		case 'u':
			if (p->i + 4 > end || hex4(p->s + p->i, &cp) < 0)
				goto bad;
			p->i += 4;
			if (cp >= 0xd800 && cp <= 0xdbff && p->i + 6 <= end && p->s[p->i] == '\\' &&
			    p->s[p->i + 1] == 'u' && hex4(p->s + p->i + 2, &lo) == 0 &&
			    lo >= 0xdc00 && lo <= 0xdfff) {
				p->i += 6;
				cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
			} else if (cp >= 0xd800 && cp <= 0xdfff) {
				cp = 0xfffd;
			}
			o += put_utf8(o, cp);
			break;
		default:
			goto bad;
		}
	}
	p->i = end + 1;
	*o = '\0';
	*len = (size_t)(o - out);
	return out;
bad:
	free(out);
	return NULL;
}

static cJSON *raw(char *text)
{
	cJSON *j = cJSON_CreateRaw(text);

	free(text);
	if (!j)
		abort();
	return j;
}

static cJSON *parse_number(struct jp *p)
{
	size_t start = p->i;
	const char *s = p->s;
	char *text;
	cJSON *j;

#define DIGIT(k) ((k) < p->n && s[k] >= '0' && s[k] <= '9')
	if (p->i < p->n && s[p->i] == '-')
		p->i++;
	if (!DIGIT(p->i))
		return NULL;
	if (s[p->i] == '0') {
		p->i++;
	} else {
		while (DIGIT(p->i))
			p->i++;
	}
	if (p->i < p->n && s[p->i] == '.') {
		p->i++;
		if (!DIGIT(p->i))
			return NULL;
		while (DIGIT(p->i))
			p->i++;
	}
	if (p->i < p->n && (s[p->i] == 'e' || s[p->i] == 'E')) {
		p->i++;
		if (p->i < p->n && (s[p->i] == '+' || s[p->i] == '-'))
			p->i++;
		if (!DIGIT(p->i))
			return NULL;
		while (DIGIT(p->i))
			p->i++;
	}
#undef DIGIT
	text = sx_xmalloc(p->i - start + 1);
	memcpy(text, s + start, p->i - start);
	text[p->i - start] = '\0';
	j = cJSON_CreateRaw(text);
	if (!j)
		abort();
	/* For readers of the tree; what is printed is the literal. */
	cJSON_SetNumberHelper(j, strtod(text, NULL));
	free(text);
	return j;
}

static int member_cmp(const void *a, const void *b)
{
	const struct member *x = a, *y = b;
	size_t n = x->klen < y->klen ? x->klen : y->klen;
	int c = memcmp(x->key, y->key, n);

	if (c)
		return c;
	if (x->klen != y->klen)
		return x->klen < y->klen ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static int pos_cmp(const void *a, const void *b)
{
	const struct member *x = a, *y = b;

	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static bool same_key(const struct member *a, const struct member *b)
{
	return a->klen == b->klen && memcmp(a->key, b->key, a->klen) == 0;
}

/* Members in their first key's place with their last value; the others'
 * values freed and key set NULL. */
static size_t dedupe(struct member *m, size_t n)
{
	size_t kept = 0;

	qsort(m, n, sizeof *m, member_cmp);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;

		while (j < n && same_key(&m[i], &m[j]))
			j++;
		if (j - i > 1) {
			cJSON_Delete(m[i].value);
			m[i].value = m[j - 1].value;
			for (size_t k = i + 1; k < j; k++) {
				if (k < j - 1)
					cJSON_Delete(m[k].value);
				free(m[k].key);
				m[k].key = NULL;
				m[k].value = NULL;
			}
		}
		i = j;
	}
	qsort(m, n, sizeof *m, pos_cmp);
	for (size_t i = 0; i < n; i++)
		if (m[i].key)
			m[kept++] = m[i];
	return kept;
}

/*
 * An object whose keys hold NUL is built as a cJSON object marked NULKEYS
 * whose keys are their JSON text (quoted, NUL as \u0000); resolve() turns
 * the outermost such object into one raw leaf once the whole line is parsed.
 * Printing each one as it is parsed would copy an inner object's text again
 * at every level above it: depth times length.
 */
#define NULKEYS (1 << 12)

static cJSON *build_object(struct member *m, size_t n)
{
	bool nul = false;
	cJSON *o = cJSON_CreateObject();

	if (!o)
		abort();
	for (size_t i = 0; i < n; i++)
		nul = nul || memchr(m[i].key, '\0', m[i].klen);
	if (nul)
		o->type |= NULKEYS;
	for (size_t i = 0; i < n; i++) {
		char *k = nul ? sx_json_quote(m[i].key, m[i].klen) : NULL;

		cJSON_AddItemToObject(o, k ? k : m[i].key, m[i].value);
		m[i].value = NULL;
		free(k);
	}
	return o;
}

/* A text buffer from cJSON's allocator, so that it can become a raw leaf's
 * valuestring as it is. */
struct buf {
	char *s;
	size_t len, cap;
};

static void put(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = 2 * (b->len + n + 1);
		char *t = cJSON_malloc(cap);

		if (!t)
			abort();
		/* The first growth has no old buffer: memcpy(NULL) is
		 * undefined even for 0 bytes (UBSan). */
		if (b->len)
			memcpy(t, b->s, b->len);
		cJSON_free(b->s);
		b->s = t;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void put_quoted(struct buf *b, const char *s)
{
	char *q = sx_json_quote(s, strlen(s));

	put(b, q, strlen(q));
	free(q);
}

/* The JSON text of j, as cJSON_PrintUnformatted would write it, except that
 * the keys of a NULKEYS object are written as they are stored. */
static void emit(struct buf *b, const cJSON *j)
{
	const cJSON *c;

	switch (j->type & 0xff) {
	case cJSON_Raw:
		put(b, j->valuestring, strlen(j->valuestring));
		return;
	case cJSON_String:
		put_quoted(b, j->valuestring);
		return;
	case cJSON_True:
		put(b, "true", 4);
		return;
	case cJSON_False:
		put(b, "false", 5);
		return;
	case cJSON_Array:
		put(b, "[", 1);
		for (c = j->child; c; c = c->next) {
			emit(b, c);
			if (c->next)
				put(b, ",", 1);
		}
		put(b, "]", 1);
		return;
	case cJSON_Object:
		put(b, "{", 1);
		for (c = j->child; c; c = c->next) {
			if (j->type & NULKEYS)
				put(b, c->string, strlen(c->string));
			else
				put_quoted(b, c->string);
			put(b, ":", 1);
			emit(b, c);
			if (c->next)
				put(b, ",", 1);
		}
		put(b, "}", 1);
		return;
	default:
		put(b, "null", 4);
		return;
	}
}

/* Each outermost NULKEYS object becomes a raw leaf of its text, in place:
 * every byte of the tree is written once. */
static void resolve(cJSON *j)
{
	if (j->type & NULKEYS) {
		struct buf b = {0};

		emit(&b, j);
		cJSON_Delete(j->child);
		j->child = NULL;
		j->type = cJSON_Raw | (j->type & cJSON_StringIsConst);
		j->valuestring = b.s;
		return;
	}
	for (cJSON *c = j->child; c; c = c->next)
		resolve(c);
}

static cJSON *parse_object(struct jp *p)
{
	struct member *m = NULL;
	size_t n = 0, cap = 0;
	cJSON *o = NULL;

	p->i++;
	skip_ws(p);
	if (p->i < p->n && p->s[p->i] == '}') {
		p->i++;
		o = cJSON_CreateObject();
		if (!o)
			abort();
		return o;
	}
	for (;;) {
		struct member mb = {.pos = n};

		skip_ws(p);
		if (p->i >= p->n || p->s[p->i] != '"')
			goto out;
		mb.key = parse_string(p, &mb.klen);
		if (!mb.key)
			goto out;
		skip_ws(p);
		if (p->i >= p->n || p->s[p->i] != ':') {
			free(mb.key);
			goto out;
		}
		p->i++;
		mb.value = parse_value(p);
		if (!mb.value) {
			free(mb.key);
			goto out;
		}
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			m = sx_xrealloc(m, cap * sizeof *m);
		}
		m[n++] = mb;
		skip_ws(p);
		if (p->i < p->n && p->s[p->i] == ',') {
			p->i++;
			continue;
		}
		if (p->i < p->n && p->s[p->i] == '}') {
			p->i++;
			break;
		}
		goto out;
	}
	n = dedupe(m, n);
	o = build_object(m, n);
out:
	for (size_t i = 0; i < n; i++) {
		free(m[i].key);
		cJSON_Delete(m[i].value);
	}
	free(m);
	return o;
}

static cJSON *parse_array(struct jp *p)
{
	cJSON *a = cJSON_CreateArray(), *v;

	if (!a)
		abort();
	p->i++;
	skip_ws(p);
	if (p->i < p->n && p->s[p->i] == ']') {
		p->i++;
		return a;
	}
	for (;;) {
		v = parse_value(p);
		if (!v)
			break;
		cJSON_AddItemToArray(a, v);
		skip_ws(p);
		if (p->i < p->n && p->s[p->i] == ',') {
			p->i++;
			continue;
		}
		if (p->i < p->n && p->s[p->i] == ']') {
			p->i++;
			return a;
		}
		break;
	}
	cJSON_Delete(a);
	return NULL;
}

static cJSON *parse_value(struct jp *p)
{
	cJSON *j = NULL;
	char *str;
	size_t len;

	skip_ws(p);
	if (p->i >= p->n)
		return NULL;
	switch (p->s[p->i]) {
	case '{':
	case '[':
		if (++p->depth > SX_RESULT_MAX_DEPTH)
			return NULL;
		j = p->s[p->i] == '{' ? parse_object(p) : parse_array(p);
		p->depth--;
		return j;
	case '"':
		str = parse_string(p, &len);
		if (!str)
			return NULL;
		if (memchr(str, '\0', len)) {
			j = raw(sx_json_quote(str, len));
		} else {
			j = cJSON_CreateString(str);
			if (!j)
				abort();
		}
		free(str);
		return j;
	}
	if (lit(p, "true"))
		j = cJSON_CreateTrue();
	else if (lit(p, "false"))
		j = cJSON_CreateFalse();
	else if (lit(p, "null") || lit(p, "NaN") || lit(p, "Infinity") || lit(p, "-Infinity"))
		j = cJSON_CreateNull();
	else
		return parse_number(p);
	if (!j)
		abort();
	return j;
}

cJSON *sx_result_parse(const char *s, size_t n)
{
	struct jp p = {.s = s, .n = n};
	cJSON *j;

	if (memchr(s, '\0', n) || !sx_utf8_valid(s, n))
		return NULL;
	skip_ws(&p);
	if (p.i >= n || s[p.i] != '{')
		return NULL;
	j = parse_value(&p);
	skip_ws(&p);
	if (j && p.i != n) {
		cJSON_Delete(j);
		j = NULL;
	}
	if (j)
		resolve(j);
	return j;
}

/* JSON's own white space only (a line holds no LF): Python's json.loads,
 * which the script's author tests with, rejects \f or \v around an object,
 * and so does every step of this parser. */
static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static cJSON *parse_line(const char *s, size_t n)
{
	while (n && is_space(*s)) {
		s++;
		n--;
	}
	while (n && is_space(s[n - 1]))
		n--;
	if (n < 2 || s[0] != '{' || s[n - 1] != '}')
		return NULL;
	return sx_result_parse(s, n);
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
