#define _GNU_SOURCE /* pipe2 */
#include "proc.h"

#include "stream.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define CHUNK 65536
/* The child's stderr waiting for our stderr's reader. While it is full the
 * child's pipe is not read (the child waits, as it would writing to a
 * pipe), for at most SX_STREAM_STALL_MS without progress; after that, or
 * once the run is stopping, what does not fit is dropped and counted. */
#define ERR_PENDING 65536
/* Reads of one pipe before the loop looks at the clock again: a child
 * that writes as fast as we read must not keep us from the deadline. */
#define READS_PER_WAKE 32

static int signal_pipe[2] = {-1, -1};

static void on_signal(int sig)
{
	int saved = errno;
	unsigned char b = (unsigned char)sig;

	(void)!write(signal_pipe[1], &b, 1);
	errno = saved;
}

int sx_proc_signals_install(void)
{
	struct sigaction sa;
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};

	if (signal_pipe[0] < 0 && pipe2(signal_pipe, O_CLOEXEC | O_NONBLOCK) < 0)
		return -errno;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		if (sigaction(sigs[i], &sa, NULL) < 0)
			return -errno;
	sa.sa_handler = SIG_IGN;
	if (sigaction(SIGPIPE, &sa, NULL) < 0)
		return -errno;
	return signal_pipe[0];
}

static void close_fd(int *fd)
{
	if (*fd >= 0) {
		close(*fd);
		*fd = -1;
	}
}

__attribute__((noreturn)) static void child(const struct sx_spawn *sp, int in, int out, int errfd,
					    int report)
{
	/* Whatever sandexec catches or ignores (main.c, sx_proc_signals_install),
	 * the program gets the default: an ignored SIGXFSZ would survive exec
	 * and turn direct mode's RLIMIT_FSIZE into an EFBIG the script can
	 * ignore. */
	static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGXFSZ};
	struct sigaction sa;
	sigset_t none;
	int e;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	/* A terminal's ^C must reach sandexec alone: it decides how to stop. */
	if (sp->new_session ? setsid() < 0 : sp->new_pgrp && setpgid(0, 0) < 0)
		goto fail;
	if (dup2(in, STDIN_FILENO) < 0 || dup2(out, STDOUT_FILENO) < 0 ||
	    dup2(errfd, STDERR_FILENO) < 0)
		goto fail;
	if (sp->child_setup && (e = sp->child_setup(sp->child_ctx)) != 0) {
		errno = e;
		goto fail;
	}
	if (sp->envp)
		environ = (char **)sp->envp;
	execvp(sp->argv[0], sp->argv);
fail:
	e = errno;
	(void)!write(report, &e, sizeof e);
	_exit(127);
}

static int set_nonblock(int fd)
{
	int fl = fcntl(fd, F_GETFL);

	if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
		return -errno;
	return 0;
}

static pid_t wait_child_ru(pid_t pid, int *status, struct rusage *ru)
{
	pid_t r;

	do
		r = wait4(pid, status, 0, ru);
	while (r < 0 && errno == EINTR);
	return r;
}

static pid_t wait_child(pid_t pid, int *status)
{
	return wait_child_ru(pid, status, NULL);
}

struct loop {
	const struct sx_spawn *sp;
	const struct sx_io *io;
	struct sx_proc_result *res;
	int in, out, errp, pidfd;
	size_t in_off;
	size_t out_alloc;
	char *epend; /* ERR_PENDING bytes */
	size_t epend_off, epend_len;
	int64_t err_progress; /* when our stderr last took bytes (or had none to take) */
	bool err_dropping;    /* it stalled, or the run is stopping: never wait for it */
	bool err_dead;	      /* it cannot be written at all (EPIPE, EBADF) */
	bool err_held;	      /* io->hold_until not yet seen on stdout */
	bool gate_open;	      /* io->gate let stdin through (or there is none) */
	size_t tail_pos;      /* where the next byte goes in res->err_tail, a ring */
	int64_t grace_deadline;
	int64_t next_stop; /* with io->stop_repeat_ms */
	bool child_gone;
	int status;
};

