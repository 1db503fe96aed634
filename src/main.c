/* main.c - the sandexec command line: options, configuration layers, one
 * run, one report, one exit code. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bootstrap.h"
#include "config.h"
#include "dockerargv.h"
#include "datadir.h"
#include "doctor.h"
#include "eventlog.h"
#include "execute.h"
#include "outcome.h"
#include "policy.h"
#include "proc.h"
#include "reaper.h"
#include "report.h"
#include "run.h"
#include "runtime.h"
#include "strategy.h"
#include "stream.h"
#include "sx-build.h"
#include "util.h"

extern char **environ;

#define MAX_SETS 64
/* After a stop, the docker CLI gets GRACE_MS to exit; each docker rm gets
 * HELPER_TIMEOUT_MS. Both fit in SX_REAP_MARGIN_S. */
#define GRACE_MS 10000
#define HELPER_TIMEOUT_MS 15000

static const char usage_text[] =
	"usage: sandexec [options] [--] STRATEGY.py\n"
	"       sandexec check [-c FILE] [--format text | json] FILE...\n"
	"       sandexec gc [--all] [--owner OWNER | --any-owner] [-c FILE]\n"
	"       sandexec config [-c FILE] [-s KEY=VALUE]...\n"
	"       sandexec doctor [-c FILE]\n"
	"\n"
	"Check a Python strategy, run it once in a hardened Docker container,\n"
	"and print one JSON report on stdout.\n"
	"\n"
	"options:\n"
	"  -c, --config FILE      read FILE after the system and user configuration\n"
	"  -s, --set KEY=VALUE    set any scalar configuration key (docker.memory=1g)\n"
	"      --image IMAGE      container image (docker.image)\n"
	"      --timeout TIME     deadline: 600, 30s, 1500ms, 10m (docker.timeout)\n"
	"      --memory SIZE      memory limit, no swap on top: 512m, 2g (docker.memory)\n"
	"      --cpus N           CPU share: 0.5, 2 (docker.cpus)\n"
	"      --pids-limit N     process and thread limit (docker.pids_limit)\n"
	"      --iteration N      iteration number recorded in the report and the log\n"
	"      --direct           run without Docker, under rlimits only (warns)\n"
	"      --fallback         run directly if Docker is unavailable (sandbox.fallback_to_direct)\n"
	"      --no-fallback      never run without Docker\n"
	"      --log FILE         append JSON events to FILE (log.file)\n"
	"      --no-log           write no event log\n"
	"      --context NAME     docker context to run in (docker.context)\n"
	"      --data DIR         mount DIR read-only at /data (local engines only)\n"
	"      --dry-run          check the script, print the docker command line, exit\n"
	"      --format FORMAT    json (the default: one JSON report) or text (a summary);\n"
	"                         with --dry-run: text (shell words) or json (an argv array)\n"
	"  -q, --quiet            no status line, warnings or error line on stderr\n"
	"  -h, --help             show this help and exit\n"
	"  -V, --version          show the version and exit\n"
	"\n"
	"exit status: 0 ok, 1 strategy_error, 2 usage_error, 3 config_error,\n"
	"4 rejected, 5 no_result, 6 sandbox_unavailable, 7 output_limit, 8 oom,\n"
	"66 input_error, 70 internal_error (also: the report could not be written),\n"
	"124 timeout, 128+N interrupted by signal N.\n"
	"See sandexec(1) and sandexec.yaml(5).\n";

struct cli {
	const char *config_file;
	const char *sets[MAX_SETS][2]; /* key, value: applied in order, last wins */
	const char *set_origin[MAX_SETS];
	size_t nsets;
	bool has_iteration;
	uint64_t iteration;
	bool dry_run;
	bool direct;
	const char *data;
	bool quiet;
	int format;             /* FORMAT_DEFAULT, FORMAT_JSON, FORMAT_TEXT */
	const char *strategy;
};

enum { FORMAT_DEFAULT, FORMAT_JSON, FORMAT_TEXT };

enum { OPT_IMAGE = 256, OPT_TIMEOUT, OPT_MEMORY, OPT_CPUS, OPT_PIDS, OPT_ITERATION,
       OPT_DRY_RUN, OPT_DIRECT, OPT_FALLBACK, OPT_NO_FALLBACK, OPT_LOG, OPT_NO_LOG, OPT_FORMAT, OPT_DATA, OPT_CONTEXT };

