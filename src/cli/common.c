/* common.c - what the commands share: -c and -s, the configuration
 * layers, the report on the caller's streams, the subcommand parser. */
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "run.h"
#include "stream.h"
#include "sx-build.h"
#include "util.h"

extern char **environ;

/* How the outcome is shown; set once from the command line. */
struct cli_show cli_show = {.signal_fd = -1};

/* One line of sandexec's own on stderr, dropped rather than waited for
 * when nobody reads it (stream.h). */
__attribute__((format(printf, 1, 2))) void cli_say(const char *fmt, ...)
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
	(void)sx_stream_write(STDERR_FILENO, line, (size_t)n, SX_STREAM_STALL_MS,
			      cli_show.signal_fd, NULL);
}

void cli_warn_line(const char *line, size_t len)
{
	(void)sx_stream_write(STDERR_FILENO, line, len, SX_STREAM_STALL_MS, -1, NULL);
}

int cli_put_stdout(void *ctx, const char *buf, size_t len)
{
	(void)ctx;
	return sx_stream_write(STDOUT_FILENO, buf, len, SX_STREAM_REPORT_MS, cli_show.signal_fd,
			       NULL);
}

/* Outside text for a line of stderr; caller frees. */
char *cli_esc(const char *s)
{
	return sx_escape_line(s, strlen(s));
}

