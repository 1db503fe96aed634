/* libFuzzer target: the supervisor's end trailer, the exception record and
 * the classification of a docker run from arbitrary stdout bytes (the
 * script controls them). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "run.h"

#define NONCE "0123456789abcdef0123456789abcdef"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sx_script_end e;
	struct sx_config cfg;
	struct sx_proc_result res = {.exited = true, .err_head = ""};
	struct sx_outcome o = {.mode = SX_MODE_DOCKER};
	size_t len = size;
	char *out;

	if (sx_bootstrap_end_take((const char *)data, &len, NONCE, &e)) {
		/* What was cut is exactly one trailer with the nonce. */
		if (len > size || size - len > SX_END_MAX ||
		    memcmp(data + len, SX_END_MARKER, SX_END_MARKER_LEN) != 0 ||
		    memcmp(data + len + SX_END_MARKER_LEN, NONCE, SX_NONCE_LEN) != 0 ||
		    data[size - 1] != '\n')
			abort();
		if (e.exited ? (e.code < 0 || e.code > 255) : (e.sig < 1 || e.sig > 64))
			abort();
		/* Usage: all four numbers or none, each within its digits. */
		if (e.usage.has_rusage != e.usage.has_wall)
			abort();
		if (e.usage.has_rusage &&
		    (e.usage.cpu_user_ms < 0 || e.usage.cpu_user_ms > 999999999999 ||
		     e.usage.cpu_sys_ms < 0 || e.usage.cpu_sys_ms > 999999999999 ||
		     e.usage.max_rss_kib < 0 || e.usage.max_rss_kib > 999999999999 ||
		     e.usage.wall_ms < 0 || e.usage.wall_ms > 999999999999))
			abort();
	} else if (len != size) {
		abort();
	}
	len = size;
	{
		struct sx_exception x;

		if (sx_bootstrap_exc_take((const char *)data, &len, &x)) {
			/* What was cut is exactly one record, at the end. */
			if (len > size || size - len > SX_EXC_MAX ||
			    memcmp(data + len, SX_EXC_MARKER, SX_EXC_MARKER_LEN) != 0 ||
			    data[size - 1] != '\n' || !x.type_len ||
			    x.type_len + x.message_len > size - len || x.line < 0)
				abort();
			sx_bootstrap_exception_free(&x);
		} else if (len != size) {
			abort();
		}
	}
	/* The whole run: marker, the bytes, the container's status. */
	out = malloc(SX_START_MARKER_LEN + size + 1);
	memcpy(out, SX_START_MARKER, SX_START_MARKER_LEN);
	if (size)
		memcpy(out + SX_START_MARKER_LEN, data, size);
	out[SX_START_MARKER_LEN + size] = '\0';
	res.out = out;
	res.out_len = SX_START_MARKER_LEN + size;
	res.exit_code = size ? data[0] : 0;
	sx_config_init(&cfg);
	memcpy(o.nonce, NONCE, sizeof o.nonce);
	sx_run_outcome_from_proc(&cfg, &res, true, "docker", &o);
	if (o.stdout_len > SX_START_MARKER_LEN + size)
		abort();
	/* No proc timing was given: only a trailer can have set usage. */
	if (o.usage.has_wall != o.usage.has_rusage)
		abort();
	/* The outcome takes the capture buffer over (res.out is then NULL). */
	free(res.out);
	sx_outcome_free(&o);
	sx_config_free(&cfg);
	return 0;
}
