#include "runtime.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cjson/cJSON.h>

#include "docker.h"
#include "dockerargv.h"
#include "proc.h"
#include "run.h"

const char *const sx_runtime_info_args[] = {
    "info", "--format", "{\"default\":{{json .DefaultRuntime}},\"runtimes\":{{json .Runtimes}}}",
    NULL};

/* Go's flag package takes -flag, --flag, -flag=value and --flag=value. */
static const char *flag_value(const char *arg, const char *flag)
{
	size_t n = strlen(flag);

	if (arg[0] != '-')
		return NULL;
	arg += arg[1] == '-' ? 2 : 1;
	if (strncmp(arg, flag, n) != 0)
		return NULL;
	return arg[n] == '\0' ? "" : arg[n] == '=' ? arg + n + 1 : NULL;
}

static bool is_runsc(const char *path)
{
	const char *base = strrchr(path, '/');

	return strcmp(base ? base + 1 : path, "runsc") == 0;
}

int sx_runtime_parse(const char *out, const char *name, struct sx_runtime *rt, struct sx_err *err)
{
	_cleanup_cjson_ cJSON *j = cJSON_Parse(out);
	const cJSON *def = cJSON_GetObjectItemCaseSensitive(j, "default");
	const cJSON *all = cJSON_GetObjectItemCaseSensitive(j, "runtimes");
	const cJSON *r, *path, *args, *a;
	char known[256] = "";

	memset(rt, 0, sizeof *rt);
	if (!cJSON_IsObject(all)) {
		sx_err_set(err, "the engine's runtimes could not be read from docker info: %.200s",
			   out);
		return -EINVAL;
	}
	if (!name || !*name)
		name = cJSON_IsString(def) ? def->valuestring : "runc";
	snprintf(rt->name, sizeof rt->name, "%s", name);
	r = cJSON_GetObjectItemCaseSensitive(all, name);
	if (!cJSON_IsObject(r)) {
		cJSON_ArrayForEach(a, all)
		{
			size_t n = strlen(known);

			snprintf(known + n, sizeof known - n, "%s%s", n ? ", " : "", a->string);
		}
		sx_err_set(err,
			   "docker.runtime '%s' is not registered with the engine (it has: %s); "
			   "sandexec doctor checks the runtime",
			   name, known);
		return -ENOENT;
	}
	path = cJSON_GetObjectItemCaseSensitive(r, "path");
	args = cJSON_GetObjectItemCaseSensitive(r, "runtimeArgs");
	rt->gvisor = cJSON_IsString(path) && is_runsc(path->valuestring);
	cJSON_ArrayForEach(a, args)
	{
		const char *v;
		size_t n = strlen(rt->args);

		if (!cJSON_IsString(a))
			continue;
		snprintf(rt->args + n, sizeof rt->args - n, "%s%s", n ? " " : "", a->valuestring);
		if ((v = flag_value(a->valuestring, "oci-seccomp")))
			rt->oci_seccomp = !*v || strcmp(v, "true") == 0 || strcmp(v, "1") == 0;
		if ((v = flag_value(a->valuestring, "platform")))
			snprintf(rt->platform, sizeof rt->platform, "%s", v);
	}
	return 0;
}

int sx_runtime_inspect(const struct sx_config *cfg, const char *name, int64_t timeout_ms,
		       struct sx_runtime *rt, struct sx_err *err)
{
	char **argv = sx_dockerargv_call(cfg, sx_runtime_info_args);
	struct sx_spawn sp = {.argv = argv, .new_pgrp = true};
	struct sx_io io = {.stdout_cap = 65536,
			   .stderr_fd = -1,
			   .stderr_keep = 1024,
			   .deadline_ms = sx_now_ms() + timeout_ms,
			   .signal_fd = -1};
	struct sx_proc_result res;
	int r;

