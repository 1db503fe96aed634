#include "run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "result.h"
#include "stream.h"

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

#define STDERR_KEEP 4096 /* stderr's head kept for messages */

struct sx_io sx_run_io(const struct sx_config *cfg, const struct sx_strategy *s,
		       const struct sx_run_env *env, int64_t t0, size_t extra_cap)
{
	return (struct sx_io){
		.stdin_data = s->data,
		.stdin_len = s->len,
		/* The start marker (and end line) come on top of the script's. */
		.stdout_cap = (size_t)cfg->max_stdout + extra_cap,
		.stderr_fd = env->stderr_fd,
		.stderr_cap = (size_t)cfg->max_stderr,
		.stderr_keep = STDERR_KEEP,
		.deadline_ms = t0 + (int64_t)cfg->timeout_ms,
		.signal_fd = env->signal_fd,
		.grace_ms = env->grace_ms,
	};
}

int sx_run_with_status(const struct sx_spawn *sp, struct sx_io *io, const struct sx_run_env *env,
		       const struct sx_strategy *s, const char *mode, struct sx_proc_result *res,
		       struct sx_err *err)
{
	struct sx_status_line status = { .fd = env->warn_fd, .started_ms = sx_now_ms() };
	char *label = NULL;
	int r;

	if (env->status_line && env->warn_fd >= 0) {
		status.label = label = sx_xasprintf("running %s in %s", s->name, mode);
		io->status = &status;
	}
	r = sx_proc_run(sp, io, res, err);
	sx_status_clear(io->status);
	io->status = NULL;
	free(label);
	if (r == 0 && env->stderr_fd >= 0 && env->warn_fd >= 0 &&
	    (res->err_cut || res->err_unread)) {
		/* Said once, in the stream that was cut, when the total is
		 * known (not with --quiet: the report has it too). */
		char *line = sx_xasprintf(
			"\nsandexec: %llu bytes of the script's stderr dropped (%s%s%s)\n",
			(unsigned long long)(res->err_cut + res->err_unread),
			res->err_cut ? "over output.max_stderr" : "",
			res->err_cut && res->err_unread ? ", " : "",
			res->err_unread ? "not read in time" : "");

		(void)sx_stream_write(env->stderr_fd, line, strlen(line), SX_STREAM_STALL_MS,
				      env->signal_fd, NULL);
		free(line);
	}
	return r;
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
	case SX_OOM: {
		char size[32];
		sx_format_size(cfg->memory, size, sizeof size);
		return sx_xasprintf("the script was killed at its memory limit (docker.memory %s)",
				    size);
	}
	case SX_INTERNAL_ERROR:
		return sx_xasprintf("%s died of signal %d", what, res->term_signal);
	default:
		return NULL;
	}
}

/* How the script itself ended, as far as it is known. */
struct script_end {
	bool known;
	bool exited;   /* else died of sig */
	int code;
	int sig;
	bool oom;
};

/* The supervisor's end line, if it is the last line of out[0..*len);
 * it is cut off (*len shortened). */
static bool take_end_line(const char *out, size_t *len, struct script_end *e)
{
	size_t n = *len, start;
	char line[SX_END_MAX + 1];
	int v;

	if (n == 0 || out[n - 1] != '\n')
		return false;
	start = n - 1;
	while (start > 0 && out[start - 1] != '\n' && n - start <= SX_END_MAX)
		start--;
	if (n - start > SX_END_MAX || n - start < SX_END_MARKER_LEN ||
	    memcmp(out + start, SX_END_MARKER, SX_END_MARKER_LEN) != 0)
		return false;
	memcpy(line, out + start + SX_END_MARKER_LEN, n - 1 - start - SX_END_MARKER_LEN);
	line[n - 1 - start - SX_END_MARKER_LEN] = '\0';
	memset(e, 0, sizeof *e);
	if (sscanf(line, "exit %d", &v) == 1 && v >= 0 && v < 256) {
		e->exited = true;
		e->code = v;
	} else if (sscanf(line, "signal %d", &v) == 1 && v > 0 && v < 65) {
		e->sig = v;
	} else if (strcmp(line, "oom") == 0) {
		e->sig = 9;
		e->oom = true;
	} else {
		return false;
	}
	e->known = true;
	*len = start;
	return true;
}

void sx_outcome_from_proc(const struct sx_config *cfg, struct sx_proc_result *res,
			  bool via_init, const char *what, struct sx_outcome *o)
{
	struct sx_run_facts f = { 0 };
	struct script_end end = { 0 };
	const char *out;
	size_t out_len, ls = 0, le = 0;

	f.spawn_errno = res->spawn_errno;
	f.started = res->out_len >= SX_START_MARKER_LEN &&
		    memcmp(res->out, SX_START_MARKER, SX_START_MARKER_LEN) == 0;
	f.stopped = res->stopped;
	out = res->out + (f.started ? SX_START_MARKER_LEN : 0);
	out_len = res->out_len - (f.started ? SX_START_MARKER_LEN : 0);
	if (f.started && via_init) {
		if (!take_end_line(out, &out_len, &end) && res->exited) {
			/* No end line: the supervisor itself was killed. What
			 * the container reports is all there is; its init
			 * reports a death by signal N as 128+N. */
			end.known = true;
			end.exited = true;
			end.code = res->exit_code;
		}
	} else if (f.started) {
		end.known = res->exited || res->term_signal;
		end.exited = res->exited;
		end.code = res->exit_code;
		end.sig = res->term_signal;
	}
	/* The cap is checked again on the script's own bytes: the marker and
	 * the end line were given room on top of it. */
	if (f.started && out_len > cfg->max_stdout) {
		out_len = (size_t)cfg->max_stdout;
		if (f.stopped == SX_STOP_NONE)
			f.stopped = SX_STOP_OUTPUT;
	}
	/* The CLI's own status, until the script's is known. */
	f.exited = res->exited;
	f.exit_code = res->exit_code;
	f.term_signal = res->term_signal;
	if (end.known) {
		f.exited = true;
		f.exit_code = end.exited ? end.code : 128 + end.sig;
		f.oom = end.oom;
	}
	if (f.started && !f.stopped && f.exited && f.exit_code == 0)
		o->result = sx_result_extract(out, out_len, &ls, &le);
	f.result_found = o->result != NULL;
	o->status = sx_classify(&f);
	o->started = f.started;
	o->stop_signal = res->stop_signal;
	if (end.known && !f.stopped) {
		if (end.exited) {
			o->has_exit_code = true;
			o->exit_code = end.code;
		} else {
			o->signal = end.sig;
		}
	}
	if (f.started) {
		/* In place: the capture buffer becomes the text, less the
		 * marker and the result line (ls == le when there is none). */
		char *text = res->out;

		o->stdout_len = out_len - (le - ls);
		memmove(text, out, ls);
		memmove(text + ls, out + le, out_len - le);
		text[o->stdout_len] = '\0';
		o->stdout_text = text;
		res->out = NULL;
		res->out_len = 0;
		o->stdout_truncated = res->out_truncated || f.stopped == SX_STOP_OUTPUT;
	}
	o->stderr_truncated = res->err_cut > 0;
	o->stderr_dropped = res->err_cut + res->err_unread;
	o->error = error_text(cfg, res, what, o);
}
