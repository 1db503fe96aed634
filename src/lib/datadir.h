/* datadir.h - checks for --data DIR, the read-only bind mount at /data. */
#ifndef SX_DATADIR_H
#define SX_DATADIR_H

#include "util.h"

#define SX_DATADIR_MAX_ENTRIES 100000 /* a larger tree is refused */

/* Resolve dir and check that it can be mounted: a directory, no ',' in its
 * path, and no symbolic link in the tree pointing outside it. On success
 * *real is the resolved path (caller frees). -EINVAL with err otherwise. */
int sx_datadir_check(const char *dir, char **real, struct sx_err *err);

/* Whether the engine the docker CLI talks to is this machine's: DOCKER_HOST
 * unset or a unix socket, and no DOCKER_CONTEXT other than "default".
 * *why says what points elsewhere when it is not. */
bool sx_engine_is_local(const char **why);

#endif
