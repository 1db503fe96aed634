/* outcome.h - the closed set of outcomes, their exit codes, and how the
 * facts of a finished run map to one of them. */
#ifndef SX_OUTCOME_H
#define SX_OUTCOME_H

#include <stdbool.h>
#include <stdint.h>

#include "proc.h"

enum sx_status {
	SX_OK,
	SX_STRATEGY_ERROR,
	SX_USAGE_ERROR,
	SX_CONFIG_ERROR,
	SX_REJECTED,
	SX_NO_RESULT,
	SX_SANDBOX_UNAVAILABLE,
	SX_OUTPUT_LIMIT,
	SX_OOM,
	SX_INVALID_RESULT,
	SX_TIMEOUT,
	SX_INTERRUPTED,
	SX_INPUT_ERROR,
	SX_INTERNAL_ERROR,
};

const char *sx_outcome_status_name(enum sx_status s);

/* Where a run ran. */
enum sx_mode {
	SX_MODE_NONE, /* before a mode was chosen */
	SX_MODE_DOCKER,
	SX_MODE_DIRECT,
};

/* "docker", "direct", or NULL for SX_MODE_NONE: the report's and the
 * log's spelling. */
const char *sx_outcome_mode_name(enum sx_mode m);
/* The process exit code; signal is used for SX_INTERRUPTED (128 + signal). */
int sx_outcome_exit_code(enum sx_status s, int signal);

/* What is known when a docker run has ended. */
struct sx_run_facts {
	int spawn_errno; /* the docker CLI could not be started */
	bool started;	 /* the interpreter wrote the start marker */
	bool exited;	 /* the CLI exited (else it died of term_signal) */
	int exit_code;
	int term_signal;
	enum sx_stop stopped;
	bool oom; /* the memory limit's OOM killer ended the script */
	bool result_found;
	bool result_invalid; /* the result fails output.require */
};

enum sx_status sx_outcome_classify(const struct sx_run_facts *f);

struct sx_outcome; /* run.h */
/* Frees what o owns (o itself is the caller's). */
void sx_outcome_free(struct sx_outcome *o);

/* What the script's processes cost: CPU time and the peak resident size
 * of the largest of them (ru_maxrss of every process the script ran,
 * reaped: by the container's supervisor, or by sandexec as the direct
 * script's parent and subreaper), and its wall time from its start to its
 * end. has_rusage is false when nobody could reap and report them (a
 * container stopped by sandexec); has_wall is false when the script never
 * started. */
struct sx_usage {
	bool has_rusage;
	int64_t cpu_user_ms;
	int64_t cpu_sys_ms;
	int64_t max_rss_kib;
	bool has_wall;
	int64_t wall_ms;
};

#endif
