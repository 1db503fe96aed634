/* common.h - what the commands of the command line share: the options
 * every command takes (-c, -s), the configuration layers, how the outcome
 * is shown on the caller's streams, and the subcommand option parser. */
#ifndef SX_CLI_COMMON_H
#define SX_CLI_COMMON_H

#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "outcome.h"
#include "report.h"

#define MAX_SETS 64
/* After a stop, the docker CLI gets GRACE_MS to exit; each docker rm gets
 * HELPER_TIMEOUT_MS. Both fit in SX_REAP_MARGIN_S. */
#define GRACE_MS 10000
#define HELPER_TIMEOUT_MS 15000

struct cli {
	const char *config_file;
	struct sx_config_set sets[MAX_SETS]; /* applied in order, last wins */
	size_t nsets;
	bool has_iteration;
	uint64_t iteration;
	bool dry_run;
	bool direct;
	const char *data;
	bool quiet;
	int format; /* FORMAT_DEFAULT, FORMAT_JSON, FORMAT_TEXT */
	const char *strategy;
	char *const *args; /* the words after the strategy: its sys.argv[1:] */
	size_t nargs;
	const char *output; /* -o FILE: the report of an ok run goes there */
};

enum { FORMAT_DEFAULT, FORMAT_JSON, FORMAT_TEXT };

/* How the outcome is shown; set once from the command line. */
struct cli_show {
	bool text;	    /* --format text */
	bool quiet;	    /* --quiet */
	bool color;	    /* stderr is a terminal and NO_COLOR is unset */
	bool no_stdout;	    /* fd 1 was closed when sandexec started */
	int signal_fd;	    /* a signal stops waiting for the caller's streams */
	const char *output; /* -o FILE: where an ok report goes instead of stdout */
};

extern struct cli_show cli_show;

__attribute__((format(printf, 1, 2))) void cli_say(const char *fmt, ...);
/* A line of sandexec's own for stderr from the library (the event log's
 * warning): bounded, never waited for (stream.h). */
void cli_warn_line(const char *line, size_t len);
int cli_put_stdout(void *ctx, const char *buf, size_t len);
/* Outside text for a line of stderr; caller frees. */
char *cli_esc(const char *s);
int cli_finish(const struct sx_report *rep, int stop_signal);
int cli_fail(enum sx_status st, const char *strategy, const char *msg);
int cli_add_set(struct cli *c, const char *key, const char *val, const char *origin);
void cli_option_spelling(int opt, char *const *argv, char *buf, size_t len);
int cli_load_config(struct sx_config *cfg, const struct cli *c, struct sx_err *err);

/* A subcommand's parsed command line and configuration. */
struct sub {
	struct cli c; /* -c and -s, as for a run */
	struct sx_config cfg;
	bool all;	   /* gc --all */
	bool json;	   /* check --format json */
	const char *owner; /* gc --owner; NULL: the caller */
	bool any_owner;	   /* gc --any-owner */
	char **operands;
	int noperands;
};

struct subcmd {
	const char *name;
	const char *usage;
	bool sets;	       /* takes -s KEY=VALUE */
	bool all;	       /* takes --all */
	bool format;	       /* takes --format text | json */
	bool quiet;	       /* takes -q, --quiet */
	bool operands;	       /* takes (and needs) operands */
	bool operand_optional; /* takes one operand or none */
	bool config_flags; /* takes --image, --timeout, --memory, --cpus, --pids-limit, --context */
	int (*run)(struct sub *s);
};

/* argv[0] is the subcommand's name. Exit codes: 2 bad usage, 3 bad
 * configuration, else the subcommand's own. */
int cli_subcommand(const struct subcmd *sc, int argc, char **argv);

/* The commands: a run (the default) and the subcommands. */
int cli_run(int argc, char **argv);
extern const struct subcmd cli_check_cmd, cli_config_cmd, cli_doctor_cmd, cli_gc_cmd, cli_warm_cmd;

/* -o FILE may name a regular file or nothing yet: a rename over anything
 * else (a device, a FIFO, a symbolic link) would replace it. 0, -EINVAL
 * for another kind of file, or -errno of lstat(). */
int cli_output_check(const char *file);

#endif
