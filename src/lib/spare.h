/* spare.h - the warm start: containers started ahead of the runs that
 * claim them.
 *
 * A spare is a container created with exactly a run's hardening (the same
 * docker argv but for its name, its labels and its command), whose
 * supervisor has forked the script's process, which imported
 * docker.preload and waits; nothing of any script has been read. A run
 * whose configuration has the same key claims one instead of starting a
 * container, sends it the script through `docker attach`, and from there
 * on is a docker run like any other (docker.c). A spare runs one script,
 * then ends with it; unclaimed, it ends by itself after docker.spare_idle.
 *
 * The registry is a directory per key under the state directory
 * ($XDG_STATE_HOME/sandexec/spares/KEY), one file per spare named by its
 * run id. Claiming is unlink(2) of that file: of two runs, one succeeds,
 * the other gets ENOENT and looks at the next. Like run records, the files
 * are input anything running as the user could write: a spare is used only
 * after the engine said (one `docker inspect`, while the attach starts,
 * before a byte of the script is sent) that the container is running,
 * carries the key and the caller's owner label, and runs the image the
 * configured tag names now. Every spare also has a run record (reaper.h)
 * with a deadline past its idle time, so a sweep removes one that is left
 * over. */
#ifndef SX_SPARE_H
#define SX_SPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "util.h"

#define SX_SPARE_KEY_LEN 16 /* hex characters */
/* A spare whose idle time ends within this many seconds is not claimed. */
#define SX_SPARE_MARGIN_S 3
/* Spares looked at per claim and per fill, however many files there are. */
#define SX_SPARE_MAX_ENTRIES 64

struct sx_spare {
	char run_id[17];
	char container[48];
	int64_t idle_until; /* epoch second it ends if unclaimed */
};

/* Whether a run with cfg may be warm: spares wanted, no --data (a bind
 * mount cannot be added to a running container). */
bool sx_spare_eligible(const struct sx_config *cfg);

/* The key of everything that shapes cfg's containers: the spare's docker
 * argv less its name and labels, the seccomp profile's content, the engine
 * variables, the caller's uid. 0, or -errno (the profile unreadable). */
int sx_spare_key(const struct sx_config *cfg, bool gvisor, char key[SX_SPARE_KEY_LEN + 1]);

/* Take one live spare of key from the registry. 1 (sp filled), 0 (none),
 * or -errno. Stale files (their spare's idle time is over) are removed. */
int sx_spare_claim(const char *key, struct sx_spare *sp);

/* What the engine must show of a spare of this configuration: its
 * command (the supervisor's), and how it is confined. */
struct sx_spare_expect {
	char **cmd;	   /* NULL-terminated */
	char *seccomp_opt; /* "seccomp=" and the profile as the CLI sends it */
	char *network;	   /* as JSON: "\"none\"" */
	char *user;	   /* as JSON */
	bool read_only;
};
int sx_spare_expect_init(const struct sx_config *cfg, bool gvisor, const char *key,
			 struct sx_spare_expect *want);
void sx_spare_expect_free(struct sx_spare_expect *want);

/* `docker inspect` of a claimed spare and of the configured image: the
 * argv, and a check of its output: the key's and owner's labels, running
 * and not paused, the command and confinement of want (binds, mounts,
 * privileges, capabilities, no-new-privileges, the seccomp profile's
 * bytes, user, network, read-only root), and the image the tag names now.
 * 0; -EPERM when the container is not a spare of key and owner, or not
 * one as want says (it must be left alone); or -EINVAL (a spare of ours,
 * broken: remove it), the reason in err. */
char **sx_spare_inspect_argv(const struct sx_config *cfg, const struct sx_spare *sp);
int sx_spare_inspect_check(const char *out, size_t len, const char *key, const char *owner,
			   const struct sx_spare_expect *want, struct sx_err *err);

/* Start spares of cfg until want of its key are there (at most
 * SX_SPARE_MAX_ENTRIES), each docker call bounded by timeout_ms. Returns
 * how many were started, *ready (if not NULL) how many are there now, or
 * -errno with err set. Another fill of the same key under way: waited
 * for with wait, else 0 at once. */
int sx_spare_fill(const struct sx_config *cfg, unsigned want, bool wait, int64_t timeout_ms,
		  unsigned *ready, struct sx_err *err);

/* Forget every spare of the caller's registry (after `gc --all` removed
 * their containers): the next runs go cold at once instead of finding
 * them gone. */
void sx_spare_forget_all(void);

/* Parse a registry file's text (named run_id). 0 or -EINVAL. */
int sx_spare_parse(const char *text, size_t len, const char *run_id, struct sx_spare *sp);

#endif
