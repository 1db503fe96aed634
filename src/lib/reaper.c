#include "reaper.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <math.h> /* isfinite */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dockerargv.h"
#include "proc.h"

/* Below this much of the sweep's budget, no docker call is started. */
#define SWEEP_MIN_CALL_MS 200
/* Deadlines and retry times are epoch seconds below 2^40 (year 36812). */
#define EPOCH_MAX ((int64_t)1 << 40)
#define ENGINE_VALUE_MAX 1024

extern char **environ;

char *sx_reaper_dir(void)
{
	return sx_state_path("runs");
}

char *sx_reaper_owner(void)
{
	char host[256];

	if (gethostname(host, sizeof host) < 0 || !*host)
		strcpy(host, "localhost");
	host[sizeof host - 1] = '\0';
	return sx_xasprintf("%u@%s", (unsigned)getuid(), host);
}

bool sx_reaper_run_id_valid(const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return i == 16;
}

/* The engine a container lives on is part of its record: a later run may
 * talk to another one. Only these variables are recorded, and only these
 * are ever taken from a record into a child's environment. */
const char *const sx_reaper_engine_vars[SX_ENGINE_VARS + 1] = {
    "DOCKER_HOST",	"DOCKER_CONTEXT",    "DOCKER_CONFIG",
    "DOCKER_CERT_PATH", "DOCKER_TLS_VERIFY", NULL};

static bool printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return false;
	return true;
}

/* A value sandexec could have recorded for var: the docker CLI's own forms,
 * nothing that reaches further than the variable does for the user. */
static bool engine_value_ok(const char *var, const char *v)
{
	static const char *const schemes[] = {"unix://", "tcp://",   "ssh://",
					      "fd://",	 "npipe://", NULL};
	size_t len = strlen(v);

	if (len > ENGINE_VALUE_MAX || !printable(v) || !sx_utf8_valid(v, len))
		return false;
	if (!*v)
		return true;
	if (strcmp(var, "DOCKER_HOST") == 0) {
		for (const char *const *s = schemes; *s; s++)
			if (strncmp(v, *s, strlen(*s)) == 0)
				return true;
		return false;
	}
	if (strcmp(var, "DOCKER_CONTEXT") == 0) {
		/* The CLI's own rule for context names. */
		if (!((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') ||
		      (*v >= '0' && *v <= '9')))
			return false;
		return strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
				 "0123456789_.+-") == len;
	}
	if (strcmp(var, "DOCKER_TLS_VERIFY") == 0)
		return len <= 8 && strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
					     "0123456789") == len;
	/* DOCKER_CONFIG, DOCKER_CERT_PATH: absolute paths. */
	return *v == '/';
}

static int engine_index(const char *name)
{
	for (int i = 0; sx_reaper_engine_vars[i]; i++)
		if (strcmp(sx_reaper_engine_vars[i], name) == 0)
			return i;
	return -1;
}

/* An integer epoch (or count) in [0, max]; JSON numbers are doubles. */
static bool get_int(const cJSON *o, const char *key, int64_t max, bool required, int64_t *out)
{
	const cJSON *n = cJSON_GetObjectItemCaseSensitive(o, key);

	if (!n)
		return !required;
	if (!cJSON_IsNumber(n) || !isfinite(n->valuedouble) || n->valuedouble < 0 ||
	    n->valuedouble > (double)max || n->valuedouble != (double)(int64_t)n->valuedouble)
		return false;
	*out = (int64_t)n->valuedouble;
	return true;
}

void sx_reaper_record_free(struct sx_record *rec)
{
	for (int i = 0; i < SX_ENGINE_VARS; i++) {
		free(rec->engine[i]);
		rec->engine[i] = NULL;
	}
}

int sx_reaper_record_parse(const char *text, size_t len, const char *run_id, struct sx_record *rec,
			   struct sx_err *err)
{
	static const char *const members[] = {"container", "deadline", "engine",
					      "attempts",  "next_try", NULL};
	const cJSON *name, *engine, *m;
	cJSON *o = NULL;
	int64_t attempts = 0;
	bool seen[SX_ENGINE_VARS] = {false};
	unsigned member_seen = 0;
	int n = 0;

