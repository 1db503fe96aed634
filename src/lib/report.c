#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eventlog.h"
#include "run.h"
#include "sx-build.h"
#include "util.h"

static void add_str_or_null(cJSON *o, const char *k, const char *v)
{
	if (v)
		cJSON_AddStringToObject(o, k, v);
	else
		cJSON_AddNullToObject(o, k);
}

static void add_num_or_null(cJSON *o, const char *k, bool known, int64_t v)
{
	if (known)
		cJSON_AddNumberToObject(o, k, (double)v);
	else
		cJSON_AddNullToObject(o, k);
}

cJSON *sx_report_usage_json(const struct sx_usage *u)
{
	cJSON *j;

	if (!u || (!u->has_rusage && !u->has_wall))
		return cJSON_CreateNull();
	j = cJSON_CreateObject();
	add_num_or_null(j, "cpu_user_ms", u->has_rusage, u->cpu_user_ms);
	add_num_or_null(j, "cpu_sys_ms", u->has_rusage, u->cpu_sys_ms);
	add_num_or_null(j, "max_rss_kib", u->has_rusage, u->max_rss_kib);
	add_num_or_null(j, "wall_ms", u->has_wall, u->wall_ms);
	return j;
}

void sx_report_add_started_at(cJSON *o, int64_t started_at_ms)
{
	char when[SX_UTIL_RFC3339_LEN + 1];

	if (started_at_ms > 0 && sx_util_rfc3339(started_at_ms, when, sizeof when) == 0)
		cJSON_AddStringToObject(o, "started_at", when);
	else
		cJSON_AddNullToObject(o, "started_at");
}

/* The output buffer of sx_report_emit(): large pieces go out through put
 * as they are made, so the report never exists whole in memory. */
struct emitter {
	int (*put)(void *ctx, const char *buf, size_t len);
	void *ctx;
	char buf[65536];
	size_t len;
	int err;
};

static void flush(struct emitter *e)
{
	if (e->len && !e->err)
		e->err = e->put(e->ctx, e->buf, e->len);
	e->len = 0;
}

static void emit(struct emitter *e, const char *s, size_t n)
{
	while (n && !e->err) {
		size_t take = sizeof e->buf - e->len < n ? sizeof e->buf - e->len : n;

		memcpy(e->buf + e->len, s, take);
		e->len += take;
		s += take;
		n -= take;
		if (e->len == sizeof e->buf)
			flush(e);
	}
}

/* s as a JSON string, quotes included: the text of sx_json_quote(s, n)
 * (NUL as \u0000, each ill-formed sequence as U+FFFD), made a piece at a
 * time so that a string as long as output.max_stdout is never copied
 * whole. A piece never ends inside a UTF-8 sequence that would be
 * well-formed whole. */
static void emit_json_string(struct emitter *e, const char *s, size_t n)
{
	const size_t piece = 65536;
	size_t i = 0;

	emit(e, "\"", 1);
	while (i < n && !e->err) {
		size_t take = n - i < piece ? n - i : piece, back = 0;
		char *q;

		/* Back off over up to 3 continuation bytes to a sequence start. */
		while (i + take < n && back < 3 && ((unsigned char)s[i + take] & 0xc0) == 0x80) {
			take--;
			back++;
		}
		if (back == 3 && ((unsigned char)s[i + take] & 0xc0) == 0x80)
			take += back; /* no start near: ill-formed anyway */
		q = sx_json_quote(s + i, take);
		emit(e, q + 1, strlen(q) - 2);
		free(q);
		i += take;
	}
	emit(e, "\"", 1);
}

/* A parsed tree as cJSON_PrintUnformatted() prints it, written piece by
 * piece: a result line may be output.max_stdout long. Leaves other than
 * strings are small and printed by cJSON itself; strings and keys are
 * well-formed UTF-8 from the parser, which emit_json_string() keeps. */
