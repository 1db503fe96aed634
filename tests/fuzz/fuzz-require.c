/* libFuzzer target: output.require's spec parser and check. The input is a
 * spec, a newline, and a result line: the spec is parsed; when it is valid,
 * its bounds must compare equal to themselves and the result (when it is
 * one) is checked against it. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "require.h"
#include "result.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nl = memchr(data, '\n', size);
	size_t n = nl ? (size_t)(nl - (const char *)data) : size;
	char *spec_text = malloc(n + 1);
	struct sx_require_spec spec;
	const char *why = NULL;
	cJSON *result, *errors;

	memcpy(spec_text, data, n);
	spec_text[n] = '\0';
	if (sx_require_parse(spec_text, &spec, &why) < 0) {
		if (!why)
			abort();
		free(spec_text);
		return 0;
	}
	if (spec.nbounds > SX_REQUIRE_MAX_BOUNDS)
		abort();
	for (size_t i = 0; i < spec.nbounds; i++) {
		if (sx_require_numcmp(spec.bounds[i].lit, spec.bounds[i].lit) != 0)
			abort();
		for (size_t k = 0; k < spec.nbounds; k++)
			if (sx_require_numcmp(spec.bounds[i].lit, spec.bounds[k].lit) !=
			    -sx_require_numcmp(spec.bounds[k].lit, spec.bounds[i].lit))
				abort();
	}
	if (nl && (result = sx_result_parse(nl + 1, size - n - 1))) {
		char *req[] = {"k", spec_text, NULL};

		/* Every value of the result under the key, in turn. */
		for (cJSON *c = result->child; c; c = c->next) {
			if (!c->string)
				continue;
			req[0] = c->string;
			errors = sx_require_check(req, result);
			cJSON_Delete(errors);
		}
		req[0] = "k";
		errors = sx_require_check(req, result);
		cJSON_Delete(errors);
		cJSON_Delete(result);
	}
	free(spec_text);
	return 0;
}