	memset(rec, 0, sizeof *rec);
	if (!sx_reaper_run_id_valid(run_id)) {
		sx_err_set(err, "file name is not a run id");
		return -EINVAL;
	}
	if (len > SX_RECORD_MAX || memchr(text, '\0', len)) {
		sx_err_set(err, "not a record (size or NUL)");
		return -EINVAL;
	}
	o = cJSON_ParseWithLength(text, len);
	if (!cJSON_IsObject(o)) {
		sx_err_set(err, "not a JSON object");
		goto bad;
	}
	for (m = o->child; m; m = m->next) {
		unsigned k;

		for (k = 0; members[k] && m->string && strcmp(members[k], m->string) != 0; k++)
			;
		if (!members[k] || !m->string || (member_seen & (1u << k))) {
			sx_err_set(err, "unknown or repeated member");
			goto bad;
		}
		member_seen |= 1u << k;
	}
	name = cJSON_GetObjectItemCaseSensitive(o, "container");
	if (!cJSON_IsString(name) || strncmp(name->valuestring, "sandexec-", 9) != 0 ||
	    strcmp(name->valuestring + 9, run_id) != 0) {
		sx_err_set(err, "container is not sandexec-<run id of the file>");
		goto bad;
	}
	if (!get_int(o, "deadline", EPOCH_MAX, true, &rec->deadline) ||
	    !get_int(o, "next_try", EPOCH_MAX, false, &rec->next_try) ||
	    !get_int(o, "attempts", SX_SWEEP_MAX_TRIES, false, &attempts)) {
		sx_err_set(err, "deadline, next_try or attempts out of range");
		goto bad;
	}
	rec->attempts = (unsigned)attempts;
	engine = cJSON_GetObjectItemCaseSensitive(o, "engine");
	if (!cJSON_IsObject(engine)) {
		sx_err_set(err, "engine is not an object");
		goto bad;
	}
	for (m = engine->child; m; m = m->next) {
		int i = m->string ? engine_index(m->string) : -1;

		if (i < 0 || seen[i] || !cJSON_IsString(m) ||
		    !engine_value_ok(m->string, m->valuestring)) {
			sx_err_set(err,
				   "engine holds a variable or value sandexec does not record");
			goto bad;
		}
		seen[i] = true;
		rec->engine[n++] = sx_xasprintf("%s=%s", m->string, m->valuestring);
	}
	memcpy(rec->run_id, run_id, 17);
	memcpy(rec->container, name->valuestring, 9 + 17);
	cJSON_Delete(o);
	return 0;
bad:
	cJSON_Delete(o);
	sx_reaper_record_free(rec);
	return -EINVAL;
}

/* Ours and writable by no one else (as OpenDoas checks doas.conf). */
static int check_owner(const struct stat *st, const char *what, struct sx_err *err)
{
	if (st->st_uid != geteuid()) {
		sx_err_set(err, "%s is not owned by uid %u", what, (unsigned)geteuid());
		return -EPERM;
	}
	if (st->st_mode & (S_IWGRP | S_IWOTH)) {
		sx_err_set(err, "%s is writable by others", what);
		return -EPERM;
	}
	return 0;
}

static int open_dir(const char *dir, struct sx_err *err)
{
	struct stat st;
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	int r;

	if (fd < 0) {
		r = -errno;
		sx_err_set(err, "state directory %s: %s", dir, strerror(errno));
		return r;
	}
	if (fstat(fd, &st) < 0) {
		r = -errno;
		close(fd);
		return r;
	}
	r = check_owner(&st, "state directory", err);
	if (r < 0) {
		close(fd);
		return r;
	}
	return fd;
}

int sx_reaper_check_dir(const char *dir, struct sx_err *err)
{
	int fd = open_dir(dir, err);

	if (fd < 0)
		return fd;
	close(fd);
	return 0;
}

