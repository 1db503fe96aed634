#include "doctor.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "eventlog.h"
#include "docker.h"
#include "dockerargv.h"
#include "proc.h"
#include "run.h"
#include "runtime.h"

struct probe {
	bool ok;
	char out[SX_ERR_MAX]; /* first line of stdout, or of stderr on failure */
};

/* Run argv (with envp, or our environment) under a deadline; ok when it
 * exits 0. */
static struct probe run_probe(char *const *argv, char *const *envp, int64_t timeout_ms)
{
	struct sx_spawn sp = {.argv = argv, .envp = envp, .new_pgrp = true};
	struct sx_io io = {.stdout_cap = 65536,
			   .stderr_fd = -1,
			   .stderr_keep = 4096,
			   .deadline_ms = sx_now_ms() + timeout_ms,
			   .signal_fd = -1};
	struct sx_proc_result res;
	struct sx_err err = {""};
	struct probe p = {false, ""};
	const char *text;

	if (sx_proc_run(&sp, &io, &res, &err) < 0) {
		snprintf(p.out, sizeof p.out, "%s", err.msg);
		return p;
	}
	p.ok = !res.spawn_errno && !res.stopped && res.exited && res.exit_code == 0;
	if (res.spawn_errno)
		text = strerror(res.spawn_errno);
	else if (res.stopped)
		text = "no answer within the time limit";
	else
		text = p.ok || !res.err_head_len ? res.out : res.err_head;
	snprintf(p.out, sizeof p.out, "%.*s", (int)strcspn(text, "\n"), text);
	sx_proc_result_free(&res);
	return p;
}

static int line(FILE *out, const char *mark, const char *what, const char *detail)
{
	fprintf(out, "%-4s  %-22s %s\n", mark, what, detail);
	return strcmp(mark, "FAIL") == 0;
}

/* The runtime a run would use exists on the engine and would enforce the
 * seccomp profile. An engine whose default runtime is gVisor fails here:
 * runs ask about a runtime named in docker.runtime only. */
static int runtime_line(const struct sx_config *cfg, FILE *out, int64_t timeout_ms)
{
	struct sx_err err = {""};
	struct sx_runtime rt;
	char msg[SX_ERR_MAX + 64];
	int r = sx_runtime_inspect(cfg, cfg->runtime, timeout_ms, &rt, &err);

	if (r == 0)
		r = sx_runtime_check(&rt, &err);
	/* podman lists no runtimes; runs only ask about one named there. */
	if (r == -ENOTSUP && (!*cfg->runtime || strcmp(cfg->runtime, "runc") == 0))
		return line(out, "warn", "runtime", err.msg);
	if (r < 0)
		return line(out, "FAIL", "runtime", err.msg);
	/* Runs adapt to gVisor (profile, limits, OOM) only when they know. */
	if (rt.gvisor && !*cfg->runtime) {
		snprintf(msg, sizeof msg,
			 "the engine's default runtime %s is gVisor: set "
			 "docker.runtime: %s so that runs use its profile and limits",
			 rt.name, rt.name);
		return line(out, "FAIL", "runtime", msg);
	}
	if (rt.gvisor)
		snprintf(msg, sizeof msg, "%s%s: gVisor, platform %s, seccomp enforced (%s)",
			 rt.name, *cfg->runtime ? "" : " (engine default)",
			 *rt.platform ? rt.platform : "ptrace", rt.args);
	else
		snprintf(msg, sizeof msg, "%s%s", rt.name,
			 *cfg->runtime ? "" : " (engine default)");
	return line(out, "ok", "runtime", msg);
}

