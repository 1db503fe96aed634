#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check-main.h"
#include "proc.h"

static int devnull;

static void setup(void)
{
	devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
	signal(SIGPIPE, SIG_IGN);
}

static void teardown(void)
{
	close(devnull);
}

static struct sx_io base_io(void)
{
	return (struct sx_io){.stdout_cap = 1 << 20,
			      .stderr_fd = devnull,
			      .stderr_cap = 1 << 20,
			      .signal_fd = -1,
			      .grace_ms = 2000};
}

static int run_sh(const char *script, const struct sx_io *io, struct sx_proc_result *res, bool pgrp)
{
	char *argv[] = {"/bin/sh", "-c", (char *)script, NULL};
	struct sx_spawn sp = {.argv = argv, .new_pgrp = pgrp, .kill_pgrp_on_exit = pgrp};
	struct sx_err err;

	return sx_proc_run(&sp, io, res, &err);
}

START_TEST(test_exit_and_capture)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;

	io.stderr_keep = 64;
	ck_assert_int_eq(run_sh("echo hi; echo oops >&2; exit 3", &io, &res, false), 0);
	ck_assert(res.exited);
	ck_assert_int_eq(res.exit_code, 3);
	ck_assert_str_eq(res.out, "hi\n");
	ck_assert_str_eq(res.err_head, "oops\n");
	ck_assert_int_eq(res.stopped, SX_STOP_NONE);
	sx_proc_result_free(&res);
}
END_TEST

START_TEST(test_signal_death)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;

	ck_assert_int_eq(run_sh("kill -SEGV $$", &io, &res, false), 0);
	ck_assert(!res.exited);
	ck_assert_int_eq(res.term_signal, SIGSEGV);
	sx_proc_result_free(&res);
}
END_TEST

START_TEST(test_stdin_roundtrip)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	size_t n = 3 << 20;
	char *data = malloc(n);

	for (size_t i = 0; i < n; i++)
		data[i] = (char)('a' + i % 26);
	io.stdin_data = data;
	io.stdin_len = n;
	io.stdout_cap = 4 << 20;
	/* cat writes back while we still write: both pipes must keep moving. */
	ck_assert_int_eq(run_sh("cat; cat /dev/null >&2", &io, &res, false), 0);
	ck_assert_int_eq(res.exit_code, 0);
	ck_assert_uint_eq(res.out_len, n);
	ck_assert_mem_eq(res.out, data, n);
	sx_proc_result_free(&res);
	free(data);
}
END_TEST

START_TEST(test_child_ignores_stdin)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	size_t n = 1 << 20;
	char *data = calloc(1, n);

	io.stdin_data = data;
	io.stdin_len = n;
	ck_assert_int_eq(run_sh("exec 0<&-; echo ok", &io, &res, false), 0);
	ck_assert_int_eq(res.exit_code, 0);
	ck_assert_str_eq(res.out, "ok\n");
	sx_proc_result_free(&res);
	free(data);
}
END_TEST

START_TEST(test_stdout_cap)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;

	io.stdout_cap = 1000;
	ck_assert_int_eq(run_sh("yes", &io, &res, false), 0);
	ck_assert(res.out_truncated);
	ck_assert_int_eq(res.stopped, SX_STOP_OUTPUT);
	ck_assert_uint_eq(res.out_len, 1000);
	ck_assert_uint_eq(strlen(res.out), 1000);
	ck_assert(!res.exited);
	ck_assert_int_eq(res.term_signal, SIGKILL);
	sx_proc_result_free(&res);
}
END_TEST

START_TEST(test_flood_both_streams)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;

	ck_assert_int_eq(run_sh("head -c 5000000 /dev/zero >&2 & "
				"head -c 600000 /dev/zero; wait",
				&io, &res, false),
			 0);
	ck_assert(res.exited);
	ck_assert_int_eq(res.exit_code, 0);
	ck_assert_uint_eq(res.out_len, 600000);
	ck_assert(!res.out_truncated);
	sx_proc_result_free(&res);
}
END_TEST

