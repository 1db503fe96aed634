/* require.h - output.require: the keys a result must hold, each with a type
 * and bounds, checked once the result is found. Not a JSON Schema: top-level
 * keys, one type each, numeric bounds compared exactly. */
#ifndef SX_REQUIRE_H
#define SX_REQUIRE_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#define SX_REQUIRE_MAX_BOUNDS 4	  /* bounds in one spec */
#define SX_REQUIRE_MAX_LITERAL 64 /* characters of a bound's number */

enum sx_require_type {
	SX_REQ_ANY,
	SX_REQ_NUMBER,
	SX_REQ_INTEGER,
	SX_REQ_STRING,
	SX_REQ_BOOLEAN,
	SX_REQ_ARRAY,
	SX_REQ_OBJECT,
	SX_REQ_NULL,
};

enum sx_require_op { SX_REQ_GE, SX_REQ_GT, SX_REQ_LE, SX_REQ_LT };

struct sx_require_spec {
	enum sx_require_type type;
	size_t nbounds;
	struct {
		enum sx_require_op op;
		char lit[SX_REQUIRE_MAX_LITERAL + 1]; /* a JSON number literal */
	} bounds[SX_REQUIRE_MAX_BOUNDS];
};

/* Parse a spec: "" or "any", or a type (number, integer, string, boolean,
 * array, object, null) followed, for number and integer only, by bounds
 * "OP N" (OP one of >= > <= <, N a JSON number) separated by white space or
 * a comma: "integer >= 0", "number > -1, < 1". 0, or -EINVAL with *why
 * set to a static reason. */
int sx_require_parse(const char *text, struct sx_require_spec *spec, const char **why);

/* Compare two JSON number literals exactly (any length, any exponent):
 * <0, 0, >0. Both must match the JSON grammar. */
int sx_require_numcmp(const char *a, const char *b);

/* Whether a JSON number literal's value is a whole number ("2.0" and "1e3"
 * are; "2.5" is not). */
bool sx_require_is_integer(const char *lit);

/* Check result against require, a NULL-terminated list of KEY, SPEC pairs
 * (each spec accepted by sx_require_parse). Returns NULL when every check
 * passes, else an array of {"key","expected","got","problem"} objects in
 * require's order (caller frees). problem is "missing", "type" or "bound";
 * got is "missing", the value's JSON type name, or a number's literal
 * (cut to 64 characters). */
cJSON *sx_require_check(char *const *require, const cJSON *result);

#endif
