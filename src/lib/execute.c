#include "execute.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "direct.h"
#include "docker.h"
#include "reaper.h"
#include "runtime.h"
#include "spare.h"
#include "report.h"
#include "stream.h"

__attribute__((format(printf, 2, 3))) static void warn(const struct sx_run_env *env,
						       const char *fmt, ...)
{
	char line[SX_ERR_MAX], *esc;
	va_list ap;
	int n;

	if (env->warn_fd < 0)
		return;
	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line - 1, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n > sizeof line - 2)
		n = (int)sizeof line - 2;
	/* Warnings quote docker's messages and paths: one escaped line, never
	 * waited for beyond a bound: nobody may be reading (stream.h). */
	esc = sx_escape_line(line, (size_t)n);
	(void)sx_stream_write(env->warn_fd, "sandexec: warning: ", 19, SX_STREAM_STALL_MS,
			      env->signal_fd, NULL);
	(void)sx_stream_write(env->warn_fd, esc, strlen(esc), SX_STREAM_STALL_MS, env->signal_fd,
			      NULL);
	(void)sx_stream_write(env->warn_fd, "\n", 1, SX_STREAM_STALL_MS, env->signal_fd, NULL);
	free(esc);
}

/* Events that name an outcome of their own. */
static void log_outcome_event(struct sx_log *log, const struct sx_outcome *o)
{
	const char *type = NULL;

	switch (o->status) {
	case SX_TIMEOUT:
		type = "timeout";
		break;
	case SX_OUTPUT_LIMIT:
		type = "output_limit";
		break;
	case SX_OOM:
		type = "oom";
		break;
	case SX_INTERRUPTED:
		type = "interrupted";
		break;
	case SX_INVALID_RESULT:
		type = "invalid_result";
		break;
	default:
		return;
	}
	sx_eventlog_write(log, "WARNING", type, o->error ? o->error : type,
			  sx_report_event_fields(o));
}

/* spare: NULL in direct mode; else "" for a cold run, or the container
 * of the spare the run claimed. */
static void log_mode(struct sx_log *log, const char *mode, const char *reason, const char *spare,
		     const char *cold_why)
{
	cJSON *f = cJSON_CreateObject();
	char msg[128];

	log->mode = mode;
	cJSON_AddStringToObject(f, "reason", reason);
	if (spare) {
		cJSON_AddBoolToObject(f, "warm", *spare != '\0');
		if (*spare)
			cJSON_AddStringToObject(f, "container", spare);
		else
			cJSON_AddStringToObject(f, "cold_reason", cold_why);
	}
	snprintf(msg, sizeof msg, "execution mode: %s%s", mode,
		 spare ? (*spare ? " (warm: a spare container)" : " (cold)") : "");
	sx_eventlog_write(log, "INFO", "execution_mode_selected", msg, f);
}

/* A spare of cfg's configuration for this run (spare.h): true with sp and
 * key filled, or false with why. */
static bool claim_spare(const struct sx_config *cfg, const struct sx_run_env *env,
			struct sx_spare *sp, char *key, const char **why)
{
	struct sx_runtime rt;
	struct sx_err err;
	int r;

	if (cfg->spares == 0) {
		*why = "docker.spares is 0";
		return false;
	}
	if (!sx_spare_eligible(cfg)) {
		*why = "--data cannot be given to a container started ahead";
		return false;
	}
	if (sx_runtime_for_run(cfg, env->helper_timeout_ms, &rt, &err) < 0 ||
	    sx_spare_key(cfg, rt.gvisor, key) < 0) {
		*why = "no configuration key (the run itself says why)";
		return false;
	}
	r = sx_spare_claim(key, sp);
	*why = r < 0 ? "the spare registry is not usable" : "no spare of this configuration ready";
	return r > 0;
}

/* What became of the container, as far as it is known: "removed" is true
 * only when the engine confirmed it (the client of an unstopped run
 * returned, a docker rm exited 0 or found no such container). */
