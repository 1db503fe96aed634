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

#endif