static const struct option long_opts[] = {
	{ "config", required_argument, NULL, 'c' },
	{ "set", required_argument, NULL, 's' },
	{ "image", required_argument, NULL, OPT_IMAGE },
	{ "timeout", required_argument, NULL, OPT_TIMEOUT },
	{ "memory", required_argument, NULL, OPT_MEMORY },
	{ "cpus", required_argument, NULL, OPT_CPUS },
	{ "pids-limit", required_argument, NULL, OPT_PIDS },
	{ "iteration", required_argument, NULL, OPT_ITERATION },
	{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
	{ "direct", no_argument, NULL, OPT_DIRECT },
	{ "fallback", no_argument, NULL, OPT_FALLBACK },
	{ "no-fallback", no_argument, NULL, OPT_NO_FALLBACK },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "no-log", no_argument, NULL, OPT_NO_LOG },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "data", required_argument, NULL, OPT_DATA },
	{ "context", required_argument, NULL, OPT_CONTEXT },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/* How the outcome is shown; set once from the command line. */
static struct {
	bool text;      /* --format text */
	bool quiet;     /* --quiet */
	bool color;     /* stderr is a terminal and NO_COLOR is unset */
	bool no_stdout; /* fd 1 was closed when sandexec started */
	int signal_fd;  /* a signal stops waiting for the caller's streams */
} show = { .signal_fd = -1 };

/* One line of sandexec's own on stderr, dropped rather than waited for
 * when nobody reads it (stream.h). */
__attribute__((format(printf, 1, 2)))
static void say(const char *fmt, ...)
{
	char line[2 * SX_ERR_MAX + 128];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof line) {
		n = (int)sizeof line - 1;
		line[n - 1] = '\n';
	}
	(void)sx_stream_write(STDERR_FILENO, line, (size_t)n, SX_STREAM_STALL_MS, show.signal_fd,
			      NULL);
}

static int put_stdout(void *ctx, const char *buf, size_t len)
{
	(void)ctx;
	return sx_stream_write(STDOUT_FILENO, buf, len, SX_STREAM_REPORT_MS, show.signal_fd, NULL);
}

