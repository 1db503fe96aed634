#include <errno.h>
#include <sys/wait.h>
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

#define SX_SECCOMP_MAX (4u * 1024 * 1024)

int sx_seccomp_check(const char *path, struct sx_err *err)
{
	static const char *const deny[] = {"SCMP_ACT_ERRNO",	    "SCMP_ACT_KILL",
					   "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD",
					   "SCMP_ACT_TRAP",	    NULL};
	const cJSON *act, *calls;
	cJSON *j = NULL;
	char *buf = NULL;
	size_t len;
	int fd, r = -EINVAL;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		sx_err_set(err, "seccomp profile %s: %s (docker.seccomp_profile, SANDEXEC_DATADIR)",
			   path, strerror(errno));
		return -EINVAL;
	}
	/* Read whole, however read(2) splits it, up to a bound far above any
	 * real profile (docker's own is about 20 KiB). */
	r = sx_read_fd(fd, SX_SECCOMP_MAX, &buf, &len);
	close(fd);
	if (r < 0) {
		sx_err_set(err, "seccomp profile %s: %s", path,
			   r == -EFBIG ? "larger than 4 MiB" : strerror(-r));
		return -EINVAL;
	}
	r = -EINVAL;
	j = cJSON_Parse(buf);
	act = cJSON_GetObjectItemCaseSensitive(j, "defaultAction");
	calls = cJSON_GetObjectItemCaseSensitive(j, "syscalls");
	if (!cJSON_IsObject(j) || !cJSON_IsString(act) || !cJSON_IsArray(calls)) {
		sx_err_set(err,
			   "seccomp profile %s: not a seccomp profile (a JSON object with "
			   "defaultAction and syscalls)",
			   path);
		goto out;
	}
	for (const char *const *d = deny; *d; d++)
		if (strcmp(act->valuestring, *d) == 0)
			r = 0;
	if (r < 0)
		sx_err_set(err,
			   "seccomp profile %s: defaultAction %s does not deny; an allowlist "
			   "profile is required",
			   path, act->valuestring);
out:
	cJSON_Delete(j);
	free(buf);
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
	    .supervise_s = (int64_t)((cfg->timeout_ms + 999) / 1000) + SX_CONTAINER_MARGIN_S,
	    .gvisor = gvisor,
	};
	char **argv = sx_docker_run_argv(cfg, &run);

	free(seccomp);
	return argv;
}

#define RM_RETRY_MS 200 /* between removals while the client still runs */

struct stopper {
	const struct sx_config *cfg;
	const char *name;
	int64_t timeout_ms; /* bound on all the removals of a stop together */
	int64_t first_stop; /* -1 before the first stop */
	pid_t pending;	    /* a docker rm started by a stop, not yet waited for */
	int rm_status;	    /* -1 not run, else the last docker rm's exit status */
	bool hung;	    /* a docker rm did not answer in time */
};

static void start_rm(struct stopper *st)
{
	char **argv = sx_docker_rm_argv(st->cfg, st->name);

	st->pending = sx_proc_start_quiet(argv);
	sx_argv_free(argv);
	if (st->pending < 0) {
		st->pending = -1;
		st->rm_status = 255;
	}
}

static void rm_done(struct stopper *st, int status)
{
	st->pending = -1;
	st->rm_status = status;
	if (status == -ETIMEDOUT)
		st->hung = true;
}

/* Wait for the pending docker rm: all the removals of a stop together
 * take at most the helper timeout. */
static void finish_rm(struct stopper *st)
{
	if (st->pending >= 0)
		rm_done(st, sx_proc_wait(st->pending, st->first_stop + st->timeout_ms));
}

/* A killed `docker run` client does not stop its container: stopping a run
 * means removing the container by name through the engine. The removal runs
 * while the poll loop goes on draining the client's output: the engine does
 * not finish a container whose attached stream nobody reads.
 *
 * Called at the stop and then every RM_RETRY_MS until the client is gone:
 * a removal is repeated as long as the client runs, all of them within the
 * helper timeout, because its exit status proves nothing (`docker rm
 * --force` exits 0 for a container that does not exist, and right after
 * the start the engine may not have created it yet); the client's end
 * does. A removal the engine does not answer is not repeated (the next
 * would hang as long; the run record stays for a later sweep). */