/* The record file name in dfd: a regular file of ours, not writable by
 * others, no larger than a record. */
static int read_record(int dfd, const char *name, struct sx_record *rec, struct sx_err *err)
{
	const struct sx_read_opts opts = {
	    .max = SX_RECORD_MAX,
	    .nofollow = true,
	    .regular_only = true,
	    .check_owner = true,
	};
	struct sx_read rd;
	int r;

	memset(rec, 0, sizeof *rec);
	if (!sx_reaper_run_id_valid(name)) {
		sx_err_set(err, "file name is not a run id");
		return -EINVAL;
	}
	r = sx_util_read_file(dfd, name, &opts, &rd);
	switch (rd.fail) {
	case SX_READ_OK:
		break;
	case SX_READ_OPEN:
	case SX_READ_LINK:
		sx_err_set(err, "%s", strerror(-r));
		return r;
	case SX_READ_STAT:
	case SX_READ_NOT_REGULAR:
		sx_err_set(err, "not a regular file");
		return -EINVAL;
	case SX_READ_NOT_OWNED:
		sx_err_set(err, "record is not owned by uid %u", (unsigned)geteuid());
		return r;
	case SX_READ_WRITABLE:
		sx_err_set(err, "record is writable by others");
		return r;
	default: /* SX_READ_TOO_BIG, SX_READ_READ: as sx_reaper_record_parse says it */
		sx_err_set(err, "not a record (size or NUL)");
		return -EINVAL;
	}
	r = sx_reaper_record_parse(rd.data, rd.len, name, rec, err);
	free(rd.data);
	return r;
}

/* Write the record's text to dir/run_id through a temporary file, so that
 * a sweep never reads half a record. */
static int write_record(int dfd, const struct sx_record *rec)
{
	cJSON *o = cJSON_CreateObject(), *env;
	char tmp[64], *text;
	int fd, r = 0;

	cJSON_AddStringToObject(o, "container", rec->container);
	cJSON_AddNumberToObject(o, "deadline", (double)rec->deadline);
	if (rec->attempts) {
		cJSON_AddNumberToObject(o, "attempts", rec->attempts);
		cJSON_AddNumberToObject(o, "next_try", (double)rec->next_try);
	}
	env = cJSON_AddObjectToObject(o, "engine");
	for (int i = 0; rec->engine[i]; i++) {
		char *eq = strchr(rec->engine[i], '=');
		char *var = sx_xstrdup(rec->engine[i]);

		var[eq - rec->engine[i]] = '\0';
		cJSON_AddStringToObject(env, var, eq + 1);
		free(var);
	}
	text = cJSON_PrintUnformatted(o);
	cJSON_Delete(o);
	snprintf(tmp, sizeof tmp, ".%s.%ld", rec->run_id, (long)getpid());
	fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	r = fd < 0 ? -errno : sx_write_all(fd, text, strlen(text));
	if (fd >= 0 && close(fd) < 0 && r == 0)
		r = -errno;
	if (r == 0 && renameat(dfd, tmp, dfd, rec->run_id) < 0)
		r = -errno;
	if (r < 0)
		unlinkat(dfd, tmp, 0);
	free(text);
	return r;
}

int sx_reaper_record(const char *dir, const char *run_id, const char *container,
		     int64_t deadline_epoch)
{
	struct sx_record rec = {.deadline = deadline_epoch};
	struct sx_err err;
	int dfd, n = 0, r;

	if (!dir || sx_mkdir_p(dir, 0700) < 0)
		return -EIO;
	if (!sx_reaper_run_id_valid(run_id) || strlen(container) >= sizeof rec.container)
		return -EINVAL;
	dfd = open_dir(dir, &err);
	if (dfd < 0)
		return dfd;
	memcpy(rec.run_id, run_id, sizeof rec.run_id);
	strcpy(rec.container, container);
	/* What would not be taken back is not written either. */
	for (const char *const *v = sx_reaper_engine_vars; *v; v++) {
		const char *val = getenv(*v);
		if (val && engine_value_ok(*v, val))
			rec.engine[n++] = sx_xasprintf("%s=%s", *v, val);
	}
	r = write_record(dfd, &rec);
	sx_reaper_record_free(&rec);
	close(dfd);
	return r;
}