static void emit_tree(struct emitter *e, const cJSON *j)
{
	const cJSON *c;
	char *leaf;

	if (cJSON_IsObject(j) || cJSON_IsArray(j)) {
		bool obj = cJSON_IsObject(j);

		emit(e, obj ? "{" : "[", 1);
		for (c = j->child; c && !e->err; c = c->next) {
			if (c != j->child)
				emit(e, ",", 1);
			if (obj) {
				emit_json_string(e, c->string, strlen(c->string));
				emit(e, ":", 1);
			}
			emit_tree(e, c);
		}
		emit(e, obj ? "}" : "]", 1);
		return;
	}
	if (cJSON_IsString(j)) {
		emit_json_string(e, j->valuestring, strlen(j->valuestring));
		return;
	}
	leaf = cJSON_PrintUnformatted(j);
	if (!leaf)
		abort();
	emit(e, leaf, strlen(leaf));
	cJSON_free(leaf);
}

/* The members of o as printed by sx_json_print(), with its opening and closing
 * braces if asked: the report is a row of such parts and streamed values. */
static void emit_object_part(struct emitter *e, cJSON *o, bool open, bool close)
{
	/* sx_json_print(): every key and string made valid UTF-8 first. */
	char *text = sx_json_print(o);
	size_t len;

	len = strlen(text);
	emit(e, text + !open, len - !open - !close);
	free(text);
}

/* The words after the strategy; the command line took only valid UTF-8. */
static cJSON *args_array(char *const *args, size_t n)
{
	cJSON *a = cJSON_CreateArray();

	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(args[i]));
	return a;
}

/* What the report shows of o where that is not one of o's members as it
 * is: null before a mode, a container or a start. */
static bool sandboxed(const struct sx_outcome *o)
{
	return o->mode == SX_MODE_DOCKER;
}

static const struct sx_usage *usage_of(const struct sx_outcome *o)
{
	return o->started ? &o->usage : NULL;
}

static const struct sx_exception *exception_of(const struct sx_outcome *o)
{
	return o->has_exception ? &o->exception : NULL;
}

static const char *container_of(const struct sx_outcome *o)
{
	return sandboxed(o) ? o->container : NULL;
}

static const char *run_id_of(const struct sx_outcome *o)
{
	return o->run_id[0] ? o->run_id : NULL;
}

/* The events' subset of the report, under the log's names. */
cJSON *sx_report_event_fields(const struct sx_outcome *o)
{
	cJSON *f = cJSON_CreateObject();

	cJSON_AddStringToObject(f, "status", sx_outcome_status_name(o->status));
	if (o->has_exit_code)
		cJSON_AddNumberToObject(f, "script_exit_code", o->exit_code);
	else
		cJSON_AddNullToObject(f, "script_exit_code");
	if (o->signal)
		cJSON_AddNumberToObject(f, "signal", o->signal);
	cJSON_AddNumberToObject(f, "duration_ms", (double)o->duration_ms);
	if (o->error)
		cJSON_AddStringToObject(f, "error", o->error);
	if (o->status == SX_INVALID_RESULT && o->result_errors)
		cJSON_AddItemToObject(f, "result_errors", cJSON_Duplicate(o->result_errors, true));
	return f;
}