/* The --format text summary of a report. Caller frees. */
static char *report_text(const struct sx_report *rep)
{
	char *result = rep->result ? cJSON_PrintUnformatted(rep->result) : NULL;
	char *head, *out;
	size_t len;

	head = sx_xasprintf("%s: %s%s%s (%.1f s)\n", sx_status_name(rep->status),
			    rep->strategy ? rep->strategy : "-",
			    rep->mode ? " in " : "", rep->mode ? rep->mode : "",
			    (double)rep->duration_ms / 1000.0);
	out = sx_xasprintf("%s%s%s%s%s%s", head, result ? "result: " : "", result ? result : "",
			   result ? "\n" : "", rep->error && rep->status != SX_OK ? "error: " : "",
			   rep->error && rep->status != SX_OK ? rep->error : "");
	free(head);
	free(result);
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

/* Outside text for a line of stderr; caller frees. */
static char *esc(const char *s)
{
	return sx_escape_line(s, strlen(s));
}

/* Print the report, mirror its error on stderr, and give the exit code.
 * A report that could not be written whole makes the exit code 70
 * (internal_error) whatever the run's status: the exit code is all the
 * caller has left, and any other code promises a complete report. */
static int finish(struct sx_report *rep, int stop_signal)
{
	int code = sx_status_exit_code(rep->status, stop_signal);
	int r;

	/* "sandexec: [STRATEGY: ]STATUS: MESSAGE": under make -j or in a cron
	 * mail the line must say which script it is about. The path and the
	 * message come from outside (a file name, docker's words): escaped, so
	 * the line stays one line and holds no terminal control. */
	if (rep->error && rep->status != SX_OK && !show.quiet) {
		char *strategy = rep->strategy ? esc(rep->strategy) : NULL;
		char *error = esc(rep->error);

		say("sandexec: %s%s%s%s%s: %s\n", strategy ? strategy : "", strategy ? ": " : "",
		    show.color ? "\033[1;31m" : "", sx_status_name(rep->status),
		    show.color ? "\033[0m" : "", error);
		free(strategy);
		free(error);
	}
	if (show.no_stdout) {
		r = -EBADF;
	} else if (show.text) {
		char *text = report_text(rep);

		r = put_stdout(NULL, text, strlen(text));
		free(text);
	} else {
		r = sx_report_emit(rep, put_stdout, NULL);
	}
	if (r == 0)
		r = put_stdout(NULL, "\n", 1);
	if (r < 0) {
		say("sandexec: internal_error: cannot write the report: %s; the run's status "
		    "was %s (exit %d)\n",
		    r == -EBADF && show.no_stdout ? "stdout was closed" :
		    r == -ETIMEDOUT ? "stdout was not read in time" :
		    r == -EINTR ? "interrupted by a signal" : strerror(-r),
		    sx_status_name(rep->status), code);
		code = 70;
	}
	return code;
}

static int fail(enum sx_status st, const char *strategy, const char *msg)
{
	struct sx_report rep = { .status = st, .strategy = strategy, .error = msg };

	return finish(&rep, 0);
}

static int add_set(struct cli *c, const char *key, const char *val, const char *origin)
{
	if (c->nsets == MAX_SETS)
		return -1;
	c->sets[c->nsets][0] = key;
	c->sets[c->nsets][1] = val;
	c->set_origin[c->nsets] = origin;
	c->nsets++;
	return 0;
}

static const char *option_name(int val)
{
	for (const struct option *o = long_opts; o->name; o++)
		if (o->val == val)
			return o->name;
	return "?";
}

/* How the user spelt the option getopt_long just returned: "--name" for a
 * long one, "-c" for a short one. getopt leaves optind on the word of an
 * unknown short option that is not the last of its word, and optarg as it
 * was, so neither argv[optind - 1] nor optarg can be trusted alone. */
static void option_spelling(int opt, char *const *argv, char *buf, size_t len)
{
	const char *w = argv[optind - 1];

	if (opt == '?' && optopt) {
		snprintf(buf, len, "-%c", optopt);
		return;
	}
	if (opt != '?' && opt != ':' && optarg && optind >= 2 && optarg == argv[optind - 1])
		w = argv[optind - 2];
	if (strncmp(w, "--", 2) == 0)
		snprintf(buf, len, "%.*s", (int)strcspn(w, "="), w);
	else if (opt == ':')
		snprintf(buf, len, "-%c", optopt);
	else if (opt != '?')
		snprintf(buf, len, "-%c", opt);
	else
		snprintf(buf, len, "%s", w);
}

/* Returns -1 on success (carry on), else an exit code. */
static int parse_args(int argc, char **argv, struct cli *c, char *errbuf, size_t errlen)
{
	int opt;

	opterr = 0;
	/* '+': stop at the first operand, as POSIX utilities do. */
	while ((opt = getopt_long(argc, argv, "+:c:s:qhV", long_opts, NULL)) != -1) {
		const char *key = NULL, *value = optarg;
		char *eq, word[64];

		switch (opt) {
		case 'c': c->config_file = optarg; break;
		case 's':
			eq = strchr(optarg, '=');
			if (!eq || eq == optarg) {
				snprintf(errbuf, errlen, "--set expects KEY=VALUE, got '%s'", optarg);
				return 2;
			}
			*eq = '\0';
			if (add_set(c, optarg, eq + 1, "--set") < 0)
				goto too_many;
			break;
		case OPT_IMAGE: key = "docker.image"; break;
		case OPT_TIMEOUT: key = "docker.timeout"; break;
		case OPT_MEMORY: key = "docker.memory"; break;
		case OPT_CPUS: key = "docker.cpus"; break;
		case OPT_PIDS: key = "docker.pids_limit"; break;
		case OPT_CONTEXT: key = "docker.context"; break;
		case OPT_ITERATION:
			if (sx_parse_uint(optarg, 0, UINT32_MAX, &c->iteration) < 0) {
				snprintf(errbuf, errlen,
					 "--iteration: '%s' is not a whole number from 0 to %u",
					 optarg, UINT32_MAX);
				return 2;
			}
			c->has_iteration = true;
			break;
		case OPT_DRY_RUN: c->dry_run = true; break;
		case OPT_DIRECT: c->direct = true; break;
		case 'q': c->quiet = true; break;
		case OPT_DATA: c->data = optarg; break;
		case OPT_FORMAT:
			if (strcmp(optarg, "json") == 0) {
				c->format = FORMAT_JSON;
			} else if (strcmp(optarg, "text") == 0) {
				c->format = FORMAT_TEXT;
			} else {
				snprintf(errbuf, errlen, "--format: '%s' is not json or text", optarg);
				return 2;
			}
			break;
		case OPT_FALLBACK:
		case OPT_NO_FALLBACK:
			key = "sandbox.fallback_to_direct";
			value = opt == OPT_FALLBACK ? "true" : "false";
			break;
		case OPT_LOG:
			if (add_set(c, "log.enabled", "true", "log") < 0)
				goto too_many;
			key = "log.file";
			break;
		case OPT_NO_LOG:
			key = "log.enabled";
			value = "false";
			break;
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'V':
			printf("sandexec %s\n", SANDEXEC_VERSION);
			return 0;
		case ':':
			option_spelling(opt, argv, word, sizeof word);
			snprintf(errbuf, errlen, "option '%s' needs a value", word);
			return 2;
		default:
			option_spelling(opt, argv, word, sizeof word);
			snprintf(errbuf, errlen, "unknown option '%s'%s", word,
				 word[1] != '-' ? " (a strategy whose name starts with '-' goes "
						  "after '--')" : "");
			return 2;
		}
		if (key && add_set(c, key, value, option_name(opt)) < 0)
			goto too_many;
	}
	if (optind >= argc) {
		snprintf(errbuf, errlen, "no strategy given (try 'sandexec --help')");
		return 2;
	}
	if (argc - optind > 1) {
		snprintf(errbuf, errlen, "one strategy at a time; unexpected '%s'", argv[optind + 1]);
		return 2;
	}
	c->strategy = argv[optind];
	return -1;
too_many:
	snprintf(errbuf, errlen, "too many options");
	return 2;
}

static int load_config(struct sx_config *cfg, const struct cli *c, struct sx_err *err)
{
	const char *sys = getenv("SANDEXEC_SYSTEM_CONFIG");
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	char *user = NULL;
	char origin[96];
	int r;

	if ((r = sx_config_load_file(cfg, sys ? sys : SANDEXEC_SYSCONFDIR "/sandexec.yaml",
				     false, err)) < 0)
		return r;
	if (xdg && *xdg)
		user = sx_xasprintf("%s/sandexec/sandexec.yaml", xdg);
	else if (home && *home)
		user = sx_xasprintf("%s/.config/sandexec/sandexec.yaml", home);
	if (user) {
		r = sx_config_load_file(cfg, user, false, err);
		free(user);
		if (r < 0)
			return r;
	}
	if (c->config_file && (r = sx_config_load_file(cfg, c->config_file, true, err)) < 0)
		return r;
	if ((r = sx_config_load_env(cfg, environ, err)) < 0)
		return r;
	for (size_t i = 0; i < c->nsets; i++) {
		if (strcmp(c->set_origin[i], "--set") == 0)
			snprintf(origin, sizeof origin, "--set %s", c->sets[i][0]);
		else
			snprintf(origin, sizeof origin, "--%s", c->set_origin[i]);
		if ((r = sx_config_set(cfg, c->sets[i][0], c->sets[i][1], origin, err)) < 0)
			return r;
	}
	return 0;
}

/* Single-quote s for a POSIX shell unless it is plainly safe. */
static void put_shell_word(const char *s, FILE *f)
{
	if (*s && strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			    "0123456789_-.,:/=@%+") == strlen(s)) {
		fputs(s, f);
		return;
	}
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	}
	fputc('\'', f);
}

