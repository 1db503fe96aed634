#include "require.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/*
 * Numbers are compared as the decimals they are written as, never through a
 * double: the result keeps each number's literal (result.c), so an integer
 * past 2^53 or a bound such as 0.1 is compared exactly. A literal becomes
 * sign, significant digits D (no leading or trailing zeros) and an exponent
 * adj such that the value is 0.D * 10^adj; two values of one sign compare
 * by adj, then by D.
 *
 * A literal's exponent may be written with any number of digits; it is read
 * saturating at +-SAT. That loses nothing: the bounds a spec can hold have
 * at most SX_REQUIRE_MAX_LITERAL characters, so their adj is far inside
 * +-SAT, and a result's value with a saturated exponent is beyond any of
 * them whatever its exact exponent (a line is at most output.max_stdout,
 * 1 GiB, so its digits move adj by less than 2^31).
 */
#define SAT 1000000000000000LL /* 10^15 */

struct num {
	bool neg;
	char *dig; /* significant digits, not NUL-terminated; n == 0: zero */
	size_t n;
	long long adj;
};

static void num_parse(const char *s, struct num *x)
{
	const char *p = s;
	long long e = 0;
	bool eneg = false, point = false, leading = true;

	x->neg = *p == '-';
	if (x->neg)
		p++;
	x->dig = sx_xmalloc(strlen(p) + 1);
	x->n = 0;
	x->adj = 0;
	for (; *p && *p != 'e' && *p != 'E'; p++) {
		if (*p == '.') {
			point = true;
			continue;
		}
		if (!point)
			x->adj++;
		if (leading && *p == '0') {
			x->adj--;
			continue;
		}
		leading = false;
		x->dig[x->n++] = *p;
	}
	while (x->n && x->dig[x->n - 1] == '0')
		x->n--;
	if (*p) {
		p++;
		if (*p == '+' || *p == '-')
			eneg = *p++ == '-';
		for (; *p >= '0' && *p <= '9'; p++)
			if ((e = e * 10 + (*p - '0')) > SAT)
				e = SAT;
	}
	x->adj += eneg ? -e : e;
	if (!x->n)
		x->neg = false; /* -0 is 0 */
}

int sx_require_numcmp(const char *a, const char *b)
{
	struct num x, y;
	int sx, sy, r;

	num_parse(a, &x);
	num_parse(b, &y);
	sx = !x.n ? 0 : x.neg ? -1 : 1;
	sy = !y.n ? 0 : y.neg ? -1 : 1;
	if (sx != sy || sx == 0) {
		r = sx < sy ? -1 : sx > sy;
	} else {
		/* Same sign, both non-zero: compare magnitudes. */
		if (x.adj != y.adj) {
			r = x.adj < y.adj ? -1 : 1;
		} else {
			r = memcmp(x.dig, y.dig, x.n < y.n ? x.n : y.n);
			if (r == 0)
				r = x.n < y.n ? -1 : x.n > y.n;
			else
				r = r < 0 ? -1 : 1;
		}
		if (sx < 0)
			r = -r;
	}
	free(x.dig);
	free(y.dig);
	return r;
}

bool sx_require_is_integer(const char *lit)
{
	struct num x;
	bool whole;

	num_parse(lit, &x);
	whole = !x.n || (x.adj >= 0 && x.n <= (unsigned long long)x.adj);
	free(x.dig);
	return whole;
}

/* The length of the JSON number at s, or 0 when there is none. */
static size_t json_number_len(const char *s)
{
	size_t i = 0;

#define DIGIT(k) (s[k] >= '0' && s[k] <= '9')
	if (s[i] == '-')
		i++;
	if (!DIGIT(i))
		return 0;
	if (s[i] == '0')
		i++;
	else
		while (DIGIT(i))
			i++;
	if (s[i] == '.') {
		if (!DIGIT(i + 1))
			return 0;
		for (i++; DIGIT(i); i++)
			;
	}
	if (s[i] == 'e' || s[i] == 'E') {
		i++;
		if (s[i] == '+' || s[i] == '-')
			i++;
		if (!DIGIT(i))
			return 0;
		while (DIGIT(i))
			i++;
	}
#undef DIGIT
	return i;
}

