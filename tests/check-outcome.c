#include <stdio.h>
#include <string.h>

#include "check-main.h"
#include "outcome.h"
#include "report.h"
#include "run.h"
#include "bootstrap.h"
#include <stdlib.h>

START_TEST(test_exit_codes)
{
	ck_assert_int_eq(sx_outcome_exit_code(SX_OK, 0), 0);
	ck_assert_int_eq(sx_outcome_exit_code(SX_STRATEGY_ERROR, 0), 1);
	ck_assert_int_eq(sx_outcome_exit_code(SX_USAGE_ERROR, 0), 2);
	ck_assert_int_eq(sx_outcome_exit_code(SX_CONFIG_ERROR, 0), 3);
	ck_assert_int_eq(sx_outcome_exit_code(SX_REJECTED, 0), 4);
	ck_assert_int_eq(sx_outcome_exit_code(SX_NO_RESULT, 0), 5);
	ck_assert_int_eq(sx_outcome_exit_code(SX_SANDBOX_UNAVAILABLE, 0), 6);
	ck_assert_int_eq(sx_outcome_exit_code(SX_OUTPUT_LIMIT, 0), 7);
	ck_assert_int_eq(sx_outcome_exit_code(SX_OOM, 0), 8);
	ck_assert_int_eq(sx_outcome_exit_code(SX_TIMEOUT, 0), 124);
	ck_assert_int_eq(sx_outcome_exit_code(SX_INTERRUPTED, 15), 143);
	ck_assert_int_eq(sx_outcome_exit_code(SX_INTERRUPTED, 2), 130);
	ck_assert_int_eq(sx_outcome_exit_code(SX_INPUT_ERROR, 0), 66);
	ck_assert_int_eq(sx_outcome_exit_code(SX_INTERNAL_ERROR, 0), 70);
	ck_assert_str_eq(sx_outcome_status_name(SX_SANDBOX_UNAVAILABLE), "sandbox_unavailable");
	ck_assert_str_eq(sx_outcome_status_name(SX_NO_RESULT), "no_result");
	ck_assert_str_eq(sx_outcome_status_name((enum sx_status)999), "internal_error");
}
END_TEST

static enum sx_status classify(struct sx_run_facts f)
{
	return sx_outcome_classify(&f);
}

START_TEST(test_classify)
{
	/* The docker CLI is missing. */
	ck_assert_int_eq(classify((struct sx_run_facts){.spawn_errno = 2}), SX_SANDBOX_UNAVAILABLE);
	/* docker failed before the interpreter started: 125, 126, 127, anything. */
	for (int code = 0; code < 256; code++)
		ck_assert_int_eq(classify((struct sx_run_facts){.exited = true, .exit_code = code}),
				 SX_SANDBOX_UNAVAILABLE);
	/* Once the script ran, 125/126/127 are the script's own. */
	ck_assert_int_eq(
	    classify((struct sx_run_facts){.started = true, .exited = true, .exit_code = 125}),
	    SX_STRATEGY_ERROR);
	ck_assert_int_eq(
	    classify((struct sx_run_facts){.started = true, .exited = true, .exit_code = 127}),
	    SX_STRATEGY_ERROR);
	ck_assert_int_eq(
	    classify((struct sx_run_facts){
		.started = true, .exited = true, .exit_code = 0, .result_found = true}),
	    SX_OK);
	ck_assert_int_eq(classify((struct sx_run_facts){.started = true, .exited = true}),
			 SX_NO_RESULT);
	/* Our own stops win over the exit status they caused. */
	ck_assert_int_eq(
	    classify((struct sx_run_facts){
		.started = true, .exited = true, .exit_code = 137, .stopped = SX_STOP_DEADLINE}),
	    SX_TIMEOUT);
	ck_assert_int_eq(classify((struct sx_run_facts){.stopped = SX_STOP_DEADLINE}), SX_TIMEOUT);
	ck_assert_int_eq(classify((struct sx_run_facts){.started = true,
							.exited = true,
							.exit_code = 0,
							.result_found = true,
							.stopped = SX_STOP_OUTPUT}),
			 SX_OUTPUT_LIMIT);
	ck_assert_int_eq(
	    classify((struct sx_run_facts){.started = true, .stopped = SX_STOP_SIGNAL}),
	    SX_INTERRUPTED);
	ck_assert_int_eq(classify((struct sx_run_facts){.started = true, .term_signal = 9}),
			 SX_INTERNAL_ERROR);
}
END_TEST

