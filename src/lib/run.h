/* run.h - one run of a strategy: the outcome both backends fill and what
 * they share. The backends are docker.h and direct.h; execute.h chooses
 * between them. */
#ifndef SX_RUN_H
#define SX_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "bootstrap.h"
#include "config.h"
#include "outcome.h"
#include "proc.h"
#include "strategy.h"

struct sx_run_env {
	int signal_fd;		   /* from sx_proc_signals_install(), or -1 */
	int stderr_fd;		   /* where the script's stderr goes */
	int64_t grace_ms;	   /* after a stop, how long the child gets to exit */
	int64_t helper_timeout_ms; /* bound on each docker rm */
	const char *state_dir;	   /* run records (reaper.h); NULL: none kept */
	int warn_fd;		   /* sandexec's own warnings; -1: quiet */
	bool status_line;	   /* elapsed-time status on warn_fd (a terminal) */
};

/* A fresh run id and the container name that goes with it. 0 or -errno. */
int sx_run_new_id(struct sx_outcome *o);

/* Shared by the backends: the io of a run started at t0 (stdin, the stdout
 * cap plus extra_cap, stderr, deadline, signals, grace). */
struct sx_io sx_run_io(const struct sx_config *cfg, const struct sx_strategy *s,
		       const struct sx_run_env *env, int64_t t0, size_t extra_cap);

/* sx_proc_run() with the terminal status line of env, if any; after it,
 * one line on env->stderr_fd if the script's stderr was cut or dropped. */
int sx_run_with_status(const struct sx_spawn *sp, struct sx_io *io, const struct sx_run_env *env,
		       const struct sx_strategy *s, const char *mode, struct sx_proc_result *res,
		       struct sx_err *err);

/* Shared by the backends: classify a finished process and fill o's status,
 * exit code, result, stdout, stderr counts and error. what names the runner
 * in messages ("docker", "the interpreter"). o->stdout_text takes res->out
 * over (no copy: it may be output.max_stdout large); res->out is NULL
 * after. Returns true when the supervisor (via_init) ended without its
 * trailer and sandexec did not stop it: o is then internal_error (how the
 * script ended is unknown, never the container's status taken for the
 * script's), and the caller asks the engine whether it was an OOM kill. */
bool sx_run_outcome_from_proc(const struct sx_config *cfg, struct sx_proc_result *res,
			      bool via_init, const char *what, struct sx_outcome *o);

/* The CPU times and peak RSS of ru as usage (has_rusage set). */
void sx_run_usage_from_rusage(struct sx_usage *u, const struct rusage *ru);

/* The engine saw the memory limit's OOM killer end the run: o becomes an
 * oom outcome (gVisor, where no end line can say so; runtime.h), or with
 * supervisor, one where it killed the supervisor, not the script. */
void sx_run_outcome_set_oom(const struct sx_config *cfg, struct sx_outcome *o, bool supervisor);

#endif
