#include "dockerargv.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "reaper.h"
#include "util.h"

struct vec {
	char **v;
	size_t n, cap;
};

static void push(struct vec *a, char *s)
{
	if (a->n + 2 > a->cap) {
		a->cap = a->cap ? a->cap * 2 : 64;
		a->v = sx_xrealloc(a->v, a->cap * sizeof *a->v);
	}
	a->v[a->n++] = s;
	a->v[a->n] = NULL;
}

static void push2(struct vec *a, const char *opt, char *val)
{
	push(a, sx_xstrdup(opt));
	push(a, val);
}

/* The CLI and its global options. */
static void push_cli(struct vec *a, const struct sx_config *cfg)
{
	push(a, sx_xstrdup(cfg->docker_binary));
	if (cfg->context && *cfg->context)
		push2(a, "--context", sx_xstrdup(cfg->context));
}

char **sx_dockerargv_run(const struct sx_config *cfg, const struct sx_dockerargv_opts *run)
{
	struct vec a = {0};
	char size[32], cpus[32];
	char *owner = sx_reaper_owner();

	push_cli(&a, cfg);
	/* A spare is created, then started on its own (spare.c): `docker run
	 * -d` would not let its one attached client close its stdin. */
	push(&a, sx_xstrdup(run->spare_key ? "create" : "run"));
	/* -i: the script arrives on stdin; no -t, so stdout and stderr stay apart. */
	push(&a, sx_xstrdup("-i"));
	push(&a, sx_xstrdup("--rm"));
	push2(&a, "--pull", sx_xstrdup("never"));
	push2(&a, "--name", sx_xstrdup(run->name));
	push2(&a, "--label", sx_xasprintf("sandexec.run=%s", run->run_id));
	push2(&a, "--label", sx_xasprintf("sandexec.deadline=%" PRId64, run->deadline_epoch));
	/* Whose run it is: `sandexec gc` touches only its caller's own. */
	push2(&a, "--label", sx_xasprintf("sandexec.owner=%s", owner));
	if (run->spare_key)
		push2(&a, "--label", sx_xasprintf("sandexec.spare=%s", run->spare_key));
	/* Output reaches us through the attached stream; a logging driver would
	 * only copy a flood to the engine's disk. */
	push2(&a, "--log-driver", sx_xstrdup("none"));
	push2(&a, "--network", sx_xstrdup(cfg->network));
	if (cfg->read_only)
		push(&a, sx_xstrdup("--read-only"));
	sx_format_size(cfg->tmpfs_size, size, sizeof size);
	push2(&a, "--tmpfs", sx_xasprintf("/tmp:rw,nosuid,nodev,noexec,size=%s", size));
	push2(&a, "--cap-drop", sx_xstrdup("ALL"));
	push2(&a, "--security-opt", sx_xstrdup("no-new-privileges"));
	push2(&a, "--security-opt", sx_xasprintf("seccomp=%s", run->seccomp_path));
	push2(&a, "--user", sx_xstrdup(cfg->user));
	sx_format_size(cfg->memory, size, sizeof size);
	push2(&a, "--memory", sx_xstrdup(size));
	/* Equal to --memory: no swap on top of the limit. */
	push2(&a, "--memory-swap", sx_xstrdup(size));
	sx_format_milli(cfg->cpus_milli, cpus, sizeof cpus);
	push2(&a, "--cpus", sx_xstrdup(cpus));
	push2(&a, "--pids-limit",
	      sx_xasprintf("%" PRIu64,
			   run->gvisor ? SX_GVISOR_PIDS_BASE + SX_GVISOR_PIDS_EACH * cfg->pids_limit
				       : cfg->pids_limit));
	push2(&a, "--ulimit",
	      sx_xasprintf("nofile=%" PRIu64 ":%" PRIu64, cfg->nofile, cfg->nofile));
	push2(&a, "--ulimit", sx_xstrdup("core=0"));
	/* Off by default: RLIMIT_NPROC counts every process of the uid on the
	 * host, across containers; some podman hosts need it set. */
	if (cfg->nproc || run->gvisor) {
		uint64_t n = cfg->nproc ? cfg->nproc : cfg->pids_limit;

		push2(&a, "--ulimit", sx_xasprintf("nproc=%" PRIu64 ":%" PRIu64, n, n));
	}
	/* No --init: the bootstrap itself is PID 1 (see bootstrap.c). */
	push2(&a, "--workdir", sx_xstrdup("/tmp"));
	if (cfg->data_dir)
		push2(&a, "--mount",
		      sx_xasprintf("type=bind,source=%s,target=/data,readonly", cfg->data_dir));
	if (cfg->runtime && *cfg->runtime)
		push2(&a, "--runtime", sx_xstrdup(cfg->runtime));
	for (char **e = cfg->env; e && *e; e++)
		push2(&a, "--env", sx_xstrdup(*e));
	push(&a, sx_xstrdup(cfg->image));
	push(&a, sx_xstrdup(cfg->python));
	/* -I: ignore PYTHON* variables and the user site directory. */
	push(&a, sx_xstrdup("-I"));
	push2(&a, "-c", sx_xstrdup(sx_bootstrap_code));
	/* A spare learns the script's name with the script. */
	push(&a, sx_xstrdup(run->spare_key ? "-" : run->script_name));
	/* In a container the bootstrap supervises the script (see bootstrap.c)
	 * and kills it on its own after supervise_s seconds. */
	push(&a, sx_xstrdup(run->spare_key ? "warm" : "supervise"));
	push(&a, sx_xasprintf("%" PRId64, run->supervise_s));
	if (run->spare_key) {
		/* A spare waits idle_s for its script, having imported these. */
		char *mods = sx_xstrdup("");

		push(&a, sx_xasprintf("%" PRId64, run->idle_s));
		for (char **m = cfg->preload; m && *m; m++) {
			char *more = sx_xasprintf("%s%s%s", mods, *mods ? "," : "", *m);

			free(mods);
			mods = more;
		}
		push(&a, mods);
	}
	free(owner);
	return a.v;
}

char **sx_dockerargv_rm(const struct sx_config *cfg, const char *name)
{
	struct vec a = {0};

	push_cli(&a, cfg);
	push(&a, sx_xstrdup("rm"));
	push(&a, sx_xstrdup("--force"));
	push(&a, sx_xstrdup(name));
	return a.v;
}

char **sx_dockerargv_call(const struct sx_config *cfg, const char *const *args)
{
	struct vec a = {0};

	push_cli(&a, cfg);
	for (; *args; args++)
		push(&a, sx_xstrdup(*args));
	return a.v;
}

void sx_dockerargv_free(char **argv)
{
	if (!argv)
		return;
	for (char **p = argv; *p; p++)
		free(*p);
	free(argv);
}

size_t sx_dockerargv_len(char *const *argv)
{
	size_t n = 0;

	while (argv && argv[n])
		n++;
	return n;
}

/* Single-quote s for a POSIX shell unless it is plainly safe. */
void sx_dockerargv_shell_word(const char *s, FILE *f)
{
	if (*s && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			    "0123456789_-.,:/=@%+") == strlen(s))
		fputs(s, f);
	else
		sx_dockerargv_shell_quoted(s, f);
}

/* Single-quote s for a POSIX shell, always. */
void sx_dockerargv_shell_quoted(const char *s, FILE *f)
{
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	}
	fputc('\'', f);
}