START_TEST(test_deadline)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	int64_t t0 = sx_now_ms();

	io.deadline_ms = t0 + 200;
	ck_assert_int_eq(run_sh("sleep 30", &io, &res, true), 0);
	ck_assert_int_eq(res.stopped, SX_STOP_DEADLINE);
	ck_assert(!res.exited);
	ck_assert_int_eq(res.term_signal, SIGKILL);
	ck_assert_int_lt(sx_now_ms() - t0, 5000);
	sx_proc_result_free(&res);
}
END_TEST

static int stops;

static void count_stop(void *ctx, enum sx_stop why)
{
	pid_t *pid = ctx;

	stops++;
	ck_assert_int_eq(why, SX_STOP_DEADLINE);
	(void)pid;
}

START_TEST(test_stop_callback_then_grace)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	int64_t t0 = sx_now_ms();

	stops = 0;
	/* The callback does nothing: the child is killed when the grace ends. */
	io.deadline_ms = t0 + 100;
	io.stop = count_stop;
	io.grace_ms = 300;
	ck_assert_int_eq(run_sh("sleep 30", &io, &res, true), 0);
	ck_assert_int_eq(stops, 1);
	ck_assert(res.killed_after_grace);
	ck_assert_int_ge(sx_now_ms() - t0, 400);
	ck_assert_int_lt(sx_now_ms() - t0, 5000);
	sx_proc_result_free(&res);
}
END_TEST

START_TEST(test_signal_fd)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	int p[2];
	unsigned char sig = SIGTERM;

	ck_assert_int_eq(pipe(p), 0);
	ck_assert_int_eq(write(p[1], &sig, 1), 1);
	io.signal_fd = p[0];
	ck_assert_int_eq(run_sh("sleep 30", &io, &res, true), 0);
	ck_assert_int_eq(res.stopped, SX_STOP_SIGNAL);
	ck_assert_int_eq(res.stop_signal, SIGTERM);
	sx_proc_result_free(&res);
	close(p[0]);
	close(p[1]);
}
END_TEST

START_TEST(test_leftover_children)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	int64_t t0 = sx_now_ms();

	char path[64], state = '?';
	long pid;

	/* The background sleep holds stdout open; the run still ends. */
	ck_assert_int_eq(run_sh("sleep 30 & echo $!; echo done", &io, &res, true), 0);
	ck_assert(res.exited);
	ck_assert_int_eq(sscanf(res.out, "%ld\ndone\n", &pid), 1);
	ck_assert_int_lt(sx_now_ms() - t0, 5000);
	/* And it was killed with its group: gone, or a zombie awaiting init. */
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	for (int i = 0; i < 100; i++) {
		FILE *f = fopen(path, "r");
		if (!f) {
			state = 'X';
			break;
		}
		ck_assert_int_eq(fscanf(f, "%*d (%*[^)]) %c", &state), 1);
		fclose(f);
		if (state == 'Z')
			break;
		usleep(20000);
	}
	ck_assert_msg(state == 'X' || state == 'Z', "sleep is still in state %c", state);
	sx_proc_result_free(&res);
}
END_TEST

START_TEST(test_spawn_failure)
{
	char *argv[] = {"/nonexistent/program", NULL};
	struct sx_spawn sp = {.argv = argv};
	struct sx_io io = base_io();
	struct sx_proc_result res;
	struct sx_err err;

	ck_assert_int_eq(sx_proc_run(&sp, &io, &res, &err), 0);
	ck_assert_int_eq(res.spawn_errno, ENOENT);
	sx_proc_result_free(&res);
}
END_TEST

