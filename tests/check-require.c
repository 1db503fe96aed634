/* output.require: the spec parser, exact number comparison, the check of a
 * result, the configuration key, and the outcome it leads to. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "check-main.h"
#include "bootstrap.h"
#include "config.h"
#include "outcome.h"
#include "report.h"
#include "require.h"
#include "result.h"
#include "run.h"

static int parse(const char *text, struct sx_require_spec *spec)
{
	const char *why = NULL;
	int r = sx_require_parse(text, spec, &why);

	if (r < 0)
		ck_assert_ptr_nonnull(why);
	return r;
}

START_TEST(test_parse)
{
	struct sx_require_spec sp;

	ck_assert_int_eq(parse("", &sp), 0);
	ck_assert_int_eq(sp.type, SX_REQ_ANY);
	ck_assert_int_eq(parse("any", &sp), 0);
	ck_assert_int_eq(sp.type, SX_REQ_ANY);
	ck_assert_int_eq(parse("number", &sp), 0);
	ck_assert_int_eq(sp.type, SX_REQ_NUMBER);
	ck_assert_uint_eq(sp.nbounds, 0);
	ck_assert_int_eq(parse("integer >= 0", &sp), 0);
	ck_assert_int_eq(sp.type, SX_REQ_INTEGER);
	ck_assert_uint_eq(sp.nbounds, 1);
	ck_assert_int_eq(sp.bounds[0].op, SX_REQ_GE);
	ck_assert_str_eq(sp.bounds[0].lit, "0");
	ck_assert_int_eq(parse("  number >-1, <1e3 ", &sp), 0);
	ck_assert_uint_eq(sp.nbounds, 2);
	ck_assert_int_eq(sp.bounds[0].op, SX_REQ_GT);
	ck_assert_str_eq(sp.bounds[0].lit, "-1");
	ck_assert_int_eq(sp.bounds[1].op, SX_REQ_LT);
	ck_assert_str_eq(sp.bounds[1].lit, "1e3");
	ck_assert_int_eq(parse("number <= 0 >= -1.5E+2", &sp), 0);
	ck_assert_uint_eq(sp.nbounds, 2);
	ck_assert_int_eq(parse("string", &sp), 0);
	ck_assert_int_eq(sp.type, SX_REQ_STRING);
	ck_assert_int_eq(parse("boolean", &sp), 0);
	ck_assert_int_eq(parse("array", &sp), 0);
	ck_assert_int_eq(parse("object", &sp), 0);
	ck_assert_int_eq(parse("null", &sp), 0);
	ck_assert_int_eq(sp.type, SX_REQ_NULL);
	ck_assert_int_eq(parse("number >= 1 >= 2 >= 3 >= 4", &sp), 0);

	/* Refused: unknown types, bounds where they mean nothing, numbers
	 * that are not JSON, stray text. */
	static const char *const bad[] = {
	    "float",
	    "Number",
	    "int",
	    "number >",
	    "number >= ",
	    "number => 0",
	    "number = 0",
	    "number == 0",
	    "number >= +1",
	    "number >= .5",
	    "number >= 1.",
	    "number >= 01",
	    "number >= 0x10",
	    "number >= nan",
	    "number >= inf",
	    "number >= 1 2",
	    "number >= 1,",
	    "number, >= 1",
	    "number >= 1,, <= 2",
	    "string >= 1",
	    "any > 0",
	    "boolean < 1",
	    "number >= 1 >= 2 >= 3 >= 4 >= 5",
	    "number >= 1e",
	    "number >= -",
	    "number extra",
	    "7",
	    ">= 0",
	    "integer >=0x",
	    "number >= 11111111111111111111111111111111111111111111111111111111111111111",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(parse(bad[i], &sp) == -EINVAL, "accepted '%s'", bad[i]);
	/* 64 characters is the longest bound. */
	ck_assert_int_eq(
	    parse("number >= 1111111111111111111111111111111111111111111111111111111111111111",
		  &sp),
	    0);
}
END_TEST

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

