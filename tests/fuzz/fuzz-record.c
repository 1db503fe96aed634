/* libFuzzer target: the run record reader, on arbitrary file contents. A
 * record is written by anything that runs as the user, so every byte is
 * hostile. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reaper.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sx_record rec;
	struct sx_err err;

	if (sx_reaper_record_parse((const char *)data, size, "0123456789abcdef", &rec, &err) == 0) {
		/* What is accepted is exactly what sandexec could have written. */
		if (strcmp(rec.container, "sandexec-0123456789abcdef") != 0)
			abort();
		for (int i = 0; rec.engine[i]; i++)
			if (strncmp(rec.engine[i], "DOCKER_", 7) != 0 || i >= SX_ENGINE_VARS)
				abort();
		sx_reaper_record_free(&rec);
	}
	return 0;
}