START_TEST(test_quiet_helpers)
{
	char *ok[] = {"/bin/sh", "-c", "exit 4", NULL};
	char *slow[] = {"/bin/sh", "-c", "sleep 30", NULL};
	char *missing[] = {"/nonexistent/program", NULL};
	pid_t pid;

	pid = sx_proc_start_quiet(ok);
	ck_assert_int_gt(pid, 0);
	ck_assert_int_eq(sx_proc_wait(pid, sx_now_ms() + 5000), 4);
	pid = sx_proc_start_quiet(slow);
	ck_assert_int_eq(sx_proc_wait(pid, sx_now_ms() + 100), -ETIMEDOUT);
	pid = sx_proc_start_quiet(missing);
	ck_assert_int_eq(sx_proc_wait(pid, sx_now_ms() + 5000), 127);
}
END_TEST

/* Our stderr is a pipe nobody reads: the deadline still holds, the child
 * is not held up for longer than the stall bound, and what could not go is
 * counted. */
START_TEST(test_stderr_unread_deadline)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	int p[2];
	int64_t t0 = sx_now_ms();
	uint64_t in_pipe = 0;
	char buf[65536];
	ssize_t n;

	ck_assert_int_eq(pipe(p), 0);
	io.stderr_fd = p[1];
	io.deadline_ms = t0 + 2500;
	ck_assert_int_eq(
	    run_sh("head -c 1000000 /dev/zero >&2; echo done; exec sleep 100", &io, &res, true), 0);
	ck_assert_int_lt(sx_now_ms() - t0, 6000);
	ck_assert_int_eq(res.stopped, SX_STOP_DEADLINE);
	/* The child got past its stderr flood long before the deadline. */
	ck_assert_str_eq(res.out, "done\n");
	ck_assert_uint_eq(res.err_total, 1000000);
	ck_assert_uint_eq(res.err_cut, 0);
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	while ((n = read(p[0], buf, sizeof buf)) > 0)
		in_pipe += (uint64_t)n;
	ck_assert_uint_gt(res.err_unread, 0);
	ck_assert_uint_eq(res.err_unread + in_pipe, 1000000);
	sx_proc_result_free(&res);
	close(p[0]);
	close(p[1]);
}
END_TEST

/* Past stderr_cap the child's stderr is read and dropped, and counted. */
START_TEST(test_stderr_cap)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;

	io.stderr_cap = 1000;
	io.stderr_keep = 16;
	ck_assert_int_eq(run_sh("head -c 300000 /dev/zero >&2; exit 0", &io, &res, false), 0);
	ck_assert(res.exited && res.exit_code == 0);
	ck_assert_uint_eq(res.err_total, 300000);
	ck_assert_uint_eq(res.err_cut, 299000);
	ck_assert_uint_eq(res.err_unread, 0);
	ck_assert_uint_eq(res.err_head_len, 16);
	sx_proc_result_free(&res);
}
END_TEST

/* What the stderr copy received, read from a pipe after the run. */
static char *hold_run(const char *script, struct sx_proc_result *res)
{
	struct sx_io io = base_io();
	static char got[256];
	ssize_t n;
	int p[2];

	ck_assert_int_eq(pipe(p), 0);
	ck_assert_int_eq(fcntl(p[0], F_SETFL, O_NONBLOCK), 0);
	ck_assert_int_eq(fcntl(p[0], F_SETFD, FD_CLOEXEC), 0);
	ck_assert_int_eq(fcntl(p[1], F_SETFD, FD_CLOEXEC), 0);
	io.stderr_fd = p[1];
	io.stderr_keep = 64;
	io.hold_until = "MARK\n";
	io.hold_len = 5;
	ck_assert_int_eq(run_sh(script, &io, res, false), 0);
	close(p[1]);
	n = read(p[0], got, sizeof got - 1);
	got[n > 0 ? n : 0] = '\0';
	close(p[0]);
	return got;
}

/* Stderr is held until stdout begins with hold_until: never copied when
 * it does not come (kept in err_head, not counted as dropped), copied in
 * order, held bytes first, when it does, even if stderr came first. */