START_TEST(test_numcmp)
{
	static const struct {
		const char *a, *b;
		int want;
	} t[] = {
	    {"0", "0", 0},
	    {"-0", "0", 0},
	    {"0.000", "0e99", 0},
	    {"0", "-0.0e-5", 0},
	    {"1", "1.0", 0},
	    {"1", "1.000e0", 0},
	    {"100", "1e2", 0},
	    {"100", "1E+2", 0},
	    {"0.01", "1e-2", 0},
	    {"1", "2", -1},
	    {"-1", "1", -1},
	    {"-2", "-1", -1},
	    {"-1", "0", -1},
	    {"0", "0.0000001", -1},
	    {"0.1", "0.10000000000000001", -1},
	    /* Past 2^53: doubles would say equal. */
	    {"9007199254740993", "9007199254740992", 1},
	    {"-9007199254740993", "-9007199254740992", -1},
	    {"123456789012345678901234567890", "123456789012345678901234567891", -1},
	    {"99", "100", -1},
	    {"0.99", "1", -1},
	    {"10", "9.99999", 1},
	    {"1e400", "1e399", 1},
	    {"-1e400", "-1e399", -1},
	    {"1e-400", "0", 1},
	    {"-1e-400", "0", -1},
	    /* Exponents past the saturation point still order correctly
	     * against any bound a spec can hold. */
	    {"1e99999999999999999999999", "1e64", 1},
	    {"1e-99999999999999999999999", "1e-64", -1},
	    {"1e-99999999999999999999999", "0", 1},
	    {"-1e99999999999999999999999", "-1e64", -1},
	    {"12.5", "125e-1", 0},
	    {"12.50", "12.5", 0},
	    {"12.51", "12.5", 1},
	    {"0.00123", "1.23e-3", 0},
	};

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		ck_assert_msg(sign(sx_require_numcmp(t[i].a, t[i].b)) == t[i].want, "%s vs %s",
			      t[i].a, t[i].b);
		ck_assert_msg(sign(sx_require_numcmp(t[i].b, t[i].a)) == -t[i].want, "%s vs %s",
			      t[i].b, t[i].a);
	}
}
END_TEST

START_TEST(test_is_integer)
{
	static const char *const yes[] = {"0",	    "-0",
					  "17",	    "17.0",
					  "1e3",    "1.5e1",
					  "-2.000", "123456789012345678901234567890",
					  "0e-5",   "1e99999999999999999999"};
	static const char *const no[] = {
	    "0.5", "1.5", "-0.1", "1e-1", "15e-1", "1.0000000001", "1e-99999999999999999999"};

	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++)
		ck_assert_msg(sx_require_is_integer(yes[i]), "%s", yes[i]);
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++)
		ck_assert_msg(!sx_require_is_integer(no[i]), "%s", no[i]);
}
END_TEST

static cJSON *check(const char *result_text, char **require)
{
	cJSON *result = sx_result_parse(result_text, strlen(result_text));
	cJSON *errors;

	ck_assert_ptr_nonnull(result);
	errors = sx_require_check(require, result);
	cJSON_Delete(result);
	return errors;
}

static void expect_error(const cJSON *errors, int i, const char *key, const char *expected,
			 const char *got, const char *problem)
{
	const cJSON *e = cJSON_GetArrayItem(errors, i);

	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(cJSON_GetObjectItem(e, "key")->valuestring, key);
	ck_assert_str_eq(cJSON_GetObjectItem(e, "expected")->valuestring, expected);
	ck_assert_str_eq(cJSON_GetObjectItem(e, "got")->valuestring, got);
	ck_assert_str_eq(cJSON_GetObjectItem(e, "problem")->valuestring, problem);
}