static int put_fd(void *ctx, const char *buf, size_t len)
{
	int fd = *(int *)ctx;

	while (len) {
		ssize_t n = write(fd, buf, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

int cli_output_check(const char *file)
{
	struct stat st;

	if (lstat(file, &st) < 0)
		return errno == ENOENT ? 0 : -errno;
	return S_ISREG(st.st_mode) ? 0 : -EINVAL;
}

/*
 * -o FILE: the report of an ok run goes to FILE, whole or not at all. It is
 * written to a temporary file in FILE's directory (so the rename stays on
 * one file system), synced, given the mode a new file gets (0666 less the
 * umask), and renamed over FILE; the directory is synced after. A reader,
 * or make, sees the old FILE or the complete new one, never a part; a run
 * killed before the rename leaves at most the temporary file, never FILE.
 * 0 or -errno (FILE then untouched, the temporary file gone).
 */
static int write_output(const struct sx_report *rep, const char *file)
{
	_cleanup_free_ char *copy = sx_xstrdup(file), *copy2 = sx_xstrdup(file);
	const char *dir = dirname(copy), *base = basename(copy2);
	_cleanup_free_ char *tmp = sx_xasprintf("%s/.%s.XXXXXX", dir, base);
	mode_t mask = umask(0);
	int fd, r, dfd;

	umask(mask);
	fd = mkstemp(tmp);
	if (fd < 0)
		return -errno;
	if (cli_show.text) {
		char *text = sx_report_text(rep);

		r = put_fd(&fd, text, strlen(text));
		free(text);
	} else {
		r = sx_report_emit(rep, put_fd, &fd);
	}
	if (r == 0)
		r = put_fd(&fd, "\n", 1);
	if (r == 0 && fchmod(fd, 0666 & ~mask) < 0)
		r = -errno;
	if (r == 0 && fsync(fd) < 0)
		r = -errno;
	if (close(fd) < 0 && r == 0)
		r = -errno;
	/* Checked again at the last moment: a rename over a device, a FIFO or
	 * a symbolic link would replace it (-o /dev/null as root). */
	if (r == 0 && cli_output_check(file) < 0)
		r = -EINVAL;
	if (r == 0 && rename(tmp, file) < 0)
		r = -errno;
	if (r < 0) {
		(void)unlink(tmp);
		return r;
	}
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		(void)fsync(dfd);
		close(dfd);
	}
	return 0;
}

/* Print the report, mirror its error on stderr, and give the exit code.
 * A report that could not be written whole makes the exit code 70
 * (internal_error) whatever the run's status: the exit code is all the
 * caller has left, and any other code promises a complete report. */
int cli_finish(const struct sx_report *rep, int stop_signal)
{
	int code = sx_outcome_exit_code(rep->o->status, stop_signal);
	int r;

	/* "sandexec: [STRATEGY: ]STATUS: MESSAGE": under make -j or in a cron
	 * mail the line must say which script it is about. The path and the
	 * message come from outside (a file name, docker's words): escaped, so
	 * the line stays one line and holds no terminal control. */
	if (rep->o->error && rep->o->status != SX_OK && !cli_show.quiet) {
		char *strategy = rep->strategy ? cli_esc(rep->strategy) : NULL;
		char *error = cli_esc(rep->o->error);

		cli_say("sandexec: %s%s%s%s%s: %s\n", strategy ? strategy : "",
			strategy ? ": " : "", cli_show.color ? "\033[1;31m" : "",
			sx_outcome_status_name(rep->o->status), cli_show.color ? "\033[0m" : "",
			error);
		free(strategy);
		free(error);
	}
	if (cli_show.output && rep->o->status == SX_OK) {
		r = write_output(rep, cli_show.output);
		if (r < 0) {
			char *f = cli_esc(cli_show.output);

			cli_say("sandexec: internal_error: cannot write the report to %s: %s; the "
				"run's status was %s (exit %d)\n",
				f, strerror(-r), sx_outcome_status_name(rep->o->status), code);
			free(f);
			code = 70;
		}
		return code;
	}
	if (cli_show.no_stdout) {
		r = -EBADF;
	} else if (cli_show.text) {
		char *text = sx_report_text(rep);

		r = cli_put_stdout(NULL, text, strlen(text));
		free(text);
	} else {
		r = sx_report_emit(rep, cli_put_stdout, NULL);
	}
	if (r == 0)
		r = cli_put_stdout(NULL, "\n", 1);
	if (r < 0) {
		char *strategy = rep->strategy ? cli_esc(rep->strategy) : NULL;

		cli_say("sandexec: %s%sinternal_error: cannot write the report: %s; the run's "
			"status was %s (exit %d)\n",
			strategy ? strategy : "", strategy ? ": " : "",
			r == -EBADF && cli_show.no_stdout ? "stdout was closed"
			: r == -ETIMEDOUT		  ? "stdout was not read in time"
			: r == -EINTR			  ? "interrupted by a signal"
							  : strerror(-r),
			sx_outcome_status_name(rep->o->status), code);
		free(strategy);
		code = 70;
	}
	return code;
}

int cli_fail(enum sx_status st, const char *strategy, const char *msg)
{
	/* A failure before any run: an outcome of only a status and its error. */
	struct sx_outcome o = {.status = st, .error = sx_xstrdup(msg)};
	struct sx_report rep = {.o = &o, .strategy = strategy};
	int code = cli_finish(&rep, 0);

	sx_outcome_free(&o);
	return code;
}

int cli_add_set(struct cli *c, const char *key, const char *val, const char *origin)
{
	if (c->nsets == MAX_SETS)
		return -1;
	c->sets[c->nsets].key = key;
	c->sets[c->nsets].value = val;
	c->sets[c->nsets].origin = origin;
	c->nsets++;
	return 0;
}

/* How the user spelt the option getopt_long just returned: "--name" for a
 * long one, "-c" for a short one. getopt leaves optind on the word of an
 * unknown short option that is not the last of its word, and optarg as it
 * was, so neither argv[optind - 1] nor optarg can be trusted alone. */
void cli_option_spelling(int opt, char *const *argv, char *buf, size_t len)
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

int cli_load_config(struct sx_config *cfg, const struct cli *c, struct sx_err *err)
{
	return sx_config_load_layers(cfg, c->config_file, c->sets, c->nsets, environ, err);
}

/* -q or --quiet among the options (before "--" or the first operand). */
static bool quiet_asked(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "-q") == 0 || strcmp(argv[i], "--quiet") == 0)
			return true;
	return false;
}

