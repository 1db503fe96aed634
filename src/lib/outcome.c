#include "outcome.h"

#include <stdlib.h>

#include "run.h"

static const struct {
	const char *name;
	int code;
} table[] = {
    [SX_OK] = {"ok", 0},
    [SX_STRATEGY_ERROR] = {"strategy_error", 1},
    [SX_USAGE_ERROR] = {"usage_error", 2},
    [SX_CONFIG_ERROR] = {"config_error", 3},
    [SX_REJECTED] = {"rejected", 4},
    [SX_NO_RESULT] = {"no_result", 5},
    [SX_SANDBOX_UNAVAILABLE] = {"sandbox_unavailable", 6},
    [SX_OUTPUT_LIMIT] = {"output_limit", 7},
    [SX_OOM] = {"oom", 8},
    [SX_INVALID_RESULT] = {"invalid_result", 9},
    [SX_TIMEOUT] = {"timeout", 124},
    [SX_INTERRUPTED] = {"interrupted", 128},
    [SX_INPUT_ERROR] = {"input_error", 66},
    [SX_INTERNAL_ERROR] = {"internal_error", 70},
};

const char *sx_outcome_status_name(enum sx_status s)
{
	if ((unsigned)s >= sizeof table / sizeof table[0])
		return "internal_error";
	return table[s].name;
}

int sx_outcome_exit_code(enum sx_status s, int signal)
{
	if ((unsigned)s >= sizeof table / sizeof table[0])
		return 70;
	if (s == SX_INTERRUPTED)
		return 128 + (signal > 0 && signal < 64 ? signal : 0);
	return table[s].code;
}

enum sx_status sx_outcome_classify(const struct sx_run_facts *f)
{
	if (f->spawn_errno)
		return SX_SANDBOX_UNAVAILABLE;
	/* Our own decisions to stop come first: they explain whatever exit
	 * status the killed run then reported. */
	switch (f->stopped) {
	case SX_STOP_SIGNAL:
		return SX_INTERRUPTED;
	case SX_STOP_DEADLINE:
		return SX_TIMEOUT;
	case SX_STOP_OUTPUT:
		return SX_OUTPUT_LIMIT;
	case SX_STOP_NONE:
		break;
	}
	/* No marker: the interpreter never ran the script, so whatever
	 * happened (exit 125, 126, 127, a broken image) is the engine's. */
	if (!f->started)
		return SX_SANDBOX_UNAVAILABLE;
	if (f->oom)
		return SX_OOM;
	if (!f->exited)
		return SX_INTERNAL_ERROR; /* the CLI was killed by someone else */
	if (f->exit_code != 0)
		return SX_STRATEGY_ERROR;
	if (!f->result_found)
		return SX_NO_RESULT;
	return f->result_invalid ? SX_INVALID_RESULT : SX_OK;
}

const char *sx_outcome_mode_name(enum sx_mode m)
{
	switch (m) {
	case SX_MODE_DOCKER:
		return "docker";
	case SX_MODE_DIRECT:
		return "direct";
	case SX_MODE_NONE:
		break;
	}
	return NULL;
}

void sx_outcome_free(struct sx_outcome *o)
{
	cJSON_Delete(o->result);
	cJSON_Delete(o->result_errors);
	o->result_errors = NULL;
	free(o->stdout_text);
	free(o->error);
	free(o->stderr_tail);
	sx_bootstrap_exception_free(&o->exception);
	o->result = NULL;
	o->stdout_text = NULL;
	o->error = NULL;
	o->stderr_tail = NULL;
	o->has_exception = false;
}
