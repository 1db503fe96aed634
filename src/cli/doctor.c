/* doctor.c - sandexec doctor: what a run needs, checked. */
#include <stdio.h>
#include <stdlib.h>

#include "doctor.h"
#include "common.h"
#include "util.h"

static int run_doctor(struct sub *s)
{
	return sx_doctor(&s->cfg, stdout, HELPER_TIMEOUT_MS) ? 1 : 0;
}

const struct subcmd cli_doctor_cmd = {
    .name = "doctor",
    .usage = "usage: sandexec doctor [-c FILE]\n"
	     "\n"
	     "Check the docker CLI, the daemon, the image, the memory and pids\n"
	     "cgroups of the engine, the runtime (registered; gVisor with\n"
	     "--oci-seccomp), the seccomp profile, the kernel's seccomp, the\n"
	     "interpreter for direct mode and the event log. One line a check; exit 1\n"
	     "when a check failed (warnings do not count).\n",
    .sets = false,
    .all = false,
    .format = false,
    .operands = false,
    .run = run_doctor,
};
