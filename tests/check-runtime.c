#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "check-main.h"
#include "docker.h"
#include "run.h"
#include "runtime.h"

#define INFO(r) "{\"default\":\"runc\",\"runtimes\":" r "}\n"

START_TEST(test_gvisor_flags)
{
	static const char *const with[] = {
	    INFO("{\"runsc\":{\"path\":\"/usr/bin/runsc\",\"runtimeArgs\":[\"--oci-seccomp\"]}}"),
	    INFO("{\"runsc\":{\"path\":\"runsc\",\"runtimeArgs\":[\"-oci-seccomp=true\"]}}"),
	    INFO("{\"runsc\":{\"path\":\"/opt/runsc\",\"runtimeArgs\":[\"--oci-seccomp=1\"]}}"),
	};
	static const char *const without[] = {
	    INFO("{\"runsc\":{\"path\":\"/usr/bin/runsc\"}}"),
	    INFO("{\"runsc\":{\"path\":\"/usr/bin/"
		 "runsc\",\"runtimeArgs\":[\"--oci-seccomp=false\"]}}"),
	    INFO("{\"runsc\":{\"path\":\"/usr/bin/runsc\",\"runtimeArgs\":[\"--oci-seccompx\"]}}"),
	    INFO("{\"runsc\":{\"path\":\"/usr/bin/runsc\",\"runtimeArgs\":[\"oci-seccomp\"]}}"),
	};
	struct sx_runtime rt;
	struct sx_err err = {""};

	for (size_t i = 0; i < sizeof with / sizeof *with; i++) {
		ck_assert_int_eq(sx_runtime_parse(with[i], "runsc", &rt, &err), 0);
		ck_assert(rt.gvisor && rt.oci_seccomp);
		ck_assert_int_eq(sx_runtime_check(&rt, &err), 0);
	}
	for (size_t i = 0; i < sizeof without / sizeof *without; i++) {
		ck_assert_int_eq(sx_runtime_parse(without[i], "runsc", &rt, &err), 0);
		ck_assert(rt.gvisor && !rt.oci_seccomp);
		ck_assert_int_eq(sx_runtime_check(&rt, &err), -EPERM);
		ck_assert_ptr_nonnull(strstr(err.msg, "--oci-seccomp"));
	}
}
END_TEST

START_TEST(test_names_and_default)
{
	struct sx_runtime rt;
	struct sx_err err = {""};
	const char *info = "{\"default\":\"gv\",\"runtimes\":{\"runc\":{\"path\":\"runc\"},"
			   "\"gv\":{\"path\":\"/usr/local/bin/runsc\",\"runtimeArgs\":"
			   "[\"--platform=kvm\",\"--oci-seccomp\"]}}}";

	ck_assert_int_eq(sx_runtime_parse(info, "", &rt, &err), 0);
	ck_assert_str_eq(rt.name, "gv");
	ck_assert(rt.gvisor && rt.oci_seccomp);
	ck_assert_str_eq(rt.platform, "kvm");
	ck_assert_str_eq(rt.args, "--platform=kvm --oci-seccomp");
	ck_assert_int_eq(sx_runtime_parse(info, "runc", &rt, &err), 0);
	ck_assert(!rt.gvisor);
	ck_assert_int_eq(sx_runtime_check(&rt, &err), 0);
	ck_assert_int_eq(sx_runtime_parse(info, "runsc", &rt, &err), -ENOENT);
	ck_assert_ptr_nonnull(strstr(err.msg, "(it has: runc, gv)"));
	/* A program merely named like runsc is not gVisor. */
	ck_assert_int_eq(
	    sx_runtime_parse(INFO("{\"x\":{\"path\":\"/bin/runsc-not\"}}"), "x", &rt, &err), 0);
	ck_assert(!rt.gvisor);
}
END_TEST

START_TEST(test_garbage)
{
	struct sx_runtime rt;
	struct sx_err err = {""};

	ck_assert_int_eq(sx_runtime_parse("", "runsc", &rt, &err), -EINVAL);
	ck_assert_int_eq(sx_runtime_parse("{\"runtimes\":[]}", "runsc", &rt, &err), -EINVAL);
	ck_assert_int_eq(sx_runtime_parse("null", NULL, &rt, &err), -EINVAL);
	ck_assert_int_eq(sx_runtime_parse("{\"runtimes\":{\"runsc\":1}}", "runsc", &rt, &err),
			 -ENOENT);
}
END_TEST

/* docker's words, as the engine gives them (docker 2x, taken from real
 * runs), each get the next step; the noise lines are cut. */
START_TEST(test_docker_explain)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
	    {"docker: Error response from daemon: No such image: x:1\n\nRun 'docker run --help' "
	     "for more information\n",
	     "could not start the container: No such image: x:1; the image docker.image"},
	    {"docker: Error response from daemon: Unknown runtime specified nope\n\nRun 'docker "
	     "run --help' for more information\n",
	     "Unknown runtime specified nope; docker.runtime names a runtime"},
	    {"docker: Cannot connect to the Docker daemon at tcp://127.0.0.1:1. Is the docker "
	     "daemon running?\n\nRun 'docker run --help' for more information\n",
	     "daemon running?; the engine is not running or not reachable"},
	    {"docker: permission denied while trying to connect to the Docker daemon socket\n",
	     "the docker group"},
	    {"docker: Error response from daemon: something new\nSee 'docker run --help'.\n",
	     "container: something new; sandexec doctor checks the engine"},
	};
	struct sx_config cfg;

	sx_config_init(&cfg);
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *m = sx_docker_explain(&cfg, cases[i].text, strlen(cases[i].text));

		ck_assert_msg(strstr(m, cases[i].want), "%s", m);
		ck_assert_msg(!strstr(m, "--help") && !strstr(m, "docker: "), "%s", m);
		free(m);
	}
	sx_config_free(&cfg);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("runtime");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_gvisor_flags);
	tcase_add_test(tc, test_names_and_default);
	tcase_add_test(tc, test_garbage);
	tcase_add_test(tc, test_docker_explain);
	suite_add_tcase(s, tc);
	return s;
}