static void stop_container(void *ctx, enum sx_stop why)
{
	struct stopper *st = ctx;
	int64_t now = sx_now_ms();

	(void)why;
	if (st->first_stop < 0)
		st->first_stop = now;
	if (st->pending >= 0) {
		int status;
		pid_t r;

		do
			r = waitpid(st->pending, &status, WNOHANG);
		while (r < 0 && errno == EINTR);

		if (r == 0) {
			if (now - st->first_stop >= st->timeout_ms)
				rm_done(st, sx_proc_wait(st->pending, now));
			return;
		}
		rm_done(st, r < 0		? 255
			    : WIFEXITED(status) ? WEXITSTATUS(status)
						: 128 + WTERMSIG(status));
	}
	if (st->hung || now - st->first_stop >= st->timeout_ms)
		return;
	start_rm(st);
}

/* docker rm --force once more, to learn whether the container is gone:
 * removed now (exit 0 and no complaint), or "No such container" (which
 * docker reports on stderr even when it exits 0). */
static bool confirm_gone(struct stopper *st)
{
	char **argv = sx_docker_rm_argv(st->cfg, st->name);
	struct sx_spawn sp = {.argv = argv, .new_pgrp = true};
	struct sx_io io = {.stdout_cap = 4096,
			   .stderr_fd = -1,
			   .stderr_keep = 1024,
			   .deadline_ms = sx_now_ms() + st->timeout_ms,
			   .signal_fd = -1};
	struct sx_proc_result res;
	struct sx_err err;
	bool gone = false;

	if (sx_proc_run(&sp, &io, &res, &err) == 0 && !res.spawn_errno) {
		if (res.stopped) {
			rm_done(st, -ETIMEDOUT);
		} else if (res.exited) {
			rm_done(st, res.exit_code);
			gone = res.exit_code == 0 || strstr(res.err_head, "No such container") ||
			       strstr(res.err_head, "no such container");
		}
	}
	sx_proc_result_free(&res);
	sx_argv_free(argv);
	return gone;
}

/* stdin for the supervisor: "LEN\n", the script, then the nonce, which the
 * supervisor reads only after the script's process has its stdin on
 * /dev/null (bootstrap.c). */
static char *supervisor_stdin(const struct sx_strategy *s, const char *nonce, size_t *len)
{
	char head[32];
	int hl = snprintf(head, sizeof head, "%zu\n", s->len);
	size_t nl = strlen(nonce);
	char *buf = sx_xmalloc((size_t)hl + s->len + nl + 1);

	memcpy(buf, head, (size_t)hl);
	memcpy(buf + hl, s->data, s->len);
	memcpy(buf + hl + s->len, nonce, nl);
	buf[hl + s->len + nl] = '\n';
	*len = (size_t)hl + s->len + nl + 1;
	return buf;
}

