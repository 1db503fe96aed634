#include <string.h>

#include "check-main.h"
#include "outcome.h"
#include "report.h"

START_TEST(test_exit_codes)
{
	ck_assert_int_eq(sx_status_exit_code(SX_OK, 0), 0);
	ck_assert_int_eq(sx_status_exit_code(SX_STRATEGY_ERROR, 0), 1);
	ck_assert_int_eq(sx_status_exit_code(SX_USAGE_ERROR, 0), 2);
	ck_assert_int_eq(sx_status_exit_code(SX_CONFIG_ERROR, 0), 3);
	ck_assert_int_eq(sx_status_exit_code(SX_REJECTED, 0), 4);
	ck_assert_int_eq(sx_status_exit_code(SX_NO_RESULT, 0), 5);
	ck_assert_int_eq(sx_status_exit_code(SX_SANDBOX_UNAVAILABLE, 0), 6);
	ck_assert_int_eq(sx_status_exit_code(SX_OUTPUT_LIMIT, 0), 7);
	ck_assert_int_eq(sx_status_exit_code(SX_OOM, 0), 8);
	ck_assert_int_eq(sx_status_exit_code(SX_TIMEOUT, 0), 124);
	ck_assert_int_eq(sx_status_exit_code(SX_INTERRUPTED, 15), 143);
	ck_assert_int_eq(sx_status_exit_code(SX_INTERRUPTED, 2), 130);
	ck_assert_int_eq(sx_status_exit_code(SX_INPUT_ERROR, 0), 66);
	ck_assert_int_eq(sx_status_exit_code(SX_INTERNAL_ERROR, 0), 70);
	ck_assert_str_eq(sx_status_name(SX_SANDBOX_UNAVAILABLE), "sandbox_unavailable");
	ck_assert_str_eq(sx_status_name(SX_NO_RESULT), "no_result");
	ck_assert_str_eq(sx_status_name((enum sx_status)999), "internal_error");
}
END_TEST

static enum sx_status classify(struct sx_run_facts f)
{
	return sx_classify(&f);
}

START_TEST(test_classify)
{
	/* The docker CLI is missing. */
	ck_assert_int_eq(classify((struct sx_run_facts){ .spawn_errno = 2 }),
			 SX_SANDBOX_UNAVAILABLE);
	/* docker failed before the interpreter started: 125, 126, 127, anything. */
	for (int code = 0; code < 256; code++)
		ck_assert_int_eq(classify((struct sx_run_facts){ .exited = true, .exit_code = code }),
				 SX_SANDBOX_UNAVAILABLE);
	/* Once the script ran, 125/126/127 are the script's own. */
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true, .exited = true,
							 .exit_code = 125 }),
			 SX_STRATEGY_ERROR);
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true, .exited = true,
							 .exit_code = 127 }),
			 SX_STRATEGY_ERROR);
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true, .exited = true,
							 .exit_code = 0, .result_found = true }),
			 SX_OK);
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true, .exited = true }),
			 SX_NO_RESULT);
	/* Our own stops win over the exit status they caused. */
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true, .exited = true,
							 .exit_code = 137,
							 .stopped = SX_STOP_DEADLINE }),
			 SX_TIMEOUT);
	ck_assert_int_eq(classify((struct sx_run_facts){ .stopped = SX_STOP_DEADLINE }),
			 SX_TIMEOUT);
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true, .exited = true,
							 .exit_code = 0, .result_found = true,
							 .stopped = SX_STOP_OUTPUT }),
			 SX_OUTPUT_LIMIT);
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true,
							 .stopped = SX_STOP_SIGNAL }),
			 SX_INTERRUPTED);
	ck_assert_int_eq(classify((struct sx_run_facts){ .started = true, .term_signal = 9 }),
			 SX_INTERNAL_ERROR);
}
END_TEST

START_TEST(test_report)
{
	cJSON *result = cJSON_Parse("{\"sharpe\": 1.5}");
	struct sx_report r = {
		.status = SX_OK, .mode = "docker", .sandboxed = true, .has_exit_code = true,
		.exit_code = 0, .duration_ms = 812, .strategy = "s.py", .sha256 = "ab",
		.result = result, .stdout_text = "bad \xff byte\n", .stdout_len = 11,
		.container = "sandexec-1", .run_id = "1", .has_iteration = true, .iteration = 7,
	};
	char *text = sx_report_render(&r);
	cJSON *j = cJSON_Parse(text);

	ck_assert_ptr_nonnull(j);
	ck_assert_ptr_null(strchr(text, '\n'));
	ck_assert_str_eq(cJSON_GetObjectItem(j, "status")->valuestring, "ok");
	ck_assert_str_eq(cJSON_GetObjectItem(j, "mode")->valuestring, "docker");
	ck_assert(cJSON_IsFalse(cJSON_GetObjectItem(j, "fallback")));
	ck_assert(cJSON_IsTrue(cJSON_GetObjectItem(j, "sandboxed")));
	ck_assert_int_eq(cJSON_GetObjectItem(j, "exit_code")->valueint, 0);
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(j, "signal")));
	ck_assert_int_eq(cJSON_GetObjectItem(j, "duration_ms")->valueint, 812);
	ck_assert_double_eq(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "result"), "sharpe")->valuedouble, 1.5);
	ck_assert(cJSON_IsArray(cJSON_GetObjectItem(j, "violations")));
	ck_assert_str_eq(cJSON_GetObjectItem(j, "stdout")->valuestring, "bad \xef\xbf\xbd byte\n");
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(j, "error")));
	ck_assert_int_eq(cJSON_GetObjectItem(j, "iteration")->valueint, 7);
	ck_assert_ptr_nonnull(cJSON_GetObjectItem(j, "sandexec"));
	cJSON_Delete(j);
	cJSON_free(text);
	cJSON_Delete(result);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("outcome");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_exit_codes);
	tcase_add_test(tc, test_classify);
	tcase_add_test(tc, test_report);
	suite_add_tcase(s, tc);
	return s;
}
