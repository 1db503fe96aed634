#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

void sx_err_set(struct sx_err *e, const char *fmt, ...)
{
	va_list ap;

	if (!e)
		return;
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	va_end(ap);
}

static void oom(void)
{
	static const char m[] = "sandexec: out of memory\n";
	(void)!write(STDERR_FILENO, m, sizeof m - 1);
	abort();
}

void *sx_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *sx_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *sx_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom();
	return q;
}

char *sx_xstrdup(const char *s)
{
	char *p = strdup(s);
	if (!p)
		oom();
	return p;
}

char *sx_xasprintf(const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	p = sx_xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* Digits only: strtoull alone would take "-1", " 12" and "0x10". */
static int parse_digits(const char **sp, uint64_t *out)
{
	const char *s = *sp;
	uint64_t v = 0;

	if (!isdigit((unsigned char)*s))
		return -EINVAL;
	for (; isdigit((unsigned char)*s); s++) {
		unsigned d = (unsigned)(*s - '0');
		if (v > (UINT64_MAX - d) / 10)
			return -ERANGE;
		v = v * 10 + d;
	}
	*sp = s;
	*out = v;
	return 0;
}

static int in_range(uint64_t v, uint64_t min, uint64_t max, uint64_t *out)
{
	if (v < min || v > max)
		return -ERANGE;
	*out = v;
	return 0;
}

int sx_parse_uint(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
	uint64_t v;
	int r;

	if (!s)
		return -EINVAL;
	r = parse_digits(&s, &v);
	if (r < 0)
		return r;
	if (*s)
		return -EINVAL;
	return in_range(v, min, max, out);
}

static int mul_check(uint64_t v, uint64_t m, uint64_t *out)
{
	if (m && v > UINT64_MAX / m)
		return -ERANGE;
	*out = v * m;
	return 0;
}

int sx_parse_size(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
	uint64_t v, mult = 1;
	int r;

	if (!s)
		return -EINVAL;
	r = parse_digits(&s, &v);
	if (r < 0)
		return r;
	switch (tolower((unsigned char)*s)) {
	case 'k':
		mult = 1ULL << 10;
		s++;
		break;
	case 'm':
		mult = 1ULL << 20;
		s++;
		break;
	case 'g':
		mult = 1ULL << 30;
		s++;
		break;
	case 't':
		mult = 1ULL << 40;
		s++;
		break;
	default:
		break;
	}
	if (mult > 1 && tolower((unsigned char)*s) == 'i')
		s++;
	if (tolower((unsigned char)*s) == 'b')
		s++;
	if (*s)
		return -EINVAL;
	r = mul_check(v, mult, &v);
	if (r < 0)
		return r;
	return in_range(v, min, max, out);
}

int sx_parse_duration_ms(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
	uint64_t v, mult;
	int r;

	if (!s)
		return -EINVAL;
	r = parse_digits(&s, &v);
	if (r < 0)
		return r;
	if (!*s || strcmp(s, "s") == 0)
		mult = 1000;
	else if (strcmp(s, "ms") == 0)
		mult = 1;
	else if (strcmp(s, "m") == 0)
		mult = 60 * 1000;
	else if (strcmp(s, "h") == 0)
		mult = 3600 * 1000;
	else
		return -EINVAL;
	r = mul_check(v, mult, &v);
	if (r < 0)
		return r;
	return in_range(v, min, max, out);
}

int sx_parse_milli(const char *s, uint64_t min, uint64_t max, uint64_t *out)
{
	uint64_t whole, frac = 0;
	int digits = 0, r;

	if (!s)
		return -EINVAL;
	r = parse_digits(&s, &whole);
	if (r < 0)
		return r;
	if (*s == '.') {
		s++;
		if (!isdigit((unsigned char)*s))
			return -EINVAL;
		for (; isdigit((unsigned char)*s); s++) {
			if (++digits > 3)
				return -EINVAL;
			frac = frac * 10 + (uint64_t)(*s - '0');
		}
		for (; digits < 3; digits++)
			frac *= 10;
	}
	if (*s)
		return -EINVAL;
	r = mul_check(whole, 1000, &whole);
	if (r < 0 || whole > UINT64_MAX - frac)
		return -ERANGE;
	return in_range(whole + frac, min, max, out);
}

int sx_parse_bool(const char *s, bool *out)
{
	if (!s)
		return -EINVAL;
	if (strcmp(s, "true") == 0) {
		*out = true;
		return 0;
	}
	if (strcmp(s, "false") == 0) {
		*out = false;
		return 0;
	}
	return -EINVAL;
}

void sx_format_size(uint64_t bytes, char *buf, size_t len)
{
	static const char units[] = "kmgt";
	uint64_t v = bytes;
	int u = -1;

	while (v && v % 1024 == 0 && u < 3) {
		v /= 1024;
		u++;
	}
	if (u < 0)
		snprintf(buf, len, "%llu", (unsigned long long)bytes);
	else
		snprintf(buf, len, "%llu%c", (unsigned long long)v, units[u]);
}

void sx_format_milli(uint64_t milli, char *buf, size_t len)
{
	uint64_t whole = milli / 1000, frac = milli % 1000;
	int digits = 3;

	if (!frac) {
		snprintf(buf, len, "%llu", (unsigned long long)whole);
		return;
	}
	while (frac % 10 == 0) {
		frac /= 10;
		digits--;
	}
	snprintf(buf, len, "%llu.%0*llu", (unsigned long long)whole, digits,
		 (unsigned long long)frac);
}

/* Length of the well-formed UTF-8 sequence at s (1..4), or 0 if ill-formed. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len, i;
	uint32_t cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

/* Length of the ill-formed sequence at s (at least 1), which utf8_seq() has
 * refused: its maximal subpart (Unicode 3.9, table 3-7), the longest prefix of
 * a well-formed sequence, so that one U+FFFD stands for it as Python's
 * decode('utf-8', 'replace') does. A truncated sequence is one; a byte that
 * cannot start one is one by itself. */
static size_t utf8_bad(const unsigned char *s, size_t n)
{
	unsigned char c = s[0], lo = 0x80, hi = 0xbf;
	size_t len, i;

	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4;
	else
		return 1;
	if (c == 0xe0)
		lo = 0xa0;
	else if (c == 0xed)
		hi = 0x9f;
	else if (c == 0xf0)
		lo = 0x90;
	else if (c == 0xf4)
		hi = 0x8f;
	for (i = 1; i < len && i < n; i++) {
		if (s[i] < lo || s[i] > hi)
			break;
		lo = 0x80;
		hi = 0xbf;
	}
	return i;
}

size_t sx_utf8_seq(const char *s, size_t n)
{
	return n && s[0] ? utf8_seq((const unsigned char *)s, n) : 0;
}

bool sx_utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, l;

	while (i < n) {
		uint64_t w;

		/* Scripts are mostly ASCII: 32, then eight bytes at a time
		 * while no high bit is set (memcpy: no alignment assumed). */
		while (n - i >= 32) {
			uint64_t q[4];

			memcpy(q, p + i, sizeof q);
			if ((q[0] | q[1] | q[2] | q[3]) & 0x8080808080808080ULL)
				break;
			i += 32;
		}
		if (i == n)
			break;
		if (n - i >= 8) {
			memcpy(&w, p + i, 8);
			if (!(w & 0x8080808080808080ULL)) {
				i += 8;
				continue;
			}
		}
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		l = utf8_seq(p + i, n - i);
		if (!l)
			return false;
		i += l;
	}
	return true;
}