START_TEST(test_report)
{
	cJSON *result = cJSON_Parse("{\"sharpe\": 1.5}");
	struct sx_outcome o = {
	    .status = SX_OK,
	    .mode = SX_MODE_DOCKER,
	    .has_exit_code = true,
	    .exit_code = 0,
	    .duration_ms = 812,
	    .result = result,
	    .stdout_text = "bad \xff byte\n",
	    .stdout_len = 11,
	    .container = "sandexec-1",
	    .run_id = "1",
	};
	struct sx_report r = {
	    .o = &o,
	    .strategy = "s.py",
	    .sha256 = "ab",
	    .has_iteration = true,
	    .iteration = 7,
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
	ck_assert_double_eq(
	    cJSON_GetObjectItem(cJSON_GetObjectItem(j, "result"), "sharpe")->valuedouble, 1.5);
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

#define N "0123456789abcdef0123456789abcdef"

/* A finished run as the proc layer would hand it over. */
static void from_proc(const char *out, size_t len, bool exited, int code, int sig, bool via_init,
		      struct sx_outcome *o)
{
	struct sx_config cfg;
	struct sx_proc_result res = {.exited = exited, .exit_code = code, .term_signal = sig};

	sx_config_init(&cfg);
	/* The outcome takes the capture buffer over, as from sx_proc_run(). */
	res.out = malloc(len + 1);
	memcpy(res.out, out, len);
	res.out[len] = '\0';
	res.out_len = len;
	res.err_head = "";
	memset(o, 0, sizeof *o);
	o->mode = via_init ? SX_MODE_DOCKER : SX_MODE_DIRECT;
	if (via_init)
		memcpy(o->nonce, N, SX_NONCE_LEN + 1);
	sx_run_outcome_from_proc(&cfg, &res, via_init, "docker", o);
	free(res.out);
	sx_config_free(&cfg);
}

#define S SX_START_MARKER
#define E SX_END_MARKER N " "

START_TEST(test_from_proc_docker)
{
	static const char ok[] = S "log\n{\"a\": 1}\n" E "exit 0\n";
	static const char code3[] = S E "exit 3\n";
	static const char sig9[] = S "partial" E "signal 9\n";
	static const char oom[] = S E "oom\n";
	static const char forged[] = S SX_END_MARKER "oom\n"
						     "more\n" E "exit 0\n";
	static const char wrong_nonce[] =
	    S "{\"a\": 1}\n" SX_END_MARKER "0123456789abcdef0123456789abcdeX exit 0\n";
	static const char no_newline[] = S "log\n{\"a\": 1}" E "exit 0\n";
	static const char partial_oom[] = S "progress" E "oom\n";
	static const char partial_sig[] = S "progress" E "signal 11\n";
	static const char forged_last[] = S SX_END_MARKER "exit 0\n" E "exit 3\n";
	static const char nostart[] = "docker: Error\n";
	struct sx_outcome o;

	from_proc(ok, sizeof ok - 1, true, 0, 0, true, &o);
	ck_assert_int_eq(o.status, SX_OK);
	ck_assert_str_eq(o.stdout_text, "log\n");
	ck_assert_int_eq(cJSON_GetObjectItem(o.result, "a")->valueint, 1);
	ck_assert(o.has_exit_code && o.exit_code == 0 && o.signal == 0);
	sx_outcome_free(&o);

	from_proc(code3, sizeof code3 - 1, true, 3, 0, true, &o);
	ck_assert_int_eq(o.status, SX_STRATEGY_ERROR);
	ck_assert_int_eq(o.exit_code, 3);
	sx_outcome_free(&o);

	/* A death by signal is told from an exit with 128+N. */
	from_proc(sig9, sizeof sig9 - 1, true, 137, 0, true, &o);
	ck_assert_int_eq(o.status, SX_STRATEGY_ERROR);
	ck_assert(!o.has_exit_code);
	ck_assert_int_eq(o.signal, 9);
	ck_assert_str_eq(o.stdout_text, "partial");
	sx_outcome_free(&o);

	from_proc(oom, sizeof oom - 1, true, 137, 0, true, &o);
	ck_assert_int_eq(o.status, SX_OOM);
	ck_assert_int_eq(o.signal, 9);
	ck_assert_int_eq(sx_outcome_exit_code(o.status, 0), 8);
	sx_outcome_free(&o);

	/* Only the very last line counts. */
	from_proc(forged, sizeof forged - 1, true, 0, 0, true, &o);
	ck_assert_int_eq(o.status, SX_NO_RESULT);
	sx_outcome_free(&o);

	/* A trailer without this run's nonce is the script's output, and
	 * an exit 0 without the real one is not a success. */
	from_proc(wrong_nonce, sizeof wrong_nonce - 1, true, 0, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	ck_assert_ptr_null(o.result);
	ck_assert_ptr_nonnull(strstr(o.stdout_text, "sandexec-end"));
	sx_outcome_free(&o);

	/* The trailer is found whatever the script's last bytes were. */
	from_proc(no_newline, sizeof no_newline - 1, true, 0, 0, true, &o);
	ck_assert_int_eq(o.status, SX_OK);
	ck_assert_str_eq(o.stdout_text, "log\n");
	ck_assert_int_eq(cJSON_GetObjectItem(o.result, "a")->valueint, 1);
	sx_outcome_free(&o);

	from_proc(partial_oom, sizeof partial_oom - 1, true, 137, 0, true, &o);
	ck_assert_int_eq(o.status, SX_OOM);
	ck_assert_str_eq(o.stdout_text, "progress");
	sx_outcome_free(&o);

	from_proc(partial_sig, sizeof partial_sig - 1, true, 139, 0, true, &o);
	ck_assert_int_eq(o.status, SX_STRATEGY_ERROR);
	ck_assert_int_eq(o.signal, 11);
	sx_outcome_free(&o);

	/* A nonce-less copy before the real trailer stays in stdout. */
	from_proc(forged_last, sizeof forged_last - 1, true, 3, 0, true, &o);
	ck_assert_int_eq(o.status, SX_STRATEGY_ERROR);
	ck_assert_int_eq(o.exit_code, 3);
	ck_assert_str_eq(o.stdout_text, SX_END_MARKER "exit 0\n");
	sx_outcome_free(&o);

	/* No end line (the supervisor was killed, or failed): how the script
	 * ended is unknown; the container's status is never taken for the
	 * script's. */
	from_proc(S, sizeof S - 1, true, 137, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	ck_assert(!o.has_exit_code && o.signal == 0);
	ck_assert_ptr_nonnull(strstr(o.error, "without its trailer (exit 137, signal 9)"));
	ck_assert_ptr_nonnull(strstr(o.error, "unknown"));
	sx_outcome_free(&o);
	from_proc(S "x\n", sizeof S + 1, true, 3, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	ck_assert_ptr_nonnull(strstr(o.error, "(exit 3)"));
	ck_assert_str_eq(o.stdout_text, "x\n");
	sx_outcome_free(&o);
	from_proc(S "{\"a\": 1}\n", sizeof S + 8, true, 0, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	ck_assert_ptr_null(o.result);
	sx_outcome_free(&o);
	from_proc(S, sizeof S - 1, true, SX_SUPERVISOR_FAILED, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	ck_assert_ptr_nonnull(strstr(o.error, "the supervisor failed"));
	sx_outcome_free(&o);

	/* A trailer the container's exit status does not match is not
	 * believed (a script that learnt the nonce and killed PID 1). */
	from_proc(ok, sizeof ok - 1, true, 137, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	ck_assert_ptr_null(o.result);
	ck_assert_ptr_nonnull(strstr(o.error, "(exit 0) does not match"));
	sx_outcome_free(&o);
	from_proc(oom, sizeof oom - 1, true, 0, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	sx_outcome_free(&o);
	from_proc(code3, sizeof code3 - 1, true, 4, 0, true, &o);
	ck_assert_int_eq(o.status, SX_INTERNAL_ERROR);
	sx_outcome_free(&o);

	from_proc(nostart, sizeof nostart - 1, true, 125, 0, true, &o);
	ck_assert_int_eq(o.status, SX_SANDBOX_UNAVAILABLE);
	ck_assert_ptr_null(o.stdout_text);
	sx_outcome_free(&o);
}
END_TEST

START_TEST(test_from_proc_direct)
{
	static const char sig[] = S "x\n";
	static const char endline[] = S E "oom\n";
	struct sx_outcome o;

	from_proc(sig, sizeof sig - 1, false, 0, 11, false, &o);
	ck_assert_int_eq(o.status, SX_STRATEGY_ERROR);
	ck_assert_int_eq(o.signal, 11);
	ck_assert(!o.has_exit_code);
	sx_outcome_free(&o);

	/* Without a supervisor an end line is just the script's output. */
	from_proc(endline, sizeof endline - 1, true, 0, 0, false, &o);
	ck_assert_int_eq(o.status, SX_NO_RESULT);
	sx_outcome_free(&o);
}
END_TEST

START_TEST(test_from_proc_cap)
{
	struct sx_config cfg;
	size_t n = (1 << 20) + 10;
	char *out = malloc(SX_START_MARKER_LEN + n + SX_END_MAX);
	struct sx_proc_result res = {.exited = true};
	struct sx_outcome o = {.mode = SX_MODE_DOCKER};

	sx_config_init(&cfg);
	memcpy(out, S, SX_START_MARKER_LEN);
	memset(out + SX_START_MARKER_LEN, 'x', n);
	memcpy(out + SX_START_MARKER_LEN + n, E "exit 0\n", sizeof(E "exit 0\n") - 1);
	res.out = out;
	res.out_len = SX_START_MARKER_LEN + n + sizeof(E "exit 0\n") - 1;
	memcpy(o.nonce, N, SX_NONCE_LEN + 1);
	res.err_head = "";
	sx_run_outcome_from_proc(&cfg, &res, true, "docker", &o);
	ck_assert_int_eq(o.status, SX_OUTPUT_LIMIT);
	ck_assert_uint_eq(o.stdout_len, 1 << 20);
	ck_assert(o.stdout_truncated);
	ck_assert_ptr_null(res.out); /* taken over, not copied */
	sx_outcome_free(&o);
	sx_config_free(&cfg);
}
END_TEST

/* The report's stdout is escaped piece by piece (sx_report_emit): the
 * same text as sx_json_quote() of the whole, across the emitter's 64 KiB
 * pieces, for every byte value (NUL as \u0000) and broken sequences. */
START_TEST(test_report_streamed_stdout)
{
	size_t n = 3 * 65536 + 7, len;
	char *raw = malloc(n), *want, *text;
	struct sx_outcome o = {.status = SX_OK};
	struct sx_report r = {.o = &o};
	cJSON *s2;
	const char *at;

	for (size_t i = 0; i < n; i++)
		raw[i] = (char)(i * 7 + i / 256);
	memcpy(raw + 65530, "\xe2\x82\xac\xf0\x9f\x98\x80\xc3", 9);
	o.stdout_text = raw;
	o.stdout_len = n;
	want = sx_json_quote(raw, n);
	text = sx_report_render(&r);
	at = strstr(text, ",\"stdout\":\"");
	ck_assert_ptr_nonnull(at);
	at += strlen(",\"stdout\":");
	len = strlen(want);
	ck_assert_int_eq(memcmp(at, want, len), 0);
	ck_assert_int_eq(at[len], ',');
	s2 = cJSON_Parse(text);
	ck_assert_ptr_nonnull(s2);
	cJSON_Delete(s2);
	free(text);
	free(want);
	free(raw);
}
END_TEST

/* The result is streamed too (sx_report_emit): the same text as cJSON's
 * printing of the tree, nested containers, every kind of leaf, escapes,
 * and a string longer than the emitter's pieces. */
START_TEST(test_report_streamed_result)
{
	static const char json[] =
	    "{\"a\": [1, -0.5, 1e300, 0.1, -0, 123456789012, true, false, null, [], {}],"
	    " \"k\\\"ey\\n\": {\"s\": \"t\\u00e9\\u2028\\t\\u0001/\\\\\", \"n\": [[[\"x\"]]]},"
	    " \"empty\": \"\"}";
	cJSON *tree = cJSON_Parse(json), *parsed;
	char *big = malloc(200001), *want, *text;
	struct sx_outcome o = {.status = SX_OK};
	struct sx_report r = {.o = &o};
	const char *at;
	size_t len;

	ck_assert_ptr_nonnull(tree);
	memset(big, 'z', 200000);
	big[200000] = '\0';
	big[70000] = '"';
	cJSON_AddStringToObject(tree, "big", big);
	o.result = tree;
	want = cJSON_PrintUnformatted(tree);
	text = sx_report_render(&r);
	at = strstr(text, ",\"result\":");
	ck_assert_ptr_nonnull(at);
	at += strlen(",\"result\":");
	len = strlen(want);
	ck_assert_int_eq(memcmp(at, want, len), 0);
	ck_assert_int_eq(strncmp(at + len, ",\"violations\":[],", 17), 0);
	parsed = cJSON_Parse(text);
	ck_assert_ptr_nonnull(parsed);
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(parsed, "stdout")));
	cJSON_Delete(parsed);
	free(text);
	cJSON_free(want);
	cJSON_Delete(tree);
	free(big);
}
END_TEST

#define X SX_EXC_MARKER

/* The exception record: only whole, only last, %XX decoded (NUL kept). */
START_TEST(test_exc_take)
{
	static const char *const bad[] = {
	    "x" X "5 T m",	      /* no newline at the end */
	    "x" X "5 T m\nmore\n",    /* not the last bytes */
	    "x" X "5 T m x\n",	      /* a raw space in the message */
	    "x" X "5 T\n",	      /* no message field */
	    "x" X "5  m\n",	      /* an empty type */
	    "x" X "5a T m\n",	      /* not a number */
	    "x" X "1234567890 T m\n", /* too many digits */
	    "x" X "5 T m%2\n",	      /* a cut escape */
	    "x" X "5 T m%zz\n",	      /* not hex */
	    "x" X "5 T m\r\n",	      /* fine: \r is the message's */
	};
	static const char good[] = "out\n" X "12 my%20Err a%00b%25%0Ac%C3\xa9\n";
	struct sx_exception x;
	size_t len;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		len = strlen(bad[i]);
		ck_assert_msg(sx_bootstrap_exc_take(bad[i], &len, &x) == (i == 9), "case %zu", i);
		if (i == 9) {
			ck_assert_uint_eq(len, 1);
			ck_assert_mem_eq(x.message, "m\r", 3);
		} else {
			ck_assert_uint_eq(len, strlen(bad[i]));
		}
		sx_bootstrap_exception_free(&x);
	}
	len = sizeof good - 1;
	ck_assert(sx_bootstrap_exc_take(good, &len, &x));
	ck_assert_uint_eq(len, 4); /* "out\n": the record's own newline is cut */
	ck_assert_int_eq(x.line, 12);
	ck_assert_str_eq(x.type, "my Err");
	ck_assert_uint_eq(x.message_len, 8);
	ck_assert_mem_eq(x.message, "a\0b%\nc\xc3\xa9", 8);
	sx_bootstrap_exception_free(&x);
	len = sizeof(X "- T m\n") - 1;
	ck_assert(sx_bootstrap_exc_take(X "- T m\n", &len, &x));
	ck_assert_int_eq(x.line, 0);
	sx_bootstrap_exception_free(&x);
}
END_TEST

/* After a failure the record becomes the exception and leaves stdout;
 * after exit 0 it is the script's output like any other line. */
START_TEST(test_from_proc_exception)
{
	static const char fail[] = S "before\n" X "3 ValueError bad\n" E "exit 1\n";
	static const char ok[] = S "{\"a\": 1}\n" X "3 ValueError bad\n" E "exit 0\n";
	static const char direct[] = S "x" X "- KeyboardInterrupt \n";
	struct sx_outcome o;

	from_proc(fail, sizeof fail - 1, true, 1, 0, true, &o);
	ck_assert_int_eq(o.status, SX_STRATEGY_ERROR);
	ck_assert(o.has_exception);
	ck_assert_str_eq(o.exception.type, "ValueError");
	ck_assert_int_eq(o.exception.line, 3);
	ck_assert_str_eq(o.stdout_text, "before\n");
	ck_assert_str_eq(o.error, "the script exited with status 1 after an uncaught ValueError "
				  "at line 3");
	sx_outcome_free(&o);
	from_proc(ok, sizeof ok - 1, true, 0, 0, true, &o);
	ck_assert_int_eq(o.status, SX_OK);
	ck_assert(!o.has_exception);
	ck_assert_ptr_nonnull(strstr(o.stdout_text, "sandexec-exception"));
	sx_outcome_free(&o);
	from_proc(direct, sizeof direct - 1, false, 0, 2, false, &o);
	ck_assert(o.has_exception && o.exception.message_len == 0);
	ck_assert_str_eq(o.error,
			 "the script died of signal 2 after an uncaught KeyboardInterrupt");
	ck_assert_str_eq(o.stdout_text, "x");
	sx_outcome_free(&o);
}
END_TEST

/* stderr_tail and the exception's text are the script's bytes: NUL as
 * \u0000, a broken sequence as U+FFFD, in the report and the event's
 * object alike. */
START_TEST(test_report_tail_and_exception)
{
	struct sx_exception x = {
	    .type = "E", .type_len = 1, .message = "a\0b", .message_len = 3, .line = 4};
	struct sx_outcome o = {.status = SX_STRATEGY_ERROR,
			       .stderr_tail = "t\0\xff\n",
			       .stderr_tail_len = 4,
			       .has_exception = true,
			       .exception = x};
	struct sx_report r = {.o = &o};
	char *text = sx_report_render(&r), *ev;
	cJSON *j = cJSON_CreateObject();

	ck_assert_ptr_nonnull(strstr(text,
				     ",\"stderr_tail\":\"t\\u0000\xef\xbf\xbd\\n\","
				     "\"exception\":{\"type\":\"E\",\"message\":\"a\\u0000b\","
				     "\"line\":4}}"));
	free(text);
	o.has_exception = false;
	o.stderr_tail = NULL;
	text = sx_report_render(&r);
	ck_assert_ptr_nonnull(strstr(text, ",\"stderr_tail\":null,\"exception\":null}"));
	free(text);
	cJSON_AddItemToObject(j, "exception", sx_report_exception_json(&x));
	sx_report_add_stderr_tail(j, "t\0", 2);
	ev = sx_json_print(j);
	ck_assert_str_eq(ev, "{\"exception\":{\"type\":\"E\",\"message\":\"a\\u0000b\",\"line\":4},"
			     "\"stderr_tail\":\"t\\u0000\"}");
	free(ev);
	cJSON_Delete(j);
}
END_TEST

/* --format text: the exception on one line and the last lines of the
 * tail, escaped; nothing for a success. */
START_TEST(test_failure_text)
{
	struct sx_exception x = {
	    .type = "E", .type_len = 1, .message = "two\nlines", .message_len = 9, .line = 7};
	char tail[400] = "";
	struct sx_outcome o = {.status = SX_STRATEGY_ERROR, .has_exception = true, .exception = x};
	struct sx_report r = {.o = &o};
	char *t;

	for (int i = 0; i < 15; i++)
		sprintf(tail + strlen(tail), "line %d\x1b\n", i);
	o.stderr_tail = tail;
	o.stderr_tail_len = strlen(tail);
	t = sx_report_failure_text(&r);
	ck_assert_str_eq(t,
			 "\nexception: E: two\\nlines (line 7)\nstderr (last lines):"
			 "\n  | line 5\\x1b\n  | line 6\\x1b\n  | line 7\\x1b\n  | line 8\\x1b"
			 "\n  | line 9\\x1b\n  | line 10\\x1b\n  | line 11\\x1b\n  | line 12\\x1b"
			 "\n  | line 13\\x1b\n  | line 14\\x1b");
	free(t);
	o.status = SX_OK;
	t = sx_report_failure_text(&r);
	ck_assert_str_eq(t, "");
	free(t);
}
END_TEST

/* The trailer's usage part: four bounded numbers after END, strictly. */
START_TEST(test_trailer_usage)
{
	static const char *const bad[] = {
	    "exit 0 usage 1 2 3\n",		  /* three numbers */
	    "exit 0 usage 1 2 3 4 5\n",		  /* five */
	    "exit 0 usage 1  2 3 4\n",		  /* two spaces */
	    "exit 0 usage 1 2 3 4 \n",		  /* trailing space */
	    "exit 0 usage -1 2 3 4\n",		  /* a sign */
	    "exit 0 usage 1 2 3 x\n",		  /* not a number */
	    "exit 0 usage 1 2 3 1234567890123\n", /* 13 digits */
	    "exit 0 usage \n",
	    "exit 0 usag 1 2 3 4\n",
	    "exit 0usage 1 2 3 4\n",
	    "usage 1 2 3 4\n", /* no END */
	    "exit 0 usage 1 2 3 4 usage 1 2 3 4\n",
	};
	static const char good[] =
	    "signal 64 usage 999999999999 999999999999 999999999999 999999999999\n";
	char buf[256];
	struct sx_script_end e;
	struct sx_outcome o;
	size_t len;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		len = (size_t)snprintf(buf, sizeof buf, "out%s%s %s", SX_END_MARKER, N, bad[i]);
		ck_assert_msg(!sx_bootstrap_end_take(buf, &len, N, &e), "%s", bad[i]);
	}
	/* The longest trailer fits SX_END_MAX, which the parser scans back. */
	len = (size_t)snprintf(buf, sizeof buf, "out%s%s %s", SX_END_MARKER, N, good);
	ck_assert_uint_eq(len - 3, SX_END_MAX);
	ck_assert(sx_bootstrap_end_take(buf, &len, N, &e));
	ck_assert_uint_eq(len, 3);
	ck_assert(e.sig == 64 && e.usage.has_rusage && e.usage.has_wall);
	ck_assert(e.usage.cpu_user_ms == 999999999999 && e.usage.wall_ms == 999999999999);
	/* One byte more is out of reach. */
	len = (size_t)snprintf(
	    buf, sizeof buf, "out%s%s %s", SX_END_MARKER, N,
	    "signal 64 usage 999999999999 999999999999 999999999999 0999999999999\n");
	ck_assert(!sx_bootstrap_end_take(buf, &len, N, &e));

	/* Through the outcome: the supervisor's numbers, the wall time too. */
	{
		static const char ok[] = S "{\"a\": 1}\n" E "exit 0 usage 1500 20 204800 1600\n";
		static const char old[] = S "{\"a\": 1}\n" E "exit 0\n";

		from_proc(ok, sizeof ok - 1, true, 0, 0, true, &o);
		ck_assert_int_eq(o.status, SX_OK);
		ck_assert(o.usage.has_rusage && o.usage.has_wall);
		ck_assert(o.usage.cpu_user_ms == 1500 && o.usage.cpu_sys_ms == 20 &&
			  o.usage.max_rss_kib == 204800 && o.usage.wall_ms == 1600);
		ck_assert_str_eq(o.stdout_text, "");
		sx_outcome_free(&o);
		/* Without USAGE the trailer still says how the script ended;
		 * what it cost is unknown. */
		from_proc(old, sizeof old - 1, true, 0, 0, true, &o);
		ck_assert_int_eq(o.status, SX_OK);
		ck_assert(!o.usage.has_rusage);
		sx_outcome_free(&o);
	}
	/* Killed by the supervisor at the container's own deadline, or by
	 * the OOM killer: the supervisor outlived the script and reaped it. */
	{
		static const char dl[] = S "x" E "deadline usage 7 8 9 10\n";
		static const char oom[] = S E "oom usage 1 2 65536 3\n";

		from_proc(dl, sizeof dl - 1, true, 137, 0, true, &o);
		ck_assert_int_eq(o.status, SX_TIMEOUT);
		ck_assert(o.usage.has_rusage && o.usage.cpu_user_ms == 7 && o.usage.wall_ms == 10);
		ck_assert_str_eq(o.stdout_text, "x");
		sx_outcome_free(&o);
		from_proc(oom, sizeof oom - 1, true, 137, 0, true, &o);
		ck_assert_int_eq(o.status, SX_OOM);
		ck_assert(o.usage.has_rusage && o.usage.max_rss_kib == 65536);
		sx_outcome_free(&o);
	}
}
END_TEST

/* The report's started_at and usage, known, partly known and unknown. */
START_TEST(test_report_usage)
{
	struct sx_usage full = {.has_rusage = true,
				.cpu_user_ms = 5,
				.cpu_sys_ms = 6,
				.max_rss_kib = 7,
				.has_wall = true,
				.wall_ms = 8};
	struct sx_usage wall = {.has_wall = true, .wall_ms = 9};
	struct sx_outcome o = {
	    .status = SX_OK, .started = true, .started_at_ms = 1795698785120LL, .usage = full};
	struct sx_report r = {.o = &o};
	char *text = sx_report_render(&r);
	cJSON *j = cJSON_Parse(text), *u;

	ck_assert_str_eq(cJSON_GetObjectItem(j, "started_at")->valuestring,
			 "2026-11-26T13:13:05.120Z");
	u = cJSON_GetObjectItem(j, "usage");
	ck_assert_int_eq(cJSON_GetObjectItem(u, "cpu_user_ms")->valueint, 5);
	ck_assert_int_eq(cJSON_GetObjectItem(u, "cpu_sys_ms")->valueint, 6);
	ck_assert_int_eq(cJSON_GetObjectItem(u, "max_rss_kib")->valueint, 7);
	ck_assert_int_eq(cJSON_GetObjectItem(u, "wall_ms")->valueint, 8);
	cJSON_Delete(j);
	free(text);

	o.usage = wall;
	o.started_at_ms = 0;
	text = sx_report_render(&r);
	j = cJSON_Parse(text);
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(j, "started_at")));
	u = cJSON_GetObjectItem(j, "usage");
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(u, "cpu_user_ms")));
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(u, "max_rss_kib")));
	ck_assert_int_eq(cJSON_GetObjectItem(u, "wall_ms")->valueint, 9);
	cJSON_Delete(j);
	free(text);

	o.started = false; /* no usage before the script started */
	text = sx_report_render(&r);
	j = cJSON_Parse(text);
	ck_assert(cJSON_IsNull(cJSON_GetObjectItem(j, "usage")));
	cJSON_Delete(j);
	free(text);
}
END_TEST

