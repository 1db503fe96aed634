/* policy.h - the static check: a policy applied to the token stream of a
 * Python script, before anything runs, in every mode. */
#ifndef SX_POLICY_H
#define SX_POLICY_H

#include <stddef.h>

#include <cjson/cJSON.h>

#include "config.h"

struct sx_violation {
	int line;
	int col;
	const char *rule; /* static string, e.g. "forbidden-import" */
	char *message;	  /* owned */
};

struct sx_violations {
	struct sx_violation *v;
	size_t n, cap;
};

/* Check src[0..len) against cfg's validator settings. Appends to out;
 * returns the number of violations found. A source the lexer cannot read is
 * one violation (rule "syntax"): what cannot be checked does not run.
 * Checking stops after SX_POLICY_MAX_VIOLATIONS. */
#define SX_POLICY_MAX_VIOLATIONS 1000
size_t sx_policy_check(const struct sx_config *cfg, const char *src, size_t len,
		       struct sx_violations *out);

void sx_policy_violations_free(struct sx_violations *vs);

/* Load the module table (modules.table in $SANDEXEC_DATADIR or the
 * compiled-in data directory) once a process. Returns 0, or -errno with err
 * saying which file and why: a configuration error for the caller. A check
 * without its table reports one violation, rule "module-table". */
int sx_policy_load(struct sx_err *err);

/* The path the table is read from. Caller frees. */
char *sx_policy_table_path(void);

/* The violations as the report's array of {file, line, column, rule,
 * message}. Caller owns the result. */
cJSON *sx_violations_json(const struct sx_violations *vs, const char *file);

struct sx_log;
struct sx_strategy;

/* The static check before a run, in every mode, with its event
 * (validation_passed or validation_failed; validator_disabled when
 * validator.enabled is false). Returns the number of violations;
 * *violations gets the report's array (caller frees). */
int sx_policy_validate(const struct sx_config *cfg, const struct sx_strategy *s, struct sx_log *log,
		       cJSON **violations);

#endif
