#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "sx-build.h"
#include "util.h"

static void add_str_or_null(cJSON *o, const char *k, const char *v)
{
	if (v)
		cJSON_AddStringToObject(o, k, v);
	else
		cJSON_AddNullToObject(o, k);
}

char *sx_report_render(const struct sx_report *r)
{
	cJSON *o = cJSON_CreateObject();
	char *text, *s;

	if (!o)
		abort();
	cJSON_AddStringToObject(o, "sandexec", SANDEXEC_VERSION);
	cJSON_AddStringToObject(o, "status", sx_status_name(r->status));
	add_str_or_null(o, "mode", r->mode);
	cJSON_AddBoolToObject(o, "fallback", r->fallback);
	cJSON_AddBoolToObject(o, "sandboxed", r->sandboxed);
	if (r->has_exit_code)
		cJSON_AddNumberToObject(o, "exit_code", r->exit_code);
	else
		cJSON_AddNullToObject(o, "exit_code");
	if (r->signal)
		cJSON_AddNumberToObject(o, "signal", r->signal);
	else
		cJSON_AddNullToObject(o, "signal");
	cJSON_AddNumberToObject(o, "duration_ms", (double)r->duration_ms);
	add_str_or_null(o, "strategy", r->strategy);
	add_str_or_null(o, "sha256", r->sha256);
	if (r->result)
		cJSON_AddItemToObject(o, "result", cJSON_Duplicate(r->result, true));
	else
		cJSON_AddNullToObject(o, "result");
	cJSON_AddItemToObject(o, "violations", r->violations ?
			      cJSON_Duplicate(r->violations, true) : cJSON_CreateArray());
	cJSON_AddBoolToObject(o, "stdout_truncated", r->stdout_truncated);
	if (r->stdout_text) {
		/* The script's bytes as a JSON string: NUL as \u0000, only
		 * ill-formed UTF-8 replaced (a cJSON string would stop at NUL). */
		s = sx_json_quote(r->stdout_text, r->stdout_len);
		cJSON_AddRawToObject(o, "stdout", s);
		free(s);
	} else {
		cJSON_AddNullToObject(o, "stdout");
	}
	if (r->error) {
		s = sx_utf8_sanitize(r->error, strlen(r->error));
		cJSON_AddStringToObject(o, "error", s);
		free(s);
	} else {
		cJSON_AddNullToObject(o, "error");
	}
	add_str_or_null(o, "container", r->container);
	add_str_or_null(o, "run_id", r->run_id);
	if (r->has_iteration)
		cJSON_AddNumberToObject(o, "iteration", (double)r->iteration);
	else
		cJSON_AddNullToObject(o, "iteration");
	text = sx_json_print(o);
	cJSON_Delete(o);
	if (!text)
		abort();
	return text;
}
