/* execute.h - the mode decision (docker, direct, fallback) around one run,
 * with every decision logged as an event. */
#ifndef SX_EXECUTE_H
#define SX_EXECUTE_H

#include <stdbool.h>

#include "eventlog.h"
#include "run.h"

/* Run s as cfg says: in docker; directly when the sandbox is disabled
 * (force_direct or sandbox.enabled false); directly after docker was
 * unavailable when sandbox.fallback_to_direct allows it. o->run_id must be
 * set. Fills o; returns 0 or negative errno (o->status internal_error). */
int sx_execute(const struct sx_config *cfg, const struct sx_strategy *s,
	       const struct sx_run_env *env, struct sx_log *log, bool force_direct,
	       struct sx_outcome *o);

/* Log the run_finished event for an outcome (also used for runs that ended
 * before a backend started): what ran (strategy path and sha256, either
 * NULL if unknown), how it ended, what it cost. */
void sx_log_finished(struct sx_log *log, const struct sx_outcome *o, const char *strategy,
		     const char *sha256, int exit_code);

#endif
