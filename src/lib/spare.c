#include "spare.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sha2.h>

#include "bootstrap.h"
#include "dockerargv.h"
#include "proc.h"
#include "reaper.h"
#include "run.h"
#include "runtime.h"

#define ENTRY_MAX 128 /* bytes of a registry file */
#define INSPECT_MAX (1u << 20)

/* What `docker inspect SPARE IMAGE` prints (maps: a missing key is
 * "<no value>", not an error): for the container, one header line of
 * space-separated words up to a '|', then its command and its security
 * options, each as LEN ":" BYTES (they hold new lines); for the image, one
 * line. */
static const char inspect_format[] =
    "{{if index . \"State\"}}C {{.Image}} {{index .Config.Labels \"sandexec.spare\"}} "
    "{{index .Config.Labels \"sandexec.owner\"}} {{.State.Running}} {{.State.Paused}} "
    "{{json (index .HostConfig \"Binds\")}} {{json (index .HostConfig \"Mounts\")}} "
    "{{json (index .HostConfig \"Privileged\")}} {{json (index .HostConfig \"ReadonlyRootfs\")}} "
    "{{json (index .HostConfig \"NetworkMode\")}} {{json (index .HostConfig \"CapAdd\")}} "
    "{{json (index .HostConfig \"CapDrop\")}} {{json (index .Config \"User\")}} "
    "{{len .Config.Cmd}} {{len .HostConfig.SecurityOpt}}|"
    "{{range .Config.Cmd}}{{len .}}:{{.}}{{end}}"
    "{{range .HostConfig.SecurityOpt}}{{len .}}:{{.}}{{end}}"
    "{{else}}I {{.Id}}{{end}}";

bool sx_spare_eligible(const struct sx_config *cfg)
{
	return cfg->spares > 0 && !cfg->data_dir && cfg->sandbox_enabled;
}

static int64_t seconds_up(uint64_t ms)
{
	return (int64_t)((ms + 999) / 1000);
}

/* The spare's `docker create` argv; key NULL: the placeholders the key is
 * made of. */
static char **spare_argv(const struct sx_config *cfg, bool gvisor, const char *key,
			 const char *run_id, const char *name, int64_t deadline)
{
	char *seccomp = sx_config_seccomp_path_for(cfg, gvisor);
	struct sx_dockerargv_opts run = {
	    .name = name,
	    .run_id = run_id,
	    .deadline_epoch = deadline,
	    .seccomp_path = seccomp,
	    .script_name = "-",
	    .supervise_s = seconds_up(cfg->timeout_ms) + SX_CONTAINER_MARGIN_S,
	    .gvisor = gvisor,
	    .spare_key = key ? key : "",
	    .idle_s = seconds_up(cfg->spare_idle_ms),
	};
	char **argv = sx_dockerargv_run(cfg, &run);

	free(seccomp);
	return argv;
}

int sx_spare_key(const struct sx_config *cfg, bool gvisor, char key[SX_SPARE_KEY_LEN + 1])
{
	char **argv = spare_argv(cfg, gvisor, NULL, "0000000000000000", "sandexec-spare", 0);
	char *profile = sx_config_seccomp_path_for(cfg, gvisor);
	char hex[SHA256_DIGEST_STRING_LENGTH], uid[32];
	/* As sx_docker_seccomp_check reads it (docker.c). */
	const struct sx_read_opts opts = {.max = 4u << 20};
	struct sx_read rd;
	SHA2_CTX c;
	int r;

	/* The CLI reads the profile at each create: its content is part of
	 * what the container is. */
	r = sx_util_read_file(AT_FDCWD, profile, &opts, &rd);
	free(profile);
	if (r < 0) {
		sx_dockerargv_free(argv);
		return r;
	}
	SHA256Init(&c);
	for (char **a = argv; *a; a++)
		SHA256Update(&c, (const uint8_t *)*a, strlen(*a) + 1);
	SHA256Update(&c, (const uint8_t *)"\n", 1);
	SHA256Update(&c, (const uint8_t *)rd.data, rd.len);
	for (const char *const *v = sx_reaper_engine_vars; *v; v++) {
		const char *val = getenv(*v);

		SHA256Update(&c, (const uint8_t *)*v, strlen(*v) + 1);
		if (val)
			SHA256Update(&c, (const uint8_t *)val, strlen(val) + 1);
		else
			SHA256Update(&c, (const uint8_t *)"\n", 1);
	}
	snprintf(uid, sizeof uid, "%u", (unsigned)geteuid());
	SHA256Update(&c, (const uint8_t *)uid, strlen(uid) + 1);
	SHA256End(&c, hex);
	memcpy(key, hex, SX_SPARE_KEY_LEN);
	key[SX_SPARE_KEY_LEN] = '\0';
	free(rd.data);
	sx_dockerargv_free(argv);
	return 0;
}

