/* config.h - the effective configuration: compiled defaults, then YAML
 * files, then SANDEXEC_<SECTION>_<KEY> environment variables, then flags. */
#ifndef SX_CONFIG_H
#define SX_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util.h"

#define SX_CONFIG_MAX_FILE (1u << 20) /* a config file larger than this is refused */
#define SX_CONFIG_MAX_LIST 256	      /* entries in a list such as docker.env */

struct sx_config {
	/* sandbox */
	bool sandbox_enabled;	 /* false: always run directly */
	bool fallback_to_direct; /* run directly when docker is unavailable */
	/* docker */
	char *docker_binary;
	char *context; /* docker --context; "" = the CLI's own choice */
	char *image;
	char *python;	     /* interpreter inside the image */
	uint64_t memory;     /* bytes; also the memory+swap limit */
	uint64_t cpus_milli; /* thousandths of a CPU */
	uint64_t pids_limit;
	uint64_t nofile;
	uint64_t nproc; /* RLIMIT_NPROC ulimit; 0: not passed */
	uint64_t timeout_ms;
	char *network;
	bool read_only;
	uint64_t tmpfs_size;   /* bytes */
	char *seccomp_profile; /* "" = the installed default */
	char *user;
	char *runtime;		/* "" = the engine's default */
	char **env;		/* NULL-terminated NAME=VALUE list */
	uint64_t spares;	/* containers started ahead per configuration (spare.h) */
	uint64_t spare_idle_ms; /* a spare unclaimed this long ends */
	char **preload;		/* modules a spare imports before its script */
	/* direct */
	char *interpreter;
	uint64_t direct_max_processes; /* RLIMIT_NPROC */
	uint64_t direct_max_file_size; /* RLIMIT_FSIZE, bytes */
	/* validator */
	bool validator_enabled;
	char **allowed_modules; /* NULL-terminated, like the lists below */
	char **forbidden_names;
	char **forbidden_attributes;
	char **allowed_dunders;
	/* added to the four lists above (the check uses the union) */
	char **allowed_modules_extra;
	char **forbidden_names_extra;
	char **forbidden_attributes_extra;
	char **allowed_dunders_extra;
	/* log */
	bool log_enabled;
	char *log_file; /* "" = the default path */
	/* output */
	uint64_t max_stdout;  /* bytes of the script's stdout kept */
	uint64_t max_stderr;  /* bytes of the script's stderr passed on */
	char **require;	      /* KEY, SPEC pairs, NULL-terminated (require.h) */
	uint64_t stderr_tail; /* bytes of its end kept for the report */
	/* strategy */
	uint64_t max_size; /* bytes */
	/* --data: a resolved directory bind-mounted read-only at /data, or
	 * NULL. Set from the command line only, never from a file. */
	char *data_dir;
	/* where each key's value came from ("default", "FILE:LINE:COL",
	 * "SANDEXEC_DOCKER_IMAGE", "--timeout"), in key order */
	char **origins;
};

/* Fill cfg with the compiled-in defaults. Free with sx_config_free(). */
void sx_config_init(struct sx_config *cfg);
void sx_config_free(struct sx_config *cfg);

/* Merge one YAML file into cfg. A missing file is 0 when !required (nothing
 * merged) and -ENOENT otherwise. Any other problem is -EINVAL with err set to
 * "FILE:LINE:COL: ..." naming the key. */
int sx_config_load_file(struct sx_config *cfg, const char *path, bool required, struct sx_err *err);

/* Merge YAML text; name is used in messages. Same errors as above. */
int sx_config_load_string(struct sx_config *cfg, const char *name, const char *text, size_t len,
			  struct sx_err *err);

/* Set "section.key" from a string, as a flag or variable would; origin names
 * the source in messages ("--timeout", "SANDEXEC_DOCKER_IMAGE"). 0 or -EINVAL. */
int sx_config_set(struct sx_config *cfg, const char *dotted_key, const char *value,
		  const char *origin, struct sx_err *err);

/* Apply every SANDEXEC_<SECTION>_<KEY> variable found in envp. Any other
 * SANDEXEC_ variable, but the few that are not configuration (see
 * sandexec(1)), is an error: 0 or -EINVAL. */
int sx_config_load_env(struct sx_config *cfg, char *const *envp, struct sx_err *err);

/* The i-th known key as "section.key" into buf, for documentation checks
 * and listings; false past the last one. */
bool sx_config_key_at(size_t i, char *buf, size_t len);

/* Write the effective configuration as YAML that loads back to the same
 * values, each key followed by a comment naming where it came from. */
void sx_config_dump(const struct sx_config *cfg, FILE *out);

/* The path of the seccomp profile to use: the configured one, or
 * $SANDEXEC_DATADIR/seccomp.json, or the compiled-in data directory's.
 * Caller frees. */
char *sx_config_seccomp_path(const struct sx_config *cfg);
/* The same for a runtime: under gVisor the default is seccomp-gvisor.json
 * (runsc ignores errnoRet; see runtime.h). Caller frees. */
char *sx_config_seccomp_path_for(const struct sx_config *cfg, bool gvisor);

/* One value given on the command line: origin is "--set" for -s/--set,
 * else the long name of the flag that set it ("timeout" for --timeout). */
struct sx_config_set {
	const char *key;
	const char *value;
	const char *origin;
};

/* Every layer in order, each over the one before: the system file
 * ($SANDEXEC_SYSTEM_CONFIG, else SYSCONFDIR/sandexec.yaml), the user's
 * ($XDG_CONFIG_HOME/sandexec/sandexec.yaml, else ~/.config/...), both
 * optional; file (required when not NULL); SANDEXEC_* from envp; then sets
 * in order. */
int sx_config_load_layers(struct sx_config *cfg, const char *file, const struct sx_config_set *sets,
			  size_t nsets, char *const *envp, struct sx_err *err);

#endif
