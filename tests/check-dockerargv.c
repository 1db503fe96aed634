#include <stdlib.h>
#include <string.h>

#include "bootstrap.h"
#include "check-main.h"
#include "config.h"
#include "dockerargv.h"
#include "reaper.h"

static const struct sx_dockerargv_opts run = {
    .name = "sandexec-0123456789abcdef",
    .run_id = "0123456789abcdef",
    .deadline_epoch = 1700000000,
    .seccomp_path = "/usr/share/sandexec/seccomp.json",
    .script_name = "-x.py",
    .supervise_s = 35,
};

/* Index of the first element equal to s, or -1. */
static int find(char **argv, const char *s)
{
	for (int i = 0; argv[i]; i++)
		if (strcmp(argv[i], s) == 0)
			return i;
	return -1;
}

START_TEST(test_default_argv)
{
	static const char *const want[] = {
	    "docker",
	    "run",
	    "-i",
	    "--rm",
	    "--pull",
	    "never",
	    "--name",
	    "sandexec-0123456789abcdef",
	    "--label",
	    "sandexec.run=0123456789abcdef",
	    "--label",
	    "sandexec.deadline=1700000000",
	    "--label",
	    "sandexec.owner=",
	    "--log-driver",
	    "none",
	    "--network",
	    "none",
	    "--read-only",
	    "--tmpfs",
	    "/tmp:rw,nosuid,nodev,noexec,size=64m",
	    "--cap-drop",
	    "ALL",
	    "--security-opt",
	    "no-new-privileges",
	    "--security-opt",
	    "seccomp=/usr/share/sandexec/seccomp.json",
	    "--user",
	    "65534:65534",
	    "--memory",
	    "2g",
	    "--memory-swap",
	    "2g",
	    "--cpus",
	    "0.5",
	    "--pids-limit",
	    "128",
	    "--ulimit",
	    "nofile=256:256",
	    "--ulimit",
	    "core=0",
	    "--workdir",
	    "/tmp",
	    "--env",
	    "OPENBLAS_NUM_THREADS=1",
	    "--env",
	    "OMP_NUM_THREADS=1",
	    "--env",
	    "MKL_NUM_THREADS=1",
	    "sandexec-python:bookworm",
	    "python3",
	    "-I",
	    "-c",
	    sx_bootstrap_code,
	    "-x.py",
	    "supervise",
	    "35",
	    NULL,
	};
	struct sx_config cfg;
	char **argv;
	size_t i;

	char *owner = sx_reaper_owner();

	sx_config_init(&cfg);
	argv = sx_dockerargv_run(&cfg, &run);
	for (i = 0; want[i]; i++) {
		ck_assert_msg(argv[i], "argv ends early at %zu", i);
		if (strcmp(want[i], "sandexec.owner=") == 0) {
			/* uid@hostname: the caller's own. */
			ck_assert_str_eq(argv[i] + strlen(want[i]), owner);
			continue;
		}
		ck_assert_str_eq(argv[i], want[i]);
	}
	free(owner);
	ck_assert_ptr_null(argv[i]);
	sx_dockerargv_free(argv);
	sx_config_free(&cfg);
}
END_TEST

START_TEST(test_edge_config)
{
	struct sx_config cfg;
	struct sx_err err;
	char **argv;
	int i;
	static const char text[] = "docker:\n"
				   "  binary: /opt/podman\n"
				   "  memory: 1536m\n"
				   "  cpus: 0.01\n"
				   "  pids_limit: 8\n"
				   "  nproc: 512\n"
				   "  read_only: false\n"
				   "  tmpfs_size: 1g\n"
				   "  runtime: runsc\n"
				   "  user: \"1000:1000\"\n"
				   "  env:\n";

	sx_config_init(&cfg);
	ck_assert_int_eq(sx_config_load_string(&cfg, "t", text, strlen(text), &err), 0);
	argv = sx_dockerargv_run(&cfg, &run);
	ck_assert_str_eq(argv[0], "/opt/podman");
	ck_assert_int_eq(find(argv, "--read-only"), -1);
	i = find(argv, "--memory");
	ck_assert_str_eq(argv[i + 1], "1536m");
	i = find(argv, "--memory-swap");
	ck_assert_str_eq(argv[i + 1], "1536m");
	i = find(argv, "--cpus");
	ck_assert_str_eq(argv[i + 1], "0.01");
	i = find(argv, "--pids-limit");
	ck_assert_str_eq(argv[i + 1], "8");
	ck_assert_int_ge(find(argv, "/tmp:rw,nosuid,nodev,noexec,size=1g"), 0);
	i = find(argv, "--runtime");
	ck_assert_str_eq(argv[i + 1], "runsc");
	ck_assert_int_ge(find(argv, "nproc=512:512"), 0);
	i = find(argv, "--user");
	ck_assert_str_eq(argv[i + 1], "1000:1000");
	/* An empty env list: no --env at all; runtime comes before the image. */
	ck_assert_int_eq(find(argv, "--env"), -1);
	ck_assert_int_lt(find(argv, "--runtime"), find(argv, "sandexec-python:bookworm"));
	/* Nothing of the host unless --data: no volume, no mount, no env. */
	ck_assert_int_eq(find(argv, "-v"), -1);
	ck_assert_int_eq(find(argv, "--volume"), -1);
	ck_assert_int_eq(find(argv, "--mount"), -1);
	ck_assert_int_eq(find(argv, "--env-file"), -1);
	sx_dockerargv_free(argv);
	cfg.data_dir = strdup("/srv/prices");
	argv = sx_dockerargv_run(&cfg, &run);
	i = find(argv, "--mount");
	ck_assert_int_ge(i, 0);
	ck_assert_str_eq(argv[i + 1], "type=bind,source=/srv/prices,target=/data,readonly");
	ck_assert_int_lt(i, find(argv, "sandexec-python:bookworm"));
	sx_dockerargv_free(argv);
	sx_config_free(&cfg);
}
END_TEST

