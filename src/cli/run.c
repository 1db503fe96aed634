/* run.c - sandexec STRATEGY.py: the run command's options, the check
 * before the run, one run, one report, one exit code. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bootstrap.h"
#include "common.h"
#include "config.h"
#include "docker.h"
#include "dockerargv.h"
#include "datadir.h"
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

static const char usage_text[] =
    "usage: sandexec [options] [--] STRATEGY.py [ARG...]\n"
    "       sandexec check [-q] [-c FILE] [--format text | json] FILE...\n"
    "       sandexec gc [--all] [--owner OWNER | --any-owner] [-c FILE]\n"
    "       sandexec config [-c FILE] [-s KEY=VALUE]...\n"
    "       sandexec doctor [-c FILE]\n"
    "       sandexec warm [N] [-c FILE] [-s KEY=VALUE]... [--image ...] [-q]\n"
    "\n"
    "Check a Python strategy, run it once in a hardened Docker container,\n"
    "and print one JSON report on stdout. The ARGs go to the script as\n"
    "sys.argv[1:]; options come before the strategy, every word after it is an ARG.\n"
    "After a run, a container for the next one is started ahead (docker.spares).\n"
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
    "      --format FORMAT    json (the default: one JSON report) or text (a summary,\n"
    "                         with the script's last stdout lines when no result);\n"
    "                         with --dry-run: text (shell words) or json (an argv array)\n"
    "  -o, --output FILE      on ok, write the report to FILE atomically, nothing on\n"
    "                         stdout; on any other outcome FILE is left as it was\n"
    "  -q, --quiet            no status line, warnings or error line on stderr\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n"
    "\n"
    "exit status: 0 ok, 1 strategy_error, 2 usage_error, 3 config_error,\n"
    "4 rejected, 5 no_result, 6 sandbox_unavailable, 7 output_limit, 8 oom,\n"
    "9 invalid_result (the result fails output.require),\n"
    "66 input_error, 70 internal_error (also: the report could not be written),\n"
    "124 timeout, 128+N interrupted by signal N.\n"
    "See sandexec(1) and sandexec.yaml(5).\n";

enum {
	OPT_IMAGE = 256,
	OPT_TIMEOUT,
	OPT_MEMORY,
	OPT_CPUS,
	OPT_PIDS,
	OPT_ITERATION,
	OPT_DRY_RUN,
	OPT_DIRECT,
	OPT_FALLBACK,
	OPT_NO_FALLBACK,
	OPT_LOG,
	OPT_NO_LOG,
	OPT_FORMAT,
	OPT_DATA,
	OPT_CONTEXT
};

static const struct option long_opts[] = {
    {"config", required_argument, NULL, 'c'},
    {"set", required_argument, NULL, 's'},
    {"image", required_argument, NULL, OPT_IMAGE},
    {"timeout", required_argument, NULL, OPT_TIMEOUT},
    {"memory", required_argument, NULL, OPT_MEMORY},
    {"cpus", required_argument, NULL, OPT_CPUS},
    {"pids-limit", required_argument, NULL, OPT_PIDS},
    {"iteration", required_argument, NULL, OPT_ITERATION},
    {"dry-run", no_argument, NULL, OPT_DRY_RUN},
    {"direct", no_argument, NULL, OPT_DIRECT},
    {"fallback", no_argument, NULL, OPT_FALLBACK},
    {"no-fallback", no_argument, NULL, OPT_NO_FALLBACK},
    {"log", required_argument, NULL, OPT_LOG},
    {"no-log", no_argument, NULL, OPT_NO_LOG},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"data", required_argument, NULL, OPT_DATA},
    {"context", required_argument, NULL, OPT_CONTEXT},
    {"output", required_argument, NULL, 'o'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

static const char *option_name(int val)
{
	for (const struct option *o = long_opts; o->name; o++)
		if (o->val == val)
			return o->name;
	return "?";
}

/* The words after the strategy, as they are: bounded (SX_ARGS_MAX words,
 * SX_ARGS_MAX_BYTES in all) and valid UTF-8, since they go into the report
 * and the script gets them as str. Returns -1 or 2. */
