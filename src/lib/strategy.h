/* strategy.h - the script to run, read once from disk. */
#ifndef SX_STRATEGY_H
#define SX_STRATEGY_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

struct sx_strategy {
	char *path; /* as given */
	char *name; /* base name, used as the file name in tracebacks */
	char *data; /* contents, NUL-terminated */
	size_t len;
	char sha256[65];
};

/* Read path: it must be a regular file of at most max_size bytes holding
 * UTF-8 text without NUL bytes. As root (euid 0) it must also not be a
 * symbolic link (-ELOOP), nor a hard link to a file others cannot read
 * (-EPERM). Returns 0, or -ENOENT/-EACCES/-EISDIR/-EFBIG/-EILSEQ/-EINVAL/
 * -EIO with err naming the file. Free with sx_strategy_free(). */
int sx_strategy_read(struct sx_strategy *s, const char *path, uint64_t max_size,
		     struct sx_err *err);
/* Fill s->sha256 (sx_strategy_read leaves it empty: a check needs none). */
void sx_strategy_hash(struct sx_strategy *s);
void sx_strategy_free(struct sx_strategy *s);

#endif
