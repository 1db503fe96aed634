/* direct.c - the backend without a container: the interpreter run directly
 * under rlimits, no_new_privs, in its own session, with a scrubbed
 * environment and a private temporary working directory. */
#define _GNU_SOURCE /* nftw, mkdtemp */
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

#include "bootstrap.h"
#include "dockerargv.h"
#include "proc.h"
#include "run.h"

struct limits {
	const char *workdir;
	struct rlimit as, cpu, nproc, fsize, nofile, core;
};

/* In the child between fork and exec: async-signal-safe calls only. */
static int direct_child_setup(void *ctx)
{
	const struct limits *l = ctx;

	if (chdir(l->workdir) < 0)
		return errno;
	if (setrlimit(RLIMIT_AS, &l->as) < 0 || setrlimit(RLIMIT_CPU, &l->cpu) < 0 ||
	    setrlimit(RLIMIT_NPROC, &l->nproc) < 0 || setrlimit(RLIMIT_FSIZE, &l->fsize) < 0 ||
	    setrlimit(RLIMIT_NOFILE, &l->nofile) < 0 || setrlimit(RLIMIT_CORE, &l->core) < 0)
		return errno;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return errno;
	return 0;
}

static struct rlimit lim(uint64_t v)
{
	return (struct rlimit){.rlim_cur = (rlim_t)v, .rlim_max = (rlim_t)v};
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	/* Best effort: what cannot be removed is left, not fatal. */
	if (flag == FTW_DP)
		(void)rmdir(path);
	else
		(void)unlink(path);
	return 0;
}

/* rm -r that never follows a symbolic link out of the tree. */
static void remove_tree(const char *dir)
{
	nftw(dir, rm_entry, 32, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
}

/* The script's whole environment: nothing of the caller's. */
static char **direct_env(const struct sx_config *cfg, const char *workdir)
{
	size_t n = 0, i = 0;
	char **envp;

	while (cfg->env && cfg->env[n])
		n++;
	envp = sx_xcalloc(n + 5, sizeof *envp);
	envp[i++] = sx_xstrdup("PATH=/usr/local/bin:/usr/bin:/bin");
	envp[i++] = sx_xstrdup("LANG=C.UTF-8");
	envp[i++] = sx_xasprintf("HOME=%s", workdir);
	envp[i++] = sx_xasprintf("TMPDIR=%s", workdir);
	for (size_t k = 0; k < n; k++)
		envp[i++] = sx_xstrdup(cfg->env[k]);
	return envp;
}

int sx_run_direct(const struct sx_config *cfg, const struct sx_strategy *s,
		  const struct sx_run_env *env, struct sx_outcome *o)
{
	const char *tmp = getenv("TMPDIR");
	char *workdir =
	    sx_xasprintf("%s/sandexec-%s-XXXXXX", tmp && *tmp == '/' ? tmp : "/tmp", o->run_id);
	/* CPU seconds: the deadline bounds wall time; this bounds a busy loop
	 * even if the deadline machinery were bypassed. */
	uint64_t cpu_s = cfg->timeout_ms / 1000 + 2;
	struct limits l = {
	    .as = lim(cfg->memory),
	    .cpu = {(rlim_t)cpu_s, (rlim_t)cpu_s + 1},
	    .nproc = lim(cfg->direct_max_processes),
	    .fsize = lim(cfg->direct_max_file_size),
	    .nofile = lim(cfg->nofile),
	    .core = lim(0),
	};
	char *argv[] = {cfg->interpreter, "-I", "-c", (char *)sx_bootstrap_direct_code,
			s->name,	  NULL};
	char **envp = NULL;
	int64_t t0 = sx_now_ms();
	struct sx_spawn sp = {.argv = argv,
			      .new_pgrp = true,
			      .kill_pgrp_on_exit = true,
			      .new_session = true,
			      .child_setup = direct_child_setup,
			      .child_ctx = &l};
	struct sx_io io = sx_run_io(cfg, s, env, t0, SX_START_MARKER_LEN);
	struct sx_proc_result res;
	struct sx_err err = {""};
	char *what = sx_xasprintf("the interpreter '%s'", cfg->interpreter);
	int r;

	o->mode = SX_MODE_DIRECT;
	if (!mkdtemp(workdir)) {
		r = -errno;
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xasprintf("cannot create a private directory %s: %s", workdir,
					strerror(errno));
		goto out;
	}
	l.workdir = workdir;
	envp = direct_env(cfg, workdir);
	sp.envp = envp;
	/* Orphans the script leaves (even ones that left its session) come
	 * back to sandexec, which kills them before it returns. */
	prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
	r = sx_run_with_status(&sp, &io, env, s, sx_outcome_mode_name(o->mode), &res, &err);
	o->orphans_killed = sx_proc_kill_orphans();
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xstrdup(err.msg);
	} else {
		sx_outcome_from_proc(cfg, &res, false, what, o);
	}
	sx_proc_result_free(&res);
	remove_tree(workdir);
out:
	o->duration_ms = sx_now_ms() - t0;
	if (envp)
		sx_argv_free(envp);
	free(workdir);
	free(what);
	return r;
}
