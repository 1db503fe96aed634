#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bootstrap.h"
#include "dockerargv.h"
#include "proc.h"
#include "reaper.h"
#include "run.h"
#include "runtime.h"

int sx_seccomp_check(const char *path, struct sx_err *err)
{
	static const char *const deny[] = { "SCMP_ACT_ERRNO", "SCMP_ACT_KILL",
					    "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD",
					    "SCMP_ACT_TRAP", NULL };
	char buf[256 * 1024];
	const cJSON *act, *calls;
	cJSON *j = NULL;
	ssize_t n = -1;
	int fd, r = -EINVAL;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		sx_err_set(err, "seccomp profile %s: %s (docker.seccomp_profile, SANDEXEC_DATADIR)",
			   path, strerror(errno));
		return -EINVAL;
	}
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n < 0 || (size_t)n == sizeof buf - 1) {
		sx_err_set(err, "seccomp profile %s: %s", path,
			   n < 0 ? strerror(errno) : "larger than 256 KiB");
		return -EINVAL;
	}
	buf[n] = '\0';
	j = cJSON_Parse(buf);
	act = cJSON_GetObjectItemCaseSensitive(j, "defaultAction");
	calls = cJSON_GetObjectItemCaseSensitive(j, "syscalls");
	if (!cJSON_IsObject(j) || !cJSON_IsString(act) || !cJSON_IsArray(calls)) {
		sx_err_set(err, "seccomp profile %s: not a seccomp profile (a JSON object with "
			   "defaultAction and syscalls)", path);
		goto out;
	}
	for (const char *const *d = deny; *d; d++)
		if (strcmp(act->valuestring, *d) == 0)
			r = 0;
	if (r < 0)
		sx_err_set(err, "seccomp profile %s: defaultAction %s does not deny; an allowlist "
			   "profile is required", path, act->valuestring);
out:
	cJSON_Delete(j);
	return r;
}

int64_t sx_run_deadline_epoch(const struct sx_config *cfg)
{
	return (int64_t)time(NULL) + (int64_t)((cfg->timeout_ms + 999) / 1000) + SX_REAP_MARGIN_S;
}

char **sx_run_docker_argv(const struct sx_config *cfg, const struct sx_strategy *s,
			  const struct sx_outcome *o, int64_t deadline_epoch, bool gvisor)
{
	char *seccomp = sx_config_seccomp_path_for(cfg, gvisor);
	struct sx_docker_run run = {
		.name = o->container,
		.run_id = o->run_id,
		.deadline_epoch = deadline_epoch,
		.seccomp_path = seccomp,
		.script_name = s->name,
		.gvisor = gvisor,
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
	int64_t pending_since;
	int rm_status;   /* -1 not run, else docker rm's exit status */
};

static pid_t start_rm(struct stopper *st)
{
	char **argv = sx_docker_rm_argv(st->cfg, st->name);
	pid_t pid = sx_proc_start_quiet(argv);

	sx_argv_free(argv);
	return pid;
}

/* Wait for a docker rm started at since, bounded by the helper timeout. */
static void finish_rm(struct stopper *st, pid_t pid, int64_t since)
{
	st->rm_status = pid < 0 ? 255 : sx_proc_wait(pid, since + st->timeout_ms);
}

/* A killed `docker run` client does not stop its container: stopping a run
 * means removing the container by name through the engine. The removal runs
 * while the poll loop goes on draining the client's output: the engine does
 * not finish a container whose attached stream nobody reads. */
static void stop_container(void *ctx, enum sx_stop why)
{
	struct stopper *st = ctx;

	(void)why;
	st->pending_since = sx_now_ms();
	st->pending = start_rm(st);
}

int sx_run_docker(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, struct sx_outcome *o)
{
	struct stopper st = { .cfg = cfg, .name = o->container,
			      .timeout_ms = env->helper_timeout_ms, .pending = -1,
			      .rm_status = -1 };
	int64_t deadline = sx_run_deadline_epoch(cfg);
	char **argv;
	int64_t t0 = sx_now_ms();
	struct sx_spawn sp = { .new_pgrp = true };
	struct sx_io io = sx_run_io(cfg, s, env, t0, SX_START_MARKER_LEN + SX_END_MAX);
	struct sx_proc_result res;
	struct sx_err err = { "" };
	char *what = sx_xasprintf("the docker CLI '%s'", cfg->docker_binary);
	struct sx_runtime rt = { .gvisor = false };
	int64_t start_epoch = (int64_t)time(NULL);
	int r;

	o->mode = "docker";
	/* A runtime asked for by name is checked before anything runs there:
	 * one that would not enforce the profile is refused. */
	r = sx_runtime_for_run(cfg, env->helper_timeout_ms, &rt, &err);
	if (r < 0) {
		o->status = r == -EIO ? SX_SANDBOX_UNAVAILABLE : SX_CONFIG_ERROR;
		o->error = sx_xstrdup(err.msg);
		o->duration_ms = sx_now_ms() - t0;
		free(what);
		return 0;
	}
	sp.argv = argv = sx_run_docker_argv(cfg, s, o, deadline, rt.gvisor);
	io.stop = stop_container;
	io.stop_ctx = &st;
	/* Should sandexec die here, the record lets a later run remove it. */
	sx_reaper_record(env->state_dir, o->run_id, o->container, deadline);
	r = sx_run_with_status(&sp, &io, env, s, o->mode, &res, &err);
	if (st.pending >= 0)
		finish_rm(&st, st.pending, st.pending_since);
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xstrdup(err.msg);
		finish_rm(&st, start_rm(&st), sx_now_ms());
	} else {
		/* The client was killed after a stop, or the first removal
		 * failed (the container may not have existed yet): again,
		 * unless the engine did not answer at all (a second call
		 * would hang as long; the record stays for a later sweep). */
		if (res.stopped && (res.killed_after_grace || st.rm_status != 0) &&
		    st.rm_status != -ETIMEDOUT)
			finish_rm(&st, start_rm(&st), sx_now_ms());
		sx_outcome_from_proc(cfg, &res, true, what, o);
		/* Under gVisor an OOM kill ends the whole sandbox, so no end
		 * line says so (and a stub killed alone looks like SIGKILL):
		 * a run that ended as a kill asks the engine. */
		if (rt.gvisor && o->status == SX_STRATEGY_ERROR &&
		    (o->signal == 9 || (o->has_exit_code && o->exit_code == 128 + 9)) &&
		    sx_runtime_engine_oom(cfg, o->container, start_epoch,
					  env->helper_timeout_ms) == 1)
			sx_outcome_set_oom(cfg, o);
	}
	o->force_removed = st.rm_status >= 0;
	o->rm_status = st.rm_status;
	/* Gone for sure: docker never ran, the client returned from an
	 * unstopped run (--rm waits for the removal), or our removal worked.
	 * Otherwise the record stays for a later sweep. */
	if (r == 0 && (res.spawn_errno || (!res.stopped && res.exited) || st.rm_status == 0))
		sx_reaper_forget(env->state_dir, o->run_id);
	o->duration_ms = sx_now_ms() - t0;
	free(what);
	sx_proc_result_free(&res);
	sx_argv_free(argv);
	return r;
}