int sx_spare_parse(const char *text, size_t len, const char *run_id, struct sx_spare *sp)
{
	char want[48], buf[ENTRY_MAX + 1], *end;
	const char *num;
	unsigned long long v;
	size_t n;

	if (!sx_reaper_run_id_valid(run_id) || len == 0 || len > ENTRY_MAX ||
	    memchr(text, '\0', len))
		return -EINVAL;
	memcpy(buf, text, len);
	buf[len] = '\0';
	snprintf(want, sizeof want, "sandexec-%s ", run_id);
	n = strlen(want);
	if (strncmp(buf, want, n) != 0)
		return -EINVAL;
	num = buf + n;
	if (*num < '0' || *num > '9' || strspn(num, "0123456789") > 12)
		return -EINVAL;
	errno = 0;
	v = strtoull(num, &end, 10);
	if (errno || strcmp(end, "\n") != 0)
		return -EINVAL;
	memset(sp, 0, sizeof *sp);
	memcpy(sp->run_id, run_id, 17);
	snprintf(sp->container, sizeof sp->container, "sandexec-%s", run_id);
	sp->idle_until = (int64_t)v;
	return 0;
}

/* The registry directory of key, made if need be (mode 0700) and checked
 * like the run records' (the caller's, writable by no one else). An open
 * descriptor, or -errno. */
static int open_registry(const char *key, bool create)
{
	char *top = sx_state_path("spares"), *dir;
	struct sx_err err;
	int fd = -ENOENT;

	if (!top)
		return -ENOENT;
	dir = sx_xasprintf("%s/%s", top, key);
	if (create && sx_mkdir_p(dir, 0700) < 0) {
		fd = -EIO;
		goto out;
	}
	if (!create && access(dir, F_OK) < 0) {
		fd = -ENOENT;
		goto out;
	}
	if (sx_reaper_check_dir(top, &err) < 0 || sx_reaper_check_dir(dir, &err) < 0) {
		fd = -EPERM;
		goto out;
	}
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		fd = -errno;
out:
	free(dir);
	free(top);
	return fd;
}

/* Read and parse the registry file name in dfd: a regular file of the
 * caller's, writable by no one else, small. 0 or -errno. */
static int read_entry(int dfd, const char *name, struct sx_spare *sp)
{
	/* The reader every file of someone else's goes through (util.h),
	 * with the run records' policy. */
	static const struct sx_read_opts opts = {.max = ENTRY_MAX,
						 .nofollow = true,
						 .regular_only = true,
						 .check_owner = true,
						 .no_nul = true};
	struct sx_read rd;
	int r;

	memset(sp, 0, sizeof *sp);
	if (!sx_reaper_run_id_valid(name))
		return -EINVAL;
	r = sx_util_read_file(dfd, name, &opts, &rd);
	if (r < 0)
		return r;
	r = sx_spare_parse(rd.data, rd.len, name, sp);
	free(rd.data);
	return r;
}