int sx_report_emit(const struct sx_report *r, int (*put)(void *ctx, const char *buf, size_t len),
		   void *ctx)
{
	const struct sx_outcome *o = r->o;
	struct emitter *e = sx_xcalloc(1, sizeof *e);
	cJSON *head = cJSON_CreateObject(), *mid = cJSON_CreateObject();
	cJSON *tail = cJSON_CreateObject();
	int err;

	if (!head || !mid || !tail)
		abort();
	e->put = put;
	e->ctx = ctx;
	/* The result is borrowed and streamed, never copied; the violations
	 * (small) are copied so that sx_json_print() sanitises them, which it
	 * does not do through a reference. */
	cJSON_AddStringToObject(head, "sandexec", SANDEXEC_VERSION);
	cJSON_AddStringToObject(head, "status", sx_outcome_status_name(o->status));
	add_str_or_null(head, "mode", sx_outcome_mode_name(o->mode));
	cJSON_AddBoolToObject(head, "fallback", o->fallback);
	cJSON_AddBoolToObject(head, "sandboxed", sandboxed(o));
	cJSON_AddBoolToObject(head, "warm", o->warm);
	if (o->has_exit_code)
		cJSON_AddNumberToObject(head, "exit_code", o->exit_code);
	else
		cJSON_AddNullToObject(head, "exit_code");
	if (o->signal)
		cJSON_AddNumberToObject(head, "signal", o->signal);
	else
		cJSON_AddNullToObject(head, "signal");
	cJSON_AddNumberToObject(head, "duration_ms", (double)o->duration_ms);
	sx_report_add_started_at(head, o->started_at_ms);
	cJSON_AddItemToObject(head, "usage", sx_report_usage_json(usage_of(o)));
	add_str_or_null(head, "strategy", r->strategy);
	add_str_or_null(head, "sha256", r->sha256);
	/* result: streamed below, between head and mid. */
	if (r->violations)
		cJSON_AddItemToObject(mid, "violations", cJSON_Duplicate(r->violations, true));
	else
		cJSON_AddItemToObject(mid, "violations", cJSON_CreateArray());
	/* The result's failures of output.require, only with the status they
	 * explain (a late signal makes the run interrupted, its result gone). */
	if (o->result_errors && o->status == SX_INVALID_RESULT)
		cJSON_AddItemToObject(mid, "result_errors",
				      cJSON_Duplicate(o->result_errors, true));
	else
		cJSON_AddItemToObject(mid, "result_errors", cJSON_CreateArray());
	cJSON_AddBoolToObject(mid, "stdout_truncated", o->stdout_truncated);
	cJSON_AddBoolToObject(tail, "stderr_truncated", o->stderr_truncated);
	cJSON_AddNumberToObject(tail, "stderr_dropped", (double)o->stderr_dropped);
	if (o->error) {
		char *s = sx_utf8_sanitize(o->error, strlen(o->error));
		cJSON_AddStringToObject(tail, "error", s);
		free(s);
	} else {
		cJSON_AddNullToObject(tail, "error");
	}
	add_str_or_null(tail, "container", container_of(o));
	add_str_or_null(tail, "run_id", run_id_of(o));
	if (r->has_iteration)
		cJSON_AddNumberToObject(tail, "iteration", (double)r->iteration);
	else
		cJSON_AddNullToObject(tail, "iteration");
	cJSON_AddItemToObject(tail, "args", args_array(o->args, o->nargs));

	emit_object_part(e, head, true, false);
	/* The two things as large as output.max_stdout: streamed. */
	emit(e, ",\"result\":", 10);
	if (o->result)
		emit_tree(e, o->result);
	else
		emit(e, "null", 4);
	emit(e, ",", 1);
	emit_object_part(e, mid, false, false);
	emit(e, ",\"stdout\":", 10);
	if (o->stdout_text)
		emit_json_string(e, o->stdout_text, o->stdout_len);
	else
		emit(e, "null", 4);
	emit(e, ",", 1);
	emit_object_part(e, tail, false, false);
	/* The script's bytes, NUL and all: quoted here, not through cJSON. */
	emit(e, ",\"stderr_tail\":", 15);
	if (o->stderr_tail)
		emit_json_string(e, o->stderr_tail, o->stderr_tail_len);
	else
		emit(e, "null", 4);
	emit(e, ",\"exception\":", 13);
	if (o->has_exception) {
		cJSON *x = sx_report_exception_json(&o->exception);
		char *text = sx_json_print(x);

		emit(e, text, strlen(text));
		free(text);
		cJSON_Delete(x);
	} else {
		emit(e, "null", 4);
	}
	emit(e, "}", 1);
	flush(e);
	err = e->err;
	cJSON_Delete(head);
	cJSON_Delete(mid);
	cJSON_Delete(tail);
	free(e);
	return err;
}

/* A JSON string member holding the bytes [s, s+n) as they are, NUL as
 * \u0000: cJSON's own strings end at a NUL, so the member is raw text
 * from sx_json_quote(). */
static void add_bytes(cJSON *o, const char *k, const char *s, size_t n)
{
	char *q = sx_json_quote(s, n);

	if (!cJSON_AddRawToObject(o, k, q))
		abort();
	free(q);
}

