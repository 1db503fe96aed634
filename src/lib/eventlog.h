/* eventlog.h - the JSON-lines event log: one object a line, each line one
 * write(2) on an O_APPEND descriptor, so that concurrent sandexec processes
 * sharing a file never interleave. A log that cannot be written costs one
 * warning, given to the caller's warn callback (the library writes to no
 * stream of its own), never the run. */
#ifndef SX_EVENTLOG_H
#define SX_EVENTLOG_H

#include <stdbool.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "config.h"

struct sx_log {
	int fd;		 /* -1: disabled or failed */
	bool regular;	 /* fd is a regular file */
	char error[128]; /* why the open or a write failed, or "" */
	bool warned;	 /* also set up front to stay quiet */
	char *path;
	const char *run_id; /* borrowed */
	bool has_iteration;
	uint64_t iteration;
	const char *mode; /* borrowed; NULL until a mode is chosen */
	/* Gets the one warning line ("sandexec: warning: ...\n"); NULL: none. */
	void (*warn)(const char *line, size_t len);
};

/* The log path cfg asks for: log.file, else $XDG_STATE_HOME/sandexec/
 * sandbox_execution.json.log, else ~/.local/state/sandexec/... (~: HOME, else
 * the passwd entry's home, see sx_state_path); NULL when
 * log.enabled is false or no path can be made. Caller frees. */
char *sx_eventlog_path(const struct sx_config *cfg);
/* Whether sx_eventlog_path(cfg) is the default path in the state directory. */
bool sx_eventlog_path_is_default(const struct sx_config *cfg);

/* Open path for appending (creating it 0600 and its directory 0700), never
 * blocking. path NULL disables logging. The file must not be stdout's. A
 * path in the state directory (in_state_dir: sx_eventlog_path's default) must be
 * a regular file of ours, not a symlink, writable by no one else, with one
 * link; a path the user named (log.file) may be a symlink, a FIFO or a
 * character device too. On failure warns once (log->warn), fills log->error,
 * disables and returns -errno. */
int sx_eventlog_open(struct sx_log *log, const char *path, bool in_state_dir);
void sx_eventlog_close(struct sx_log *log);

/* Append one event. level is "INFO", "WARNING" or "ERROR"; fields (may be
 * NULL) is an object whose members are added to the line, and is consumed. */
void sx_eventlog_write(struct sx_log *log, const char *level, const char *event_type,
		       const char *message, cJSON *fields);

/* The timestamp format of the log: 2026-11-26T13:45:01.123456Z into buf[32]. */
void sx_eventlog_timestamp(char buf[32]);

#endif