int cli_subcommand(const struct subcmd *sc, int argc, char **argv)
{
	static const struct option opts[] = {
	    {"config", required_argument, NULL, 'c'},
	    {"set", required_argument, NULL, 's'},
	    {"all", no_argument, NULL, 'a'},
	    {"format", required_argument, NULL, 'f'},
	    {"owner", required_argument, NULL, 'o'},
	    {"any-owner", no_argument, NULL, 'A'},
	    {"help", no_argument, NULL, 'h'},
	    {"quiet", no_argument, NULL, 'q'},
	    /* The run's flags that shape a container (config_flags). */
	    {"image", required_argument, NULL, 0x100},
	    {"timeout", required_argument, NULL, 0x101},
	    {"memory", required_argument, NULL, 0x102},
	    {"cpus", required_argument, NULL, 0x103},
	    {"pids-limit", required_argument, NULL, 0x104},
	    {"context", required_argument, NULL, 0x105},
	    {NULL, 0, NULL, 0},
	};
	static const char *const flag_keys[] = {"docker.image",	     "docker.timeout",
						"docker.memory",     "docker.cpus",
						"docker.pids_limit", "docker.context"};
	struct sub s = {0};
	struct sx_err err = {""};
	char *eq, word[64];
	int opt, code;

	opterr = 0;
	while ((opt = getopt_long(argc, argv, ":c:s:hq", opts, NULL)) != -1) {
		if (opt == 'h') {
			fputs(sc->usage, stdout);
			return 0;
		}
		if (opt == 'c') {
			s.c.config_file = optarg;
		} else if (opt == 's' && sc->sets && (eq = strchr(optarg, '=')) && eq != optarg &&
			   cli_add_set(&s.c, optarg, eq + 1, "--set") == 0) {
			*eq = '\0';
		} else if (opt >= 0x100 && opt <= 0x105 && sc->config_flags &&
			   cli_add_set(&s.c, flag_keys[opt - 0x100], optarg,
				       opts[8 + (opt - 0x100)].name) == 0) {
			/* a configuration flag, as for a run */
		} else if (opt == 'q' && sc->quiet) {
			s.c.quiet = true;
		} else if (opt == 'a' && sc->all) {
			s.all = true;
		} else if (opt == 'f' && sc->format &&
			   (strcmp(optarg, "json") == 0 || strcmp(optarg, "text") == 0)) {
			s.json = strcmp(optarg, "json") == 0;
		} else if (opt == 'o' && sc->all && *optarg && !s.any_owner) {
			s.owner = optarg;
		} else if (opt == 'A' && sc->all && !s.owner) {
			s.any_owner = true;
		} else {
			/* -q anywhere on the line: nothing on stderr, even for a
			 * usage error; the exit code says it. */
			if (sc->quiet && quiet_asked(argc, argv))
				return 2;
			cli_option_spelling(opt, argv, word, sizeof word);
			fprintf(stderr, "sandexec %s: %s '%s'\n%s", sc->name,
				opt == ':'		 ? "a value is needed after"
				: opt == 's' && sc->sets ? "expected KEY=VALUE after"
							 : "bad option",
				word, sc->usage);
			return 2;
		}
	}
	s.operands = argv + optind;
	s.noperands = argc - optind;
	if (sc->operand_optional ? s.noperands > 1 : sc->operands != (s.noperands > 0)) {
		if (s.c.quiet)
			return 2;
		fprintf(stderr, "sandexec %s: %s\n%s", sc->name,
			sc->operands ? "no file given" : "unexpected operand", sc->usage);
		return 2;
	}
	sx_config_init(&s.cfg);
	if (cli_load_config(&s.cfg, &s.c, &err) < 0) {
		char *m = cli_esc(err.msg);

		if (!s.c.quiet)
			fprintf(stderr, "sandexec %s: %s\n", sc->name, m);
		free(m);
		sx_config_free(&s.cfg);
		return 3;
	}
	code = sc->run(&s);
	sx_config_free(&s.cfg);
	if (fflush(stdout) == EOF || cli_show.no_stdout)
		return 70;
	return code;
}
