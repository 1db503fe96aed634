#include <errno.h>
#include <string.h>

#include "check-main.h"
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

Suite *make_suite(void)
{
	Suite *s = suite_create("runtime");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_gvisor_flags);
	tcase_add_test(tc, test_names_and_default);
	tcase_add_test(tc, test_garbage);
	suite_add_tcase(s, tc);
	return s;
}