/* Call fn for each registry file of dfd, at most SX_SPARE_MAX_ENTRIES;
 * stale ones (idle time over, or not a registry file at all) are removed.
 * fn returns nonzero to stop. */
static int each_entry(int dfd,
		      int (*fn)(int dfd, const char *name, const struct sx_spare *sp, void *ctx),
		      void *ctx)
{
	int64_t now = (int64_t)time(NULL);
	int dup_fd = dup(dfd), r = 0, seen = 0;
	struct dirent *d;
	DIR *dir;

	if (dup_fd < 0)
		return -errno;
	dir = fdopendir(dup_fd);
	if (!dir) {
		close(dup_fd);
		return -errno;
	}
	while (r == 0 && seen < SX_SPARE_MAX_ENTRIES && (d = readdir(dir))) {
		struct sx_spare sp;

		if (d->d_name[0] == '.')
			continue;
		seen++;
		if (read_entry(dfd, d->d_name, &sp) < 0 ||
		    sp.idle_until < now + SX_SPARE_MARGIN_S) {
			/* Its container has ended by itself, or ends now: a
			 * later sweep removes what its record names. */
			unlinkat(dfd, d->d_name, 0);
			continue;
		}
		r = fn(dfd, d->d_name, &sp, ctx);
	}
	closedir(dir);
	return r;
}

static int take(int dfd, const char *name, const struct sx_spare *sp, void *ctx)
{
	/* The claim: one unlink succeeds, the others find nothing. */
	if (unlinkat(dfd, name, 0) < 0)
		return 0;
	*(struct sx_spare *)ctx = *sp;
	return 1;
}

int sx_spare_claim(const char *key, struct sx_spare *sp)
{
	int dfd = open_registry(key, false), r;

	if (dfd < 0)
		return dfd == -ENOENT ? 0 : dfd;
	r = each_entry(dfd, take, sp);
	close(dfd);
	return r;
}

char **sx_spare_inspect_argv(const struct sx_config *cfg, const struct sx_spare *sp)
{
	const char *args[] = {"inspect",     "--format", inspect_format,
			      sp->container, cfg->image, NULL};

	return sx_dockerargv_call(cfg, args);
}

/* JSON as the docker CLI sends a seccomp profile: white space outside
 * strings dropped (Go's json.Compact). Caller frees. */
static char *json_compact(const char *in, size_t n)
{
	char *out = sx_xmalloc(n + 1);
	size_t k = 0;
	bool str = false, esc = false;

	for (size_t i = 0; i < n; i++) {
		char ch = in[i];

		if (str) {
			if (esc)
				esc = false;
			else if (ch == '\\')
				esc = true;
			else if (ch == '"')
				str = false;
		} else if (ch == '"') {
			str = true;
		} else if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
			continue;
		}
		out[k++] = ch;
	}
	out[k] = '\0';
	return out;
}

int sx_spare_expect_init(const struct sx_config *cfg, bool gvisor, const char *key,
			 struct sx_spare_expect *want)
{
	char **argv = spare_argv(cfg, gvisor, key, "0000000000000000", "sandexec-spare", 0);
	char *profile = sx_config_seccomp_path_for(cfg, gvisor), *compact;
	const struct sx_read_opts opts = {.max = 4u << 20};
	struct sx_read rd;
	size_t at = 0, n;
	int r;

	memset(want, 0, sizeof *want);
	/* The command: what follows the image in the create argv. */
	while (argv[at] && !(strcmp(argv[at], cfg->image) == 0 && argv[at + 1] &&
			     strcmp(argv[at + 1], cfg->python) == 0))
		at++;
	n = sx_dockerargv_len(argv) - (argv[at] ? at + 1 : at);
	want->cmd = sx_xcalloc(n + 1, sizeof *want->cmd);
	for (size_t i = 0; i < n; i++)
		want->cmd[i] = sx_xstrdup(argv[at + 1 + i]);
	sx_dockerargv_free(argv);
	r = sx_util_read_file(AT_FDCWD, profile, &opts, &rd);
	free(profile);
	if (r < 0) {
		sx_spare_expect_free(want);
		return r;
	}
	compact = json_compact(rd.data, rd.len);
	want->seccomp_opt = sx_xasprintf("seccomp=%s", compact);
	free(compact);
	free(rd.data);
	want->read_only = cfg->read_only;
	want->network = sx_xasprintf("\"%s\"", cfg->network);
	want->user = sx_xasprintf("\"%s\"", cfg->user);
	return 0;
}