static int parse_script_args(char *const *args, size_t n, struct cli *c, char *errbuf,
			     size_t errlen)
{
	size_t total = 0;

	if (n > SX_ARGS_MAX) {
		snprintf(errbuf, errlen, "%zu arguments after the strategy; at most %d", n,
			 SX_ARGS_MAX);
		return 2;
	}
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(args[i]);

		total += len + 1;
		if (!sx_utf8_valid(args[i], len)) {
			snprintf(errbuf, errlen,
				 "argument %zu after the strategy is not valid UTF-8", i + 1);
			return 2;
		}
	}
	if (total > SX_ARGS_MAX_BYTES) {
		snprintf(errbuf, errlen,
			 "the arguments after the strategy take %zu bytes; at most %d", total,
			 SX_ARGS_MAX_BYTES);
		return 2;
	}
	c->args = args;
	c->nargs = n;
	return -1;
}

/* Returns -1 on success (carry on), else an exit code. */
static int parse_args(int argc, char **argv, struct cli *c, char *errbuf, size_t errlen)
{
	int opt;

	opterr = 0;
	/* '+': stop at the first operand, as POSIX utilities do. */
	while ((opt = getopt_long(argc, argv, "+:c:s:o:qhV", long_opts, NULL)) != -1) {
		const char *key = NULL, *value = optarg;
		char *eq, word[64];

		switch (opt) {
		case 'c':
			c->config_file = optarg;
			break;
		case 's':
			eq = strchr(optarg, '=');
			if (!eq || eq == optarg) {
				snprintf(errbuf, errlen, "--set expects KEY=VALUE, got '%s'",
					 optarg);
				return 2;
			}
			*eq = '\0';
			if (cli_add_set(c, optarg, eq + 1, "--set") < 0)
				goto too_many;
			break;
		case OPT_IMAGE:
			key = "docker.image";
			break;
		case OPT_TIMEOUT:
			key = "docker.timeout";
			break;
		case OPT_MEMORY:
			key = "docker.memory";
			break;
		case OPT_CPUS:
			key = "docker.cpus";
			break;
		case OPT_PIDS:
			key = "docker.pids_limit";
			break;
		case OPT_CONTEXT:
			key = "docker.context";
			break;
		case OPT_ITERATION:
			if (sx_parse_uint(optarg, 0, UINT32_MAX, &c->iteration) < 0) {
				snprintf(errbuf, errlen,
					 "--iteration: '%s' is not a whole number from 0 to %u",
					 optarg, UINT32_MAX);
				return 2;
			}
			c->has_iteration = true;
			break;
		case OPT_DRY_RUN:
			c->dry_run = true;
			break;
		case OPT_DIRECT:
			c->direct = true;
			break;
		case 'q':
			c->quiet = true;
			break;
		case 'o':
			if (!*optarg) {
				snprintf(errbuf, errlen, "--output: an empty file name");
				return 2;
			}
			c->output = optarg;
			break;
		case OPT_DATA:
			c->data = optarg;
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "json") == 0) {
				c->format = FORMAT_JSON;
			} else if (strcmp(optarg, "text") == 0) {
				c->format = FORMAT_TEXT;
			} else {
				snprintf(errbuf, errlen, "--format: '%s' is not json or text",
					 optarg);
				return 2;
			}
			break;
		case OPT_FALLBACK:
		case OPT_NO_FALLBACK:
			key = "sandbox.fallback_to_direct";
			value = opt == OPT_FALLBACK ? "true" : "false";
			break;
		case OPT_LOG:
			if (cli_add_set(c, "log.enabled", "true", "log") < 0)
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
			cli_option_spelling(opt, argv, word, sizeof word);
			snprintf(errbuf, errlen, "option '%s' needs a value", word);
			return 2;
		default:
			cli_option_spelling(opt, argv, word, sizeof word);
			snprintf(errbuf, errlen, "unknown option '%s'%s", word,
				 word[1] != '-' ? " (a strategy whose name starts with '-' goes "
						  "after '--')"
						: "");
			return 2;
		}
		if (key && cli_add_set(c, key, value, option_name(opt)) < 0)
			goto too_many;
	}
	if (optind >= argc) {
		snprintf(errbuf, errlen, "no strategy given (try 'sandexec --help')");
		return 2;
	}
	if (c->output && c->dry_run) {
		snprintf(errbuf, errlen, "--output and --dry-run: a dry run writes no report");
		return 2;
	}
	c->strategy = argv[optind];
	return parse_script_args(argv + optind + 1, (size_t)(argc - optind - 1), c, errbuf, errlen);
