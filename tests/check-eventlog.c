#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "check-main.h"
#include "eventlog.h"

static char warned[512];
static int nwarn;

static void warn(const char *line, size_t len)
{
	snprintf(warned, sizeof warned, "%.*s", (int)len, line);
	nwarn++;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = sx_xcalloc(1, 65536);

	ck_assert_ptr_nonnull(f);
	(void)!fread(buf, 1, 65535, f);
	fclose(f);
	return buf;
}

/* Members of an event in order, the fields given after the common ones. */
START_TEST(test_event_members)
{
	char dir[] = "/tmp/check-eventlog-XXXXXX";
	struct sx_log log = {.fd = -1, .warn = warn, .run_id = "0123456789abcdef"};
	char *path, *text;
	cJSON *f = cJSON_CreateObject(), *j;
	const char *want[] = {"timestamp", "level",	    "logger", "message", "event_type",
			      "run_id",	   "iteration_num", "mode",   "status",	 "extra"};
	const cJSON *c;
	size_t i = 0;
	struct stat st;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = sx_xasprintf("%s/sub/ev.log", dir);
	ck_assert_int_eq(sx_eventlog_open(&log, path, false), 0);
	ck_assert_int_eq(stat(path, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0600);
	log.mode = "direct";
	cJSON_AddStringToObject(f, "status", "ok");
	cJSON_AddNumberToObject(f, "extra", 1);
	sx_eventlog_write(&log, "INFO", "run_finished", "run finished: ok", f);
	sx_eventlog_close(&log);
	text = slurp(path);
	ck_assert_ptr_nonnull(strchr(text, '\n'));
	ck_assert_ptr_eq(strchr(text, '\n'), text + strlen(text) - 1); /* one line */
	j = cJSON_Parse(text);
	ck_assert_ptr_nonnull(j);
	for (c = j->child; c; c = c->next, i++) {
		ck_assert_uint_lt(i, sizeof want / sizeof want[0]);
		ck_assert_str_eq(c->string, want[i]);
	}
	ck_assert_uint_eq(i, sizeof want / sizeof want[0]);
	ck_assert_str_eq(cJSON_GetObjectItem(j, "run_id")->valuestring, "0123456789abcdef");
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(j, "iteration_num")));
	ck_assert_str_eq(cJSON_GetObjectItem(j, "mode")->valuestring, "direct");
	ck_assert_int_eq(nwarn, 0);
	cJSON_Delete(j);
	free(text);
	unlink(path);
	free(path);
	path = sx_xasprintf("%s/sub", dir);
	rmdir(path);
	free(path);
	rmdir(dir);
}
END_TEST

/* A log that cannot be opened: one warning through the callback, none
 * written anywhere else, and events after it are dropped quietly. */
START_TEST(test_unwritable_warns_once_through_callback)
{
	struct sx_log log = {.fd = -1, .warn = warn};

	nwarn = 0;
	ck_assert_int_lt(sx_eventlog_open(&log, "/proc/self/no/such/ev.log", false), 0);
	ck_assert_int_eq(log.fd, -1);
	ck_assert_int_eq(nwarn, 1);
	ck_assert_ptr_nonnull(
	    strstr(warned, "sandexec: warning: event log /proc/self/no/such/ev.log"));
	ck_assert_ptr_nonnull(strstr(warned, "carrying on without it\n"));
	ck_assert_str_ne(log.error, "");
	sx_eventlog_write(&log, "INFO", "x", "y", NULL);
	ck_assert_int_eq(nwarn, 1);
	sx_eventlog_close(&log);
	/* No callback: nothing said, the error still kept. */
	memset(&log, 0, sizeof log);
	log.fd = -1;
	ck_assert_int_lt(sx_eventlog_open(&log, "/proc/self/no/such/ev.log", false), 0);
	ck_assert_int_eq(nwarn, 1);
	ck_assert_str_ne(log.error, "");
	sx_eventlog_close(&log);
}
END_TEST

START_TEST(test_disabled_and_timestamp)
{
	struct sx_log log = {.fd = -1, .warn = warn};
	char ts[32];

	nwarn = 0;
	ck_assert_int_eq(sx_eventlog_open(&log, NULL, false), 0);
	ck_assert_int_eq(log.fd, -1);
	sx_eventlog_write(&log, "INFO", "x", "y", cJSON_CreateObject());
	ck_assert_int_eq(nwarn, 0);
	sx_eventlog_close(&log);
	sx_eventlog_timestamp(ts);
	ck_assert_uint_eq(strlen(ts), 27);
	ck_assert_int_eq(ts[4], '-');
	ck_assert_int_eq(ts[10], 'T');
	ck_assert_int_eq(ts[19], '.');
	ck_assert_int_eq(ts[26], 'Z');
}
END_TEST

/* Writers of one log take its flock for the check of a partial last
 * line and the write: a line is put on a line of its own after someone
 * else's partial one, and one held past 200 ms by another process (or
 * open file) does not stop the write, which then goes out as it is. */
START_TEST(test_lock_around_partial_line)
{
	char dir[] = "/tmp/check-eventlog-XXXXXX";
	struct sx_log log = {.fd = -1, .warn = warn, .run_id = "0123456789abcdef"};
	char *path, *text;
	int other;
	struct timespec t0, t1;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = sx_xasprintf("%s/ev.log", dir);
	other = open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
	ck_assert_int_ge(other, 0);
	ck_assert_int_eq(write(other, "cut", 3), 3);
	ck_assert_int_eq(sx_eventlog_open(&log, path, false), 0);
	sx_eventlog_write(&log, "INFO", "a", "first", NULL);
	text = slurp(path);
	ck_assert_int_eq(strncmp(text, "cut\n{", 5), 0); /* repaired under the lock */
	free(text);
	/* Another open file holds the lock: the write waits 200 ms at most. */
	ck_assert_int_eq(write(other, "cut", 3), 3);
	ck_assert_int_eq(flock(other, LOCK_EX), 0);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	sx_eventlog_write(&log, "INFO", "b", "second", NULL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	ck_assert_int_lt((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000,
			 5000);
	text = slurp(path);
	ck_assert_ptr_nonnull(strstr(text, "}\ncut{"));	   /* written, not repaired */
	ck_assert_ptr_nonnull(strstr(text, "\"second\"")); /* the line went out */
	free(text);
	ck_assert_int_eq(nwarn, 0);
	sx_eventlog_close(&log);
	close(other);
	unlink(path);
	free(path);
	rmdir(dir);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("eventlog");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_event_members);
	tcase_add_test(tc, test_unwritable_warns_once_through_callback);
	tcase_add_test(tc, test_disabled_and_timestamp);
	tcase_add_test(tc, test_lock_around_partial_line);
	suite_add_tcase(s, tc);
	return s;
}
