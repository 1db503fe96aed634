/* gc.c - sandexec gc: remove what killed runs left. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reaper.h"
#include "spare.h"
#include "common.h"
#include "util.h"

static int run_gc(struct sub *s)
{
	struct sx_err err = {""};
	char *dir = sx_reaper_dir();
	char *me = sx_reaper_owner();
	const char *owner = s->any_owner ? NULL : s->owner ? s->owner : me;
	int r = sx_reaper_gc(&s->cfg, dir, s->all, owner, stdout, HELPER_TIMEOUT_MS, &err);

	/* --all removed the caller's spares too (they are labelled like any
	 * run's): their registry goes with them. */
	if (r >= 0 && s->all && (!owner || strcmp(owner, me) == 0))
		sx_spare_forget_all();

	if (r < 0) {
		char *m = cli_esc(err.msg);

		fprintf(stderr, "sandexec gc: %s\n", m);
		free(m);
	}
	free(me);
	free(dir);
	return r < 0 ? 6 : 0;
}

const struct subcmd cli_gc_cmd = {
    .name = "gc",
    .usage = "usage: sandexec gc [--all] [--owner OWNER | --any-owner] [-c FILE]\n"
	     "\n"
	     "Remove sandexec containers whose deadline has passed (all of them with\n"
	     "--all), through their sandexec.run and sandexec.deadline labels, and the\n"
	     "records of runs that were killed. One line a container on stdout.\n"
	     "Only the caller's own containers, labelled sandexec.owner=UID@HOSTNAME;\n"
	     "--owner OWNER: those labelled OWNER instead; --any-owner: every\n"
	     "sandexec container of the engine, whoever started it.\n",
    .sets = false,
    .all = true,
    .format = false,
    .operands = false,
    .run = run_gc,
};
