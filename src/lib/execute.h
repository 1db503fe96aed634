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

/* After the report of o is written: in a detached process (proc.h), so
 * that nothing of the caller's waits, confirm the removal of a spare that
 * ran to its end (its docker_cleanup event comes then, after
 * run_finished) and start the spares of cfg (spare.h) for the next runs.
 * Nothing to do: returns at once. */
void sx_execute_after(const struct sx_config *cfg, const struct sx_run_env *env, struct sx_log *log,
		      struct sx_outcome *o);

#endif
