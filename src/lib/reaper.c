#include "reaper.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dockerargv.h"
#include "proc.h"

#define SWEEP_MAX 8 /* containers removed by one run's sweep at the most */

extern char **environ;

char *sx_reaper_dir(void)
{
	return sx_state_path("runs");
}

/* The engine a container lives on is part of its record: a later run may
 * talk to another one. */
static const char *const engine_vars[] = { "DOCKER_HOST", "DOCKER_CONTEXT", "DOCKER_CONFIG",
					   "DOCKER_CERT_PATH", "DOCKER_TLS_VERIFY", NULL };

int sx_reaper_record(const char *dir, const char *run_id, const char *container,
		     int64_t deadline_epoch)
{
	cJSON *o, *env;
	char *path, *text;
	int fd, r = 0;

	if (!dir || sx_mkdir_p(dir, 0700) < 0)
		return -EIO;
	o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "container", container);
	cJSON_AddNumberToObject(o, "deadline", (double)deadline_epoch);
	env = cJSON_AddObjectToObject(o, "engine");
	for (const char *const *v = engine_vars; *v; v++) {
		const char *val = getenv(*v);
		if (val)
			cJSON_AddStringToObject(env, *v, val);
	}
	text = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	path = sx_xasprintf("%s/%s", dir, run_id);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0 || sx_write_all(fd, text, strlen(text)) < 0)
		r = -errno;
	if (fd >= 0)
		close(fd);
	free(path);
	free(text);
	return r;
}

void sx_reaper_forget(const char *dir, const char *run_id)
{
	char *path;

	if (!dir)
		return;
	path = sx_xasprintf("%s/%s", dir, run_id);
	unlink(path);
	free(path);
}

/* environ with the recorded engine variables instead of ours. */
static char **engine_env(const cJSON *engine)
{
	size_t n = 0, i = 0;
	char **envp;

	while (environ[n])
		n++;
	envp = sx_xcalloc(n + 8, sizeof *envp);
	for (size_t k = 0; k < n; k++) {
		bool engine_var = false;
		for (const char *const *v = engine_vars; *v; v++) {
			size_t l = strlen(*v);
			if (strncmp(environ[k], *v, l) == 0 && environ[k][l] == '=')
				engine_var = true;
		}
		if (!engine_var)
			envp[i++] = sx_xstrdup(environ[k]);
	}
	for (const cJSON *e = engine ? engine->child : NULL; e; e = e->next)
		if (cJSON_IsString(e))
			envp[i++] = sx_xasprintf("%s=%s", e->string, e->valuestring);
	return envp;
}

/* docker rm --force on the given engine; true when the container is gone
 * (removed now, or no longer there). */
static bool remove_container(const struct sx_config *cfg, const char *name, char **envp,
			     int64_t timeout_ms)
{
	char **argv = sx_docker_rm_argv(cfg, name);
	struct sx_spawn sp = { .argv = argv, .envp = envp, .new_pgrp = true };
	struct sx_io io = { .stdout_cap = 4096, .stderr_fd = -1, .stderr_keep = 1024,
			    .deadline_ms = sx_now_ms() + timeout_ms, .signal_fd = -1 };
	struct sx_proc_result res;
	struct sx_err err;
	bool gone = false;

	if (sx_proc_run(&sp, &io, &res, &err) == 0 && !res.spawn_errno && !res.stopped &&
	    res.exited)
		gone = res.exit_code == 0 || strstr(res.err_head, "No such container");
	sx_proc_result_free(&res);
	sx_argv_free(argv);
	return gone;
}

static cJSON *read_record(const char *path)
{
	char buf[4096];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);

	if (fd < 0)
		return NULL;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	return cJSON_Parse(buf);
}

