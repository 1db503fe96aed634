#include "eventlog.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

char *sx_log_path(const struct sx_config *cfg)
{
	if (!cfg->log_enabled)
		return NULL;
	if (*cfg->log_file)
		return sx_xstrdup(cfg->log_file);
	return sx_state_path("sandbox_execution.json.log");
}

static void warn_once(struct sx_log *log, const char *what, int err)
{
	if (log->warned)
		return;
	log->warned = true;
	fprintf(stderr, "sandexec: warning: event log %s: %s: %s; carrying on without it\n",
		log->path ? log->path : "?", what, strerror(err));
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

void sx_log_open(struct sx_log *log, const char *path)
{
	log->fd = -1;
	if (!path || !*path)
		return;
	log->path = sx_xstrdup(path);
	make_parents(path);
	log->fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0600);
	if (log->fd < 0)
		warn_once(log, "cannot open", errno);
}

void sx_log_close(struct sx_log *log)
{
	if (log->fd >= 0)
		close(log->fd);
	log->fd = -1;
	free(log->path);
	log->path = NULL;
}

void sx_log_timestamp(char buf[32])
{
	struct timespec ts;
	struct tm tm;
	char base[32];

	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(base, sizeof base, "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf, 32, "%.19s.%06dZ", base, (int)(ts.tv_nsec / 1000));
}

void sx_log_event(struct sx_log *log, const char *level, const char *event_type,
		  const char *message, cJSON *fields)
{
	cJSON *o;
	char ts[32], *text;
	size_t len;
	ssize_t w;

	if (log->fd < 0) {
		cJSON_Delete(fields);
		return;
	}
	o = cJSON_CreateObject();
	sx_log_timestamp(ts);
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
	do
		w = write(log->fd, text, len + 1);
	while (w < 0 && errno == EINTR);
	if (w < 0)
		warn_once(log, "cannot write", errno);
	else if ((size_t)w != len + 1)
		warn_once(log, "short write", ENOSPC);
	free(text);
}
