/* eventlog.h - the JSON-lines event log: one object a line, each line one
 * write(2) on an O_APPEND descriptor, so that concurrent sandexec processes
 * sharing a file never interleave. A log that cannot be written costs one
 * warning on stderr, never the run. */
#ifndef SX_EVENTLOG_H
#define SX_EVENTLOG_H

#include <stdbool.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "config.h"

struct sx_log {
	int fd;               /* -1: disabled or failed */
	bool warned;          /* also set up front to stay quiet */
	char *path;
	const char *run_id;   /* borrowed */
	bool has_iteration;
	uint64_t iteration;
	const char *mode;     /* borrowed; NULL until a mode is chosen */
};

/* The log path cfg asks for: log.file, else $XDG_STATE_HOME/sandexec/
 * sandbox_execution.json.log, else ~/.local/state/sandexec/... (~: HOME, else
 * the passwd entry's home, see sx_state_path); NULL when
 * log.enabled is false or no path can be made. Caller frees. */
char *sx_log_path(const struct sx_config *cfg);

/* Open path for appending (creating it 0600 and its directory 0700). path
 * NULL disables logging. On failure warns once on stderr and disables. */
void sx_log_open(struct sx_log *log, const char *path);
void sx_log_close(struct sx_log *log);

/* Append one event. level is "INFO", "WARNING" or "ERROR"; fields (may be
 * NULL) is an object whose members are added to the line, and is consumed. */
void sx_log_event(struct sx_log *log, const char *level, const char *event_type,
		  const char *message, cJSON *fields);

/* The timestamp format of the log: 2026-11-26T13:45:01.123456Z into buf[32]. */
void sx_log_timestamp(char buf[32]);

#endif
