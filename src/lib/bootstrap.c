#include "bootstrap.h"
#include "bootstrap-code.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The Python of both bootstraps lives in bootstrap/supervise.py and
 * bootstrap/direct.py (with bootstrap/markers.py before each); the build
 * turns them into these strings (bootstrap/embed.py). */
const char sx_bootstrap_code[] = SX_BOOTSTRAP_SUPERVISE;
const char sx_bootstrap_direct_code[] = SX_BOOTSTRAP_DIRECT;

/* A decimal number of at most 3 digits, all of s[0..n). */
static int small_number(const char *s, size_t n)
{
	int v = 0;

	if (n == 0 || n > 3)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* USAGE_MS SYS_MS MAXRSS_KIB WALL_MS: four decimal numbers of 1 to
 * SX_END_NUM_MAX digits, one space between, nothing else. */
static bool parse_usage(const char *s, size_t n, struct sx_usage *u)
{
	int64_t v[4] = {0}; /* each set below; -fanalyzer cannot count the loop */
	size_t i = 0;

	for (int k = 0; k < 4; k++) {
		size_t digits = 0;

		if (k > 0) {
			if (i >= n || s[i] != ' ')
				return false;
			i++;
		}
		v[k] = 0;
		while (i < n && s[i] >= '0' && s[i] <= '9') {
			if (++digits > SX_END_NUM_MAX)
				return false;
			v[k] = v[k] * 10 + (s[i] - '0');
			i++;
		}
		if (digits == 0)
			return false;
	}
	if (i != n)
		return false;
	u->has_rusage = true;
	u->cpu_user_ms = v[0];
	u->cpu_sys_ms = v[1];
	u->max_rss_kib = v[2];
	u->has_wall = true;
	u->wall_ms = v[3];
	return true;
}

static bool parse_end(const char *s, size_t n, struct sx_script_end *e)
{
	static const char tag[] = " usage ";
	const size_t tl = sizeof tag - 1;
	int v;

	memset(e, 0, sizeof *e);
	/* END [" usage " USAGE]: END itself holds no " usage ". */
	for (size_t i = 0; i + tl <= n; i++) {
		if (memcmp(s + i, tag, tl) == 0) {
			if (!parse_usage(s + i + tl, n - i - tl, &e->usage))
				return false;
			n = i;
			break;
		}
	}
	if (n > 5 && memcmp(s, "exit ", 5) == 0) {
		v = small_number(s + 5, n - 5);
		if (v < 0 || v > 255)
			return false;
		e->exited = true;
		e->code = v;
	} else if (n > 7 && memcmp(s, "signal ", 7) == 0) {
		v = small_number(s + 7, n - 7);
		if (v < 1 || v > 64)
			return false;
		e->sig = v;
	} else if (n == 3 && memcmp(s, "oom", 3) == 0) {
		e->sig = 9;
		e->oom = true;
	} else if (n == 8 && memcmp(s, "deadline", 8) == 0) {
		e->sig = 9;
		e->deadline = true;
	} else {
		return false;
	}
	return true;
}

bool sx_bootstrap_end_take(const char *out, size_t *len, const char *nonce, struct sx_script_end *e)
{
	size_t n = *len, nl = strlen(nonce), start, rest;
	const char *r;

	if (nl != SX_NONCE_LEN || n < SX_END_MARKER_LEN)
		return false;
	/* The last occurrence of the marker: nothing after it contains one,
	 * so a script's own copies before it do not matter. */
	start = n - SX_END_MARKER_LEN;
	for (;;) {
		if (memcmp(out + start, SX_END_MARKER, SX_END_MARKER_LEN) == 0)
			break;
		if (start == 0 || n - start >= SX_END_MAX)
			return false;
		start--;
	}
	r = out + start + SX_END_MARKER_LEN;
	rest = n - start - SX_END_MARKER_LEN;
	/* NONCE " " END "\n" */
	if (rest < nl + 3 || r[rest - 1] != '\n' || memcmp(r, nonce, nl) != 0 || r[nl] != ' ' ||
	    !parse_end(r + nl + 1, rest - nl - 2, e))
		return false;
	*len = start;
	return true;
}

char *sx_bootstrap_stdin(const char *name, const char *script, size_t script_len, char *const *args,
			 size_t nargs, const char *nonce, size_t *len)
{
	char nhead[32], head[32], ahead[32];
	size_t alen = 0, nl = nonce ? strlen(nonce) + 1 : 0, nn = name ? strlen(name) : 0, nh = 0;
	size_t hl, al, at = 0;
	char *buf;

	for (size_t i = 0; i < nargs; i++)
		alen += strlen(args[i]) + 1;
	if (name)
		nh = (size_t)snprintf(nhead, sizeof nhead, "%zu\n", nn);
	hl = (size_t)snprintf(head, sizeof head, "%zu\n", script_len);
	al = (size_t)snprintf(ahead, sizeof ahead, "%zu\n", alen);
	buf = sx_xmalloc(nh + nn + hl + script_len + al + alen + nl);
	if (name) {
		memcpy(buf, nhead, nh);
		memcpy(buf + nh, name, nn);
		at = nh + nn;
	}
	memcpy(buf + at, head, hl);
	at += hl;
	if (script_len)
		memcpy(buf + at, script, script_len);
	at += script_len;
	memcpy(buf + at, ahead, al);
	at += al;
	for (size_t i = 0; i < nargs; i++) {
		size_t n = strlen(args[i]) + 1;

		memcpy(buf + at, args[i], n);
		at += n;
	}
	if (nonce) {
		memcpy(buf + at, nonce, nl - 1);
		buf[at + nl - 1] = '\n';
		at += nl;
	}
	*len = at;
	return buf;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* s[0..n) with %XX decoded, into a new NUL-terminated string; NULL when a
 * "%" is not followed by two hex digits. */
static char *unpercent(const char *s, size_t n, size_t *out_len)
{
	char *d = sx_xmalloc(n + 1);
	size_t j = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] != '%') {
			d[j++] = s[i];
			continue;
		}
		if (n - i < 3 || hexval(s[i + 1]) < 0 || hexval(s[i + 2]) < 0) {
			free(d);
			return NULL;
		}
		d[j++] = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
		i += 2;
	}
	d[j] = '\0';
	*out_len = j;
	return d;
}

