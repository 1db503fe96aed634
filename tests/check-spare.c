#define _XOPEN_SOURCE 700 /* nftw */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check-main.h"
#include "config.h"
#include "dockerargv.h"
#include "spare.h"
#include "util.h"

#define ID "0123456789abcdef"
#define KEY "fedcba9876543210"
#define IMG "sha256:5c1cd598ee42c70020f33f48d4fafb058d0211b0875e9fbcfb1795c4293ba5b9"
#define IMG2 "sha256:0000d598ee42c70020f33f48d4fafb058d0211b0875e9fbcfb1795c4293ba5b9"

static int parse(const char *text, struct sx_spare *sp)
{
	return sx_spare_parse(text, strlen(text), ID, sp);
}

START_TEST(test_parse)
{
	struct sx_spare sp;

	ck_assert_int_eq(parse("sandexec-" ID " 1795725455\n", &sp), 0);
	ck_assert_str_eq(sp.container, "sandexec-" ID);
	ck_assert_str_eq(sp.run_id, ID);
	ck_assert_int_eq(sp.idle_until, 1795725455);
	/* Only the container the file's own name says, exactly so. */
	ck_assert_int_eq(parse("sandexec-1123456789abcdef 1795725455\n", &sp), -EINVAL);
	ck_assert_int_eq(parse("other " ID " 1795725455\n", &sp), -EINVAL);
	ck_assert_int_eq(parse("sandexec-" ID " 1795725455", &sp), -EINVAL);
	ck_assert_int_eq(parse("sandexec-" ID " 1795725455\n\n", &sp), -EINVAL);
	ck_assert_int_eq(parse("sandexec-" ID " -1\n", &sp), -EINVAL);
	ck_assert_int_eq(parse("sandexec-" ID " 1234567890123\n", &sp), -EINVAL);
	ck_assert_int_eq(parse("sandexec-" ID "  17\n", &sp), -EINVAL);
	ck_assert_int_eq(parse("", &sp), -EINVAL);
	ck_assert_int_eq(sx_spare_parse("sandexec-" ID " 1\0\n", 29, ID, &sp), -EINVAL);
	ck_assert_int_eq(sx_spare_parse("sandexec-" ID " 1\n", 28, "../x", &sp), -EINVAL);
}
END_TEST

/* docker inspect's answer for a spare: the header words (C IMAGE KEY
 * OWNER RUNNING PAUSED BINDS MOUNTS PRIV RO NET CAPADD CAPDROP USER), then
 * the command and security options, then the image line. */
static char *answer(const char *head, const char *const *cmd, const char *const *sec,
		    const char *image)
{
	char *out, *more;
	size_t nc = 0, ns = 0;

	while (cmd[nc])
		nc++;
	while (sec[ns])
		ns++;
	out = sx_xasprintf("C %s %zu %zu|", head, nc, ns);
	for (size_t i = 0; i < nc + ns; i++) {
		const char *a = i < nc ? cmd[i] : sec[i - nc];

		more = sx_xasprintf("%s%zu:%s", out, strlen(a), a);
		free(out);
		out = more;
	}
	more = sx_xasprintf("%s\nI %s\n", out, image);
	free(out);
	return more;
}

static char *cmd_ok[] = {"python3", "-I",  "-c",  "code\nwith lines 1:2", "-",
			 "warm",    "605", "300", "numpy,pandas",	  NULL};
static const char *sec_ok[] = {"no-new-privileges", "seccomp={\"a\":1}", NULL};
#define GOOD                                                                                       \
	IMG " " KEY                                                                                \
	    " 0@host true false null null false true \"none\" null [\"ALL\"] \"65534:65534\""

static int check_answer(const char *head, const char *const *cmd, const char *const *sec,
			const char *image, struct sx_err *err)
{
	struct sx_spare_expect want = {.cmd = cmd_ok,
				       .seccomp_opt = "seccomp={\"a\":1}",
				       .network = "\"none\"",
				       .user = "\"65534:65534\"",
				       .read_only = true};
	char *out = answer(head, cmd, sec, image);
	int r = sx_spare_inspect_check(out, strlen(out), KEY, "0@host", &want, err);

	free(out);
	return r;
}

static int inspect(const char *head)
{
	struct sx_err err = {""};

	return check_answer(head, (const char *const *)cmd_ok, sec_ok, IMG, &err);
}