static const struct {
	const char *name;
	enum sx_require_type type;
} types[] = {
    {"any", SX_REQ_ANY},       {"number", SX_REQ_NUMBER},   {"integer", SX_REQ_INTEGER},
    {"string", SX_REQ_STRING}, {"boolean", SX_REQ_BOOLEAN}, {"array", SX_REQ_ARRAY},
    {"object", SX_REQ_OBJECT}, {"null", SX_REQ_NULL},
};

static bool is_ws(char c)
{
	return c == ' ' || c == '\t';
}

int sx_require_parse(const char *text, struct sx_require_spec *spec, const char **why)
{
	const char *p = text;
	size_t n;
	bool found = false;

	memset(spec, 0, sizeof *spec);
	while (is_ws(*p))
		p++;
	for (n = 0; p[n] >= 'a' && p[n] <= 'z'; n++)
		;
	if (n == 0 && *p) {
		*why = "expected a type (any, number, integer, string, boolean, array, object, "
		       "null), then bounds such as >= 0 for number and integer";
		return -EINVAL;
	}
	for (size_t i = 0; n && i < sizeof types / sizeof types[0]; i++) {
		if (strlen(types[i].name) == n && strncmp(types[i].name, p, n) == 0) {
			spec->type = types[i].type;
			found = true;
		}
	}
	if (n && !found) {
		*why = "unknown type: expected any, number, integer, string, boolean, array, "
		       "object or null";
		return -EINVAL;
	}
	p += n;
	for (;;) {
		enum sx_require_op op;
		bool comma = false;

		while (is_ws(*p) || (*p == ',' && !comma && spec->nbounds)) {
			comma |= *p == ',';
			p++;
		}
		if (!*p) {
			if (comma) {
				*why = "a comma must be followed by a bound";
				return -EINVAL;
			}
			return 0;
		}
		if (p[0] == '>' && p[1] == '=') {
			op = SX_REQ_GE;
			p += 2;
		} else if (p[0] == '<' && p[1] == '=') {
			op = SX_REQ_LE;
			p += 2;
		} else if (p[0] == '>' || p[0] == '<') {
			op = p[0] == '>' ? SX_REQ_GT : SX_REQ_LT;
			p++;
		} else {
			*why = "expected a bound: >=, >, <= or < and a number";
			return -EINVAL;
		}
		if (spec->type != SX_REQ_NUMBER && spec->type != SX_REQ_INTEGER) {
			*why = "bounds apply to number and integer only";
			return -EINVAL;
		}
		if (spec->nbounds == SX_REQUIRE_MAX_BOUNDS) {
			*why = "at most 4 bounds";
			return -EINVAL;
		}
		while (is_ws(*p))
			p++;
		n = json_number_len(p);
		if (n == 0 || (p[n] && !is_ws(p[n]) && p[n] != ',')) {
			*why = "a bound's number must be a JSON number such as 0, -1.5 or 1e6";
			return -EINVAL;
		}
		if (n > SX_REQUIRE_MAX_LITERAL) {
			*why = "a bound's number is at most 64 characters";
			return -EINVAL;
		}
		spec->bounds[spec->nbounds].op = op;
		memcpy(spec->bounds[spec->nbounds].lit, p, n);
		spec->bounds[spec->nbounds].lit[n] = '\0';
		spec->nbounds++;
		p += n;
	}
}

/* What a value is, as the checks see it. */
struct seen {
	enum sx_require_type type; /* SX_REQ_ANY: missing */
	const char *lit;	   /* a number's literal */
	char buf[40];
};

