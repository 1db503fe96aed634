/* datadir.h - checks for --data DIR, the read-only bind mount at /data. */
#ifndef SX_DATADIR_H
#define SX_DATADIR_H

#include <stddef.h>

#include "config.h"
#include "util.h"

#define SX_DATADIR_MAX_ENTRIES 100000 /* a larger tree is refused */

/* Resolve dir and check that it can be mounted: a directory, no ',' in its
 * path, and no symbolic link in the tree pointing outside it. On success
 * *real is the resolved path (caller frees). -EINVAL with err otherwise. */
int sx_datadir_check(const char *dir, char **real, struct sx_err *err);

/* Whether the engine the docker CLI talks to is this machine's: DOCKER_HOST
 * unset or a unix socket, and no DOCKER_CONTEXT other than "default".
 * *why says what points elsewhere when it is not. */
bool sx_datadir_engine_is_local(const char **why);

/* Whether --data dir may be used for a run of cfg: refused with --direct
 * (direct) or sandbox.enabled false, with another engine (docker.context,
 * DOCKER_HOST, DOCKER_CONTEXT), or when sx_datadir_check() refuses it. On
 * success cfg->data_dir is the resolved path. -EINVAL with the refusal in
 * msg (a buffer, not sx_err: it quotes the path, longer than SX_ERR_MAX). */
int sx_datadir_admit(struct sx_config *cfg, const char *dir, bool direct, char *msg, size_t len);

#endif
