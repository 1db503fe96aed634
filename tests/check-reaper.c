#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check-main.h"
#include "reaper.h"
#include "util.h"

#define ID "0123456789abcdef"

static int parse(const char *text, const char *id, struct sx_record *rec)
{
	struct sx_err err = {""};

	return sx_reaper_record_parse(text, strlen(text), id, rec, &err);
}

START_TEST(test_record_ok)
{
	struct sx_record rec;

	ck_assert_int_eq(parse("{\"container\":\"sandexec-" ID "\",\"deadline\":1700000000,"
			       "\"engine\":{\"DOCKER_HOST\":\"unix:///run/d.sock\","
			       "\"DOCKER_CONTEXT\":\"ctx-1\",\"DOCKER_CONFIG\":\"/h/.docker\","
			       "\"DOCKER_CERT_PATH\":\"/h/certs\",\"DOCKER_TLS_VERIFY\":\"1\"},"
			       "\"attempts\":2,\"next_try\":1700000100}",
			       ID, &rec),
			 0);
	ck_assert_str_eq(rec.container, "sandexec-" ID);
	ck_assert_str_eq(rec.run_id, ID);
	ck_assert_int_eq(rec.deadline, 1700000000);
	ck_assert_int_eq(rec.attempts, 2);
	ck_assert_int_eq(rec.next_try, 1700000100);
	ck_assert_str_eq(rec.engine[0], "DOCKER_HOST=unix:///run/d.sock");
	ck_assert_str_eq(rec.engine[4], "DOCKER_TLS_VERIFY=1");
	ck_assert_ptr_null(rec.engine[5]);
	sx_reaper_record_free(&rec);
	ck_assert_int_eq(
	    parse("{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{}}", ID, &rec), 0);
	ck_assert_ptr_null(rec.engine[0]);
	sx_reaper_record_free(&rec);
}
END_TEST

/* Every record here was seen, or could be written, by a script running as
 * the user: none may be acted on. */
START_TEST(test_record_forged)
{
	static const char *const bad[] = {
	    /* any container of the engine */
	    "{\"container\":\"mydb\",\"deadline\":1,\"engine\":{}}",
	    /* another run's container, or a prefix of this one's */
	    "{\"container\":\"sandexec-fedcba9876543210\",\"deadline\":1,\"engine\":{}}",
	    "{\"container\":\"sandexec-0123\",\"deadline\":1,\"engine\":{}}",
	    "{\"container\":\"sandexec-" ID "x\",\"deadline\":1,\"engine\":{}}",
	    /* variables sandexec does not record */
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":"
	    "{\"LD_PRELOAD\":\"/tmp/x.so\"}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{\"PATH\":\"/tmp\"}}",
	    /* implausible values */
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":"
	    "{\"DOCKER_HOST\":\"http://x\"}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":"
	    "{\"DOCKER_CONFIG\":\"relative\"}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":"
	    "{\"DOCKER_CONTEXT\":\"../x\"}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":"
	    "{\"DOCKER_HOST\":\"unix:///a\\nb\"}}",
	    /* the same variable twice */
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":"
	    "{\"DOCKER_HOST\":\"unix:///a\",\"DOCKER_HOST\":\"unix:///b\"}}",
	    /* numbers */
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":-1,\"engine\":{}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1.5,\"engine\":{}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1e300,\"engine\":{}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":\"1\",\"engine\":{}}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{},\"attempts\":99}",
	    /* shapes */
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":[]}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{},\"x\":1}",
	    "{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{},\"deadline\":2}",
	    "[]",
	    "",
	    "{",
	    "null",
	    NULL,
	};
	struct sx_record rec;

	for (int i = 0; bad[i]; i++)
		ck_assert_msg(parse(bad[i], ID, &rec) == -EINVAL, "accepted: %s", bad[i]);
	/* The file name must be a run id, and the container's. */
	ck_assert_int_eq(parse("{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{}}",
			       "../" ID, &rec),
			 -EINVAL);
	ck_assert_int_eq(parse("{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{}}",
			       "0123456789ABCDEF", &rec),
			 -EINVAL);
}
END_TEST