char *sx_utf8_sanitize(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	/* Worst case every byte becomes the 3-byte U+FFFD. */
	char *out = sx_xmalloc(n * 3 + 1), *o = out;
	size_t i = 0, l;

	while (i < n) {
		l = p[i] ? utf8_seq(p + i, n - i) : 0;
		if (l) {
			memcpy(o, p + i, l);
			o += l;
			i += l;
		} else {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			i += p[i] ? utf8_bad(p + i, n - i) : 1;
		}
	}
	*o = '\0';
	return out;
}

char *sx_json_quote(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	/* Worst case every byte becomes \u00XX. */
	char *out = sx_xmalloc(n * 6 + 3), *o = out;
	size_t i = 0, l;

	*o++ = '"';
	while (i < n) {
		unsigned char c = p[i];

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			*o++ = (char)c;
			i++;
			continue;
		}
		if (c >= 0x80) {
			l = utf8_seq(p + i, n - i);
			if (l) {
				memcpy(o, p + i, l);
				o += l;
				i += l;
			} else {
				memcpy(o, "\xef\xbf\xbd", 3);
				o += 3;
				i += utf8_bad(p + i, n - i);
			}
			continue;
		}
		*o++ = '\\';
		switch (c) {
		case '"':
			*o++ = '"';
			break;
		case '\\':
			*o++ = '\\';
			break;
		case '\b':
			*o++ = 'b';
			break;
		case '\f':
			*o++ = 'f';
			break;
		case '\n':
			*o++ = 'n';
			break;
		case '\r':
			*o++ = 'r';
			break;
		case '\t':
			*o++ = 't';
			break;
		default:
			o += sprintf(o, "u%04x", c);
			break;
		}
		i++;
	}
	*o++ = '"';
	*o = '\0';
	return out;
}

