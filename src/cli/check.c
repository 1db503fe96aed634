/* check.c - sandexec check: the static check alone, nothing run. */
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

static int run_check(struct sub *s)
{
	struct sx_err err = {""};
	int code = 0;

	if (sx_policy_load(&err) < 0) {
		fprintf(stderr, "sandexec check: %s\n", err.msg);
		return 3;
	}
	for (int i = 0; i < s->noperands; i++) {
		struct sx_strategy st;
		struct sx_violations vs = {0};

		if (sx_strategy_read(&st, s->operands[i], s->cfg.max_size, &err) < 0) {
			char *m = cli_esc(err.msg);

			fprintf(stderr, "sandexec check: %s\n", m);
			free(m);
			if (s->json)
				check_json(s->operands[i], &vs, err.msg);
			code = 2;
			continue;
		}
		if (sx_policy_check(&s->cfg, st.data, st.len, &vs) && code == 0)
			code = 4;
		if (s->json)
			check_json(st.path, &vs, NULL);
		for (size_t k = 0; !s->json && k < vs.n; k++)
			printf("%s:%d:%d: %s: %s\n", st.path, vs.v[k].line, vs.v[k].col,
			       vs.v[k].rule, vs.v[k].message);
		sx_violations_free(&vs);
		sx_strategy_free(&st);
	}
	return code;
}

const struct subcmd cli_check_cmd = {
    .name = "check",
    .usage = "usage: sandexec check [-c FILE] [--format text | json] FILE...\n"
	     "\n"
	     "Run the static check on each FILE without running anything. One line a\n"
	     "violation, FILE:LINE:COLUMN: RULE: MESSAGE; with --format json one JSON\n"
	     "report a file and a line: {\"file\", \"ok\", \"violations\": [{file, line,\n"
	     "column, rule, message}]}. Exit 0 when every file is clean, 4 when\n"
	     "violations were found, 2 when a file could not be read, 3 on a\n"
	     "configuration error (the module table, modules.table in the data\n"
	     "directory, missing or unreadable included).\n",
    .sets = false,
    .all = false,
    .format = true,
    .operands = true,
    .run = run_check,
};