static void do_stop(struct loop *l, enum sx_stop why)
{
	if (l->res->stopped != SX_STOP_NONE)
		return;
	l->res->stopped = why;
	if (!l->child_gone)
		l->res->end_ms = sx_now_ms();
	/* Stopping must drain the child's pipes: the docker CLI does not
	 * exit while its output is not read. */
	l->err_dropping = true;
	l->grace_deadline = sx_now_ms() + (l->io->grace_ms > 0 ? l->io->grace_ms : 0);
	l->next_stop = sx_now_ms() + l->io->stop_repeat_ms;
	if (l->io->stop)
		l->io->stop(l->io->stop_ctx, why);
	else if (!l->child_gone)
		kill(l->sp->new_pgrp ? -l->res->pid : l->res->pid, SIGKILL);
}

/* Returns false at EOF or on a read error. */
static bool read_stdout(struct loop *l)
{
	struct sx_proc_result *res = l->res;
	char scratch[CHUNK];

	for (int reads = 0; reads < READS_PER_WAKE; reads++) {
		size_t room = l->io->stdout_cap - res->out_len;
		char *dst;
		ssize_t n;

		if (res->out_truncated || room == 0) {
			dst = scratch;
			room = sizeof scratch;
		} else {
			if (l->out_alloc < res->out_len + room + 1) {
				size_t want = l->out_alloc ? l->out_alloc * 2 : CHUNK;
				if (want > l->io->stdout_cap + 1)
					want = l->io->stdout_cap + 1;
				res->out = sx_xrealloc(res->out, want);
				l->out_alloc = want;
			}
			room = l->out_alloc - 1 - res->out_len;
			if (room > CHUNK)
				room = CHUNK;
			dst = res->out + res->out_len;
		}
		n = read(l->out, dst, room);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN;
		if (n == 0)
			return false;
		if (!res->first_out_ms)
			res->first_out_ms = sx_now_ms();
		if (dst != scratch) {
			res->out_len += (size_t)n;
			continue;
		}
		/* Bytes past the cap. */
		if (!res->out_truncated) {
			res->out_truncated = true;
			do_stop(l, SX_STOP_OUTPUT);
		}
	}
	return true;
}

void sx_proc_status_clear(struct sx_status_line *st)
{
	static const char erase[] = "\r\033[K";

	if (st && st->shown) {
		(void)sx_stream_write_now(st->fd, erase, sizeof erase - 1);
		st->shown = false;
	}
}

