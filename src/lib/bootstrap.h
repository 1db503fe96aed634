/* bootstrap.h - how the interpreter is started on a script fed through stdin.
 *
 * The script never touches the host file system of the engine: the
 * interpreter runs a short bootstrap that reads the script from stdin,
 * points stdin at /dev/null, writes SX_START_MARKER as the very first bytes
 * of stdout, and executes the script under its own file name (so tracebacks
 * name it). Because nothing the script does can come before the marker, its
 * presence at offset 0 proves the interpreter started: without it, a failure
 * belongs to the engine or the image, never to the script.
 *
 * In a container the bootstrap is PID 1 and supervises the script (see
 * bootstrap.c); it ends stdout with a trailer carrying a per-run nonce the
 * script never sees, so the script can neither forge nor suppress-and-fake
 * how it ended. */
#ifndef SX_BOOTSTRAP_H
#define SX_BOOTSTRAP_H

#include <stdbool.h>
#include <stddef.h>

/* SX_START_MARKER and SX_END_MARKER, generated from bootstrap/markers.py. */
#include "bootstrap-markers.h"
#include "outcome.h"

#define SX_START_MARKER_LEN (sizeof SX_START_MARKER - 1)

/* The supervisor's trailer: SX_END_MARKER NONCE " " END [" " USAGE] "\n",
 * END being "exit N", "signal N", "oom" or "deadline", USAGE being
 * "usage USER_MS SYS_MS MAXRSS_KIB WALL_MS" (decimal, 1 to SX_END_NUM_MAX
 * digits each, no sign, one space between). The marker starts with a
 * newline of its own, so the trailer is found whatever the script's last
 * bytes were; that newline is not the script's and is cut with it. */
#define SX_END_MARKER_LEN (sizeof SX_END_MARKER - 1)
#define SX_END_NUM_MAX 12 /* digits of a usage number; the supervisor clamps */
/* " signal 64" + " usage" + 4 x (" " + digits) + "\n" */
#define SX_END_BODY_MAX (10 + 6 + 4 * (1 + SX_END_NUM_MAX) + 1)
/* Bytes the trailer can take: exactly the longest one. */
#define SX_END_MAX (SX_END_MARKER_LEN + SX_NONCE_LEN + SX_END_BODY_MAX)

/* The record of an uncaught exception (bootstrap/script.py): SX_EXC_MARKER
 * LINE " " TYPE " " MESSAGE "\n" as the last bytes of the script's stdout,
 * LINE a decimal or "-", TYPE and MESSAGE with "%", " " and "\n" as %XX.
 * The script's process writes it, so the script could too: it tells what
 * the report's "exception" says, never how the script ended. */
#define SX_EXC_MARKER_LEN (sizeof SX_EXC_MARKER - 1)
#define SX_EXC_MAX (SX_EXC_MARKER_LEN + 16 + 2 * 8000 + 2) /* bytes it can take */

/* If out[0..*len) ends with an exception record, fill x (free with
 * sx_bootstrap_exception_free), shorten *len to cut the record off (its leading
 * newline is the bootstrap's) and return true. Only a record that is
 * whole and the very last bytes counts. */
bool sx_bootstrap_exc_take(const char *out, size_t *len, struct sx_exception *x);
void sx_bootstrap_exception_free(struct sx_exception *x);

/* Seconds the container's supervisor adds to the run's timeout before it
 * kills the script on its own: an orphaned container still stops. */
#define SX_CONTAINER_MARGIN_S 5

/* The supervisor's exit status when its own code failed after the start
 * marker (it then writes no trailer): the same number as FAILED in
 * bootstrap/supervise.py. */
#define SX_SUPERVISOR_FAILED 121

extern const char sx_bootstrap_code[];	      /* with the supervisor */
extern const char sx_bootstrap_direct_code[]; /* without it */

/* The bounds on the words after the strategy (its sys.argv[1:]): the
 * command line refuses more (a usage error). */
#define SX_ARGS_MAX 1024
#define SX_ARGS_MAX_BYTES 65536

/* What the bootstrap reads on stdin: for a spare (name not NULL) "NLEN\n"
 * NAME, the script's file name; then "LEN\n" SCRIPT "ALEN\n" ARGS, ARGS
 * being each of the nargs words followed by a NUL (ALEN bytes in all), then,
 * for the supervisor, NONCE "\n" (nonce NULL: direct mode, nothing more).
 * The words travel here, never in the docker argv, where the engine or the
 * runtime could read them as its own. Caller frees; *len is its length. */
char *sx_bootstrap_stdin(const char *name, const char *script, size_t script_len, char *const *args,
			 size_t nargs, const char *nonce, size_t *len);

/* How the script ended, by the supervisor's trailer. */
struct sx_script_end {
	bool exited; /* else died of sig */
	int code;
	int sig;
	bool oom;	       /* killed by the memory cgroup's OOM killer */
	bool deadline;	       /* killed by the supervisor at the container's deadline */
	struct sx_usage usage; /* has_rusage and has_wall: the trailer had USAGE */
};

/* If out[0..*len) ends with the trailer for nonce (SX_NONCE_LEN hex
 * characters), fill e, shorten *len to cut the trailer off, and return
 * true. Only the last marker counts, and only with the right nonce. */
bool sx_bootstrap_end_take(const char *out, size_t *len, const char *nonce,
			   struct sx_script_end *e);

#endif
