#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"
#include "check-main.h"

START_TEST(test_parse_uint)
{
	uint64_t v;

	ck_assert_int_eq(sx_parse_uint("42", 0, 100, &v), 0);
	ck_assert_uint_eq(v, 42);
	ck_assert_int_eq(sx_parse_uint("101", 0, 100, &v), -ERANGE);
	ck_assert_int_eq(sx_parse_uint("-1", 0, 100, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_uint(" 1", 0, 100, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_uint("0x10", 0, 100, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_uint("", 0, 100, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_uint("99999999999999999999999", 0, UINT64_MAX, &v), -ERANGE);
	ck_assert_int_eq(sx_parse_uint("18446744073709551615", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, UINT64_MAX);
}
END_TEST

START_TEST(test_parse_size)
{
	uint64_t v;

	ck_assert_int_eq(sx_parse_size("64m", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 64ULL << 20);
	ck_assert_int_eq(sx_parse_size("2G", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 2ULL << 30);
	ck_assert_int_eq(sx_parse_size("512KiB", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 512ULL << 10);
	ck_assert_int_eq(sx_parse_size("100", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 100);
	ck_assert_int_eq(sx_parse_size("2x", 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_size("m", 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_size("99999999999t", 0, UINT64_MAX, &v), -ERANGE);
	ck_assert_int_eq(sx_parse_size("1k", 2048, 4096, &v), -ERANGE);
}
END_TEST

START_TEST(test_parse_duration)
{
	uint64_t v;

	ck_assert_int_eq(sx_parse_duration_ms("600", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 600000);
	ck_assert_int_eq(sx_parse_duration_ms("1500ms", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 1500);
	ck_assert_int_eq(sx_parse_duration_ms("10m", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 600000);
	ck_assert_int_eq(sx_parse_duration_ms("1h", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 3600000);
	ck_assert_int_eq(sx_parse_duration_ms("3s", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 3000);
	ck_assert_int_eq(sx_parse_duration_ms("1.5s", 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_duration_ms("3d", 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_duration_ms("0", 100, UINT64_MAX, &v), -ERANGE);
}
END_TEST

START_TEST(test_parse_milli)
{
	uint64_t v;
	char buf[32];

	ck_assert_int_eq(sx_parse_milli("0.5", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 500);
	ck_assert_int_eq(sx_parse_milli("2", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 2000);
	ck_assert_int_eq(sx_parse_milli("1.125", 0, UINT64_MAX, &v), 0);
	ck_assert_uint_eq(v, 1125);
	ck_assert_int_eq(sx_parse_milli("1.1255", 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_milli(".5", 0, UINT64_MAX, &v), -EINVAL);
	ck_assert_int_eq(sx_parse_milli("1.", 0, UINT64_MAX, &v), -EINVAL);
	sx_format_milli(500, buf, sizeof buf);
	ck_assert_str_eq(buf, "0.5");
	sx_format_milli(1125, buf, sizeof buf);
	ck_assert_str_eq(buf, "1.125");
	sx_format_milli(3000, buf, sizeof buf);
	ck_assert_str_eq(buf, "3");
	sx_format_milli(10, buf, sizeof buf);
	ck_assert_str_eq(buf, "0.01");
}
END_TEST

START_TEST(test_format_size)
{
	char buf[32];

	sx_format_size(2ULL << 30, buf, sizeof buf);
	ck_assert_str_eq(buf, "2g");
	sx_format_size(64ULL << 20, buf, sizeof buf);
	ck_assert_str_eq(buf, "64m");
	sx_format_size(1536ULL << 20, buf, sizeof buf);
	ck_assert_str_eq(buf, "1536m");
	sx_format_size(1000, buf, sizeof buf);
	ck_assert_str_eq(buf, "1000");
}
END_TEST

START_TEST(test_utf8)
{
	char *s;

	ck_assert(sx_utf8_valid("abc", 3));
	ck_assert(sx_utf8_valid("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 9));
	ck_assert(!sx_utf8_valid("\xc3", 1));		  /* truncated */
	ck_assert(!sx_utf8_valid("\xc0\xaf", 2));	  /* overlong */
	ck_assert(!sx_utf8_valid("\xed\xa0\x80", 3));	  /* surrogate */
	ck_assert(!sx_utf8_valid("\xf4\x90\x80\x80", 4)); /* > U+10FFFF */
	ck_assert(!sx_utf8_valid("\xff", 1));
	s = sx_utf8_sanitize("a\xffz\0b", 5);
	ck_assert_str_eq(s, "a\xef\xbf\xbdz\xef\xbf\xbd"
			    "b");
	free(s);
}
END_TEST

START_TEST(test_json_sanitize)
{
	cJSON *o = cJSON_CreateObject(), *a = cJSON_AddArrayToObject(o, "list");
	char *text;

	cJSON_AddStringToObject(o, "path", "bad-\xff\xfe.py");
	cJSON_AddStringToObject(o, "k\xc3", "v");
	cJSON_AddItemToArray(a, cJSON_CreateString("\xed\xa0\x80 ok \xc3\xa9"));
	cJSON_AddItemToObjectCS(o, "const-key", cJSON_CreateRaw("\"x\xf5\""));
	text = sx_json_print(o);
	ck_assert_str_eq(text, "{\"list\":[\"\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd ok \xc3\xa9\"],"
			       "\"path\":\"bad-\xef\xbf\xbd\xef\xbf\xbd.py\","
			       "\"k\xef\xbf\xbd\":\"v\",\"const-key\":\"x\xef\xbf\xbd\"}");
	ck_assert(sx_utf8_valid(text, strlen(text)));
	free(text);
	cJSON_Delete(o);
}
END_TEST

START_TEST(test_read_fd_bounded)
{
	char path[] = "/tmp/sx-read-XXXXXX", *buf;
	size_t n = 262143 + 70000, len;
	char *data = malloc(n);
	int fd = mkstemp(path);

	ck_assert_int_ge(fd, 0);
	unlink(path);
	for (size_t i = 0; i < n; i++)
		data[i] = (char)('a' + i % 26);
	ck_assert_int_eq(sx_write_all(fd, data, n), 0);
	lseek(fd, 0, SEEK_SET);
	ck_assert_int_eq(sx_read_fd(fd, n, &buf, &len), 0);
	ck_assert_uint_eq(len, n);
	ck_assert(memcmp(buf, data, n) == 0 && buf[n] == '\0');
	free(buf);
	lseek(fd, 0, SEEK_SET);
	ck_assert_int_eq(sx_read_fd(fd, n - 1, &buf, &len), -EFBIG);
	lseek(fd, 0, SEEK_SET);
	ck_assert_int_eq(sx_read_fd(fd, 10, &buf, &len), -EFBIG);
	close(fd);
	free(data);
}
END_TEST

/* NUL is valid UTF-8: it is escaped, not replaced; only ill-formed
 * sequences become U+FFFD. */
START_TEST(test_json_quote)
{
	char *s = sx_json_quote("a\0b\xff\"\\\n\x1b\xc3\xa9", 10);

	ck_assert_str_eq(s, "\"a\\u0000b\xef\xbf\xbd\\\"\\\\\\n\\u001b\xc3\xa9\"");
	free(s);
}
END_TEST

/* One line, no terminal control: C0, DEL, C1 and ill-formed bytes escaped. */
START_TEST(test_escape_line)
{
	static const char in[] = "a\nb\r\t\x1b[31m\x7f\xc2\x9b\xff\xc3\xa9z";
	char *s = sx_escape_line(in, sizeof in - 1);

	ck_assert_str_eq(s, "a\\nb\\r\\t\\x1b[31m\\x7f\\xc2\\x9b\\xff\xc3\xa9z");
	ck_assert_ptr_null(strchr(s, '\n'));
	free(s);
}
END_TEST

START_TEST(test_rfc3339)
{
	char buf[SX_UTIL_RFC3339_LEN + 1];
	int64_t now = sx_util_epoch_ms();

	ck_assert_int_eq(sx_util_rfc3339(1795698785120LL, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "2026-11-26T13:13:05.120Z");
	ck_assert_int_eq(sx_util_rfc3339(0, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "1970-01-01T00:00:00.000Z");
	ck_assert_int_eq(sx_util_rfc3339(-1, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "1969-12-31T23:59:59.999Z");
	ck_assert_int_eq(sx_util_rfc3339(253402300800000LL, buf, sizeof buf),
			 -EINVAL); /* year 10000 */
	ck_assert_int_eq(sx_util_rfc3339(now, buf, SX_UTIL_RFC3339_LEN), -EINVAL);
	ck_assert_int_eq(sx_util_rfc3339(now, buf, sizeof buf), 0);
	ck_assert_uint_eq(strlen(buf), SX_UTIL_RFC3339_LEN);
	ck_assert(now > 1700000000000LL);
}
END_TEST

/* One U+FFFD per ill-formed sequence (its maximal subpart), as Python's
 * bytes.decode('utf-8', 'replace'): the expected column is its output. */
/* sx_utf8_valid() reads ASCII eight bytes at a time: a bad or a good
 * multi-byte sequence is found at every offset and alignment. */
START_TEST(test_utf8_valid_word_scan)
{
	static const char *const tails[] = {"\xff", "\xc3", "\xe2\x82", "\xed\xa0\x80"};
	char buf[64];

	for (size_t lead = 0; lead < 20; lead++) {
		for (size_t start = 0; start < 3; start++) {
			memset(buf, 'a', sizeof buf);
			memcpy(buf + start + lead, "\xc3\xa9", 2);
			ck_assert(sx_utf8_valid(buf + start, lead + 2 + 9));
			for (size_t t = 0; t < sizeof tails / sizeof tails[0]; t++) {
				size_t tl = strlen(tails[t]);

				memset(buf, 'a', sizeof buf);
				memcpy(buf + start + lead, tails[t], tl);
				ck_assert_msg(!sx_utf8_valid(buf + start, lead + tl + 9),
					      "lead %zu start %zu tail %zu", lead, start, t);
			}
		}
	}
}
END_TEST

/* All ASCII, ending where a 32-byte step ends: nothing read past the end
 * (a heap buffer of exactly that size, so ASan sees any byte beyond). */
START_TEST(test_utf8_valid_ends_on_a_step)
{
	for (size_t n = 1; n <= 130; n++) {
		char *b = malloc(n);

		ck_assert_ptr_nonnull(b);
		memset(b, 'a', n);
		ck_assert(sx_utf8_valid(b, n));
		free(b);
	}
}
END_TEST

START_TEST(test_utf8_maximal_subpart)
{
	static const struct {
		const char *in;
		size_t len;
		const char *want;
	} t[] = {
	    {"\x6d\x69\x64\x3a\xe2\x82\x41\x7c\xf0\x9f\x98\x7c", 12,
	     "\x6d\x69\x64\x3a\xef\xbf\xbd\x41\x7c\xef\xbf\xbd\x7c"},
	    {"\xed\xa0\x80\x7c", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\x7c"},
	    {"\x65\x6e\x64\x0a\x74\x61\x69\x6c\x3a\xe2\x82", 11,
	     "\x65\x6e\x64\x0a\x74\x61\x69\x6c\x3a\xef\xbf\xbd"},
	    {"\xe0\x80\x80", 3, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
	    {"\xe0\xa0", 2, "\xef\xbf\xbd"},
	    {"\xf4\x90\x80\x80", 4, "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
	    {"\xf4\x8f\xbf", 3, "\xef\xbf\xbd"},
	    {"\xf0\x80", 2, "\xef\xbf\xbd\xef\xbf\xbd"},
	    {"\xf0\x90\x80", 3, "\xef\xbf\xbd"},
	    {"\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd"},
	    {"\xc2", 1, "\xef\xbf\xbd"},
	    {"\xc2\x41", 2, "\xef\xbf\xbd\x41"},
	    {"\xf5\x80", 2, "\xef\xbf\xbd\xef\xbf\xbd"},
	    {"\x80\xbf", 2, "\xef\xbf\xbd\xef\xbf\xbd"},
	    {"\xef\xbf\xbd", 3, "\xef\xbf\xbd"},
	    {"\xf0\x9f\x98\x80", 4, "\xf0\x9f\x98\x80"},
	    {"\xe2\x82\xac\xe2", 4, "\xe2\x82\xac\xef\xbf\xbd"},
	    {"\xed\x9f\xbf", 3, "\xed\x9f\xbf"},
	    {"\xfe\xff", 2, "\xef\xbf\xbd\xef\xbf\xbd"},
	    {"\xe1\x80\xe2\xf0\x91\x92\xf1\xbf\x41", 9,
	     "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\x41"},
	};

	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *s = sx_utf8_sanitize(t[i].in, t[i].len);
		char *q = sx_json_quote(t[i].in, t[i].len);
		cJSON *j = cJSON_Parse(q);

		ck_assert_msg(strcmp(s, t[i].want) == 0, "case %zu: sanitize", i);
		ck_assert_msg(cJSON_IsString(j) && strcmp(j->valuestring, t[i].want) == 0,
			      "case %zu: json_quote %s", i, q);
		cJSON_Delete(j);
		free(q);
		free(s);
	}
}
END_TEST

/* sx_util_read_file(): each option against a hostile file built for real
 * in a temporary directory. */
static char rdir[64];

static void rd_setup(void)
{
	strcpy(rdir, "/tmp/sx-readfile-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(rdir));
}

static char *rd_path(const char *name)
{
	return sx_xasprintf("%s/%s", rdir, name);
}

static char *rd_file(const char *name, const char *data, size_t len, mode_t mode)
{
	char *p = rd_path(name);
	int fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(sx_write_all(fd, data, len), 0);
	ck_assert_int_eq(fchmod(fd, mode), 0);
	close(fd);
	return p;
}

static void rd_teardown(void)
{
	static const char *const names[] = {"plain", "big", "fifo",   "dir",	 "link", "dangling",
					    "gw",    "ow",  "theirs", "private", "hard", "public",
					    "hard2", "nul", "latin1", NULL};

	for (const char *const *n = names; *n; n++) {
		char *p = rd_path(*n);
		if (unlink(p) < 0)
			rmdir(p);
		free(p);
	}
	ck_assert_int_eq(rmdir(rdir), 0);
}

static int rd(const char *path, const struct sx_read_opts *o, struct sx_read *out)
{
	int r = sx_util_read_file(AT_FDCWD, path, o, out);

	if (r < 0)
		ck_assert_ptr_null(out->data);
	else
		ck_assert_int_eq(out->fail, SX_READ_OK);
	return r;
}

START_TEST(test_read_file_plain_and_max)
{
	struct sx_read_opts o = {.max = 5};
	struct sx_read r;
	char *p, *big, *rel;
	int dfd;

	rd_setup();
	p = rd_file("plain", "hello", 5, 0644);
	ck_assert_int_eq(rd(p, &o, &r), 0);
	ck_assert_uint_eq(r.len, 5);
	ck_assert_str_eq(r.data, "hello");
	ck_assert(S_ISREG(r.st.st_mode) && !r.dev_null);
	free(r.data);
	/* One byte over: refused by the size, before any read. */
	big = rd_file("big", "hello!", 6, 0644);
	ck_assert_int_eq(rd(big, &o, &r), -EFBIG);
	ck_assert_int_eq(r.fail, SX_READ_TOO_BIG);
	ck_assert_int_eq(r.st.st_size, 6);
	/* A file whose size says nothing is refused by the read. */
	ck_assert_int_eq(rd("/dev/zero", &o, &r), -EFBIG);
	ck_assert_int_eq(r.fail, SX_READ_TOO_BIG);
	ck_assert_int_le(r.st.st_size, 5);
	/* Relative to a directory descriptor. */
	dfd = open(rdir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	ck_assert_int_ge(dfd, 0);
	ck_assert_int_eq(sx_util_read_file(dfd, "plain", &o, &r), 0);
	ck_assert_str_eq(r.data, "hello");
	free(r.data);
	close(dfd);
	rel = rd_path("missing");
	ck_assert_int_eq(rd(rel, &o, &r), -ENOENT);
	ck_assert_int_eq(r.fail, SX_READ_OPEN);
	free(rel);
	free(big);
	free(p);
	rd_teardown();
}
END_TEST

START_TEST(test_read_file_regular_only)
{
	struct sx_read_opts o = {.max = 100, .regular_only = true};
	struct sx_read r;
	char *fifo, *dir;

	rd_setup();
	fifo = rd_path("fifo");
	dir = rd_path("dir");
	ck_assert_int_eq(mkfifo(fifo, 0600), 0);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	/* A FIFO with no writer: the open must not block, and it is refused. */
	ck_assert_int_eq(rd(fifo, &o, &r), -EINVAL);
	ck_assert_int_eq(r.fail, SX_READ_NOT_REGULAR);
	ck_assert(S_ISFIFO(r.st.st_mode));
	ck_assert_int_eq(rd(dir, &o, &r), -EISDIR);
	ck_assert_int_eq(r.fail, SX_READ_NOT_REGULAR);
	ck_assert_int_eq(rd("/dev/null", &o, &r), -EINVAL);
	ck_assert_int_eq(r.fail, SX_READ_NOT_REGULAR);
	/* Without the option a FIFO nobody writes reads as empty, at once. */
	o.regular_only = false;
	ck_assert_int_eq(rd(fifo, &o, &r), 0);
	ck_assert_uint_eq(r.len, 0);
	free(r.data);
	/* dev_null_empty: /dev/null is the one device taken, as no bytes. */
	o.regular_only = true;
	o.dev_null_empty = true;
	ck_assert_int_eq(rd("/dev/null", &o, &r), 0);
	ck_assert(r.dev_null);
	ck_assert_uint_eq(r.len, 0);
	free(r.data);
	ck_assert_int_eq(rd("/dev/zero", &o, &r), -EINVAL);
	ck_assert_int_eq(r.fail, SX_READ_NOT_REGULAR);
	free(fifo);
	free(dir);
	rd_teardown();
}
END_TEST

START_TEST(test_read_file_nofollow)
{
	struct sx_read_opts o = {.max = 100, .nofollow = true};
	struct sx_read r;
	char *p, *link, *dangling;

	rd_setup();
	p = rd_file("plain", "x", 1, 0644);
	link = rd_path("link");
	dangling = rd_path("dangling");
	ck_assert_int_eq(symlink(p, link), 0);
	ck_assert_int_eq(symlink("/nonexistent/x", dangling), 0);
	ck_assert_int_eq(rd(link, &o, &r), -ELOOP);
	ck_assert_int_eq(r.fail, SX_READ_LINK);
	ck_assert_int_eq(rd(dangling, &o, &r), -ELOOP);
	ck_assert_int_eq(r.fail, SX_READ_LINK);
	o.nofollow = false;
	ck_assert_int_eq(rd(link, &o, &r), 0);
	ck_assert_str_eq(r.data, "x");
	free(r.data);
	ck_assert_int_eq(rd(dangling, &o, &r), -ENOENT);
	ck_assert_int_eq(r.fail, SX_READ_OPEN);
	free(p);
	free(link);
	free(dangling);
	rd_teardown();
}
END_TEST

START_TEST(test_read_file_check_owner)
{
	struct sx_read_opts o = {.max = 100, .check_owner = true};
	struct sx_read r;
	char *mine = NULL, *gw, *ow, *theirs;

	rd_setup();
	mine = rd_file("plain", "x", 1, 0644);
	gw = rd_file("gw", "x", 1, 0664);
	ow = rd_file("ow", "x", 1, 0646);
	theirs = rd_file("theirs", "x", 1, 0644);
	ck_assert_int_eq(rd(mine, &o, &r), 0);
	free(r.data);
	ck_assert_int_eq(rd(gw, &o, &r), -EPERM);
	ck_assert_int_eq(r.fail, SX_READ_WRITABLE);
	ck_assert_int_eq(rd(ow, &o, &r), -EPERM);
	ck_assert_int_eq(r.fail, SX_READ_WRITABLE);
	/* Not ours: as root, give it away; otherwise root's own file. */
	if (geteuid() == 0)
		ck_assert_int_eq(chown(theirs, 65534, 65534), 0);
	ck_assert_int_eq(rd(geteuid() == 0 ? theirs : "/etc/passwd", &o, &r), -EPERM);
	ck_assert_int_eq(r.fail, SX_READ_NOT_OWNED);
	/* Without the option all of them are read. */
	o.check_owner = false;
	ck_assert_int_eq(rd(gw, &o, &r), 0);
	free(r.data);
	ck_assert_int_eq(rd(theirs, &o, &r), 0);
	free(r.data);
	free(mine);
	free(gw);
	free(ow);
	free(theirs);
	rd_teardown();
}
END_TEST

START_TEST(test_read_file_shared_private)
{
	struct sx_read_opts o = {.max = 100, .no_shared_private = true};
	struct sx_read r;
	char *priv, *hard, *pub, *hard2;

	rd_setup();
	priv = rd_file("private", "secret", 6, 0600);
	pub = rd_file("public", "x", 1, 0644);
	hard = rd_path("hard");
	hard2 = rd_path("hard2");
	/* One link and private: the caller's own file. */
	ck_assert_int_eq(rd(priv, &o, &r), 0);
	free(r.data);
	ck_assert_int_eq(link(priv, hard), 0);
	ck_assert_int_eq(rd(hard, &o, &r), -EPERM);
	ck_assert_int_eq(r.fail, SX_READ_LINKED);
	ck_assert_int_eq(r.st.st_nlink, 2);
	/* Readable by others anyway: a link discloses nothing. */
	ck_assert_int_eq(link(pub, hard2), 0);
	ck_assert_int_eq(rd(hard2, &o, &r), 0);
	free(r.data);
	o.no_shared_private = false;
	ck_assert_int_eq(rd(hard, &o, &r), 0);
	ck_assert_str_eq(r.data, "secret");
	free(r.data);
	free(priv);
	free(hard);
	free(pub);
	free(hard2);
	rd_teardown();
}
END_TEST

START_TEST(test_read_file_text)
{
	struct sx_read_opts o = {.max = 100, .no_nul = true, .utf8_text = true};
	struct sx_read r;
	char *nul, *latin1;

	rd_setup();
	nul = rd_file("nul", "a\0b", 3, 0644);
	latin1 = rd_file("latin1", "caf\xe9", 4, 0644);
	ck_assert_int_eq(rd(nul, &o, &r), -EILSEQ);
	ck_assert_int_eq(r.fail, SX_READ_NUL);
	ck_assert_int_eq(rd(latin1, &o, &r), -EILSEQ);
	ck_assert_int_eq(r.fail, SX_READ_UTF8);
	/* NUL is valid UTF-8: only no_nul refuses it. */
	o.no_nul = false;
	ck_assert_int_eq(rd(nul, &o, &r), 0);
	ck_assert_uint_eq(r.len, 3);
	ck_assert(memcmp(r.data, "a\0b", 4) == 0);
	free(r.data);
	o.utf8_text = false;
	ck_assert_int_eq(rd(latin1, &o, &r), 0);
	free(r.data);
	free(nul);
	free(latin1);
	rd_teardown();
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_parse_uint);
	tcase_add_test(tc, test_parse_size);
	tcase_add_test(tc, test_parse_duration);
	tcase_add_test(tc, test_parse_milli);
	tcase_add_test(tc, test_format_size);
	tcase_add_test(tc, test_utf8);
	tcase_add_test(tc, test_json_sanitize);
	tcase_add_test(tc, test_read_fd_bounded);
	tcase_add_test(tc, test_json_quote);
	tcase_add_test(tc, test_escape_line);
	tcase_add_test(tc, test_rfc3339);
	tcase_add_test(tc, test_utf8_maximal_subpart);
	tcase_add_test(tc, test_utf8_valid_word_scan);
	tcase_add_test(tc, test_utf8_valid_ends_on_a_step);
	tcase_add_test(tc, test_read_file_plain_and_max);
	tcase_add_test(tc, test_read_file_regular_only);
	tcase_add_test(tc, test_read_file_nofollow);
	tcase_add_test(tc, test_read_file_check_owner);
	tcase_add_test(tc, test_read_file_shared_private);
	tcase_add_test(tc, test_read_file_text);
	suite_add_tcase(s, tc);
	return s;
}
