/* report.h - the one JSON document sandexec prints on stdout. */
#ifndef SX_REPORT_H
#define SX_REPORT_H

#include <stdbool.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "bootstrap.h"
#include "outcome.h"

struct sx_outcome;

/* A report: the outcome of the run (run.h), and what only the caller knows.
 * Every member of the JSON report and of --format text is read from these
 * two (sx_report_emit: which member from where). */
struct sx_report {
	const struct sx_outcome *o; /* borrowed: outlives the report */
	const char *strategy;	    /* path as given, or NULL */
	const char *sha256;	    /* or NULL */
	const cJSON *violations;    /* borrowed array; NULL prints [] */
	bool has_iteration;
	uint64_t iteration;
};

/* u as the report's and the event log's "usage" object (a member null
 * where unknown), or JSON null when u is NULL or knows nothing. */
cJSON *sx_report_usage_json(const struct sx_usage *u);
/* Add "started_at" to o: RFC 3339 UTC, or null for 0 (no run began). */
void sx_report_add_started_at(cJSON *o, int64_t started_at_ms);

/* Write r as one line of JSON (no trailing newline) through put, which
 * gets pieces of at most 64 KiB and returns 0 or negative errno; the first
 * error stops the writing and is returned. The script's stdout, which may
 * be output.max_stdout large, is escaped piece by piece: the report is
 * never whole in memory. */
int sx_report_emit(const struct sx_report *r, int (*put)(void *ctx, const char *buf, size_t len),
		   void *ctx);

/* The report's "exception" object: type, message (the script's bytes, NUL
 * as \u0000), line (null: none in the script). Caller frees with
 * cJSON_Delete. */
cJSON *sx_report_exception_json(const struct sx_exception *x);
/* o["stderr_tail"]: tail's bytes [tail, tail+len) as a JSON string (NUL as
 * \u0000, ill-formed UTF-8 as U+FFFD), or null when tail is NULL. */
void sx_report_add_stderr_tail(cJSON *o, const char *tail, size_t len);

#define SX_TEXT_TAIL_LINES 10 /* stderr_tail lines --format text shows */

/* For --format text, after a failure: "\nexception: TYPE: MESSAGE (line N)"
 * and "\nstderr (last lines):" with the last SX_TEXT_TAIL_LINES lines of
 * stderr_tail, each "\n  | LINE", all escaped for a terminal; "" for a
 * success or when there is neither. Caller frees. */
char *sx_report_failure_text(const struct sx_report *r);
/* The --format text summary of r: "STATUS: STRATEGY in MODE (T s)", the
 * result, the error, one line a violation; no trailing newline. Caller
 * frees. */
char *sx_report_text(const struct sx_report *r);

/* Render r as one line of JSON (no trailing newline). Caller frees. */
char *sx_report_render(const struct sx_report *r);

struct sx_log;

/* The members every event about an outcome carries (status,
 * script_exit_code, signal and error when there are, duration_ms): the
 * log's view of the same outcome. Caller owns the object. */
cJSON *sx_report_event_fields(const struct sx_outcome *o);

/* Log run_finished for r's outcome: its event fields, what ran (r's
 * strategy and sha256), the exit code sandexec gives, started_at and usage,
 * fallback, and sandexec's own peak RSS (also for runs that ended before a
 * backend started). */
void sx_report_log_finished(struct sx_log *log, const struct sx_report *r, int exit_code);

#endif
