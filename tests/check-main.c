#include <stdlib.h>

#include "check-main.h"

int main(void)
{
	SRunner *sr = srunner_create(make_suite());
	int failed;

	/* Under valgrind, forked test cases would hide leaks from it. */
	if (getenv("SANDEXEC_CHECK_NOFORK"))
		srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
