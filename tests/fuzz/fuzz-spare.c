/* libFuzzer target: what decides whether a spare is used. The registry
 * file is written by anything that runs as the user, and the engine's
 * answer to docker inspect is docker's output: every byte is hostile. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "spare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
		if (!memmem(data, size, key, strlen(key)) || !memmem(data, size, "1:x", 3) ||
		    !memmem(data, size, "10:seccomp={}", 13) || !memmem(data, size, "sha256:", 7))
			abort();
	}
	return 0;
}
