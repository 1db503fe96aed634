/* libFuzzer target: result extraction from arbitrary stdout bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <string.h>

#include "result.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The bytes cJSON allocates during extraction: the work is linear in the
 * input whatever its nesting (a node per input byte at most, and the raw
 * text of NUL-keyed objects written once). */
static size_t allocated;

static void *counting_malloc(size_t n)
{
	allocated += n;
	return malloc(n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cJSON_Hooks counting = {counting_malloc, free};
	size_t ls, le;
	cJSON *j;

	cJSON_InitHooks(&counting);
	allocated = 0;
	j = sx_result_extract((const char *)data, size, &ls, &le);
	cJSON_InitHooks(NULL);
	if (allocated > 256 * size + 1024)
		abort();

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