char *sx_escape_line(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	/* Worst case every byte becomes \xHH. */
	char *out = sx_xmalloc(n * 4 + 1), *o = out;
	size_t i = 0, l;

	while (i < n) {
		unsigned char c = p[i];

		l = c >= 0x80 ? utf8_seq(p + i, n - i) : 1;
		/* C1 controls are U+0080..U+009F: 0xc2 0x80..0x9f. */
		if (l == 2 && c == 0xc2 && p[i + 1] < 0xa0)
			l = 0;
		if (l && (c >= 0x80 || (c >= 0x20 && c != 0x7f))) {
			memcpy(o, p + i, l);
			o += l;
			i += l;
			continue;
		}
		if (!l)
			l = c == 0xc2 && i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] < 0xa0 ? 2 : 1;
		for (size_t k = 0; k < l; k++, i++) {
			c = p[i];
			if (c == '\n')
				o += sprintf(o, "\\n");
			else if (c == '\t')
				o += sprintf(o, "\\t");
			else if (c == '\r')
				o += sprintf(o, "\\r");
			else
				o += sprintf(o, "\\x%02x", c);
		}
	}
	*o = '\0';
	return out;
}

static void sanitize_field(char **p)
{
	char *s = *p;

	if (s && !sx_utf8_valid(s, strlen(s))) {
		*p = sx_utf8_sanitize(s, strlen(s));
		free(s);
	}
}

void sx_json_sanitize(cJSON *j)
{
	for (; j; j = j->next) {
		/* A const key or a reference is not ours to replace: copy first. */
		if (j->string && (j->type & cJSON_StringIsConst) &&
		    !sx_utf8_valid(j->string, strlen(j->string))) {
			j->string = sx_xstrdup(j->string);
			j->type &= ~cJSON_StringIsConst;
		}
		if (!(j->type & cJSON_StringIsConst))
			sanitize_field(&j->string);
		if ((cJSON_IsString(j) || cJSON_IsRaw(j)) && !(j->type & cJSON_IsReference))
			sanitize_field(&j->valuestring);
		if (j->child && !(j->type & cJSON_IsReference))
			sx_json_sanitize(j->child);
	}
}

char *sx_json_print(cJSON *j)
{
	char *text;

	sx_json_sanitize(j);
	text = cJSON_PrintUnformatted(j);
	if (!text)
		abort();
	return text;
}

int64_t sx_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t sx_util_epoch_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int sx_util_rfc3339(int64_t ms, char *buf, size_t size)
{
	time_t sec = (time_t)(ms >= 0 ? ms / 1000 : (ms - 999) / 1000);
	int frac = (int)(ms - (int64_t)sec * 1000);
	struct tm tm;

	if (size < SX_UTIL_RFC3339_LEN + 1 || !gmtime_r(&sec, &tm) || tm.tm_year < -1900 ||
	    tm.tm_year > 9999 - 1900)
		return -EINVAL;
	snprintf(buf, size, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
		 tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, frac);
	return 0;
}

int sx_random_hex(char *buf, size_t nbytes)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char raw[64];
	size_t got = 0, i;

	if (nbytes > sizeof raw)
		return -EINVAL;
	while (got < nbytes) {
		ssize_t r = getrandom(raw + got, nbytes - got, 0);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		got += (size_t)r;
	}
	for (i = 0; i < nbytes; i++) {
		buf[2 * i] = hex[raw[i] >> 4];
		buf[2 * i + 1] = hex[raw[i] & 15];
	}
	buf[2 * nbytes] = '\0';
	return 0;
}

char *sx_state_path(const char *rel)
{
	const char *state = getenv("XDG_STATE_HOME");
	const char *home = getenv("HOME");

	/* XDG: a relative XDG_STATE_HOME is invalid and ignored. */
	if (state && *state == '/')
		return sx_xasprintf("%s/sandexec/%s", state, rel);
	/* No HOME (a systemd unit, env -i): the passwd entry's, as the shell
	 * would have set it. Without a state directory a run keeps neither an
	 * event log nor a record of its container. */
	if (!home || *home != '/') {
		struct passwd *pw = getpwuid(getuid());

		home = pw && pw->pw_dir && *pw->pw_dir == '/' ? pw->pw_dir : NULL;
	}
	if (home)
		return sx_xasprintf("%s/.local/state/sandexec/%s", home, rel);
	return NULL;
}

