/* check.c - sandexec check: the static check alone, nothing run. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "policy.h"
#include "strategy.h"
#include "common.h"
#include "util.h"

/* With --format json, one JSON object a line and a file:
 * {"file", "ok", "violations": [{file, line, column, rule, message}]}, or
 * {"file", "ok": false, "error"} for a file that cannot be read. */
static void check_json(const char *file, const struct sx_violations *vs, const char *error)
{
	cJSON *o = cJSON_CreateObject();
	char *text;

	cJSON_AddStringToObject(o, "file", file);
	cJSON_AddBoolToObject(o, "ok", !error && vs->n == 0);
	if (error)
		cJSON_AddStringToObject(o, "error", error);
	else
		cJSON_AddItemToObject(o, "violations", sx_violations_json(vs, file));
	text = cJSON_PrintUnformatted(o);
	puts(text);
	free(text);
	cJSON_Delete(o);
}

/* With several files the exit code is the worst file's, in this order
 * (sandexec(1), check): a file that could not be checked (input_error)
 * outranks one that was checked and refused (rejected), which outranks a
 * clean one. A configuration error stops at once. Each code is the one a
 * run of the same file would give, so a Makefile or a loop can use
 * check and a run interchangeably. */
static enum sx_status worse(enum sx_status a, enum sx_status b)
{
	static const enum sx_status order[] = {SX_OK, SX_REJECTED, SX_INPUT_ERROR};
	size_t ra = 0, rb = 0;

	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		if (order[i] == a)
			ra = i;
		if (order[i] == b)
			rb = i;
	}
	return ra >= rb ? a : b;
}

static int run_check(struct sub *s)
{
	struct sx_err err = {""};
	enum sx_status worst = SX_OK;
	bool quiet = s->c.quiet;

	if (sx_policy_load(&err) < 0) {
		if (!quiet) {
			char *m = cli_esc(err.msg);

			cli_say("sandexec: config_error: %s\n", m);
			free(m);
		}
		return sx_outcome_exit_code(SX_CONFIG_ERROR, 0);
	}
	for (int i = 0; i < s->noperands; i++) {
		struct sx_strategy st;
		struct sx_violations vs = {0};

		if (sx_strategy_read(&st, s->operands[i], s->cfg.max_size, &err) < 0) {
			/* The line a run prints for the same file. */
			if (!quiet) {
				char *f = cli_esc(s->operands[i]), *m = cli_esc(err.msg);

				cli_say("sandexec: %s: input_error: %s\n", f, m);
				free(f);
				free(m);
			}
			if (s->json && !quiet)
				check_json(s->operands[i], &vs, err.msg);
			worst = worse(worst, SX_INPUT_ERROR);
			continue;
		}
		if (sx_policy_check(&s->cfg, st.data, st.len, &vs))
			worst = worse(worst, SX_REJECTED);
		if (s->json && !quiet)
			check_json(st.path, &vs, NULL);
		for (size_t k = 0; !s->json && !quiet && k < vs.n; k++)
			printf("%s:%d:%d: %s: %s\n", st.path, vs.v[k].line, vs.v[k].col,
			       vs.v[k].rule, vs.v[k].message);
		sx_policy_violations_free(&vs);
		sx_strategy_free(&st);
	}
	return sx_outcome_exit_code(worst, 0);
}

const struct subcmd cli_check_cmd = {
    .name = "check",
    .usage = "usage: sandexec check [-q] [-c FILE] [--format text | json] FILE...\n"
	     "\n"
	     "Run the static check on each FILE without running anything. One line a\n"
	     "violation, FILE:LINE:COLUMN: RULE: MESSAGE; with --format json one JSON\n"
	     "report a file and a line: {\"file\", \"ok\", \"violations\": [{file, line,\n"
	     "column, rule, message}]}. -q (--quiet) prints nothing: the exit code says\n"
	     "it all. Exit codes are a run's: 0 every file is clean, 4 rejected\n"
	     "(violations), 66 input_error (a file missing, unreadable or not Python\n"
	     "source), 3 config_error (the module table, modules.table in the data\n"
	     "directory, missing or unreadable included), 2 usage. With several files,\n"
	     "the worst: 66 over 4 over 0.\n",
    .sets = false,
    .all = false,
    .format = true,
    .quiet = true,
    .operands = true,
    .run = run_check,
};