	memset(rt, 0, sizeof *rt);
	r = sx_proc_run(&sp, &io, &res, err);
	sx_dockerargv_free(argv);
	if (r < 0)
		return r;
	if (res.spawn_errno || res.stopped || !res.exited || res.exit_code != 0) {
		const char *why = res.spawn_errno ? strerror(res.spawn_errno)
				  : res.stopped	  ? "no answer within the time limit"
				  : res.err_head_len && res.err_head ? res.err_head
								     : "docker info failed";

		/* An engine that answers but has no such fields (podman's info
		 * has no runtimes) cannot vouch for the runtime: that is the
		 * configuration's problem, not a docker outage. */
		bool answered = res.exited && res.err_head && strstr(res.err_head, "template");

		sx_err_set(err, "%s (docker info): %.*s%s",
			   answered ? "the engine does not list its runtimes, so docker.runtime "
				      "cannot be checked"
				    : "the engine's runtimes could not be listed",
			   (int)strcspn(why, "\n"), why, answered ? "" : "; ");
		if (!answered) {
			/* The same next step a failed docker run gets. */
			size_t have = strlen(err->msg);

			snprintf(err->msg + have, sizeof err->msg - have, "%s",
				 sx_docker_hint(why));
		}
		r = answered ? -ENOTSUP : -EIO;
	} else {
		r = sx_runtime_parse(res.out, name, rt, err);
	}
	sx_proc_result_free(&res);
	return r;
}

int sx_runtime_check(const struct sx_runtime *rt, struct sx_err *err)
{
	if (rt->gvisor && !rt->oci_seccomp) {
		sx_err_set(err,
			   "docker.runtime '%s' is gVisor registered without --oci-seccomp "
			   "(runtimeArgs: %s): it would not apply the seccomp profile; add "
			   "\"--oci-seccomp\" to its runtimeArgs in daemon.json and reload dockerd "
			   "(scripts/setup.sh does)",
			   rt->name, *rt->args ? rt->args : "none");
		return -EPERM;
	}
	return 0;
}

int sx_runtime_for_run(const struct sx_config *cfg, int64_t timeout_ms, struct sx_runtime *rt,
		       struct sx_err *err)
{
	char *profile;
	int r;

	memset(rt, 0, sizeof *rt);
	/* docker reserves the name runc for runc itself, and podman maps it
	 * to the runc program: nothing to ask. */
	if (!*cfg->runtime || strcmp(cfg->runtime, "runc") == 0)
		return 0;
	r = sx_runtime_inspect(cfg, cfg->runtime, timeout_ms, rt, err);
	if (r == 0)
		r = sx_runtime_check(rt, err);
	if (r < 0 || !rt->gvisor)
		return r;
	profile = sx_config_seccomp_path_for(cfg, true);
	r = sx_docker_seccomp_check(profile, err);
	free(profile);
	return r;
}

int sx_runtime_engine_oom(const struct sx_config *cfg, const char *name, int64_t since_epoch,
			  int64_t timeout_ms)
{
	char since[32], until[32], filter[128];
	/* The client waits for --rm's removal, which the engine records after
	 * the oom and die events: they are in its event buffer by now. The
	 * second of slack (the call waits for it) covers the clock of a remote
	 * engine; it is only spent on a run that ended as an OOM kill would. */
	const char *args[] = {"events",	   "--since",  since,	      "--until",
			      until,	   "--filter", filter,	      "--filter",
			      "event=oom", "--format", "{{.Action}}", NULL};
	char **argv;
	struct sx_spawn sp = {.new_pgrp = true};
	struct sx_io io = {.stdout_cap = 4096,
			   .stderr_fd = -1,
			   .stderr_keep = 1024,
			   .deadline_ms = sx_now_ms() + timeout_ms,
			   .signal_fd = -1};
	struct sx_proc_result res;
	struct sx_err err;
	struct timespec now;
	int r;

	snprintf(since, sizeof since, "%lld", (long long)since_epoch - 1);
	clock_gettime(CLOCK_REALTIME, &now);
	snprintf(until, sizeof until, "%lld.%09ld", (long long)now.tv_sec + 1, now.tv_nsec);
	snprintf(filter, sizeof filter, "container=%s", name);
	argv = sx_dockerargv_call(cfg, args);
	sp.argv = argv;
	r = sx_proc_run(&sp, &io, &res, &err);
	sx_dockerargv_free(argv);
	if (r < 0)
		return r;
	if (res.spawn_errno || res.stopped || !res.exited || res.exit_code != 0)
		r = -EIO;
	else
		r = strstr(res.out, "oom") != NULL;
	sx_proc_result_free(&res);
	return r;
}
