/* util.h - error messages, bounded number parsing, small helpers. */
#ifndef SX_UTIL_H
#define SX_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#define SX_ERR_MAX 1024

/* Library functions return 0 or a negative errno-style status and describe
 * the failure here; only the CLI prints it. */
struct sx_err {
	char msg[SX_ERR_MAX];
};

__attribute__((format(printf, 2, 3))) void sx_err_set(struct sx_err *e, const char *fmt, ...);

/* Allocation failure is not recoverable in a one-shot CLI: these print a
 * message and abort. Results are freed with free(). */
/* They never return NULL: said to the compiler and the analysers. */
__attribute__((returns_nonnull)) void *sx_xmalloc(size_t n);
__attribute__((returns_nonnull)) void *sx_xcalloc(size_t n, size_t size);
__attribute__((returns_nonnull)) void *sx_xrealloc(void *p, size_t n);
__attribute__((returns_nonnull)) char *sx_xstrdup(const char *s);
__attribute__((returns_nonnull, format(printf, 1, 2))) char *sx_xasprintf(const char *fmt, ...);

/* Bounded parsers. Each accepts the whole string or fails with -EINVAL
 * (not a number of that form) or -ERANGE (outside [min, max]). */
int sx_parse_uint(const char *s, uint64_t min, uint64_t max, uint64_t *out);
/* "1048576", "64k", "64m", "2g", "1t", optional trailing "b"/"ib"; binary units. */
int sx_parse_size(const char *s, uint64_t min, uint64_t max, uint64_t *out);
/* "600", "600s", "1500ms", "10m", "1h"; a plain number is seconds. Result in ms. */
int sx_parse_duration_ms(const char *s, uint64_t min, uint64_t max, uint64_t *out);
/* A decimal with at most three fraction digits, in thousandths: "0.5" -> 500. */
int sx_parse_milli(const char *s, uint64_t min, uint64_t max, uint64_t *out);
int sx_parse_bool(const char *s, bool *out);

/* Format a size in the largest binary unit that divides it: 2147483648 -> "2g". */
void sx_format_size(uint64_t bytes, char *buf, size_t len);
/* Format thousandths as a short decimal: 500 -> "0.5", 2000 -> "2". */
void sx_format_milli(uint64_t milli, char *buf, size_t len);

/* UTF-8: true when [s, s+n) is well-formed (no overlongs, surrogates, > U+10FFFF). */
bool sx_utf8_valid(const char *s, size_t n);
/* Copy of [s, s+n) with every ill-formed sequence and NUL replaced by U+FFFD.
 * Caller frees. */
char *sx_utf8_sanitize(const char *s, size_t n);
/* Length (1..4) of the well-formed UTF-8 sequence at s, 0 if it is
 * ill-formed or a NUL: what sx_utf8_sanitize() keeps, one piece at a time. */
size_t sx_utf8_seq(const char *s, size_t n);

/* The JSON string literal, quotes included, for the bytes [s, s+n): '"', '\\'
 * and the controls escaped (\n, \t, ..., \u0000 for NUL: NUL is valid
 * UTF-8 and is kept), each ill-formed UTF-8 sequence as U+FFFD, everything
 * else as is. Caller frees. */
char *sx_json_quote(const char *s, size_t n);

/* [s, s+n) made safe for one line of a terminal: controls (C0, DEL, C1)
 * written as \n, \t, \r or \xHH, and each byte of an ill-formed
 * UTF-8 sequence as \xHH, so that outside input (a path, docker's message,
 * the script's text) can neither break the line nor drive the terminal.
 * Caller frees. */
char *sx_escape_line(const char *s, size_t n);

/* Every string sandexec writes as JSON (report, event log, dry run, state
 * records) goes through here: keys and string values that are not valid
 * UTF-8 get U+FFFD for each ill-formed sequence, in place, so that the text
 * is valid UTF-8 whatever bytes a path or a message held. */
void sx_json_sanitize(cJSON *j);
/* sx_json_sanitize(j), then cJSON_PrintUnformatted; aborts when out of
 * memory. Caller frees with free(). */
char *sx_json_print(cJSON *j);

/* Milliseconds on CLOCK_MONOTONIC. */
int64_t sx_now_ms(void);
/* Milliseconds since the epoch on CLOCK_REALTIME. */
int64_t sx_util_epoch_ms(void);

#define SX_UTIL_RFC3339_LEN 24 /* 2026-11-26T13:13:05.120Z */
/* ms since the epoch as RFC 3339 in UTC with milliseconds into buf
 * (SX_UTIL_RFC3339_LEN + 1 bytes). Returns 0, or -EINVAL for a time gmtime_r
 * cannot express or a year outside 0-9999. */
int sx_util_rfc3339(int64_t ms, char *buf, size_t size);
/* 2*nbytes lowercase hex characters of kernel randomness into buf (which
 * holds 2*nbytes+1). Returns 0 or -errno. */
