#include <errno.h>
#include <stdbool.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "bootstrap.h"
#include "docker.h"
#include "dockerargv.h"
#include "proc.h"
#include "reaper.h"
#include "run.h"
#include "runtime.h"
#include "spare.h"
#include "sx-build.h"

#define SX_SECCOMP_MAX (4u * 1024 * 1024)

int sx_docker_seccomp_check(const char *path, struct sx_err *err)
{
	static const char *const deny[] = {"SCMP_ACT_ERRNO",	    "SCMP_ACT_KILL",
					   "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD",
					   "SCMP_ACT_TRAP",	    NULL};
	const cJSON *act, *calls;
	/* Read whole, however read(2) splits it, up to a bound far above any
	 * real profile (docker's own is about 20 KiB). */
	const struct sx_read_opts opts = {.max = SX_SECCOMP_MAX};
	struct sx_read rd;
	cJSON *j = NULL;
	int r;

	r = sx_util_read_file(AT_FDCWD, path, &opts, &rd);
	if (rd.fail == SX_READ_OPEN) {
		sx_err_set(err, "seccomp profile %s: %s (docker.seccomp_profile, SANDEXEC_DATADIR)",
			   path, strerror(-r));
		return -EINVAL;
	}
	if (r < 0) {
		sx_err_set(err, "seccomp profile %s: %s", path,
			   r == -EFBIG ? "larger than 4 MiB" : strerror(-r));
		return -EINVAL;
	}
	r = -EINVAL;
	j = cJSON_Parse(rd.data);
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
	free(rd.data);
	return r;
}

int64_t sx_docker_deadline_epoch(const struct sx_config *cfg)
{
	return (int64_t)time(NULL) + (int64_t)((cfg->timeout_ms + 999) / 1000) + SX_REAP_MARGIN_S;
}

char **sx_docker_run_argv(const struct sx_config *cfg, const struct sx_strategy *s,
			  const struct sx_outcome *o, int64_t deadline_epoch, bool gvisor)
{
	char *seccomp = sx_config_seccomp_path_for(cfg, gvisor);
	struct sx_dockerargv_opts run = {
	    .name = o->container,
	    .run_id = o->run_id,
	    .deadline_epoch = deadline_epoch,
	    .seccomp_path = seccomp,
	    .script_name = s->name,
	    .supervise_s = (int64_t)((cfg->timeout_ms + 999) / 1000) + SX_CONTAINER_MARGIN_S,
	    .gvisor = gvisor,
	};
	char **argv = sx_dockerargv_run(cfg, &run);

	free(seccomp);
	return argv;
}

/* What to do about an engine's error, by the words the docker CLI and
 * dockerd use (checked against the real engine in tests/e2e: a missing
 * image, an unreachable DOCKER_HOST, a socket without permission, an
 * unknown runtime). The first pattern found in the text wins. */
static const struct {
	const char *words;
	const char *hint;
} hints[] = {
    {"No such image", "IMAGE"},
    {"Unable to find image", "IMAGE"},
    {"pull access denied", "IMAGE"},
    {"permission denied while trying to connect",
     "this user may not use the engine's socket: add it to the docker group (then log in "
     "again) or use a rootless engine; sandexec doctor checks the engine"},
    {"Cannot connect to the Docker daemon",
     "the engine is not running or not reachable (DOCKER_HOST, docker.context): sandexec "
     "doctor checks it"},
    {"error during connect",
     "the engine is not reachable (DOCKER_HOST, docker.context): sandexec doctor checks it"},
    {"invalid runtime name",
     "docker.runtime names a runtime the engine does not have: sandexec doctor lists them"},
    {"unknown runtime",
     "docker.runtime names a runtime the engine does not have: sandexec doctor lists them"},
};

/* docker's words change case between versions ("Unknown runtime
 * specified", "unknown or invalid runtime name"). */
static bool has_words(const char *text, const char *words)
{
	size_t n = strlen(words);

	for (; *text; text++)
		if (strncasecmp(text, words, n) == 0)
			return true;
	return false;
}

