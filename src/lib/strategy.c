#include "strategy.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sha2.h>

int sx_strategy_read(struct sx_strategy *s, const char *path, uint64_t max_size,
		     struct sx_err *err)
{
	struct stat st;
	const char *slash;
	char *buf = NULL;
	size_t len = 0;
	int fd, r;

	memset(s, 0, sizeof *s);
	/* O_NONBLOCK: opening a FIFO must not hang; fstat then refuses it. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		r = -errno;
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
	if ((uint64_t)st.st_size > max_size) {
		r = -EFBIG;
		sx_err_set(err, "%s: %lld bytes is over the %llu byte limit (strategy.max_size)",
			   path, (long long)st.st_size, (unsigned long long)max_size);
		goto fail;
	}
	/* Read to EOF with the cap enforced again: the file may grow. */
	buf = sx_xmalloc((size_t)max_size + 1);
	for (;;) {
		ssize_t n = read(fd, buf + len, (size_t)max_size + 1 - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			r = -EIO;
			sx_err_set(err, "%s: %s", path, strerror(errno));
			goto fail;
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (len > max_size) {
			r = -EFBIG;
			sx_err_set(err, "%s: over the %llu byte limit (strategy.max_size)", path,
				   (unsigned long long)max_size);
			goto fail;
		}
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
	buf[len] = '\0';
	s->data = sx_xrealloc(buf, len + 1);
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
