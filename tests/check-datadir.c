#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check-main.h"
#include "datadir.h"

/* A fresh directory under /tmp; caller removes it. */
static char *tmpdir(void)
{
	char *d = sx_xstrdup("/tmp/check-datadir-XXXXXX");

	ck_assert_ptr_nonnull(mkdtemp(d));
	return d;
}

START_TEST(test_datadir_refusals)
{
	struct sx_err err = {""};
	char *d = tmpdir(), *real = NULL;
	char *file = sx_xasprintf("%s/f", d), *comma = sx_xasprintf("%s/a,b", d);
	char *out = sx_xasprintf("%s/out", d), *link = sx_xasprintf("%s/out/escape", d);
	FILE *f = fopen(file, "w");

	ck_assert_ptr_nonnull(f);
	fclose(f);
	ck_assert_int_eq(sx_datadir_check("/nonexistent/data", &real, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/data"));
	ck_assert_int_eq(sx_datadir_check(file, &real, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "not a directory"));
	ck_assert_int_eq(mkdir(comma, 0700), 0);
	ck_assert_int_eq(sx_datadir_check(comma, &real, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "','"));
	/* A link in the tree to outside it would let the script read that. */
	ck_assert_int_eq(mkdir(out, 0700), 0);
	ck_assert_int_eq(symlink("/etc", link), 0);
	ck_assert_int_eq(sx_datadir_check(out, &real, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "refused"));
	ck_assert_ptr_null(real);
	ck_assert_int_eq(unlink(link), 0);
	/* Clean now: the resolved path is given back. */
	ck_assert_int_eq(sx_datadir_check(out, &real, &err), 0);
	ck_assert_str_eq(real, out);
	free(real);
	ck_assert_int_eq(rmdir(out), 0);
	ck_assert_int_eq(rmdir(comma), 0);
	ck_assert_int_eq(unlink(file), 0);
	ck_assert_int_eq(rmdir(d), 0);
	free(link);
	free(out);
	free(comma);
	free(file);
	free(d);
}
END_TEST

START_TEST(test_engine_is_local)
{
	const char *why = NULL;

	unsetenv("DOCKER_CONTEXT");
	unsetenv("DOCKER_HOST");
	ck_assert(sx_datadir_engine_is_local(&why));
	setenv("DOCKER_HOST", "unix:///run/docker.sock", 1);
	ck_assert(sx_datadir_engine_is_local(&why));
	setenv("DOCKER_HOST", "tcp://203.0.113.1:2376", 1);
	ck_assert(!sx_datadir_engine_is_local(&why));
	ck_assert_ptr_nonnull(why);
	setenv("DOCKER_HOST", "", 1); /* empty: unset, to the docker CLI */
	ck_assert(sx_datadir_engine_is_local(&why));
	unsetenv("DOCKER_HOST");
	setenv("DOCKER_CONTEXT", "remote", 1);
	ck_assert(!sx_datadir_engine_is_local(&why));
	setenv("DOCKER_CONTEXT", "default", 1);
	ck_assert(sx_datadir_engine_is_local(&why));
	unsetenv("DOCKER_CONTEXT");
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("datadir");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_datadir_refusals);
	tcase_add_test(tc, test_engine_is_local);
	suite_add_tcase(s, tc);
	return s;
}