START_TEST(test_check)
{
	char *req[] = {"trades",
		       "integer >= 0",
		       "sharpe",
		       "number",
		       "max_drawdown",
		       "number >= -1, <= 0",
		       "name",
		       "string",
		       "note",
		       "",
		       NULL};
	cJSON *e;

	/* All good. */
	ck_assert_ptr_null(check("{\"trades\": 17, \"sharpe\": -0.22, \"max_drawdown\": -0.31,"
				 " \"name\": \"x\", \"note\": null, \"extra\": [1]}",
				 req));
	/* Integers of any size, 17.0 and 1e3 are whole. */
	ck_assert_ptr_null(check("{\"trades\": 123456789012345678901234567890, \"sharpe\": 1e400,"
				 " \"max_drawdown\": 0, \"name\": \"\", \"note\": {}}",
				 req));
	ck_assert_ptr_null(check("{\"trades\": 17.0, \"sharpe\": 0, \"max_drawdown\": -1,"
				 " \"name\": \"a\\u0000b\", \"note\": 1}",
				 req));
	/* Nothing required: anything passes. */
	ck_assert_ptr_null(check("{}", NULL));

	/* Each failure, in the order of the requirements. */
	e = check("{\"sharpe\": NaN, \"trades\": -3, \"max_drawdown\": 0.5, \"name\": 1}", req);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(cJSON_GetArraySize(e), 5);
	expect_error(e, 0, "trades", "integer >= 0", "-3", "bound");
	expect_error(e, 1, "sharpe", "number", "null", "type");
	expect_error(e, 2, "max_drawdown", "number >= -1, <= 0", "0.5", "bound");
	expect_error(e, 3, "name", "string", "1", "type");
	expect_error(e, 4, "note", "any", "missing", "missing");
	cJSON_Delete(e);

	e = check("{\"trades\": 2.5, \"sharpe\": \"1.0\", \"max_drawdown\": -1.0000000000000000001,"
		  " \"name\": [], \"note\": false}",
		  req);
	ck_assert_int_eq(cJSON_GetArraySize(e), 4);
	expect_error(e, 0, "trades", "integer >= 0", "2.5", "type");
	expect_error(e, 1, "sharpe", "number", "string", "type");
	expect_error(e, 2, "max_drawdown", "number >= -1, <= 0", "-1.0000000000000000001", "bound");
	expect_error(e, 3, "name", "string", "array", "type");
	cJSON_Delete(e);

	/* Infinity and a boolean are not numbers; an object is not a string. */
	e = check("{\"trades\": true, \"sharpe\": -Infinity, \"max_drawdown\": -0,"
		  " \"name\": {\"a\": 1}, \"note\": 0}",
		  req);
	ck_assert_int_eq(cJSON_GetArraySize(e), 3);
	expect_error(e, 0, "trades", "integer >= 0", "boolean", "type");
	expect_error(e, 1, "sharpe", "number", "null", "type");
	expect_error(e, 2, "name", "string", "object", "type");
	cJSON_Delete(e);

	/* Exact bounds: doubles would round both to 2^53. */
	{
		char *big[] = {"n", "integer > 9007199254740992", NULL};

		ck_assert_ptr_null(check("{\"n\": 9007199254740993}", big));
		e = check("{\"n\": 9007199254740992}", big);
		expect_error(e, 0, "n", "integer > 9007199254740992", "9007199254740992", "bound");
		cJSON_Delete(e);
	}
	/* A long literal is cut in got. */
	{
		char *r[] = {"n", "number < 0", NULL};
		char text[256], want[80];

		snprintf(text, sizeof text, "{\"n\": %s}",
			 "1111111111111111111111111111111111111111111111111111111111111111111111111"
			 "111");
		e = check(text, r);
		snprintf(want, sizeof want, "%.64s...", text + 6);
		expect_error(e, 0, "n", "number < 0", want, "bound");
		cJSON_Delete(e);
	}
	/* Keys with a dot are names, not paths; a key holding U+0000 at the
	 * top makes the object opaque: everything counts as missing. */
	{
		char *r[] = {"a.b", "number", "x", "any", NULL};

		e = check("{\"a\": {\"b\": 1}, \"x\": 1}", r);
		ck_assert_int_eq(cJSON_GetArraySize(e), 1);
		expect_error(e, 0, "a.b", "number", "missing", "missing");
		cJSON_Delete(e);
		e = check("{\"a.b\": 1, \"x\": 1, \"k\\u0000\": 2}", r);
		ck_assert_int_eq(cJSON_GetArraySize(e), 2);
		expect_error(e, 1, "x", "any", "missing (the result has a key holding U+0000)",
			     "missing");
		cJSON_Delete(e);
	}
}
END_TEST