START_TEST(test_rm_argv)
{
	struct sx_config cfg;
	struct sx_err err;
	char **argv;

	sx_config_init(&cfg);
	argv = sx_dockerargv_rm(&cfg, "sandexec-x");
	ck_assert_uint_eq(sx_dockerargv_len(argv), 4);
	ck_assert_str_eq(argv[0], "docker");
	ck_assert_str_eq(argv[1], "rm");
	ck_assert_str_eq(argv[2], "--force");
	ck_assert_str_eq(argv[3], "sandexec-x");
	sx_dockerargv_free(argv);
	/* A context goes right after the binary, in every call. */
	ck_assert_int_eq(sx_config_set(&cfg, "docker.context", "far", "--context", &err), 0);
	argv = sx_dockerargv_rm(&cfg, "sandexec-x");
	ck_assert_uint_eq(sx_dockerargv_len(argv), 6);
	ck_assert_str_eq(argv[1], "--context");
	ck_assert_str_eq(argv[2], "far");
	ck_assert_str_eq(argv[3], "rm");
	sx_dockerargv_free(argv);
	argv = sx_dockerargv_run(&cfg, &run);
	ck_assert_str_eq(argv[1], "--context");
	ck_assert_str_eq(argv[3], "run");
	sx_dockerargv_free(argv);
	sx_config_free(&cfg);
}
END_TEST

START_TEST(test_bootstrap_marker)
{
	/* The marker the bootstrap writes is the one the runner looks for:
	 * both come from bootstrap/markers.py, which heads both bootstraps. */
	ck_assert_str_eq(SX_START_MARKER, "\036sandexec-start\n");
	ck_assert_str_eq(SX_END_MARKER, "\n\036sandexec-end ");
	for (int i = 0; i < 2; i++) {
		const char *code = i ? sx_bootstrap_direct_code : sx_bootstrap_code;

		ck_assert_ptr_eq(strstr(code, "START = b'\\x1esandexec-start\\n'\n"), code);
		ck_assert_ptr_nonnull(strstr(code, "os.write(1, START)"));
		/* Comments stay in the .py files, out of the docker argv. */
		ck_assert_ptr_null(strstr(code, "\n#"));
	}
	ck_assert_ptr_nonnull(strstr(sx_bootstrap_code, "out = END + nonce"));
	/* kill(-1) is right inside a container's pid namespace and fatal on
	 * a host: the direct bootstrap must not have the supervisor. */
	ck_assert_ptr_nonnull(strstr(sx_bootstrap_code, "os.kill(-1, 9)"));
	ck_assert_ptr_null(strstr(sx_bootstrap_direct_code, "kill("));
	ck_assert_ptr_null(strstr(sx_bootstrap_direct_code, "fork"));
}
END_TEST

/* Under gVisor docker.pids_limit is the script's RLIMIT_NPROC and the
 * host cgroup gets the sandbox's own tasks on top; an explicit nproc wins. */
START_TEST(test_gvisor_argv)
{
	struct sx_dockerargv_opts g = run;
	struct sx_config cfg;
	char **argv;
	int i;

	g.gvisor = true;
	sx_config_init(&cfg);
	argv = sx_dockerargv_run(&cfg, &g);
	i = find(argv, "--pids-limit");
	ck_assert_str_eq(argv[i + 1], "1088"); /* 64 + 8 * 128 */
	ck_assert_int_ge(find(argv, "nproc=128:128"), 0);
	sx_dockerargv_free(argv);
	cfg.nproc = 32;
	cfg.pids_limit = 8;
	argv = sx_dockerargv_run(&cfg, &g);
	i = find(argv, "--pids-limit");
	ck_assert_str_eq(argv[i + 1], "128");
	ck_assert_int_ge(find(argv, "nproc=32:32"), 0);
	ck_assert_int_eq(find(argv, "nproc=8:8"), -1);
	sx_dockerargv_free(argv);
	sx_config_free(&cfg);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("dockerargv");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_default_argv);
	tcase_add_test(tc, test_edge_config);
	tcase_add_test(tc, test_rm_argv);
	tcase_add_test(tc, test_bootstrap_marker);
	tcase_add_test(tc, test_gvisor_argv);
	suite_add_tcase(s, tc);
	return s;
}