START_TEST(test_inspect_check)
{
	struct sx_err err = {""};
	const char *cmd_other[] = {"python3", "-c", "print('forged')", NULL};
	const char *sec_default[] = {"no-new-privileges", "seccomp=unconfined", NULL};
	const char *sec_no_nnp[] = {"seccomp={\"a\":1}", "label=disable", NULL};

	ck_assert_int_eq(inspect(GOOD), 0);
	/* Not a spare of this key and owner: left alone (-EPERM). */
	ck_assert_int_eq(inspect(IMG " <no value> <no value> true false null null false true "
				     "\"none\" null [\"ALL\"] \"65534:65534\""),
			 -EPERM);
	ck_assert_int_eq(inspect(IMG " " KEY " 1000@host true false null null false true "
				     "\"none\" null [\"ALL\"] \"65534:65534\""),
			 -EPERM);
	/* Labels right, but not run or confined as a spare: an impostor,
	 * left alone too. */
	ck_assert_int_eq(check_answer(GOOD, cmd_other, sec_ok, IMG, &err), -EPERM);
	ck_assert_int_eq(check_answer(GOOD, (const char *const *)cmd_ok, sec_default, IMG, &err),
			 -EPERM);
	ck_assert_int_eq(check_answer(GOOD, (const char *const *)cmd_ok, sec_no_nnp, IMG, &err),
			 -EPERM);
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host true false [\"/:/host\"] null false true "
				     "\"none\" null [\"ALL\"] \"65534:65534\""),
			 -EPERM);
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host true false null null true true "
				     "\"none\" null [\"ALL\"] \"65534:65534\""),
			 -EPERM);
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host true false null null false false "
				     "\"none\" null [\"ALL\"] \"65534:65534\""),
			 -EPERM);
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host true false null null false true "
				     "\"bridge\" null [\"ALL\"] \"65534:65534\""),
			 -EPERM);
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host true false null null false true "
				     "\"none\" [\"SYS_ADMIN\"] [\"ALL\"] \"65534:65534\""),
			 -EPERM);
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host true false null null false true "
				     "\"none\" null null \"0:0\""),
			 -EPERM);
	/* Ours but broken: removed (-EINVAL), with the reason. */
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host false false null null false true \"none\" "
				     "null [\"ALL\"] \"65534:65534\""),
			 -EINVAL);
	ck_assert_int_eq(inspect(IMG " " KEY " 0@host true true null null false true \"none\" "
				     "null [\"ALL\"] \"65534:65534\""),
			 -EINVAL);
	ck_assert_int_eq(check_answer(GOOD, (const char *const *)cmd_ok, sec_ok, IMG2, &err),
			 -EINVAL);
	ck_assert_str_eq(err.msg, "the spare runs another image than docker.image names now");
	/* Anything but exactly that shape: not believed. */
	ck_assert_int_lt(sx_spare_inspect_check("I " IMG "\n", 3 + strlen(IMG), KEY, "0@host",
						&(struct sx_spare_expect){.cmd = cmd_ok}, &err),
			 0);
	ck_assert_int_lt(sx_spare_inspect_check("", 0, KEY, "0@host",
						&(struct sx_spare_expect){.cmd = cmd_ok}, &err),
			 0);
}
END_TEST

static char *state;

static int drop_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* The state directory a test made goes with it. */
static void drop_state(void)
{
	if (state)
		ck_assert_int_eq(nftw(state, drop_one, 16, FTW_DEPTH | FTW_PHYS), 0);
	free(state);
	state = NULL;
}

static void setup_state(void)
{
	char tmpl[] = "/tmp/check-spare-XXXXXX";

	ck_assert_ptr_nonnull(mkdtemp(tmpl));
	drop_state(); /* a failed test's (without fork, tests share the process) */
	state = strdup(tmpl);
	setenv("XDG_STATE_HOME", state, 1);
}

static char *registry_dir(const char *key)
{
	char *dir = sx_xasprintf("%s/sandexec/spares/%s", state, key);

	ck_assert_int_eq(sx_mkdir_p(dir, 0700), 0);
	return dir;
}

static void put(const char *dir, const char *id, int64_t idle_until, mode_t mode)
{
	char *path = sx_xasprintf("%s/%s", dir, id);
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	fprintf(f, "sandexec-%s %lld\n", id, (long long)idle_until);
	fclose(f);
	chmod(path, mode);
	free(path);
}

static bool present(const char *dir, const char *id)
{
	char *path = sx_xasprintf("%s/%s", dir, id);
	bool r = access(path, F_OK) == 0;

	free(path);
	return r;
}

START_TEST(test_claim)
{
	struct sx_spare sp;
	char *dir;
	int64_t now = (int64_t)time(NULL);

	setup_state();
	ck_assert_int_eq(sx_spare_claim(KEY, &sp), 0); /* no registry at all */
	dir = registry_dir(KEY);
	put(dir, ID, now + 600, 0600);
	ck_assert_int_eq(sx_spare_claim(KEY, &sp), 1);
	ck_assert_str_eq(sp.container, "sandexec-" ID);
	ck_assert(!present(dir, ID)); /* claimed: never again */
	ck_assert_int_eq(sx_spare_claim(KEY, &sp), 0);
	/* Stale (its idle time over or nearly) and forged files are dropped,
	 * never claimed. */
	put(dir, "1111111111111111", now + 1, 0600);
	put(dir, "2222222222222222", now + 600, 0622);
	put(dir, "not-a-run-id", now + 600, 0600);
	ck_assert_int_eq(sx_spare_claim(KEY, &sp), 0);
	ck_assert(!present(dir, "1111111111111111"));
	ck_assert(!present(dir, "2222222222222222"));
	/* A registry directory others may write is not used. */
	put(dir, ID, now + 600, 0600);
	chmod(dir, 0777);
	ck_assert_int_lt(sx_spare_claim(KEY, &sp), 0);
	ck_assert(present(dir, ID));
	chmod(dir, 0700);
	free(dir);
	drop_state();
}
END_TEST

