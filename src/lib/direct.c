/* direct.c - the backend without a container: the interpreter run directly
 * under rlimits, no_new_privs, in its own session, with a scrubbed
 * environment and a private temporary working directory. */
#define _GNU_SOURCE /* O_PATH, mkdtemp */
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bootstrap.h"
#include "direct.h"
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

/* A directory of the tree to remove, opened to be read: at, name as
 * O_PATH without following a symbolic link (a search-only path needs no
 * permission), refused on another filesystem than dev (0: any; the
 * filesystem is returned), made 0700 if the script took its owner's rights
 * away (chmod through /proc/self/fd reaches the inode the O_PATH descriptor
 * holds, not a name), then opened through that descriptor. */
static int open_dir(int at, const char *name, dev_t *dev)
{
	char path[64];
	struct stat st;
	int pfd, fd;

	pfd = openat(at, name, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (pfd < 0)
		return -1;
	if (fstat(pfd, &st) < 0 || (*dev && st.st_dev != *dev)) {
		close(pfd);
		return -1;
	}
	*dev = st.st_dev;
	if ((st.st_mode & 0700) != 0700) {
		snprintf(path, sizeof path, "/proc/self/fd/%d", pfd);
		(void)chmod(path, 0700);
	}
	fd = openat(pfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	close(pfd);
	return fd;
}

struct level {
	DIR *d;
	char *name; /* in the level above; NULL at the top */
};

/* rm -r of the private directory, best effort, with calls relative to the
 * directory being read only: no path is ever built, so depth is not bounded
 * by PATH_MAX; a symbolic link is removed, never followed; a mount point is
 * left; a directory the script made unreadable is given back to its owner.
 * The levels are an explicit stack (no recursion), each holding one open
 * directory: depth is bounded by the descriptors sandexec may open, beyond
 * which what is deeper is left. */
static void remove_tree(const char *dir)
{
	struct level *stack = NULL;
	size_t depth = 0, cap = 0;
	dev_t dev = 0;
	int fd = open_dir(AT_FDCWD, dir, &dev);
	char *name = NULL;

	while (fd >= 0) {
		DIR *d = fdopendir(fd);
		struct dirent *e;

		if (!d) {
			close(fd);
			free(name);
		} else {
			if (depth == cap) {
				cap = cap ? cap * 2 : 16;
				stack = sx_xrealloc(stack, cap * sizeof *stack);
			}
			stack[depth++] = (struct level){.d = d, .name = name};
		}
		fd = -1;
		name = NULL;
		while (fd < 0 && depth > 0) {
			struct level *top = &stack[depth - 1];
			int at = dirfd(top->d);

			e = readdir(top->d);
			if (!e) {
				closedir(top->d);
				depth--;
				if (depth > 0)
					(void)unlinkat(dirfd(stack[depth - 1].d), top->name,
						       AT_REMOVEDIR);
				free(top->name);
				continue;
			}
			if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
				continue;
			if (unlinkat(at, e->d_name, 0) == 0 || errno != EISDIR)
				continue;
			if (unlinkat(at, e->d_name, AT_REMOVEDIR) == 0)
				continue;
			fd = open_dir(at, e->d_name, &dev);
			if (fd >= 0)
				name = sx_xstrdup(e->d_name);
		}
	}
	free(stack);
	(void)rmdir(dir);
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

int sx_direct_run(const struct sx_config *cfg, const struct sx_strategy *s,
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
	char *input =
	    sx_bootstrap_stdin(NULL, s->data, s->len, o->args, o->nargs, NULL, &io.stdin_len);
	int r;

	io.stdin_data = input;
	o->mode = SX_MODE_DIRECT;
	o->started_at_ms = sx_util_epoch_ms();
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
	/* sandexec is the script's parent and subreaper: its process and all
	 * it left behind are reaped here, their rusage with them. */
	o->orphans_killed = sx_proc_kill_orphans(&res.ru);
	if (r < 0) {
		o->status = SX_INTERNAL_ERROR;
		o->error = sx_xstrdup(err.msg);
	} else {
		sx_run_outcome_from_proc(cfg, &res, false, what, o);
		if (o->started)
			sx_run_usage_from_rusage(&o->usage, &res.ru);
	}
	sx_proc_result_free(&res);
	remove_tree(workdir);
out:
	o->duration_ms = sx_now_ms() - t0;
	if (envp)
		sx_dockerargv_free(envp);
	free(workdir);
	free(what);
	free(input);
	return r;
}
