/* config.c - sandexec config: the effective configuration. */
#include <stdio.h>
#include <stdlib.h>

#include "common.h"
#include "util.h"

static int run_config(struct sub *s)
{
	sx_config_dump(&s->cfg, stdout);
	return 0;
}

const struct subcmd cli_config_cmd = {
    .name = "config",
    .usage = "usage: sandexec config [-c FILE] [-s KEY=VALUE]...\n"
	     "\n"
	     "Print the effective configuration as YAML, each key with a comment\n"
	     "naming where its value came from: default, FILE:LINE:COLUMN, an\n"
	     "environment variable, or a flag.\n",
    .sets = true,
    .all = false,
    .format = false,
    .operands = false,
    .run = run_config,
};
