/* reaper.h - nothing left behind, even when sandexec itself is killed.
 *
 * Before each docker run a record (container name, deadline, engine) goes
 * into the state directory; it is removed once the container is known to be
 * gone. The next run sweeps records whose deadline has passed and removes
 * their containers, so a run costs no extra docker call when there is
 * nothing to reap. `sandexec gc` asks the engine itself, through the labels
 * every container carries.
 *
 * Records are input, not state we can trust: anything running as the user
 * (a direct-mode script) can write the state directory. A record is acted
 * on only when its directory and file are the user's and writable by no one
 * else, its file name is a run id, its container is that run's
 * sandexec-<run id>, its engine holds only the variables sandexec records
 * with plausible values. Even then the record only says when to ask: the
 * container is removed only when the engine shows that run's label, the
 * caller's owner label and a deadline label that has passed, so that a
 * forged record can turn the sweep neither against another owner's
 * container nor against a live run of the caller's. Every sweep is bounded
 * in time and in entries looked at, reading included, the number of
 * records kept is bounded, and a record whose engine does not answer is
 * retried later, then given up. */
#ifndef SX_REAPER_H
#define SX_REAPER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "config.h"
#include "eventlog.h"

/* Seconds added to a run's timeout for its deadline label: the stop grace
 * and the bounded docker rm that follow a timeout fit inside. */
#define SX_REAP_MARGIN_S 30

/* One sweep spends this much at the most, however many records wait. */
#define SX_SWEEP_BUDGET_MS 2000
/* A record whose engine failed is given up after this many tries, the
 * n-th try waiting SX_SWEEP_BACKOFF_S << (n - 1) seconds after the one
 * before. */
#define SX_SWEEP_MAX_TRIES 4
#define SX_SWEEP_BACKOFF_S 60
/* A sweep looks at this many directory entries at the most, however many
 * there are, and keeps this many records: those beyond are removed unread,
 * as are records whose deadline is further ahead than the longest timeout
 * (7 days) allows. The next sweeps go on from what is left. */
#define SX_SWEEP_MAX_ENTRIES 1024
#define SX_RECORDS_MAX 256
#define SX_DEADLINE_AHEAD_MAX_S (8 * 24 * 3600)
/* A record file is never larger than this. */
#define SX_RECORD_MAX 4096
/* The engine variables a record may hold, and which name the engine a
 * container lives on (spare.c keys spares by them too); NULL-terminated. */
#define SX_ENGINE_VARS 5
extern const char *const sx_reaper_engine_vars[SX_ENGINE_VARS + 1];

/* A parsed, validated record. */
struct sx_record {
	char run_id[17];
	char container[32];
	int64_t deadline;
	int64_t next_try;  /* 0: at once */
	unsigned attempts; /* failed tries so far */
	/* "NAME=value" for each recorded engine variable; NULL-terminated. */
	char *engine[SX_ENGINE_VARS + 1];
};

/* $XDG_STATE_HOME/sandexec/runs, else HOME's (or the passwd entry's)
 * .local/state/sandexec/runs; NULL without any. Caller frees. */
char *sx_reaper_dir(void);

/* "<uid>@<hostname>", the sandexec.owner label of the caller's containers.
 * Caller frees. */
char *sx_reaper_owner(void);

/* true when s is a run id: 16 lowercase hex digits. */
bool sx_reaper_run_id_valid(const char *s);

/* Parse and validate the text of the record file named run_id. 0, or
 * -EINVAL with the reason in err. On success the caller frees with
 * sx_reaper_record_free. */
int sx_reaper_record_parse(const char *text, size_t len, const char *run_id, struct sx_record *rec,
			   struct sx_err *err);
void sx_reaper_record_free(struct sx_record *rec);

/* 0 when dir is a directory (not a symlink) owned by the effective uid and
 * writable by no one else; else -errno and why in err. */
int sx_reaper_check_dir(const char *dir, struct sx_err *err);

/* Record a container about to be started. 0 or -errno (not fatal). */
int sx_reaper_record(const char *dir, const char *run_id, const char *container,
		     int64_t deadline_epoch);
/* The container is gone: drop its record. */
void sx_reaper_forget(const char *dir, const char *run_id);

/* Remove the containers of records whose deadline has passed, within
 * SX_SWEEP_BUDGET_MS in all (each docker call bounded by timeout_ms too),
 * dropping the records of those that are gone and backing off from those
 * whose engine failed. Logs docker_cleanup for each decision. Returns how
 * many containers were removed. */
int sx_reaper_sweep(const struct sx_config *cfg, const char *dir, struct sx_log *log,
		    int64_t timeout_ms);

/* `sandexec gc`: list sandexec containers through their labels and remove
 * those past their deadline (all of them with all). Only the containers
 * whose sandexec.owner label is owner; every sandexec container with owner
 * NULL. Writes one line each to out. Returns 0, or -EIO when the engine
 * could not be asked. */
int sx_reaper_gc(const struct sx_config *cfg, const char *dir, bool all, const char *owner,
		 FILE *out, int64_t timeout_ms, struct sx_err *err);

#endif