int sx_mkdir_p(const char *path, unsigned mode)
{
	char *p = sx_xstrdup(path);
	int r = 0;

	for (char *s = p + 1;; s++) {
		char c = *s;

		if (c && c != '/')
			continue;
		*s = '\0';
		if (mkdir(p, (mode_t)mode) < 0 && errno != EEXIST) {
			r = -errno;
			break;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return r;
}

/* sx_read_fd() with a first buffer of cap bytes (1 to max + 1). */
static int read_fd_cap(int fd, size_t max, size_t cap, char **out, size_t *len)
{
	size_t n = 0;
	char *buf = sx_xmalloc(cap + 1);

	/* The buffer grows as the file does; one byte past max tells "over". */
	for (;;) {
		ssize_t r;

		if (n == cap) {
			cap = cap > (max + 1) / 2 ? max + 1 : 2 * cap;
			buf = sx_xrealloc(buf, cap + 1);
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			free(buf);
			return -e;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		if (n > max) {
			free(buf);
			return -EFBIG;
		}
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

int sx_read_fd(int fd, size_t max, char **out, size_t *len)
{
	return read_fd_cap(fd, max, max < 64 * 1024 ? max + 1 : 64 * 1024, out, len);
}

static bool is_dev_null(const struct stat *st)
{
	struct stat null;

	return S_ISCHR(st->st_mode) && stat("/dev/null", &null) == 0 && S_ISCHR(null.st_mode) &&
	       st->st_rdev == null.st_rdev;
}

static int read_fail(struct sx_read *out, enum sx_read_fail fail, int r)
{
	out->fail = fail;
	return r;
}

/* Everything after the open; fd stays the caller's to close. */
static int read_checked(int fd, const struct sx_read_opts *o, struct sx_read *out)
{
	struct stat *st = &out->st;
	int r;

	if (fstat(fd, st) < 0)
		return read_fail(out, SX_READ_STAT, -errno);
	if (o->dev_null_empty && is_dev_null(st)) {
		out->dev_null = true;
		out->data = sx_xstrdup("");
		return 0;
	}
	if (o->regular_only && !S_ISREG(st->st_mode))
		return read_fail(out, SX_READ_NOT_REGULAR,
				 S_ISDIR(st->st_mode) ? -EISDIR : -EINVAL);
	if (o->check_owner && st->st_uid != geteuid())
		return read_fail(out, SX_READ_NOT_OWNED, -EPERM);
	if (o->check_owner && (st->st_mode & (S_IWGRP | S_IWOTH)))
		return read_fail(out, SX_READ_WRITABLE, -EPERM);
	if (o->no_shared_private && st->st_nlink > 1 && !(st->st_mode & S_IROTH))
		return read_fail(out, SX_READ_LINKED, -EPERM);
	if (S_ISREG(st->st_mode) && (uint64_t)st->st_size > o->max)
		return read_fail(out, SX_READ_TOO_BIG, -EFBIG);
	/* To EOF with the cap enforced again: the file may grow. A regular
	 * file's buffer starts at its size and a byte more, for the read
	 * that finds its end: one read, not a realloc (a copy) at every
	 * doubling from 64 KiB. */
	if (S_ISREG(st->st_mode) && st->st_size > 0)
		r = read_fd_cap(fd, o->max, (size_t)st->st_size + 1, &out->data, &out->len);
	else
		r = sx_read_fd(fd, o->max, &out->data, &out->len);
	if (r < 0)
		return read_fail(out, r == -EFBIG ? SX_READ_TOO_BIG : SX_READ_READ, r);
	return 0;
}

int sx_util_read_file(int dirfd, const char *path, const struct sx_read_opts *o,
		      struct sx_read *out)
{
	int fd, r;

	memset(out, 0, sizeof *out);
	fd = openat(dirfd, path,
		    O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK | (o->nofollow ? O_NOFOLLOW : 0));
	if (fd < 0) {
		r = -errno;
		if (r == -ELOOP && o->nofollow &&
		    fstatat(dirfd, path, &out->st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISLNK(out->st.st_mode))
			return read_fail(out, SX_READ_LINK, r);
		return read_fail(out, SX_READ_OPEN, r);
	}
	r = read_checked(fd, o, out);
	close(fd);
	if (r == 0 && o->no_nul && memchr(out->data, '\0', out->len))
		r = read_fail(out, SX_READ_NUL, -EILSEQ);
	else if (r == 0 && o->utf8_text && !sx_utf8_valid(out->data, out->len))
		r = read_fail(out, SX_READ_UTF8, -EILSEQ);
	if (r < 0) {
		free(out->data);
		out->data = NULL;
		out->len = 0;
	}
	return r;
}

int sx_write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t w = write(fd, p, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -errno;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}