/* A line of docker's that says nothing about the cause. */
static bool noise_line(const char *l, size_t n)
{
	static const char *const noise[] = {"Run 'docker run --help'", "See 'docker run --help'",
					    NULL};

	for (const char *const *p = noise; *p; p++)
		if (n >= strlen(*p) && strncmp(l, *p, strlen(*p)) == 0)
			return true;
	return n == 0;
}

const char *sx_docker_hint(const char *words)
{
	for (size_t k = 0; k < sizeof hints / sizeof hints[0]; k++)
		if (strcmp(hints[k].hint, "IMAGE") != 0 && has_words(words, hints[k].words))
			return hints[k].hint;
	return "sandexec doctor checks the engine";
}

char *sx_docker_explain(const struct sx_config *cfg, const char *text, size_t len)
{
	const char *dir = getenv("SANDEXEC_DATADIR");
	const char *data = dir && *dir ? dir : SANDEXEC_DATADIR;
	const char *hint = "sandexec doctor checks the engine";
	char *words = sx_xstrdup(""), *clean, *msg;
	size_t i = 0;

	/* The lines that say something, the CLI's prefixes cut, joined. */
	while (i < len) {
		size_t e = i, n;
		const char *l;
		char *joined;

		while (e < len && text[e] != '\n' && text[e] != '\r')
			e++;
		l = text + i;
		n = e - i;
		i = e + 1;
		while (n && (*l == ' ' || *l == '\t'))
			l++, n--;
		if (noise_line(l, n))
			continue;
		if (n >= 8 && strncmp(l, "docker: ", 8) == 0)
			l += 8, n -= 8;
		if (n >= 28 && strncmp(l, "Error response from daemon: ", 28) == 0)
			l += 28, n -= 28;
		joined = sx_xasprintf("%s%s%.*s", words, *words ? "; " : "", (int)n, l);
		free(words);
		words = joined;
		if (strlen(words) > 600)
			break;
	}
	for (size_t k = 0; k < sizeof hints / sizeof hints[0]; k++) {
		if (has_words(words, hints[k].words)) {
			hint = hints[k].hint;
			break;
		}
	}
	clean = sx_utf8_sanitize(words, strlen(words) > 600 ? 600 : strlen(words));
	if (strcmp(hint, "IMAGE") == 0)
		msg =
		    sx_xasprintf("the engine could not start the container: %s; the image "
				 "docker.image '%s' is not there: build it with %s/build-image.sh "
				 "%s (offline), or docker build -t %s -f %s/Dockerfile %s, or set "
				 "docker.image",
				 clean, cfg->image, data, cfg->image, cfg->image, data, data);
	else
		msg = sx_xasprintf("the engine could not start the container: %s; %s", clean, hint);
	free(clean);
	free(words);
	return msg;
}

#define RM_RETRY_MS 200	     /* between removals while the client still runs */
#define SX_WARM_GRACE_MS 500 /* a warm run's attach client after a stop */

struct stopper {
	const struct sx_config *cfg;
	const char *name;
	int64_t timeout_ms; /* bound on all the removals of a stop together */
	int64_t first_stop; /* -1 before the first stop */
	pid_t pending;	    /* a docker rm started by a stop, not yet waited for */
	int rm_status;	    /* -1 not run, else the last docker rm's exit status */
	bool hung;	    /* a docker rm did not answer in time */
	/* A warm run's: until the engine said the spare is ours, a stop
	 * removes nothing (the client is killed; nothing was sent). */
	const int *gate_verdict;
	const bool *gate_foreign;
};

