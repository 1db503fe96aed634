#define _GNU_SOURCE
#include "stream.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include "util.h"

/* A blocking write that polled writable can still sleep: another writer
 * on the same pipe took the room first, a terminal was stopped with ^S.
 * An interval timer interrupts it (SIGALRM without SA_RESTART: the write
 * returns what it wrote, or EINTR). */
#define WRITE_GUARD_MS 100

/* fds 0-2 that stopped taking bytes; higher fds are never marked. */
static bool stalled[3];

static void on_alarm(int sig)
{
	(void)sig;
}

int sx_stream_stdfds_sanitize(void)
{
	int mask = 0, fd;

	for (int i = 0; i <= 2; i++)
		if (fcntl(i, F_GETFD) < 0 && errno == EBADF)
			mask |= 1 << i;
	if (!mask)
		return 0;
	/* open() takes the lowest free number: the closed ones first. */
	do {
		fd = open("/dev/null", O_RDWR);
		if (fd < 0)
			return -errno;
	} while (fd <= 2);
	close(fd);
	return mask;
}

void sx_stream_mark_stalled(int fd)
{
	if (fd >= 0 && fd <= 2)
		stalled[fd] = true;
}

static bool is_stalled(int fd)
{
	return fd >= 0 && fd <= 2 && stalled[fd];
}

static void guard(bool on)
{
	static bool installed;
	struct itimerval it = {{0, 0}, {0, on ? WRITE_GUARD_MS * 1000 : 0}};

	if (on && !installed) {
		struct sigaction sa;

		memset(&sa, 0, sizeof sa);
		sa.sa_handler = on_alarm;
		sigemptyset(&sa.sa_mask);
		sa.sa_flags = 0; /* no SA_RESTART: the point is to interrupt */
		if (sigaction(SIGALRM, &sa, NULL) == 0)
			installed = true;
	}
	if (installed)
		(void)setitimer(ITIMER_REAL, &it, NULL);
}

ssize_t sx_stream_write_now(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	size_t done = 0, chunk = PIPE_BUF;
	struct stat st;

	/* Files take any size at once; a pipe that polls writable has room
	 * for PIPE_BUF bytes (a free page), a socket for at least as much. */
	if (fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode)))
		chunk = 65536;
	while (done < len) {
		struct pollfd pf = {.fd = fd, .events = POLLOUT};
		size_t n = len - done < chunk ? len - done : chunk;
		ssize_t w;
		int r = poll(&pf, 1, 0);

		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return done ? (ssize_t)done : -errno;
		if (r == 0)
			break;
		if (pf.revents & POLLNVAL)
			return done ? (ssize_t)done : -EBADF;
		guard(true);
		w = write(fd, p + done, n);
		guard(false);
		if (w < 0 && (errno == EINTR || errno == EAGAIN))
			break; /* the guard fired: it is full after all */
		if (w < 0)
			return done ? (ssize_t)done : -errno;
		done += (size_t)w;
		if ((size_t)w < n)
			break;
	}
	if (done && fd >= 0 && fd <= 2)
		stalled[fd] = false;
	return (ssize_t)done;
}

int sx_stream_write(int fd, const void *buf, size_t len, int64_t stall_ms, int signal_fd,
		    size_t *written)
{
	const char *p = buf;
	size_t done = 0;
	int64_t last = sx_now_ms();
	int rc = 0;

	if (is_stalled(fd))
		stall_ms = 0;
	while (done < len) {
		struct pollfd pf[2] = {{.fd = fd, .events = POLLOUT},
				       {.fd = signal_fd, .events = POLLIN}};
		int64_t left = last + stall_ms - sx_now_ms();
		ssize_t w = sx_stream_write_now(fd, p + done, len - done);
		int r;

		if (w < 0) {
			rc = (int)w;
			break;
		}
		if (w > 0) {
			done += (size_t)w;
			last = sx_now_ms();
			continue;
		}
		if (left <= 0) {
			rc = -ETIMEDOUT;
			sx_stream_mark_stalled(fd);
			break;
		}
		r = poll(pf, signal_fd >= 0 ? 2 : 1, (int)left);
		if (r < 0 && errno != EINTR) {
			rc = -errno;
			break;
		}
		if (r > 0 && signal_fd >= 0 && (pf[1].revents & POLLIN)) {
			/* A signal: what still goes now goes, nothing waits. */
			w = sx_stream_write_now(fd, p + done, len - done);
			if (w > 0)
				done += (size_t)w;
			if (done < len)
				rc = -EINTR;
			break;
		}
	}
	if (written)
		*written = done;
	return rc;
}