cJSON *sx_report_exception_json(const struct sx_exception *x)
{
	cJSON *o = cJSON_CreateObject();

	if (!o)
		abort();
	add_bytes(o, "type", x->type, x->type_len);
	add_bytes(o, "message", x->message, x->message_len);
	if (x->line > 0)
		cJSON_AddNumberToObject(o, "line", (double)x->line);
	else
		cJSON_AddNullToObject(o, "line");
	return o;
}

void sx_report_add_stderr_tail(cJSON *o, const char *tail, size_t len)
{
	if (tail)
		add_bytes(o, "stderr_tail", tail, len);
	else
		cJSON_AddNullToObject(o, "stderr_tail");
}

/* Appends to *out the lines of [s, s+n) from the first of the last max,
 * each escaped for a terminal and prefixed. */
static void append_last_lines(char **out, const char *s, size_t n, int max)
{
	size_t start = n, end;
	int lines = 0;

	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	start = n;
	while (start > 0 && lines < max) {
		start--;
		if (s[start] == '\n' && ++lines == max) {
			start++;
			break;
		}
	}
	for (; start < n; start = end + 1) {
		char *line, *more;

		for (end = start; end < n && s[end] != '\n'; end++)
			;
		line = sx_escape_line(s + start, end - start);
		more = sx_xasprintf("%s\n  | %s", *out, line);
		free(line);
		free(*out);
		*out = more;
	}
}

char *sx_report_failure_text(const struct sx_report *r)
{
	const struct sx_outcome *o = r->o;
	const struct sx_exception *x = exception_of(o);
	char *out = sx_xstrdup("");

	if (o->status == SX_OK)
		return out;
	if (x) {
		char *type = sx_escape_line(x->type, x->type_len);
		char *msg = sx_escape_line(x->message, x->message_len);
		char line[32] = "";

		if (x->line > 0)
			snprintf(line, sizeof line, " (line %ld)", x->line);
		free(out);
		out = sx_xasprintf("\nexception: %s%s%s%s", type, *msg ? ": " : "", msg, line);
		free(type);
		free(msg);
	}
	if (o->stderr_tail && o->stderr_tail_len) {
		char *more = sx_xasprintf("%s\nstderr (last lines):", out);

		free(out);
		out = more;
		append_last_lines(&out, o->stderr_tail, o->stderr_tail_len, SX_TEXT_TAIL_LINES);
	}
	return out;
}

struct strbuf {
	char *s;
	size_t len, cap;
};

static int put_str(void *ctx, const char *buf, size_t len)
{
	struct strbuf *b = ctx;

	if (!b->s || b->len + len + 1 > b->cap) {
		b->cap = (b->len + len + 1) * 2;
		b->s = sx_xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, buf, len);
	b->len += len;
	b->s[b->len] = '\0';
	return 0;
}

char *sx_report_render(const struct sx_report *r)
{
	struct strbuf b = {0};

	(void)sx_report_emit(r, put_str, &b);
	return b.s;
}

#define TEXT_TAIL_LINES 10
#define TEXT_TAIL_BYTES 2048

/* With no result, the end of what the script printed usually says why
 * (a message, the wrong value printed): --format text shows its last
 * lines, each escaped (it is the script's text, on a terminal). */
static char *stdout_tail(const char *s, size_t len)
{
	size_t end = len, start, lines = 0;
	char *out;

	while (end && s[end - 1] == '\n')
		end--;
	start = end;
	while (start && end - start < TEXT_TAIL_BYTES) {
		if (s[start - 1] == '\n' && ++lines == TEXT_TAIL_LINES)
			break;
		start--;
	}
	out = start ? sx_xasprintf("\nstdout (its last %zu of %zu bytes):", end - start, len)
		    : sx_xstrdup("\nstdout:");
	while (start < end) {
		size_t e = start;
		char *line, *more;

		while (e < end && s[e] != '\n')
			e++;
		line = sx_escape_line(s + start, e - start);
		more = sx_xasprintf("%s\n  %s", out, line);
		free(line);
		free(out);
		out = more;
		start = e + 1;
	}
	return out;
}

