#include "strategy.h"

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sha2.h>

/*
 * Root reads any file, so whoever controls a strategy's path could make a
 * root sandexec (cron) read a file they cannot, and its first line comes
 * back in the traceback. As root a strategy is therefore read only when it
 * is the file named, not a symbolic link to one (directories on the path may
 * be links: the name is still the caller's), and not a hard link to a file
 * others cannot read (fs.protected_hardlinks usually forbids making one; this
 * does not rely on it). Not as root, the caller's own permissions apply and
 * links are followed as usual.
 */
int sx_strategy_read(struct sx_strategy *s, const char *path, uint64_t max_size, struct sx_err *err)
{
	bool root = geteuid() == 0;
	const struct sx_read_opts opts = {
	    .max = max_size < SIZE_MAX ? (size_t)max_size : SIZE_MAX,
	    .nofollow = root,
	    .regular_only = true,
	    .no_shared_private = root,
	    .no_nul = true,
	    .utf8_text = true,
	};
	struct sx_read rd;
	const char *slash;
	int r;

	memset(s, 0, sizeof *s);
	r = sx_util_read_file(AT_FDCWD, path, &opts, &rd);
	switch (rd.fail) {
	case SX_READ_OK:
		break;
	case SX_READ_LINK:
		sx_err_set(err,
			   "%s: refused: running as root, sandexec does not follow a "
			   "strategy that is a symbolic link; give the file's own path",
			   path);
		return r;
	case SX_READ_NOT_REGULAR:
		if (r == -EISDIR)
			sx_err_set(err, "%s: is a directory, not a script", path);
		else
			sx_err_set(err, "%s: not a regular file", path);
		return r;
	case SX_READ_LINKED:
		sx_err_set(err,
			   "%s: refused: running as root, sandexec does not read a strategy "
			   "that has %ju hard links and is not readable by others",
			   path, (uintmax_t)rd.st.st_nlink);
		return r;
	case SX_READ_TOO_BIG:
		if ((uint64_t)rd.st.st_size > max_size)
			sx_err_set(err,
				   "%s: %lld bytes is over the %llu byte limit (strategy.max_size)",
				   path, (long long)rd.st.st_size, (unsigned long long)max_size);
		else
			sx_err_set(err, "%s: over the %llu byte limit (strategy.max_size)", path,
				   (unsigned long long)max_size);
		return r;
	case SX_READ_READ:
		sx_err_set(err, "%s: %s", path, strerror(-r));
		return -EIO;
	case SX_READ_NUL:
		sx_err_set(err, "%s: not a Python source file (contains NUL bytes)", path);
		return r;
	case SX_READ_UTF8:
		sx_err_set(err, "%s: not a Python source file (not valid UTF-8)", path);
		return r;
	default: /* SX_READ_OPEN, SX_READ_STAT */
		sx_err_set(err, "%s: %s", path, strerror(-r));
		return r;
	}
	s->data = rd.data;
	s->len = rd.len;
	s->path = sx_xstrdup(path);
	slash = strrchr(path, '/');
	s->name = sx_xstrdup(slash ? slash + 1 : path);
	return 0;
}

void sx_strategy_hash(struct sx_strategy *s)
{
	/* libmd's SHA-256 (the BSD <sha2.h> interface): lowercase hex. */
	SHA256Data((const uint8_t *)s->data, s->len, s->sha256);
}

void sx_strategy_free(struct sx_strategy *s)
{
	free(s->path);
	free(s->name);
	free(s->data);
	memset(s, 0, sizeof *s);
}
