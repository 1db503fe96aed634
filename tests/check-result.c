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
	cJSON *j =
	    extract("{\"good\": true}\n{broken\n{\"x\": \"\xff\xfe\"}\n\x01\x02{}\n", &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(j, "good")));
	cJSON_Delete(j);
}
END_TEST

START_TEST(test_nonfinite)
{
	size_t ls, le;
	cJSON *j = extract("{\"a\": NaN, \"b\": [Infinity, -Infinity], \"s\": \"NaN Infinity\"}\n",
			   &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(j, "a")));
	ck_assert(cJSON_IsNull(cJSON_GetArrayItem(cJSON_GetObjectItem(j, "b"), 0)));
	ck_assert(cJSON_IsNull(cJSON_GetArrayItem(cJSON_GetObjectItem(j, "b"), 1)));
	ck_assert_str_eq(cJSON_GetObjectItem(j, "s")->valuestring, "NaN Infinity");
	cJSON_Delete(j);
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

/* The result as the script wrote it: print the extracted object. */
static char *printed(const char *line)
{
	size_t ls, le;
	cJSON *j = sx_result_extract(line, strlen(line), &ls, &le);
	char *text;

	if (!j)
		return NULL;
	text = cJSON_PrintUnformatted(j);
	cJSON_Delete(j);
	return text;
}

static void assert_printed(const char *line, const char *want)
{
	char *got = printed(line);

	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_numbers_exact)
{
	assert_printed("{\"last_bar_ns\": 1732631400123456789}\n",
		       "{\"last_bar_ns\":1732631400123456789}");
	assert_printed("{\"a\": 9007199254740993}", "{\"a\":9007199254740993}");
	assert_printed("{\"big\": -123456789012345678901234567890, \"f\": 0.1, \"e\": 1E+400,"
		       " \"z\": -0.0, \"x\": 1.50e-7}",
		       "{\"big\":-123456789012345678901234567890,\"f\":0.1,\"e\":1E+400,"
		       "\"z\":-0.0,\"x\":1.50e-7}");
	assert_printed("{\"n\": [1, 2.5, -3]}", "{\"n\":[1,2.5,-3]}");
}
END_TEST

START_TEST(test_number_grammar)
{
	size_t ls, le;

	/* Not JSON numbers: no result. */
	ck_assert_ptr_null(extract("{\"a\": 01}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": 1.}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": .5}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": +1}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": 1e}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": 0x10}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": -}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": NaNx}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": 1,}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": [1,]}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": \"x\ty\"}", &ls, &le)); /* raw control char */
	ck_assert_ptr_null(extract("{\"a\": \"\\q\"}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": \"\\u12\"}", &ls, &le));
}
END_TEST