too_many:
	snprintf(errbuf, errlen, "too many options");
	return 2;
}

/* What a run would start, complete: the docker argv and what a run writes
 * on its standard input (the script's length, the script, the arguments'
 * length and the arguments, a nonce that
 * ends the supervisor's trailer; see bootstrap.h). A fresh nonce: a dry
 * run starts nothing that could use it. */
static int dry_run(const struct sx_config *cfg, const struct sx_strategy *s,
		   const struct sx_outcome *o, bool json, bool gvisor)
{
	char **argv = sx_docker_run_argv(cfg, s, o, sx_docker_deadline_epoch(cfg), gvisor);
	char nonce[SX_NONCE_LEN + 1];

	if (sx_random_hex(nonce, SX_NONCE_LEN / 2) < 0) {
		sx_dockerargv_free(argv);
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
		a = cJSON_AddArrayToObject(j, "args");
		for (size_t i = 0; i < o->nargs; i++)
			cJSON_AddItemToArray(a, cJSON_CreateString(o->args[i]));
		text = sx_json_print(j);
		puts(text);
		free(text);
		cJSON_Delete(j);
		sx_dockerargv_free(argv);
		return fflush(stdout) == EOF || cli_show.no_stdout ? 70 : 0;
	}
	/* Without its standard input the line would not run what a run runs. */
	printf("{ echo %zu; cat -- ", s->len);
	sx_dockerargv_shell_quoted(s->path, stdout);
	/* The words after the strategy: their length, then each ended by a NUL. */
	{
		size_t alen = 0;

		for (size_t i = 0; i < o->nargs; i++)
			alen += strlen(o->args[i]) + 1;
		printf("; echo %zu", alen);
		if (o->nargs)
			fputs("; printf '%s\\0'", stdout);
		for (size_t i = 0; i < o->nargs; i++) {
			fputc(' ', stdout);
			sx_dockerargv_shell_word(o->args[i], stdout);
		}
	}
	printf("; echo %s; } | ", nonce);
	for (char **a = argv; *a; a++) {
		if (a != argv)
			fputc(' ', stdout);
		sx_dockerargv_shell_word(*a, stdout);
	}
	fputc('\n', stdout);
	sx_dockerargv_free(argv);
	return fflush(stdout) == EOF || cli_show.no_stdout ? 70 : 0;
}

static void open_log(struct sx_log *log, const struct sx_config *cfg, const struct cli *c,
		     const char *run_id)
{
	char *path = sx_eventlog_path(cfg);

	log->run_id = run_id;
	log->has_iteration = c->has_iteration;
	log->iteration = c->iteration;
	if (!path && cfg->log_enabled) {
		/* Neither XDG_STATE_HOME, HOME nor a passwd entry: said once. */
		if (!cli_show.quiet)
			cli_say(
			    "sandexec: warning: no state directory (XDG_STATE_HOME, HOME and the "
			    "passwd entry give none): no event log and no run record; carrying on "
			    "without them\n");
		log->warned = true;
	}
	(void)sx_eventlog_open(log, path, sx_eventlog_path_is_default(cfg));
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
				b, sx_outcome_status_name(o->status), was);
	free(was);
	o->status = SX_INTERRUPTED;
	o->stop_signal = b;
	cJSON_Delete(o->result);
	o->result = NULL;
}

static int report_outcome(const struct sx_outcome *o, const struct sx_strategy *s,
			  const struct cli *c, struct sx_log *log, const cJSON *violations)
{
	const struct sx_report rep = {
	    .o = o,
	    .strategy = s ? s->path : c->strategy,
	    .sha256 = s ? s->sha256 : NULL,
	    .violations = violations,
	    .has_iteration = c->has_iteration,
	    .iteration = c->iteration,
	};
	int expected = sx_outcome_exit_code(o->status, o->stop_signal), code;

	sx_report_log_finished(
	    log, &rep,
	    cli_show.no_stdout && !(cli_show.output && o->status == SX_OK) ? 70 : expected);
	code = cli_finish(&rep, o->stop_signal);
	if (code != expected) {
		cJSON *f = cJSON_CreateObject();

		cJSON_AddStringToObject(f, "status", sx_outcome_status_name(o->status));
		cJSON_AddNumberToObject(f, "exit_code", code);
		sx_eventlog_write(log, "ERROR", "report_not_written",
				  cli_show.output && o->status == SX_OK
				      ? "the report could not be written to the output file"
				      : "the report could not be written to stdout",
				  f);
	}
	return code;
}

