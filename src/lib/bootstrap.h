/* bootstrap.h - how the interpreter is started on a script fed through stdin.
 *
 * The script never touches the host file system of the engine: the
 * interpreter runs a short bootstrap that reads the script from stdin,
 * points stdin at /dev/null, writes SX_START_MARKER as the very first bytes
 * of stdout, and executes the script under its own file name (so tracebacks
 * name it). Because nothing the script does can come before the marker, its
 * presence at offset 0 proves the interpreter started: without it, a failure
 * belongs to the engine or the image, never to the script. */
#ifndef SX_BOOTSTRAP_H
#define SX_BOOTSTRAP_H

#define SX_START_MARKER "\036sandexec-start\n"
#define SX_START_MARKER_LEN (sizeof SX_START_MARKER - 1)

/* The supervisor's last line on stdout: "exit N", "signal N" or "oom". */
#define SX_END_MARKER "\036sandexec-end "
#define SX_END_MARKER_LEN (sizeof SX_END_MARKER - 1)
#define SX_END_MAX 48 /* bytes the end line can take */

extern const char sx_bootstrap_code[];        /* with the supervisor */
extern const char sx_bootstrap_direct_code[]; /* without it */

#endif
