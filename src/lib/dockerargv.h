/* dockerargv.h - the docker command lines sandexec runs, built as argv
 * vectors (never shell strings) by pure functions. */
#ifndef SX_DOCKERARGV_H
#define SX_DOCKERARGV_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "config.h"

struct sx_dockerargv_opts {
	const char *name; /* container name, "sandexec-<run id>" */
	const char *run_id;
	int64_t deadline_epoch;	  /* wall-clock second after which it may be reaped */
	const char *seccomp_path; /* profile file; the CLI reads it and sends it */
	const char *script_name;  /* file name shown in tracebacks */
	int64_t supervise_s;	  /* the container's own deadline, in seconds from its start */
	bool gvisor;		  /* the runtime is gVisor (runtime.h) */
	/* Non-NULL: `docker create` of a spare with this key (spare.h),
	 * waiting idle_s seconds for its script with cfg->preload imported. */
	const char *spare_key;
	int64_t idle_s;
};

/* Under gVisor the host's pids cgroup counts the sandbox's own threads and
 * processes too (about 40, then about 6 for each of the script's), and the
 * sandbox dies when it cannot start one. There docker.pids_limit becomes
 * the script's RLIMIT_NPROC, which gVisor enforces inside the sandbox with
 * EAGAIN as Linux would, and the cgroup gets this much more room. */
#define SX_GVISOR_PIDS_BASE 64
#define SX_GVISOR_PIDS_EACH 8

/* `docker run` for one script. Caller frees with sx_dockerargv_free(). */
char **sx_dockerargv_run(const struct sx_config *cfg, const struct sx_dockerargv_opts *run);
/* `docker rm --force NAME`: stops and removes the container. Caller frees. */
char **sx_dockerargv_rm(const struct sx_config *cfg, const char *name);

/* `docker [--context C] ARGS...` for any other call. Caller frees. */
char **sx_dockerargv_call(const struct sx_config *cfg, const char *const *args);

void sx_dockerargv_free(char **argv);
size_t sx_dockerargv_len(char *const *argv);

/* For --dry-run's shell line: s as one POSIX shell word on f, single-quoted
 * unless it is plainly safe (shell_word) or always (shell_quoted). */
void sx_dockerargv_shell_word(const char *s, FILE *f);
void sx_dockerargv_shell_quoted(const char *s, FILE *f);

#endif