int sx_doctor(const struct sx_config *cfg, FILE *out, int64_t timeout_ms)
{
	static const char *const client_args[] = {"--version", NULL};
	static const char *const server_args[] = {"version", "--format", "{{.Server.Version}}",
						  NULL};
	static const char *const limit_args[] = {
	    "info", "--format", "memory={{.MemoryLimit}} swap={{.SwapLimit}} pids={{.PidsLimit}}",
	    NULL};
	const char *image_args[] = {"image", "inspect", "--format", "{{.Id}}", cfg->image, NULL};
	char **client = sx_dockerargv_call(cfg, client_args);
	char **server = sx_dockerargv_call(cfg, server_args);
	char **limits = sx_dockerargv_call(cfg, limit_args);
	char **image = sx_dockerargv_call(cfg, image_args);
	char *python[] = {cfg->interpreter, "-I", "-c",
			  "import sys; print(sys.executable, sys.version.split()[0])", NULL};
	/* Direct mode looks the interpreter up in this PATH (direct.c). */
	char *direct_env[] = {"PATH=/usr/local/bin:/usr/bin:/bin", NULL};
	char *profile = sx_config_seccomp_path(cfg), *logpath = NULL, msg[2 * SX_ERR_MAX + 64];
	struct sx_err err = {""};
	struct probe p;
	int failed = 0;
	bool daemon;

	p = run_probe(client, NULL, timeout_ms);
	failed += line(out, p.ok ? "ok" : "FAIL", "docker CLI", p.out);

	p = run_probe(server, NULL, timeout_ms);
	daemon = p.ok;
	snprintf(msg, sizeof msg, "engine %s%s%s%s%s", p.out, getenv("DOCKER_HOST") ? " at " : "",
		 getenv("DOCKER_HOST") ? getenv("DOCKER_HOST") : "",
		 *cfg->context ? ", context " : "", cfg->context);
	failed += line(out, p.ok ? "ok" : "FAIL", "docker daemon", p.ok ? msg : p.out);

	if (daemon) {
		p = run_probe(image, NULL, timeout_ms);
		snprintf(msg, sizeof msg, "%s %.19s", cfg->image, p.out);
		failed += line(out, p.ok ? "ok" : "FAIL", "sandbox image",
			       p.ok ? msg : "missing: build it with share/sandexec/build-image.sh");
		/* The engine's own cgroups decide, wherever it runs. */
		p = run_probe(limits, NULL, timeout_ms);
		failed += line(out,
			       p.ok && strstr(p.out, "memory=true") && strstr(p.out, "pids=true")
				   ? "ok"
				   : "FAIL",
			       "memory, pids cgroups", p.out);
		failed += runtime_line(cfg, out, timeout_ms);
	} else {
		failed += line(out, "FAIL", "sandbox image", "not checked: no daemon");
		failed += line(out, "FAIL", "memory, pids cgroups", "not checked: no daemon");
		failed += line(out, "FAIL", "runtime", "not checked: no daemon");
	}

	if (sx_docker_seccomp_check(profile, &err) == 0)
		failed += line(out, "ok", "seccomp profile", profile);
	else
		failed += line(out, "FAIL", "seccomp profile", err.msg);
	free(profile);

	/* PR_GET_SECCOMP fails with EINVAL on a kernel built without it. */
	if (prctl(PR_GET_SECCOMP, 0, 0, 0, 0) >= 0)
		failed += line(out, "ok", "kernel seccomp", "supported");
	else
		failed += line(out, "FAIL", "kernel seccomp", strerror(errno));

	p = run_probe(python, direct_env, timeout_ms);
	snprintf(msg, sizeof msg, "%s: %s", cfg->interpreter, p.out);
	/* Only a fallback or --direct needs it. */
	line(out, p.ok ? "ok" : "warn", "direct interpreter", msg);

	if (!cfg->log_enabled) {
		line(out, "ok", "event log", "disabled (log.enabled)");
	} else {
		/* Opened the way a run opens it; warned set: no stderr warning. */
		struct sx_log log = {.fd = -1, .warned = true};

		logpath = sx_eventlog_path(cfg);
		(void)sx_eventlog_open(&log, logpath, sx_eventlog_path_is_default(cfg));
		if (log.fd >= 0) {
			line(out, "ok", "event log", logpath);
		} else {
			snprintf(msg, sizeof msg, "%s: %s (runs go on without it)",
				 logpath ? logpath : "no path", logpath ? log.error : "no HOME");
			line(out, "warn", "event log", msg);
		}
		sx_eventlog_close(&log);
		free(logpath);
	}
	sx_dockerargv_free(client);
	sx_dockerargv_free(server);
	sx_dockerargv_free(limits);
	sx_dockerargv_free(image);
	return failed;
}
