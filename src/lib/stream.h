/* stream.h - the caller's streams: sandexec's own fds 0, 1 and 2, shared
 * with whoever started it. They are made valid before anything is opened,
 * and written with bounded waits only: a caller who does not read them
 * must not keep sandexec past its deadline or a signal. */
#ifndef SX_STREAM_H
#define SX_STREAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* How long a write to stderr waits for the caller to take anything before
 * what is left is dropped; the report on stdout waits SX_STREAM_REPORT_MS. */
#define SX_STREAM_STALL_MS 1000
#define SX_STREAM_REPORT_MS 10000

/* Open /dev/null on each of fds 0, 1 and 2 that is closed, so that nothing
 * opened later (the event log, a pipe) can take their numbers. Call first
 * thing in main(). Returns a mask of the fds that were closed (1 << fd), or
 * negative errno if /dev/null cannot be opened. */
int sx_stream_stdfds_sanitize(void);

/* Write to fd what it takes now, without waiting: poll, then writes small
 * enough to fit in a pipe that polled writable, each one also bounded by a
 * timer. Never changes fd's flags (its file description is the caller's).
 * Returns the bytes written (0 if none), or negative errno (-EPIPE: nobody
 * reads; nothing more can go). */
ssize_t sx_stream_write_now(int fd, const void *buf, size_t len);

/* Write buf to fd, waiting while the reader keeps taking bytes: gives up
 * after stall_ms without progress, at once if fd gave up before (it is
 * tried without waiting), and stops waiting when signal_fd (>= 0) is
 * readable (the byte stays there). Returns 0 when everything was
 * written, else -ETIMEDOUT, -EINTR (a signal) or another negative errno;
 * *written (may be NULL) gets the bytes written either way. */
int sx_stream_write(int fd, const void *buf, size_t len, int64_t stall_ms, int signal_fd,
		    size_t *written);

/* Remember that fd stopped taking bytes: later sx_stream_write() calls do
 * not wait for it. */
void sx_stream_mark_stalled(int fd);

#endif