char *sx_report_text(const struct sx_report *rep)
{
	const struct sx_outcome *o = rep->o;
	const char *mode = sx_outcome_mode_name(o->mode);
	char *result = o->result ? cJSON_PrintUnformatted(o->result) : NULL;
	char *head, *out;
	size_t len;

	head = sx_xasprintf("%s: %s%s%s (%.1f s)\n", sx_outcome_status_name(o->status),
			    rep->strategy ? rep->strategy : "-", mode ? " in " : "",
			    mode ? mode : "", (double)o->duration_ms / 1000.0);
	out = sx_xasprintf("%s%s%s%s%s%s", head, result ? "result: " : "", result ? result : "",
			   result ? "\n" : "", o->error && o->status != SX_OK ? "error: " : "",
			   o->error && o->status != SX_OK ? o->error : "");
	free(head);
	free(result);
	if (!o->result && o->stdout_text && o->stdout_len) {
		char *tail = stdout_tail(o->stdout_text, o->stdout_len);
		char *more = sx_xasprintf("%s%s", out, tail);

		free(tail);
		free(out);
		out = more;
	}
	result = sx_report_failure_text(rep);
	head = out;
	out = sx_xasprintf("%s%s", head, result);
	free(head);
	free(result);
	for (int i = 0; rep->violations && i < cJSON_GetArraySize(rep->violations); i++) {
		const cJSON *v = cJSON_GetArrayItem(rep->violations, i);
		char *more = sx_xasprintf("%s\n%s:%d:%d: %s: %s", out,
					  cJSON_GetObjectItem(v, "file")->valuestring,
					  cJSON_GetObjectItem(v, "line")->valueint,
					  cJSON_GetObjectItem(v, "column")->valueint,
					  cJSON_GetObjectItem(v, "rule")->valuestring,
					  cJSON_GetObjectItem(v, "message")->valuestring);
		free(out);
		out = more;
	}
	len = strlen(out);
	if (len && out[len - 1] == '\n')
		out[len - 1] = '\0';
	return out;
}

/* sandexec's own peak RSS in KiB, children excluded: what floods must not
 * grow. VmHWM, not getrusage(): ru_maxrss keeps the high-water mark of the
 * image before exec, which is the caller's, not ours. -1 if unknown. */
static long peak_rss_kib(void)
{
	FILE *f = fopen("/proc/self/status", "re");
	char line[256];
	long v = -1;

	if (!f)
		return -1;
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmHWM: %ld kB", &v) == 1)
			break;
	fclose(f);
	return v;
}

void sx_report_log_finished(struct sx_log *log, const struct sx_report *r, int exit_code)
{
	const struct sx_outcome *o = r->o;
	cJSON *f = sx_report_event_fields(o);
	char msg[96];
	long hwm = peak_rss_kib();

	/* What ran, how it ended, what it cost: one line, as the report. */
	add_str_or_null(f, "strategy", r->strategy);
	add_str_or_null(f, "sha256", r->sha256);
	cJSON_AddNumberToObject(f, "exit_code", exit_code);
	sx_report_add_started_at(f, o->started_at_ms);
	cJSON_AddItemToObject(f, "usage", sx_report_usage_json(usage_of(o)));
	cJSON_AddBoolToObject(f, "fallback", o->fallback);
	cJSON_AddBoolToObject(f, "warm", o->warm);
	cJSON_AddItemToObject(f, "args", args_array(o->args, o->nargs));
	if (o->has_exception)
		cJSON_AddItemToObject(f, "exception", sx_report_exception_json(&o->exception));
	if (o->status != SX_OK && o->stderr_tail)
		sx_report_add_stderr_tail(f, o->stderr_tail, o->stderr_tail_len);
	if (hwm >= 0)
		cJSON_AddNumberToObject(f, "sandexec_max_rss_kib", (double)hwm);
	snprintf(msg, sizeof msg, "run finished: %s", sx_outcome_status_name(o->status));
	sx_eventlog_write(log, o->status == SX_OK ? "INFO" : "WARNING", "run_finished", msg, f);
}