void sx_spare_expect_free(struct sx_spare_expect *want)
{
	for (char **c = want->cmd; c && *c; c++)
		free(*c);
	free(want->cmd);
	free(want->seccomp_opt);
	free(want->network);
	free(want->user);
	memset(want, 0, sizeof *want);
}

/* LEN ":" BYTES at out[*at..len): the bytes' place. */
static bool blob(const char *out, size_t len, size_t *at, const char **p, size_t *n)
{
	size_t v = 0, i = *at;

	if (i >= len || out[i] < '0' || out[i] > '9')
		return false;
	while (i < len && out[i] >= '0' && out[i] <= '9' && v < INSPECT_MAX)
		v = v * 10 + (size_t)(out[i++] - '0');
	if (i >= len || out[i] != ':' || v > len - i - 1)
		return false;
	*p = out + i + 1;
	*n = v;
	*at = i + 1 + v;
	return true;
}

#define HEAD_WORDS 16

int sx_spare_inspect_check(const char *out, size_t len, const char *key, const char *owner,
			   const struct sx_spare_expect *want, struct sx_err *err)
{
	char head[1024], *w[HEAD_WORDS + 1], *save = NULL, *tok;
	const char *bar = len <= INSPECT_MAX ? memchr(out, '|', len < 1024 ? len : 1024) : NULL;
	size_t nw = 0, at, ncmd = 0, nsec = 0, want_cmd = 0, tail;
	bool nnp = false, seccomp = false;

	if (!bar || len < 2 || strncmp(out, "C ", 2) != 0 || memchr(out, '\0', len)) {
		sx_err_set(err, "docker inspect did not show the spare and the image: left alone");
		return -EPERM;
	}
	memcpy(head, out, (size_t)(bar - out));
	head[bar - out] = '\0';
	for (tok = strtok_r(head, " ", &save); tok && nw <= HEAD_WORDS;
	     tok = strtok_r(NULL, " ", &save))
		w[nw++] = tok;
	if (nw != HEAD_WORDS || strcmp(w[2], key) != 0 || strcmp(w[3], owner) != 0) {
		sx_err_set(err, "the container is not a spare of this configuration's and this "
				"user's: left alone");
		return -EPERM;
	}
	if (strcmp(w[4], "true") != 0 || strcmp(w[5], "false") != 0) {
		sx_err_set(err, "the spare is not running");
		return -EINVAL;
	}
	/* Then what it runs and how it is confined must be what this
	 * configuration's spares are given: anything else carrying the labels
	 * is not one of them. */
	for (char **c = want->cmd; c && *c; c++)
		want_cmd++;
	at = (size_t)(bar - out) + 1;
	if (sx_parse_uint(w[14], 0, 4096, &(uint64_t){0}) < 0 ||
	    sx_parse_uint(w[15], 0, 64, &(uint64_t){0}) < 0)
		goto impostor;
	ncmd = (size_t)strtoul(w[14], NULL, 10);
	nsec = (size_t)strtoul(w[15], NULL, 10);
	if (ncmd != want_cmd || nsec != 2)
		goto impostor;
	for (size_t i = 0; i < ncmd; i++) {
		const char *p;
		size_t n;

		if (!blob(out, len, &at, &p, &n) || n != strlen(want->cmd[i]) ||
		    memcmp(p, want->cmd[i], n) != 0)
			goto impostor;
	}
	for (size_t i = 0; i < nsec; i++) {
		const char *p;
		size_t n;

		if (!blob(out, len, &at, &p, &n))
			goto impostor;
		if (n == 17 && memcmp(p, "no-new-privileges", 17) == 0)
			nnp = true;
		else if (n == strlen(want->seccomp_opt) && memcmp(p, want->seccomp_opt, n) == 0)
			seccomp = true;
	}
	if (!nnp || !seccomp || strcmp(w[6], "null") != 0 || strcmp(w[7], "null") != 0 ||
	    strcmp(w[8], "false") != 0 || strcmp(w[9], want->read_only ? "true" : "false") != 0 ||
	    strcmp(w[10], want->network) != 0 || strcmp(w[11], "null") != 0 ||
	    strcmp(w[12], "[\"ALL\"]") != 0 || strcmp(w[13], want->user) != 0)
		goto impostor;
	/* The image's line: "\nI " ID "\n", and nothing after it. */
	tail = strlen(w[1]);
	if (len - at != 4 + tail || memcmp(out + at, "\nI ", 3) != 0 ||
	    memcmp(out + at + 3, w[1], tail) != 0 || out[len - 1] != '\n' ||
	    strncmp(w[1], "sha256:", 7) != 0) {
		if (len - at >= 4 && memcmp(out + at, "\nI ", 3) == 0) {
			sx_err_set(err, "the spare runs another image than docker.image names now");
			return -EINVAL;
		}
		sx_err_set(err, "docker inspect did not show the spare and the image");
		return -EINVAL;
	}
	return 0;
impostor:
	sx_err_set(err, "the container carries a spare's labels but does not run or is not "
			"confined as this configuration's spares are: left alone");
	return -EPERM;
}

