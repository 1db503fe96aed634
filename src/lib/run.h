/* run.h - one run of a strategy in the docker backend, from argv to outcome. */
#ifndef SX_RUN_H
#define SX_RUN_H

#include <stdbool.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "config.h"
#include "outcome.h"
#include "strategy.h"

#define SX_RUN_ID_LEN 16 /* hex characters */

struct sx_run_env {
	int signal_fd;     /* from sx_signals_install(), or -1 */
	int stderr_fd;     /* where the script's stderr goes */
	int64_t grace_ms;  /* after a stop, how long the docker CLI gets to exit */
	int64_t helper_timeout_ms; /* bound on each docker rm */
};

struct sx_outcome {
	enum sx_status status;
	char run_id[SX_RUN_ID_LEN + 1];
	char container[32 + SX_RUN_ID_LEN];
	bool has_exit_code;
	int exit_code;
	int signal;
	int stop_signal;        /* with SX_INTERRUPTED */
	cJSON *result;          /* owned; NULL if none */
	char *stdout_text;      /* owned: stdout less the marker and the result line */
	size_t stdout_len;
	bool stdout_truncated;
	char *error;            /* owned; NULL if none */
	int64_t duration_ms;
};

/* A fresh run id and the container name that goes with it. 0 or -errno. */
int sx_run_new_id(struct sx_outcome *o);

/* Run s under docker as cfg says. o->run_id must be set (sx_run_new_id).
 * Always fills o (status included); returns 0, or negative errno when
 * sandexec itself failed (o->status is then SX_INTERNAL_ERROR). Free o
 * with sx_outcome_free(). */
int sx_run_docker(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, struct sx_outcome *o);
void sx_outcome_free(struct sx_outcome *o);

/* The docker run argv for this outcome's run id (for --dry-run and the run
 * itself). Caller frees with sx_argv_free(). */
char **sx_run_docker_argv(const struct sx_config *cfg, const struct sx_strategy *s,
			  const struct sx_outcome *o);

#endif