/* Single-quote s for a POSIX shell, always. */
static void put_shell_quoted(const char *s, FILE *f)
{
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	}
	fputc('\'', f);
}

/* What a run would start, complete: the docker argv and what a run writes
 * on its standard input (the script's length, the script, a nonce that
 * ends the supervisor's trailer; see bootstrap.h). A fresh nonce: a dry
 * run starts nothing that could use it. */
static int dry_run(const struct sx_config *cfg, const struct sx_strategy *s,
		   const struct sx_outcome *o, bool json, bool gvisor)
{
	char **argv = sx_run_docker_argv(cfg, s, o, sx_run_deadline_epoch(cfg), gvisor);
	char nonce[SX_NONCE_LEN + 1];

	if (sx_random_hex(nonce, SX_NONCE_LEN / 2) < 0) {
		sx_argv_free(argv);
		return 70;
	}
	if (json) {
		cJSON *j = cJSON_CreateObject(), *a = cJSON_AddArrayToObject(j, "argv");
		char *text;

		for (char **p = argv; *p; p++)
			cJSON_AddItemToArray(a, cJSON_CreateString(*p));
		cJSON_AddStringToObject(j, "stdin", s->path);
		cJSON_AddNumberToObject(j, "script_length", (double)s->len);
		cJSON_AddStringToObject(j, "nonce", nonce);
		text = sx_json_print(j);
		puts(text);
		free(text);
		cJSON_Delete(j);
		sx_argv_free(argv);
		return fflush(stdout) == EOF || show.no_stdout ? 70 : 0;
	}
	/* Without its standard input the line would not run what a run runs. */
	printf("{ echo %zu; cat ", s->len);
	put_shell_quoted(s->path, stdout);
	printf("; echo %s; } | ", nonce);
	for (char **a = argv; *a; a++) {
		if (a != argv)
			fputc(' ', stdout);
		put_shell_word(*a, stdout);
	}
	fputc('\n', stdout);
	sx_argv_free(argv);
	return fflush(stdout) == EOF || show.no_stdout ? 70 : 0;
}

static void open_log(struct sx_log *log, const struct sx_config *cfg, const struct cli *c,
		     const char *run_id)
{
	char *path = sx_log_path(cfg);

	log->run_id = run_id;
	log->has_iteration = c->has_iteration;
	log->iteration = c->iteration;
	if (!path && cfg->log_enabled) {
		/* Neither XDG_STATE_HOME, HOME nor a passwd entry: said once. */
		if (!show.quiet)
			say("sandexec: warning: no state directory (XDG_STATE_HOME, HOME and the "
			    "passwd entry give none): no event log and no run record; carrying on "
			    "without them\n");
		log->warned = true;
	}
	(void)sx_log_open(log, path, sx_log_path_is_default(cfg));
	free(path);
}

