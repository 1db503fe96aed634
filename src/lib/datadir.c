#define _GNU_SOURCE /* nftw */
#include "datadir.h"

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* nftw gives no user pointer: the walk's state lives here for its length. */
static struct {
	const char *root;
	size_t root_len;
	size_t entries;
	char bad[2 * PATH_MAX + 8];
	const char *why;
} walk;

static bool inside_root(const char *path)
{
	return strncmp(path, walk.root, walk.root_len) == 0 &&
	       (path[walk.root_len] == '/' || path[walk.root_len] == '\0');
}

static int visit(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	char target[PATH_MAX];

	(void)st;
	(void)ftw;
	if (++walk.entries > SX_DATADIR_MAX_ENTRIES) {
		walk.why = "more entries than --data accepts";
		snprintf(walk.bad, sizeof walk.bad, "%s", walk.root);
		return 1;
	}
	if (flag == FTW_SL || flag == FTW_SLN) {
		/* Where it leads, all links followed; a dangling one is judged
		 * by its parent directory's resolution plus its text. */
		if (!realpath(path, target)) {
			walk.why = "a symbolic link that leads nowhere or outside";
			snprintf(walk.bad, sizeof walk.bad, "%s", path);
			return 1;
		}
		if (!inside_root(target)) {
			walk.why = "a symbolic link pointing outside it";
			snprintf(walk.bad, sizeof walk.bad, "%s -> %s", path, target);
			return 1;
		}
	} else if (flag == FTW_DNR || flag == FTW_NS) {
		walk.why = "an entry that cannot be read";
		snprintf(walk.bad, sizeof walk.bad, "%s", path);
		return 1;
	}
	return 0;
}

int sx_datadir_check(const char *dir, char **real, struct sx_err *err)
{
	char resolved[PATH_MAX];
	struct stat st;
	int r;

	if (!realpath(dir, resolved)) {
		sx_err_set(err, "--data %s: %s", dir, strerror(errno));
		return -EINVAL;
	}
	if (stat(resolved, &st) < 0 || !S_ISDIR(st.st_mode)) {
		sx_err_set(err, "--data %s: not a directory", dir);
		return -EINVAL;
	}
	if (strchr(resolved, ',') || strchr(resolved, '\n')) {
		sx_err_set(err, "--data %s: a path with ',' or a line break cannot be mounted",
			   dir);
		return -EINVAL;
	}
	memset(&walk, 0, sizeof walk);
	walk.root = resolved;
	walk.root_len = strlen(resolved);
	r = nftw(resolved, visit, 16, FTW_PHYS);
	if (r != 0) {
		sx_err_set(err, "--data %s: refused: %s: %s", dir,
			   walk.why ? walk.why : "cannot walk it", walk.bad);
		return -EINVAL;
	}
	*real = sx_xstrdup(resolved);
	return 0;
}

bool sx_datadir_engine_is_local(const char **why)
{
	const char *host = getenv("DOCKER_HOST");
	const char *ctx = getenv("DOCKER_CONTEXT");

	if (host && *host && strncmp(host, "unix://", 7) != 0) {
		*why = "DOCKER_HOST names a remote engine";
		return false;
	}
	if (ctx && *ctx && strcmp(ctx, "default") != 0) {
		*why = "DOCKER_CONTEXT names another engine";
		return false;
	}
	return true;
}

int sx_datadir_admit(struct sx_config *cfg, const char *dir, bool direct, char *msg, size_t len)
{
	const char *why = NULL, *host = getenv("DOCKER_HOST");
	struct sx_err err = {""};

	if (direct || !cfg->sandbox_enabled)
		snprintf(msg, len,
			 "--data needs the container; it cannot be "
			 "used with --direct or sandbox.enabled: false");
	else if (*cfg->context && strcmp(cfg->context, "default") != 0)
		snprintf(msg, len,
			 "--data %s: refused: docker.context names "
			 "another engine (%s), which cannot see this machine's files",
			 dir, cfg->context);
	else if (!sx_datadir_engine_is_local(&why))
		/* Name the variable that decided: an empty DOCKER_HOST is
		 * unset to the docker CLI, and so to sx_datadir_engine_is_local. */
		snprintf(msg, len,
			 "--data %s: refused: %s (%s), which cannot "
			 "see this machine's files",
			 dir, why, host && *host ? host : getenv("DOCKER_CONTEXT"));
	else if (sx_datadir_check(dir, &cfg->data_dir, &err) < 0)
		snprintf(msg, len, "%s", err.msg);
	else
		return 0;
	return -EINVAL;
}