static void start_rm(struct stopper *st)
{
	char **argv = sx_dockerargv_rm(st->cfg, st->name);

	st->pending = sx_proc_start_quiet(argv);
	sx_dockerargv_free(argv);
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
	if (st->gate_verdict &&
	    (*st->gate_verdict == 0 || (*st->gate_verdict < 0 && *st->gate_foreign)))
		return;
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
static bool confirm_gone(struct stopper *st);

bool sx_docker_confirm_removed(const struct sx_config *cfg, const char *name, int64_t timeout_ms,
			       int *rm_status, bool *hung)
{
	struct stopper st = {.cfg = cfg,
			     .name = name,
			     .timeout_ms = timeout_ms,
			     .first_stop = -1,
			     .pending = -1,
			     .rm_status = -1};
	bool gone = confirm_gone(&st);

	*rm_status = st.rm_status;
	*hung = st.hung;
	return gone;
}

static bool confirm_gone(struct stopper *st)
{
	char **argv = sx_dockerargv_rm(st->cfg, st->name);
	struct sx_spawn sp = {.argv = argv, .new_pgrp = true};
	struct sx_io io = {.stdout_cap = 4096,
			   .stderr_fd = -1,
			   .stderr_keep = 1024,
			   .deadline_ms = sx_now_ms() + st->timeout_ms,
			   .signal_fd = -1};
	struct sx_proc_result res;
	struct sx_err err;
	bool gone = false;

	for (int tries = 0;; tries++) {
		struct timespec pause = {0, 20 * 1000000L};
		bool again = false;

		if (sx_proc_run(&sp, &io, &res, &err) == 0 && !res.spawn_errno) {
			if (res.stopped) {
				rm_done(st, -ETIMEDOUT);
			} else if (res.exited) {
				rm_done(st, res.exit_code);
				gone = res.exit_code == 0 ||
				       strstr(res.err_head, "No such container") ||
				       strstr(res.err_head, "no such container");
				/* The engine is removing it (--rm after its end):
				 * ask again until it is gone. */
				again = !gone && strstr(res.err_head, "already in progress");
			}
		}
		sx_proc_result_free(&res);
		if (!again || tries >= 50 || sx_now_ms() >= io.deadline_ms)
			break;
		nanosleep(&pause, NULL);
	}
	sx_dockerargv_free(argv);
	return gone;
}

int64_t sx_docker_warm_start_ms(const struct sx_config *cfg)
{
	int64_t half = (int64_t)cfg->timeout_ms / 2;

	return half < SX_WARM_START_MS ? half : SX_WARM_START_MS;
}

/* The stdin gate of a warm run (proc.h): the script goes to the spare
 * only after `docker inspect` said it is this configuration's and the
 * caller's, running, on the image docker.image names now. */
struct gate {
	int fd;
	pid_t pid;
	char *out; /* what docker inspect printed, up to SX_GATE_MAX */
	size_t len;
	const char *key;
	char *owner;
	struct sx_spare_expect want;
	int64_t timeout_ms;
	int verdict;  /* 0 pending, 1 passed, -1 refused */
	bool foreign; /* refused: not a spare of this key and owner (or unknown) */
	struct sx_err err;
};

#define SX_GATE_MAX (1u << 20)

static int gate_read(void *ctx)
{
	struct gate *g = ctx;
	ssize_t n;
	int status, r;

	for (;;) {
		if (g->len >= SX_GATE_MAX) {
			sx_err_set(&g->err, "docker inspect said too much");
			g->foreign = true;
			break;
		}
		n = read(g->fd, g->out + g->len, SX_GATE_MAX - g->len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return 0;
		if (n > 0) {
			g->len += (size_t)n;
			continue;
		}
		status = sx_proc_wait(g->pid, sx_now_ms() + g->timeout_ms);
		g->pid = -1;
		if (n < 0 || status != 0) {
			/* Nothing known of it: not ours to remove. */
			sx_err_set(
			    &g->err,
			    "docker inspect of the spare failed (exit status %d): left alone",
			    status);
			g->foreign = true;
		} else if ((r = sx_spare_inspect_check(g->out, g->len, g->key, g->owner, &g->want,
						       &g->err)) == 0) {
			g->verdict = 1;
		} else {
			g->foreign = r == -EPERM;
		}
		break;
	}
	if (g->verdict == 0)
		g->verdict = -1;
	if (g->pid > 0) {
		(void)sx_proc_wait(g->pid, sx_now_ms());
		g->pid = -1;
	}
	return g->verdict;
}

int sx_docker_run(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, const struct sx_spare *spare, const char *key,
		  struct sx_outcome *o)
{
	struct stopper st = {.cfg = cfg,
			     .name = o->container,
			     .timeout_ms = env->helper_timeout_ms,
			     .first_stop = -1,
			     .pending = -1,
			     .rm_status = -1};
	int64_t deadline = sx_docker_deadline_epoch(cfg);
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
	/* The run record of the container: a spare has had one since it was
	 * created. */
	const char *record = spare ? spare->run_id : o->run_id;
	struct gate g = {.fd = -1, .pid = -1, .key = key, .timeout_ms = env->helper_timeout_ms};
	bool gone;
	int r;

	o->mode = SX_MODE_DOCKER;
	o->warm = spare != NULL;
	if (spare)
		snprintf(o->container, sizeof o->container, "%s", spare->container);
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
	/* The nonce comes last: the supervisor reads it and closes its
	 * stdin before it hands the script over (supervise.py). */
	input = sx_bootstrap_stdin(spare ? s->name : NULL, s->data, s->len, o->args, o->nargs,
				   o->nonce, &io.stdin_len);
	io.stdin_data = input;
	if (spare) {
		const char *args[] = {"attach", "--sig-proxy=false", spare->container, NULL};

		st.gate_verdict = &g.verdict;
		st.gate_foreign = &g.foreign;
		/* The attach client has nothing to finish: after a stop it goes. */
		if (io.grace_ms > SX_WARM_GRACE_MS)
			io.grace_ms = SX_WARM_GRACE_MS;
		char **inspect = sx_spare_inspect_argv(cfg, spare);

		g.owner = sx_reaper_owner();
		g.out = sx_xmalloc(SX_GATE_MAX);
		if (sx_spare_expect_init(cfg, rt.gvisor, key, &g.want) < 0) {
			sx_dockerargv_free(inspect);
			o->status = SX_SANDBOX_UNAVAILABLE;
			o->error =
			    sx_xasprintf("the seccomp profile could not be read for the spare");
			r = 0;
			goto out;
		}
		g.pid = sx_proc_start_piped(inspect, &g.fd);
		sx_dockerargv_free(inspect);
		if (g.pid < 0 || fcntl(g.fd, F_SETFL, O_NONBLOCK) < 0) {
			o->status = SX_SANDBOX_UNAVAILABLE;
			o->error = sx_xasprintf("cannot run docker inspect for the spare");
			r = 0;
			goto out;
		}
		io.gate = gate_read;
		io.gate_ctx = &g;
		io.gate_fd = g.fd;
		sp.argv = argv = sx_dockerargv_call(cfg, args);
	} else {
		sp.argv = argv = sx_docker_run_argv(cfg, s, o, deadline, rt.gvisor);
	}
	/* Until the start marker, stderr is the engine's: held, and said
	 * once in the error with what to do (sx_docker_explain). */
	io.hold_until = SX_START_MARKER;
	io.hold_len = SX_START_MARKER_LEN;
	/* A spare answers at once (its supervisor writes the marker as soon
	 * as the script came): one that does not is given up early, and the
	 * cold run that follows gets the rest of the timeout (execute.c). */
	if (spare)
		io.hold_deadline_ms = t0 + sx_docker_warm_start_ms(cfg);
	io.stop = stop_container;
	io.stop_ctx = &st;
	io.stop_repeat_ms = RM_RETRY_MS;
	/* Should sandexec die here, the record lets a later run remove it. */
	if (!spare)
		sx_reaper_record(env->state_dir, o->run_id, o->container, deadline);
	r = sx_run_with_status(&sp, &io, env, s, sx_outcome_mode_name(o->mode), &res, &err);
	finish_rm(&st);
	if (g.pid > 0 && g.verdict == 0) {
		/* The client ended before docker inspect did (an attach the
		 * engine refused): its word still decides whether the container
		 * is ours to remove, and says why it was not used. */
		int fl = fcntl(g.fd, F_GETFL);

		if (fl >= 0)
			(void)fcntl(g.fd, F_SETFL, fl & ~O_NONBLOCK);
		(void)gate_read(&g);
	}
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xstrdup(err.msg);
	} else {
		bool lost = sx_run_outcome_from_proc(cfg, &res, true, what, o);

		if (spare && !o->started && res.stopped == SX_STOP_DEADLINE &&
		    sx_now_ms() < io.deadline_ms) {
			/* The hold deadline, not the run's: the spare did not
			 * answer (execute.c then runs cold). */
			free(o->error);
			o->status = SX_SANDBOX_UNAVAILABLE;
			o->error = sx_xasprintf("the spare did not start the script within %lld ms",
						(long long)sx_docker_warm_start_ms(cfg));
		} else if (spare && !o->started && res.stopped == SX_STOP_NONE) {
			/* Nothing of the script ran: the spare was not usable
			 * (execute.c then runs cold). */
			free(o->error);
			o->status = SX_SANDBOX_UNAVAILABLE;
			o->error = g.verdict < 0 ? sx_xstrdup(g.err.msg)
				   : res.err_head_len
				       ? sx_docker_explain(cfg, res.err_head, res.err_head_len)
				       : sx_xstrdup("the spare ended without starting the script");
		} else if (o->status == SX_SANDBOX_UNAVAILABLE && !o->started && !res.spawn_errno &&
			   res.stopped == SX_STOP_NONE && res.err_head_len) {
			free(o->error);
			o->error = sx_docker_explain(cfg, res.err_head, res.err_head_len);
		}

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
			sx_run_outcome_set_oom(cfg, o, !rt.gvisor);
		else if (rt.gvisor && o->status == SX_STRATEGY_ERROR &&
			 (o->signal == 9 || (o->has_exit_code && o->exit_code == 128 + 9)) &&
			 sx_runtime_engine_oom(cfg, o->container, start_epoch,
					       env->helper_timeout_ms) == 1)
			sx_run_outcome_set_oom(cfg, o, false);
	}
	/* Gone for sure: docker never ran, or the client returned from an
	 * unstopped run (--rm waits for the removal). Otherwise ask the
	 * engine, unless it did not answer a removal at all (a second call
	 * would hang as long). */
	gone = r == 0 && !spare && (res.spawn_errno || (!res.stopped && res.exited));
	/* A spare that ran the script to its end is being removed by the
	 * engine (--rm): that is confirmed after the report (execute.h). */
	o->removal_deferred = spare && r == 0 && o->started && !res.stopped && res.exited;
	/* What the registry named but the engine does not show as a spare of
	 * ours is not ours to remove (spare.h). */
	if (g.foreign)
		gone = true;
	if (!gone && !st.hung && !o->removal_deferred)
		gone = confirm_gone(&st);
	o->force_removed = st.rm_status >= 0 || st.rm_status == -ETIMEDOUT;
	o->rm_status = st.rm_status;
	o->engine_hung = st.hung;
	o->removal_unconfirmed = !gone && !o->removal_deferred;
	/* Otherwise the record stays for a later sweep. */
	if (gone && !g.foreign)
		sx_reaper_forget(env->state_dir, record);
	if (!gone && o->status != SX_INTERNAL_ERROR && !o->removal_deferred) {
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
	if (g.pid > 0)
		(void)sx_proc_wait(g.pid, sx_now_ms());
	if (g.fd >= 0)
		close(g.fd);
	free(g.owner);
	free(g.out);
	sx_spare_expect_free(&g.want);
	free(input);
	free(what);
	sx_proc_result_free(&res);
	sx_dockerargv_free(argv);
	return r;
}
