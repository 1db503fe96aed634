/* main.c - the sandexec command line: the caller's streams made safe,
 * then one command from the table (a run when none is named). Each
 * command is a file of src/cli/. */
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "cli/common.h"
#include "stream.h"

static const struct subcmd *const commands[] = {
    &cli_check_cmd, &cli_config_cmd, &cli_doctor_cmd, &cli_gc_cmd, &cli_warm_cmd,
};

int main(int argc, char **argv)
{
	int closed;

	/* Before anything is opened: a closed fd 1 or 2 would be the next
	 * file's number, and the report or the script's stderr would go into
	 * the event log. */
	closed = sx_stream_stdfds_sanitize();
	if (closed < 0)
		return 70;
	cli_show.no_stdout = closed & (1 << STDOUT_FILENO);
	/* A file over RLIMIT_FSIZE (the event log, a run record) fails its
	 * write with EFBIG, which costs a warning, instead of killing sandexec
	 * before it reports. Children get SIG_DFL back (proc.c). */
	signal(SIGXFSZ, SIG_IGN);
	for (size_t i = 0; argc > 1 && i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(argv[1], commands[i]->name) == 0)
			return cli_subcommand(commands[i], argc - 1, argv + 1);
	return cli_run(argc, argv);
}
