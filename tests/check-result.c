#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check-main.h"
#include "result.h"

static cJSON *extract(const char *s, size_t *ls, size_t *le)
{
	return sx_result_extract(s, strlen(s), ls, le);
}

START_TEST(test_last_object_line)
{
	const char *out = "log line\n{\"a\": 1}\nmore\n  {\"b\": 2}  \r\ntrailing text\n";
	size_t ls, le;
	cJSON *j = extract(out, &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert_int_eq(cJSON_GetObjectItem(j, "b")->valueint, 2);
	ck_assert_uint_eq(ls, strlen("log line\n{\"a\": 1}\nmore\n"));
	ck_assert_uint_eq(le, strlen("log line\n{\"a\": 1}\nmore\n  {\"b\": 2}  \r\n"));
	cJSON_Delete(j);
}
END_TEST

START_TEST(test_no_newline_at_end)
{
	size_t ls, le;
	cJSON *j = extract("x\n{\"k\": \"v\"}", &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert_str_eq(cJSON_GetObjectItem(j, "k")->valuestring, "v");
	ck_assert_uint_eq(ls, 2);
	ck_assert_uint_eq(le, 2 + 10);
	cJSON_Delete(j);
}
END_TEST

START_TEST(test_none)
{
	size_t ls, le;

	ck_assert_ptr_null(extract("", &ls, &le));
	ck_assert_ptr_null(extract("\n\n\n", &ls, &le));
	ck_assert_ptr_null(extract("[1, 2]\n", &ls, &le));
	ck_assert_ptr_null(extract("\"str\"\n42\nnull\n", &ls, &le));
	ck_assert_ptr_null(extract("{not json}\n", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": 1} trailing}\n", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": 1}{\"b\": 2}\n", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\":\n1}\n", &ls, &le));
}
END_TEST

START_TEST(test_garbage_skipped)
{
	size_t ls, le;
	cJSON *j = extract("{\"good\": true}\n{broken\n{\"x\": \"\xff\xfe\"}\n\x01\x02{}\n", &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(j, "good")));
	cJSON_Delete(j);
}
END_TEST

START_TEST(test_nonfinite)
{
	size_t ls, le, n;
	cJSON *j = extract("{\"a\": NaN, \"b\": [Infinity, -Infinity], \"s\": \"NaN Infinity\"}\n",
			   &ls, &le);
	const char *in;
	char *s;

	ck_assert_ptr_nonnull(j);
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(j, "a")));
	ck_assert(cJSON_IsNull(cJSON_GetArrayItem(cJSON_GetObjectItem(j, "b"), 0)));
	ck_assert(cJSON_IsNull(cJSON_GetArrayItem(cJSON_GetObjectItem(j, "b"), 1)));
	ck_assert_str_eq(cJSON_GetObjectItem(j, "s")->valuestring, "NaN Infinity");
	cJSON_Delete(j);

	in = "[NaN,NaNx,\"\\\"NaN\"]";
	s = sx_json_nonfinite_to_null(in, strlen(in), &n);
	ck_assert_str_eq(s, "[null,NaNx,\"\\\"NaN\"]");
	ck_assert_uint_eq(n, strlen(s));
	free(s);
	/* Worst case growth stays within the buffer. */
	s = sx_json_nonfinite_to_null("NaNNaNNaN", 9, &n);
	free(s);
	s = sx_json_nonfinite_to_null("NaN,NaN,NaN,NaN", 15, &n);
	ck_assert_str_eq(s, "null,null,null,null");
	free(s);
}
END_TEST

START_TEST(test_deep_nesting)
{
	size_t depth = 100000, ls, le;
	char *s = malloc(2 * depth + 32), *p = s;
	cJSON *j;

	p += sprintf(p, "{\"a\":");
	for (size_t i = 0; i < depth; i++)
		*p++ = '[';
	for (size_t i = 0; i < depth; i++)
		*p++ = ']';
	strcpy(p, "}\n");
	j = extract(s, &ls, &le);
	ck_assert_ptr_null(j); /* refused by the nesting limit, no crash */
	free(s);
}
END_TEST

START_TEST(test_binary_junk)
{
	unsigned char junk[4096];
	size_t ls, le;
	unsigned x = 12345;
	cJSON *j;

	for (size_t i = 0; i < sizeof junk; i++) {
		x = x * 1103515245 + 12345;
		junk[i] = (unsigned char)(x >> 16);
	}
	j = sx_result_extract((const char *)junk, sizeof junk, &ls, &le);
	ck_assert_ptr_null(j);
}
END_TEST

START_TEST(test_nul_in_line)
{
	static const char out[] = "{\"a\": 1}\n{\"b\": \0 2}\n";
	size_t ls, le;
	cJSON *j = sx_result_extract(out, sizeof out - 1, &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert_ptr_nonnull(cJSON_GetObjectItem(j, "a"));
	cJSON_Delete(j);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("result");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_last_object_line);
	tcase_add_test(tc, test_no_newline_at_end);
	tcase_add_test(tc, test_none);
	tcase_add_test(tc, test_garbage_skipped);
	tcase_add_test(tc, test_nonfinite);
	tcase_add_test(tc, test_deep_nesting);
	tcase_add_test(tc, test_binary_junk);
	tcase_add_test(tc, test_nul_in_line);
	suite_add_tcase(s, tc);
	return s;
}