bool sx_bootstrap_exc_take(const char *out, size_t *len, struct sx_exception *x)
{
	size_t n = *len, start, rest, sp1, sp2;
	const char *r;
	long line = 0;

	memset(x, 0, sizeof *x);
	if (n < SX_EXC_MARKER_LEN + 6 || out[n - 1] != '\n')
		return false;
	/* The last marker; the record has no newline but its last byte. */
	start = n - SX_EXC_MARKER_LEN;
	for (;;) {
		if (memcmp(out + start, SX_EXC_MARKER, SX_EXC_MARKER_LEN) == 0)
			break;
		if (start == 0 || n - start >= SX_EXC_MAX)
			return false;
		start--;
	}
	r = out + start + SX_EXC_MARKER_LEN;
	rest = n - start - SX_EXC_MARKER_LEN - 1;
	if (memchr(r, '\n', rest))
		return false;
	for (sp1 = 0; sp1 < rest && r[sp1] != ' '; sp1++)
		;
	for (sp2 = sp1 + 1; sp2 < rest && r[sp2] != ' '; sp2++)
		;
	if (sp2 >= rest || memchr(r + sp2 + 1, ' ', rest - sp2 - 1))
		return false;
	if (sp1 == 1 && r[0] == '-') {
		line = 0;
	} else {
		if (sp1 == 0 || sp1 > 9)
			return false;
		for (size_t i = 0; i < sp1; i++) {
			if (r[i] < '0' || r[i] > '9')
				return false;
			line = line * 10 + (r[i] - '0');
		}
	}
	x->type = unpercent(r + sp1 + 1, sp2 - sp1 - 1, &x->type_len);
	x->message = unpercent(r + sp2 + 1, rest - sp2 - 1, &x->message_len);
	if (!x->type || !x->message || !x->type_len) {
		sx_bootstrap_exception_free(x);
		return false;
	}
	x->line = line;
	*len = start;
	return true;
}

void sx_bootstrap_exception_free(struct sx_exception *x)
{
	free(x->type);
	free(x->message);
	memset(x, 0, sizeof *x);
}
