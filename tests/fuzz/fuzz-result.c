/* libFuzzer target: result extraction from arbitrary stdout bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "result.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t ls, le, n;
	cJSON *j = sx_result_extract((const char *)data, size, &ls, &le);
	char *s;

	if (j) {
		char *text = cJSON_PrintUnformatted(j);
		free(text);
		cJSON_Delete(j);
	}
	s = sx_json_nonfinite_to_null((const char *)data, size, &n);
	free(s);
	return 0;
}