void sx_reaper_forget(const char *dir, const char *run_id)
{
	char *path;

	if (!dir || !sx_reaper_run_id_valid(run_id))
		return;
	path = sx_xasprintf("%s/%s", dir, run_id);
	unlink(path);
	free(path);
}

/* environ without any engine variable, then the record's. */
static char **engine_env(const struct sx_record *rec)
{
	size_t n = 0, i = 0;
	char **envp;

	while (environ[n])
		n++;
	envp = sx_xcalloc(n + SX_ENGINE_VARS + 1, sizeof *envp);
	for (size_t k = 0; k < n; k++) {
		bool engine_var = false;
		for (const char *const *v = sx_reaper_engine_vars; *v; v++) {
			size_t l = strlen(*v);
			if (strncmp(environ[k], *v, l) == 0 && environ[k][l] == '=')
				engine_var = true;
		}
		if (!engine_var)
			envp[i++] = sx_xstrdup(environ[k]);
	}
	for (int k = 0; rec && rec->engine[k]; k++)
		envp[i++] = sx_xstrdup(rec->engine[k]);
	return envp;
}

/* A docker call bounded by timeout_ms; true when it exited 0. res is the
 * caller's to free. */
static bool docker_call(char **argv, char **envp, int64_t timeout_ms, struct sx_proc_result *res)
{
	struct sx_spawn sp = {.argv = argv, .envp = envp, .new_pgrp = true};
	struct sx_io io = {.stdout_cap = 1 << 20,
			   .stderr_fd = -1,
			   .stderr_keep = 1024,
			   .deadline_ms = sx_now_ms() + timeout_ms,
			   .signal_fd = -1};
	struct sx_err err;

	if (sx_proc_run(&sp, &io, res, &err) < 0) {
		memset(res, 0, sizeof *res);
		return false;
	}
	return !res->spawn_errno && !res->stopped && res->exited && res->exit_code == 0;
}

/* docker rm --force on the given engine; true when the container is gone
 * (removed now, or no longer there). */
static bool remove_container(const struct sx_config *cfg, const char *name, char **envp,
			     int64_t timeout_ms)
{
	char **argv = sx_dockerargv_rm(cfg, name);
	struct sx_proc_result res;
	bool gone = docker_call(argv, envp, timeout_ms, &res);

	if (!gone && !res.spawn_errno && !res.stopped && res.exited && res.err_head)
		gone = strstr(res.err_head, "No such container") != NULL;
	sx_proc_result_free(&res);
	sx_dockerargv_free(argv);
	return gone;
}

enum reap { REAP_REMOVED, REAP_ABSENT, REAP_FOREIGN, REAP_LIVE, REAP_FAILED };

/* The record's container, only once the engine confirms that a container
 * of that name carries that run's label, the caller's owner label and a
 * deadline label that has passed: a record is anyone's to write, so what
 * it says (its name, its deadline) only decides when to ask, never what to
 * remove. It is then removed by its id, the one that was confirmed. A live
 * container of ours (a concurrent run) puts its own deadline in *deadline. */
