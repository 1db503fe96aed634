#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "strategy.h"
#include "check-main.h"

/* A file of len bytes in a fresh temporary directory; caller frees the path. */
static char *temp_file(const void *data, size_t len)
{
	char dir[] = "/tmp/check-strategy-XXXXXX";
	char *path;
	FILE *f;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	path = sx_xasprintf("%s/s.py", dir);
	f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	fclose(f);
	return path;
}

static void remove_temp(char *path)
{
	char *slash = strrchr(path, '/');

	unlink(path);
	*slash = '\0';
	rmdir(path);
	free(path);
}

static void expect_digest(const void *data, size_t len, const char *hex)
{
	struct sx_strategy s;
	struct sx_err err = {""};
	char *path = temp_file(data, len);

	ck_assert_int_eq(sx_strategy_read(&s, path, 64u << 20, &err), 0);
	ck_assert_str_eq(s.sha256, "");
	sx_strategy_hash(&s);
	ck_assert_str_eq(s.sha256, hex);
	ck_assert_str_eq(s.name, "s.py");
	ck_assert_uint_eq(s.len, len);
	sx_strategy_free(&s);
	remove_temp(path);
}

/* FIPS 180-4 test vectors, through the reader as a run computes them. */
START_TEST(test_sha256_vectors)
{
	char *million = malloc(1000000);

	expect_digest("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	expect_digest("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	expect_digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
		      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	memset(million, 'a', 1000000);
	expect_digest(million, 1000000,
		      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(million);
}
END_TEST

static int read_err(const void *data, size_t len, uint64_t max)
{
	struct sx_strategy s;
	struct sx_err err = {""};
	char *path = temp_file(data, len);
	int r = sx_strategy_read(&s, path, max, &err);

	if (r == 0)
		sx_strategy_free(&s);
	else
		ck_assert_ptr_nonnull(strstr(err.msg, "s.py"));
	remove_temp(path);
	return r;
}

START_TEST(test_read_refuses)
{
	struct sx_strategy s;
	struct sx_err err = {""};

	ck_assert_int_eq(read_err("x = 1\n", 6, 1 << 20), 0);
	ck_assert_int_eq(read_err("x = 1\n", 6, 5), -EFBIG);
	ck_assert_int_eq(read_err("x\0= 1\n", 6, 1 << 20), -EILSEQ);
	ck_assert_int_eq(read_err("x = '\xff'\n", 9, 1 << 20), -EILSEQ);
	ck_assert_int_eq(sx_strategy_read(&s, "/nonexistent/s.py", 1 << 20, &err), -ENOENT);
	ck_assert_int_eq(sx_strategy_read(&s, "/tmp", 1 << 20, &err), -EISDIR);
	ck_assert_int_lt(sx_strategy_read(&s, "/dev/null", 1 << 20, &err), 0);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("strategy");
	TCase *tc = tcase_create("strategy");

	tcase_add_test(tc, test_sha256_vectors);
	tcase_add_test(tc, test_read_refuses);
	suite_add_tcase(s, tc);
	return s;
}
