/* warm.c - sandexec warm: start containers ahead of the runs. */
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "spare.h"
#include "util.h"

static int run_warm(struct sub *s)
{
	struct sx_err err = {""};
	uint64_t want = s->cfg.spares;
	unsigned ready = 0;
	int r;

	if (s->noperands == 1 &&
	    sx_parse_uint(s->operands[0], 0, SX_SPARE_MAX_ENTRIES, &want) < 0) {
		fprintf(stderr, "sandexec warm: '%s': expected a number of spares, 0 to %d\n",
			s->operands[0], SX_SPARE_MAX_ENTRIES);
		return 2;
	}
	if (s->cfg.data_dir || !s->cfg.sandbox_enabled) {
		fprintf(stderr, "sandexec warm: sandbox.enabled is false: no container to start\n");
		return 3;
	}
	r = sx_spare_fill(&s->cfg, (unsigned)want, true, HELPER_TIMEOUT_MS, &ready, &err);
	if (r < 0) {
		char *m = cli_esc(err.msg);

		fprintf(stderr, "sandexec warm: %s\n", m);
		free(m);
		return 6;
	}
	if (!s->c.quiet)
		printf("%d started, %u ready\n", r, ready);
	return 0;
}

const struct subcmd cli_warm_cmd = {
    .name = "warm",
    .usage = "usage: sandexec warm [N] [-c FILE] [-s KEY=VALUE]... [--image IMAGE]\n"
	     "                     [--timeout T] [--memory M] [--cpus C] [--pids-limit N]\n"
	     "                     [--context C] [-q]\n"
	     "\n"
	     "Start containers ahead of the runs (spares) for the configuration these\n"
	     "options make, as a run's would, until N of them (default docker.spares)\n"
	     "are ready: the next runs with the same configuration claim one each\n"
	     "instead of starting a container. A spare unclaimed for docker.spare_idle\n"
	     "ends by itself. Prints how many were started and how many are ready.\n",
    .sets = true,
    .config_flags = true,
    .quiet = true,
    .operand_optional = true,
    .run = run_warm,
};
