#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check-main.h"
#include "config.h"

static struct sx_config cfg;
static struct sx_err err;

static void setup(void)
{
	sx_config_init(&cfg);
	err.msg[0] = '\0';
}

static void teardown(void)
{
	sx_config_free(&cfg);
}

static int load(const char *text)
{
	return sx_config_load_string(&cfg, "t.yaml", text, strlen(text), &err);
}

/* The load fails and the message holds every one of the given pieces. */
static void expect_error(const char *text, const char *a, const char *b)
{
	ck_assert_int_eq(load(text), -EINVAL);
	ck_assert_msg(strstr(err.msg, a), "'%s' not in '%s'", a, err.msg);
	if (b)
		ck_assert_msg(strstr(err.msg, b), "'%s' not in '%s'", b, err.msg);
}

START_TEST(test_defaults)
{
	ck_assert_str_eq(cfg.docker_binary, "docker");
	ck_assert_str_eq(cfg.image, "sandexec-python:bookworm");
	ck_assert_uint_eq(cfg.memory, 2ULL << 30);
	ck_assert_uint_eq(cfg.cpus_milli, 500);
	ck_assert_uint_eq(cfg.pids_limit, 128);
	ck_assert_uint_eq(cfg.timeout_ms, 600000);
	ck_assert_str_eq(cfg.network, "none");
	ck_assert(cfg.read_only);
	ck_assert_uint_eq(cfg.tmpfs_size, 64ULL << 20);
	ck_assert_str_eq(cfg.user, "65534:65534");
	ck_assert_uint_eq(cfg.max_stdout, 1ULL << 20);
	ck_assert_uint_eq(cfg.max_stderr, 1ULL << 20);
	ck_assert_uint_eq(cfg.stderr_tail, 4096);
	ck_assert_uint_eq(cfg.max_size, 1ULL << 20);
	ck_assert_str_eq(cfg.env[0], "OPENBLAS_NUM_THREADS=1");
}
END_TEST

START_TEST(test_values)
{
	ck_assert_int_eq(load("docker:\n"
			      "  image: \"img:1\"\n"
			      "  memory: 512m\n"
			      "  cpus: 1.5\n"
			      "  pids_limit: 64\n"
			      "  timeout: 30s\n"
			      "  read_only: false\n"
			      "  runtime: runsc\n"
			      "  env: [A=1, B=two words]\n"
			      "output:\n"
			      "  max_stdout: 4k\n"
			      "strategy: {max_size: 100}\n"),
			 0);
	ck_assert_str_eq(cfg.image, "img:1");
	ck_assert_uint_eq(cfg.memory, 512ULL << 20);
	ck_assert_uint_eq(cfg.cpus_milli, 1500);
	ck_assert_uint_eq(cfg.pids_limit, 64);
	ck_assert_uint_eq(cfg.timeout_ms, 30000);
	ck_assert(!cfg.read_only);
	ck_assert_str_eq(cfg.runtime, "runsc");
	ck_assert_str_eq(cfg.env[0], "A=1");
	ck_assert_str_eq(cfg.env[1], "B=two words");
	ck_assert_ptr_null(cfg.env[2]);
	ck_assert_uint_eq(cfg.max_stdout, 4096);
	ck_assert_uint_eq(cfg.max_size, 100);
}
END_TEST

START_TEST(test_empty_documents)
{
	ck_assert_int_eq(load(""), 0);
	ck_assert_int_eq(load("# only a comment\n"), 0);
	ck_assert_int_eq(load("---\n"), 0);
	ck_assert_int_eq(load("docker:\noutput:\n"), 0);
	ck_assert_int_eq(load("docker:\n  env:\n"), 0);
	ck_assert_ptr_null(cfg.env[0]);
	ck_assert_str_eq(cfg.image, "sandexec-python:bookworm");
}
END_TEST

START_TEST(test_unknown_key)
{
	expect_error("docker:\n  imag: x\n", "t.yaml:2:3", "unknown key 'docker.imag'");
}
END_TEST

START_TEST(test_unknown_section)
{
	expect_error("dockr:\n  image: x\n", "t.yaml:1:1", "unknown section 'dockr'");
}
END_TEST