START_TEST(test_number_value_for_readers)
{
	size_t ls, le;
	cJSON *j = extract("{\"b\": 2, \"c\": 2.5}", &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert_int_eq(cJSON_GetObjectItem(j, "b")->valueint, 2);
	ck_assert(cJSON_GetObjectItem(j, "c")->valuedouble == 2.5);
	cJSON_Delete(j);
}
END_TEST

START_TEST(test_string_nul_kept)
{
	assert_printed("{\"s\": \"abc\\u0000def\"}", "{\"s\":\"abc\\u0000def\"}");
	/* Other escapes are normalised, the value is the same. */
	assert_printed("{\"s\": \"\\u0041\\/\\u00e9\\ud83d\\ude00\\n\"}",
		       "{\"s\":\"A/\xc3\xa9\xf0\x9f\x98\x80\\n\"}");
	/* A NUL in a key: the object is kept whole. */
	assert_printed("{\"k\\u0000x\": 1, \"k\": [true, null]}",
		       "{\"k\\u0000x\":1,\"k\":[true,null]}");
	/* A lone surrogate (Python writes one for such a str) is U+FFFD. */
	assert_printed("{\"s\": \"a\\ud800b\\udc00\"}", "{\"s\":\"a\xef\xbf\xbd"
							"b\xef\xbf\xbd\"}");
}
END_TEST

START_TEST(test_duplicate_keys_last_wins)
{
	/* As Python's json.loads: the first key's place, the last value. */
	assert_printed("{\"a\": 1, \"b\": 2, \"a\": 3}", "{\"a\":3,\"b\":2}");
	assert_printed("{\"x\": {\"y\": 1, \"y\": {\"z\": 0}}, \"x\": {\"y\": 2, \"y\": 5}}",
		       "{\"x\":{\"y\":5}}");
	assert_printed("{\"x\": [1], \"y\": 0, \"x\": {\"a\": 2}, \"x\": [3], \"x\": \"last\"}",
		       "{\"x\":\"last\",\"y\":0}");
	assert_printed("{\"a\\u0000\": 1, \"a\\u0000\": 2, \"a\": 3}", "{\"a\\u0000\":2,\"a\":3}");
}
END_TEST

START_TEST(test_invalid_utf8_line_passed_over)
{
	/* Bytes that are not UTF-8 in a line: not a result (the earlier one is). */
	assert_printed("{\"ok\": 1}\n{\"s\": \"\xc3\x28\"}\n", "{\"ok\":1}");
	assert_printed("{\"ok\": 1}\n{\"s\": \"\xed\xa0\x80\"}\n", "{\"ok\":1}");
}
END_TEST

START_TEST(test_nesting_bound)
{
	char s[4 * SX_RESULT_MAX_DEPTH + 16], *p = s;
	size_t ls, le;
	cJSON *j;

	/* SX_RESULT_MAX_DEPTH levels, the object included, are accepted... */
	*p++ = '{';
	p += sprintf(p, "\"a\":");
	for (int i = 1; i < SX_RESULT_MAX_DEPTH; i++)
		*p++ = '[';
	for (int i = 1; i < SX_RESULT_MAX_DEPTH; i++)
		*p++ = ']';
	strcpy(p, "}");
	j = extract(s, &ls, &le);
	ck_assert_ptr_nonnull(j);
	cJSON_Delete(j);
	/* ...one more is not. */
	p = s;
	p += sprintf(p, "{\"a\":");
	for (int i = 0; i < SX_RESULT_MAX_DEPTH; i++)
		*p++ = '[';
	for (int i = 0; i < SX_RESULT_MAX_DEPTH; i++)
		*p++ = ']';
	strcpy(p, "}");
	ck_assert_ptr_null(extract(s, &ls, &le));
}
END_TEST

/* \f and \v are not JSON white space: a line they wrap is not the result,
 * the valid line before it is. */
START_TEST(test_only_json_white_space)
{
	static const char out[] = "{\"real\": 1}\n\v\f{\"not_json\": 2}\f\n";
	size_t ls, le;
	cJSON *j = extract(out, &ls, &le);

	ck_assert_ptr_nonnull(j);
	ck_assert_ptr_nonnull(cJSON_GetObjectItem(j, "real"));
	ck_assert_uint_eq(ls, 0);
	cJSON_Delete(j);
	ck_assert_ptr_null(extract("{\"a\": \f1}", &ls, &le));
	ck_assert_ptr_null(extract("{\"a\": 1}\v", &ls, &le));
	j = extract(" \t{\"a\": 1}\r \n", &ls, &le);
	ck_assert_ptr_nonnull(j);
	cJSON_Delete(j);
}
END_TEST

/* Work is counted as the bytes cJSON allocates (the parser's trees and the
 * raw text of NUL-keyed objects come from it). */
static size_t allocated;

static void *counting_malloc(size_t n)
{
	allocated += n;
	return malloc(n);
}

/* Objects with NUL keys nested DEPTH deep around a long string: the raw
 * text is built once, not once per level (which was depth x length). */
START_TEST(test_nul_keys_linear)
{
	enum { DEPTH = SX_RESULT_MAX_DEPTH - 1, LONG = 200000 };
	cJSON_Hooks hooks = {counting_malloc, free};
	size_t n = DEPTH * 12 + LONG + 2 + DEPTH + 1, ls, le;
	char *line = malloc(n + 1), *p = line, *text;
	cJSON *j;

	for (int i = 0; i < DEPTH; i++)
		p += sprintf(p, "{\"\\u0000\": ");
	*p++ = '"';
	memset(p, 'x', LONG);
	p += LONG;
	*p++ = '"';
	memset(p, '}', DEPTH);
	p += DEPTH;
	*p++ = '\n';
	*p = '\0';
	n = (size_t)(p - line);
	cJSON_InitHooks(&hooks);
	allocated = 0;
	j = sx_result_extract(line, n, &ls, &le);
	ck_assert_ptr_nonnull(j);
	/* A few times the line, where the old way took DEPTH times. */
	ck_assert_uint_lt(allocated, 8 * n);
	cJSON_InitHooks(NULL);
	ck_assert(cJSON_IsRaw(j));
	text = cJSON_PrintUnformatted(j);
	ck_assert_uint_eq(strlen(text), n - 1 - DEPTH); /* one space less a level */
	ck_assert_int_eq(memcmp(text, "{\"\\u0000\":{\"\\u0000\":", 20), 0);
	free(text);
	cJSON_Delete(j);
	free(line);
}
END_TEST

/* A NUL-keyed object inside an ordinary one, and one inside an array: each
 * outermost one becomes raw text, everything else stays a tree. */
START_TEST(test_nul_keys_mixed)
{
	assert_printed("{\"a\": [1, {\"\\u0000\": {\"b\": \"\\u0000\", \"c\": [true]}}], "
		       "\"d\": {\"k\\u0000\": 1, \"k\\u0000\": 2, \"e\": null}}",
		       "{\"a\":[1,{\"\\u0000\":{\"b\":\"\\u0000\",\"c\":[true]}}],"
		       "\"d\":{\"k\\u0000\":2,\"e\":null}}");
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
	tcase_add_test(tc, test_numbers_exact);
	tcase_add_test(tc, test_number_grammar);
	tcase_add_test(tc, test_number_value_for_readers);
	tcase_add_test(tc, test_string_nul_kept);
	tcase_add_test(tc, test_duplicate_keys_last_wins);
	tcase_add_test(tc, test_invalid_utf8_line_passed_over);
	tcase_add_test(tc, test_nesting_bound);
	tcase_add_test(tc, test_only_json_white_space);
	tcase_add_test(tc, test_nul_keys_linear);
	tcase_add_test(tc, test_nul_keys_mixed);
	suite_add_tcase(s, tc);
	return s;
}