static enum reap reap(const struct sx_config *cfg, const struct sx_record *rec, char **envp,
		      int64_t timeout_ms, int64_t now, int64_t *deadline)
{
	char *filter = sx_xasprintf("label=sandexec.run=%s", rec->run_id);
	const char *const ps[] = {"ps",
				  "--all",
				  "--no-trunc",
				  "--filter",
				  filter,
				  "--format",
				  "{{.ID}}\t{{.Names}}\t{{.Label \"sandexec.owner\"}}\t"
				  "{{.Label \"sandexec.deadline\"}}",
				  NULL};
	char **argv = sx_dockerargv_call(cfg, ps);
	char *me = sx_reaper_owner();
	struct sx_proc_result res;
	char *line, *save = NULL, *id = NULL;
	int64_t t0 = sx_now_ms();
	enum reap r = REAP_FAILED;

	if (docker_call(argv, envp, timeout_ms, &res)) {
		r = REAP_ABSENT;
		for (line = strtok_r(res.out ? res.out : (char *)"", "\n", &save); line;
		     line = strtok_r(NULL, "\n", &save)) {
			char *name = strchr(line, '\t'), *owner, *label, *end;
			long long d;

			if (!name || !(owner = strchr(name + 1, '\t')) ||
			    !(label = strchr(owner + 1, '\t')))
				continue;
			*name++ = *owner++ = *label++ = '\0';
			if (strcmp(name, rec->container) != 0)
				continue;
			errno = 0;
			d = strtoll(label, &end, 10);
			if (strcmp(owner, me) != 0 || errno || end == label || *end || d <= 0 ||
			    d > now + SX_DEADLINE_AHEAD_MAX_S) {
				r = REAP_FOREIGN;
			} else if (d >= now) {
				r = REAP_LIVE;
				*deadline = d;
			} else {
				id = sx_xstrdup(line);
			}
			break;
		}
	}
	sx_proc_result_free(&res);
	if (id) {
		int64_t left = timeout_ms - (sx_now_ms() - t0);

		r = left > 0 && remove_container(cfg, id, envp, left) ? REAP_REMOVED : REAP_FAILED;
	}
	free(id);
	free(me);
	free(filter);
	sx_dockerargv_free(argv);
	return r;
}

static void log_cleanup(struct sx_log *log, const char *level, const struct sx_record *rec,
			const char *name, const char *reason, const char *msg)
{
	cJSON *f = cJSON_CreateObject();

	if (rec) {
		cJSON_AddStringToObject(f, "container", rec->container);
		cJSON_AddNumberToObject(f, "attempts", rec->attempts);
		if (rec->next_try)
			cJSON_AddNumberToObject(f, "next_try", (double)rec->next_try);
	}
	if (name)
		cJSON_AddStringToObject(f, "abandoned_run", name);
	cJSON_AddStringToObject(f, "removed_by", "sweep");
	cJSON_AddStringToObject(f, "reason", reason);
	sx_eventlog_write(log, level, "docker_cleanup", msg, f);
}

/* One record past its deadline and due: try it, then drop, or back off. */
static int sweep_one(const struct sx_config *cfg, int dfd, struct sx_record *rec,
		     struct sx_log *log, int64_t call_ms, int64_t now)
{
	char **envp = engine_env(rec);
	int64_t deadline = 0;
	enum reap r = reap(cfg, rec, envp, call_ms, now, &deadline);
	char msg[200];

	sx_dockerargv_free(envp);
	if (r == REAP_LIVE) {
		/* Ours and running: asked again once the engine's own deadline
		 * has passed. */
		rec->deadline = deadline;
		if (write_record(dfd, rec) < 0)
			unlinkat(dfd, rec->run_id, 0);
		snprintf(msg, sizeof msg,
			 "container %s is still within its deadline; asked again in %" PRId64 " s",
			 rec->container, deadline - now);
		log_cleanup(log, "INFO", rec, rec->run_id, "not_yet", msg);
		return 0;
	}
	if (r == REAP_FOREIGN) {
		unlinkat(dfd, rec->run_id, 0);
		snprintf(msg, sizeof msg,
			 "container %s is not the caller's (owner or deadline label): "
			 "left alone, record dropped",
			 rec->container);
		log_cleanup(log, "WARNING", rec, rec->run_id, "not_ours", msg);
		return 0;
	}
	if (r != REAP_FAILED) {
		unlinkat(dfd, rec->run_id, 0);
		snprintf(msg, sizeof msg,
			 r == REAP_REMOVED ? "abandoned container %s removed"
					   : "abandoned container %s was already gone",
			 rec->container);
		log_cleanup(log, r == REAP_REMOVED ? "WARNING" : "INFO", rec, rec->run_id,
			    r == REAP_REMOVED ? "deadline_passed" : "already_gone", msg);
		return r == REAP_REMOVED;
	}
	rec->attempts++;
	if (rec->attempts >= SX_SWEEP_MAX_TRIES) {
		unlinkat(dfd, rec->run_id, 0);
		rec->next_try = 0;
		snprintf(msg, sizeof msg,
			 "gave up on abandoned container %s after %u tries; 'sandexec gc' "
			 "removes it once its engine answers",
			 rec->container, rec->attempts);
		log_cleanup(log, "WARNING", rec, rec->run_id, "gave_up", msg);
		return 0;
	}
	rec->next_try = now + ((int64_t)SX_SWEEP_BACKOFF_S << (rec->attempts - 1));
	if (write_record(dfd, rec) < 0)
		unlinkat(dfd, rec->run_id, 0);
	snprintf(msg, sizeof msg,
		 "abandoned container %s: its engine did not answer; "
		 "retrying after %" PRId64 " s",
		 rec->container, rec->next_try - now);
	log_cleanup(log, "WARNING", rec, rec->run_id, "retry_later", msg);
	return 0;
}