START_TEST(test_wrong_type)
{
	expect_error("docker:\n  read_only: yes\n", "t.yaml:2:14", "docker.read_only");
	expect_error("docker:\n  read_only: \"true\"\n", "t.yaml:2", "true or false");
	expect_error("docker:\n  memory: lots\n", "t.yaml:2:11", "docker.memory");
	expect_error("docker:\n  image: [a, b]\n", "t.yaml:2:10", "docker.image");
	expect_error("docker:\n  image:\n", "t.yaml:2", "docker.image");
	expect_error("docker:\n  cpus: -1\n", "t.yaml:2", "docker.cpus");
	expect_error("docker:\n  timeout: 1.5\n", "t.yaml:2", "docker.timeout");
	expect_error("docker:\n  env: A=1\n", "t.yaml:2", "docker.env");
	expect_error("docker:\n  env: [{A: 1}]\n", "t.yaml:2", "docker.env");
	expect_error("docker: 5\n", "t.yaml:1:9", "section 'docker' must be a mapping");
	expect_error("- docker\n", "t.yaml:1:1", "expected a mapping");
}
END_TEST

START_TEST(test_out_of_range)
{
	expect_error("docker:\n  memory: 1m\n", "t.yaml:2:11", "out of range (16m to 1t)");
	expect_error("docker:\n  pids_limit: 0\n", "t.yaml:2", "docker.pids_limit");
	expect_error("docker:\n  timeout: 50ms\n", "t.yaml:2", "out of range");
	expect_error("docker:\n  cpus: 5000\n", "t.yaml:2", "out of range");
	expect_error("output:\n  max_stdout: 99999999999999999999\n", "t.yaml:2", "out of range");
}
END_TEST

START_TEST(test_bad_strings)
{
	expect_error("docker:\n  user: root\n", "t.yaml:2", "must not be root");
	expect_error("docker:\n  user: \"0:0\"\n", "t.yaml:2", "must not be root");
	expect_error("docker:\n  user: \"0\"\n", "t.yaml:2", "must not be root");
	expect_error("docker:\n  image: --privileged\n", "t.yaml:2", "must not start with '-'");
	expect_error("docker:\n  network: \"host net\"\n", "t.yaml:2", "white space");
	expect_error("docker:\n  env: [\"1A=x\"]\n", "t.yaml:2", "NAME=VALUE");
	expect_error("docker:\n  env: [\"NOVALUE\"]\n", "t.yaml:2", "NAME=VALUE");
	expect_error("docker:\n  env: [\"A=x\\ny\"]\n", "t.yaml:2", "line break");
}
END_TEST

START_TEST(test_duplicates)
{
	expect_error("docker:\n  image: a\n  image: b\n", "t.yaml:3:3",
		     "duplicate key 'docker.image'");
	expect_error("docker:\n  image: a\noutput: {}\ndocker:\n  memory: 1g\n", "t.yaml:4:1",
		     "duplicate section 'docker'");
}
END_TEST

START_TEST(test_broken_yaml)
{
	expect_error("docker:\n  image: 'unclosed\n", "t.yaml:", "invalid YAML");
	expect_error("docker:\n  image: x\n y: [\n", "t.yaml:", "invalid YAML");
	expect_error("docker:\n\timage: x\n", "t.yaml:", "invalid YAML");
	expect_error("docker: {image: a\n", "t.yaml:", "invalid YAML");
}
END_TEST

START_TEST(test_aliases)
{
	/* Billion laughs needs aliases; none are accepted at all. */
	expect_error("a: &a [x, x]\nb: [*a, *a]\n", "t.yaml:1:1", "unknown section");
	expect_error("docker:\n  image: &i img\n  python: *i\n", "t.yaml:3:11", "aliases");
}
END_TEST

START_TEST(test_documents)
{
	expect_error("docker: {}\n---\noutput: {}\n", "t.yaml:2:1", "one YAML document");
}
END_TEST

START_TEST(test_binary)
{
	static const char nul[] = "docker:\n  image: a\0b\n";

	ck_assert_int_eq(sx_config_load_string(&cfg, "t.yaml", nul, sizeof nul - 1, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "NUL"));
	expect_error("docker:\n  image: \xff\xfe\n", "t.yaml", "UTF-8");
}
END_TEST