START_TEST(test_mode_names)
{
	ck_assert_str_eq(sx_outcome_mode_name(SX_MODE_DOCKER), "docker");
	ck_assert_str_eq(sx_outcome_mode_name(SX_MODE_DIRECT), "direct");
	ck_assert_ptr_null(sx_outcome_mode_name(SX_MODE_NONE));
}
END_TEST

/* The bootstrap's stdin: "LEN\n" SCRIPT "ALEN\n" ARGS [NONCE "\n"], each
 * argument ended by a NUL, empty ones included. */
START_TEST(test_bootstrap_stdin)
{
	char *const args[] = {"--fast", "", "\xc3\xa9"};
	static const char want[] = "5\nprint11\n--fast\0\0\xc3\xa9\0abc\n";
	size_t len;
	char *b = sx_bootstrap_stdin(NULL, "print", 5, args, 3, "abc", &len);

	ck_assert_uint_eq(len, sizeof want - 1);
	ck_assert(memcmp(b, want, len) == 0);
	free(b);
	b = sx_bootstrap_stdin(NULL, "x", 1, NULL, 0, NULL, &len);
	ck_assert_uint_eq(len, 5);
	ck_assert(memcmp(b, "1\nx0\n", 5) == 0);
	free(b);
	/* A spare's: the script's name first. */
	b = sx_bootstrap_stdin("s.py", "x", 1, NULL, 0, "n", &len);
	ck_assert_uint_eq(len, 13);
	ck_assert(memcmp(b, "4\ns.py1\nx0\nn\n", 13) == 0);
	free(b);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("outcome");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_exit_codes);
	tcase_add_test(tc, test_mode_names);
	tcase_add_test(tc, test_classify);
	tcase_add_test(tc, test_report);
	tcase_add_test(tc, test_from_proc_docker);
	tcase_add_test(tc, test_from_proc_direct);
	tcase_add_test(tc, test_from_proc_cap);
	tcase_add_test(tc, test_report_streamed_stdout);
	tcase_add_test(tc, test_report_streamed_result);
	tcase_add_test(tc, test_exc_take);
	tcase_add_test(tc, test_from_proc_exception);
	tcase_add_test(tc, test_report_tail_and_exception);
	tcase_add_test(tc, test_failure_text);
	tcase_add_test(tc, test_trailer_usage);
	tcase_add_test(tc, test_report_usage);
	tcase_add_test(tc, test_bootstrap_stdin);
	suite_add_tcase(s, tc);
	return s;
}
