#include "run.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bootstrap.h"
#include "dockerargv.h"
#include "proc.h"
#include "result.h"

#define STDERR_KEEP 4096

int sx_run_new_id(struct sx_outcome *o)
{
	int r = sx_random_hex(o->run_id, SX_RUN_ID_LEN / 2);

	if (r < 0)
		return r;
	snprintf(o->container, sizeof o->container, "sandexec-%s", o->run_id);
	return 0;
}

char **sx_run_docker_argv(const struct sx_config *cfg, const struct sx_strategy *s,
			  const struct sx_outcome *o)
{
	char *seccomp = sx_config_seccomp_path(cfg);
	struct sx_docker_run run = {
		.name = o->container,
		.run_id = o->run_id,
		/* Past this second the container is certainly abandoned. */
		.deadline_epoch = (int64_t)time(NULL) + (int64_t)(cfg->timeout_ms / 1000) + 60,
		.seccomp_path = seccomp,
		.script_name = s->name,
	};
	char **argv = sx_docker_run_argv(cfg, &run);

	free(seccomp);
	return argv;
}

struct stopper {
	const struct sx_config *cfg;
	const char *name;
	int64_t timeout_ms;
	pid_t pending;   /* a docker rm started by a stop, not yet waited for */
	int rm_status;   /* -1 not run, else docker rm's exit status */
};

static pid_t start_rm(struct stopper *st)
{
	char **argv = sx_docker_rm_argv(st->cfg, st->name);
	pid_t pid = sx_proc_start_quiet(argv);

	sx_argv_free(argv);
	return pid;
}

/* Wait for a started docker rm, bounded by the helper timeout. */
static void finish_rm(struct stopper *st, pid_t pid)
{
	st->rm_status = pid < 0 ? 255 : sx_proc_wait(pid, sx_now_ms() + st->timeout_ms);
}

/* A killed `docker run` client does not stop its container: stopping a run
 * means removing the container by name through the engine. The removal runs
 * while the poll loop goes on draining the client's output: the engine does
 * not finish a container whose attached stream nobody reads. */
static void stop_container(void *ctx, enum sx_stop why)
{
	struct stopper *st = ctx;

	(void)why;
	st->pending = start_rm(st);
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

static void fill_error(const struct sx_config *cfg, const struct sx_proc_result *res,
		       struct sx_outcome *o, bool started)
{
	char *line;

	switch (o->status) {
	case SX_SANDBOX_UNAVAILABLE:
		if (res->spawn_errno) {
			o->error = sx_xasprintf("cannot run the docker CLI '%s': %s",
						cfg->docker_binary, strerror(res->spawn_errno));
			break;
		}
		line = first_line(res->err_head, res->err_head_len);
		if (line) {
			o->error = sx_xasprintf("docker could not run the script: %s", line);
			free(line);
		} else if (res->exited) {
			o->error = sx_xasprintf("docker exited with status %d before the "
						"interpreter started", res->exit_code);
		} else {
			o->error = sx_xasprintf("docker died of signal %d before the "
						"interpreter started", res->term_signal);
		}
		break;
	case SX_TIMEOUT:
		o->error = sx_xasprintf("timed out after %llu ms; container %s removed",
					(unsigned long long)cfg->timeout_ms, o->container);
		break;
	case SX_OUTPUT_LIMIT:
		o->error = sx_xasprintf("stdout exceeded %llu bytes (output.max_stdout); "
					"container %s removed",
					(unsigned long long)cfg->max_stdout, o->container);
		break;
	case SX_INTERRUPTED:
		o->error = sx_xasprintf("interrupted by signal %d; container %s removed",
					res->stop_signal, o->container);
		break;
	case SX_STRATEGY_ERROR:
		o->error = sx_xasprintf("the script exited with status %d", res->exit_code);
		break;
	case SX_NO_RESULT:
		o->error = sx_xstrdup("the script exited 0 but printed no JSON object line");
		break;
	case SX_INTERNAL_ERROR:
		o->error = sx_xasprintf("the docker CLI died of signal %d%s", res->term_signal,
					started ? " while the script ran" : "");
		break;
	default:
		break;
	}
}

int sx_run_docker(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, struct sx_outcome *o)
{
	struct stopper st = { .cfg = cfg, .name = o->container,
			      .timeout_ms = env->helper_timeout_ms, .pending = -1,
			      .rm_status = -1 };
	char **argv = sx_run_docker_argv(cfg, s, o);
	int64_t t0 = sx_now_ms();
	struct sx_spawn sp = { .argv = argv, .new_pgrp = true };
	/* The marker comes on top of the script's own stdout. */
	struct sx_io io = {
		.stdin_data = s->data,
		.stdin_len = s->len,
		.stdout_cap = (size_t)cfg->max_stdout + SX_START_MARKER_LEN,
		.stderr_fd = env->stderr_fd,
		.stderr_keep = STDERR_KEEP,
		.deadline_ms = t0 + (int64_t)cfg->timeout_ms,
		.signal_fd = env->signal_fd,
		.stop = stop_container,
		.stop_ctx = &st,
		.grace_ms = env->grace_ms,
	};
	struct sx_run_facts f = { 0 };
	struct sx_proc_result res;
	struct sx_err err = { "" };
	const char *out;
	size_t out_len, ls = 0, le = 0;
	int r;

	r = sx_proc_run(&sp, &io, &res, &err);
	if (st.pending >= 0)
		finish_rm(&st, st.pending);
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xstrdup(err.msg);
		finish_rm(&st, start_rm(&st));
		goto done;
	}
	/* The client was killed after a stop, or the first removal failed
	 * (the container may not have existed yet): remove it now. */
	if (res.stopped && (res.killed_after_grace || st.rm_status != 0))
		finish_rm(&st, start_rm(&st));

	f.spawn_errno = res.spawn_errno;
	f.started = res.out_len >= SX_START_MARKER_LEN &&
		    memcmp(res.out, SX_START_MARKER, SX_START_MARKER_LEN) == 0;
	f.exited = res.exited;
	f.exit_code = res.exit_code;
	f.term_signal = res.term_signal;
	f.stopped = res.stopped;
	out = res.out + (f.started ? SX_START_MARKER_LEN : 0);
	out_len = res.out_len - (f.started ? SX_START_MARKER_LEN : 0);
	if (f.started && !res.stopped && res.exited && res.exit_code == 0)
		o->result = sx_result_extract(out, out_len, &ls, &le);
	f.result_found = o->result != NULL;
	o->status = sx_classify(&f);
	o->stop_signal = res.stop_signal;
	if (f.started && res.exited && !res.stopped) {
		o->has_exit_code = true;
		o->exit_code = res.exit_code;
		/* docker's init reports a script killed by signal N as 128+N. */
		if (res.exit_code > 128 && res.exit_code < 128 + 65)
			o->signal = res.exit_code - 128;
	}
	if (f.started) {
		o->stdout_text = sx_xmalloc(out_len - (le - ls) + 1);
		memcpy(o->stdout_text, out, ls);
		memcpy(o->stdout_text + ls, out + le, out_len - le);
		o->stdout_len = out_len - (le - ls);
		o->stdout_text[o->stdout_len] = '\0';
		o->stdout_truncated = res.out_truncated;
	}
	fill_error(cfg, &res, o, f.started);
done:
	o->duration_ms = sx_now_ms() - t0;
	sx_proc_result_free(&res);
	sx_argv_free(argv);
	return r;
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