static char *write_temp(const char *text, size_t len)
{
	char *path = strdup("/tmp/sx-config-XXXXXX");
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

START_TEST(test_files)
{
	char dir[] = "/tmp/sx-config-dir-XXXXXX";
	char *path, *big;

	ck_assert_int_eq(sx_config_load_file(&cfg, "/nonexistent/sandexec.yaml", false, &err), 0);
	ck_assert_int_eq(sx_config_load_file(&cfg, "/nonexistent/sandexec.yaml", true, &err),
			 -ENOENT);
	ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/sandexec.yaml"));

	ck_assert_ptr_nonnull(mkdtemp(dir));
	ck_assert_int_eq(sx_config_load_file(&cfg, dir, true, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "directory"));
	rmdir(dir);

	path = write_temp("docker:\n  pids_limit: 99\n", 25);
	ck_assert_int_eq(sx_config_load_file(&cfg, path, true, &err), 0);
	ck_assert_uint_eq(cfg.pids_limit, 99);
	unlink(path);
	free(path);

	path = write_temp("docker:\n  bogus: 1\n", 19);
	ck_assert_int_eq(sx_config_load_file(&cfg, path, true, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, path));
	ck_assert_ptr_nonnull(strstr(err.msg, ":2:3: unknown key 'docker.bogus'"));
	unlink(path);
	free(path);

	big = malloc(SX_CONFIG_MAX_FILE + 2);
	memset(big, '#', SX_CONFIG_MAX_FILE + 1);
	path = write_temp(big, SX_CONFIG_MAX_FILE + 1);
	ck_assert_int_eq(sx_config_load_file(&cfg, path, true, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "larger than"));
	unlink(path);
	free(path);
	free(big);
}
END_TEST

START_TEST(test_set_and_env)
{
	char *envp[] = {"SANDEXEC_DOCKER_IMAGE=from-env", "SANDEXEC_DOCKER_TIMEOUT=5", "OTHER=1",
			NULL};
	char *bad_env[] = {"SANDEXEC_DOCKER_MEMORY=huge", NULL};

	ck_assert_int_eq(sx_config_load_env(&cfg, envp, &err), 0);
	ck_assert_str_eq(cfg.image, "from-env");
	ck_assert_uint_eq(cfg.timeout_ms, 5000);
	ck_assert_int_eq(sx_config_load_env(&cfg, bad_env, &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "SANDEXEC_DOCKER_MEMORY"));

	ck_assert_int_eq(sx_config_set(&cfg, "docker.cpus", "2", "--cpus", &err), 0);
	ck_assert_uint_eq(cfg.cpus_milli, 2000);
	ck_assert_int_eq(sx_config_set(&cfg, "docker.read_only", "false", "--set", &err), 0);
	ck_assert(!cfg.read_only);
	ck_assert_int_eq(sx_config_set(&cfg, "docker.nope", "1", "--set", &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "unknown key 'docker.nope'"));
	ck_assert_int_eq(sx_config_set(&cfg, "nodot", "1", "--set", &err), -EINVAL);
	ck_assert_int_eq(sx_config_set(&cfg, "docker.env", "A=1", "--set", &err), -EINVAL);
	ck_assert_int_eq(sx_config_set(&cfg, "docker.timeout", "0", "--timeout", &err), -EINVAL);
	ck_assert_ptr_nonnull(strstr(err.msg, "--timeout: docker.timeout"));
}
END_TEST

/* The sample in etc/ documents every key with its default. */
START_TEST(test_sample_is_defaults)
{
	struct sx_config def;

	sx_config_init(&def);
	ck_assert_msg(
	    sx_config_load_file(&cfg, SOURCE_ROOT "/etc/sandexec/sandexec.yaml", true, &err) == 0,
	    "%s", err.msg);
	ck_assert_str_eq(cfg.docker_binary, def.docker_binary);
	ck_assert_str_eq(cfg.image, def.image);
	ck_assert_str_eq(cfg.context, def.context);
	ck_assert_str_eq(cfg.python, def.python);
	ck_assert_uint_eq(cfg.memory, def.memory);
	ck_assert_uint_eq(cfg.cpus_milli, def.cpus_milli);
	ck_assert_uint_eq(cfg.pids_limit, def.pids_limit);
	ck_assert_uint_eq(cfg.nofile, def.nofile);
	ck_assert_uint_eq(cfg.nproc, def.nproc);
	ck_assert_uint_eq(cfg.timeout_ms, def.timeout_ms);
	ck_assert_str_eq(cfg.network, def.network);
	ck_assert_int_eq(cfg.read_only, def.read_only);
	ck_assert_uint_eq(cfg.tmpfs_size, def.tmpfs_size);
	ck_assert_str_eq(cfg.seccomp_profile, def.seccomp_profile);
	ck_assert_str_eq(cfg.user, def.user);
	ck_assert_str_eq(cfg.runtime, def.runtime);
	for (size_t i = 0; def.env[i] || cfg.env[i]; i++) {
		ck_assert_ptr_nonnull(cfg.env[i]);
		ck_assert_ptr_nonnull(def.env[i]);
		ck_assert_str_eq(cfg.env[i], def.env[i]);
	}
	ck_assert_uint_eq(cfg.max_stdout, def.max_stdout);
	ck_assert_uint_eq(cfg.max_stderr, def.max_stderr);
	ck_assert_uint_eq(cfg.stderr_tail, def.stderr_tail);
	ck_assert_uint_eq(cfg.max_size, def.max_size);
	ck_assert_int_eq(cfg.sandbox_enabled, def.sandbox_enabled);
	ck_assert_int_eq(cfg.fallback_to_direct, def.fallback_to_direct);
	ck_assert_str_eq(cfg.interpreter, def.interpreter);
	ck_assert_uint_eq(cfg.direct_max_processes, def.direct_max_processes);
	ck_assert_uint_eq(cfg.direct_max_file_size, def.direct_max_file_size);
	ck_assert_int_eq(cfg.log_enabled, def.log_enabled);
	ck_assert_str_eq(cfg.log_file, def.log_file);
	sx_config_free(&def);
}
END_TEST

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = calloc(1, 1 << 20);

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_gt(fread(buf, 1, (1 << 20) - 1, f), 0);
	fclose(f);
	return buf;
}