static void classify(const cJSON *v, struct seen *s)
{
	s->lit = NULL;
	if (!v) {
		s->type = SX_REQ_ANY;
	} else if (cJSON_IsRaw(v)) {
		/* result.c's raw leaves: a number's literal, a string holding
		 * U+0000, or an object whose keys hold it. */
		switch (v->valuestring[0]) {
		case '"':
			s->type = SX_REQ_STRING;
			break;
		case '{':
			s->type = SX_REQ_OBJECT;
			break;
		default:
			s->type = SX_REQ_NUMBER;
			s->lit = v->valuestring;
			break;
		}
	} else if (cJSON_IsNumber(v)) {
		/* A tree not from result.c: its double, printed exactly. */
		if (isfinite(v->valuedouble)) {
			snprintf(s->buf, sizeof s->buf, "%.17g", v->valuedouble);
			s->type = SX_REQ_NUMBER;
			s->lit = s->buf;
		} else {
			s->type = SX_REQ_NULL;
		}
	} else if (cJSON_IsString(v)) {
		s->type = SX_REQ_STRING;
	} else if (cJSON_IsBool(v)) {
		s->type = SX_REQ_BOOLEAN;
	} else if (cJSON_IsArray(v)) {
		s->type = SX_REQ_ARRAY;
	} else if (cJSON_IsObject(v)) {
		s->type = SX_REQ_OBJECT;
	} else {
		s->type = SX_REQ_NULL;
	}
}

static const char *type_name(enum sx_require_type t)
{
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		if (types[i].type == t)
			return types[i].name;
	return "any";
}

static bool bound_holds(const char *lit, enum sx_require_op op, const char *bound)
{
	int c = sx_require_numcmp(lit, bound);

	switch (op) {
	case SX_REQ_GE:
		return c >= 0;
	case SX_REQ_GT:
		return c > 0;
	case SX_REQ_LE:
		return c <= 0;
	case SX_REQ_LT:
		return c < 0;
	}
	return false;
}

/* NULL when v meets spec, else the problem. */
static const char *check_one(const struct sx_require_spec *spec, const struct seen *s)
{
	if (s->type == SX_REQ_ANY)
		return "missing";
	switch (spec->type) {
	case SX_REQ_ANY:
		return NULL;
	case SX_REQ_INTEGER:
		if (s->type != SX_REQ_NUMBER || !sx_require_is_integer(s->lit))
			return "type";
		break;
	default:
		if (s->type != spec->type)
			return "type";
		break;
	}
	for (size_t i = 0; i < spec->nbounds; i++)
		if (!bound_holds(s->lit, spec->bounds[i].op, spec->bounds[i].lit))
			return "bound";
	return NULL;
}

static void add_error(cJSON *errors, const char *key, const char *expected, const char *got,
		      const char *problem)
{
	cJSON *e = cJSON_CreateObject();

	if (!e)
		abort();
	cJSON_AddStringToObject(e, "key", key);
	cJSON_AddStringToObject(e, "expected", *expected ? expected : "any");
	cJSON_AddStringToObject(e, "got", got);
	cJSON_AddStringToObject(e, "problem", problem);
	cJSON_AddItemToArray(errors, e);
}

cJSON *sx_require_check(char *const *require, const cJSON *result)
{
	cJSON *errors = cJSON_CreateArray();
	/* An object whose keys hold U+0000 is one raw leaf (result.c): its
	 * keys cannot be looked up, so nothing it holds counts as there. */
	bool opaque = !cJSON_IsObject(result);

	if (!errors)
		abort();
	for (size_t i = 0; require && require[i] && require[i + 1]; i += 2) {
		struct sx_require_spec spec;
		struct seen s;
		const char *why, *problem;
		char got[SX_REQUIRE_MAX_LITERAL + 8];

		if (sx_require_parse(require[i + 1], &spec, &why) < 0) {
			add_error(errors, require[i], require[i + 1], "invalid spec", "type");
			continue;
		}
		classify(opaque ? NULL : cJSON_GetObjectItemCaseSensitive(result, require[i]), &s);
		if (!(problem = check_one(&spec, &s)))
			continue;
		if (opaque)
			snprintf(got, sizeof got, "missing (the result has a key holding U+0000)");
		else if (s.type == SX_REQ_ANY)
			snprintf(got, sizeof got, "missing");
		else if (s.lit && strlen(s.lit) > SX_REQUIRE_MAX_LITERAL)
			snprintf(got, sizeof got, "%.*s...", SX_REQUIRE_MAX_LITERAL, s.lit);
		else
			snprintf(got, sizeof got, "%s", s.lit ? s.lit : type_name(s.type));
		add_error(errors, require[i], require[i + 1], got, problem);
	}
	if (cJSON_GetArraySize(errors) == 0) {
		cJSON_Delete(errors);
		return NULL;
	}
	return errors;
}