/*
 * A SIGINT, SIGTERM or SIGHUP counts until the report is made, not only
 * while the child runs: one that came while the result was extracted or the
 * container was removed makes the run interrupted (128+N) all the same,
 * whatever it had come to (said in the message), because whoever sent it
 * waits for 128+N. The signal pipe is read once more here, after the last of
 * that work; a signal after this point is too late to change the report.
 */
static void late_signal(struct sx_outcome *o, int signal_fd)
{
	unsigned char b;

	char *was;

	if (signal_fd < 0 || o->status == SX_INTERRUPTED || read(signal_fd, &b, 1) != 1)
		return;
	/* What the run came to so far stays in the message. */
	was = o->error ? sx_xasprintf(": %s", o->error) : sx_xstrdup("");
	free(o->error);
	o->error = sx_xasprintf("interrupted by signal %d after the script ended (the run was "
				"%s%s); its result is not reported",
				b, sx_status_name(o->status), was);
	free(was);
	o->status = SX_INTERRUPTED;
	o->stop_signal = b;
	cJSON_Delete(o->result);
	o->result = NULL;
}

static int report_outcome(const struct sx_outcome *o, const struct sx_strategy *s,
			  const struct cli *c, struct sx_log *log, const cJSON *violations)
{
	struct sx_report rep = {
		.status = o->status,
		.mode = o->mode,
		.fallback = o->fallback,
		.sandboxed = o->mode && strcmp(o->mode, "docker") == 0,
		.has_exit_code = o->has_exit_code,
		.exit_code = o->exit_code,
		.signal = o->signal,
		.duration_ms = o->duration_ms,
		.strategy = s ? s->path : c->strategy,
		.sha256 = s ? s->sha256 : NULL,
		.result = o->result,
		.violations = violations,
		.stdout_truncated = o->stdout_truncated,
		.stdout_text = o->stdout_text,
		.stdout_len = o->stdout_len,
		.stderr_truncated = o->stderr_truncated,
		.stderr_dropped = o->stderr_dropped,
		.stderr_tail = o->stderr_tail,
		.stderr_tail_len = o->stderr_tail_len,
		.exception = o->has_exception ? &o->exception : NULL,
		.error = o->error,
		.container = o->mode && strcmp(o->mode, "docker") == 0 ? o->container : NULL,
		.run_id = o->run_id[0] ? o->run_id : NULL,
		.has_iteration = c->has_iteration,
		.iteration = c->iteration,
	};

	int expected = sx_status_exit_code(o->status, o->stop_signal), code;

	sx_log_finished(log, o, show.no_stdout ? 70 : expected);
	code = finish(&rep, o->stop_signal);
	if (code != expected) {
		cJSON *f = cJSON_CreateObject();

		cJSON_AddStringToObject(f, "status", sx_status_name(o->status));
		cJSON_AddNumberToObject(f, "exit_code", code);
		sx_log_event(log, "ERROR", "report_not_written",
			     "the report could not be written to stdout", f);
	}
	return code;
}

/* The static check before a run, in every mode. Returns the number of
 * violations; *violations gets the report's array (caller frees). */
static int validate(const struct sx_config *cfg, const struct sx_strategy *s,
		    struct sx_log *log, cJSON **violations)
{
	struct sx_violations vs = { 0 };
	int64_t t0 = sx_now_ms();
	size_t n;
	cJSON *f = cJSON_CreateObject();

	*violations = cJSON_CreateArray();
	if (!cfg->validator_enabled) {
		cJSON_AddStringToObject(f, "strategy", s->path);
		sx_log_event(log, "WARNING", "validator_disabled",
			     "static check disabled (validator.enabled is false)", f);
		return 0;
	}
	n = sx_policy_check(cfg, s->data, s->len, &vs);
	cJSON_Delete(*violations);
	*violations = sx_violations_json(&vs, s->path);
	cJSON_AddStringToObject(f, "strategy", s->path);
	cJSON_AddNumberToObject(f, "violation_count", (double)n);
	cJSON_AddNumberToObject(f, "check_ms", (double)(sx_now_ms() - t0));
	if (n) {
		cJSON_AddItemToObject(f, "violations", cJSON_Duplicate(*violations, true));
		sx_log_event(log, "ERROR", "validation_failed",
			     "static check failed: nothing will run", f);
	} else {
		sx_log_event(log, "INFO", "validation_passed", "static check passed", f);
	}
	sx_violations_free(&vs);
	return (int)n;
}

