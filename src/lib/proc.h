/* proc.h - the one way sandexec starts a process: fork/exec of an argv
 * vector, then a single poll loop that feeds stdin, captures stdout up to a
 * cap, streams stderr through up to a cap, and enforces a deadline and our
 * signals. The loop never blocks on anything but poll(): stderr goes out
 * only as fast as its reader takes it (stream.h), so neither the child nor
 * whoever reads our stderr decides when the loop ends. */
#ifndef SX_PROC_H
#define SX_PROC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>

#include "util.h"

enum sx_stop {
	SX_STOP_NONE = 0,
	SX_STOP_DEADLINE, /* the deadline passed */
	SX_STOP_OUTPUT,	  /* stdout went over the cap */
	SX_STOP_SIGNAL,	  /* sandexec got SIGINT, SIGTERM or SIGHUP */
};

struct sx_spawn {
	char *const *argv;	/* argv[0] is looked up in PATH */
	char *const *envp;	/* NULL: inherit sandexec's environment */
	bool new_pgrp;		/* child leads its own process group */
	bool new_session;	/* ... made by setsid(): no controlling terminal */
	bool kill_pgrp_on_exit; /* SIGKILL what is left of the group when the child exits */
	/* Runs in the child between fork and exec. Must only make
	 * async-signal-safe calls; returns 0 or an errno value, which fails
	 * the spawn like a failed exec. */
	int (*child_setup)(void *ctx);
	void *child_ctx;
};

/* A one-line elapsed-time status on a terminal, redrawn once a second
 * after the first second and cleared before anything else is written to
 * the same descriptor and at the end. */
struct sx_status_line {
	int fd;		   /* a terminal */
	const char *label; /* "running strategy.py in docker" */
	int64_t started_ms;
	bool shown;
};

/* Erase a shown status line. */
void sx_proc_status_clear(struct sx_status_line *st);

struct sx_io {
	const char *stdin_data; /* written to the child's stdin, then closed */
	size_t stdin_len;
	size_t stdout_cap;   /* bytes of stdout kept; more stops the run */
	int stderr_fd;	     /* the child's stderr is copied here; -1 drops it */
	size_t stderr_cap;   /* bytes of it copied at most; the rest is dropped */
	size_t stderr_keep;  /* bytes of stderr's head kept in the result */
	size_t stderr_tail;  /* bytes of stderr's end kept in the result */
	int64_t deadline_ms; /* CLOCK_MONOTONIC ms; 0 = none */
	int signal_fd;	     /* from sx_proc_signals_install(); -1 = none */
	/* Called once when the run must stop (deadline, output cap, signal):
	 * it must make the child exit. NULL: SIGKILL the child (or its group). */
	void (*stop)(void *ctx, enum sx_stop why);
	void *stop_ctx;
	int64_t grace_ms; /* after stop, how long before the child is SIGKILLed */
	/* > 0: call stop again this often (ms) until the child is gone, so a
	 * stop that could not take effect yet is retried promptly. */
	int64_t stop_repeat_ms;
	struct sx_status_line *status; /* NULL: none */
	/* Non-NULL: the child's stderr is held (kept in err_head, not copied
	 * to stderr_fd) until stdout begins with these hold_len bytes, then
	 * what was held is copied first and the rest streams as usual. Never
	 * seen: nothing is copied; the caller summarises err_head. */
	const char *hold_until;
	size_t hold_len;
	int64_t
	    hold_deadline_ms; /* CLOCK_MONOTONIC; hold_until not seen by then: as the deadline */
	/* Non-NULL: stdin is held back until gate_fd is readable (or hangs
	 * up) and gate(gate_ctx) returns nonzero: > 0, stdin is written as
	 * usual; < 0, it is closed unwritten and the child (its group with
	 * new_pgrp) SIGKILLed; 0, wait for gate_fd again. */
	int (*gate)(void *ctx);
	void *gate_ctx;
	int gate_fd;
};

struct sx_proc_result {
	int spawn_errno; /* nonzero: the program could not be started */
	pid_t pid;
	bool exited; /* true: exit_code is valid; false: term_signal is */
	int exit_code;
	int term_signal;
	char *out; /* stdout, NUL-terminated; caller frees */
	size_t out_len;
	bool out_truncated;
	char *err_head; /* first stderr_keep bytes of stderr; caller frees */
	size_t err_head_len;
	char *err_tail; /* last stderr_tail bytes of stderr, whatever was
			 * cut or dropped; caller frees */
	size_t err_tail_len;
	uint64_t err_total;  /* bytes the child wrote to stderr */
	uint64_t err_cut;    /* ... not copied: over stderr_cap */
	uint64_t err_unread; /* ... not copied: stderr_fd did not take them in time */
	enum sx_stop stopped;
	int stop_signal; /* with SX_STOP_SIGNAL */
	bool killed_after_grace;
	struct rusage ru;     /* the child's, its reaped descendants' included */
	int64_t first_out_ms; /* CLOCK_MONOTONIC of its first stdout bytes; 0: none */
	int64_t end_ms;	      /* ... of its exit or the stop, whichever came first */
};

/* Run sp with io. Returns 0 when the child ran (whatever its outcome) or
 * could not be started (res->spawn_errno), negative errno on a system
 * failure of sandexec itself (err set). Free res with sx_proc_result_free(). */
int sx_proc_run(const struct sx_spawn *sp, const struct sx_io *io, struct sx_proc_result *res,
		struct sx_err *err);
void sx_proc_result_free(struct sx_proc_result *res);

/* Start argv in its own process group with stdin, stdout and stderr on
 * /dev/null, without waiting. Returns the pid or negative errno; a failed
 * exec shows as exit status 127. */
pid_t sx_proc_start_quiet(char *const *argv);
/* The same with its stdout on a pipe whose read end (close-on-exec) goes
 * to *out_fd; NULL: stdout on /dev/null too. */
pid_t sx_proc_start_piped(char *const *argv, int *out_fd);

/* Go on in a detached process: returns 0 in it, a positive number in the
 * caller (once the intermediate child is gone), or negative errno (then
 * there is none). The detached process is in a session of its own, with
 * stdin, stdout and stderr on /dev/null and no other descriptor of the
 * caller's but keep_fd (if >= 0), which becomes its fd 3: make, cron or
 * a reader of the caller's pipes never wait for it. It must end with
 * _exit(). */
pid_t sx_proc_detach(int keep_fd);

/* Wait for a child from sx_proc_start_quiet() until deadline_ms
 * (CLOCK_MONOTONIC), then SIGKILL its group and reap it. Returns its exit
 * status (0-255), 128+N if it died of signal N, or -ETIMEDOUT. */
int sx_proc_wait(pid_t pid, int64_t deadline_ms);

/* SIGKILL and reap every child of this process that is still there, and
 * their children as they are reparented here (with PR_SET_CHILD_SUBREAPER
 * set), until none is left or SX_ORPHAN_KILL_MS have passed. Returns how
 * many were killed. With ru, adds their CPU times to it and raises its
 * ru_maxrss to the largest of theirs. */
#define SX_ORPHAN_KILL_MS 10000
int sx_proc_kill_orphans(struct rusage *ru);

/* Route SIGINT, SIGTERM and SIGHUP to a self-pipe whose read end is
 * returned (each byte read is a signal number), and ignore SIGPIPE.
 * Returns the fd or negative errno. */
int sx_proc_signals_install(void);

#endif