/* Remove an entry that is not a record: a file, an empty directory, else
 * (a directory with something in it) set aside under a dot name that no
 * sweep reads again. Says what became of it. */
static const char *discard(int dfd, const char *name)
{
	char aside[64];

	if (unlinkat(dfd, name, 0) == 0)
		return "removed";
	if (errno != EISDIR && errno != EPERM)
		return "could not be removed";
	if (unlinkat(dfd, name, AT_REMOVEDIR) == 0)
		return "removed";
	snprintf(aside, sizeof aside, ".rejected-%.40s", name);
	if (renameat(dfd, name, dfd, aside) == 0)
		return "set aside as .rejected-<name> (not empty)";
	return "could not be removed";
}

static void log_rejected(struct sx_log *log, const char *name, const char *what, const char *why)
{
	char msg[SX_ERR_MAX + 200];

	snprintf(msg, sizeof msg, "run record %.64s rejected and %s: %s", name, what, why);
	log_cleanup(log, "WARNING", NULL, name, "record_rejected", msg);
}

int sx_reaper_sweep(const struct sx_config *cfg, const char *dir, struct sx_log *log,
		    int64_t timeout_ms)
{
	int64_t end = sx_now_ms() + SX_SWEEP_BUDGET_MS;
	int64_t now = (int64_t)time(NULL);
	struct sx_err err = {""};
	struct dirent *de;
	int removed = 0, dfd, left = 0, kept = 0, looked = 0, excess = 0;
	bool stopped = false;
	DIR *d;

	if (!dir)
		return 0;
	dfd = open_dir(dir, &err);
	if (dfd == -ENOENT)
		return 0;
	if (dfd < 0) {
		char msg[SX_ERR_MAX + 160];

		snprintf(msg, sizeof msg, "run records not swept: %s", err.msg);
		log_cleanup(log, "WARNING", NULL, NULL, "state_dir_rejected", msg);
		return 0;
	}
	d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		return 0;
	}
	/* The budget covers reading the directory and the records as well as
	 * the docker calls, and so does the cap on entries: however many
	 * there are, a sweep looks at SX_SWEEP_MAX_ENTRIES at the most. */
	while ((de = readdir(d))) {
		struct sx_record rec;
		int64_t budget;

		if (looked++ >= SX_SWEEP_MAX_ENTRIES || sx_now_ms() >= end) {
			stopped = true;
			break;
		}
		if (de->d_name[0] == '.')
			continue;
		if (kept >= SX_RECORDS_MAX && sx_reaper_run_id_valid(de->d_name)) {
			/* More records than runs could ever be under way: the
			 * rest is not read, only removed; gc still finds the
			 * containers through their labels. */
			if (unlinkat(dfd, de->d_name, 0) == 0)
				excess++;
			else
				log_rejected(log, de->d_name, discard(dfd, de->d_name),
					     "beyond the record count");
			continue;
		}
		if (read_record(dfd, de->d_name, &rec, &err) < 0) {
			/* Not a record sandexec wrote: never acted on, and
			 * removed so as not to be read again. */
			log_rejected(log, de->d_name, discard(dfd, de->d_name), err.msg);
			continue;
		}
		if (rec.deadline > now + SX_DEADLINE_AHEAD_MAX_S) {
			sx_reaper_record_free(&rec);
			log_rejected(log, de->d_name, discard(dfd, de->d_name),
				     "deadline further ahead than any run lasts");
			continue;
		}
		kept++;
		budget = end - sx_now_ms();
		if (rec.deadline < now && rec.next_try <= now) {
			if (budget < SWEEP_MIN_CALL_MS)
				left++;
			else
				removed +=
				    sweep_one(cfg, dfd, &rec, log,
					      budget < timeout_ms ? budget : timeout_ms, now);
		}
		sx_reaper_record_free(&rec);
	}
	closedir(d);
	if (excess) {
		char msg[200];

		snprintf(msg, sizeof msg,
			 "%d run records beyond the %d kept removed unread; 'sandexec gc' "
			 "removes their containers",
			 excess, SX_RECORDS_MAX);
		log_cleanup(log, "WARNING", NULL, NULL, "too_many_records", msg);
	}
	if (left || stopped) {
		char msg[200];

		if (stopped)
			snprintf(msg, sizeof msg,
				 "sweep budget of %d ms or %d entries spent; the rest is left "
				 "for a later run",
				 SX_SWEEP_BUDGET_MS, SX_SWEEP_MAX_ENTRIES);
		else
			snprintf(msg, sizeof msg,
				 "sweep budget of %d ms spent; %d record%s left for a later run",
				 SX_SWEEP_BUDGET_MS, left, left == 1 ? "" : "s");
		log_cleanup(log, "INFO", NULL, NULL, "budget_spent", msg);
	}
	return removed;
}

