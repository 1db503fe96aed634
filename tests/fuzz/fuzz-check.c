/* libFuzzer target: the tokenizer and the policy on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "policy.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct sx_config cfg;
	static int ready;
	struct sx_violations vs = {0};

	if (!ready) {
		sx_config_init(&cfg);
		ready = 1;
	}
	sx_policy_check(&cfg, (const char *)data, size, &vs);
	sx_policy_violations_free(&vs);
	return 0;
}
