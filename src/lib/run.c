#include "run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "require.h"
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

#define STDERR_KEEP 4096 /* stderr's head kept for messages */

struct sx_io sx_run_io(const struct sx_config *cfg, const struct sx_strategy *s,
		       const struct sx_run_env *env, int64_t t0, size_t extra_cap)
{
	return (struct sx_io){
	    .stdin_data = s->data,
	    .stdin_len = s->len,
	    /* The start marker, end line and exception record come on
	     * top of the script's. */
	    .stdout_cap = (size_t)cfg->max_stdout + extra_cap + SX_EXC_MAX,
	    .stderr_fd = env->stderr_fd,
	    .stderr_cap = (size_t)cfg->max_stderr,
	    .stderr_keep = STDERR_KEEP,
	    .stderr_tail = (size_t)cfg->stderr_tail,
	    .deadline_ms = t0 + (int64_t)cfg->timeout_ms,
	    .signal_fd = env->signal_fd,
	    .grace_ms = env->grace_ms,
	};
}

int sx_run_with_status(const struct sx_spawn *sp, struct sx_io *io, const struct sx_run_env *env,
		       const struct sx_strategy *s, const char *mode, struct sx_proc_result *res,
		       struct sx_err *err)
{
	struct sx_status_line status = {.fd = env->warn_fd, .started_ms = sx_now_ms()};
	char *label = NULL;
	int r;