START_TEST(test_config)
{
	static const char good[] = "output:\n"
				   "  require:\n"
				   "    trades: integer >= 0\n"
				   "    sharpe: number\n"
				   "    \"max drawdown\": 'number >= -1, <= 0'\n"
				   "    note:\n";
	struct sx_config cfg, again;
	struct sx_err err;
	char *dump = NULL;
	size_t len = 0;
	FILE *f;

	sx_config_init(&cfg);
	ck_assert_ptr_nonnull(cfg.require);
	ck_assert_ptr_null(cfg.require[0]);
	ck_assert_msg(sx_config_load_string(&cfg, "t.yaml", good, sizeof good - 1, &err) == 0, "%s",
		      err.msg);
	ck_assert_str_eq(cfg.require[0], "trades");
	ck_assert_str_eq(cfg.require[1], "integer >= 0");
	ck_assert_str_eq(cfg.require[4], "max drawdown");
	ck_assert_str_eq(cfg.require[5], "number >= -1, <= 0");
	ck_assert_str_eq(cfg.require[6], "note");
	ck_assert_str_eq(cfg.require[7], "");
	ck_assert_ptr_null(cfg.require[8]);

	/* sandexec config prints it so that it loads back the same. */
	f = open_memstream(&dump, &len);
	sx_config_dump(&cfg, f);
	fclose(f);
	ck_assert_ptr_nonnull(strstr(dump, "  require:  # t.yaml:3:5\n"
					   "    \"trades\": \"integer >= 0\"\n"));
	sx_config_init(&again);
	ck_assert_msg(sx_config_load_string(&again, "dump", dump, len, &err) == 0, "%s", err.msg);
	for (size_t i = 0; i < 9; i++) {
		if (!cfg.require[i]) {
			ck_assert_ptr_null(again.require[i]);
			break;
		}
		ck_assert_str_eq(again.require[i], cfg.require[i]);
	}
	sx_config_free(&again);
	free(dump);

	/* A later file replaces the mapping; "require:" alone empties it. */
	ck_assert_int_eq(sx_config_load_string(&cfg, "u", "output:\n  require:\n", 19, &err), 0);
	ck_assert_ptr_null(cfg.require[0]);
	/* The default prints as an empty mapping that loads back. */
	f = open_memstream(&dump, &len);
	sx_config_dump(&cfg, f);
	fclose(f);
	sx_config_init(&again);
	ck_assert_msg(sx_config_load_string(&again, "dump", dump, len, &err) == 0, "%s", err.msg);
	ck_assert_ptr_null(again.require[0]);
	sx_config_free(&again);
	free(dump);

	/* Not from a flag or a variable. */
	ck_assert_int_eq(sx_config_set(&cfg, "output.require", "x", "--set", &err), -EINVAL);
	{
		char *env[] = {"SANDEXEC_OUTPUT_REQUIRE=x", NULL};

		ck_assert_int_eq(sx_config_load_env(&cfg, env, &err), -EINVAL);
		ck_assert_ptr_nonnull(strstr(err.msg, "output.require"));
	}
	sx_config_free(&cfg);
}
END_TEST

START_TEST(test_config_errors)
{
	static const struct {
		const char *text, *msg;
	} t[] = {
	    {"output:\n  require:\n    trades: integer >= x\n",
	     "t.yaml:3:13: output.require.trades: 'integer >= x': a bound's number"},
	    {"output:\n  require:\n    trades: float\n",
	     "t.yaml:3:13: output.require.trades: 'float': unknown type"},
	    {"output:\n  require:\n    s: string > 1\n",
	     "t.yaml:3:8: output.require.s: 'string > 1': bounds apply to number and integer"},
	    {"output:\n  require:\n    a: number\n    a: string\n",
	     "t.yaml:4:5: output.require: duplicate key 'a'"},
	    {"output:\n  require:\n    a: [number]\n",
	     "t.yaml:3:8: output.require.a: expected a type"},
	    {"output:\n  require:\n    [a]: number\n",
	     "t.yaml:3:5: output.require: expected a result key"},
	    {"output:\n  require:\n    - a\n",
	     "t.yaml:3:5: output.require: expected a mapping of result keys"},
	    {"output:\n  require: number\n",
	     "t.yaml:2:12: output.require: expected a mapping of result keys"},
	    {"output:\n  require:\n    a: 0\n",
	     "t.yaml:3:8: output.require.a: '0': expected a type"},
	};
	struct sx_config cfg;
	struct sx_err err;

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		sx_config_init(&cfg);
		ck_assert_int_eq(
		    sx_config_load_string(&cfg, "t.yaml", t[i].text, strlen(t[i].text), &err),
		    -EINVAL);
		ck_assert_msg(strncmp(err.msg, t[i].msg, strlen(t[i].msg)) == 0, "got '%s'",
			      err.msg);
		ck_assert_ptr_null(cfg.require[0]);
		sx_config_free(&cfg);
	}
	/* More than 256 keys. */
	{
		size_t cap = 300 * 16, n;
		char *text = malloc(cap);

		n = (size_t)snprintf(text, cap, "output:\n  require:\n");
		for (int i = 0; i < 257; i++)
			n += (size_t)snprintf(text + n, cap - n, "    k%d: number\n", i);
		sx_config_init(&cfg);
		ck_assert_int_eq(sx_config_load_string(&cfg, "t.yaml", text, n, &err), -EINVAL);
		ck_assert_ptr_nonnull(strstr(err.msg, "more than 256 keys"));
		sx_config_free(&cfg);
		free(text);
	}
}
END_TEST

