/* libFuzzer target: what decides whether a spare is used. The registry
 * file is written by anything that runs as the user, and the engine's
 * answer to docker inspect is docker's output: every byte is hostile. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "spare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Whether needle occurs in data[0..size) (memmem is a GNU extension). */
static int has(const uint8_t *data, size_t size, const char *needle)
{
	size_t n = strlen(needle);

	for (size_t i = 0; n <= size && i <= size - n; i++)
		if (memcmp(data + i, needle, n) == 0)
			return 1;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *key = "0123456789abcdef", *owner = "0@host";
	struct sx_spare sp;
	struct sx_err err;

	if (sx_spare_parse((const char *)data, size, key, &sp) == 0 &&
	    strcmp(sp.container, "sandexec-0123456789abcdef") != 0)
		abort(); /* only the container its name says */
	static char *cmd[] = {"python3", "-c", "x", NULL};
	const struct sx_spare_expect want = {.cmd = cmd,
					     .seccomp_opt = "seccomp={}",
					     .network = "\"none\"",
					     .user = "\"1:1\"",
					     .read_only = true};

	if (sx_spare_inspect_check((const char *)data, size, key, owner, &want, &err) == 0) {
		/* Accepted: it named this key and owner, the command, the
		 * profile, and an image. */
		if (!has(data, size, key) || !has(data, size, "1:x") ||
		    !has(data, size, "10:seccomp={}") || !has(data, size, "sha256:"))
			abort();
	}
	return 0;
}