/* A record's engine with more members than there are engine variables
 * overflowed the environment array. */
START_TEST(test_record_many_members)
{
	struct sx_record rec;
	char *text = sx_xstrdup("{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{");

	for (int i = 0; i < 64; i++) {
		char *t =
		    sx_xasprintf("%s%s\"DOCKER_HOST\":\"unix:///s%d\"", text, i ? "," : "", i);
		free(text);
		text = t;
	}
	{
		char *t = sx_xasprintf("%s}}", text);
		free(text);
		text = t;
	}
	ck_assert_int_eq(parse(text, ID, &rec), -EINVAL);
	free(text);
	text = sx_xasprintf("{\"container\":\"sandexec-" ID "\",\"deadline\":1,\"engine\":{"
			    "\"DOCKER_HOST\":\"%04097d\"}}",
			    1);
	ck_assert_int_eq(parse(text, ID, &rec), -EINVAL);
	free(text);
}
END_TEST

START_TEST(test_check_dir)
{
	char tmpl[] = "/tmp/check-reaper-XXXXXX";
	char *dir = mkdtemp(tmpl), *sub, *link;
	struct sx_err err = {""};

	ck_assert_ptr_nonnull(dir);
	ck_assert_int_eq(sx_reaper_check_dir(dir, &err), 0);
	chmod(dir, 0777);
	ck_assert_int_eq(sx_reaper_check_dir(dir, &err), -EPERM);
	ck_assert_ptr_nonnull(strstr(err.msg, "writable by others"));
	chmod(dir, 0720);
	ck_assert_int_eq(sx_reaper_check_dir(dir, &err), -EPERM);
	chmod(dir, 0700);
	sub = sx_xasprintf("%s/runs", dir);
	link = sx_xasprintf("%s/link", dir);
	ck_assert_int_eq(mkdir(sub, 0700), 0);
	ck_assert_int_eq(symlink(sub, link), 0);
	ck_assert_int_lt(sx_reaper_check_dir(link, &err), 0);
	ck_assert_int_eq(sx_reaper_check_dir(sub, &err), 0);
	unlink(link);
	rmdir(sub);
	rmdir(dir);
	free(sub);
	free(link);
}
END_TEST

START_TEST(test_state_path_without_home)
{
	struct passwd *pw = getpwuid(getuid());
	char *want, *got;

	ck_assert_ptr_nonnull(pw);
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	want = sx_xasprintf("%s/.local/state/sandexec/runs", pw->pw_dir);
	got = sx_state_path("runs");
	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
	/* A relative HOME would put the state under the working directory. */
	setenv("HOME", ".", 1);
	got = sx_state_path("runs");
	ck_assert_str_eq(got, want);
	free(got);
	free(want);
	setenv("HOME", "/h", 1);
	got = sx_state_path("runs");
	ck_assert_str_eq(got, "/h/.local/state/sandexec/runs");
	free(got);
	setenv("XDG_STATE_HOME", "/s", 1);
	got = sx_state_path("runs");
	ck_assert_str_eq(got, "/s/sandexec/runs");
	free(got);
}
END_TEST

START_TEST(test_owner)
{
	char *o = sx_reaper_owner(), *want, host[256] = "";

	gethostname(host, sizeof host - 1);
	want = sx_xasprintf("%u@%s", (unsigned)getuid(), host);
	ck_assert_str_eq(o, want);
	free(o);
	free(want);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("reaper");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_record_ok);
	tcase_add_test(tc, test_record_forged);
	tcase_add_test(tc, test_record_many_members);
	tcase_add_test(tc, test_check_dir);
	tcase_add_test(tc, test_state_path_without_home);
	tcase_add_test(tc, test_owner);
	suite_add_tcase(s, tc);
	return s;
}