static void status_draw(struct sx_status_line *st, int64_t now)
{
	char line[256];
	int n;

	n = snprintf(line, sizeof line, "\r\033[Ksandexec: %s, %llds", st->label,
		     (long long)((now - st->started_ms) / 1000));
	if (n > 0)
		(void)sx_stream_write_now(st->fd, line,
					  (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
	st->shown = true;
}

/* Bytes of the child's stderr still to be copied: passed to the caller at
 * most io->stderr_cap in all. */
static bool err_passing(const struct loop *l)
{
	return l->io->stderr_fd >= 0 && !l->err_dead && !l->err_held;
}

/* Before the start marker, stderr is the engine's (or the CLI's), not the
 * script's: it is held, so that it is said once, in the caller's error
 * line, with what to do. Released when stdout begins with the marker. */
static void err_release(struct loop *l)
{
	const struct sx_proc_result *res = l->res;

	if (l->err_held && res->out_len >= l->io->hold_len &&
	    memcmp(res->out, l->io->hold_until, l->io->hold_len) == 0) {
		l->err_held = false;
		/* Our stderr's reader gets its second from now, not from
		 * when the held bytes came. */
		l->err_progress = sx_now_ms();
	}
}

/* The child's stderr is left in its pipe until ours takes some. */
static bool err_throttled(const struct loop *l)
{
	return err_passing(l) && !l->err_dropping && l->epend_len == ERR_PENDING &&
	       l->res->err_total - l->res->err_cut < l->io->stderr_cap;
}

static size_t err_room(const struct loop *l)
{
	return ERR_PENDING - l->epend_off - l->epend_len;
}

/* Write what our stderr takes now, without waiting. */
static void write_stderr(struct loop *l)
{
	ssize_t w;

	if (!l->epend_len)
		return;
	if (l->io->status && l->io->status->fd == l->io->stderr_fd)
		sx_proc_status_clear(l->io->status);
	w = sx_stream_write_now(l->io->stderr_fd, l->epend + l->epend_off, l->epend_len);
	if (w < 0) {
		/* Nobody will ever read it (EPIPE): the rest is dropped. */
		l->err_dead = true;
		l->res->err_unread += l->epend_len;
		l->epend_off = l->epend_len = 0;
		return;
	}
	if (w > 0)
		l->err_progress = sx_now_ms();
	l->epend_off += (size_t)w;
	l->epend_len -= (size_t)w;
	if (!l->epend_len)
		l->epend_off = 0;
}

/* Every byte read goes through the ring, before and whatever the caps
 * decide: the tail is the end of what the child wrote. */
static void keep_tail(struct loop *l, const char *buf, size_t n)
{
	size_t cap = l->io->stderr_tail, take;

	if (!cap)
		return;
	if (n > cap) {
		buf += n - cap;
		n = cap;
	}
	while (n) {
		take = cap - l->tail_pos < n ? cap - l->tail_pos : n;
		memcpy(l->res->err_tail + l->tail_pos, buf, take);
		l->tail_pos = (l->tail_pos + take) % cap;
		buf += take;
		n -= take;
		if (l->res->err_tail_len < cap)
			l->res->err_tail_len =
			    l->res->err_tail_len + take < cap ? l->res->err_tail_len + take : cap;
	}
}

/* The ring in order, NUL-terminated, in place. */
static void unroll_tail(struct loop *l)
{
	struct sx_proc_result *res = l->res;
	size_t cap = l->io->stderr_tail, pos = l->tail_pos;
	char *lin;

	if (res->err_tail_len == cap && pos) {
		lin = sx_xmalloc(cap + 1);
		memcpy(lin, res->err_tail + pos, cap - pos);
		memcpy(lin + cap - pos, res->err_tail, pos);
		free(res->err_tail);
		res->err_tail = lin;
	}
	res->err_tail[res->err_tail_len] = '\0';
}

/* Returns false at EOF or on a read error. With the pending buffer full
 * and not dropping, leaves the rest in the pipe and returns true. */
static bool read_stderr(struct loop *l)
{
	struct sx_proc_result *res = l->res;
	char buf[CHUNK];

	for (int reads = 0; reads < READS_PER_WAKE; reads++) {
		size_t want = sizeof buf, pass, fit;
		ssize_t n;

		if (l->epend_len && err_room(l) < ERR_PENDING / 2) {
			memmove(l->epend, l->epend + l->epend_off, l->epend_len);
			l->epend_off = 0;
		}
		if (err_passing(l) && !l->err_dropping &&
		    res->err_total - res->err_cut < l->io->stderr_cap && err_room(l) < want)
			want = err_room(l);
		if (want == 0)
			return true;
		n = read(l->errp, buf, want);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return errno == EAGAIN;
		if (n == 0)
			return false;
		keep_tail(l, buf, (size_t)n);
		if (res->err_head_len < l->io->stderr_keep) {
			size_t take = l->io->stderr_keep - res->err_head_len;
			if (take > (size_t)n)
				take = (size_t)n;
			memcpy(res->err_head + res->err_head_len, buf, take);
			res->err_head_len += take;
			res->err_head[res->err_head_len] = '\0';
		}
		pass = 0;
		if (res->err_total - res->err_cut < l->io->stderr_cap)
			pass = l->io->stderr_cap - (size_t)(res->err_total - res->err_cut);
		if (pass > (size_t)n)
			pass = (size_t)n;
		res->err_total += (uint64_t)n;
		res->err_cut += (uint64_t)n - pass;
		if (l->io->stderr_fd < 0)
			continue;
		if (l->err_dead && !l->err_held) {
			res->err_unread += pass;
			continue;
		}
		fit = pass < err_room(l) ? pass : err_room(l);
		if (!l->epend_len)
			l->err_progress = sx_now_ms();
		memcpy(l->epend + l->epend_off + l->epend_len, buf, fit);
		l->epend_len += fit;
		res->err_unread += pass - fit;
	}
	return true;
}

/* Write what is pending, waiting for our stderr's reader within the
 * usual bound (none once it stalled). */
static void write_stderr_bounded(struct loop *l)
{
	size_t w = 0;
	int r;

	if (!l->epend_len || !err_passing(l))
		return;
	if (l->io->status && l->io->status->fd == l->io->stderr_fd)
		sx_proc_status_clear(l->io->status);
	r = sx_stream_write(l->io->stderr_fd, l->epend + l->epend_off, l->epend_len,
			    l->err_dropping ? 0 : SX_STREAM_STALL_MS, l->io->signal_fd, &w);
	l->epend_off += w;
	l->epend_len -= w;
	if (r == -ETIMEDOUT || r == -EINTR) {
		l->err_dropping = true;
	} else if (r < 0) {
		l->err_dead = true;
		l->res->err_unread += l->epend_len;
		l->epend_len = 0;
	}
	if (!l->epend_len)
		l->epend_off = 0;
}

/* The child is gone: what is in its stderr pipe now is copied within the
 * usual bound, without waiting for EOF (what it left behind may hold the
 * pipe open). */
static void drain_stderr(struct loop *l)
{
	while (read_stderr(l) && err_throttled(l))
		write_stderr_bounded(l);
}

/* The end of the run: what is pending goes out within the usual bound;
 * what does not is counted as dropped. */
static void flush_stderr(struct loop *l)
{
	if (l->err_held) {
		/* Never released: the engine's words, in err_head for the
		 * caller's message; not the script's, not counted. */
		l->epend_off = l->epend_len = 0;
		return;
	}
	write_stderr_bounded(l);
	l->res->err_unread += l->epend_len;
	l->epend_off = l->epend_len = 0;
}

static void write_stdin(struct loop *l)
{
	while (l->in_off < l->io->stdin_len) {
		ssize_t n =
		    write(l->in, l->io->stdin_data + l->in_off, l->io->stdin_len - l->in_off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN)
			return;
		if (n < 0) /* EPIPE: the child closed its stdin; that is its right */
			break;
		l->in_off += (size_t)n;
	}
	close_fd(&l->in);
}

static void check_child(struct loop *l)
{
	siginfo_t si;

	if (l->child_gone)
		return;
	/* Peek without reaping: while the child is a zombie its pid still
	 * names its process group, so what it left behind can be killed
	 * without any risk of hitting a recycled pid. */
	memset(&si, 0, sizeof si);
	if (waitid(P_PID, (id_t)l->res->pid, &si, WEXITED | WNOHANG | WNOWAIT) < 0 ||
	    si.si_pid == 0)
		return;
	if (l->sp->kill_pgrp_on_exit && l->sp->new_pgrp)
		kill(-l->res->pid, SIGKILL);
	wait_child_ru(l->res->pid, &l->status, &l->res->ru);
	if (!l->res->end_ms)
		l->res->end_ms = sx_now_ms();
	l->child_gone = true;
}

static int poll_loop(struct loop *l, struct sx_err *err)
{
	const struct sx_io *io = l->io;
	struct sx_proc_result *res = l->res;

	for (;;) {
		struct pollfd p[6];
		int np = 0, idx_in = -1, idx_out = -1, idx_err = -1, idx_sig = -1, idx_pid = -1;
		int idx_eout = -1, idx_gate = -1;
		int64_t now = sx_now_ms(), wake = -1;
		int timeout, r;

		if (l->out < 0 && l->errp < 0 && l->child_gone) {
			flush_stderr(l);
			return 0;
		}
		if (io->deadline_ms && res->stopped == SX_STOP_NONE) {
			if (now >= io->deadline_ms) {
				do_stop(l, SX_STOP_DEADLINE);
				continue;
			}
			wake = io->deadline_ms;
		}
		/* The marker must come in time: stopped as at the deadline. */
		if (io->hold_deadline_ms && l->err_held && res->stopped == SX_STOP_NONE) {
			if (now >= io->hold_deadline_ms) {
				do_stop(l, SX_STOP_DEADLINE);
				continue;
			}
			if (wake < 0 || io->hold_deadline_ms < wake)
				wake = io->hold_deadline_ms;
		}
		if (res->stopped != SX_STOP_NONE && !res->killed_after_grace) {
			if (now >= l->grace_deadline) {
				res->killed_after_grace = true;
				if (!l->child_gone)
					kill(l->sp->new_pgrp ? -res->pid : res->pid, SIGKILL);
			} else if (wake < 0 || l->grace_deadline < wake) {
				wake = l->grace_deadline;
			}
		}
		if (res->stopped != SX_STOP_NONE && io->stop && io->stop_repeat_ms > 0 &&
		    !l->child_gone) {
			if (now >= l->next_stop) {
				l->next_stop = now + io->stop_repeat_ms;
				io->stop(io->stop_ctx, res->stopped);
			}
			if (wake < 0 || l->next_stop < wake)
				wake = l->next_stop;
		}
		if (l->in >= 0 && l->gate_open) {
			idx_in = np;
			p[np++] = (struct pollfd){.fd = l->in, .events = POLLOUT};
		} else if (l->in >= 0 && res->stopped == SX_STOP_NONE) {
			idx_gate = np;
			p[np++] = (struct pollfd){.fd = io->gate_fd, .events = POLLIN};
		}
		if (l->out >= 0) {
			idx_out = np;
			p[np++] = (struct pollfd){.fd = l->out, .events = POLLIN};
		}
		if (err_throttled(l)) {
			/* Our stderr took nothing for so long: from now on what
			 * it does not take at once is dropped. */
			if (now - l->err_progress >= SX_STREAM_STALL_MS) {
				l->err_dropping = true;
				sx_stream_mark_stalled(io->stderr_fd);
			} else if (wake < 0 || l->err_progress + SX_STREAM_STALL_MS < wake) {
				wake = l->err_progress + SX_STREAM_STALL_MS;
			}
		}
		if (l->errp >= 0 && !err_throttled(l)) {
			idx_err = np;
			p[np++] = (struct pollfd){.fd = l->errp, .events = POLLIN};
		}
		if (l->epend_len && err_passing(l)) {
			idx_eout = np;
			p[np++] = (struct pollfd){.fd = io->stderr_fd, .events = POLLOUT};
		}
		if (io->signal_fd >= 0 && res->stopped == SX_STOP_NONE) {
			idx_sig = np;
			p[np++] = (struct pollfd){.fd = io->signal_fd, .events = POLLIN};
		}
		if (!l->child_gone && l->pidfd >= 0) {
			idx_pid = np;
			p[np++] = (struct pollfd){.fd = l->pidfd, .events = POLLIN};
		}
		if (io->status && res->stopped == SX_STOP_NONE) {
			int64_t age = now - io->status->started_ms;
			/* The next whole second from 1 s on. */
			int64_t next =
			    io->status->started_ms + (age < 1000 ? 1000 : (age / 1000 + 1) * 1000);

			if (age >= 1000 && !io->status->shown)
				status_draw(io->status, now);
			if (wake < 0 || next < wake)
				wake = next;
		}
		timeout = wake < 0 ? -1 : (int)(wake - now > 0 ? wake - now : 0);
		/* Without a pidfd the child's exit is found by looking now and then. */
		if (l->pidfd < 0 && !l->child_gone && (timeout < 0 || timeout > 50))
			timeout = 50;
		r = poll(p, (nfds_t)np, timeout);
		if (r < 0 && errno == EINTR)
			continue;
		if (r == 0 && io->status && res->stopped == SX_STOP_NONE &&
		    sx_now_ms() - io->status->started_ms >= 1000)
			status_draw(io->status, sx_now_ms());
		if (r < 0) {
			sx_err_set(err, "poll: %s", strerror(errno));
			return -errno;
		}
		/* stdout before stderr: what the child wrote to stdout first is
		 * read first (the start marker precedes anything on stderr). */
		if (idx_out >= 0 && p[idx_out].revents && !read_stdout(l))
			close_fd(&l->out);
		err_release(l);
		if (idx_eout >= 0 && p[idx_eout].revents)
			write_stderr(l);
		if (idx_err >= 0 && p[idx_err].revents && !read_stderr(l))
			close_fd(&l->errp);
		if (idx_in >= 0 && p[idx_in].revents)
			write_stdin(l);
		if (idx_gate >= 0 && p[idx_gate].revents) {
			int g = io->gate(io->gate_ctx);

			if (g > 0) {
				l->gate_open = true;
			} else if (g < 0) {
				/* Nothing is written: the child goes, unasked. */
				close_fd(&l->in);
				if (!l->child_gone)
					kill(l->sp->new_pgrp ? -res->pid : res->pid, SIGKILL);
			}
		}
		if (idx_sig >= 0 && (p[idx_sig].revents & POLLIN)) {
			unsigned char b;
			if (read(io->signal_fd, &b, 1) == 1) {
				res->stop_signal = b;
				do_stop(l, SX_STOP_SIGNAL);
			}
		}
		if (idx_pid >= 0 && p[idx_pid].revents)
			check_child(l);
		else if (l->pidfd < 0)
			check_child(l);
		if (l->child_gone && (l->out >= 0 || l->errp >= 0)) {
			/* The child is gone: take what it left in the pipes, but do
			 * not wait for processes it left behind holding them. */
			close_fd(&l->in);
			if (l->out >= 0) {
				read_stdout(l);
				close_fd(&l->out);
			}
			err_release(l);
			if (l->errp >= 0) {
				drain_stderr(l);
				close_fd(&l->errp);
			}
		}
	}
}

int sx_proc_run(const struct sx_spawn *sp, const struct sx_io *io, struct sx_proc_result *res,
		struct sx_err *err)
{
	int pin[2] = {-1, -1}, pout[2] = {-1, -1}, perr[2] = {-1, -1};
	int prep[2] = {-1, -1};
	struct loop l = {
	    .sp = sp, .io = io, .res = res, .in = -1, .out = -1, .errp = -1, .pidfd = -1};
	int r = 0, e = 0;
	ssize_t n;

	memset(res, 0, sizeof *res);
	l.epend = sx_xmalloc(ERR_PENDING);
	res->err_head = sx_xmalloc(io->stderr_keep + 1);
	res->err_head[0] = '\0';
	res->err_tail = sx_xmalloc(io->stderr_tail + 1);
	if (pipe2(pin, O_CLOEXEC) < 0 || pipe2(pout, O_CLOEXEC) < 0 || pipe2(perr, O_CLOEXEC) < 0 ||
	    pipe2(prep, O_CLOEXEC) < 0) {
		r = -errno;
		sx_err_set(err, "pipe: %s", strerror(errno));
		goto out;
	}
	res->pid = fork();
	if (res->pid < 0) {
		r = -errno;
		sx_err_set(err, "fork: %s", strerror(errno));
		goto out;
	}
	if (res->pid == 0)
		child(sp, pin[0], pout[1], perr[1], prep[1]);
	close_fd(&pin[0]);
	close_fd(&pout[1]);
	close_fd(&perr[1]);
	close_fd(&prep[1]);
	/* The report pipe closes on a successful exec (O_CLOEXEC) or carries errno. */
	do
		n = read(prep[0], &e, sizeof e);
	while (n < 0 && errno == EINTR);
	if (n == (ssize_t)sizeof e) {
		res->spawn_errno = e;
		wait_child(res->pid, &l.status);
		goto out;
	}
	l.in = pin[1];
	l.out = pout[0];
	l.errp = perr[0];
	l.err_held = io->hold_until != NULL;
	l.gate_open = io->gate == NULL;
	pin[1] = pout[0] = perr[0] = -1;
	l.pidfd = (int)syscall(SYS_pidfd_open, res->pid, 0);
	if ((r = set_nonblock(l.in)) < 0 || (r = set_nonblock(l.out)) < 0 ||
	    (r = set_nonblock(l.errp)) < 0) {
		sx_err_set(err, "fcntl: %s", strerror(-r));
		kill(res->pid, SIGKILL);
		wait_child(res->pid, &l.status);
		goto out;
	}
	if (io->stdin_len == 0)
		close_fd(&l.in);
	r = poll_loop(&l, err);
	if (r < 0) {
		kill(sp->new_pgrp ? -res->pid : res->pid, SIGKILL);
		if (!l.child_gone)
			wait_child(res->pid, &l.status);
		goto out;
	}
	if (WIFEXITED(l.status)) {
		res->exited = true;
		res->exit_code = WEXITSTATUS(l.status);
	} else if (WIFSIGNALED(l.status)) {
		res->term_signal = WTERMSIG(l.status);
	}
out:
	if (!res->out)
		res->out = sx_xmalloc(1);
	res->out[res->out_len] = '\0';
	unroll_tail(&l);
	close_fd(&l.in);
	close_fd(&l.out);
	close_fd(&l.errp);
	close_fd(&l.pidfd);
	free(l.epend);
	for (int i = 0; i < 2; i++) {
		close_fd(&pin[i]);
		close_fd(&pout[i]);
		close_fd(&perr[i]);
		close_fd(&prep[i]);
	}
	return r;
}

pid_t sx_proc_detach(int keep_fd)
{
	sigset_t none;
	pid_t pid = fork();
	int null, status;

	if (pid < 0)
		return -errno;
	if (pid > 0) {
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
		return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? pid : -ECHILD;
	}
	/* The first child starts a session and leaves at once: the detached
	 * process is nobody's child but init's (or the subreaper's), in no
	 * process group of the caller's, on no terminal. */
	if (setsid() < 0)
		_exit(1);
	pid = fork();
	if (pid != 0)
		_exit(pid < 0 ? 1 : 0);
	if (keep_fd >= 0 && keep_fd != 3 && dup2(keep_fd, 3) < 0)
		_exit(1);
	if (syscall(SYS_close_range, keep_fd >= 0 ? 4U : 3U, ~0U, 0U) < 0)
		for (int fd = keep_fd >= 0 ? 4 : 3; fd < 4096; fd++)
			close(fd);
	close(0);
	close(1);
	close(2);
	null = open("/dev/null", O_RDWR);
	if (null != 0 || dup(null) != 1 || dup(null) != 2)
		_exit(1);
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_IGN);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	return 0;
}

pid_t sx_proc_start_quiet(char *const *argv)
{
	return sx_proc_start_piped(argv, NULL);
}

pid_t sx_proc_start_piped(char *const *argv, int *out_fd)
{
	int p[2] = {-1, -1}, null;
	pid_t pid;

	if (out_fd && pipe2(p, O_CLOEXEC) < 0)
		return -errno;
	pid = fork();
	if (pid != 0) {
		int e = errno;

		if (out_fd) {
			close(p[1]);
			if (pid < 0)
				close(p[0]);
			else
				*out_fd = p[0];
		}
		return pid < 0 ? -e : pid;
	}
	signal(SIGPIPE, SIG_DFL);
	signal(SIGXFSZ, SIG_DFL);
	setpgid(0, 0);
	null = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (null < 0 || dup2(null, 0) < 0 || dup2(out_fd ? p[1] : null, 1) < 0 || dup2(null, 2) < 0)
		_exit(127);
	execvp(argv[0], argv);
	_exit(127);
}

int sx_proc_wait(pid_t pid, int64_t deadline_ms)
{
	int pidfd = (int)syscall(SYS_pidfd_open, pid, 0), status = 0;
	bool timed_out = false;
	pid_t r;

	for (;;) {
		int64_t left = deadline_ms - sx_now_ms();

		do
			r = waitpid(pid, &status, WNOHANG);
		while (r < 0 && errno == EINTR);
		if (r != 0)
			break;
		if (left <= 0) {
			timed_out = true;
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			wait_child(pid, &status);
			break;
		}
		if (pidfd >= 0) {
			struct pollfd p = {.fd = pidfd, .events = POLLIN};
			(void)poll(&p, 1, (int)left);
		} else {
			struct timespec ts = {0, 20 * 1000000L};
			nanosleep(&ts, NULL);
		}
	}
	if (pidfd >= 0)
		close(pidfd);
	if (timed_out)
		return -ETIMEDOUT;
	if (r < 0)
		return -ECHILD;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* Pids listed in /proc/self/task/<tid>/children for our main thread. Only
 * whole numbers: a list longer than the buffer is cut, and the number at the
 * cut is not a pid of ours (the rest is met in the next round). */
static size_t list_children(pid_t *out, size_t max)
{
	char path[64], buf[4096];
	size_t n = 0, len = 0;
	ssize_t r;
	int fd;

	snprintf(path, sizeof path, "/proc/self/task/%d/children", (int)getpid());
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	while (len < sizeof buf - 1 && (r = read(fd, buf + len, sizeof buf - 1 - len)) > 0)
		len += (size_t)r;
	close(fd);
	buf[len] = '\0';
	for (char *p = buf, *end; n < max; p = end) {
		long v = strtol(p, &end, 10);
		if (end == p || (*end != ' ' && *end != '\n'))
			break;
		if (v > 0)
			out[n++] = (pid_t)v;
	}
	return n;
}

int sx_proc_kill_orphans(struct rusage *sum)
{
	int64_t deadline = sx_now_ms() + SX_ORPHAN_KILL_MS;
	pid_t kids[256];
	int killed = 0;

	/* Each round kills what is there; their own children are reparented
	 * to us and met in the next round, so a chain of processes takes one
	 * round per level. Rounds go on until no child is left: bounded by
	 * time, never by a count a longer chain would outlast (a fork bomb is
	 * bounded by its rlimits, and by this time). */
	while (sx_now_ms() < deadline) {
		size_t n = list_children(kids, sizeof kids / sizeof kids[0]);
		int status;

		if (n == 0)
			break;
		for (size_t i = 0; i < n; i++) {
			kill(kids[i], SIGKILL);
			killed++;
		}
		for (size_t i = 0; i < n; i++) {
			struct rusage ru;

			if (wait_child_ru(kids[i], &status, &ru) != kids[i] || !sum)
				continue;
			timeradd(&sum->ru_utime, &ru.ru_utime, &sum->ru_utime);
			timeradd(&sum->ru_stime, &ru.ru_stime, &sum->ru_stime);
			if (ru.ru_maxrss > sum->ru_maxrss)
				sum->ru_maxrss = ru.ru_maxrss;
		}
	}
	return killed;
}

void sx_proc_result_free(struct sx_proc_result *res)
{
	free(res->out);
	free(res->err_head);
	free(res->err_tail);
	memset(res, 0, sizeof *res);
}