static void log_docker_cleanup(struct sx_log *log, const struct sx_outcome *o)
{
	cJSON *f = cJSON_CreateObject();
	char msg[200];
	const char *how = o->removal_unconfirmed ? "not confirmed"
			  : o->force_removed	 ? "docker rm --force"
			  : o->started		 ? "--rm"
						 : "never started";

	cJSON_AddStringToObject(f, "container", o->container);
	cJSON_AddBoolToObject(f, "removed", !o->removal_unconfirmed);
	cJSON_AddStringToObject(f, "removed_by", how);
	if (o->force_removed)
		cJSON_AddNumberToObject(f, "rm_exit_code", o->rm_status);
	if (o->engine_hung)
		cJSON_AddBoolToObject(f, "rm_timed_out", true);
	if (o->removal_unconfirmed)
		snprintf(msg, sizeof msg,
			 "container %s may still be running: %s; its record "
			 "stays for a later sweep",
			 o->container,
			 o->engine_hung ? "docker rm did not answer"
					: "docker rm could not remove it");
	else if (o->force_removed)
		snprintf(msg, sizeof msg, "container %s removed by force", o->container);
	else if (o->started)
		snprintf(msg, sizeof msg, "container %s removed by the engine on exit",
			 o->container);
	else
		snprintf(msg, sizeof msg, "container %s never started; nothing to remove",
			 o->container);
	sx_eventlog_write(log, o->removal_unconfirmed ? "ERROR" : "INFO", "docker_cleanup", msg, f);
}

/* A fresh outcome for a second run; the run id (and its container name)
 * and the script's arguments stay. */
static void fresh_outcome(struct sx_outcome *o)
{
	struct sx_outcome fresh = {0};

	memcpy(fresh.run_id, o->run_id, sizeof fresh.run_id);
	snprintf(fresh.container, sizeof fresh.container, "sandexec-%s", o->run_id);
	fresh.rm_status = -1;
	fresh.args = o->args;
	fresh.nargs = o->nargs;
	sx_outcome_free(o);
	*o = fresh;
}

static int run_direct(const struct sx_config *cfg, const struct sx_strategy *s,
		      const struct sx_run_env *env, struct sx_log *log, struct sx_outcome *o)
{
	int r = sx_direct_run(cfg, s, env, o);
	cJSON *f = sx_report_event_fields(o);
	const char *type;

	cJSON_AddNumberToObject(f, "orphans_killed", o->orphans_killed);
	if (o->status == SX_OK)
		type = o->fallback ? "direct_fallback_success" : "direct_execution_success";
	else
		type = "direct_execution_failed";
	sx_eventlog_write(
	    log, o->status == SX_OK ? "INFO" : "WARNING", type,
	    o->status == SX_OK ? "direct execution finished" : "direct execution failed", f);
	return r;
}

int sx_execute(const struct sx_config *cfg, const struct sx_strategy *s,
	       const struct sx_run_env *env, struct sx_log *log, bool force_direct,
	       struct sx_outcome *o)
{
	struct sx_spare sp;
	char key[SX_SPARE_KEY_LEN + 1] = "";
	const char *cold_why = NULL;
	bool warm;
	cJSON *f;
	int r;

	if (force_direct || !cfg->sandbox_enabled) {
		const char *why = force_direct ? "--direct" : "sandbox.enabled is false";

		f = cJSON_CreateObject();
		cJSON_AddStringToObject(f, "reason", why);
		sx_eventlog_write(log, "WARNING", "sandbox_mode_disabled",
				  "sandbox disabled: the script runs without a container", f);
		warn(env, "running %s without the container sandbox (%s)", s->path, why);
		log_mode(log, "direct", why, NULL, NULL);
		r = run_direct(cfg, s, env, log, o);
		log_outcome_event(log, o);
		return r;
	}