	if (env->status_line && env->warn_fd >= 0) {
		status.label = label = sx_xasprintf("running %s in %s", s->name, mode);
		io->status = &status;
	}
	r = sx_proc_run(sp, io, res, err);
	sx_proc_status_clear(io->status);
	io->status = NULL;
	free(label);
	if (r == 0 && env->stderr_fd >= 0 && env->warn_fd >= 0 &&
	    (res->err_cut || res->err_unread)) {
		/* Said once, in the stream that was cut, when the total is
		 * known (not with --quiet: the report has it too). */
		char *line =
		    sx_xasprintf("\nsandexec: %llu bytes of the script's stderr dropped (%s%s%s)\n",
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

/* The first of output.require's failures, and how many more there are. */
static char *require_text(const cJSON *errors)
{
	const cJSON *e = cJSON_GetArrayItem(errors, 0);
	int more = cJSON_GetArraySize(errors) - 1;
	const char *key = cJSON_GetStringValue(cJSON_GetObjectItem(e, "key"));
	const char *exp = cJSON_GetStringValue(cJSON_GetObjectItem(e, "expected"));
	const char *got = cJSON_GetStringValue(cJSON_GetObjectItem(e, "got"));
	char tail[48] = "";

	if (more > 0)
		snprintf(tail, sizeof tail, " (and %d more)", more);
	return sx_xasprintf("the result fails output.require: %s: expected %s, got %s%s",
			    key ? key : "?", exp ? exp : "?", got ? got : "?", tail);
}

static char *error_text(const struct sx_config *cfg, const struct sx_proc_result *res,
			const char *what, const struct sx_outcome *o)
{
	const char *where = o->mode == SX_MODE_DOCKER ? "container " : "process group of ";
	const char *name = o->mode == SX_MODE_DOCKER ? o->container : "the script";
	char *line, *msg;

	switch (o->status) {
	case SX_SANDBOX_UNAVAILABLE:
		if (res->stopped == SX_STOP_DEADLINE)
			return sx_xasprintf("%s did not start the interpreter within %llu ms (the "
					    "engine did not answer); nothing of the script ran",
					    what, (unsigned long long)cfg->timeout_ms);
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
					    "started",
					    what, res->exit_code);
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
	case SX_INVALID_RESULT:
		return require_text(o->result_errors);
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
	struct sx_script_end e;
};

void sx_run_usage_from_rusage(struct sx_usage *u, const struct rusage *ru)
{
	u->has_rusage = true;
	u->cpu_user_ms = (int64_t)ru->ru_utime.tv_sec * 1000 + ru->ru_utime.tv_usec / 1000;
	u->cpu_sys_ms = (int64_t)ru->ru_stime.tv_sec * 1000 + ru->ru_stime.tv_usec / 1000;
	u->max_rss_kib = ru->ru_maxrss; /* KiB on Linux */
}

void sx_run_outcome_set_oom(const struct sx_config *cfg, struct sx_outcome *o, bool supervisor)
{
	char size[32];

	o->status = SX_OOM;
	o->has_exit_code = false;
	o->exit_code = 0;
	o->signal = 9;
	free(o->error);
	if (supervisor) {
		/* The script filled the memory where no process's size shows
		 * it (a memfd, tmpfs), so the OOM killer picked PID 1. */
		sx_format_size(cfg->memory, size, sizeof size);
		o->error = sx_xasprintf("the supervisor itself was killed at the memory limit "
					"(docker.memory %s); how the script ended is unknown",
					size);
		return;
	}
	o->error = error_text(cfg, NULL, NULL, o);
}

bool sx_run_outcome_from_proc(const struct sx_config *cfg, struct sx_proc_result *res,
			      bool via_init, const char *what, struct sx_outcome *o)
{
	struct sx_run_facts f = {0};
	struct script_end end = {0};
	struct sx_exception exc = {0};
	bool lost = false, mismatch = false, took_exc = false;
	const char *out;
	size_t out_len, ls = 0, le = 0;

	f.spawn_errno = res->spawn_errno;
	f.started = res->out_len >= SX_START_MARKER_LEN &&
		    memcmp(res->out, SX_START_MARKER, SX_START_MARKER_LEN) == 0;
	f.stopped = res->stopped;
	out = res->out + (f.started ? SX_START_MARKER_LEN : 0);
	out_len = res->out_len - (f.started ? SX_START_MARKER_LEN : 0);
	/* The script's wall time as sandexec saw it: from its start marker
	 * to its end or the stop, whichever came first. */
	if (f.started && res->first_out_ms && res->end_ms >= res->first_out_ms) {
		o->usage.has_wall = true;
		o->usage.wall_ms = res->end_ms - res->first_out_ms;
	}
	if (f.started && via_init) {
		/* Only the supervisor's trailer, with this run's nonce, at the
		 * very end of stdout says how the script ended. */
		if (sx_bootstrap_end_take(out, &out_len, o->nonce, &end.e)) {
			end.known = true;
			/* The supervisor exits with the status its trailer
			 * names (128+N for a signal, 137 for oom and its own
			 * deadline). A trailer the container's status does not
			 * match was not the supervisor's last word: under a
			 * runtime that lets the script read or kill PID 1
			 * (gVisor), a script could write one with the nonce
			 * and then kill it. Such a trailer is not believed. */
			if (res->exited && f.stopped == SX_STOP_NONE &&
			    res->exit_code != (end.e.exited ? end.e.code : 128 + end.e.sig)) {
				end.known = false;
				mismatch = true;
			} else if (end.e.deadline && f.stopped == SX_STOP_NONE) {
				f.stopped = SX_STOP_DEADLINE;
			}
			/* ... and what it cost, from a believed trailer only:
			 * the supervisor reaped every process of the script. */
			if (end.known && end.e.usage.has_rusage)
				o->usage = end.e.usage;
		}
		if (!end.known && res->exited) {
			/* No trailer: the supervisor did not finish (the OOM
			 * killer picked it, it was killed from outside the
			 * container, or its own code failed). The container's
			 * status is the supervisor's, not the script's: how the
			 * script ended is unknown. */
			lost = true;
		}
	} else if (f.started) {
		end.known = res->exited || res->term_signal;
		end.e.exited = res->exited;
		end.e.code = res->exit_code;
		end.e.sig = res->term_signal;
	}
	/* The bootstrap's record of an uncaught exception, last before the
	 * trailer: only after a failure, and only ever information. */
	if (f.started && end.known && !(end.e.exited && end.e.code == 0))
		took_exc = sx_bootstrap_exc_take(out, &out_len, &exc);
	/* The cap is checked again on the script's own bytes: the marker, the
	 * exception record and the end line were given room on top of it. */
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
		f.exit_code = end.e.exited ? end.e.code : 128 + end.e.sig;
		f.oom = end.e.oom;
	}
	if (f.started && !f.stopped && f.exited && f.exit_code == 0 && !lost)
		o->result = sx_result_extract(out, out_len, &ls, &le);
	f.result_found = o->result != NULL;
	if (o->result)
		o->result_errors = sx_require_check(cfg->require, o->result);
	f.result_invalid = o->result_errors != NULL;
	o->status = sx_outcome_classify(&f);
	/* The deadline passed before the start marker came: nothing of the
	 * script ran, the engine did not answer in time. */
	if (via_init && !f.started && f.stopped == SX_STOP_DEADLINE)
		o->status = SX_SANDBOX_UNAVAILABLE;
	o->started = f.started;
	o->stop_signal = res->stop_signal;
	if (end.known && !f.stopped) {
		if (end.e.exited) {
			o->has_exit_code = true;
			o->exit_code = end.e.code;
		} else {
			o->signal = end.e.sig;
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
	if (took_exc && o->status == SX_STRATEGY_ERROR) {
		o->exception = exc;
		o->has_exception = true;
	} else if (took_exc) {
		sx_bootstrap_exception_free(&exc);
	}
	if (!res->spawn_errno && cfg->stderr_tail) {
		o->stderr_tail = res->err_tail;
		o->stderr_tail_len = res->err_tail_len;
		res->err_tail = NULL;
	}
	o->stderr_truncated = res->err_cut > 0;
	o->stderr_dropped = res->err_cut + res->err_unread;
	if (lost && !f.stopped) {
		o->status = SX_INTERNAL_ERROR;
		o->has_exit_code = false;
		o->signal = 0;
		if (mismatch)
			o->error =
			    sx_xasprintf("the supervisor's trailer (%s %d) does not match the "
					 "container's exit status %d; how the script ended "
					 "is unknown",
					 end.e.exited ? "exit" : "signal",
					 end.e.exited ? end.e.code : end.e.sig, res->exit_code);
		else if (res->exit_code == SX_SUPERVISOR_FAILED)
			o->error = sx_xasprintf("the supervisor failed after the script started "
						"(exit %d, its error is on stderr); how the script "
						"ended is unknown",
						res->exit_code);
		else if (res->exit_code > 128)
			o->error =
			    sx_xasprintf("the supervisor ended without its trailer (exit %d, "
					 "signal %d); how the script ended is unknown",
					 res->exit_code, res->exit_code - 128);
		else
			o->error =
			    sx_xasprintf("the supervisor ended without its trailer (exit %d); "
					 "how the script ended is unknown",
					 res->exit_code);
		return true;
	}
	o->error = error_text(cfg, res, what, o);
	if (o->has_exception && o->error) {
		/* The cause where a cron mail or a make log shows it: the
		 * one-line error names the exception, the report has it all. */
		char *type = sx_utf8_sanitize(o->exception.type, o->exception.type_len);
		char *msg = o->exception.line > 0
				? sx_xasprintf("%s after an uncaught %s at line %ld", o->error,
					       type, o->exception.line)
				: sx_xasprintf("%s after an uncaught %s", o->error, type);

		free(o->error);
		o->error = msg;
		free(type);
	}
	return false;
}
