/* libFuzzer target: the YAML configuration loader on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sx_config cfg;
	struct sx_err err;

	sx_config_init(&cfg);
	sx_config_load_string(&cfg, "fuzz.yaml", (const char *)data, size, &err);
	sx_config_free(&cfg);
	return 0;
}
