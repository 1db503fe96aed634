/* report.h - the one JSON document sandexec prints on stdout. */
#ifndef SX_REPORT_H
#define SX_REPORT_H

#include <stdbool.h>
#include <stdint.h>

#include <cjson/cJSON.h>

#include "bootstrap.h"
#include "outcome.h"

struct sx_report {
	enum sx_status status;
	const char *mode; /* "docker", or NULL before a mode was chosen */
	bool fallback;
	bool sandboxed;
	bool warm; /* in a spare container started ahead (spare.h) */
	bool has_exit_code;
	int exit_code;
	int signal; /* 0: none */
	int64_t duration_ms;
	int64_t started_at_ms;	      /* ms since the epoch; 0 prints null */
	const struct sx_usage *usage; /* borrowed; NULL prints null */
	const char *strategy;	      /* path as given, or NULL */
	const char *sha256;	      /* or NULL */
	const cJSON *result;	      /* borrowed; NULL prints null */
	const cJSON *violations;      /* borrowed array; NULL prints [] */
	const cJSON *result_errors;   /* borrowed array (require.h); NULL prints [] */
	bool stdout_truncated;
	const char *stdout_text; /* the script's other stdout, or NULL */
	size_t stdout_len;
	bool stderr_truncated;	 /* over output.max_stderr */
	uint64_t stderr_dropped; /* bytes of the script's stderr not passed on */
	const char *stderr_tail; /* the end of the script's stderr, or NULL */
	size_t stderr_tail_len;
	const struct sx_exception *exception; /* an uncaught one, or NULL */
	const char *error;		      /* or NULL */
	const char *container;		      /* or NULL */
	const char *run_id;		      /* or NULL */
	bool has_iteration;
	uint64_t iteration;
	char *const *args; /* the script's sys.argv[1:] (borrowed) */
	size_t nargs;
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
struct sx_outcome;

/* Where every field of the report comes from: the outcome o (borrowed, so
 * o outlives r), and what only the caller knows (the strategy's path as
 * given, its hash or NULL, the static check's violations or NULL, the
 * iteration). A field added to the report is added here and in
 * sx_report_emit(). */
void sx_report_from_outcome(struct sx_report *r, const struct sx_outcome *o, const char *strategy,
			    const char *sha256, const cJSON *violations, bool has_iteration,
			    uint64_t iteration);

/* The members every event about an outcome carries (status,
 * script_exit_code, signal and error when there are, duration_ms): the
 * log's view of the same outcome. Caller owns the object. */
cJSON *sx_report_event_fields(const struct sx_outcome *o);

/* Log run_finished for o: its event fields, what ran (r's strategy and
 * sha256), the exit code sandexec gives, r's started_at and usage,
 * fallback, and sandexec's own peak RSS (also for runs that ended before a
 * backend started). r is the report made of o (sx_report_from_outcome). */
void sx_report_log_finished(struct sx_log *log, const struct sx_outcome *o,
			    const struct sx_report *r, int exit_code);

#endif