int cli_run(int argc, char **argv)
{
	struct cli c = {0};
	struct sx_config cfg;
	struct sx_strategy s;
	struct sx_outcome o = {0};
	struct sx_err err = {""};
	struct sx_log log = {.fd = -1, .warn = cli_warn_line};
	struct sx_run_env env = {.stderr_fd = STDERR_FILENO,
				 .grace_ms = GRACE_MS,
				 .helper_timeout_ms = HELPER_TIMEOUT_MS};
	char errbuf[2 * SX_ERR_MAX], *state_dir = NULL;
	cJSON *violations = NULL;
	int code;

	code = parse_args(argc, argv, &c, errbuf, sizeof errbuf);
	if (code == 0)
		return fflush(stdout) == EOF || cli_show.no_stdout ? 70 : 0;
	cli_show.text = c.format == FORMAT_TEXT;
	cli_show.quiet = c.quiet;
	cli_show.output = c.output;
	cli_show.color = isatty(STDERR_FILENO) && !getenv("NO_COLOR");
	env.warn_fd = c.quiet ? -1 : STDERR_FILENO;
	env.status_line = !c.quiet && isatty(STDERR_FILENO);
	log.warned = c.quiet;
	if (code > 0)
		return cli_fail(SX_USAGE_ERROR, NULL, errbuf);
	if (c.output && cli_output_check(c.output) < 0) {
		snprintf(errbuf, sizeof errbuf,
			 "-o %s: not a regular file (a device, a FIFO, a directory or a symbolic "
			 "link would be replaced by the report)",
			 c.output);
		return cli_fail(SX_USAGE_ERROR, c.strategy, errbuf);
	}

	sx_config_init(&cfg);
	/* Configuration errors are reported before any log is known. */
	if (cli_load_config(&cfg, &c, &err) < 0) {
		code = cli_fail(SX_CONFIG_ERROR, c.strategy, err.msg);
		sx_config_free(&cfg);
		return code;
	}
	if (c.data && sx_datadir_admit(&cfg, c.data, c.direct, errbuf, sizeof errbuf) < 0) {
		code = cli_fail(SX_USAGE_ERROR, c.strategy, errbuf);
		sx_config_free(&cfg);
		return code;
	}
	o.args = c.args;
	o.nargs = c.nargs;
	if (sx_run_new_id(&o) < 0) {
		code = cli_fail(SX_INTERNAL_ERROR, c.strategy, "no randomness for a run id");
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
			sx_eventlog_write(&log, "ERROR", "validation_failed", err.msg, f);
		} else {
			cJSON_Delete(f);
		}
		code = report_outcome(&o, NULL, &c, &log, NULL);
		goto out_config;
	}
	sx_strategy_hash(&s);
	if (!c.direct && cfg.sandbox_enabled) {
		char *profile = sx_config_seccomp_path(&cfg);
		int bad = sx_docker_seccomp_check(profile, &err);

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
	if (sx_policy_validate(&cfg, &s, &log, &violations) > 0) {
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
	if (!state_dir && !log.warned && !cli_show.quiet)
		cli_say(
		    "sandexec: warning: no state directory (XDG_STATE_HOME, HOME and the passwd "
		    "entry give none): no run record; a killed run's container is left for "
		    "'sandexec gc'\n");
	env.signal_fd = sx_proc_signals_install();
	if (env.signal_fd < 0) {
		o.status = SX_INTERNAL_ERROR;
		o.error = sx_xstrdup("cannot install signal handlers");
	} else {
		cli_show.signal_fd = env.signal_fd;
		(void)sx_execute(&cfg, &s, &env, &log, c.direct, &o);
		late_signal(&o, env.signal_fd);
	}
	code = report_outcome(&o, &s, &c, &log, violations);
	/* The next run's container, started after the report: never on this
	 * run's path, and nothing of the caller's waits for it. */
	sx_execute_after(&cfg, &env, &log, &o);
out:
	cJSON_Delete(violations);
	sx_strategy_free(&s);
	free(state_dir);
out_config:
	sx_outcome_free(&o);
	sx_eventlog_close(&log);
	sx_config_free(&cfg);
	return code;
}