int sx_reaper_gc(const struct sx_config *cfg, const char *dir, bool all, const char *owner,
		 FILE *out, int64_t timeout_ms, struct sx_err *err)
{
	char *owner_filter = owner ? sx_xasprintf("label=sandexec.owner=%s", owner)
				   : sx_xstrdup("label=sandexec.run");
	const char *const ps[] = {
	    "ps",
	    "--all",
	    "--no-trunc",
	    "--filter",
	    "label=sandexec.run",
	    "--filter",
	    owner_filter,
	    "--format",
	    "{{.ID}}\t{{.Names}}\t{{.Label \"sandexec.deadline\"}}\t{{.State}}",
	    NULL};
	char **argv = sx_dockerargv_call(cfg, ps);
	struct sx_proc_result res;
	int64_t now = (int64_t)time(NULL);
	char *line, *save = NULL;
	int r = 0;

	sx_reaper_sweep(cfg, dir, &(struct sx_log){.fd = -1}, timeout_ms);
	if (!docker_call(argv, NULL, timeout_ms, &res)) {
		sx_err_set(err, "cannot list containers with '%s ps': %s", cfg->docker_binary,
			   res.spawn_errno    ? strerror(res.spawn_errno)
			   : res.err_head_len ? res.err_head
					      : "no answer");
		sx_proc_result_free(&res);
		sx_dockerargv_free(argv);
		free(owner_filter);
		return -EIO;
	}
	for (line = strtok_r(res.out ? res.out : (char *)"", "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *id = line, *name = strchr(line, '\t'), *tab, *state = NULL;
		int64_t deadline = 0;
		bool expired;

		if (!name || !(tab = strchr(name + 1, '\t')))
			continue;
		*name++ = '\0';
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
		/* By the id that was listed: the name may be another's by now. */
		if (remove_container(cfg, id, NULL, timeout_ms)) {
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
	sx_dockerargv_free(argv);
	free(owner_filter);
	return r;
}
