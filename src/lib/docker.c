#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bootstrap.h"
#include "dockerargv.h"
#include "proc.h"
#include "run.h"

#define STDERR_KEEP 4096

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
		.stdout_cap = (size_t)cfg->max_stdout + SX_START_MARKER_LEN + SX_END_MAX,
		.stderr_fd = env->stderr_fd,
		.stderr_keep = STDERR_KEEP,
		.deadline_ms = t0 + (int64_t)cfg->timeout_ms,
		.signal_fd = env->signal_fd,
		.stop = stop_container,
		.stop_ctx = &st,
		.grace_ms = env->grace_ms,
	};
	struct sx_proc_result res;
	struct sx_err err = { "" };
	char *what = sx_xasprintf("the docker CLI '%s'", cfg->docker_binary);
	int r;

	o->mode = "docker";
	r = sx_proc_run(&sp, &io, &res, &err);
	if (st.pending >= 0)
		finish_rm(&st, st.pending);
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xstrdup(err.msg);
		finish_rm(&st, start_rm(&st));
	} else {
		/* The client was killed after a stop, or the first removal
		 * failed (the container may not have existed yet): again. */
		if (res.stopped && (res.killed_after_grace || st.rm_status != 0))
			finish_rm(&st, start_rm(&st));
		sx_outcome_from_proc(cfg, &res, true, what, o);
	}
	o->force_removed = st.rm_status >= 0;
	o->rm_status = st.rm_status;
	o->duration_ms = sx_now_ms() - t0;
	free(what);
	sx_proc_result_free(&res);
	sx_argv_free(argv);
	return r;
}
