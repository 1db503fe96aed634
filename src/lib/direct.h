/* direct.h - the direct backend: the interpreter run under rlimits when
 * there is no sandbox. */
#ifndef SX_DIRECT_H
#define SX_DIRECT_H

#include "config.h"
#include "run.h"
#include "strategy.h"

/* Run s with the interpreter directly, under rlimits, in a private
 * temporary directory. Same contract as sx_docker_run() (docker.h). */
int sx_direct_run(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, struct sx_outcome *o);

#endif
