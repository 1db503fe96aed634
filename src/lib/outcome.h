/* outcome.h - the closed set of outcomes, their exit codes, and how the
 * facts of a finished run map to one of them. */
#ifndef SX_OUTCOME_H
#define SX_OUTCOME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cjson/cJSON.h>

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

#define SX_RUN_ID_LEN 16 /* hex characters */
#define SX_NONCE_LEN 32	 /* hex characters of the supervisor's trailer secret */

/* An uncaught exception of the script (bootstrap.h: the record that says
 * so). */
struct sx_exception {
	char *type; /* decoded, NUL-terminated, may hold NUL; owned */
	size_t type_len;
	char *message; /* likewise */
	size_t message_len;
	long line; /* in the script; 0: none */
};

/* The outcome of a run, filled by the backends (docker.h, direct.h):
 * everything the report and the run's events say comes from here
 * (report.h). */
struct sx_outcome {
	enum sx_status status;
	enum sx_mode mode;
	bool fallback; /* direct mode because docker was unavailable */
	bool warm;     /* docker mode in a spare (spare.h) */
	char run_id[SX_RUN_ID_LEN + 1];
	char container[32 + SX_RUN_ID_LEN];
	bool started; /* the interpreter started (the marker came) */
	bool has_exit_code;
	int exit_code;
	int signal;
	int stop_signal;      /* with SX_INTERRUPTED */
	cJSON *result;	      /* owned; NULL if none */
	cJSON *result_errors; /* owned: output.require's failures (require.h); NULL if none */
	char *stdout_text;    /* owned: stdout less the marker and the result line */
	size_t stdout_len;
	bool stdout_truncated;
	bool stderr_truncated;	 /* stderr went over output.max_stderr */
	uint64_t stderr_dropped; /* bytes of stderr not passed on (cap, unread) */
	char *stderr_tail;	 /* owned: the end of stderr (output.stderr_tail), or NULL */
	size_t stderr_tail_len;
	bool has_exception;	       /* the script's process reported an uncaught exception */
	struct sx_exception exception; /* owned, with has_exception */
	char *error;		       /* owned; NULL if none */
	int64_t duration_ms;
	/* docker mode: how the container went away */
	bool force_removed;	      /* sandexec ran docker rm --force */
	int rm_status;		      /* its exit status, -1 if it did not run */
	bool removal_unconfirmed;     /* the container may still exist (its record stays) */
	bool engine_hung;	      /* a docker rm did not answer within the helper timeout */
	bool removal_deferred;	      /* a spare's removal, confirmed after the report */
	char nonce[SX_NONCE_LEN + 1]; /* the supervisor's trailer secret ("" in direct mode) */
	/* direct mode */
	int orphans_killed; /* processes the script left behind */
	/* what the run cost */
	int64_t started_at_ms; /* wall clock (ms since the epoch) the backend began; 0: none */
	struct sx_usage usage; /* the script's (outcome.h) */
	/* the words after the strategy, its sys.argv[1:] (borrowed) */
	char *const *args;
	size_t nargs;
};

/* Frees what o owns (o itself is the caller's). */
void sx_outcome_free(struct sx_outcome *o);

#endif