START_TEST(test_stderr_held_until_marker)
{
	struct sx_proc_result res;

	ck_assert_str_eq(hold_run("echo 'engine says no' >&2; exit 125", &res), "");
	ck_assert_str_eq(res.err_head, "engine says no\n");
	ck_assert_uint_eq(res.err_unread + res.err_cut, 0);
	sx_proc_result_free(&res);
	ck_assert_str_eq(hold_run("echo held >&2; sleep 0.2; echo MARK; echo after >&2", &res),
			 "held\nafter\n");
	sx_proc_result_free(&res);
	ck_assert_str_eq(hold_run("echo NOTMARK; echo no >&2", &res), "");
	sx_proc_result_free(&res);
}
END_TEST

/* The tail is the end of what the child wrote, whatever the cap passed
 * on; shorter than the ring it is all of it; a size of 0 keeps none. */
START_TEST(test_stderr_tail)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;

	io.stderr_cap = 1000;
	io.stderr_tail = 64;
	ck_assert_int_eq(
	    run_sh("head -c 300001 /dev/zero | tr '\\0' a >&2; echo END >&2", &io, &res, false), 0);
	ck_assert_uint_eq(res.err_tail_len, 64);
	ck_assert_uint_eq(strlen(res.err_tail), 64);
	ck_assert_str_eq(res.err_tail + 60, "END\n");
	ck_assert_int_eq(strspn(res.err_tail, "a"), 60);
	sx_proc_result_free(&res);
	ck_assert_int_eq(run_sh("printf 'hi\\n' >&2", &io, &res, false), 0);
	ck_assert_str_eq(res.err_tail, "hi\n");
	sx_proc_result_free(&res);
	io.stderr_tail = 0;
	ck_assert_int_eq(run_sh("printf 'hi\\n' >&2", &io, &res, false), 0);
	ck_assert_uint_eq(res.err_tail_len, 0);
	sx_proc_result_free(&res);
}
END_TEST

/* sandexec ignores SIGXFSZ (main.c); what it runs must not inherit that:
 * a child over its RLIMIT_FSIZE dies of SIGXFSZ, as it would elsewhere. */
START_TEST(test_child_gets_default_sigxfsz)
{
	struct sx_io io = base_io();
	struct sx_proc_result res;
	void (*old)(int) = signal(SIGXFSZ, SIG_IGN);

	ck_assert_int_eq(run_sh("cd \"${TMPDIR:-/tmp}\" && f=sx-xfsz.$$ && "
				"(ulimit -f 1; exec head -c 8192 /dev/zero) > $f; s=$?; rm -f $f; "
				"exit $s",
				&io, &res, false),
			 0);
	ck_assert(res.exited);
	ck_assert_int_eq(res.exit_code, 128 + SIGXFSZ);
	sx_proc_result_free(&res);
	signal(SIGXFSZ, old);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("proc");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_exit_and_capture);
	tcase_add_test(tc, test_signal_death);
	tcase_add_test(tc, test_stdin_roundtrip);
	tcase_add_test(tc, test_child_ignores_stdin);
	tcase_add_test(tc, test_stdout_cap);
	tcase_add_test(tc, test_flood_both_streams);
	tcase_add_test(tc, test_deadline);
	tcase_add_test(tc, test_stop_callback_then_grace);
	tcase_add_test(tc, test_signal_fd);
	tcase_add_test(tc, test_leftover_children);
	tcase_add_test(tc, test_spawn_failure);
	tcase_add_test(tc, test_quiet_helpers);
	tcase_add_test(tc, test_stderr_unread_deadline);
	tcase_add_test(tc, test_stderr_cap);
	tcase_add_test(tc, test_stderr_tail);
	tcase_add_test(tc, test_child_gets_default_sigxfsz);
	tcase_add_test(tc, test_stderr_held_until_marker);
	suite_add_tcase(s, tc);
	return s;
}