	f = cJSON_CreateObject();
	cJSON_AddStringToObject(f, "image", cfg->image);
	cJSON_AddBoolToObject(f, "fallback_to_direct", cfg->fallback_to_direct);
	sx_eventlog_write(log, "INFO", "sandbox_mode_enabled", "sandbox enabled", f);
	warm = claim_spare(cfg, env, &sp, key, &cold_why);
	log_mode(log, "docker", "sandbox.enabled", warm ? sp.container : "", cold_why);
	sx_reaper_sweep(cfg, env->state_dir, log, env->helper_timeout_ms);
	r = sx_docker_run(cfg, s, env, warm ? &sp : NULL, key, o);
	if (!o->removal_deferred)
		log_docker_cleanup(log, o);
	if (warm && !o->started && o->status == SX_SANDBOX_UNAVAILABLE) {
		/* Nothing of the script ran in the spare: run cold, as if
		 * there had been none. */
		f = cJSON_CreateObject();
		cJSON_AddStringToObject(f, "container", o->container);
		cJSON_AddStringToObject(f, "reason", o->error ? o->error : "?");
		sx_eventlog_write(log, "WARNING", "spare_unusable",
				  "the spare container could not run the script; running cold", f);
		/* The cold run gets what is left of the timeout; the run's
		 * start and duration are the first attempt's on. */
		struct sx_config rest = *cfg;
		int64_t began = o->started_at_ms, spent = o->duration_ms;

		rest.timeout_ms = cfg->timeout_ms > (uint64_t)spent + 100
				      ? cfg->timeout_ms - (uint64_t)spent
				      : 100;
		fresh_outcome(o);
		log_mode(log, "docker", "spare_unusable", "", "the spare was not usable");
		r = sx_docker_run(&rest, s, env, NULL, key, o);
		o->started_at_ms = began;
		o->duration_ms += spent;
		log_docker_cleanup(log, o);
	}
	if (o->status == SX_OK) {
		sx_eventlog_write(log, "INFO", "docker_execution_success",
				  "docker execution finished", sx_report_event_fields(o));
	} else {
		sx_eventlog_write(log, "WARNING", "docker_execution_failed",
				  o->error ? o->error : "docker execution failed",
				  sx_report_event_fields(o));
	}
	if (o->status != SX_SANDBOX_UNAVAILABLE) {
		log_outcome_event(log, o);
		return r;
	}
	/* Docker itself could not run the script: nothing of it ran. */
	sx_eventlog_write(log, "ERROR", "sandbox_mode_failed",
			  o->error ? o->error : "docker unavailable", sx_report_event_fields(o));
	if (!cfg->fallback_to_direct)
		return r;
	f = cJSON_CreateObject();
	cJSON_AddStringToObject(f, "reason", o->error ? o->error : "docker unavailable");
	sx_eventlog_write(log, "WARNING", "fallback_to_direct",
			  "docker unavailable: falling back to direct execution", f);
	warn(env, "docker unavailable (%s); running %s directly, without the container sandbox",
	     o->error ? o->error : "?", s->path);
	fresh_outcome(o);
	o->fallback = true;
	log_mode(log, "direct", "fallback_to_direct", NULL, NULL);
	r = run_direct(cfg, s, env, log, o);
	log_outcome_event(log, o);
	return r;
}

/* A spare's run ended by itself: the engine removes the container (--rm);
 * ask until it says so, then log it and drop its record. */
static void confirm_removal(const struct sx_config *cfg, const struct sx_run_env *env,
			    struct sx_log *log, struct sx_outcome *o)
{
	int rm_status;
	bool hung, gone;

	gone =
	    sx_docker_confirm_removed(cfg, o->container, env->helper_timeout_ms, &rm_status, &hung);
	o->removal_deferred = false;
	o->removal_unconfirmed = !gone;
	o->engine_hung = hung;
	o->rm_status = rm_status;
	log_docker_cleanup(log, o);
	/* The record is the spare's: its run id is in the container's name. */
	if (gone && strncmp(o->container, "sandexec-", 9) == 0)
		sx_reaper_forget(env->state_dir, o->container + 9);
}

void sx_execute_after(const struct sx_config *cfg, const struct sx_run_env *env, struct sx_log *log,
		      struct sx_outcome *o)
{
	bool confirm = o->removal_deferred;
	bool fill = o->mode == SX_MODE_DOCKER && o->status != SX_INTERRUPTED &&
		    o->status != SX_SANDBOX_UNAVAILABLE && sx_spare_eligible(cfg);
	int keep = log->fd >= 0 && log->regular ? log->fd : -1;
	struct sx_err err;
	pid_t pid;

	if (!confirm && !fill)
		return;
	pid = sx_proc_detach(keep);
	if (pid > 0)
		return;
	if (pid < 0) {
		/* No detached process: what must be said is said now. */
		if (confirm)
			confirm_removal(cfg, env, log, o);
		return;
	}
	/* Detached: only the log's file is left of ours (as fd 3), and
	 * only when it is a regular file (a FIFO or a terminal named as the
	 * log could be the caller's). */
	log->fd = keep >= 0 ? 3 : -1;
	log->warn = NULL;
	if (confirm)
		confirm_removal(cfg, env, log, o);
	if (fill)
		(void)sx_spare_fill(cfg, (unsigned)cfg->spares, false, env->helper_timeout_ms, NULL,
				    &err);
	_exit(0);
}