static int count_live(int dfd, const char *name, const struct sx_spare *sp, void *ctx)
{
	(void)dfd;
	(void)name;
	(void)sp;
	(*(unsigned *)ctx)++;
	return 0;
}

/* One docker call, bounded; its exit status, or negative. */
static int docker_call(const struct sx_config *cfg, const char *const *args, int64_t timeout_ms)
{
	char **argv = sx_dockerargv_call(cfg, args);
	pid_t pid = sx_proc_start_quiet(argv);
	int r = pid < 0 ? (int)pid : sx_proc_wait(pid, sx_now_ms() + timeout_ms);

	sx_dockerargv_free(argv);
	return r;
}

/* Write the registry file of sp: a temporary name, then rename(2), so a
 * claim never reads half of one. */
static int register_spare(int dfd, const struct sx_spare *sp)
{
	char tmp[40], text[ENTRY_MAX];
	int fd, n, r = 0;

	snprintf(tmp, sizeof tmp, ".new-%s", sp->run_id);
	n = snprintf(text, sizeof text, "%s %" PRId64 "\n", sp->container, sp->idle_until);
	fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return -errno;
	if (sx_write_all(fd, text, (size_t)n) < 0)
		r = -EIO;
	if (close(fd) < 0 && r == 0)
		r = -EIO;
	if (r == 0 && renameat(dfd, tmp, dfd, sp->run_id) < 0)
		r = -errno;
	if (r < 0)
		unlinkat(dfd, tmp, 0);
	return r;
}