#define N "0123456789abcdef0123456789abcdef"
#define S SX_START_MARKER
#define E SX_END_MARKER N " "

/* The outcome of a run whose result fails output.require. */
START_TEST(test_outcome)
{
	static const char out[] = S "log\n{\"trades\": -1, \"sharpe\": 0.5}\n" E "exit 0\n";
	static const char yaml[] = "output:\n  require:\n    trades: integer >= 0\n"
				   "    sharpe: number\n    win_rate: number\n";
	struct sx_config cfg;
	struct sx_proc_result res = {.exited = true};
	struct sx_outcome o;
	struct sx_report rep = {0};
	struct sx_err err;
	cJSON *j;
	char *text;

	ck_assert_int_eq(sx_outcome_exit_code(SX_INVALID_RESULT, 0), 9);
	ck_assert_str_eq(sx_outcome_status_name(SX_INVALID_RESULT), "invalid_result");
	ck_assert_int_eq(
	    sx_outcome_classify(&(struct sx_run_facts){
		.started = true, .exited = true, .result_found = true, .result_invalid = true}),
	    SX_INVALID_RESULT);
	sx_config_init(&cfg);
	ck_assert_int_eq(sx_config_load_string(&cfg, "t", yaml, sizeof yaml - 1, &err), 0);
	res.out = strdup(out);
	res.out_len = sizeof out - 1;
	res.err_head = "";
	memset(&o, 0, sizeof o);
	o.mode = SX_MODE_DOCKER;
	memcpy(o.nonce, N, SX_NONCE_LEN + 1);
	sx_run_outcome_from_proc(&cfg, &res, true, "docker", &o);
	free(res.out);
	ck_assert_int_eq(o.status, SX_INVALID_RESULT);
	ck_assert_ptr_nonnull(o.result);
	ck_assert_int_eq(cJSON_GetArraySize(o.result_errors), 2);
	ck_assert_str_eq(o.error, "the result fails output.require: trades: expected integer >= "
				  "0, got -1 (and 1 more)");

	rep.o = &o;
	text = sx_report_render(&rep);
	j = cJSON_Parse(text);
	ck_assert_ptr_nonnull(j);
	ck_assert_str_eq(cJSON_GetObjectItem(j, "status")->valuestring, "invalid_result");
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(j, "result_errors")), 2);
	ck_assert_str_eq(cJSON_GetObjectItem(
			     cJSON_GetArrayItem(cJSON_GetObjectItem(j, "result_errors"), 1), "key")
			     ->valuestring,
			 "win_rate");
	cJSON_Delete(j);
	free(text);
	/* With another status (a late signal), no result_errors. */
	o.status = SX_INTERRUPTED;
	text = sx_report_render(&rep);
	j = cJSON_Parse(text);
	ck_assert_int_eq(cJSON_GetArraySize(cJSON_GetObjectItem(j, "result_errors")), 0);
	cJSON_Delete(j);
	free(text);
	sx_outcome_free(&o);
	ck_assert_ptr_null(o.result_errors);

	/* The same run meeting its requirements is ok, with no errors. */
	{
		static const char good[] =
		    S "{\"trades\": 0, \"sharpe\": -1, \"win_rate\": 1}\n" E "exit 0\n";
		struct sx_proc_result r2 = {.exited = true};

		r2.out = strdup(good);
		r2.out_len = sizeof good - 1;
		r2.err_head = "";
		memset(&o, 0, sizeof o);
		o.mode = SX_MODE_DOCKER;
		memcpy(o.nonce, N, SX_NONCE_LEN + 1);
		sx_run_outcome_from_proc(&cfg, &r2, true, "docker", &o);
		free(r2.out);
		ck_assert_int_eq(o.status, SX_OK);
		ck_assert_ptr_null(o.result_errors);
		ck_assert_ptr_null(o.error);
		sx_outcome_free(&o);
	}
	sx_config_free(&cfg);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("require");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_numcmp);
	tcase_add_test(tc, test_is_integer);
	tcase_add_test(tc, test_check);
	tcase_add_test(tc, test_config);
	tcase_add_test(tc, test_config_errors);
	tcase_add_test(tc, test_outcome);
	suite_add_tcase(s, tc);
	return s;
}