/* Every key is in the sample (under its section) and in sandexec.yaml(5). */
START_TEST(test_keys_documented)
{
	char *sample = slurp(SOURCE_ROOT "/etc/sandexec/sandexec.yaml");
	char *man = slurp(SOURCE_ROOT "/man/sandexec.yaml.5");
	char key[96], pat[128];

	for (size_t i = 0; sx_config_key_at(i, key, sizeof key); i++) {
		char *dot = strchr(key, '.'), *sec;

		*dot = '\0';
		snprintf(pat, sizeof pat, "\n%s:\n", key);
		sec = strstr(sample, pat);
		ck_assert_msg(sec, "section %s missing from the sample", key);
		snprintf(pat, sizeof pat, "\n  %s:", dot + 1);
		ck_assert_msg(strstr(sec, pat), "%s.%s missing from the sample", key, dot + 1);
		snprintf(pat, sizeof pat, "\n.It Cm %s ", dot + 1);
		ck_assert_msg(strstr(man, pat), "%s.%s missing from sandexec.yaml.5", key, dot + 1);
		snprintf(pat, sizeof pat, ".Sh %s SECTION", key);
		for (char *p = pat + 4; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		ck_assert_msg(strstr(man, pat), "no '%s' in sandexec.yaml.5", pat);
	}
	free(sample);
	free(man);
}
END_TEST

START_TEST(test_user_root_spellings)
{
	static const char *const refused[] = {
	    "00:1", "0000:1", "000:0", "1:0",  "1:00",		"root:1",	"1:root", "1000",
	    "00",   "1:",     ":1",    "-1:1", "1:99999999999", "4294967295:1", NULL};
	static const char *const accepted[] = {"65534:65534",	 "1000:1000", "01000:1",
					       "nobody:nogroup", "app:app",   NULL};

	for (const char *const *u = refused; *u; u++)
		ck_assert_msg(sx_config_set(&cfg, "docker.user", *u, "--set", &err) < 0,
			      "%s accepted", *u);
	ck_assert_str_eq(cfg.user, "65534:65534");
	for (const char *const *u = accepted; *u; u++) {
		ck_assert_msg(sx_config_set(&cfg, "docker.user", *u, "--set", &err) == 0,
			      "%s refused: %s", *u, err.msg);
		ck_assert_str_eq(cfg.user, *u);
	}
	sx_config_set(&cfg, "docker.user", "000:0", "--set", &err);
	ck_assert_ptr_nonnull(strstr(err.msg, "root"));
}
END_TEST

START_TEST(test_env_unknown_variables)
{
	char *typo[] = {"PATH=/bin", "SANDEXEC_DOCKER_MEMROY=1g", NULL};
	char *list[] = {"SANDEXEC_DOCKER_ENV=A=1", NULL};
	char *fine[] = {"SANDEXEC_DATADIR=/x",
			"SANDEXEC_SYSTEM_CONFIG=/y",
			"SANDEXEC_SOURCE_ROOT=/z",
			"SANDEXEC_DOCKER_MEMORY=1g",
			"OTHER=1",
			NULL};

	ck_assert_int_eq(sx_config_load_env(&cfg, typo, &err), -EINVAL);
	ck_assert_msg(strstr(err.msg, "SANDEXEC_DOCKER_MEMROY: unknown variable"), "%s", err.msg);
	ck_assert_int_eq(sx_config_load_env(&cfg, list, &err), -EINVAL);
	ck_assert_msg(strstr(err.msg, "docker.env cannot be set from the environment"), "%s",
		      err.msg);
	ck_assert_int_eq(sx_config_load_env(&cfg, fine, &err), 0);
	ck_assert_uint_eq(cfg.memory, 1ULL << 30);
}
END_TEST

START_TEST(test_dev_null_is_empty)
{
	ck_assert_int_eq(sx_config_load_file(&cfg, "/dev/null", true, &err), 0);
	ck_assert_str_eq(cfg.image, "sandexec-python:bookworm");
	ck_assert_int_eq(sx_config_load_file(&cfg, "/dev/zero", true, &err), -EINVAL);
	ck_assert_int_eq(sx_config_load_file(&cfg, "/", true, &err), -EINVAL);
	ck_assert_msg(strstr(err.msg, "directory"), "%s", err.msg);
}
END_TEST

/* A "\0" escape in any scalar, key or value, is an error naming the place
 * and the key, not a value cut short at the NUL. */
START_TEST(test_nul_in_scalars)
{
	static const char value[] = "docker:\n  image: \"nosuchimage\\0:whatever\"\n";
	static const char key[] = "docker:\n  \"memory\\0junk\": 1g\n";
	static const char list[] = "docker:\n  env: [\"A=\\0B\"]\n";
	static const char section[] = "\"docker\\0x\":\n  memory: 1g\n";

	expect_error(value, "t.yaml:2:10: docker.image:", "nosuchimage\\0:whatever");
	expect_error(key, "t.yaml:2:3: docker:", "memory\\0junk");
	expect_error(list, "t.yaml:2:9: docker.env:", "A=\\0B");
	expect_error(section, "t.yaml:1:1:", "docker\\0x");
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_defaults);
	tcase_add_test(tc, test_values);
	tcase_add_test(tc, test_empty_documents);
	tcase_add_test(tc, test_unknown_key);
	tcase_add_test(tc, test_unknown_section);
	tcase_add_test(tc, test_wrong_type);
	tcase_add_test(tc, test_out_of_range);
	tcase_add_test(tc, test_bad_strings);
	tcase_add_test(tc, test_duplicates);
	tcase_add_test(tc, test_broken_yaml);
	tcase_add_test(tc, test_aliases);
	tcase_add_test(tc, test_documents);
	tcase_add_test(tc, test_binary);
	tcase_add_test(tc, test_files);
	tcase_add_test(tc, test_set_and_env);
	tcase_add_test(tc, test_sample_is_defaults);
	tcase_add_test(tc, test_keys_documented);
	tcase_add_test(tc, test_user_root_spellings);
	tcase_add_test(tc, test_env_unknown_variables);
	tcase_add_test(tc, test_dev_null_is_empty);
	tcase_add_test(tc, test_nul_in_scalars);
	suite_add_tcase(s, tc);
	return s;
}
