#include "run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "result.h"

int sx_run_new_id(struct sx_outcome *o)
{
	int r = sx_random_hex(o->run_id, SX_RUN_ID_LEN / 2);

	if (r < 0)
		return r;
	snprintf(o->container, sizeof o->container, "sandexec-%s", o->run_id);
	o->rm_status = -1;
	return 0;
}

void sx_outcome_free(struct sx_outcome *o)
{
	cJSON_Delete(o->result);
	free(o->stdout_text);
	free(o->error);
	o->result = NULL;
	o->stdout_text = NULL;
	o->error = NULL;
}

/* The first non-empty line of text, trimmed, as a new string; NULL if none.
 * docker puts its reason there ("docker: Error response from daemon: ..."). */
static char *first_line(const char *text, size_t len)
{
	size_t start = 0, end;

	while (start < len && (text[start] == '\n' || text[start] == '\r' || text[start] == ' '))
		start++;
	if (start == len)
		return NULL;
	end = start;
	while (end < len && text[end] != '\n' && text[end] != '\r')
		end++;
	return sx_utf8_sanitize(text + start, end - start);
}

static char *error_text(const struct sx_config *cfg, const struct sx_proc_result *res,
			const char *what, const struct sx_outcome *o)
{
	const char *where = strcmp(o->mode, "docker") == 0 ? "container " : "process group of ";
	const char *name = strcmp(o->mode, "docker") == 0 ? o->container : "the script";
	char *line, *msg;

	switch (o->status) {
	case SX_SANDBOX_UNAVAILABLE:
		if (res->spawn_errno)
			return sx_xasprintf("cannot run %s: %s", what, strerror(res->spawn_errno));
		line = first_line(res->err_head, res->err_head_len);
		if (line) {
			msg = sx_xasprintf("%s could not run the script: %s", what, line);
			free(line);
			return msg;
		}
		if (res->exited)
			return sx_xasprintf("%s exited with status %d before the interpreter "
					    "started", what, res->exit_code);
		return sx_xasprintf("%s died of signal %d before the interpreter started", what,
				    res->term_signal);
	case SX_TIMEOUT:
		return sx_xasprintf("timed out after %llu ms; %s%s killed",
				    (unsigned long long)cfg->timeout_ms, where, name);
	case SX_OUTPUT_LIMIT:
		return sx_xasprintf("stdout exceeded %llu bytes (output.max_stdout); %s%s killed",
				    (unsigned long long)cfg->max_stdout, where, name);
	case SX_INTERRUPTED:
		return sx_xasprintf("interrupted by signal %d; %s%s killed", res->stop_signal,
				    where, name);
	case SX_STRATEGY_ERROR:
		if (o->has_exit_code)
			return sx_xasprintf("the script exited with status %d", o->exit_code);
		return sx_xasprintf("the script died of signal %d", o->signal);
	case SX_NO_RESULT:
		return sx_xstrdup("the script exited 0 but printed no JSON object line");
	case SX_INTERNAL_ERROR:
		return sx_xasprintf("%s died of signal %d", what, res->term_signal);
	default:
		return NULL;
	}
}

void sx_outcome_from_proc(const struct sx_config *cfg, const struct sx_proc_result *res,
			  bool via_init, const char *what, struct sx_outcome *o)
{
	struct sx_run_facts f = { 0 };
	const char *out;
	size_t out_len, ls = 0, le = 0;

	f.spawn_errno = res->spawn_errno;
	f.started = res->out_len >= SX_START_MARKER_LEN &&
		    memcmp(res->out, SX_START_MARKER, SX_START_MARKER_LEN) == 0;
	f.exited = res->exited;
	f.exit_code = res->exit_code;
	f.term_signal = res->term_signal;
	f.stopped = res->stopped;
	/* Run directly, the interpreter's own death by a signal is the script's. */
	if (!via_init && f.started && !f.exited && !f.stopped)
		f.exited = true, f.exit_code = 128 + res->term_signal;
	out = res->out + (f.started ? SX_START_MARKER_LEN : 0);
	out_len = res->out_len - (f.started ? SX_START_MARKER_LEN : 0);
	if (f.started && !res->stopped && res->exited && res->exit_code == 0)
		o->result = sx_result_extract(out, out_len, &ls, &le);
	f.result_found = o->result != NULL;
	o->status = sx_classify(&f);
	o->started = f.started;
	o->stop_signal = res->stop_signal;
	if (f.started && !res->stopped) {
		if (res->exited) {
			o->has_exit_code = true;
			o->exit_code = res->exit_code;
			/* docker's init reports a script killed by signal N as 128+N. */
			if (via_init && res->exit_code > 128 && res->exit_code < 128 + 65)
				o->signal = res->exit_code - 128;
		} else {
			o->signal = res->term_signal;
		}
	}
	if (f.started) {
		o->stdout_len = out_len - (le - ls);
		o->stdout_text = sx_xmalloc(o->stdout_len + 1);
		memcpy(o->stdout_text, out, ls);
		memcpy(o->stdout_text + ls, out + le, out_len - le);
		o->stdout_text[o->stdout_len] = '\0';
		o->stdout_truncated = res->out_truncated;
	}
	o->error = error_text(cfg, res, what, o);
}
