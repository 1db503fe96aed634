/* reaper.h - nothing left behind, even when sandexec itself is killed.
 *
 * Before each docker run a record (container name, deadline, engine) goes
 * into the state directory; it is removed once the container is known to be
 * gone. The next run sweeps records whose deadline has passed and removes
 * their containers, so a run costs no extra docker call when there is
 * nothing to reap. `sandexec gc` asks the engine itself, through the labels
 * every container carries. */
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

/* $XDG_STATE_HOME/sandexec/runs, else ~/.local/state/sandexec/runs; NULL
 * without either. Caller frees. */
char *sx_reaper_dir(void);

/* Record a container about to be started. 0 or -errno (not fatal). */
int sx_reaper_record(const char *dir, const char *run_id, const char *container,
		     int64_t deadline_epoch);
/* The container is gone: drop its record. */
void sx_reaper_forget(const char *dir, const char *run_id);

/* Remove the containers of records whose deadline has passed (at most a
 * handful a call, each docker rm bounded by timeout_ms), dropping the
 * records of those that are gone. Logs docker_cleanup for each. Returns
 * how many containers were removed. */
int sx_reaper_sweep(const struct sx_config *cfg, const char *dir, struct sx_log *log,
		    int64_t timeout_ms);

/* `sandexec gc`: list sandexec containers through their labels and remove
 * those past their deadline (all of them with all). Writes one line each
 * to out. Returns 0, or -EIO when the engine could not be asked. */
int sx_reaper_gc(const struct sx_config *cfg, const char *dir, bool all, FILE *out,
		 int64_t timeout_ms, struct sx_err *err);

#endif
