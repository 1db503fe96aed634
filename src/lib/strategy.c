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
static int root_refuses(const char *path, const struct stat *st, struct sx_err *err)
{
	if (st->st_nlink > 1 && !(st->st_mode & S_IROTH)) {
		sx_err_set(err,
			   "%s: refused: running as root, sandexec does not read a strategy "
			   "that has %ju hard links and is not readable by others",
			   path, (uintmax_t)st->st_nlink);
		return -EPERM;
	}
	return 0;
}

int sx_strategy_read(struct sx_strategy *s, const char *path, uint64_t max_size, struct sx_err *err)
{
	bool root = geteuid() == 0;
	struct stat st;
	const char *slash;
	char *buf = NULL;
	size_t len = 0;
	int fd, r;

	memset(s, 0, sizeof *s);
	/* O_NONBLOCK: opening a FIFO must not hang; fstat then refuses it. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (root ? O_NOFOLLOW : 0));
	if (fd < 0) {
		r = -errno;
		if (root && errno == ELOOP && lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
			sx_err_set(err,
				   "%s: refused: running as root, sandexec does not follow a "
				   "strategy that is a symbolic link; give the file's own path",
				   path);
		else
			sx_err_set(err, "%s: %s", path, strerror(errno));
		return r;
	}
	if (fstat(fd, &st) < 0) {
		r = -errno;
		sx_err_set(err, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		r = -EISDIR;
		sx_err_set(err, "%s: is a directory, not a script", path);
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		r = -EINVAL;
		sx_err_set(err, "%s: not a regular file", path);
		goto fail;
	}
	if (root && (r = root_refuses(path, &st, err)) < 0)
		goto fail;
	if ((uint64_t)st.st_size > max_size) {
		r = -EFBIG;
		sx_err_set(err, "%s: %lld bytes is over the %llu byte limit (strategy.max_size)",
			   path, (long long)st.st_size, (unsigned long long)max_size);
		goto fail;
	}
	/* Read to EOF with the cap enforced again: the file may grow. */
	r = sx_read_fd(fd, (size_t)max_size, &buf, &len);
	if (r == -EFBIG) {
		sx_err_set(err, "%s: over the %llu byte limit (strategy.max_size)", path,
			   (unsigned long long)max_size);
		goto fail;
	}
	if (r < 0) {
		sx_err_set(err, "%s: %s", path, strerror(-r));
		r = -EIO;
		goto fail;
	}
	close(fd);
	fd = -1;
	if (memchr(buf, '\0', len)) {
		r = -EILSEQ;
		sx_err_set(err, "%s: not a Python source file (contains NUL bytes)", path);
		goto fail;
	}
	if (!sx_utf8_valid(buf, len)) {
		r = -EILSEQ;
		sx_err_set(err, "%s: not a Python source file (not valid UTF-8)", path);
		goto fail;
	}
	s->data = buf;
	s->len = len;
	s->path = sx_xstrdup(path);
	slash = strrchr(path, '/');
	s->name = sx_xstrdup(slash ? slash + 1 : path);
	return 0;
fail:
	free(buf);
	if (fd >= 0)
		close(fd);
	return r;
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