/* Many claims of one spare at once: exactly one gets it. */
START_TEST(test_claim_race)
{
	enum { N = 16 };
	char *dir;
	pid_t pids[N];
	int winners = 0;

	setup_state();
	dir = registry_dir(KEY);
	for (int round = 0; round < 20; round++) {
		put(dir, ID, (int64_t)time(NULL) + 600, 0600);
		for (int i = 0; i < N; i++) {
			pids[i] = fork();
			if (pids[i] == 0) {
				struct sx_spare sp;

				_exit(sx_spare_claim(KEY, &sp) == 1 ? 0 : 1);
			}
		}
		winners = 0;
		for (int i = 0; i < N; i++) {
			int st;

			waitpid(pids[i], &st, 0);
			winners += WIFEXITED(st) && WEXITSTATUS(st) == 0;
		}
		ck_assert_int_eq(winners, 1);
	}
	free(dir);
	drop_state();
}
END_TEST

START_TEST(test_key)
{
	struct sx_config a, b;
	char ka[SX_SPARE_KEY_LEN + 1], kb[SX_SPARE_KEY_LEN + 1];
	struct sx_err err;
	char prof[] = "/tmp/check-spare-prof-XXXXXX";
	int fd;

	unsetenv("DOCKER_HOST");
	sx_config_init(&a);
	sx_config_init(&b);
	ck_assert_int_eq(sx_spare_key(&a, false, ka), 0);
	ck_assert_int_eq(sx_spare_key(&b, false, kb), 0);
	ck_assert_uint_eq(strlen(ka), SX_SPARE_KEY_LEN);
	ck_assert_str_eq(ka, kb);
	/* What shapes the container changes the key ... */
	ck_assert_int_eq(sx_config_set(&b, "docker.memory", "256m", "test", &err), 0);
	ck_assert_int_eq(sx_spare_key(&b, false, kb), 0);
	ck_assert_str_ne(ka, kb);
	ck_assert_int_eq(sx_spare_key(&a, true, kb), 0);
	ck_assert_str_ne(ka, kb);
	setenv("DOCKER_HOST", "unix:///tmp/other.sock", 1);
	ck_assert_int_eq(sx_spare_key(&a, false, kb), 0);
	ck_assert_str_ne(ka, kb);
	unsetenv("DOCKER_HOST");
	/* ... the profile's content included, not only its path ... */
	fd = mkstemp(prof);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, "{\"defaultAction\":\"SCMP_ACT_ERRNO\",\"syscalls\":[]}", 48),
			 48);
	ck_assert_int_eq(sx_config_set(&b, "docker.memory", "2g", "test", &err), 0);
	ck_assert_int_eq(sx_config_set(&b, "docker.seccomp_profile", prof, "test", &err), 0);
	ck_assert_int_eq(sx_spare_key(&b, false, ka), 0);
	ck_assert_int_eq(write(fd, " ", 1), 1);
	ck_assert_int_eq(sx_spare_key(&b, false, kb), 0);
	ck_assert_str_ne(ka, kb);
	close(fd);
	unlink(prof);
	ck_assert_int_lt(sx_spare_key(&b, false, kb), 0); /* unreadable: no key */
	/* ... what does not (the output's bounds) leaves it. */
	ck_assert_int_eq(sx_spare_key(&a, false, ka), 0);
	ck_assert_int_eq(sx_config_set(&a, "output.max_stdout", "8m", "test", &err), 0);
	ck_assert_int_eq(sx_spare_key(&a, false, kb), 0);
	ck_assert_str_eq(ka, kb);
	sx_config_free(&a);
	sx_config_free(&b);
}
END_TEST

START_TEST(test_eligible)
{
	struct sx_config c;
	struct sx_err err;

	sx_config_init(&c);
	ck_assert(sx_spare_eligible(&c)); /* on by default: docker.spares 1 */
	c.data_dir = sx_xstrdup("/tmp");
	ck_assert(!sx_spare_eligible(&c));
	free(c.data_dir);
	c.data_dir = NULL;
	ck_assert_int_eq(sx_config_set(&c, "docker.spares", "0", "test", &err), 0);
	ck_assert(!sx_spare_eligible(&c));
	sx_config_free(&c);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("spare");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_parse);
	tcase_add_test(tc, test_inspect_check);
	tcase_add_test(tc, test_claim);
	tcase_add_test(tc, test_claim_race);
	tcase_add_test(tc, test_key);
	tcase_add_test(tc, test_eligible);
	suite_add_tcase(s, tc);
	return s;
}