/* A subcommand's parsed command line and configuration. */
struct sub {
	struct cli c;           /* -c and -s, as for a run */
	struct sx_config cfg;
	bool all;               /* gc --all */
	bool json;              /* check --format json */
	const char *owner;      /* gc --owner; NULL: the caller */
	bool any_owner;         /* gc --any-owner */
	char **operands;
	int noperands;
};

struct subcmd {
	const char *name;
	const char *usage;
	bool sets;              /* takes -s KEY=VALUE */
	bool all;               /* takes --all */
	bool operands;          /* takes (and needs) operands */
	int (*run)(struct sub *s);
};

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
	struct sx_err err = { "" };
	int code = 0;

	if (sx_policy_load(&err) < 0) {
		fprintf(stderr, "sandexec check: %s\n", err.msg);
		return 3;
	}
	for (int i = 0; i < s->noperands; i++) {
		struct sx_strategy st;
		struct sx_violations vs = { 0 };

		if (sx_strategy_read(&st, s->operands[i], s->cfg.max_size, &err) < 0) {
			char *m = esc(err.msg);

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

static int run_config(struct sub *s)
{
	sx_config_dump(&s->cfg, stdout);
	return 0;
}

static int run_doctor(struct sub *s)
{
	return sx_doctor(&s->cfg, stdout, HELPER_TIMEOUT_MS) ? 1 : 0;
}

static int run_gc(struct sub *s)
{
	struct sx_err err = { "" };
	char *dir = sx_reaper_dir();
	char *me = sx_reaper_owner();
	const char *owner = s->any_owner ? NULL : s->owner ? s->owner : me;
	int r = sx_reaper_gc(&s->cfg, dir, s->all, owner, stdout, HELPER_TIMEOUT_MS, &err);

	if (r < 0) {
		char *m = esc(err.msg);

		fprintf(stderr, "sandexec gc: %s\n", m);
		free(m);
	}
	free(me);
	free(dir);
	return r < 0 ? 6 : 0;
}

static const struct subcmd subcmds[] = {
	{ "check", "usage: sandexec check [-c FILE] [--format text | json] FILE...\n"
		   "\n"
		   "Run the static check on each FILE without running anything. One line a\n"
		   "violation, FILE:LINE:COLUMN: RULE: MESSAGE; with --format json one JSON\n"
		   "report a file and a line: {\"file\", \"ok\", \"violations\": [{file, line,\n"
		   "column, rule, message}]}. Exit 0 when every file is clean, 4 when\n"
		   "violations were found, 2 when a file could not be read, 3 on a\n"
		   "configuration error (the module table, modules.table in the data\n"
		   "directory, missing or unreadable included).\n",
	  false, false, true, run_check },
	{ "config", "usage: sandexec config [-c FILE] [-s KEY=VALUE]...\n"
		    "\n"
		    "Print the effective configuration as YAML, each key with a comment\n"
		    "naming where its value came from: default, FILE:LINE:COLUMN, an\n"
		    "environment variable, or a flag.\n",
	  true, false, false, run_config },
	{ "doctor", "usage: sandexec doctor [-c FILE]\n"
		    "\n"
		    "Check the docker CLI, the daemon, the image, the memory and pids\n"
		    "cgroups of the engine, the runtime (registered; gVisor with\n"
		    "--oci-seccomp), the seccomp profile, the kernel's seccomp, the\n"
		    "interpreter for direct mode and the event log. One line a check; exit 1\n"
		    "when a check failed (warnings do not count).\n",
	  false, false, false, run_doctor },
	{ "gc", "usage: sandexec gc [--all] [--owner OWNER | --any-owner] [-c FILE]\n"
		"\n"
		"Remove sandexec containers whose deadline has passed (all of them with\n"
		"--all), through their sandexec.run and sandexec.deadline labels, and the\n"
		"records of runs that were killed. One line a container on stdout.\n"
		"Only the caller's own containers, labelled sandexec.owner=UID@HOSTNAME;\n"
		"--owner OWNER: those labelled OWNER instead; --any-owner: every\n"
		"sandexec container of the engine, whoever started it.\n",
	  false, true, false, run_gc },
};

/* argv[0] is the subcommand's name. Exit codes: 2 bad usage, 3 bad
 * configuration, else the subcommand's own. */
static int run_subcommand(const struct subcmd *sc, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "set", required_argument, NULL, 's' },
		{ "all", no_argument, NULL, 'a' },
		{ "format", required_argument, NULL, 'f' },
		{ "owner", required_argument, NULL, 'o' },
		{ "any-owner", no_argument, NULL, 'A' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct sub s = { 0 };
	struct sx_err err = { "" };
	char *eq, word[64];
	int opt, code;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":c:s:h", opts, NULL)) != -1) {
		if (opt == 'h') {
			fputs(sc->usage, stdout);
			return 0;
		}
		if (opt == 'c') {
			s.c.config_file = optarg;
		} else if (opt == 's' && sc->sets && (eq = strchr(optarg, '=')) && eq != optarg &&
			   add_set(&s.c, optarg, eq + 1, "--set") == 0) {
			*eq = '\0';
		} else if (opt == 'a' && sc->all) {
			s.all = true;
		} else if (opt == 'f' && sc->run == run_check &&
			   (strcmp(optarg, "json") == 0 || strcmp(optarg, "text") == 0)) {
			s.json = strcmp(optarg, "json") == 0;
		} else if (opt == 'o' && sc->all && *optarg && !s.any_owner) {
			s.owner = optarg;
		} else if (opt == 'A' && sc->all && !s.owner) {
			s.any_owner = true;
		} else {
			option_spelling(opt, argv, word, sizeof word);
			fprintf(stderr, "sandexec %s: %s '%s'\n%s", sc->name,
				opt == ':' ? "a value is needed after" :
				opt == 's' && sc->sets ? "expected KEY=VALUE after" : "bad option",
				word, sc->usage);
			return 2;
		}
	}
	s.operands = argv + optind;
	s.noperands = argc - optind;
	if (sc->operands != (s.noperands > 0)) {
		fprintf(stderr, "sandexec %s: %s\n%s", sc->name,
			sc->operands ? "no file given" : "unexpected operand", sc->usage);
		return 2;
	}
	sx_config_init(&s.cfg);
	if (load_config(&s.cfg, &s.c, &err) < 0) {
		char *m = esc(err.msg);

		fprintf(stderr, "sandexec %s: %s\n", sc->name, m);
		free(m);
		sx_config_free(&s.cfg);
		return 3;
	}
	code = sc->run(&s);
	sx_config_free(&s.cfg);
	if (fflush(stdout) == EOF || show.no_stdout)
		return 70;
	return code;
}

