#include "eventlog.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

char *sx_eventlog_path(const struct sx_config *cfg)
{
	if (!cfg->log_enabled)
		return NULL;
	if (*cfg->log_file)
		return sx_xstrdup(cfg->log_file);
	return sx_state_path("sandbox_execution.json.log");
}

bool sx_eventlog_path_is_default(const struct sx_config *cfg)
{
	return !*cfg->log_file;
}

/* err 0: what says it all. */
static void warn_once(struct sx_log *log, const char *what, int err)
{
	char line[512];
	int n;

	snprintf(log->error, sizeof log->error, "%s%s%s", what, err ? ": " : "",
		 err ? strerror(err) : "");
	if (log->warned)
		return;
	log->warned = true;
	n = snprintf(line, sizeof line,
		     "sandexec: warning: event log %s: %s; carrying on without it\n",
		     log->path ? log->path : "?", log->error);
	if (n > 0 && log->warn)
		log->warn(line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* mkdir -p of path's parent directory, 0700 for what is created. */
static void make_parents(const char *path)
{
	char *dir = sx_xstrdup(path);
	char *slash = strrchr(dir, '/');

	if (slash && slash != dir) {
		*slash = '\0';
		(void)sx_mkdir_p(dir, 0700);
	}
	free(dir);
}

static void disable(struct sx_log *log, const char *what, int err)
{
	close(log->fd);
	log->fd = -1;
	warn_once(log, what, err);
}

/* What may be written to, given what fstat says; NULL if it may. The log
 * path is a name anyone who can write the directory can replace: by a FIFO
 * (an open or a write that blocks forever), a symlink or a hard link to
 * another file of ours, or to the report's stdout. So the open never
 * blocks (O_NONBLOCK), and what was opened is judged by its fd. */
static const char *refusal(const struct stat *st, bool in_state_dir, int *err)
{
	struct stat out;

	*err = EINVAL;
	/* stdout holds the report and nothing else. */
	if (fstat(STDOUT_FILENO, &out) == 0 && out.st_dev == st->st_dev && out.st_ino == st->st_ino)
		return "is the same file as stdout";
	if (!in_state_dir) {
		/* A name the user gave: a file, or a FIFO or a character device
		 * (/dev/stderr, a collector's pipe) written without blocking. */
		if (S_ISREG(st->st_mode) || S_ISFIFO(st->st_mode) || S_ISCHR(st->st_mode))
			return NULL;
		return "not a file, FIFO or character device";
	}
	/* The default path, in a directory direct-mode scripts write as the
	 * user: only a plain file of ours (as the run records, reaper.c). */
	if (!S_ISREG(st->st_mode))
		return "not a regular file";
	*err = EPERM;
	if (st->st_uid != geteuid())
		return "not owned by us";
	if (st->st_mode & (S_IWGRP | S_IWOTH))
		return "writable by others";
	if (st->st_nlink != 1)
		return "has more than one link";
	return NULL;
}

/* A regular file is read too, to see whether it ends in a newline
 * (write_line). Opened write-only first: a FIFO without a reader must fail
 * (ENXIO), not find one in us. Kept only if it is the same file. */
static void reopen_readable(struct sx_log *log, const char *path, int flags, const struct stat *st)
{
	int fd = open(path, O_RDWR | flags);
	struct stat again;

	if (fd < 0)
		return;
	if (fstat(fd, &again) == 0 && again.st_dev == st->st_dev && again.st_ino == st->st_ino) {
		close(log->fd);
		log->fd = fd;
	} else {
		close(fd);
	}
}

int sx_eventlog_open(struct sx_log *log, const char *path, bool in_state_dir)
{
	int flags = O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY | O_NONBLOCK |
		    (in_state_dir ? O_NOFOLLOW : 0);
	const char *why;
	struct stat st;
	int err;

	log->fd = -1;
	log->error[0] = '\0';
	if (!path || !*path)
		return 0;
	log->path = sx_xstrdup(path);
	make_parents(path);
	log->fd = open(path, O_WRONLY | flags, 0600);
	if (log->fd < 0) {
		err = errno;
		if (err == ELOOP && in_state_dir)
			warn_once(log, "is a symbolic link", 0);
		else
			warn_once(log, "cannot open", err);
		return -err;
	}
	if (fstat(log->fd, &st) < 0) {
		err = errno;
		disable(log, "cannot stat", err);
		return -err;
	}
	why = refusal(&st, in_state_dir, &err);
	if (why) {
		disable(log, why, 0);
		return -err;
	}
	log->regular = S_ISREG(st.st_mode);
	if (log->regular)
		reopen_readable(log, path, flags & ~O_CREAT, &st);
	return 0;
}

void sx_eventlog_close(struct sx_log *log)
{
	if (log->fd >= 0)
		close(log->fd);
	log->fd = -1;
	free(log->path);
	log->path = NULL;
}

void sx_eventlog_timestamp(char buf[32])
{
	struct timespec ts;
	struct tm tm;
	char base[32];

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf, 32, "%.19s.%06dZ", base, (int)(ts.tv_nsec / 1000));
}

/* Does the file end in the middle of a line (a writer killed or cut short
 * before; another program)? Then ours starts with a newline. */
static bool mid_line(int fd)
{
	struct stat st;
	char c;

	if (fstat(fd, &st) < 0 || st.st_size == 0)
		return false;
	return pread(fd, &c, 1, st.st_size - 1) == 1 && c != '\n';
}

/* An exclusive flock of the log, waited for 200 ms at most: sandexec
 * writers then see each other's lines whole. mid_line() reads the file's
 * end, which a concurrent write(2) of a line longer than a page moves
 * page by page: without the lock a writer saw another's line half
 * written and put an empty line after it. Anyone else may hold the lock
 * forever; then the line goes out without the check. */
static bool lock_briefly(int fd)
{
	for (int i = 0; i < 200; i++) {
		struct timespec ms = {0, 1000000};

		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			return true;
		if (errno != EWOULDBLOCK && errno != EINTR)
			return false;
		nanosleep(&ms, NULL);
	}
	return false;
}

/* One write(2) of the line. Every line of the file stays one JSON object:
 * a line cut short (a full file system, RLIMIT_FSIZE) is truncated away
 * while it is still the end of the file, and a line is never appended to
 * the end of someone else's partial one. The first failure disables the
 * log for the rest of the run: one warning. */
static void write_line(struct sx_log *log, char *line, size_t n)
{
	char *buf = line;
	off_t end;
	struct stat st;
	ssize_t w;
	bool locked = log->regular && lock_briefly(log->fd);

	if (locked && mid_line(log->fd)) {
		buf = sx_xmalloc(n + 1);
		buf[0] = '\n';
		memcpy(buf + 1, line, n);
		n++;
	}
	do
		w = write(log->fd, buf, n);
	while (w < 0 && errno == EINTR);
	if (buf != line)
		free(buf);
	if (w >= 0 && (size_t)w == n) {
		if (locked)
			(void)flock(log->fd, LOCK_UN);
		return;
	}
	if (w < 0) {
		/* EAGAIN: a FIFO or terminal that does not take it now. */
		if (locked)
			(void)flock(log->fd, LOCK_UN);
		disable(log, "cannot write", errno);
		return;
	}
	/* O_APPEND left the offset at the end of our bytes; if the file still
	 * ends there nobody appended since, and the partial line goes. A
	 * writer that did append since glued its line onto ours: that one
	 * line is lost, the next starts on a line of its own. */
	if (log->regular && (end = lseek(log->fd, 0, SEEK_CUR)) >= w && fstat(log->fd, &st) == 0 &&
	    st.st_size == end)
		(void)!ftruncate(log->fd, end - w);
	if (locked)
		(void)flock(log->fd, LOCK_UN);
	disable(log, "short write (file system full or file size limit)", 0);
}

void sx_eventlog_write(struct sx_log *log, const char *level, const char *event_type,
		       const char *message, cJSON *fields)
{
	cJSON *o;
	char ts[32], *text;
	size_t len;

	if (log->fd < 0) {
		cJSON_Delete(fields);
		return;
	}
	o = cJSON_CreateObject();
	sx_eventlog_timestamp(ts);
	cJSON_AddStringToObject(o, "timestamp", ts);
	cJSON_AddStringToObject(o, "level", level);
	cJSON_AddStringToObject(o, "logger", "sandexec");
	cJSON_AddStringToObject(o, "message", message);
	cJSON_AddStringToObject(o, "event_type", event_type);
	if (log->run_id)
		cJSON_AddStringToObject(o, "run_id", log->run_id);
	else
		cJSON_AddNullToObject(o, "run_id");
	if (log->has_iteration)
		cJSON_AddNumberToObject(o, "iteration_num", (double)log->iteration);
	else
		cJSON_AddNullToObject(o, "iteration_num");
	if (log->mode)
		cJSON_AddStringToObject(o, "mode", log->mode);
	else
		cJSON_AddNullToObject(o, "mode");
	while (fields && fields->child) {
		cJSON *item = cJSON_DetachItemViaPointer(fields, fields->child);
		/* The common fields win over an event's own of the same name. */
		if (cJSON_GetObjectItemCaseSensitive(o, item->string))
			cJSON_Delete(item);
		else
			cJSON_AddItemToObject(o, item->string, item);
	}
	cJSON_Delete(fields);
	text = sx_json_print(o);
	cJSON_Delete(o);
	if (!text)
		abort();
	len = strlen(text);
	text[len] = '\n'; /* over the NUL: the line goes out in one write */
	write_line(log, text, len + 1);
	free(text);
}
