/* sx_execute(): the mode decision and its events, in order, for the paths
 * that need no engine: the sandbox disabled, --direct, and the fallback
 * after docker could not run (no docker binary; a docker that exits 1
 * without a word). The direct runs are real: the interpreter runs the
 * script. */
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check-main.h"
#include "config.h"
#include "eventlog.h"
#include "execute.h"
#include "proc.h"
#include "strategy.h"
#include "util.h"

static const char script[] = "import json\nprint(json.dumps({'x': 1}))\n";

struct fixture {
	char dir[64];
	char *log_path, *warn_path, *script_path, *docker_path;
	struct sx_config cfg;
	struct sx_strategy s;
	struct sx_log log;
	struct sx_run_env env;
	struct sx_outcome o;
	int warn_fd;
};

static char *write_file(const char *dir, const char *name, const char *text, mode_t mode)
{
	char *p = sx_xasprintf("%s/%s", dir, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(sx_write_all(fd, text, strlen(text)), 0);
	ck_assert_int_eq(fchmod(fd, mode), 0);
	close(fd);
	return p;
}

static void setup(struct fixture *f)
{
	struct sx_err err = {""};

	memset(f, 0, sizeof *f);
	strcpy(f->dir, "/tmp/sx-execute-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(f->dir));
	f->script_path = write_file(f->dir, "s.py", script, 0644);
	/* A docker that exits 1 and says nothing, whatever it is asked. */
	f->docker_path = write_file(f->dir, "docker", "#!/bin/sh\nexit 1\n", 0755);
	f->log_path = sx_xasprintf("%s/ev.log", f->dir);
	f->warn_path = sx_xasprintf("%s/warn", f->dir);
	f->warn_fd = open(f->warn_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	ck_assert_int_ge(f->warn_fd, 0);
	sx_config_init(&f->cfg);
	f->cfg.timeout_ms = 30000;
	ck_assert_int_eq(sx_strategy_read(&f->s, f->script_path, f->cfg.max_size, &err), 0);
	sx_strategy_hash(&f->s);
	ck_assert_int_eq(sx_run_new_id(&f->o), 0);
	f->log.fd = -1;
	f->log.run_id = f->o.run_id;
	ck_assert_int_eq(sx_eventlog_open(&f->log, f->log_path, false), 0);
	/* As the CLI does before a run: SIGPIPE ignored (the fake docker
	 * exits without reading its stdin), signals to a pipe. */
	f->env = (struct sx_run_env){.signal_fd = sx_proc_signals_install(),
				     .stderr_fd = f->warn_fd,
				     .grace_ms = 1000,
				     .helper_timeout_ms = 5000,
				     .state_dir = NULL,
				     .warn_fd = f->warn_fd};
}

static void teardown(struct fixture *f)
{
	const char *names[] = {"s.py", "docker", "ev.log", "warn"};

	sx_outcome_free(&f->o);
	sx_eventlog_close(&f->log);
	sx_strategy_free(&f->s);
	sx_config_free(&f->cfg);
	close(f->warn_fd); /* the signal pipe is the process's, kept open */
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *p = sx_xasprintf("%s/%s", f->dir, names[i]);
		unlink(p);
		free(p);
	}
	ck_assert_int_eq(rmdir(f->dir), 0);
	free(f->log_path);
	free(f->warn_path);
	free(f->script_path);
	free(f->docker_path);
}

static char *slurp(const char *path)
{
	struct sx_read_opts opts = {.max = 1 << 20};
	struct sx_read rd;

	ck_assert_int_eq(sx_util_read_file(AT_FDCWD, path, &opts, &rd), 0);
	return rd.data;
}

/* The log's events as "LEVEL event_type mode reason" lines, each line
 * checked to be one JSON object with this run's id. */
static char *events(const struct fixture *f)
{
	char *text = slurp(f->log_path), *line, *save = NULL, *out = sx_xstrdup("");

	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		cJSON *j = cJSON_Parse(line);
		const cJSON *mode, *reason;
		char *more;

		ck_assert_msg(cJSON_IsObject(j), "not a JSON object: %s", line);
		ck_assert_str_eq(cJSON_GetObjectItem(j, "run_id")->valuestring, f->o.run_id);
		mode = cJSON_GetObjectItem(j, "mode");
		reason = cJSON_GetObjectItem(j, "reason");
		more = sx_xasprintf("%s%s %s %s%s%s\n", out,
				    cJSON_GetObjectItem(j, "level")->valuestring,
				    cJSON_GetObjectItem(j, "event_type")->valuestring,
				    cJSON_IsString(mode) ? mode->valuestring : "-",
				    cJSON_IsString(reason) ? " " : "",
				    cJSON_IsString(reason) ? reason->valuestring : "");
		free(out);
		out = more;
		cJSON_Delete(j);
	}
	free(text);
	return out;
}

static void assert_ran_directly(const struct sx_outcome *o, bool fallback)
{
	ck_assert_int_eq(o->status, SX_OK);
	ck_assert_int_eq(o->mode, SX_MODE_DIRECT);
	ck_assert(o->fallback == fallback);
	ck_assert(o->started);
	ck_assert(o->has_exit_code);
	ck_assert_int_eq(o->exit_code, 0);
	ck_assert_int_eq(o->signal, 0);
	ck_assert_ptr_nonnull(o->result);
	ck_assert_int_eq(cJSON_GetObjectItem(o->result, "x")->valueint, 1);
	ck_assert_ptr_null(o->error);
	ck_assert_str_eq(o->nonce, "");
}

START_TEST(test_force_direct)
{
	struct fixture f;
	char *ev, *warn;

	setup(&f);
	ck_assert_int_eq(sx_execute(&f.cfg, &f.s, &f.env, &f.log, true, &f.o), 0);
	assert_ran_directly(&f.o, false);
	ev = events(&f);
	ck_assert_str_eq(ev, "WARNING sandbox_mode_disabled - --direct\n"
			     "INFO execution_mode_selected direct --direct\n"
			     "INFO direct_execution_success direct\n");
	warn = slurp(f.warn_path);
	ck_assert_ptr_nonnull(strstr(warn, "sandexec: warning: running "));
	ck_assert_ptr_nonnull(strstr(warn, "s.py without the container sandbox (--direct)\n"));
	free(warn);
	free(ev);
	teardown(&f);
}
END_TEST

START_TEST(test_sandbox_disabled)
{
	struct fixture f;
	char *ev;

	setup(&f);
	f.cfg.sandbox_enabled = false;
	/* No docker is asked: a docker that fails would make it show. */
	free(f.cfg.docker_binary);
	f.cfg.docker_binary = sx_xstrdup(f.docker_path);
	ck_assert_int_eq(sx_execute(&f.cfg, &f.s, &f.env, &f.log, false, &f.o), 0);
	assert_ran_directly(&f.o, false);
	ev = events(&f);
	ck_assert_str_eq(ev, "WARNING sandbox_mode_disabled - sandbox.enabled is false\n"
			     "INFO execution_mode_selected direct sandbox.enabled is false\n"
			     "INFO direct_execution_success direct\n");
	free(ev);
	teardown(&f);
}
END_TEST

/* docker unavailable, fallback allowed: the docker attempt's events, then
 * a fresh direct run under the same run id. */
static void fallback_case(const char *docker, const char *error_has)
{
	struct fixture f;
	char run_id[sizeof f.o.run_id];
	char *ev, *warn;

	setup(&f);
	free(f.cfg.docker_binary);
	f.cfg.docker_binary = sx_xstrdup(docker ? docker : f.docker_path);
	f.cfg.fallback_to_direct = true;
	memcpy(run_id, f.o.run_id, sizeof run_id);
	ck_assert_int_eq(sx_execute(&f.cfg, &f.s, &f.env, &f.log, false, &f.o), 0);
	assert_ran_directly(&f.o, true);
	ck_assert_str_eq(f.o.run_id, run_id);
	ck_assert_int_eq(f.o.rm_status, -1);
	ck_assert(!f.o.force_removed && !f.o.removal_unconfirmed);
	ev = events(&f);
	/* The reason is docker's failure, said as the run's error was. */
	ck_assert_msg(strstr(ev, error_has), "no '%s' in:\n%s", error_has, ev);
	{
		char *cut = strstr(ev, "WARNING fallback_to_direct docker ");
		char *eol;

		ck_assert_ptr_nonnull(cut);
		eol = strchr(cut, '\n');
		ck_assert_ptr_nonnull(eol);
		/* Drop the reason's words to compare the sequence. */
		memmove(cut + strlen("WARNING fallback_to_direct docker"), eol, strlen(eol) + 1);
	}
	ck_assert_str_eq(ev, "INFO sandbox_mode_enabled -\n"
			     "INFO execution_mode_selected docker sandbox.enabled\n"
			     "INFO docker_cleanup docker\n"
			     "WARNING docker_execution_failed docker\n"
			     "ERROR sandbox_mode_failed docker\n"
			     "WARNING fallback_to_direct docker\n"
			     "INFO execution_mode_selected direct fallback_to_direct\n"
			     "INFO direct_fallback_success direct\n");
	warn = slurp(f.warn_path);
	ck_assert_ptr_nonnull(strstr(warn, "sandexec: warning: docker unavailable ("));
	ck_assert_ptr_nonnull(strstr(warn, "directly, without the container sandbox\n"));
	free(warn);
	free(ev);
	teardown(&f);
}

START_TEST(test_fallback_no_docker_binary)
{
	fallback_case("/nonexistent/docker", "cannot run the docker CLI '/nonexistent/docker'");
}
END_TEST

START_TEST(test_fallback_docker_exits_1)
{
	fallback_case(NULL, "exited with status 1 before the interpreter started");
}
END_TEST

/* Without fallback_to_direct the run stops at sandbox_mode_failed:
 * sandbox_unavailable, in docker mode, nothing of the script ran. */
START_TEST(test_no_fallback)
{
	struct fixture f;
	char *ev;

	setup(&f);
	free(f.cfg.docker_binary);
	f.cfg.docker_binary = sx_xstrdup(f.docker_path);
	f.cfg.fallback_to_direct = false;
	ck_assert_int_eq(sx_execute(&f.cfg, &f.s, &f.env, &f.log, false, &f.o), 0);
	ck_assert_int_eq(f.o.status, SX_SANDBOX_UNAVAILABLE);
	ck_assert_int_eq(f.o.mode, SX_MODE_DOCKER);
	ck_assert(!f.o.fallback && !f.o.started && !f.o.has_exit_code);
	ck_assert_ptr_null(f.o.result);
	ck_assert_ptr_nonnull(f.o.error);
	ck_assert_ptr_nonnull(strstr(f.o.error, "exited with status 1"));
	ev = events(&f);
	ck_assert_str_eq(ev, "INFO sandbox_mode_enabled -\n"
			     "INFO execution_mode_selected docker sandbox.enabled\n"
			     "INFO docker_cleanup docker\n"
			     "WARNING docker_execution_failed docker\n"
			     "ERROR sandbox_mode_failed docker\n");
	free(ev);
	teardown(&f);
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("execute");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_force_direct);
	tcase_add_test(tc, test_sandbox_disabled);
	tcase_add_test(tc, test_fallback_no_docker_binary);
	tcase_add_test(tc, test_fallback_docker_exits_1);
	tcase_add_test(tc, test_no_fallback);
	suite_add_tcase(s, tc);
	return s;
}