int main(int argc, char **argv)
{
	struct cli c = { 0 };
	struct sx_config cfg;
	struct sx_strategy s;
	struct sx_outcome o = { 0 };
	struct sx_err err = { "" };
	struct sx_log log = { .fd = -1 };
	struct sx_run_env env = { .stderr_fd = STDERR_FILENO, .grace_ms = GRACE_MS,
				  .helper_timeout_ms = HELPER_TIMEOUT_MS };
	char errbuf[2 * SX_ERR_MAX], *state_dir = NULL;
	cJSON *violations = NULL;
	int code, closed;

	/* Before anything is opened: a closed fd 1 or 2 would be the next
	 * file's number, and the report or the script's stderr would go into
	 * the event log. */
	closed = sx_stdfds_sanitize();
	if (closed < 0)
		return 70;
	show.no_stdout = closed & (1 << STDOUT_FILENO);
	/* A file over RLIMIT_FSIZE (the event log, a run record) fails its
	 * write with EFBIG, which costs a warning, instead of killing sandexec
	 * before it reports. Children get SIG_DFL back (proc.c). */
	signal(SIGXFSZ, SIG_IGN);
	for (size_t i = 0; argc > 1 && i < sizeof subcmds / sizeof subcmds[0]; i++)
		if (strcmp(argv[1], subcmds[i].name) == 0)
			return run_subcommand(&subcmds[i], argc - 1, argv + 1);
	code = parse_args(argc, argv, &c, errbuf, sizeof errbuf);
	if (code == 0)
		return fflush(stdout) == EOF || show.no_stdout ? 70 : 0;
	show.text = c.format == FORMAT_TEXT;
	show.quiet = c.quiet;
	show.color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
	env.warn_fd = c.quiet ? -1 : STDERR_FILENO;
	env.status_line = !c.quiet && isatty(STDERR_FILENO);
	log.warned = c.quiet;
	if (code > 0)
		return fail(SX_USAGE_ERROR, NULL, errbuf);

	sx_config_init(&cfg);
	/* Configuration errors are reported before any log is known. */
	if (load_config(&cfg, &c, &err) < 0) {
		code = fail(SX_CONFIG_ERROR, c.strategy, err.msg);
		sx_config_free(&cfg);
		return code;
	}
	if (c.data) {
		const char *why = NULL;

		if (c.direct || !cfg.sandbox_enabled)
			snprintf(errbuf, sizeof errbuf, "--data needs the container; it cannot be "
				 "used with --direct or sandbox.enabled: false");
		else if (*cfg.context && strcmp(cfg.context, "default") != 0)
			snprintf(errbuf, sizeof errbuf, "--data %s: refused: docker.context names "
				 "another engine (%s), which cannot see this machine's files", c.data,
				 cfg.context);
		else if (!sx_engine_is_local(&why))
			/* Name the variable that decided: an empty DOCKER_HOST is
			 * unset to the docker CLI, and so to sx_engine_is_local. */
			snprintf(errbuf, sizeof errbuf, "--data %s: refused: %s (%s), which cannot "
				 "see this machine's files", c.data, why,
				 getenv("DOCKER_HOST") && *getenv("DOCKER_HOST") ?
				 getenv("DOCKER_HOST") : getenv("DOCKER_CONTEXT"));
		else if (sx_datadir_check(c.data, &cfg.data_dir, &err) < 0)
			snprintf(errbuf, sizeof errbuf, "%s", err.msg);
		else
			errbuf[0] = '\0';
		if (errbuf[0]) {
			code = fail(SX_USAGE_ERROR, c.strategy, errbuf);
			sx_config_free(&cfg);
			return code;
		}
	}
	if (sx_run_new_id(&o) < 0) {
		code = fail(SX_INTERNAL_ERROR, c.strategy, "no randomness for a run id");
		sx_config_free(&cfg);
		return code;
	}
	if (sx_strategy_read(&s, c.strategy, cfg.max_size, &err) < 0) {
		cJSON *f = cJSON_CreateObject();

		o.status = SX_INPUT_ERROR;
		o.error = sx_xstrdup(err.msg);
		if (!c.dry_run) {
			open_log(&log, &cfg, &c, o.run_id);
			cJSON_AddStringToObject(f, "strategy", c.strategy);
			sx_log_event(&log, "ERROR", "validation_failed", err.msg, f);
		} else {
			cJSON_Delete(f);
		}
		code = report_outcome(&o, NULL, &c, &log, NULL);
		goto out_config;
	}
	sx_strategy_hash(&s);
	if (!c.direct && cfg.sandbox_enabled) {
		char *profile = sx_config_seccomp_path(&cfg);
		int bad = sx_seccomp_check(profile, &err);

		free(profile);
		if (bad < 0) {
			o.status = SX_CONFIG_ERROR;
			o.error = sx_xstrdup(err.msg);
			code = report_outcome(&o, &s, &c, &log, NULL);
			goto out;
		}
	}
	/* The static check's module table: without it the check would be
	 * weaker, so its absence is a configuration error, in every mode. */
	if (cfg.validator_enabled && sx_policy_load(&err) < 0) {
		o.status = SX_CONFIG_ERROR;
		o.error = sx_xstrdup(err.msg);
		code = report_outcome(&o, &s, &c, &log, NULL);
		goto out;
	}
	/* A dry run shows what a run would do, the static check included: it
	 * writes no log, but a script the check refuses is refused here too. */
	if (!c.dry_run)
		open_log(&log, &cfg, &c, o.run_id);
	if (validate(&cfg, &s, &log, &violations) > 0) {
		o.status = SX_REJECTED;
		o.error = sx_xasprintf("the static check found %d violation%s; nothing was run",
				       cJSON_GetArraySize(violations),
				       cJSON_GetArraySize(violations) == 1 ? "" : "s");
		code = report_outcome(&o, &s, &c, &log, violations);
		goto out;
	}
	if (c.dry_run) {
		struct sx_runtime rt;
		int bad = sx_runtime_for_run(&cfg, HELPER_TIMEOUT_MS, &rt, &err);

		if (bad < 0) {
			o.status = bad == -EIO ? SX_SANDBOX_UNAVAILABLE : SX_CONFIG_ERROR;
			o.error = sx_xstrdup(err.msg);
			code = report_outcome(&o, &s, &c, &log, NULL);
			goto out;
		}
		code = dry_run(&cfg, &s, &o, c.format == FORMAT_JSON, rt.gvisor);
		goto out;
	}
	env.state_dir = state_dir = sx_reaper_dir();
	if (!state_dir && !log.warned && !show.quiet)
		say("sandexec: warning: no state directory (XDG_STATE_HOME, HOME and the passwd "
		    "entry give none): no run record; a killed run's container is left for "
		    "'sandexec gc'\n");
	env.signal_fd = sx_signals_install();
	if (env.signal_fd < 0) {
		o.status = SX_INTERNAL_ERROR;
		o.error = sx_xstrdup("cannot install signal handlers");
	} else {
		show.signal_fd = env.signal_fd;
		(void)sx_execute(&cfg, &s, &env, &log, c.direct, &o);
		late_signal(&o, env.signal_fd);
	}
	code = report_outcome(&o, &s, &c, &log, violations);
out:
	cJSON_Delete(violations);
	sx_strategy_free(&s);
	free(state_dir);
out_config:
	sx_outcome_free(&o);
	sx_log_close(&log);
	sx_config_free(&cfg);
	return code;
}
