/* runtime.h - the OCI runtime a run asks the engine for (docker.runtime):
 * what the engine has registered under that name, and what sandexec
 * requires of it before a script runs there.
 *
 * gVisor (runsc) is the one runtime that needs more than its name: it
 * ignores the container's seccomp profile unless it was registered with
 * --oci-seccomp, and the host's OOM killer ends its whole sandbox, the
 * in-container supervisor included, so the engine's "oom" event is the only
 * witness left of an out-of-memory kill. It also answers every errno rule
 * of a profile with EPERM (errnoRet is ignored), so it gets a profile of its
 * own, and the host's pids cgroup counts its own threads (dockerargv.h). */
#ifndef SX_RUNTIME_H
#define SX_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "util.h"

struct sx_runtime {
	char name[64];	   /* as registered; the engine's default if none was asked */
	bool gvisor;	   /* its program is runsc */
	bool oci_seccomp;  /* gVisor: registered with --oci-seccomp */
	char platform[32]; /* gVisor: --platform, "" when not given (ptrace) */
	char args[512];	   /* the registered runtimeArgs, space-separated */
};

/* The docker info arguments whose output sx_runtime_parse() reads. */
extern const char *const sx_runtime_info_args[];

/* Look name up ("" or NULL: the engine's default runtime) in the output of
 * `docker info` with sx_runtime_info_args. 0; -ENOENT when the engine has no
 * runtime of that name (err lists those it has); -EINVAL when out is not
 * that output. */
int sx_runtime_parse(const char *out, const char *name, struct sx_runtime *rt, struct sx_err *err);

/* One docker info call, bounded by timeout_ms, then sx_runtime_parse().
 * Also -EIO when the engine did not answer, -ENOTSUP when it answered but
 * lists no runtimes (podman); err says why. */
int sx_runtime_inspect(const struct sx_config *cfg, const char *name, int64_t timeout_ms,
		       struct sx_runtime *rt, struct sx_err *err);

/* What a run requires of the runtime: 0, or -EPERM with err saying what is
 * missing and how to register it. */
int sx_runtime_check(const struct sx_runtime *rt, struct sx_err *err);

/* Everything a run needs to know of docker.runtime before it starts, as
 * one decision for the run and for --dry-run: with docker.runtime empty,
 * or runc, rt is zeroed and nothing is asked; else sx_runtime_inspect(),
 * sx_runtime_check() and, for gVisor, the check of its seccomp profile.
 * 0; -EIO when the engine did not answer (docker is unavailable); any
 * other negative errno is a configuration error. err says why. */
int sx_runtime_for_run(const struct sx_config *cfg, int64_t timeout_ms, struct sx_runtime *rt,
		       struct sx_err *err);

/* Did the engine report an OOM kill of container name between since_epoch
 * and now? 1 yes, 0 no, negative errno when the engine could not tell. */
int sx_runtime_engine_oom(const struct sx_config *cfg, const char *name, int64_t since_epoch,
			  int64_t timeout_ms);

#endif