int sx_reaper_sweep(const struct sx_config *cfg, const char *dir, struct sx_log *log,
		    int64_t timeout_ms)
{
	DIR *d = dir ? opendir(dir) : NULL;
	struct dirent *de;
	int64_t now = (int64_t)time(NULL);
	int removed = 0, tried = 0;

	if (!d)
		return 0;
	while ((de = readdir(d)) && tried < SWEEP_MAX) {
		char *path;
		cJSON *rec;
		const cJSON *name, *deadline;

		if (de->d_name[0] == '.')
			continue;
		path = sx_xasprintf("%s/%s", dir, de->d_name);
		rec = read_record(path);
		name = cJSON_GetObjectItemCaseSensitive(rec, "container");
		deadline = cJSON_GetObjectItemCaseSensitive(rec, "deadline");
		if (!cJSON_IsString(name) || !cJSON_IsNumber(deadline)) {
			/* Not ours, or torn: drop it once it is old. */
			struct stat st;
			if (lstat(path, &st) == 0 && now - st.st_mtime > 24 * 3600)
				unlink(path);
		} else if ((int64_t)deadline->valuedouble < now) {
			char **envp = engine_env(cJSON_GetObjectItemCaseSensitive(rec, "engine"));
			bool gone;

			tried++;
			gone = remove_container(cfg, name->valuestring, envp, timeout_ms);
			if (gone) {
				cJSON *f = cJSON_CreateObject();
				char msg[160];

				unlink(path);
				removed++;
				cJSON_AddStringToObject(f, "container", name->valuestring);
				cJSON_AddStringToObject(f, "removed_by", "sweep");
				cJSON_AddStringToObject(f, "abandoned_run", de->d_name);
				snprintf(msg, sizeof msg, "abandoned container %s removed",
					 name->valuestring);
				sx_log_event(log, "WARNING", "docker_cleanup", msg, f);
			}
			sx_argv_free(envp);
		}
		cJSON_Delete(rec);
		free(path);
	}
	closedir(d);
	return removed;
}

int sx_reaper_gc(const struct sx_config *cfg, const char *dir, bool all, FILE *out,
		 int64_t timeout_ms, struct sx_err *err)
{
	static const char *const ps[] = { "ps", "--all", "--no-trunc", "--filter",
					  "label=sandexec.run", "--format",
					  "{{.Names}}\t{{.Label \"sandexec.deadline\"}}\t{{.State}}",
					  NULL };
	char **argv = sx_docker_argv(cfg, ps);
	struct sx_spawn sp = { .argv = argv, .new_pgrp = true };
	struct sx_io io = { .stdout_cap = 4 << 20, .stderr_fd = -1, .stderr_keep = 1024,
			    .deadline_ms = sx_now_ms() + timeout_ms, .signal_fd = -1 };
	struct sx_proc_result res;
	int64_t now = (int64_t)time(NULL);
	char *line, *save = NULL;
	int r = 0;

	sx_reaper_sweep(cfg, dir, &(struct sx_log){ .fd = -1 }, timeout_ms);
	if (sx_proc_run(&sp, &io, &res, err) < 0 || res.spawn_errno || res.stopped ||
	    !res.exited || res.exit_code != 0) {
		sx_err_set(err, "cannot list containers with '%s ps': %s", cfg->docker_binary,
			   res.spawn_errno ? strerror(res.spawn_errno) :
			   res.err_head_len ? res.err_head : "no answer");
		sx_proc_result_free(&res);
		sx_argv_free(argv);
		return -EIO;
	}
	for (line = strtok_r(res.out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *name = line, *tab = strchr(line, '\t'), *state = NULL;
		int64_t deadline = 0;
		bool expired;

		if (!tab)
			continue;
		*tab = '\0';
		deadline = strtoll(tab + 1, &state, 10);
		state = strchr(tab + 1, '\t');
		state = state ? state + 1 : "?";
		expired = deadline > 0 && deadline < now;
		if (!all && !expired) {
			fprintf(out, "kept     %s (%s, deadline in %" PRId64 " s)\n", name, state,
				deadline - now);
			continue;
		}
		if (remove_container(cfg, name, NULL, timeout_ms)) {
			fprintf(out, "removed  %s (%s, %s)\n", name, state,
				expired ? "deadline passed" : "--all");
		} else {
			fprintf(out, "failed   %s (%s)\n", name, state);
			r = -EIO;
		}
	}
	if (r < 0)
		sx_err_set(err, "some containers could not be removed");
	sx_proc_result_free(&res);
	sx_argv_free(argv);
	return r;
}