/* Scope-bound cleanup, as bubblewrap and crun use it (GCC and Clang): a
 * variable declared _cleanup_free_ is freed, _cleanup_close_ closed (if
 * >= 0, errno kept), _cleanup_cjson_ deleted when it goes out of scope, on
 * every return. What is handed on is taken with sx_util_steal_ptr() /
 * sx_util_steal_fd(), which leave NULL / -1 behind. Used where a function
 * owns several things and has early returns; a function with one owned
 * object and one exit keeps its plain free(). */
#define _cleanup_(f) __attribute__((cleanup(f)))
#define _cleanup_free_ _cleanup_(sx_util_freep)
#define _cleanup_close_ _cleanup_(sx_util_closep)
#define _cleanup_cjson_ _cleanup_(sx_util_cjson_deletep)

static inline void sx_util_freep(void *p)
{
	free(*(void **)p);
}

static inline void sx_util_closep(int *fd)
{
	int e = errno;

	if (*fd >= 0)
		close(*fd);
	errno = e;
}

static inline void sx_util_cjson_deletep(cJSON **j)
{
	cJSON_Delete(*j);
}

static inline void *sx_util_steal_ptr(void *pp)
{
	void *v = *(void **)pp;

	*(void **)pp = NULL;
	return v;
}

static inline int sx_util_steal_fd(int *fd)
{
	int v = *fd;

	*fd = -1;
	return v;
}

int sx_random_hex(char *buf, size_t nbytes);

/* $XDG_STATE_HOME/sandexec/REL, else ~/.local/state/sandexec/REL where ~
 * is $HOME, else the passwd entry's home; NULL without any. Caller frees. */
char *sx_state_path(const char *rel);

/* mkdir -p: path and its missing parents, created with mode. 0 or -errno. */
int sx_mkdir_p(const char *path, unsigned mode);

/* Read fd to EOF, at most max bytes: the one bounded reader for files that
 * sandexec reads whole. *out gets the bytes, NUL-terminated (caller frees),
 * *len their number. 0, -EFBIG when there are more than max, or -errno of
 * read(2). */
int sx_read_fd(int fd, size_t max, char **out, size_t *len);

/* How sx_util_read_file() treats a file that someone else may have
 * placed or may control: each reader states its policy here, and the
 * checks run in this order on the descriptor that is then read (never on
 * the path, which can change in between). The file is opened with
 * O_NONBLOCK, so a FIFO never blocks the open, and O_NOCTTY. */
struct sx_read_opts {
	size_t max;		/* more bytes: SX_READ_TOO_BIG (st_size first, then the read) */
	bool nofollow;		/* a symbolic link as the last component: SX_READ_LINK */
	bool dev_null_empty;	/* /dev/null reads as no bytes, with dev_null set */
	bool regular_only;	/* a directory, FIFO, device...: SX_READ_NOT_REGULAR */
	bool check_owner;	/* owned by the euid and writable by no one else, as
				 * OpenDoas checks doas.conf: SX_READ_NOT_OWNED, SX_READ_WRITABLE */
	bool no_shared_private; /* a hard link (nlink > 1) to a file others cannot
				 * read: SX_READ_LINKED (root must not read through it) */
	bool no_nul;		/* a NUL byte: SX_READ_NUL */
	bool utf8_text;		/* not valid UTF-8: SX_READ_UTF8 */
};

/* Which check refused the file; the caller words the message. */
enum sx_read_fail {
	SX_READ_OK,
	SX_READ_OPEN,	     /* open(2) failed (-errno) */
	SX_READ_LINK,	     /* -ELOOP: nofollow and the path is a symbolic link */
	SX_READ_STAT,	     /* fstat(2) failed (-errno) */
	SX_READ_NOT_REGULAR, /* -EISDIR for a directory, else -EINVAL */
	SX_READ_NOT_OWNED,   /* -EPERM */
	SX_READ_WRITABLE,    /* -EPERM */
	SX_READ_LINKED,	     /* -EPERM */
	SX_READ_TOO_BIG,     /* -EFBIG; st.st_size > max if the size said so */
	SX_READ_READ,	     /* read(2) failed (-errno) */
	SX_READ_NUL,	     /* -EILSEQ */
	SX_READ_UTF8,	     /* -EILSEQ */
};

struct sx_read {
	char *data; /* NUL-terminated (caller frees); NULL unless 0 was returned */
	size_t len;
	struct stat st; /* the descriptor's, from SX_READ_NOT_REGULAR on */
	bool dev_null;	/* dev_null_empty and it was /dev/null */
	enum sx_read_fail fail;
};

/* Read path (relative to dirfd, or AT_FDCWD) whole under o's policy: the
 * one reader of the files sandexec reads on someone's behalf (the
 * configuration, the strategy, the seccomp profile, run records). 0 with
 * out->data, or a negative errno with out->fail saying which check
 * refused (out->st as far as it was known). */
int sx_util_read_file(int dirfd, const char *path, const struct sx_read_opts *o,
		      struct sx_read *out);

/* write(2) all of buf, retrying on EINTR and short writes. 0 or -errno. */
int sx_write_all(int fd, const void *buf, size_t len);

#endif