int sx_run_docker(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, struct sx_outcome *o)
{
	struct stopper st = {.cfg = cfg,
			     .name = o->container,
			     .timeout_ms = env->helper_timeout_ms,
			     .first_stop = -1,
			     .pending = -1,
			     .rm_status = -1};
	int64_t deadline = sx_run_deadline_epoch(cfg);
	char **argv = NULL;
	int64_t t0 = sx_now_ms();
	struct sx_spawn sp = {.new_pgrp = true};
	struct sx_io io = sx_run_io(cfg, s, env, t0, SX_START_MARKER_LEN + SX_END_MAX);
	struct sx_proc_result res = {0};
	struct sx_err err = {""};
	char *what = sx_xasprintf("the docker CLI '%s'", cfg->docker_binary);
	char *input = NULL;
	struct sx_runtime rt = {.gvisor = false};
	int64_t start_epoch = (int64_t)time(NULL);
	bool gone;
	int r;

	o->mode = SX_MODE_DOCKER;
	o->started_at_ms = sx_util_epoch_ms();
	/* A runtime asked for by name is checked before anything runs there:
	 * one that would not enforce the profile is refused. */
	r = sx_runtime_for_run(cfg, env->helper_timeout_ms, &rt, &err);
	if (r < 0) {
		o->status = r == -EIO ? SX_SANDBOX_UNAVAILABLE : SX_CONFIG_ERROR;
		o->error = sx_xstrdup(err.msg);
		r = 0;
		goto out;
	}
	r = sx_random_hex(o->nonce, SX_NONCE_LEN / 2);
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xasprintf("cannot make a nonce: %s", strerror(-r));
		goto out;
	}
	input = supervisor_stdin(s, o->nonce, &io.stdin_len);
	io.stdin_data = input;
	sp.argv = argv = sx_run_docker_argv(cfg, s, o, deadline, rt.gvisor);
	io.stop = stop_container;
	io.stop_ctx = &st;
	io.stop_repeat_ms = RM_RETRY_MS;
	/* Should sandexec die here, the record lets a later run remove it. */
	sx_reaper_record(env->state_dir, o->run_id, o->container, deadline);
	r = sx_run_with_status(&sp, &io, env, s, sx_outcome_mode_name(o->mode), &res, &err);
	finish_rm(&st);
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xstrdup(err.msg);
	} else {
		bool lost = sx_outcome_from_proc(cfg, &res, true, what, o);

		/* Without the supervisor's trailer how the script ended is
		 * unknown (internal_error), unless the engine saw the memory
		 * limit's OOM killer: the script filled the memory where no
		 * process's size shows it, and the killer picked PID 1, or
		 * (gVisor) an OOM kill ended the whole sandbox. One bounded
		 * docker events call, only on such a run, for every runtime.
		 * Under gVisor a stub killed alone looks like a SIGKILL in the
		 * trailer: a run that ended as a kill asks too. */
		if (lost && sx_runtime_engine_oom(cfg, o->container, start_epoch,
						  env->helper_timeout_ms) == 1)
			sx_outcome_set_oom(cfg, o, !rt.gvisor);
		else if (rt.gvisor && o->status == SX_STRATEGY_ERROR &&
			 (o->signal == 9 || (o->has_exit_code && o->exit_code == 128 + 9)) &&
			 sx_runtime_engine_oom(cfg, o->container, start_epoch,
					       env->helper_timeout_ms) == 1)
			sx_outcome_set_oom(cfg, o, false);
	}
	/* Gone for sure: docker never ran, or the client returned from an
	 * unstopped run (--rm waits for the removal). Otherwise ask the
	 * engine, unless it did not answer a removal at all (a second call
	 * would hang as long). */
	gone = r == 0 && (res.spawn_errno || (!res.stopped && res.exited));
	if (!gone && !st.hung)
		gone = confirm_gone(&st);
	o->force_removed = st.rm_status >= 0 || st.rm_status == -ETIMEDOUT;
	o->rm_status = st.rm_status;
	o->engine_hung = st.hung;
	o->removal_unconfirmed = !gone;
	/* Otherwise the record stays for a later sweep. */
	if (gone)
		sx_reaper_forget(env->state_dir, o->run_id);
	if (!gone && o->status != SX_INTERNAL_ERROR) {
		/* Not "container killed": say what is known. */
		char *killed = sx_xasprintf("; container %s killed", o->container);
		size_t el = o->error ? strlen(o->error) : 0, kl = strlen(killed);
		char *msg;

		if (o->error && el >= kl && strcmp(o->error + el - kl, killed) == 0)
			o->error[el - kl] = '\0';
		msg = sx_xasprintf("%s%scontainer %s may still be running: %s; a later run "
				   "removes it",
				   o->error ? o->error : "", o->error ? "; " : "", o->container,
				   st.hung ? "docker rm did not answer"
					   : "docker rm could not remove it");
		free(killed);
		free(o->error);
		o->error = msg;
	}
out:
	o->duration_ms = sx_now_ms() - t0;
	free(input);
	free(what);
	sx_proc_result_free(&res);
	sx_argv_free(argv);
	return r;
}
