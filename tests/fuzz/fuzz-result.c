/* libFuzzer target: result extraction from arbitrary stdout bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <string.h>

#include "result.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t ls, le;
	cJSON *j = sx_result_extract((const char *)data, size, &ls, &le);

	if (j) {
		char *text = cJSON_PrintUnformatted(j), *again;
		cJSON *k;

		/* What is printed is valid UTF-8 JSON that reads back as itself. */
		if (!text || !sx_utf8_valid(text, strlen(text)))
			abort();
		k = sx_result_parse(text, strlen(text));
		if (!k)
			abort();
		again = cJSON_PrintUnformatted(k);
		if (!again || strcmp(again, text) != 0)
			abort();
		free(again);
		cJSON_Delete(k);
		free(text);
		cJSON_Delete(j);
	}
	return 0;
}