/* Create, start and register one spare. 0 or -errno with err set. */
static int start_one(const struct sx_config *cfg, bool gvisor, const char *key, int dfd,
		     const char *runs, int64_t timeout_ms, struct sx_err *err)
{
	struct sx_spare sp = {0};
	int64_t now = (int64_t)time(NULL);
	int64_t idle_s = seconds_up(cfg->spare_idle_ms);
	/* Its deadline label: unclaimed until the end of its idle time, then
	 * a whole run, then the margin of every run's. */
	int64_t deadline = now + idle_s + seconds_up(cfg->timeout_ms) + SX_REAP_MARGIN_S;
	char **argv;
	pid_t pid;
	int r;

	r = sx_random_hex(sp.run_id, 8);
	if (r < 0) {
		sx_err_set(err, "no randomness for a spare's run id");
		return r;
	}
	snprintf(sp.container, sizeof sp.container, "sandexec-%s", sp.run_id);
	sx_reaper_record(runs, sp.run_id, sp.container, deadline);
	argv = spare_argv(cfg, gvisor, key, sp.run_id, sp.container, deadline);
	pid = sx_proc_start_quiet(argv);
	sx_dockerargv_free(argv);
	r = pid < 0 ? (int)pid : sx_proc_wait(pid, sx_now_ms() + timeout_ms);
	if (r == 0) {
		const char *args[] = {"start", sp.container, NULL};

		r = docker_call(cfg, args, timeout_ms);
	}
	/* It waits idle_s from its start, which came before this. */
	sp.idle_until = now + idle_s;
	if (r == 0)
		r = register_spare(dfd, &sp);
	if (r != 0) {
		const char *args[] = {"rm", "--force", sp.container, NULL};

		sx_err_set(err, "could not start a spare (docker create/start: %s)",
			   r == -ETIMEDOUT ? "no answer" : "failed");
		if (docker_call(cfg, args, timeout_ms) == 0)
			sx_reaper_forget(runs, sp.run_id);
		return r < 0 ? r : -EIO;
	}
	return 0;
}

int sx_spare_fill(const struct sx_config *cfg, unsigned want, bool wait, int64_t timeout_ms,
		  unsigned *ready, struct sx_err *err)
{
	struct sx_runtime rt;
	char key[SX_SPARE_KEY_LEN + 1], *runs = NULL;
	unsigned have = 0;
	int dfd, lock = -1, r, started = 0;

	if (want > SX_SPARE_MAX_ENTRIES)
		want = SX_SPARE_MAX_ENTRIES;
	r = sx_runtime_for_run(cfg, timeout_ms, &rt, err);
	if (r < 0)
		return r;
	r = sx_spare_key(cfg, rt.gvisor, key);
	if (r < 0) {
		sx_err_set(err, "seccomp profile: %s", strerror(-r));
		return r;
	}
	dfd = open_registry(key, true);
	if (dfd < 0) {
		sx_err_set(err, "no usable spare registry under the state directory: %s",
			   strerror(-dfd));
		return dfd;
	}
	/* One fill per key at a time; another one under way will do. */
	lock = openat(dfd, ".lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (lock < 0 || flock(lock, wait ? LOCK_EX : LOCK_EX | LOCK_NB) < 0) {
		r = lock < 0 ? -errno : 0;
		if (r < 0)
			sx_err_set(err, "spare registry lock: %s", strerror(-r));
		goto out;
	}
	each_entry(dfd, count_live, &have);
	runs = sx_reaper_dir();
	while (have < want) {
		r = start_one(cfg, rt.gvisor, key, dfd, runs, timeout_ms, err);
		if (r < 0)
			break;
		have++;
		started++;
	}
	r = r < 0 ? r : started;
	if (ready)
		*ready = have;
out:
	if (lock >= 0)
		close(lock);
	close(dfd);
	free(runs);
	return r;
}

static int drop(int dfd, const char *name, const struct sx_spare *sp, void *ctx)
{
	(void)sp;
	(void)ctx;
	unlinkat(dfd, name, 0);
	return 0;
}

void sx_spare_forget_all(void)
{
	char *top = sx_state_path("spares");
	struct sx_err err;
	struct dirent *d;
	DIR *dir;

	if (!top || sx_reaper_check_dir(top, &err) < 0 || !(dir = opendir(top))) {
		free(top);
		return;
	}
	while ((d = readdir(dir))) {
		int dfd;

		if (d->d_name[0] == '.' || strlen(d->d_name) != SX_SPARE_KEY_LEN)
			continue;
		dfd = open_registry(d->d_name, false);
		if (dfd >= 0) {
			each_entry(dfd, drop, NULL);
			close(dfd);
		}
	}
	closedir(dir);
	free(top);
}
