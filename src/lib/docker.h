/* docker.h - the docker backend: a run in a hardened container, and what
 * --dry-run, doctor and the runtime check share with it. */
#ifndef SX_DOCKER_H
#define SX_DOCKER_H

#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "run.h"
#include "strategy.h"
#include "util.h"

struct sx_spare;

/* Run s in a container. o->run_id must be set (sx_run_new_id). Always
 * fills o, status included; returns 0, or negative errno when sandexec
 * itself failed (status SX_INTERNAL_ERROR). With spare (claimed, of
 * configuration key: spare.h), in that container: a run that did not
 * start the script there (the spare was not usable) is sandbox_unavailable
 * with o->started false, and the spare is removed unless it was not ours. */
int sx_docker_run(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, const struct sx_spare *spare, const char *key,
		  struct sx_outcome *o);

/* How long a warm run waits for the spare's start marker: SX_WARM_START_MS,
 * or half the timeout when that is less. */
#define SX_WARM_START_MS 3000
int64_t sx_docker_warm_start_ms(const struct sx_config *cfg);

/* docker rm --force NAME until the engine says it is gone (a removal
 * under way is asked again), bounded by timeout_ms: true when it is gone;
 * the last docker rm's status and whether one did not answer. */
bool sx_docker_confirm_removed(const struct sx_config *cfg, const char *name, int64_t timeout_ms,
			       int *rm_status, bool *hung);

/* The seccomp profile must be there and deny by default: a JSON object
 * whose defaultAction is an errno, kill or trap action. Checked before every
 * docker run, since running without it is never an option. 0 or -EINVAL
 * with err naming the file. */
int sx_docker_seccomp_check(const char *path, struct sx_err *err);
/* docker's error output from before the start marker as one line for the
 * run's error: its words that say something, and what to do (build the
 * image, sandexec doctor, the docker group). Caller frees. */
char *sx_docker_explain(const struct sx_config *cfg, const char *text, size_t len);
/* What to do about docker's words when no image is involved (the engine
 * unreachable, the socket not this user's, an unknown runtime): a static
 * string, "sandexec doctor checks the engine" when nothing more fits. */
const char *sx_docker_hint(const char *words);

/* The wall-clock second after which a run started now is certainly
 * abandoned: its container's sandexec.deadline label. */
int64_t sx_docker_deadline_epoch(const struct sx_config *cfg);

/* The docker run argv for this run id (--dry-run and the run itself);
 * gvisor from sx_runtime_for_run().
 * Caller frees with sx_dockerargv_free(). */
char **sx_docker_run_argv(const struct sx_config *cfg, const struct sx_strategy *s,
			  const struct sx_outcome *o, int64_t deadline_epoch, bool gvisor);

#endif
