#include "policy.h"

#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "eventlog.h"
#include "lexer.h"
#include "strategy.h"
#include "sx-build.h"

static void add(struct sx_violations *vs, const struct sx_tok *t, const char *rule, char *message)
{
	if (vs->n == vs->cap) {
		vs->cap = vs->cap ? vs->cap * 2 : 8;
		vs->v = sx_xrealloc(vs->v, vs->cap * sizeof *vs->v);
	}
	vs->v[vs->n++] =
	    (struct sx_violation){.line = t->line, .col = t->col, .rule = rule, .message = message};
}

void sx_policy_violations_free(struct sx_violations *vs)
{
	for (size_t i = 0; i < vs->n; i++)
		free(vs->v[i].message);
	free(vs->v);
	memset(vs, 0, sizeof *vs);
}

cJSON *sx_violations_json(const struct sx_violations *vs, const char *file)
{
	cJSON *a = cJSON_CreateArray();

	for (size_t i = 0; vs && i < vs->n; i++) {
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "file", file);
		cJSON_AddNumberToObject(o, "line", vs->v[i].line);
		cJSON_AddNumberToObject(o, "column", vs->v[i].col);
		cJSON_AddStringToObject(o, "rule", vs->v[i].rule);
		cJSON_AddStringToObject(o, "message", vs->v[i].message);
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

/* Token t is of kind k with text s (a string literal: its length is
 * known at compile time). */
#define tok_is(t, k, s) tok_is_n((t), (k), (s), sizeof(s) - 1)

/* Always inline: with n a constant the compiler turns memcmp into a load
 * and a compare, and most calls end at the kind or the length (a million
 * calls on a 1 MB script, where a call cost more than the test). An
 * operator of one byte is its op byte alone (zero for every other token,
 * an EOF made of a failed step included: stream_failed()). */
static inline __attribute__((always_inline)) bool
tok_is_n(const struct sx_tok *t, enum sx_tok_kind k, const char *s, size_t n)
{
	if (k == SX_TOK_OP && n == 1)
		return t->op == (unsigned char)s[0];
	return t->kind == k && t->len == n && memcmp(t->text, s, n) == 0;
}

/* t ends a statement: a line's end, ";" or the end of the tokens. */
static inline bool stmt_end(const struct sx_tok *t)
{
	return t->kind == SX_TOK_NEWLINE || t->kind == SX_TOK_EOF || tok_is(t, SX_TOK_OP, ";");
}

/* t assigns: "=", "+=", ":=" and the like, not "==", "<=", ">=", "!=". */
static inline bool assign_op(const struct sx_tok *t)
{
	return t->kind == SX_TOK_OP && t->len >= 1 && t->text[t->len - 1] == '=' &&
	       !tok_is(t, SX_TOK_OP, "==") && !tok_is(t, SX_TOK_OP, "<=") &&
	       !tok_is(t, SX_TOK_OP, ">=") && !tok_is(t, SX_TOK_OP, "!=");
}

/* t ends one argument of a call: "," or ")". */
static inline bool arg_end(const struct sx_tok *t)
{
	return tok_is(t, SX_TOK_OP, ",") || tok_is(t, SX_TOK_OP, ")");
}

/* Token t's text is s (a string literal), whatever its kind. */
#define IS(t, s) ((t)->len == sizeof(s) - 1 && memcmp((t)->text, (s), sizeof(s) - 1) == 0)

static bool in_list(char *const *list, const char *s, size_t len)
{
	for (; list && *list; list++) {
		const char *e = *list;
		/* Most entries differ in their first three bytes ("__x"). An
		 * empty s (a decoded "") has no first byte to compare. */
		if (len == 0 ? e[0] != '\0'
			     : e[0] != s[0] ||
				   (len > 2 && (e[1] != s[1] || e[1] == '\0' || e[2] != s[2])))
			continue;
		/* strnlen, not e[len]: a decoded string may hold a NUL, and
		 * strncmp stops at it. */
		if (strncmp(e, s, len) == 0 && strnlen(e, len + 1) == len)
			return true;
	}
	return false;
}

/* A constant list's quick test, for lists asked about every name: by
 * length, a bit for the first byte and one for the last of its entries.
 * Built at the first call: the lists are constant, and a process checks
 * from one thread (the module table is read the same way). */
struct quick_list {
	bool built;
	uint64_t first[64], last[64];
};

/* noinline, not cold: GCC took a cold callee as the mark of a cold path
 * and moved most of check_merged()'s loop to .text.unlikely. */
static __attribute__((noinline)) void quick_build(struct quick_list *q, char *const *list)
{
	for (char *const *e = list; *e; e++) {
		size_t m = strlen(*e), j = m > 63 ? 63 : m;

		if (!m)
			continue;
		q->first[j] |= 1ULL << ((unsigned char)(*e)[0] & 63);
		q->last[j] |= 1ULL << ((unsigned char)(*e)[m - 1] & 63);
	}
	q->built = true;
}

static inline bool quick_in(struct quick_list *q, char *const *list, const char *s, size_t n)
{
	size_t k = n > 63 ? 63 : n;

	if (!q->built)
		quick_build(q, list);
	if (n == 0 || !(q->first[k] & (1ULL << ((unsigned char)s[0] & 63))) ||
	    !(q->last[k] & (1ULL << ((unsigned char)s[n - 1] & 63))))
		return false;
	return in_list(list, s, n);
}

/* A configured list as a hash set, for the hot path (every name): built
 * at the start of each check; a list too long for it is searched. */
#define SET_SLOTS 512
struct filter {
	uint64_t quick[64]; /* [length]: bit (first byte & 63) of entries */
	uint64_t qlast[64]; /* [length]: bit (last byte & 63) of entries */
	const char *key[SET_SLOTS];
	size_t len[SET_SLOTS];
	char *const *list;
	bool overflow;
};

static size_t set_hash(const char *s, size_t n)
{
	size_t h = 5381;

	for (size_t i = 0; i < n; i++)
		h = h * 33 + (unsigned char)s[i];
	return h & (SET_SLOTS - 1);
}

static void filter_init(struct filter *f, char *const *list)
{
	size_t used = 0;

	memset(f, 0, sizeof *f);
	f->list = list;
	for (; list && *list; list++) {
		size_t n = strlen(*list), i;
		if (++used > SET_SLOTS / 2) {
			f->overflow = true;
			return;
		}
		f->quick[n > 63 ? 63 : n] |= 1ULL << ((unsigned char)(*list)[0] & 63);
		if (n)
			f->qlast[n > 63 ? 63 : n] |= 1ULL << ((unsigned char)(*list)[n - 1] & 63);
		for (i = set_hash(*list, n); f->key[i]; i = (i + 1) & (SET_SLOTS - 1))
			;
		f->key[i] = *list;
		f->len[i] = n;
	}
}

static bool filtered_hashed(const struct filter *f, const char *s, size_t n)
{
	for (size_t i = set_hash(s, n); f->key[i]; i = (i + 1) & (SET_SLOTS - 1))
		if (f->len[i] == n && memcmp(f->key[i], s, n) == 0)
			return true;
	return false;
}

/* The quick test inline: most names are turned away by it. */
static inline __attribute__((always_inline)) bool
filtered_in(const struct filter *f, char *const *list, const char *s, size_t n)
{
	if (f->overflow)
		return in_list(list, s, n);
	if (!(f->quick[n > 63 ? 63 : n] & (1ULL << ((unsigned char)s[0] & 63))) ||
	    (n && !(f->qlast[n > 63 ? 63 : n] & (1ULL << ((unsigned char)s[n - 1] & 63)))))
		return false;
	return filtered_hashed(f, s, n);
}

static inline bool is_dunder_n(const char *s, size_t n)
{
	return n > 4 && memcmp(s, "__", 2) == 0 && memcmp(s + n - 2, "__", 2) == 0;
}

static inline bool is_dunder(const struct sx_tok *t)
{
	return is_dunder_n(t->text, t->len);
}

/* A private name: a leading underscore, not a dunder. */
static inline bool is_private(const struct sx_tok *t)
{
	return t->kind == SX_TOK_NAME && t->text[0] == '_' && !is_dunder(t);
}

/* ---- The module table (share/sandexec/modules.table) ----
 *
 * What a script can reach through the attributes of the allowed modules,
 * generated from the sandbox image by gen-module-table.py: the table, not a
 * list in this file, follows numpy and pandas when the image changes. Read
 * once a process; a table that cannot be read makes every check fail
 * (rule "module-table"): a check without it would be silently weaker. */

struct tentry {
	const char *key;    /* "numpy.lib" or "pandas.io.common.os" */
	const char *target; /* 'm': the module's canonical name */
	char kind;	    /* 'm', 'x', 'd', 'f' or 'w'; last names: 'D', 'M', 'P', 'F' */
};

static struct {
	bool tried;
	int error; /* 0 or -errno */
	char why[SX_ERR_MAX];
	char *text;
	struct tentry *slots;
	size_t nslots;
	char **dnames; /* last components of 'd' keys */
	size_t ndnames;
	uint64_t dq[64]; /* [length]: bit (first byte & 63) of dnames */
	uint64_t fq[64]; /* the same for the last names of 'f' keys */
	/* [length]: bit (first byte & 63), bit (last byte & 63) of every key
	 * ".NAME": most names of a script are none, and are known so at once */
	uint64_t lfirst[64], llast[64];
	const char *onames; /* the 'o' lines, last: "o NAME\n..." (not split) */
	const char *cnames; /* the 'c' lines after them, sorted */
	const char **cv;    /* ... their names, once asked (shadow_name()) */
	size_t ncv;
} table;

#define FNV_BASIS 1469598103934665603ULL

static uint64_t fnv_more(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static uint64_t fnv(const char *s, size_t n)
{
	return fnv_more(FNV_BASIS, s, n);
}

/* Note a key in the last-name filter if it is one (".NAME"). */
static void last_filter_add(const char *key)
{
	size_t n = strlen(key);

	if (key[0] != '.' || n < 2)
		return;
	table.lfirst[n - 1 > 63 ? 63 : n - 1] |= 1ULL << ((unsigned char)key[1] & 63);
	table.llast[n - 1 > 63 ? 63 : n - 1] |= 1ULL << ((unsigned char)key[n - 1] & 63);
}

static const struct tentry *lookup_n(const char *key, size_t n)
{
	if (!table.slots)
		return NULL;
	for (size_t i = fnv(key, n) & (table.nslots - 1);; i = (i + 1) & (table.nslots - 1)) {
		const struct tentry *e = &table.slots[i];
		if (!e->key)
			return NULL;
		if (strncmp(e->key, key, n) == 0 && e->key[n] == '\0')
			return e;
	}
}

/* The entry of MOD.ATTR, its key hashed and compared in pieces. */
static const struct tentry *lookup2(const char *mod, const char *attr, size_t alen)
{
	size_t m = strlen(mod);
	uint64_t h;

	if (!table.slots || m + 1 + alen >= 512)
		return NULL;
	h = fnv_more(fnv_more(fnv(mod, m), ".", 1), attr, alen);
	for (size_t i = h & (table.nslots - 1);; i = (i + 1) & (table.nslots - 1)) {
		const struct tentry *e = &table.slots[i];
		if (!e->key)
			return NULL;
		if (strncmp(e->key, mod, m) == 0 && e->key[m] == '.' &&
		    strncmp(e->key + m + 1, attr, alen) == 0 && e->key[m + 1 + alen] == '\0')
			return e;
	}
}

/* The entry of ".NAME", a last name; most names are turned away by the
 * filter without a hash. */
static const struct tentry *lookup_last(const char *s, size_t n)
{
	size_t k = n > 63 ? 63 : n;

	if (n > 0 && (!(table.lfirst[k] & (1ULL << ((unsigned char)s[0] & 63))) ||
		      !(table.llast[k] & (1ULL << ((unsigned char)s[n - 1] & 63)))))
		return NULL;
	return lookup2("", s, n);
}

char *sx_policy_table_path(void)
{
	const char *dir = getenv("SANDEXEC_DATADIR");

	if (dir && *dir)
		return sx_xasprintf("%s/modules.table", dir);
	return sx_xstrdup(SANDEXEC_DATADIR "/modules.table");
}

/* "." NAME, the key of a last name. Caller frees. */
static char *dotted(const char *name)
{
	size_t n = strlen(name);
	char *key = sx_xmalloc(n + 2);

	key[0] = '.';
	memcpy(key + 1, name, n + 1);
	return key;
}

/* NAME is a public attribute of the allowed modules' classes, everyday
 * objects or the builtin types (an 'o' line): another object answers to
 * it. A scan of the lines: asked only where a script's own attribute
 * would otherwise be trusted. */
static bool object_name(const char *name, size_t n)
{
	for (const char *p = table.onames; p && p[0] == 'o' && p[1] == ' ';) {
		const char *e = strchr(p + 2, '\n');
		size_t k = e ? (size_t)(e - p - 2) : strlen(p + 2);

		if (k == n && memcmp(p + 2, name, n) == 0)
			return true;
		if (!e)
			break;
		p = e + 1;
	}
	return false;
}

/* One name of the 'c' lines against NAME (n bytes), as strcmp. */
static int cname_cmp(const char *entry, const char *name, size_t n)
{
	size_t k = strcspn(entry, "\n");
	int d = memcmp(entry, name, k < n ? k : n);

	return d ? d : (k > n) - (k < n);
}

/* NAME is a public method of a library class whose objects take
 * attributes (a 'c' line): x.NAME = f shadows what the library's code
 * calls by name. The lines are sorted: a binary search, over their names
 * split out on the first question. */
static bool shadow_name(const char *name, size_t n)
{
	size_t lo = 0, hi;

	if (!table.cnames)
		return false;
	if (!table.cv) {
		size_t cap = 1, k = 0;
		const char **v = sx_xmalloc(sizeof *v);

		for (const char *p = table.cnames; p[0] == 'c' && p[1] == ' ';) {
			const char *e = strchr(p, '\n');

			if (k == cap)
				v = sx_xrealloc(v, (cap *= 2) * sizeof *v);
			v[k++] = p + 2;
			if (!e)
				break;
			p = e + 1;
		}
		table.cv = v;
		table.ncv = k;
	}
	hi = table.ncv;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = cname_cmp(table.cv[mid], name, n);

		if (d == 0)
			return true;
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

static int table_parse(char *text, const char *path)
{
	size_t lines = 0, nd = 0, nm = 0, capm = 0;
	struct tentry *ms = NULL; /* 'm' and 'f' lines of attributes */

	for (char *p = text; (p = strchr(p, '\n')); p++)
		lines++;
	table.nslots = 64;
	while (table.nslots < 4 * lines + 4)
		table.nslots *= 2;
	table.slots = sx_xcalloc(table.nslots, sizeof *table.slots);
	table.dnames = sx_xcalloc(lines + 1, sizeof *table.dnames);
	for (char *line = text, *next; *line; line = next) {
		char *f[3] = {NULL, NULL, NULL};
		int nf = 0;
		size_t i;

		if (line[0] == 'o' && line[1] == ' ') {
			/* The 'o' lines end the table: kept as they are, read only
			 * when a rule asks (object_name). */
			table.onames = line;
			table.cnames = strstr(line, "\nc ");
			if (table.cnames)
				table.cnames++;
			break;
		}
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		else
			next = line + strlen(line);
		if (*line == '#' || *line == '\0')
			continue;
		char *save = NULL;

		for (char *tok = strtok_r(line, " ", &save); tok && nf < 3;
		     tok = strtok_r(NULL, " ", &save))
			f[nf++] = tok;
		if (nf < 2 || strlen(f[0]) != 1 || !strchr("mxdfw", f[0][0]) ||
		    (f[0][0] == 'm' && nf != 3)) {
			snprintf(table.why, sizeof table.why, "%s: malformed line '%.60s'", path,
				 f[0] ? f[0] : "");
			free(ms);
			return -EINVAL;
		}
		if ((f[0][0] == 'm' || f[0][0] == 'f') && strchr(f[1], '.')) {
			/* Its last name, below; an 'm' line is kept there even
			 * when an 'x' line overrides it (numpy.compat). */
			if (nm == capm)
				ms = sx_xrealloc(ms, (capm = capm ? 2 * capm : 256) * sizeof *ms);
			ms[nm++] = (struct tentry){.key = f[1], .target = f[2], .kind = f[0][0]};
		}
		/* A module that is both an attribute ('m') and never allowed ('x')
		 * is never allowed. */
		for (i = fnv(f[1], strlen(f[1])) & (table.nslots - 1); table.slots[i].key;
		     i = (i + 1) & (table.nslots - 1))
			if (strcmp(table.slots[i].key, f[1]) == 0)
				break;
		if (table.slots[i].key && f[0][0] != 'x')
			continue;
		table.slots[i] = (struct tentry){.key = f[1], .target = f[2], .kind = f[0][0]};
		last_filter_add(f[1]);
		if (f[0][0] == 'd')
			table.dnames[nd++] = strrchr(f[1], '.') ? strrchr(f[1], '.') + 1 : f[1];
	}
	table.ndnames = nd;
	/* The last names of module-valued attributes: "M", refused behind any
	 * object whatever the script defines; "P" for the private ones that
	 * lead out of the allowed modules (random._os) or are a package's
	 * internals (pandas._testing): self._testing of a script's class is
	 * refused too, as self may be another object. */
	{
		for (size_t k = 0; k < nm; k++) {
			const char *last = strrchr(ms[k].key, '.') + 1;
			char kind = ms[k].kind == 'f' ? 'F' : last[0] == '_' ? 'P' : 'M';
			char *key;
			size_t i;
			struct tentry *had;

			if (kind == 'F')
				table.fq[strlen(last) > 63 ? 63 : strlen(last)] |=
				    1ULL << ((unsigned char)last[0] & 63);
			key = dotted(last);
			if ((had = (struct tentry *)lookup_n(key, strlen(key)))) {
				/* Every module a last name leads to, space-separated:
				 * "io" is pandas.io on pd and the io module on others. */
				if (had->kind == 'M' && kind == 'M') {
					/* Not sx_xasprintf: the list grows to hundreds of
					 * bytes, and formatting it again at each name was
					 * a visible part of every check's start. */
					size_t a = strlen(had->target), b = strlen(ms[k].target);
					char *t = sx_xmalloc(a + 1 + b + 1);

					memcpy(t, had->target, a);
					t[a] = ' ';
					memcpy(t + a + 1, ms[k].target, b + 1);
					free((char *)had->target);
					had->target = t;
				}
				free(key);
				continue;
			}
			for (i = fnv(key, strlen(key)) & (table.nslots - 1); table.slots[i].key;
			     i = (i + 1) & (table.nslots - 1))
				;
			table.slots[i] = (struct tentry){
			    .key = key,
			    .kind = kind,
			    .target = kind == 'M' ? sx_xstrdup(ms[k].target) : NULL};
			last_filter_add(key);
		}
		free(ms);
	}
	for (size_t k = 0; k < nd; k++) {
		char *key = dotted(table.dnames[k]);
		size_t i;

		if (lookup_n(key, strlen(key))) {
			free(key);
			continue;
		}
		for (i = fnv(key, strlen(key)) & (table.nslots - 1); table.slots[i].key;
		     i = (i + 1) & (table.nslots - 1))
			;
		table.slots[i] = (struct tentry){.key = key, .kind = 'D'};
		last_filter_add(key);
		table.dq[strlen(table.dnames[k]) > 63 ? 63 : strlen(table.dnames[k])] |=
		    1ULL << ((unsigned char)table.dnames[k][0] & 63);
	}
	if (!lookup_n("numpy", 5) && !lookup_n("math", 4)) {
		snprintf(table.why, sizeof table.why, "%s: not a module table", path);
		return -EINVAL;
	}
	return 0;
}

int sx_policy_load(struct sx_err *err)
{
	if (!table.tried) {
		char *path = sx_policy_table_path();
		FILE *f = fopen(path, "re");

		table.tried = true;
		if (!f) {
			table.error = -errno;
			snprintf(table.why, sizeof table.why,
				 "module table %s: %s (SANDEXEC_DATADIR)", path, strerror(errno));
		} else {
			size_t cap = 1 << 16, n = 0, r;
			table.text = sx_xmalloc(cap);
			while ((r = fread(table.text + n, 1, cap - n - 1, f)) > 0) {
				n += r;
				if (n + 1 == cap && cap < (64u << 20))
					table.text = sx_xrealloc(table.text, cap *= 2);
				else if (n + 1 == cap)
					break;
			}
			table.text[n] = '\0';
			if (ferror(f)) {
				table.error = -EIO;
				snprintf(table.why, sizeof table.why, "module table %s: read error",
					 path);
			} else {
				table.error = table_parse(table.text, path);
			}
			fclose(f);
		}
		free(path);
	}
	if (table.error)
		sx_err_set(err, "%s", table.why);
	return table.error;
}

/* A callable the table marks dangerous in some module, by its last name:
 * "x = pd; x.read_pickle" is refused too. */
static inline __attribute__((always_inline)) bool dangerous_name(const struct sx_tok *t)
{
	const struct tentry *e;

	if (!(table.dq[t->len > 63 ? 63 : t->len] & (1ULL << ((unsigned char)t->text[0] & 63))))
		return false;
	e = lookup_last(t->text, t->len);
	return e && e->kind == 'D';
}

/* What the table knows of a name as the last part of a path: 'D' a
 * dangerous callable, 'M' a module-valued attribute, 'P' a private one
 * that leads out of the allowed modules; 0 nothing. */
static char table_last(const char *s, size_t n)
{
	const struct tentry *e = lookup_last(s, n);

	return e && (e->kind == 'D' || e->kind == 'M' || e->kind == 'P') ? e->kind : 0;
}

/* A callable of an allowed module whose first parameter is a file path
 * (the table's 'f' lines), by its last name. */
static bool table_file_lookup(const struct sx_tok *t)
{
	const struct tentry *e = lookup_last(t->text, t->len);

	return e && e->kind == 'F';
}

/* Inline: the main loop asks for every name, and most are turned away by
 * the quick test. */
static inline bool table_file_name(const struct sx_tok *t)
{
	return (table.fq[t->len > 63 ? 63 : t->len] & (1ULL << ((unsigned char)t->text[0] & 63))) &&
	       table_file_lookup(t);
}

/* The canonical name of a module's top-level package must be allowed, and
 * the module must not be one the table marks as never allowed ('x', also
 * for its submodules). */
static bool module_allowed(const struct sx_config *cfg, const char *name, size_t n)
{
	size_t root = 0;

	while (root < n && name[root] != '.')
		root++;
	bool known = lookup_n(name, root) != NULL;

	if (!in_list(cfg->allowed_modules, name, root))
		return false;
	for (size_t i = root; i <= n; i++) {
		const struct tentry *e;
		if (i < n && name[i] != '.')
			continue;
		e = lookup_n(name, i);
		/* A package the table knows has only the submodules it lists. */
		if ((e && e->kind == 'x') || (!e && known))
			return false;
	}
	return true;
}

/* An attribute name that some module of the allowed ones holds as a
 * module outside them (textwrap, io, types, numpy.compat): behind any
 * object but a module's path, which module_attr() reads, it is refused.
 * Three names are left to the other rules because every script uses them
 * on values ("{}".format, df.copy(), args.csv) and the modules they name
 * (numpy.lib.format, copy, csv) open nothing by a path the rules miss. */
static inline __attribute__((always_inline)) bool leads_out(const struct sx_config *cfg,
							    const struct sx_tok *t)
{
	const struct tentry *e = lookup_last(t->text, t->len);

	if (!e || e->kind != 'M' || !e->target || IS(t, "format") || IS(t, "copy") || IS(t, "csv"))
		return false;
	for (const char *p = e->target; *p;) {
		size_t n = strcspn(p, " ");
		if (!module_allowed(cfg, p, n))
			return true;
		p += n;
		p += *p == ' ';
	}
	return false;
}

/* ---- Per-check state ---- */

/* Names seen in the script, by text: a growable open-addressing set. */
struct hslot {
	const char *k; /* points into the source; NULL: empty */
	size_t n;
	char *module; /* aliases: the module's canonical name (owned) */
	int sp;	      /* assignments: how many */
	uint32_t h;   /* name_hash(k, n) (< 2^32): hashed once, compared first */
};

struct hset {
	struct hslot *s;
	size_t cap, used; /* cap: 0 or a power of two */
};

static inline uint64_t load64(const char *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof w);
	return w;
}

static inline uint64_t load32(const char *p)
{
	uint32_t w;

	memcpy(&w, p, sizeof w);
	return w;
}

/* name_hash()'s start, drawn once a process (name_seed_init()): a
 * script whose names all fall into one slot of a fixed hash made every
 * set a list, and the check quadratic (60,000 such names in 1 MB, found
 * offline, took minutes). Nothing the check reports depends on it. */
static uint64_t name_seed;

static void name_seed_init(void)
{
	struct timespec ts;

	if (name_seed)
		return;
	if (getrandom(&name_seed, sizeof name_seed, GRND_NONBLOCK) != (ssize_t)sizeof name_seed) {
		clock_gettime(CLOCK_MONOTONIC, &ts);
		name_seed = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ULL ^
			    (uint64_t)ts.tv_sec << 20 ^ (uint64_t)getpid();
	}
	name_seed |= 1; /* drawn: never 0 again */
}

/* Eight bytes at a time, the last word read overlapping the one before
 * and short names in two overlapping loads: a byte-at-a-time hash was
 * most of the cost of the sets, which see every name bound. Only the
 * sets' own slots depend on it (what walks a set in slot order picks the
 * first in the source).
 * Inline, with the probe below: a call cost as much as the hash of a
 * short name, and the sets are asked ~100,000 times on a 1 MB script. */
static inline __attribute__((always_inline)) size_t name_hash(const char *k, size_t n)
{
	const uint64_t m = 0x9e3779b97f4a7c15ULL;
	uint64_t h = (n ^ name_seed) * m;

	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8)
			h = (h ^ load64(k + i)) * m;
		h = (h ^ load64(k + n - 8)) * m;
	} else if (n >= 4) {
		h = (h ^ (load32(k) << 32 | load32(k + n - 4))) * m;
	} else if (n > 0) {
		h = (h ^ ((uint64_t)(unsigned char)k[0] << 16 |
			  (uint64_t)(unsigned char)k[n / 2] << 8 | (unsigned char)k[n - 1])) *
		    m;
	}
	/* The slot is the hash's low bits: a product's low bits depend only
	 * on the low bits of what was multiplied, and h ^ h >> 32 left the
	 * sets' probes three times as long as a random hash's (3.4 slots a
	 * call on the bench file, 1.1 with this). */
	return (size_t)((h ^ h >> 29) * m >> 32);
}

/* a[0..n) and b[0..n) are the same bytes, read as name_hash() reads them:
 * the sets compare a name at every hit, and a call to memcmp cost more
 * than the compare. */
static inline bool same_bytes(const char *a, const char *b, size_t n)
{
	if (n >= 8) {
		for (size_t i = 0; i + 8 < n; i += 8)
			if (load64(a + i) != load64(b + i))
				return false;
		return load64(a + n - 8) == load64(b + n - 8);
	}
	if (n >= 4)
		return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static inline __attribute__((always_inline)) struct hslot *
hset_find_hashed(const struct hset *h, const char *k, size_t n, size_t hash)
{
	if (!h->cap)
		return NULL;
	for (size_t i = hash & (h->cap - 1);; i = (i + 1) & (h->cap - 1)) {
		struct hslot *e = &h->s[i];
		if (!e->k)
			return NULL;
		if (e->h == hash && e->n == n && same_bytes(e->k, k, n))
			return e;
	}
}

static struct hslot *hset_find(const struct hset *h, const char *k, size_t n)
{
	return h->cap ? hset_find_hashed(h, k, n, name_hash(k, n)) : NULL;
}

/* hset_add()'s rare part: h is empty or would be filled past half;
 * grow it, then add k. noinline, not cold (see quick_build). */
static __attribute__((noinline)) struct hslot *hset_grow_add(struct hset *h, const char *k,
							     size_t n, size_t hash)
{
	struct hset g = {.cap = h->cap ? 2 * h->cap : 64};
	size_t i;

	g.s = sx_xcalloc(g.cap, sizeof *g.s);
	for (size_t j = 0; j < h->cap; j++) {
		if (!h->s[j].k)
			continue;
		for (i = h->s[j].h & (g.cap - 1); g.s[i].k; i = (i + 1) & (g.cap - 1))
			;
		g.s[i] = h->s[j];
	}
	g.used = h->used;
	free(h->s);
	*h = g;
	for (i = hash & (h->cap - 1); h->s[i].k; i = (i + 1) & (h->cap - 1))
		;
	h->s[i] = (struct hslot){.k = k, .n = n, .h = hash};
	h->used++;
	return &h->s[i];
}

/* The slot for k, added when missing, hash its name_hash(). Inline: most
 * names are in the set already or go in without growing it. */
static inline __attribute__((always_inline)) struct hslot *
hset_add_hashed(struct hset *h, const char *k, size_t n, size_t hash)
{
	size_t i;

	if (!h->cap)
		return hset_grow_add(h, k, n, hash);
	/* The probe that misses ends at the slot a new key takes. */
	for (i = hash & (h->cap - 1); h->s[i].k; i = (i + 1) & (h->cap - 1)) {
		struct hslot *e = &h->s[i];
		if (e->h == hash && e->n == n && same_bytes(e->k, k, n))
			return e;
	}
	if (2 * (h->used + 1) > h->cap)
		return hset_grow_add(h, k, n, hash);
	h->s[i] = (struct hslot){.k = k, .n = n, .h = hash};
	h->used++;
	return &h->s[i];
}

static inline struct hslot *hset_add(struct hset *h, const char *k, size_t n)
{
	return hset_add_hashed(h, k, n, name_hash(k, n));
}

/* h (empty) starts with cap slots (a power of two): a set that takes a
 * name at most definitions and assignments grows with the script, and
 * each growth zeroes a new array and moves every name. */
static void hset_reserve(struct hset *h, size_t cap)
{
	h->s = sx_xcalloc(cap, sizeof *h->s);
	h->cap = cap;
}

static void hset_free(struct hset *h)
{
	for (size_t i = 0; i < h->cap; i++)
		free(h->s[i].module);
	free(h->s);
}

/* A violation decided at the end, when every definition has been seen. */
struct pending {
	struct sx_tok tok;
	char kind;	      /* 'p' private name, 'a' forbidden attribute,
			       * 'c' class pattern, 'q' self.eval/query, 'f' file I/O of a
			       * plain name, 'h' of an attribute, 'k' **name,
			       * 'r' a name given to agg/apply/..., 's' a stream's buffer/raw,
			       * 'g' an imported file reader, 'n' a field of a /data path,
			       * 'C' class pattern with positional captures, 'M' a class's
			       * field of a door's name (cls: its class), 'V' a property,
			       * 'Y' a comparison's def pure_compare() let pass, 'X' a def
			       * library comparisons call (library_callback()), 'G' a
			       * def of __getitem__, __iter__ or __contains__, 'B' a
			       * conversion's def pure_convert() let pass, 'P' a
			       * property's or a datetime name's def, 'I' private
			       * __slots__, 'e' a keyword a library may set as an
			       * attribute, 'L' fmt.format(...) */
	int cls;	      /* 'p', 's': the class whose body it is in, or -1 */
	bool self_recv;	      /* 'p', 's': on self or cls; 'P': a property's (else a
			       * datetime name's def); 'e': dtype= (else a private
			       * keyword) */
	struct sx_tok recv;   /* 'p': the NAME it hangs off, 'k': fmt of fmt.format(**name),
			       * or EOF */
	struct sx_tok made;   /* 'p': C of C()._x, or EOF */
	bool pure;	      /* 'G': pure_item() let the def pass; 'B', 'P': pure_convert() */
	unsigned char cflags; /* 'B', 'P': CONV_ARITH, CONV_SUB */
	size_t rfrom, rto;    /* 'B', 'P': its reads in st->creads; 'G': what it
			       * iterates, in st->iters */
};

#define CONV_ARITH 1 /* an operator, round() or abs() */
#define CONV_SUB 2   /* a subscript */
#define CONV_ROUND 4 /* round(): numpy runs an object array's items' rint() */
#define CONV_READS 8 /* 'Y': it reads an attribute */

/* An attribute a conversion or a property reads, or a method it calls
 * (pure_convert()). */
struct conv_read {
	struct sx_tok tok;
	bool meth;
};

/* X.NAME as a target: at, the "=" or ":" after it where the statement is
 * "X.NAME = v" or "X.NAME: T = v", else NULL (a loop's, with's or
 * unpacking's target, an augmented assignment). */
struct attr_bind {
	const char *name;
	size_t n;
	const char *at;
};

/* An attribute of a parameter that a sequence's def pure_item() let pass
 * iterates or indexes (iter(self.items), k in self.items, self.items[i]):
 * deep when more follows it (self.a.b, self.items[0][1], self.f()). */
struct iter_read {
	struct sx_tok tok;
	bool deep;
};

/* Where the main stream's strings and comments lie in the source, in
 * order: only_called_all() tells by them what an occurrence of a word
 * in the text is, without lexing the script a second time. */
struct text_span {
	size_t off, len;
	bool comment;
};
struct text_spans {
	struct text_span *v;
	size_t n, cap;
	bool complete; /* the main stream read the whole script */
};

/* A name conv_prepare() asks only_called_all() about. */
struct conv_name {
	const char *w;
	size_t n;
	bool called; /* only as ".w(" (else nowhere) */
	bool lex;    /* the text could not clear it */
	bool ok;
};

/* What makes a conversion that pure_convert() let pass run the script's
 * code after all, known at the end (conv_prepare()). */
struct conv_ctx {
	const struct text_spans *spans; /* the state's */
	bool arith;			/* the script defines an operator's method or __round__ */
	struct sx_tok op;		/* ... that one */
	bool lazy;			/* __missing__ or defaultdict: a missing key runs code */
	const struct sx_tok *getitem;	/* a __getitem__ that does more than read */
	bool rint;			/* the text names rint: an object's own, maybe */
	const struct sx_tok *libsub;	/* a class of the script's with a library base */
	const char *src;		/* the script, for only_called_all() */
	size_t len;
	struct conv_name named[24]; /* rint and methods' names, as only_called_all() answered */
	int nnamed;
};

/* A "NAME: T" in a class's body (field_shared()). */
struct field_at {
	int cls; /* the class whose body it is in, or -1 */
	struct sx_tok name;
};

/* The classes of the script, by the column of their "class" keyword: a
 * private attribute is the script's own only as self._x inside the class
 * that defines it (or a class of the script it derives from). */
struct sclass {
	struct sx_tok name;
	int col;		/* of its "class" statement: the body is deeper */
	int body_col;		/* of its body's statements, once seen */
	struct sx_tok bases[8]; /* plain names among its bases */
	int nbases;
	bool foreign;	 /* a base that is no plain name (abc.Sized, f(...)), or a 9th */
	bool decorated;	 /* by a decorator that may make it anything but a class */
	bool value_base; /* a base from numpy, pandas, datetime, decimal, fractions */
	bool enum_base;	 /* a base whose (last) name ends in Enum or Flag */
	bool dataclass;	 /* decorated with @dataclass */
	signed char lib; /* 2 a library class's subclass or mixin, 1 not, 0 not asked */
	int odd_bases;	 /* bases that are no plain name, but enum.Enum, Generic[T] */
	size_t sdefs;	 /* its last definition in sdefs, 1-based; 0: none */
	int prev_same;	 /* the class statement of this name before it, or -1 */
};

/*
 * The walks over the script's classes (a class's ancestors by their
 * names, its library bases): a class's bases name every class statement
 * of that name, so a few lines (class A(A) thirty times) make a tree of
 * 30^16 paths. Each walk visits a name once (some_ancestor()), and the
 * steps of all walks of one check share a bound: past it the check stops
 * walking and refuses the script ("check-limit"), whose verdict it could
 * not finish. The bench file (1 MB) takes under 2% of it.
 */
#define CLASS_WALK_BOUND 4000000UL

struct cwalk {
	unsigned *mark;	     /* per class: the walk that reached its name (its last class) */
	int *queue;	     /* the walk's names, each as its last class */
	size_t cap;	     /* of both */
	unsigned gen;	     /* the current walk */
	unsigned long steps; /* of every walk of the check */
	bool over;	     /* steps went past CLASS_WALK_BOUND */
	size_t over_at;	     /* the violations then: those after it are dropped */
	/* After the main loop, when the classes are all known: the answers
	 * (+1, 0 unknown) of library_bases() by class and depth, and of
	 * library_base() and plain_class() by class and level, so that a
	 * lattice of classes each deriving from all of the level above is
	 * walked once a class. */
	signed char *lbs, *lb, *plain;
	/* pure_ok()'s isinstance() class that is no plain one, the first in
	 * the source, once: the same for every comparison */
	const struct hslot *pure_bad;
	bool pure_known;
};

/* A private name (or a stream's buffer/raw) defined in a class: self._x =,
 * def _x, _x = in its body. */
struct sdef {
	struct sx_tok tok; /* the name, where it is defined */
	int cls;
	/* The class's definition before it, 1-based, 0: none. class_owns()
	 * reads only its class's chain: a scan of every definition of every
	 * class was most of the check's time on a long script. */
	size_t prev;
};

/* A part of the source where a builtin's name is a local of a def: its
 * body, or one of its parameters' names (local_builtin()). */
struct local_span {
	const char *from, *to;
	unsigned mask; /* bit i: shadowed[i] */
};

struct state {
	const struct sx_config *cfg;
	struct sx_violations *out;
	struct local_span *lspans; /* local_spans()' result, once asked */
	size_t nlspans;
	bool lspans_done;
	unsigned lpoison;     /* names in a global or nonlocal statement */
	struct hset al;	      /* names bound to modules */
	uint64_t alq[64];     /* [length]: bit (first byte & 63) of those names */
	struct hset classish; /* NAME of every line "class NAME(" or "class NAME:" */
	uint64_t clq[64];     /* [length]: bit (first byte & 63) of those names */
	uint64_t alz[64];     /* and bit (last byte & 63) */
	struct pending *pend; /* private attributes the script may define later */
	size_t npend, cappend;
	struct hset own;	  /* def and class names, attributes set on self */
	struct hset computed;	  /* names that may hold keys computed at run time */
	struct hset literal;	  /* names assigned dicts with literal keys */
	struct hset spreads;	  /* names after "**" in the text (spread_names()) */
	uint64_t spq[64];	  /* [length]: bit (first byte & 63) of those names */
	uint64_t spz[64];	  /* and bit (last byte & 63) */
	struct hset dictbad;	  /* ... used otherwise than dict_use_ok() takes */
	struct hset kwparams;	  /* "**name" parameters of a def */
	struct hset built;	  /* names assigned a string built at run time */
	struct hset defs;	  /* names of defs, classes and "f = lambda" */
	struct hset displays;	  /* names assigned a list or dict display */
	struct hset parsers;	  /* classes of the script deriving from ArgumentParser */
	bool cmp_dunder;	  /* a def of __eq__, __ne__ or __hash__: code a sort runs */
	bool self_rebound;	  /* self or cls bound otherwise than as a parameter */
	struct text_spans tspans; /* the main stream's strings and comments */
	bool attr_target;	  /* the attribute at hand is an assignment's target */
	struct hset attr_tgts;	  /* NAME of every X.NAME that is a target */
	struct attr_bind *binds;  /* ... each, where its value starts (attr_value()) */
	size_t nbinds, capbinds;
	struct hset attr_vals;	 /* ... sp: ATTR_* of the values it is given, made
				  * from binds at the first need (bind_values()) */
	struct hset levels;	 /* class_level_names(), made with attr_vals */
	bool binds_read;	 /* attr_vals and levels are made */
	struct iter_read *iters; /* what sequences' defs iterate or index (pure_item()) */
	size_t niters, capiters;
	bool decor_cm;		 /* the next def is a classmethod or staticmethod */
	bool decor_prop;	 /* the next def is a property's */
	bool decor_static;	 /* the next def is a staticmethod */
	struct hset props;	 /* defs that are properties: self.NAME is a value */
	struct hset afields;	 /* "NAME: T" in a class's body: a dataclass's fields */
	struct field_at *fieldv; /* ... each, with the class whose body it is in */
	size_t nfieldv, capfieldv;
	bool has_len;		  /* a class of the script defines __len__ */
	struct hset pureattrs;	  /* attributes read by comparisons that pure_compare() let pass */
	struct hset pureclasses;  /* ... the classes they give isinstance() */
	struct conv_read *creads; /* what conversions and properties read, in order */
	size_t ncreads, capcreads;
	struct hset impure_props; /* properties whose getter does more than convert */
	struct conv_ctx *cctx;	  /* conv_prepare()'s, at the end */
	const char *src_end;	  /* the end of the text checked */
	struct hset fdefs;	  /* names bound by a def statement */
	struct hset factories;	  /* 'F' names: sp 1 a function factory, 2 not */
	struct sx_tok *defsites;  /* the NAME of every "def NAME" */
	size_t ndefsites, capdefsites;
	struct hset imethods;	  /* plain defs in a class body: methods of an instance */
	struct hset classnames;	  /* names of the script's class statements */
	struct hset arrayclasses; /* classes of the script deriving from ndarray or recarray */
	struct hset actioncls;	  /* ... those derived from argparse's Action */
	struct hset actions;	  /* names bound to what add_argument() returns */
	struct hset fieldnames;	  /* class attributes bound to dataclasses' field() */
	struct sx_tok *onclass;	  /* NAME.NAME pairs: receiver, attribute */
	int *onclass_in;	  /* each pair's class (its body or a method's), or -1 */
	size_t nonclass, caponclass;
	bool decor_dc;		     /* the next class is decorated with @dataclass */
	bool decor_def, decor_class; /* the next def/class has a decorator that may
				      * make it other than a function/class */
	struct sx_tok decor_own;     /* a decorator that is a plain name not imported, or EOF */
	struct sx_tok decor_foreign; /* the "@" of one that is no library class decorator */
	struct hset accessors;	     /* names given to register_*_accessor() */
	struct hset readkeys;	     /* dicts whose literal keys a rule reads as keywords */
	struct hset enumnames;	     /* the script's classes that derive from an Enum */
	struct hset nondisplays;     /* names assigned anything else */
	struct hset changed;	     /* names whose items change: x[k] = v, x.append(v) */
	struct hset selfattrs;	     /* NAME of "self.NAME = ...", "cls.NAME = ..." */
	struct hset lambdas;	     /* names assigned a lambda */
	struct hset modfuncs;	     /* names assigned a module's path, f = np.mean */
	struct hset dispatched;	     /* agg(NAME): sp counts those calls */
	struct hset named;	     /* sp: 1 + identifier_count() of NAME, once asked */
	struct filter fname, fattr;  /* of forbidden_names, forbidden_attributes */
	struct hset imported;	     /* from M import f [as g]: g, module "M.f" */
	uint64_t imq[64];	     /* [length]: bit (first byte & 63) of those names */
	struct sclass *classes;	     /* every class statement, in order */
	size_t nclasses, capclasses;
	struct cwalk *walk; /* the class walks' scratch and bound (mutable under const) */
	int cstack[64];	    /* the classes whose bodies the line is in, innermost last */
	int ncstack;
	struct sdef *sdefs; /* private names defined in a class */
	size_t nsdefs, capsdefs;
	/* The same by class and name, each once (sdef_add()): defines() asks
	 * it at every self._x read, and walking a class's chain of definitions
	 * there made a class of many private names quadratic. */
	struct cdef {
		const char *k; /* the name, in the source; NULL: empty */
		size_t n;
		int cls;
		uint32_t h;
	} * cdefs;
	size_t capcdefs, usedcdefs;
	bool sdef_new;		 /* one of them is __new__ */
	struct hset strconst;	 /* names only ever assigned a literal path component */
	struct hset probed;	 /* probe_ok() decided, sp its bits */
	struct hset unsafe_lit;	 /* names assigned a literal that names no safe method */
	struct hset unbound;	 /* class bases no code of the script binds: unbound_bases() */
	struct hset valbound;	 /* rebound but by an import: a loop's, a parameter, as */
	struct hset rebound;	 /* names bound otherwise (parameters, loops, ...) */
	struct hset nonconst;	 /* names assigned anything but such a literal */
	struct hset nonfmt;	 /* names assigned anything but one string literal */
	struct hset assigns;	 /* "NAME = ...": sp counts them; module: the class
				  * of "NAME = C(...)" when that is the first */
	const char *path_done;	 /* strings before this were checked as one value */
	struct sx_tok made;	 /* NAME of the last "NAME(...)" closed, or EOF */
	struct filter fdund;	 /* of allowed_dunders */
	struct sx_tok exit_tb;	 /* __exit__'s traceback parameter in its body, or EOF */
	int exit_line, exit_col; /* of that def */
};

static void bind(struct state *st, const struct sx_tok *name, const char *module, size_t mlen)
{
	struct hslot *e = hset_add(&st->al, name->text, name->len);

	hset_add(&st->rebound, name->text, name->len);
	st->alq[name->len > 63 ? 63 : name->len] |= 1ULL << ((unsigned char)name->text[0] & 63);
	st->alz[name->len > 63 ? 63 : name->len] |=
	    1ULL << ((unsigned char)name->text[name->len - 1] & 63);
	if (e->module && strncmp(e->module, module, mlen) == 0 && e->module[mlen] == '\0')
		return; /* "import numpy as np" again */
	free(e->module);
	e->module = sx_xasprintf("%.*s", (int)mlen, module);
}

static inline const char *bound(const struct state *st, const struct sx_tok *t)
{
	const struct hslot *e;

	if (!(st->alq[t->len > 63 ? 63 : t->len] & (1ULL << ((unsigned char)t->text[0] & 63))) ||
	    !(st->alz[t->len > 63 ? 63 : t->len] &
	      (1ULL << ((unsigned char)t->text[t->len - 1] & 63))))
		return NULL;
	e = hset_find(&st->al, t->text, t->len);
	return e ? e->module : NULL;
}

static bool own(const struct state *st, const struct sx_tok *t)
{
	return hset_find(&st->own, t->text, t->len) != NULL;
}

/* NAME is assigned (in) and never anything else (other), bound no other
 * way, and no name of the script's own objects. */
static bool literal_only(const struct state *st, const struct sx_tok *t, const struct hset *in,
			 const struct hset *other)
{
	return hset_find(in, t->text, t->len) && !hset_find(other, t->text, t->len) &&
	       !hset_find(&st->rebound, t->text, t->len) && !own(st, t);
}

static void pend(struct state *st, const struct sx_tok *t, char kind)
{
	if (st->npend == st->cappend) {
		st->cappend = st->cappend ? 2 * st->cappend : 8;
		st->pend = sx_xrealloc(st->pend, st->cappend * sizeof *st->pend);
	}
	st->pend[st->npend++] = (struct pending){.tok = *t, .kind = kind, .cls = -1};
}

/* A pending name on an object: self_recv when the object is self or cls,
 * in the class whose body the line is in. */
static void pend_on(struct state *st, const struct sx_tok *t, char kind, bool self_recv,
		    const struct sx_tok *recv)
{
	pend(st, t, kind);
	st->pend[st->npend - 1].cls = st->ncstack ? st->cstack[st->ncstack - 1] : -1;
	st->pend[st->npend - 1].self_recv = self_recv;
	st->pend[st->npend - 1].recv = *recv;
	st->pend[st->npend - 1].made =
	    tok_is(recv, SX_TOK_OP, ")") ? st->made : (struct sx_tok){.kind = SX_TOK_EOF};
}

/* Does an expression build a string at run time? A literal with +, *, %,
 * a subscript, a method (.join, .format, .decode) or another literal next
 * to it; an f-string; chr(), str(), bytes(), format() or .join(). A lambda
 * is code, not a name. The expression ends at "," or ")" at its depth (or
 * the line's end).
 *
 * A machine fed the expression's tokens one at a time, from its first: the
 * main loop feeds it the tokens it reads anyway, so that the right-hand
 * side of every assignment is not lexed twice; builds_string() feeds it
 * from a copy of the stream. */
struct builds {
	bool active;	   /* undecided: wants the next token */
	bool first;	   /* nothing fed yet */
	bool call;	   /* the last token named a call below: a "(" now decides */
	unsigned char fmt; /* after a literal's ".": 1; after its ".format": 2 */
	bool result;
	int d;
	bool sub[64];	      /* the bracket at each depth is a subscript */
	unsigned char before; /* the kind of the token before */
	char before_op;	      /* and its text if an operator of one byte */
	struct sx_tok name;   /* for the main loop: the name assigned */
};

static void builds_feed(struct builds *b, const struct sx_tok *t);
static bool array_class(const struct sx_tok *t);
static bool plain_attribute(const struct state *st, const struct sx_tok *w);
static size_t check_merged(const struct sx_config *cfg, const char *src, size_t len,
			   struct sx_violations *out);
static int writer_max(const struct sx_tok *t, const char **kw);
static void builds_stop(struct builds *b);

/* What a stream holds of the token after cur, read by peek_next(). */
enum lookahead { LA_NONE, LA_TOK, LA_FAIL };

/* The significant tokens of the stream: comments dropped. */
struct stream {
	struct sx_lexer lx;
	struct sx_tok cur, prev;
	bool failed;
	struct sx_err err;
	struct builds *feed;	  /* the main stream's: sees every token once */
	struct text_spans *spans; /* the main stream's: where its strings and comments lie */
	/* The token after cur when peek_next() has read it (lx is past it):
	 * the next step takes it instead of lexing. The lexer is called in
	 * the same order on the same state either way, so la is what the
	 * step would have read into cur (it starts as a copy of cur, as the
	 * step's lexing starts on cur) and la_err what it would have set. */
	unsigned char la_state; /* enum lookahead */
	struct sx_tok la;
	struct sx_err la_err; /* LA_FAIL: the lexer's message */
};
/* Copied only by stream_fork(): a copy by assignment keeps feed. */

static __attribute__((noinline)) void span_add(struct text_spans *sp, const struct sx_lexer *lx,
					       const struct sx_tok *t);

/* The lexer's next significant token into *tok: < 0 on failure. The
 * main stream (sp) notes where each string and comment lies: the lexer
 * reads each token of the main stream once (peek_next()). */
static inline int lex_significant(struct sx_lexer *lx, struct sx_tok *tok, struct sx_err *err,
				  struct text_spans *sp)
{
	do {
		if (sx_lexer_next(lx, tok, err) < 0)
			return -1;
		if (sp && ((tok->kind >= SX_TOK_STRING && tok->kind <= SX_TOK_FSTRING_END) ||
			   tok->kind == SX_TOK_COMMENT))
			span_add(sp, lx, tok);
	} while (tok->kind == SX_TOK_COMMENT);
	return 0;
}

/* The lexer failed at the next token (now or when it was read ahead). */
static bool stream_failed(struct stream *s)
{
	s->failed = true;
	s->cur.kind = SX_TOK_EOF;
	s->cur.op = '\0';
	if (s->feed)
		builds_stop(s->feed);
	return false;
}

/* next_token()'s step onto a token read ahead. noinline, not cold (see
 * quick_build): the inline step stays small. */
static __attribute__((noinline)) bool take_lookahead(struct stream *s)
{
	s->cur = s->la;
	if (s->la_state == LA_FAIL) {
		s->la_state = LA_NONE;
		memcpy(s->err.msg, s->la_err.msg, sizeof s->err.msg);
		return stream_failed(s);
	}
	s->la_state = LA_NONE;
	if (s->feed && s->feed->active)
		builds_feed(s->feed, &s->cur);
	return true;
}

/* The next significant token; false (and an EOF token) when the lexer
 * fails. Inline for the main loop; advance() for every other reader. */
static inline bool next_token(struct stream *s)
{
	s->prev = s->cur;
	if (s->la_state != LA_NONE)
		return take_lookahead(s);
	if (lex_significant(&s->lx, &s->cur, &s->err, s->spans) < 0)
		return stream_failed(s);
	if (s->feed && s->feed->active)
		builds_feed(s->feed, &s->cur);
	return true;
}

static bool advance(struct stream *s)
{
	return next_token(s);
}

/* A string's or a comment's bytes, noted for only_called_all(). Not
 * inlined: the step that calls it stays small enough to be. */
static __attribute__((noinline)) void span_add(struct text_spans *sp, const struct sx_lexer *lx,
					       const struct sx_tok *t)
{
	if (sp->n == sp->cap) {
		sp->cap = sp->cap ? sp->cap * 2 : 256;
		sp->v = sx_xrealloc(sp->v, sp->cap * sizeof *sp->v);
	}
	sp->v[sp->n++] = (struct text_span){.off = (size_t)(t->text - lx->src),
					    .len = t->len,
					    .comment = t->kind == SX_TOK_COMMENT};
}

/* c becomes a copy of s to read ahead with, from which nothing is fed.
 * Copies only the part of the lexer in use (the stacks are mostly empty):
 * rules read ahead at many tokens. */
static void stream_fork(struct stream *c, const struct stream *s)
{
	memcpy(&c->lx, &s->lx, offsetof(struct sx_lexer, fstack));
	if (s->lx.nf > 0)
		memcpy(c->lx.fstack, s->lx.fstack, (size_t)s->lx.nf * sizeof c->lx.fstack[0]);
	c->lx.nf = s->lx.nf;
	/* A few brackets are open at most tokens: a copy of a constant size
	 * is two moves, a call to memcpy costs more than the bytes. */
	if (s->lx.depth <= 16)
		memcpy(c->lx.brackets, s->lx.brackets, 16);
	else
		memcpy(c->lx.brackets, s->lx.brackets, (size_t)s->lx.depth);
	c->cur = s->cur;
	c->prev = s->prev;
	c->failed = s->failed;
	c->err.msg[0] = '\0';
	c->feed = NULL;
	c->spans = NULL;
	c->la_state = s->la_state;
	c->la = s->la;
	if (s->la_state == LA_FAIL)
		memcpy(c->la_err.msg, s->la_err.msg, sizeof c->la_err.msg);
}

/* The token after the current one, without moving: read once, kept for
 * the step (rules ask for it at many tokens, often more than once). */
static struct sx_tok peek_next(const struct stream *s0)
{
	struct stream *s = (struct stream *)s0; /* only its lookahead changes */

	if (s->la_state == LA_NONE) {
		s->la = s->cur;
		s->la_state =
		    lex_significant(&s->lx, &s->la, &s->la_err, s->spans) < 0 ? LA_FAIL : LA_TOK;
	}
	if (s->la_state == LA_FAIL)
		return (struct sx_tok){.kind = SX_TOK_EOF};
	return s->la;
}

#define ADD(st, t, rule, ...) add((st)->out, (t), (rule), sx_xasprintf(__VA_ARGS__))

/* Check a module's attribute path mod.attr; returns the module it leads
 * to (owned by the table), or NULL when it leaves modules or is refused. */
static const char *module_attr(struct state *st, const char *mod, const struct sx_tok *a)
{
	const struct tentry *e;

	if (is_private(a)) {
		ADD(st, a, "private-name", "'%.*s' is private to module %s: use its public API",
		    (int)a->len, a->text, mod);
		return NULL;
	}
	if (a->kind != SX_TOK_NAME || is_dunder(a))
		return NULL;
	e = lookup2(mod, a->text, a->len);
	if (!e)
		return NULL;
	if (e->kind == 'f')
		return NULL; /* a file reader: its call is checked */
	if (e->kind == 'w') {
		/* Opens a file, or runs code or imports a module, by an
		 * argument the check does not read (pd.io.orc.to_orc(df, path),
		 * np.info(x, toplevel=name)), and shares its name with a
		 * DataFrame method: refused through its module. */
		ADD(st, a, "host-path",
		    "%s.%.*s opens a file or imports a module by an argument the check cannot "
		    "read: use the DataFrame method (with a literal path)",
		    mod, (int)a->len, a->text);
		return NULL;
	}
	if (e->kind == 'd') {
		ADD(st, a, "dangerous-callable",
		    "%s.%.*s turns data into code or reaches outside the sandbox", mod, (int)a->len,
		    a->text);
		return NULL;
	}
	if (e->kind == 'x' || !module_allowed(st->cfg, e->target, strlen(e->target))) {
		ADD(st, a, "module-escape", "%s.%.*s is module '%s', which is not allowed", mod,
		    (int)a->len, a->text, e->kind == 'x' ? e->key : e->target);
		return NULL;
	}
	return e->target;
}

/* "import a.b [as c], d" — the current token is "import". */
static void check_import(struct stream *s, struct state *st)
{
	do {
		struct sx_tok first, last;
		const char *start;
		size_t n;
		bool ok = true;

		advance(s);
		if (s->cur.kind != SX_TOK_NAME)
			return;
		first = last = s->cur;
		start = s->cur.text;
		advance(s);
		while (tok_is(&s->cur, SX_TOK_OP, ".")) {
			advance(s);
			if (s->cur.kind != SX_TOK_NAME)
				break;
			if (is_private(&s->cur) && ok) {
				ADD(st, &s->cur, "private-name", "module '%.*s' is private",
				    (int)s->cur.len, s->cur.text);
				ok = false;
			}
			last = s->cur;
			advance(s);
		}
		n = (size_t)(last.text + last.len - start);
		if (tok_is(&first, SX_TOK_NAME, "sys") && n == 3) {
			/* import sys: only sys.argv may follow (checked at use). */
		} else if (!in_list(st->cfg->allowed_modules, first.text, first.len)) {
			ADD(st, &first, "forbidden-import", "module '%.*s' is not allowed",
			    (int)first.len, first.text);
			ok = false;
		} else if (ok && !module_allowed(st->cfg, start, n)) {
			ADD(st, &first, "module-escape", "module '%.*s' is not allowed", (int)n,
			    start);
			ok = false;
		}
		if (tok_is(&s->cur, SX_TOK_NAME, "as")) {
			advance(s);
			/* import json as __builtins__: every def after it
			 * looks its bare names up in json's globals */
			if (s->cur.kind == SX_TOK_NAME && is_dunder(&s->cur))
				ADD(st, &s->cur, "dunder-name",
				    "name '%.*s' is not allowed: a module imported as a dunder "
				    "(__builtins__: the builtins of every def after it) "
				    "replaces what Python reads under that name",
				    (int)s->cur.len, s->cur.text);
			if (ok && s->cur.kind == SX_TOK_NAME)
				bind(st, &s->cur, start, n);
			advance(s);
		} else if (ok) {
			bind(st, &first, first.text, first.len);
		}
	} while (tok_is(&s->cur, SX_TOK_OP, ","));
}

static bool class_api(const struct sx_tok *t);

/* "from M import N as A" where a rule of the check reads N by its name
 * only (dataclass, field, Enum, lru_cache, partial, ...): A would pass it.
 * (Readers, writers and the other rule names are read through the alias.) */
static bool renamed_rule_name(const struct sx_tok *name, const struct sx_tok *as)
{
	static const char *const more[] = {"dataclass",	     "field",
					   "fields",	     "Field",
					   "asdict",	     "astuple",
					   "replace",	     "lru_cache",
					   "cache",	     "cached_property",
					   "partial",	     "partialmethod",
					   "total_ordering", "attrgetter",
					   "itemgetter",     "methodcaller",
					   "Namespace",	     "set_option",
					   "option_context", "get_type_hints",
					   "reduce",	     "NewType",
					   "TypeVar",	     "ParamSpec",
					   "TypeVarTuple",   NULL};

	if (as->len == name->len && memcmp(as->text, name->text, as->len) == 0)
		return false;
	const char *kw;

	/* the array classes (ndarray, recarray, chararray, ...) by
	 * array_class(), whose list their call rules read too */
	return class_api(name) || in_list((char *const *)more, name->text, name->len) ||
	       array_class(name) || writer_max(name, &kw) >= 0;
}

/* s at attrgetter, a name "from ... import" binds under its own name (no
 * "as"): every other place that names it is a call the check reads
 * (literal_attrgetter()). from: the statement is a "from" import. */
static bool attrgetter_imported(const struct stream *s, bool from)
{
	struct sx_tok nx;

	if (!IS(&s->cur, "attrgetter") || !from ||
	    !(tok_is(&s->prev, SX_TOK_NAME, "import") || tok_is(&s->prev, SX_TOK_OP, ",") ||
	      tok_is(&s->prev, SX_TOK_OP, "(")))
		return false;
	nx = peek_next(s);
	return tok_is(&nx, SX_TOK_OP, ",") || tok_is(&nx, SX_TOK_OP, ")") ||
	       nx.kind == SX_TOK_NEWLINE || nx.kind == SX_TOK_EOF;
}

/* The names of "from M import a [as b], (c, d)", checked against module
 * mod (canonical, or NULL when not checked through the table). Reads a
 * copy of the stream: the main loop checks the same names as names. */
static void from_names(const struct stream *s0, struct state *st, const char *mod, size_t mlen)
{
	struct stream s;
	char m[256];

	stream_fork(&s, s0);
	snprintf(m, sizeof m, "%.*s", (int)mlen, mod);
	advance(&s);
	if (tok_is(&s.cur, SX_TOK_OP, "("))
		advance(&s);
	while (s.cur.kind == SX_TOK_NAME) {
		struct sx_tok name = s.cur, as = s.cur;
		const char *to = NULL;
		bool sys = strcmp(m, "sys") == 0;

		if (sys && !tok_is(&name, SX_TOK_NAME, "argv"))
			ADD(st, &name, "sys-attribute",
			    "only sys.argv may be used: 'from sys import argv', or argparse");
		else if (strcmp(m, "operator") == 0 && attrgetter_imported(&s, true))
			; /* each call is read where it is made */
		else if (!sys) {
			size_t said = st->out->n;

			to = module_attr(st, m, &name);
			/* from numpy.random import MT19937: the attribute as a
			 * name, where the table said nothing of it */
			if (st->out->n == said &&
			    filtered_in(&st->fattr, st->cfg->forbidden_attributes, name.text,
					name.len))
				ADD(st, &name, "forbidden-attribute",
				    "attribute '%.*s' is not allowed", (int)name.len, name.text);
		}
		advance(&s);
		if (tok_is(&s.cur, SX_TOK_NAME, "as")) {
			advance(&s);
			as = s.cur;
			advance(&s);
			if (as.kind == SX_TOK_NAME && renamed_rule_name(&name, &as))
				ADD(st, &as, "runtime-name",
				    "'%.*s as %.*s': the check's rules for %.*s read it by its "
				    "name; "
				    "import it under that name",
				    (int)name.len, name.text, (int)as.len, as.text, (int)name.len,
				    name.text);
		}
		if (to && as.kind == SX_TOK_NAME)
			bind(st, &as, to, strlen(to));
		else if (as.kind == SX_TOK_NAME) {
			/* "from pandas import read_csv as load": load is
			 * pandas.read_csv to every rule that reads names (and
			 * "from sys import argv" sys.argv, read only). */
			struct hslot *e = hset_add(&st->imported, as.text, as.len);
			st->imq[as.len > 63 ? 63 : as.len] |= 1ULL
							      << ((unsigned char)as.text[0] & 63);
			free(e->module);
			e->module = sx_xasprintf("%s.%.*s", m, (int)name.len, name.text);
		}
		if (!tok_is(&s.cur, SX_TOK_OP, ","))
			break;
		advance(&s);
	}
}

/* "from [.]* [a.b] import (names | *)" — the current token is "from".
 * The imported names are left for the main loop, which checks them as
 * names. */
static void check_from(struct stream *s, struct state *st)
{
	struct sx_tok first;
	const char *start = NULL;
	size_t n = 0;
	bool ok = false;

	advance(s);
	first = s->cur;
	if (tok_is(&s->cur, SX_TOK_OP, ".") || tok_is(&s->cur, SX_TOK_OP, "...")) {
		add(st->out, &first, "relative-import",
		    sx_xstrdup("relative imports are not allowed"));
		while (tok_is(&s->cur, SX_TOK_OP, ".") || tok_is(&s->cur, SX_TOK_OP, "..."))
			advance(s);
	} else if (s->cur.kind == SX_TOK_NAME) {
		ok = true;
		if (!in_list(st->cfg->allowed_modules, first.text, first.len) &&
		    !tok_is(&first, SX_TOK_NAME, "sys")) {
			ADD(st, &first, "forbidden-import", "module '%.*s' is not allowed",
			    (int)first.len, first.text);
			ok = false;
		}
		start = first.text;
	}
	while (s->cur.kind == SX_TOK_NAME && !tok_is(&s->cur, SX_TOK_NAME, "import")) {
		if (is_private(&s->cur) && ok) {
			ADD(st, &s->cur, "private-name", "module '%.*s' is private",
			    (int)s->cur.len, s->cur.text);
			ok = false;
		}
		if (start)
			n = (size_t)(s->cur.text + s->cur.len - start);
		advance(s);
		if (!tok_is(&s->cur, SX_TOK_OP, "."))
			break;
		advance(s);
	}
	if (ok && !(n == 3 && memcmp(start, "sys", 3) == 0) && !module_allowed(st->cfg, start, n)) {
		ADD(st, &first, "module-escape", "module '%.*s' is not allowed", (int)n, start);
		ok = false;
	}
	if (!tok_is(&s->cur, SX_TOK_NAME, "import"))
		return;
	if (ok)
		from_names(s, st, start, n);
	advance(s);
	if (tok_is(&s->cur, SX_TOK_OP, "*"))
		add(st->out, &s->cur, "star-import",
		    sx_xstrdup("'from ... import *' is not allowed"));
}

/* ---- Source encodings (PEP 263) ----
 *
 * Python decodes the file with the codec a "coding[:=]NAME" comment on line
 * 1 or 2 names, before it tokenizes: under utf_7 or unicode_escape the code
 * Python runs is not the text this check reads. Only codecs that decode
 * UTF-8 (or its ASCII subset) to the same text may be declared. The match
 * is CPython's get_coding_spec(): a comment line, the first "coding"
 * followed by ':' or '=', spaces or tabs, then [-\w.]+. Line 2 is looked
 * at whatever line 1 holds (Python looks only when line 1 is a comment;
 * refusing more is safe). */
static bool same_text_codec(const char *name, size_t n)
{
	static const char *const ok[] = {"utf_8",     "utf8",	   "u8",      "utf",
					 "utf8_ucs2", "utf8_ucs4", "cp65001", "ascii",
					 "us_ascii",  "646",	   "us",      NULL};
	char norm[64];

	if (n >= sizeof norm)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = name[i];
		norm[i] = c == '-' || c == ' ' ? '_' : (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	norm[n] = '\0';
	/* CPython's get_normal_name(): "utf-8-anything" is utf-8. */
	if (strncmp(norm, "utf_8_", 6) == 0)
		return true;
	for (size_t i = 0; ok[i]; i++)
		if (strcmp(norm, ok[i]) == 0)
			return true;
	return false;
}

static void check_encoding(struct state *st, const char *src, size_t len)
{
	size_t pos = 0;

	if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
		pos = 3;
	for (int line = 1; line <= 2 && pos < len; line++) {
		size_t end = pos, i = pos;

		while (end < len && src[end] != '\n' && src[end] != '\r')
			end++;
		while (i < end && (src[i] == ' ' || src[i] == '\t' || src[i] == '\f'))
			i++;
		if (i < end && src[i] == '#') {
			for (size_t k = i; k + 7 <= end; k++) {
				size_t v, w;
				if (memcmp(src + k, "coding", 6) != 0 ||
				    (src[k + 6] != ':' && src[k + 6] != '='))
					continue;
				v = k + 7;
				while (v < end && (src[v] == ' ' || src[v] == '\t'))
					v++;
				w = v;
				while (w < end && (isalnum((unsigned char)src[w]) ||
						   src[w] == '-' || src[w] == '_' || src[w] == '.'))
					w++;
				if (w == v)
					continue;
				if (!same_text_codec(src + v, w - v)) {
					struct sx_tok at = {.line = line,
							    .col = (int)(v - pos + 1)};
					ADD(st, &at, "source-encoding",
					    "encoding '%.*s' makes Python read other code than "
					    "this check: save the file as UTF-8 and declare utf-8 "
					    "or nothing",
					    (int)(w - v), src + v);
				}
				break;
			}
		}
		if (end < len && src[end] == '\r' && end + 1 < len && src[end + 1] == '\n')
			end++;
		pos = end + 1;
	}
}

/* Frames, code objects, tracebacks and generator internals: reachable
 * without a dunder from any generator, coroutine or caught exception. */
static inline __attribute__((always_inline)) bool frame_attribute(const struct sx_tok *t)
{
	static const char *const f[] = {
	    "f_back",  "f_globals", "f_builtins",    "f_locals",	"f_code",      "f_trace",
	    "f_lasti", "f_lineno",  "f_trace_lines", "f_trace_opcodes", "f_generator", NULL};
	const char *x = t->text;

	/* gi_, cr_, ag_, tb_, co_ */
	if (t->len > 3 && x[2] == '_' &&
	    ((x[0] == 'g' && x[1] == 'i') || (x[0] == 'c' && x[1] == 'r') ||
	     (x[0] == 'a' && x[1] == 'g') || (x[0] == 't' && x[1] == 'b') ||
	     (x[0] == 'c' && x[1] == 'o')))
		return true;
	return t->len > 2 && x[0] == 'f' && x[1] == '_' && in_list((char *const *)f, x, t->len);
}

/* ---- Strings that name attributes ----
 *
 * A string can become an attribute access: str.format and format_map walk
 * "{0.attr[key]}" fields, pandas' agg/apply/transform call getattr with a
 * string, operator.attrgetter parses "a.b.c". The sinks that are names are
 * refused as names; what remains is refused in the string: format fields
 * with an attribute or index path (a "{{" that a second format() unescapes
 * included), dunder words, strings that start or end with "__" (pieces of
 * a dunder built by concatenation), and escaped underscores. */
static void string_body(const struct sx_tok *t, const char **b, size_t *n, bool *raw)
{
	size_t i = 0, q;

	*raw = false;
	while (i < t->len && t->text[i] != '\'' && t->text[i] != '"') {
		if (t->text[i] == 'r' || t->text[i] == 'R')
			*raw = true;
		i++;
	}
	q = (i + 2 < t->len && t->text[i + 1] == t->text[i] && t->text[i + 2] == t->text[i] &&
	     t->len - i >= 6)
		? 3
		: 1;
	*b = t->text + i + q;
	*n = t->len >= i + 2 * q ? t->len - i - 2 * q : 0;
}

static bool name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_';
}

/* The text between a chained assignment's "=" signs, [p, end), is one
 * name, attribute or item: a, a.b.c, a[i], a.b[i] (blanks and line
 * continuations around). *root: the name an item's target starts with
 * (its items change), else its len 0. */
static bool plain_target(const char *p, const char *end, struct sx_tok *root)
{
	root->len = 0;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\\' || *p == '\n' || *p == '\r'))
		p++;
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\\' ||
			   end[-1] == '\n' || end[-1] == '\r'))
		end--;
	root->text = p;
	while (p < end && name_char(*p))
		p++;
	root->len = (size_t)(p - root->text);
	if (root->len == 0)
		return false;
	while (p < end && (name_char(*p) || *p == '.' || *p == ' ' || *p == '\t'))
		p++;
	if (p == end) {
		root->len = 0;
		return true;
	}
	return *p == '[' && end[-1] == ']';
}

/* v[n] is an identifier: name characters, not starting with a digit. */
static bool identifier(const char *v, size_t n)
{
	if (n == 0 || (v[0] >= '0' && v[0] <= '9'))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!name_char(v[i]))
			return false;
	return true;
}

/* "a/../../etc/passwd", "/data/..": a path that climbs out of where it
 * starts. */
static bool parent_segment(const char *b, size_t n)
{
	for (size_t i = 0; i + 2 < n || (i + 2 == n && n > 2); i++)
		if (b[i] == '/' && b[i + 1] == '.' && b[i + 2] == '.' &&
		    (i + 3 == n || b[i + 3] == '/'))
			return true;
	return false;
}

/* A path on the host: in direct mode there is no container around the
 * script, and np.fromfile, pd.read_csv and friends take any path. b is the
 * value of a string (or of a constant string expression); said, true. */
/* "~/x" and "~user/x": pandas (and os.path.expanduser) make them the
 * home of the caller or of any user ("~sys/shm" is /dev/shm, "~bin/ldd"
 * /usr/bin/ldd). A string with a space in it is text, not a path. */
static bool home_path(const char *b, size_t n)
{
	if (n < 2 || b[0] != '~' || !(b[1] == '/' || name_char(b[1])))
		return false;
	return memchr(b, ' ', n) == NULL;
}

/* "FILE:/etc/passwd", "File:%2Fetc%2Fpasswd": pandas reads a string whose
 * scheme urllib knows (uses_relative, uses_netloc, uses_params: pandas'
 * _VALID_URLS) as a URL, in any case, "//" or not, and unquotes its path. */
static bool url_scheme(const char *b, size_t n)
{
	static const char *const schemes[] = {
	    "file",   "ftp",   "git", "git+ssh", "gopher",   "hdl",   "http",	 "https",
	    "imap",   "mms",   "nfs", "nntp",	 "prospero", "rsync", "rtsp",	 "rtspu",
	    "sftp",   "shttp", "sip", "sips",	 "snews",    "svn",   "svn+ssh", "tel",
	    "telnet", "wais",  "ws",  "wss",	 NULL};
	size_t k = 0;

	while (k < n && k < 9 && b[k] != ':')
		k++;
	if (k == 0 || k >= n || b[k] != ':')
		return false;
	for (const char *const *e = schemes; *e; e++)
		if (strlen(*e) == k && strncasecmp(*e, b, k) == 0)
			return true;
	return false;
}

/* The start of b as urllib reads a URL (pandas' is_url, numpy's
 * DataSource): C0 controls and spaces before it stripped, tab, CR and LF
 * removed anywhere (CPython gh-102153, CVE-2023-24329; bpo-43882): "
 * file:///etc/passwd" and "fi\tle:" are file URLs. At most cap bytes. */
static size_t url_view(const char *b, size_t n, char *u, size_t cap)
{
	size_t i = 0, k = 0;

	while (i < n && (unsigned char)b[i] <= 0x20)
		i++;
	for (; i < n && k < cap; i++)
		if (b[i] != '\t' && b[i] != '\r' && b[i] != '\n')
			u[k++] = b[i];
	return k;
}

/* A string that makes, or starts to make, a dateutil time zone that is not
 * an Area/City name: "dateutil/" + a path opens that path. It starts with
 * "dateutil/" and is not dateutil/NAME(/NAME)* of letters, digits, _, +
 * and -; or it ends in "dateutil" or "dateutil/", the first piece of one
 * built at run time ("dateutil" + "/" + p). */
static bool dateutil_open(const char *b, size_t n)
{
	if ((n >= 8 && memcmp(b + n - 8, "dateutil", 8) == 0) ||
	    (n >= 9 && memcmp(b + n - 9, "dateutil/", 9) == 0))
		return true;
	/* anywhere in the text: a dtype string names a zone too,
	 * "datetime64[ns, dateutil/Europe/London]" */
	for (size_t at = 0; at + 9 <= n; at++) {
		const char *d = memchr(b + at, 'd', n - at);
		if (!d || (size_t)(d - b) + 9 > n)
			break;
		at = (size_t)(d - b);
		if (memcmp(d, "dateutil/", 9) != 0)
			continue;
		size_t i = at + 9;
		bool seg = false;
		for (; i < n; i++) {
			char c = b[i];
			if (c == '/' && seg) {
				seg = false;
				continue;
			}
			if (!(isalnum((unsigned char)c) || c == '_' || c == '+' || c == '-'))
				break;
			seg = true;
		}
		/* a name ends the zone: Area/City, then the string's end or
		 * what closes a dtype's parameters */
		if (!seg || (i < n && b[i] != ']' && b[i] != ',' && b[i] != ' ' && b[i] != ')'))
			return true;
	}
	return false;
}

static bool path_violation(struct state *st, const struct sx_tok *t, const char *b, size_t n,
			   bool suffix)
{
	char u[24];
	size_t un = url_view(b, n, u, sizeof u);

	if ((!suffix && n > 1 && b[0] == '/' && name_char(b[1]) &&
	     !(n >= 5 && memcmp(b, "/data", 5) == 0 && (n == 5 || b[5] == '/'))) ||
	    (n >= 3 && memcmp(b, "../", 3) == 0) || home_path(b, n) || parent_segment(b, n) ||
	    url_scheme(u, un)) {
		ADD(st, t, "host-path",
		    "'%.*s' is a path outside the data directory: read inputs from /data (--data "
		    "DIR) or stdin",
		    (int)(n > 40 ? 40 : n), b);
		return true;
	}
	/* pandas reads a time zone "dateutil/NAME" with dateutil's gettz,
	 * which opens NAME as a file when it is absolute or climbs from its
	 * zoneinfo directory with "..": "dateutil/" + path opens any file. A
	 * zone name is Area/City. */
	if (dateutil_open(b, n)) {
		ADD(st, t, "host-path",
		    "'%.*s' is a time zone dateutil opens as a file: name a zone, "
		    "\"dateutil/Europe/London\", or use \"UTC\"",
		    (int)(n > 40 ? 40 : n), b);
		return true;
	}
	/* A URL: in direct mode there is a network, and pandas reads URLs. */
	for (size_t i = 0; i < un && i < 16; i++) {
		char c = u[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-')))
			continue;
		if (i > 0 && c == ':' && i + 2 < un && u[i + 1] == '/' && u[i + 2] == '/') {
			ADD(st, t, "host-path",
			    "'%.*s' is a URL: a strategy gets no network; read inputs from /data "
			    "(--data DIR) or stdin",
			    (int)(n > 40 ? 40 : n), b);
			return true;
		}
		break;
	}
	return false;
}

/* suffix: the string continues one built before it (name + "/x.csv", the
 * text after a field of an f-string), so it does not start a path. */
static void decode_append(const char *b, size_t len, bool raw, char *buf, size_t cap, size_t *n);

/* The rules that read a string's value, decoded (escapes, a backslash-
 * newline) or joined from pieces (adjacent literals, +): format fields,
 * dunder words, frame attribute names. True when one said why. */
static bool value_rules(struct state *st, const struct sx_tok *t, const char *b, size_t n)
{
	/* Format fields: "{0.attr}", "{0[k]}", "{{0.a}}" formatted twice, and
	 * "{0" left open for the next piece. A field's name is anything up to
	 * ".", "[", "!", ":" or "}" ("{ m.x}", "{0 .x}", "{é.x}" are fields). */
	for (size_t i = 0; i < n; i++) {
		size_t k, name;
		if (b[i] != '{')
			continue;
		for (k = i; k < n && b[k] == '{'; k++)
			;
		name = k;
		while (k < n && b[k] != '.' && b[k] != '[' && b[k] != '!' && b[k] != ':' &&
		       b[k] != '}' && b[k] != '{')
			k++;
		/* "{0" at the end: the path may follow in the next piece. */
		if ((k < n && (b[k] == '.' || b[k] == '[')) ||
		    (k == n && k > name && name_char(b[k - 1]))) {
			ADD(st, t, "format-field",
			    "format field '%.*s' reaches into an object: use an f-string, "
			    "f\"{x.attr}\", which the check can read",
			    (int)(k - i + (k < n) > 40 ? 40 : k - i + (k < n)), b + i);
			return true;
		}
		i = k - 1;
	}
	/* "__" that touches a letter or digit: a dunder word, or a piece of
	 * one to be joined with others. Only allowed dunders pass. */
	for (size_t i = 0; i + 1 < n; i++) {
		size_t from = i, to = i + 2;
		bool word = false;

		if (b[i] != '_' || b[i + 1] != '_')
			continue;
		while (from > 0 && name_char(b[from - 1]))
			from--;
		while (to < n && name_char(b[to]))
			to++;
		for (size_t k = from; k < to && !word; k++)
			word = b[k] != '_';
		if (word &&
		    !(is_dunder_n(b + from, to - from) &&
		      (filtered_in(&st->fdund, st->cfg->allowed_dunders, b + from, to - from) ||
		       (to - from == 8 && memcmp(b + from, "__main__", 8) == 0)))) {
			ADD(st, t, "dunder-string",
			    "string '%.*s' spells a special attribute or a piece of one",
			    (int)(to - from > 40 ? 40 : to - from), b + from);
			return true;
		}
		i = to;
	}
	/* Frame and code object attribute names, for a field or a getattr
	 * built from pieces: "{" + "0.gi_frame}". */
	for (size_t i = 0; i < n; i++) {
		size_t k = i;
		struct sx_tok w;

		if (!name_char(b[i]) || (i > 0 && name_char(b[i - 1])))
			continue;
		while (k < n && name_char(b[k]))
			k++;
		w = (struct sx_tok){.kind = SX_TOK_NAME, .text = b + i, .len = k - i};
		if (frame_attribute(&w)) {
			ADD(st, t, "frame-attribute",
			    "string '%.*s' names a frame, code object or traceback attribute",
			    (int)(k - i > 40 ? 40 : k - i), b + i);
			return true;
		}
		/* numpy reads year ... tzinfo off any object it turns into a
		 * datetime64 and calls tzinfo.utcoffset(obj), then the
		 * offset's total_seconds(), by name: a namedtuple's field, a
		 * Namespace's key, a pandas label or a record's field by that
		 * name holds a function of the script's (attack12cc_009 to
		 * 018) */
		if (IS(&w, "utcoffset") || IS(&w, "total_seconds")) {
			ADD(st, t, "forbidden-string",
			    "string '%.*s' names a method numpy calls by name on any object it "
			    "turns into a datetime64, while it holds objects without a reference: "
			    "a field, a key or a label by that name holds what the script puts "
			    "there; name it otherwise",
			    (int)(k - i), b + i);
			return true;
		}
		i = k;
	}
	return false;
}

/* suffix: the string continues one built before it (name + "/x.csv", the
 * text after a field of an f-string), so it does not start a path. */
static void check_string(struct state *st, const struct sx_tok *t, bool suffix)
{
	const char *b, *raw_b;
	size_t n, raw_n;
	bool raw;
	char small[512], *big = NULL;

	if (t->kind == SX_TOK_FSTRING_MIDDLE) {
		b = t->text;
		n = t->len;
		raw = false;
	} else {
		string_body(t, &b, &n, &raw);
	}
	raw_b = b;
	raw_n = n;
	for (size_t i = 0; !raw && i + 1 < n; i++) {
		if (b[i] != '\\')
			continue;
		if ((b[i + 1] == 'x' && i + 3 < n && b[i + 2] == '5' &&
		     (b[i + 3] == 'f' || b[i + 3] == 'F')) ||
		    (i + 3 < n && memcmp(b + i + 1, "137", 3) == 0) ||
		    ((b[i + 1] == 'u' || b[i + 1] == 'U') && i + 5 < n &&
		     (memcmp(b + i + 2, "005f", 4) == 0 || memcmp(b + i + 2, "005F", 4) == 0 ||
		      memcmp(b + i + 2, "0000", 4) == 0)) ||
		    (b[i + 1] == 'N' && i + 2 < n && b[i + 2] == '{')) {
			ADD(st, t, "escaped-name",
			    "string spells a character with an escape that hides a name: write it "
			    "plainly");
			return;
		}
		i++;
	}
	/* The value Python builds: "\x2e" is a ".", a backslash-newline
	 * joins the lines (a value is never longer than its source). */
	if (!raw && memchr(b, '\\', n)) {
		char *v = n < sizeof small ? small : (big = sx_xmalloc(n + 1));
		size_t vn = 0;

		decode_append(raw_b, raw_n, false, v, n + 1, &vn);
		b = v;
		n = vn;
	}
	if (((!st->path_done || t->text + t->len > st->path_done) &&
	     path_violation(st, t, b, n, suffix)) ||
	    value_rules(st, t, b, n)) {
		free(big);
		return;
	}
	/* pandas expressions outside .query()/.eval(): df.agg("query", "@x.y")
	 * calls the method by name with the expression as an argument. */
	if ((n == 5 && memcmp(b, "query", 5) == 0) || (n == 4 && memcmp(b, "eval", 4) == 0)) {
		ADD(st, t, "dataframe-query",
		    "'%.*s' by name evaluates a string as code: use a boolean mask, df[df.a > x]",
		    (int)n, b);
		goto out;
	}
	for (size_t i = 0; i + 1 < n; i++) {
		size_t k = i + 1;
		if (b[i] != '@' || (i > 0 && name_char(b[i - 1])) || !name_char(b[i + 1]))
			continue;
		while (k < n && name_char(b[k]))
			k++;
		if (k < n && (b[k] == '.' || b[k] == '(' || b[k] == '[')) {
			ADD(st, t, "dataframe-query",
			    "'%.*s' is a pandas expression reaching into a local object: use a "
			    "boolean mask, df[df.a > x]",
			    (int)(k - i + 1), b + i);
			goto out;
		}
	}
	/* Keyword names that are refused as names, passed as strings: f(**{...}).
	 * Words without an underscore (open, help, input) are ordinary text;
	 * refcheck is no word, only resize()'s keyword. */
	if (n && (memchr(b, '_', n) || (n == 8 && memcmp(b, "refcheck", 8) == 0)) &&
	    (filtered_in(&st->fname, st->cfg->forbidden_names, b, n) ||
	     filtered_in(&st->fattr, st->cfg->forbidden_attributes, b, n))) {
		ADD(st, t, "forbidden-string", "'%.*s' is not allowed, as a name or a string",
		    (int)n, b);
		goto out;
	}
out:
	free(big);
}

/* ---- Attribute rules written by hand: what no table can see ---- */

static bool keyword_argument(const struct stream *s);
static void skip_argument(struct stream *c);

/* b[i] is the "@" of "@name" in a query's expression: a plain variable
 * of the caller's scope (ASCII, public), not followed by ".", "(" or "[",
 * so that pandas reads the value and compares with it, as df.a < name
 * would. 0, or the length of "@name". */
static size_t query_local(const char *b, size_t n, size_t i)
{
	size_t j = i + 1;

	if (j >= n || !((b[j] >= 'a' && b[j] <= 'z') || (b[j] >= 'A' && b[j] <= 'Z')))
		return 0;
	while (j < n && name_char(b[j]))
		j++;
	for (size_t k = j; k < n; k++) {
		if (b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r')
			continue;
		if (b[k] == '.' || b[k] == '(' || b[k] == '[')
			return 0;
		break;
	}
	return j < n && (unsigned char)b[j] >= 0x80 ? 0 : j - i;
}

/* Does a query's expression b hold a call: a "(" after a name, a ")", a
 * "]" or a backtick, blanks between? (and( and not( are groups) */
static bool query_call(const char *b, size_t n)
{
	static const char *const groups[] = {"and", "not", "or", "in", "is", NULL};
	for (size_t i = 0; i < n; i++) {
		size_t k = i, e;

		if (b[i] != '(')
			continue;
		while (k > 0 && (b[k - 1] == ' ' || b[k - 1] == '\t' || b[k - 1] == '\n' ||
				 b[k - 1] == '\r'))
			k--;
		if (k == 0)
			continue;
		if (b[k - 1] == ')' || b[k - 1] == ']' || b[k - 1] == '`' ||
		    (unsigned char)b[k - 1] >= 0x80)
			return true;
		if (!name_char(b[k - 1]))
			continue;
		e = k;
		while (k > 0 && name_char(b[k - 1]))
			k--;
		if (!in_list((char *const *)groups, b + k, e - k))
			return true;
	}
	return false;
}

/* pandas' query and eval parse a string as an expression; "@name" reaches
 * any object in scope and attribute paths walk from it. A literal
 * expression of columns and numbers is fine, and so is a query's "@name"
 * (query_local) when no level= or **kw moves the scope to another frame:
 * a query's value is rows of the frame, never the variable, while eval's
 * can be the object itself, where the check cannot follow it. */
static void check_query(struct state *st, const struct stream *s, const struct sx_tok *t,
			bool recv_self)
{
	struct stream c;

	stream_fork(&c, s);
	const char *b;
	size_t n;
	bool raw, bad = false, local = false;
	bool query = tok_is(t, SX_TOK_NAME, "query");

	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "(")) {
		bad = true;
	} else {
		advance(&c);
		if (tok_is(&c.cur, SX_TOK_OP, ")")) {
			/* No expression: pandas refuses the call. */
		} else if (c.cur.kind == SX_TOK_NUMBER) {
			/* A number is formatted to its digits: no names. */
			advance(&c);
			bad = !tok_is(&c.cur, SX_TOK_OP, ")") && !tok_is(&c.cur, SX_TOK_OP, ",");
		} else if (c.cur.kind != SX_TOK_STRING) {
			bad = true;
		} else {
			string_body(&c.cur, &b, &n, &raw);
			for (size_t i = 0; i < n && !bad; i++) {
				size_t at = query && b[i] == '@' ? query_local(b, n, i) : 0;

				if (at) {
					local = true;
					i += at - 1;
					continue;
				}
				bad = b[i] == '@' || b[i] == '\\' ||
				      (b[i] == '.' && i + 1 < n &&
				       !(b[i + 1] >= '0' && b[i + 1] <= '9') &&
				       !(i > 0 && b[i - 1] >= '0' && b[i - 1] <= '9'));
			}
			/* pandas calls what "(@f)(x)" names: with "@", no call */
			bad = bad || (local && query_call(b, n));
			advance(&c);
			if (!tok_is(&c.cur, SX_TOK_OP, ")") && !tok_is(&c.cur, SX_TOK_OP, ","))
				bad = true;
			/* level= resolves "@name" in a caller's frame */
			while (local && !bad && tok_is(&c.cur, SX_TOK_OP, ",")) {
				advance(&c);
				bad =
				    tok_is(&c.cur, SX_TOK_OP, "**") ||
				    tok_is(&c.cur, SX_TOK_OP, "*") ||
				    (tok_is(&c.cur, SX_TOK_NAME, "level") && keyword_argument(&c));
				skip_argument(&c);
			}
		}
	}
	if (bad && recv_self)
		pend(st, t, 'q'); /* the message says more when the script defines one */
	else if (bad)
		add(st->out, t, "dataframe-query",
		    sx_xstrdup(query ? ".query() evaluates its string as code: use columns, "
				       "numbers and @name of a variable, or a boolean mask, "
				       "df[df.a > x]"
				     : ".eval() evaluates its string as code: compute with the "
				       "columns, df[\"a\"] + df[\"b\"]"));
}

/* Python's own builtins among the refused names: harmful as values, not as
 * the name of a keyword argument (argparse's help="..."). Names such as
 * allow_pickle are refused as keywords too: that is where they act. */
static inline __attribute__((always_inline)) bool builtin_name(const struct sx_tok *t)
{
	static const char *const b[] = {"eval",	      "exec",	 "compile", "open",    "input",
					"breakpoint", "globals", "locals",  "vars",    "getattr",
					"setattr",    "delattr", "help",    "license", "credits",
					"copyright",  NULL};
	static struct quick_list q;

	return quick_in(&q, (char *const *)b, t->text, t->len);
}

/* The current NAME is followed by a single "=": f(name=...). */
static bool keyword_argument(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, "=");
}

/* Public API that starts with an underscore: namedtuple's methods, enum's
 * "sunder" names. */
static bool namedtuple_api(const struct sx_tok *t)
{
	static const char *const api[] = {"_replace",
					  "_asdict",
					  "_fields",
					  "_make",
					  "_field_defaults",
					  "_value_",
					  "_name_",
					  "_missing_",
					  "_generate_next_value_",
					  "_ignore_",
					  "_order_",
					  "_member_names_",
					  "_member_map_",
					  NULL};
	static struct quick_list q;

	return quick_in(&q, (char *const *)api, t->text, t->len);
}

/* "_Printer__filenames": a name mangled by hand reaches a class's private
 * attribute from outside; the script's own "self.__x" is written as such. */
static bool mangled(const struct sx_tok *t)
{
	if (t->len < 5 || t->text[0] != '_' || t->text[1] == '_')
		return false;
	for (size_t i = 2; i + 2 < t->len; i++)
		if (t->text[i] == '_' && t->text[i + 1] == '_' && t->text[i - 1] != '_')
			return true;
	return false;
}

/* A forward reference, "Money" or "Optional[List[Money]]": names,
 * subscripts and unions evaluate to types without calling anything. */
static bool plain_type(const struct sx_tok *t)
{
	const char *b;
	size_t n;
	bool raw;

	string_body(t, &b, &n, &raw);
	for (size_t i = 0; i < n; i++)
		if (!name_char(b[i]) && !strchr(".,[] |'\"", b[i]))
			return false;
	return true;
}

/* ---- Names given at run time ----
 *
 * Wherever a string becomes an attribute name, a keyword name or a path,
 * the check must read that string: a name computed at run time is a
 * getattr (functools.update_wrapper's assigned=, argparse's dest= and
 * namespace=, a format string built at run time, a class pattern's
 * keywords, singledispatch's annotations), a keyword (f(**{computed: v})),
 * or a file anywhere on the host. These helpers read a call's arguments
 * from a copy of the stream. */

/* Move c past one argument, to the "," or ")" that ends it. */
static void skip_argument(struct stream *c)
{
	int d = 0;

	while (!c->failed && c->cur.kind != SX_TOK_EOF) {
		char op = c->cur.kind == SX_TOK_OP && c->cur.len == 1 ? c->cur.text[0] : '\0';

		if (op == '(' || op == '[' || op == '{') {
			d++;
		} else if (op == ')' || op == ']' || op == '}') {
			if (d == 0)
				return;
			d--;
		} else if (op == ',' && d == 0) {
			return;
		}
		advance(c);
	}
}

/* c forked from s and moved past the "(" of the call after s's current
 * token, at its first argument; false when no "(" follows. */
static bool open_call(struct stream *c, const struct stream *s)
{
	stream_fork(c, s);
	advance(c);
	if (!tok_is(&c->cur, SX_TOK_OP, "("))
		return false;
	advance(c);
	return true;
}

/* c from one argument of a call to the next (or to its ")"). */
static void next_argument(struct stream *c)
{
	skip_argument(c);
	if (tok_is(&c->cur, SX_TOK_OP, ","))
		advance(c);
}

/* c at a call's first argument (past its "("): past the call's ")". */
static void past_arguments(struct stream *c)
{
	while (!c->failed && c->cur.kind != SX_TOK_EOF && !tok_is(&c->cur, SX_TOK_OP, ")"))
		next_argument(c);
	advance(c);
}

/* c at an argument of one token (a literal, a name): past it and its ","
 * to the next argument, or at the call's ")"; false when the argument goes
 * on. */
static bool past_token_argument(struct stream *c)
{
	advance(c);
	if (tok_is(&c->cur, SX_TOK_OP, ","))
		advance(c);
	else if (!tok_is(&c->cur, SX_TOK_OP, ")"))
		return false;
	return true;
}

/* c at "NAME =": a keyword argument. */
static bool at_keyword(const struct stream *c)
{
	return c->cur.kind == SX_TOK_NAME && keyword_argument(c);
}

/* t is a string literal whose % conversions are all of numbers ("q%d",
 * "w%.2f"): what it formats adds digits to its text, never a name. */
static bool numeric_format(const struct sx_tok *t)
{
	for (size_t i = 0; i < t->len; i++) {
		if (t->text[i] != '%')
			continue;
		i++;
		while (i < t->len && strchr("-+ #0123456789.", t->text[i]))
			i++;
		if (i >= t->len || !strchr("dioueEfFgG%", t->text[i]))
			return false;
	}
	return true;
}

/* s at NAME of X.NAME = "literal", or = "literal" % (...) with only
 * numeric conversions, not "_...": a public name whose letters are the
 * script's (the string rules read the literal: "eval", say). */
static bool literal_assigned(const struct stream *s)
{
	struct stream c;
	struct sx_tok lit;

	stream_fork(&c, s);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "="))
		return false;
	advance(&c);
	lit = c.cur;
	if (lit.kind != SX_TOK_STRING)
		return false;
	size_t i = strspn(lit.text, "rRbBuU\"'");
	if (i < lit.len && lit.text[i] == '_')
		return false; /* "_x": a private name */
	advance(&c);
	return stmt_end(&c.cur) || (tok_is(&c.cur, SX_TOK_OP, "%") && numeric_format(&lit));
}

/* c at an argument: one string literal, alone ("Bar", not "B" + x). */
static bool string_argument(const struct stream *c0)
{
	struct stream c;

	if (c0->cur.kind != SX_TOK_STRING)
		return false;
	stream_fork(&c, c0);
	advance(&c);
	return arg_end(&c.cur);
}

/* NewType, TypeVar, ParamSpec, TypeVarTuple at s: the name they are given
 * is their __name__, which functools.wraps copies onto a def. A method
 * bound by that name is copied as getattr(obj, name) (method.__reduce__),
 * by dataclasses.asdict() say: a name given at run time is a getattr. */
static bool named_type_ok(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return true; /* an annotation, an import */
	if (at_keyword(&c)) {
		if (!IS(&c.cur, "name"))
			return true; /* the name is positional first */
		advance(&c);
		advance(&c);
	}
	return string_argument(&c);
}

/* ---- pandas methods that take a function or its name ----
 *
 * agg/apply/transform/pipe/map look a string up as a method of the object
 * (getattr): df.agg("ev" + "al", expr=s) is df.eval(expr=s). The check
 * reads a literal name (the string rules refuse query, eval, ...); a name
 * built at run time is refused where it is given. */
static bool dispatch_method(const struct sx_tok *t)
{
	if (t->kind != SX_TOK_NAME)
		return false;
	switch (t->len) { /* by length: this runs for every attribute */
	case 3:
		return IS(t, "agg") || IS(t, "map");
	case 4:
		return IS(t, "pipe");
	case 5:
		return IS(t, "apply");
	case 6:
		return IS(t, "filter");
	case 8:
		return IS(t, "applymap");
	case 9:
		return IS(t, "aggregate") || IS(t, "transform");
	default:
		return false;
	}
}

/* chr, str, bytes, format, join, decode, repr, ascii, encode: calls that
 * make a string. */
static bool string_call(const struct sx_tok *t)
{
	switch (t->len) { /* by length: this runs for every name */
	case 3:
		return IS(t, "chr") || IS(t, "str");
	case 4:
		return IS(t, "join") || IS(t, "repr");
	case 5:
		return IS(t, "bytes") || IS(t, "ascii");
	case 6:
		return IS(t, "format") || IS(t, "decode") || IS(t, "encode");
	default:
		return false;
	}
}

static void builds_start(struct builds *b)
{
	b->active = b->first = true;
	b->call = b->result = false;
	b->fmt = 0;
	b->d = 0;
	b->before = SX_TOK_EOF;
	b->before_op = '\0';
}

static void builds_done(struct builds *b, bool result)
{
	b->active = false;
	b->result = result;
}

/* The tokens stop at a tokenizer failure. Undecided there is no string
 * built, as a lookahead that stops there says; a literal's "." is one (no
 * "format" follows it). */
static void builds_stop(struct builds *b)
{
	if (b->active)
		builds_done(b, b->fmt == 1);
}

static void builds_feed(struct builds *b, const struct sx_tok *t)
{
	char op = (char)t->op;
	bool lit;

	if (!b->active)
		return;
	/* What the token before left to decide (rare): a value's first
	 * token, a call's "(", a literal's ".format". */
	if (b->first || b->call || b->fmt) {
		if (b->first) {
			b->first = false;
			if (tok_is(t, SX_TOK_NAME, "lambda"))
				return builds_done(b, false);
		}
		if (b->call) {
			b->call = false;
			if (op == '(')
				return builds_done(b, true);
		}
		if (b->fmt == 1) {
			/* "{:+,.2f} USD".format as a value: the literal's bound
			 * method (its fields are checked), not a name. Any other
			 * attribute of a literal builds a string. */
			if (!tok_is(t, SX_TOK_NAME, "format"))
				return builds_done(b, true);
			b->fmt = 2;
			b->before = SX_TOK_NAME;
			b->before_op = '\0';
			return;
		}
		if (b->fmt == 2) {
			/* "...".format(...) is a call that builds one. */
			b->fmt = 0;
			if (op == '(')
				return builds_done(b, true);
		}
	}
	switch (t->kind) {
	case SX_TOK_NAME:
		/* The most common token: only a call that makes a string is of
		 * interest, decided by the next token. */
		b->call = string_call(t);
		b->before = SX_TOK_NAME;
		b->before_op = '\0';
		return;
	case SX_TOK_EOF:
	case SX_TOK_NEWLINE:
		return builds_done(b, false);
	case SX_TOK_FSTRING_START:
		return builds_done(b, true);
	case SX_TOK_OP:
		switch (op) {
		case ')':
		case ']':
		case '}':
			if (b->d == 0)
				return builds_done(b, false);
			b->d--;
			break;
		case ',':
		case ';':
			if (b->d == 0)
				return builds_done(b, false);
			break;
		case '(':
		case '[':
		case '{':
			if (b->d < 64)
				b->sub[b->d] =
				    op == '[' &&
				    (b->before == SX_TOK_NAME || b->before == SX_TOK_STRING ||
				     b->before_op == ')' || b->before_op == ']');
			b->d++;
			break;
		default:
			break;
		}
		if (b->before == SX_TOK_STRING && op == '.') {
			b->fmt = 1; /* decided by the next token */
			return;
		}
		if ((b->before == SX_TOK_STRING || b->before == SX_TOK_FSTRING_END) &&
		    (op == '+' || op == '*' || op == '%' || op == '[' || op == '.'))
			return builds_done(b, true);
		/* x[::-1], x[1:]: a slice is a string (or list) cut at run time. */
		if (op == ':' && b->d > 0 && b->d <= 64 && b->sub[b->d - 1])
			return builds_done(b, true);
		b->before = SX_TOK_OP;
		b->before_op = op;
		return;
	default: /* a number, a string or an f-string's middle or end */
		lit = t->kind == SX_TOK_STRING || t->kind == SX_TOK_FSTRING_END;
		if (lit && (b->before_op == '+' || b->before_op == '*' || b->before_op == '%'))
			return builds_done(b, true);
		if ((b->before == SX_TOK_STRING || b->before == SX_TOK_FSTRING_END) &&
		    t->kind == SX_TOK_STRING)
			return builds_done(b, true);
		b->before = t->kind;
		b->before_op = '\0';
		return;
	}
}

/* The expression at c0's current token builds a string at run time. */
static bool builds_string(const struct stream *c0)
{
	struct stream c;
	struct builds b;

	stream_fork(&c, c0);
	if (c.failed)
		return false;
	builds_start(&b);
	builds_feed(&b, &c.cur);
	while (b.active && advance(&c))
		builds_feed(&b, &c.cur);
	builds_stop(&b);
	return b.result;
}

/* The value of the plain (not bytes) string literal t, decoded into
 * v[cap] as Python builds it: false when t is none or its body does not
 * fit. *body, when asked, is the body's length as written (escapes make
 * it longer than *n). */
static bool literal_value(const struct sx_tok *t, char *v, size_t cap, size_t *n, size_t *body)
{
	const char *b;
	size_t len;
	bool raw;

	*n = 0;
	if (t->kind != SX_TOK_STRING || t->text[0] == 'b' || t->text[0] == 'B')
		return false;
	string_body(t, &b, &len, &raw);
	if (len >= cap)
		return false;
	decode_append(b, len, raw, v, cap, n);
	if (body)
		*body = len;
	return true;
}

/* Names agg/apply/transform may be given as strings: methods of a
 * DataFrame (or numpy functions) that compute, take no path and evaluate
 * nothing. Any other string is looked up on the object too: to_csv with a
 * path in args=, query with an expression, __getattribute__. */
static bool safe_method_name(const char *b, size_t n)
{
	static const char *const ok[] = {
	    "sum",     "mean",	   "median",   "min",	  "max",	  "std",
	    "var",     "sem",	   "count",    "size",	  "nunique",	  "first",
	    "last",    "prod",	   "cumsum",   "cumprod", "cummax",	  "cummin",
	    "abs",     "skew",	   "kurt",     "idxmin",  "idxmax",	  "any",
	    "all",     "quantile", "rank",     "diff",	  "pct_change",	  "shift",
	    "ohlc",    "mode",	   "describe", "round",	  "sqrt",	  "log",
	    "exp",     "log1p",	   "expm1",    "sign",	  "ffill",	  "bfill",
	    "fillna",  "corr",	   "cov",      "unique",  "value_counts", "index",
	    "columns", "rows",	   "expand",   "reduce",  "broadcast",	  NULL};

	return n > 0 && in_list((char *const *)ok, b, n); /* in_list reads b[0] */
}

/* A literal that names a safe method: agg may look it up. */
static bool safe_literal_tok(const struct sx_tok *t)
{
	char v[64];
	size_t n;

	return literal_value(t, v, sizeof v, &n, NULL) && safe_method_name(v, n);
}

/* c at a string literal, alone as the argument, naming a safe method
 * (or an axis: "columns"). */
static bool safe_literal(const struct stream *c0)
{
	struct sx_tok nx = peek_next(c0);

	return arg_end(&nx) && safe_literal_tok(&c0->cur);
}

/* Builtins that are plain functions of a value: s.apply(float). */
static bool value_builtin(const struct sx_tok *t)
{
	static const char *const b[] = {"int",	"float", "str",	 "bool", "len",	   "abs", "round",
					"list", "tuple", "set",	 "dict", "sorted", "sum", "min",
					"max",	"any",	 "all",	 "hash", "ord",	   "chr", "bin",
					"hex",	"oct",	 "repr", NULL};

	return in_list((char *const *)b, t->text, t->len);
}

/* c at a literal that cannot be a name: a number, True, False, None,
 * alone as the argument (-1 too). */
static bool plain_literal(const struct stream *c0)
{
	struct stream c;

	stream_fork(&c, c0);
	if (tok_is(&c.cur, SX_TOK_OP, "-"))
		advance(&c);
	if (!(c.cur.kind == SX_TOK_NUMBER || tok_is(&c.cur, SX_TOK_NAME, "True") ||
	      tok_is(&c.cur, SX_TOK_NAME, "False") || tok_is(&c.cur, SX_TOK_NAME, "None")))
		return false;
	advance(&c);
	return arg_end(&c.cur);
}

/* A name the check knows as a function of the script or a module's: a
 * def, a class, a lambda's name, an import, a module's attribute path. */
static bool known_callable(const struct state *st, const struct sx_tok *t)
{
	/* Asked at the end: "NAME = ..." anywhere rebinds it (a class
	 * rebound to a string), a def's name bound otherwise too (a
	 * parameter), but an import is a binding of its own. */
	if (hset_find(&st->assigns, t->text, t->len))
		return false;
	return (hset_find(&st->defs, t->text, t->len) &&
		!hset_find(&st->rebound, t->text, t->len)) ||
	       bound(st, t) || (st->imported.used && hset_find(&st->imported, t->text, t->len)) ||
	       value_builtin(t);
}

enum fspec { FS_KNOWN, FS_UNKNOWN, FS_REFUSED };

/* The library calls whose result is a function, never a string:
 * functools.partial, numpy's vectorize and frompyfunc, operator's
 * itemgetter; and pandas' NamedAgg, a (column, function) pair whose
 * function the main loop reads (named_agg_args). */
static bool maker_name(const struct sx_tok *t)
{
	return IS(t, "partial") || IS(t, "vectorize") || IS(t, "frompyfunc") ||
	       IS(t, "itemgetter") || IS(t, "NamedAgg");
}

/* One function argument of agg/apply/transform (or a value of agg's named
 * aggregations), c at it: strings must name safe methods (dict keys and
 * the column of a named aggregation's pair are column names), names must
 * be functions, lambdas are code the check reads anyway. FS_UNKNOWN: a
 * call's result, an attribute, a subscript, a name decided at the end
 * (pending 'R' when the call passes arguments on, else 'r'). */
/* map/applymap's function: they look no name up, but a name built at
 * run time given to them is refused (decided at the end for a name). */
static void func_spec_loose(struct state *st, const struct stream *f, const struct sx_tok *m)
{
	struct sx_tok nx = peek_next(f);

	if (builds_string(f))
		ADD(st, &f->cur, "runtime-name",
		    "%.*s() looks a name built at run time up as a method: pass a function, or its "
		    "name as a literal string",
		    (int)m->len, m->text);
	else if (f->cur.kind == SX_TOK_NAME && arg_end(&nx))
		pend(st, &f->cur, 'r');
}

static enum fspec func_spec(struct state *st, const struct stream *c0, const struct sx_tok *m,
			    bool named, bool extras)
{
	struct stream c;
	int d = 0, skip = -1; /* skip: the depth of a call's or item's brackets */
	enum fspec r = FS_KNOWN;
	struct sx_tok root = {.kind = SX_TOK_EOF}; /* the last name not after "." */
	bool dotted = false;			   /* the last name was after "." */

	if (builds_string(c0)) {
		ADD(st, &c0->cur, "runtime-name",
		    "%.*s() looks a name built at run time up as a method: pass a function, or its "
		    "name as a literal string",
		    (int)m->len, m->text);
		return FS_REFUSED;
	}
	stream_fork(&c, c0);
	if (tok_is(&c.cur, SX_TOK_NAME, "lambda"))
		return FS_KNOWN;
	for (; !c.failed && c.cur.kind != SX_TOK_EOF; advance(&c)) {
		char op = c.cur.kind == SX_TOK_OP && c.cur.len == 1 ? c.cur.text[0] : '\0';

		if (c.cur.kind == SX_TOK_NAME) {
			dotted = tok_is(&c.prev, SX_TOK_OP, ".");
			if (!dotted)
				root = c.cur;
		}
		if (op == '(' || op == '[' || op == '{') {
			/* f(...), x[...]: the main loop reads what is inside.
			 * A call's result or an item may be a string (np.str_(s),
			 * pd.Series([s])[0], max(s, s)), which pandas looks up as
			 * a method: only a library call that makes a function
			 * (functools.partial, np.vectorize) is one. */
			if (skip < 0 && op != '{' &&
			    (c.prev.kind == SX_TOK_NAME || tok_is(&c.prev, SX_TOK_OP, ")") ||
			     tok_is(&c.prev, SX_TOK_OP, "]")) &&
			    !tok_is(&c.prev, SX_TOK_NAME, "lambda")) {
				skip = d;
				if (op == '(' && c.prev.kind == SX_TOK_NAME &&
				    maker_name(&c.prev) &&
				    (dotted ? bound(st, &root) != NULL
					    : (pend(st, &c.prev, 'Q'), true))) {
					; /* a function's maker */
				} else if (op == '(' && c.prev.kind == SX_TOK_NAME && !dotted) {
					/* mk(w): a def of the script that returns a
					 * def or a lambda (decided at the end) */
					pend(st, &c.prev, 'F');
					hset_add(&st->factories, c.prev.text, c.prev.len);
				} else {
					r = FS_UNKNOWN;
				}
			}
			d++;
			continue;
		}
		if (op == ')' || op == ']' || op == '}') {
			if (d-- == 0)
				break;
			if (d == skip)
				skip = -1;
			continue;
		}
		if (skip >= 0)
			continue;
		if (op == ',' && d == 0)
			break;
		if (tok_is(&c.cur, SX_TOK_NAME, "lambda")) {
			/* Its body is code, read by the main loop: skip to the
			 * end of this element. */
			int ld = 0;
			while (!c.failed && c.cur.kind != SX_TOK_EOF) {
				struct sx_tok nx = peek_next(&c);
				char o = nx.kind == SX_TOK_OP && nx.len == 1 ? nx.text[0] : '\0';
				if (o == '(' || o == '[' || o == '{')
					ld++;
				else if ((o == ')' || o == ']' || o == '}') && ld-- == 0)
					break;
				else if (o == ',' && ld == 0)
					break;
				advance(&c);
			}
			continue;
		}
		if (c.cur.kind == SX_TOK_STRING) {
			struct sx_tok nx = peek_next(&c);

			if (d > 0 && tok_is(&nx, SX_TOK_OP, ":"))
				continue; /* a dict key: a column */
			if (named && d > 0 && tok_is(&c.prev, SX_TOK_OP, "(") &&
			    tok_is(&nx, SX_TOK_OP, ","))
				continue; /* ("col", "sum"): the column */
			if (!safe_literal_tok(&c.cur)) {
				ADD(st, &c.cur, "runtime-name",
				    "%.*s() looks a string up as a method of the object: name only "
				    "aggregations such as \"sum\", \"mean\", \"last\", or pass a "
				    "function",
				    (int)m->len, m->text);
				return FS_REFUSED;
			}
			continue;
		}
		if (c.cur.kind != SX_TOK_NAME || tok_is(&c.prev, SX_TOK_OP, ".") ||
		    tok_is(&c.cur, SX_TOK_NAME, "True") || tok_is(&c.cur, SX_TOK_NAME, "False") ||
		    tok_is(&c.cur, SX_TOK_NAME, "None"))
			continue;
		/* A name: alone, a function of the script or a module's path
		 * (np.log) rooted at an import; else the call's result, an
		 * attribute or an item may be a string. */
		struct sx_tok name = c.cur, nx = peek_next(&c);
		bool alone =
		    arg_end(&nx) || tok_is(&nx, SX_TOK_OP, "]") || tok_is(&nx, SX_TOK_OP, "}");

		if (alone) {
			/* decided at the end: a def may be decorated into
			 * anything, a class rebound to a string */
			if (d > 0 || extras) {
				pend(st, &name, 'R');
			} else {
				pend(st, &name, 'N');
				hset_add(&st->dispatched, name.text, name.len)->sp++;
			}
		} else if ((IS(&name, "self") || IS(&name, "cls")) && tok_is(&nx, SX_TOK_OP, ".") &&
			   d == 0) {
			/* self.method: a def of the script, never assigned as
			 * self.method = ... (decided at the end) */
			struct stream sm;

			stream_fork(&sm, &c);
			advance(&sm);
			advance(&sm);
			if (sm.cur.kind != SX_TOK_NAME) {
				r = FS_UNKNOWN;
			} else {
				struct sx_tok a = sm.cur;
				advance(&sm);
				if (arg_end(&sm.cur))
					pend(st, &a, 'm');
				else
					r = FS_UNKNOWN;
			}
		} else if (tok_is(&nx, SX_TOK_OP, "(")) {
			/* decided at its "(" */
		} else if (!(tok_is(&nx, SX_TOK_OP, ".") && bound(st, &name))) {
			r = FS_UNKNOWN; /* np.log: the attribute rules read the path */
		}
	}
	return r;
}

/* func_spec(), and a function it cannot name refused: a value that may be
 * a string read at run time, which pandas looks up as a method (even
 * called without arguments, getattr(df, name)() reaches what the names do
 * not: __reduce__, to_clipboard). */
static void dispatch_func(struct state *st, const struct stream *f, const struct sx_tok *m,
			  bool named, bool extras)
{
	if (func_spec(st, f, m, named, extras) == FS_UNKNOWN)
		ADD(st, &f->cur, "runtime-name",
		    "%.*s() is given a function the check cannot name (a call's result, an "
		    "attribute, an item), which may be a method's name read at run time: "
		    "pass a def, a lambda, self.method, np.mean, functools.partial(f, ...) or a "
		    "literal name",
		    (int)m->len, m->text);
}

/* The length of the dotted name v starts with (letters, digits, _, .). */
static size_t dotted_name_len(const char *v, size_t n)
{
	size_t i = 0;

	while (i < n && (name_char(v[i]) || v[i] == '.'))
		i++;
	return i;
}

/* A docstring CPython reads as a text signature, "NAME(params)\n--\n\n":
 * inspect.signature() of a class derived from a builtin evaluates its
 * defaults, dotted names looked up in sys.modules ("B(x=os.sep)"), and
 * dataclass(init=False) calls it for a class without a docstring. s at a
 * statement's first string; the adjacent strings are one value with it.
 * Refused: a value that starts with NAME( and has a line "--" (CR or LF
 * around it; a value past the buffer that starts with NAME( too). */
static void text_signature(struct state *st, const struct stream *s0)
{
	char v[4096];
	size_t n = 0, i = 0;
	struct stream c;
	const struct sx_tok at = s0->cur;
	bool named = false;

	{
		/* Most docstrings start with a word and a space: the first
		 * piece's first bytes decide. */
		const char *b;
		size_t len;
		bool raw;

		string_body(&s0->cur, &b, &len, &raw);
		decode_append(b, len < 64 ? len : 64, raw, v, 64, &n);
		i = dotted_name_len(v, n);
		if (i == 0 || (i < n && v[i] != '('))
			return;
		n = 0;
	}
	stream_fork(&c, s0);
	while (c.cur.kind == SX_TOK_STRING && n < sizeof v && c.cur.text[0] != 'b' &&
	       c.cur.text[0] != 'B') {
		const char *b;
		size_t len;
		bool raw;

		string_body(&c.cur, &b, &len, &raw);
		/* "\N{LINE FEED}": a named escape decode_append keeps as
		 * written, and any character */
		for (size_t k = 0; !raw && !named && k + 2 < len; k++)
			named = b[k] == '\\' && b[k + 1] == 'N' && b[k + 2] == '{';
		decode_append(b, len, raw, v, sizeof v, &n);
		advance(&c);
	}
	i = dotted_name_len(v, n);
	if (i == 0 || i >= n || v[i] != '(')
		return;
	/* a value past the buffer, or a named escape, may be one too */
	bool sig = n == sizeof v || named;
	for (size_t k = i; !sig && k + 3 < n; k++)
		sig = (v[k] == '\n' || v[k] == '\r') && v[k + 1] == '-' && v[k + 2] == '-' &&
		      (v[k + 3] == '\n' || v[k + 3] == '\r');
	if (sig)
		ADD(st, &at, "text-signature",
		    "a docstring \"%.*s(...)\" over a line \"--\" is a text signature, whose "
		    "defaults inspect evaluates as code: start the docstring with words",
		    (int)(i > 40 ? 40 : i), v);
}

/* _metadata = ["a", "b"] in a class body, s at "_metadata": pandas'
 * __finalize__ copies each name from one object to another with getattr
 * and object.__setattr__, so a name of a pandas method lands in a
 * property setter of the script's (to_csv grabbed, then called with any
 * path). Each entry a literal public identifier, pended ('J') to be no
 * def of the script; anything else, or _metadata used otherwise, is
 * refused. */
static void metadata_names(struct state *st, const struct stream *s, const struct sx_tok *t,
			   bool class_body)
{
	struct stream c;
	bool ok = false;

	stream_fork(&c, s);
	advance(&c);
	if (class_body && tok_is(&c.cur, SX_TOK_OP, "=")) {
		advance(&c);
		if (tok_is(&c.cur, SX_TOK_OP, "[") || tok_is(&c.cur, SX_TOK_OP, "(")) {
			advance(&c);
			ok = true;
			while (ok && c.cur.kind == SX_TOK_STRING) {
				char v[64];
				size_t n;

				ok = literal_value(&c.cur, v, sizeof v, &n, NULL) &&
				     identifier(v, n) && v[0] != '_';
				if (ok)
					pend(st, &c.cur, 'J');
				advance(&c);
				if (tok_is(&c.cur, SX_TOK_OP, ","))
					advance(&c);
				else
					break;
			}
			ok = ok &&
			     (tok_is(&c.cur, SX_TOK_OP, "]") || tok_is(&c.cur, SX_TOK_OP, ")"));
			if (ok)
				advance(&c);
			ok = ok && stmt_end(&c.cur);
		}
	}
	if (!ok)
		ADD(st, t, "runtime-name",
		    "_metadata names attributes pandas copies from object to object by name: "
		    "assign it once in the class body, a list of literal public names that are "
		    "no def of this script");
}

/* pd.NamedAgg(column, aggfunc): its function by position is agg's, a
 * string looked up as a method (aggfunc= is read where it stands); no
 * *args or **kwargs. */
static void named_agg_args(struct state *st, const struct stream *s, const struct sx_tok *t)
{
	struct stream c;

	if (!open_call(&c, s))
		return;
	for (int i = 0; !c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")");
	     i++) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**")) {
			ADD(st, &c.cur, "runtime-name",
			    "*args or **kwargs in NamedAgg() may hold a method's name: write the "
			    "column and the function out");
			return;
		}
		if (at_keyword(&c))
			return;
		if (i == 1)
			dispatch_func(st, &c, t, false, true);
		next_argument(&c);
	}
}

/* c at an opening bracket: past the bracket that closes it. */
static void past_brackets(struct stream *c)
{
	int d = 0;

	for (; !c->failed && c->cur.kind != SX_TOK_EOF; advance(c)) {
		char op = (char)c->cur.op;

		if (op == '(' || op == '[' || op == '{')
			d++;
		else if ((op == ')' || op == ']' || op == '}') && --d == 0)
			break;
	}
	advance(c);
}

/* c at an argument that is a list display and nothing more: [a, "b"],
 * not ["b"][0] or [f][0](). */
static bool list_display(const struct stream *c0)
{
	struct stream c;

	if (!tok_is(&c0->cur, SX_TOK_OP, "["))
		return false;
	stream_fork(&c, c0);
	past_brackets(&c);
	return arg_end(&c.cur);
}

/* c at what "**" spreads: a name or a display and nothing more
 * (**kw["sub"], **{...}["k"], **kw.x spread another dict). */
static bool spread_alone(const struct stream *c0)
{
	struct stream c;

	stream_fork(&c, c0);
	if (tok_is(&c.cur, SX_TOK_OP, "{"))
		past_brackets(&c);
	else
		advance(&c);
	return arg_end(&c.cur);
}

/* pandas' methods that take a function or its name, at the method's name
 * (recv the token before its "."): agg/apply/transform look a string up
 * as a method of the object (getattr), df.agg("to_csv", 0, path) writes a
 * file, pd.Series.apply(obj, name) is a getattr on any object, and
 * pipe((f, "kw")) names f's keyword.
 * - they are called here, on an object: not taken as values (map(s.apply,
 *   names), [pd.Series.apply]) nor from a class (pd.Series.apply(obj, ...));
 * - no *args or **kwargs;
 * - the function: a def, a lambda, a module's function, or a literal name
 *   of a safe method (sum, mean, ...); strings in lists and dicts too;
 * - positional arguments after it are literals (axis, convert_dtype);
 * - a function the check cannot name (a parameter, a call's result) only
 *   with no arguments passed on to it (args=, keywords, *args).
 * map/applymap look no name up: only a name built at run time is refused. */
static void check_dispatch(struct state *st, const struct stream *s, const struct sx_tok *t,
			   const struct sx_tok *recv)
{
	struct stream c;
	bool pipe = tok_is(t, SX_TOK_NAME, "pipe");
	bool strict = !tok_is(t, SX_TOK_NAME, "map") && !tok_is(t, SX_TOK_NAME, "applymap");
	bool agg = tok_is(t, SX_TOK_NAME, "agg") || tok_is(t, SX_TOK_NAME, "aggregate");
	/* SeriesGroupBy.filter(name, dropna, *args) is getattr(group,
	 * name)(*args); DataFrame.filter([labels]) names columns */
	bool filter = tok_is(t, SX_TOK_NAME, "filter");
	bool extras = false;
	struct stream funcs[4];
	int nfuncs = 0;

	stream_fork(&c, s);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "(")) {
		if (strict && !tok_is(&c.cur, SX_TOK_OP, "=") &&
		    !tok_is(&c.prev, SX_TOK_NAME, "def"))
			ADD(st, t, "runtime-name",
			    "%.*s taken without its call is called where the check cannot read its "
			    "arguments (map, operator.call, a list): call it here, x.%.*s(f)",
			    (int)t->len, t->text, (int)t->len, t->text);
		return;
	}
	if (strict && recv->kind == SX_TOK_NAME && recv->text[0] >= 'A' && recv->text[0] <= 'Z')
		ADD(st, t, "runtime-name",
		    "%.*s() taken from the class %.*s is given its object as the first argument, "
		    "any object, and the function or name as the next: call it on an object, "
		    "df.%.*s(f)",
		    (int)t->len, t->text, (int)recv->len, recv->text, (int)t->len, t->text);
	advance(&c);
	for (int i = 0; !c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")");
	     i++) {
		bool kw = at_keyword(&c);

		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**")) {
			if (strict)
				ADD(st, &c.cur, "runtime-name",
				    "*args or **kwargs in %.*s() may hold the method's name or its "
				    "arguments: write them out",
				    (int)t->len, t->text);
			extras = true;
		} else if (kw && tok_is(&c.cur, SX_TOK_NAME, "func")) {
			advance(&c);
			advance(&c);
			if (nfuncs < 4)
				stream_fork(&funcs[nfuncs++], &c);
		} else if (kw) {
			struct stream v;
			bool own_option = tok_is(&c.cur, SX_TOK_NAME, "axis") ||
					  tok_is(&c.cur, SX_TOK_NAME, "raw") ||
					  tok_is(&c.cur, SX_TOK_NAME, "result_type") ||
					  tok_is(&c.cur, SX_TOK_NAME, "convert_dtype") ||
					  tok_is(&c.cur, SX_TOK_NAME, "engine");

			stream_fork(&v, &c);
			advance(&v);
			advance(&v);
			if (strict && agg && !own_option && !tok_is(&c.cur, SX_TOK_NAME, "args")) {
				/* agg(total=("x", "sum")): a named aggregation */
				dispatch_func(st, &v, t, true, true);
			} else if (pipe && !tok_is(&c.cur, SX_TOK_NAME, "args")) {
				/* keywords of the function pipe calls */
			} else if (!plain_literal(&v) &&
				   !(own_option && v.cur.kind == SX_TOK_STRING)) {
				extras = true;
			}
		} else if (i == 0) {
			if (nfuncs < 4 && !(filter && list_display(&c)))
				stream_fork(&funcs[nfuncs++], &c);
		} else if (strict && !pipe && !plain_literal(&c) && !safe_literal(&c)) {
			ADD(st, &c.cur, "runtime-name",
			    "%.*s() passes its other positional arguments on (or reads them as "
			    "axis and options): give them as literals or keywords",
			    (int)t->len, t->text);
		} else if (i > 0) {
			extras = true;
		}
		skip_argument(&c);
		if (tok_is(&c.cur, SX_TOK_OP, ","))
			advance(&c);
		else
			break;
	}
	for (int k = 0; k < nfuncs; k++) {
		struct stream *f = &funcs[k];

		if (!strict) {
			func_spec_loose(st, f, t);
			continue;
		}
		if (pipe && tok_is(&f->cur, SX_TOK_OP, "(")) {
			/* (f, "kw"): f is called with the object as keyword kw */
			struct stream e;

			stream_fork(&e, f);
			advance(&e);
			func_spec(st, &e, t, false, true);
			skip_argument(&e);
			if (tok_is(&e.cur, SX_TOK_OP, ","))
				advance(&e);
			if (builds_string(&e) || e.cur.kind != SX_TOK_STRING)
				ADD(st, &e.cur, "runtime-name",
				    "pipe((f, name)) names f's keyword: write it as a literal");
			continue;
		}
		if (pipe) {
			/* pipe looks no name up: a string is no function */
			if (builds_string(f))
				func_spec(st, f, t, false, false);
			else if (f->cur.kind == SX_TOK_NAME &&
				 !tok_is(&f->cur, SX_TOK_NAME, "lambda")) {
				struct sx_tok nx = peek_next(f);
				if (arg_end(&nx))
					if (!known_callable(st, &f->cur))
						pend(st, &f->cur, 'r');
			}
			continue;
		}
		/* A value the check cannot name may be a name read from data
		 * (a column label "__reduce__"): even called without arguments,
		 * getattr(df, name)() reaches what the names do not. */
		dispatch_func(st, f, t, agg, extras);
	}
}

/* A format spec that makes an integer's digits: "d", "03d", ">4d", ",d".
 * No fill character: "{i:.>3d}" would put dots in the path. */
static bool integer_spec(const struct sx_tok *t)
{
	if (t->kind != SX_TOK_FSTRING_MIDDLE || t->len == 0 || t->text[t->len - 1] != 'd')
		return false;
	for (size_t i = 0; i + 1 < t->len; i++)
		if (!strchr("0123456789<>=^+- ,_", t->text[i]))
			return false;
	return true;
}

/* The replacement fields of an f-string path under /data: c past its
 * first literal text. A field holding "../.." climbs out of /data, so a
 * field is an integer formatted with "d" ({i:03d}), or a plain name the
 * script only ever assigns a string literal that is one path component
 * (decided at the end: 'n'); the literal text is checked by the string
 * rules, "/.." included. */
static bool path_fields_ok(struct state *st, struct stream *c)
{
	while (!c->failed && c->cur.kind != SX_TOK_EOF && c->cur.kind != SX_TOK_FSTRING_END) {
		struct sx_tok name;

		if (c->cur.kind == SX_TOK_FSTRING_MIDDLE) {
			advance(c);
			continue;
		}
		if (!tok_is(&c->cur, SX_TOK_OP, "{"))
			return false;
		advance(c);
		name = c->cur;
		if (name.kind != SX_TOK_NAME)
			return false;
		advance(c);
		if (tok_is(&name, SX_TOK_NAME, "int") && tok_is(&c->cur, SX_TOK_OP, "(")) {
			/* {int(x):03d}: an int's digits, whatever x is */
			advance(c);
			if (c->cur.kind != SX_TOK_NAME)
				return false;
			advance(c);
			if (!tok_is(&c->cur, SX_TOK_OP, ")"))
				return false;
			advance(c);
			if (tok_is(&c->cur, SX_TOK_OP, ":")) {
				advance(c);
				if (!integer_spec(&c->cur))
					return false;
				advance(c);
			}
		} else if (tok_is(&c->cur, SX_TOK_OP, ":")) {
			/* {expr:03d} would be code too: only a name here. Formatted
			 * with "d" it is an int's digits, or an error: the one
			 * library format that calls a method a subclass may
			 * override, date's strftime, is refused where defined. */
			advance(c);
			if (!integer_spec(&c->cur))
				return false;
			advance(c);
		} else {
			pend(st, &name, 'n');
		}
		if (!tok_is(&c->cur, SX_TOK_OP, "}"))
			return false;
		advance(c);
	}
	return c->cur.kind == SX_TOK_FSTRING_END;
}

/* A path whose name Python loads as code (a module, a compiled one, a
 * site .pth, an extension), v[n] its value's end, at: refused there. */
static void code_file(struct state *st, const struct sx_tok *at, const char *v, size_t n)
{
	static const char *const ext[] = {".py", ".pyc", ".pyw", ".pth", ".so", NULL};

	for (size_t k = 0; ext[k]; k++) {
		size_t e = strlen(ext[k]);
		if (n >= e && strncasecmp(v + n - e, ext[k], e) == 0) {
			ADD(st, at, "host-path",
			    "a file named like Python code or a module (.py, .pth, .so) is one an "
			    "interpreter may load: write data files (.csv, .json, .npy)");
			return;
		}
	}
}

/* A path the check reads: a string literal (the string rules refuse one
 * outside /data), an f-string under /data/ or relative whose fields are
 * integers or one path component each, sys.stdout or sys.stderr. c is at
 * the argument's first token. */
static bool literal_path(struct state *st, const struct stream *c0)
{
	struct stream c;

	stream_fork(&c, c0);
	const char *m;

	if (c.cur.kind == SX_TOK_STRING) {
		char v[512];
		size_t n = 0;

		while (c.cur.kind == SX_TOK_STRING) {
			const char *b;
			size_t len;
			bool raw;

			string_body(&c.cur, &b, &len, &raw);
			if (len > 256) { /* only the end matters */
				b += len - 256;
				len = 256;
				n = 0;
			}
			if (n + len > sizeof v)
				n = 0;
			decode_append(b, len, raw, v, sizeof v, &n);
			advance(&c);
		}
		code_file(st, &c0->cur, v, n);
		return arg_end(&c.cur);
	}
	if (c.cur.kind == SX_TOK_FSTRING_START) {
		advance(&c);
		/* Under /data, or relative: f"{name}_summary.csv" (no "/",
		 * "~", "." or "\\" first, and fields that are one path
		 * component each: nothing climbs out of the directory). */
		bool ok = false;
		struct stream e;

		stream_fork(&e, &c);
		if (c.cur.kind == SX_TOK_FSTRING_MIDDLE && c.cur.len >= 6 &&
		    memcmp(c.cur.text, "/data/", 6) == 0)
			ok = path_fields_ok(st, &c);
		else if (c.cur.kind == SX_TOK_FSTRING_MIDDLE && c.cur.len > 0 &&
			 !strchr("/~.\\", c.cur.text[0]))
			ok = path_fields_ok(st, &c);
		else if (tok_is(&c.cur, SX_TOK_OP, "{"))
			ok = path_fields_ok(st, &c);
		if (ok) {
			/* its name's end is its last literal text */
			struct sx_tok last = {.kind = SX_TOK_EOF};
			for (; !e.failed && e.cur.kind != SX_TOK_EOF &&
			       e.cur.kind != SX_TOK_FSTRING_END;
			     advance(&e))
				last = e.cur;
			if (last.kind == SX_TOK_FSTRING_MIDDLE)
				code_file(st, &last, last.text, last.len);
			else if (tok_is(&last, SX_TOK_OP, "}"))
				ADD(st, &c0->cur, "host-path",
				    "a file name that ends in a field takes its extension from "
				    "data, and may name Python code (.py, .pth): end it with a "
				    "literal extension, f\"{name}.csv\"");
		}
		return ok;
	}
	if (c.cur.kind == SX_TOK_NAME && (m = bound(st, &c.cur)) && strcmp(m, "sys") == 0) {
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "."))
			return false;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_NAME, "stdout") &&
		    !tok_is(&c.cur, SX_TOK_NAME, "stderr"))
			return false;
		advance(&c);
		return arg_end(&c.cur);
	}
	return false;
}

/* Names the run-time-name rules look at, sorted out once a NAME with a
 * switch on the first byte: this runs for every name. */
enum special {
	SP_NONE,
	SP_FORMAT,   /* format, format_map */
	SP_DISPATCH, /* singledispatch, singledispatchmethod */
	SP_WRAPS,
	SP_UPDATE_WRAPPER,
	SP_SETTER_KW, /* namespace=, assigned=, updated= */
	SP_DEST,
	SP_FILE_IO,	/* callables of the allowed modules that take a path */
	SP_DICT_MUTATE, /* update, setdefault: keys added at run time */
	SP_STREAM,	/* buffer, raw, detach: a text stream's file */
};

static enum special special_name(const struct sx_tok *t)
{
	static const char *const to[] = {
	    "to_csv",  "to_json",  "to_parquet",  "to_excel", "to_hdf",	   "to_feather", "to_stata",
	    "to_html", "to_latex", "to_markdown", "to_xml",   "to_string", "to_orc",	 NULL};

	if (t->len < 3)
		return SP_NONE;
	switch (t->text[0]) {
	case 'f':
		/* Styler.format_index(fmt) formats labels with fmt.format. */
		if (IS(t, "format") || IS(t, "format_map") || IS(t, "format_index"))
			return SP_FORMAT;
		return IS(t, "fromregex") ? SP_FILE_IO : SP_NONE;
	case 's':
		if (IS(t, "singledispatch") || IS(t, "singledispatchmethod"))
			return SP_DISPATCH;
		if (IS(t, "setdefault"))
			return SP_DICT_MUTATE;
		return IS(t, "save") || IS(t, "savez") || IS(t, "savez_compressed") ||
			       IS(t, "savetxt")
			   ? SP_FILE_IO
			   : SP_NONE;
	case 'w':
		return IS(t, "wraps") ? SP_WRAPS : SP_NONE;
	case 'b':
		return IS(t, "buffer") ? SP_STREAM : SP_NONE;
	case 'r':
		if (IS(t, "raw"))
			return SP_STREAM;
		return t->len > 5 && memcmp(t->text, "read_", 5) == 0 ? SP_FILE_IO : SP_NONE;
	case 'u':
		if (IS(t, "update_wrapper"))
			return SP_UPDATE_WRAPPER;
		if (IS(t, "update"))
			return SP_DICT_MUTATE;
		return IS(t, "updated") ? SP_SETTER_KW : SP_NONE;
	case 'n':
		return IS(t, "namespace") ? SP_SETTER_KW : SP_NONE;
	case 'a':
		return IS(t, "assigned") ? SP_SETTER_KW : SP_NONE;
	case 'd':
		if (IS(t, "detach"))
			return SP_STREAM;
		if (IS(t, "dump"))
			return SP_FILE_IO; /* ndarray.dump(path) writes a pickle */
		return IS(t, "dest") ? SP_DEST : SP_NONE;
	case 't':
		return t->len > 3 && memcmp(t->text, "to_", 3) == 0 &&
			       in_list((char *const *)to, t->text, t->len)
			   ? SP_FILE_IO
			   : SP_NONE;
	case 'l':
		return IS(t, "load") || IS(t, "loadtxt") ? SP_FILE_IO : SP_NONE;
	case 'g':
		return IS(t, "genfromtxt") ? SP_FILE_IO : SP_NONE;
	case 'E':
		return IS(t, "ExcelWriter") ? SP_FILE_IO : SP_NONE;
	case 'H':
		return IS(t, "HDFStore") ? SP_FILE_IO : SP_NONE;
	default:
		return SP_NONE;
	}
}

/* The file argument of the call that follows s's current token (a file
 * I/O callable): positional first, or a keyword that names a path. */
static bool file_args_ok(struct state *st, const struct stream *s)
{
	static const char *const kw[] = {
	    "path",	    "path_or_buf", "filepath_or_buffer", "fname", "file", "buf",
	    "excel_writer", "io",	   "path_or_buffer",	 NULL};
	struct stream c;

	stream_fork(&c, s);
	int idx = 0;

	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "("))
		return false; /* the callable as a value: called where the check cannot see */
	advance(&c);
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		bool path;

		/* Once the path is given positionally, *a and **k cannot
		 * give it again (a TypeError). */
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**")) {
			if (idx == 0)
				return false;
			path = false;
		} else if (at_keyword(&c)) {
			path = in_list((char *const *)kw, c.cur.text, c.cur.len);
			advance(&c);
			advance(&c);
		} else {
			path = idx++ == 0;
		}
		if (path && !literal_path(st, &c))
			return false;
		next_argument(&c);
	}
	return true;
}

/* ---- Constant string expressions ----
 *
 * Python joins adjacent literals ("/data/." "./etc", "" "/" "etc") and
 * decodes escapes ("\x2fetc", "\056\056", a backslash-newline) before any
 * function sees the value: the path rules read that value, the whole
 * constant expression, not its pieces as written. A replacement field of
 * an f-string stands in the value as one byte that is neither '.' nor '/'. */

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Append the value of literal text b[0..len) (escapes decoded unless raw)
 * to buf[*n..cap). */
static void decode_append(const char *b, size_t len, bool raw, char *buf, size_t cap, size_t *n)
{
	for (size_t i = 0; i < len && *n < cap; i++) {
		unsigned long v = 0;
		int digits = 0, max = 0;
		char e;

		if (b[i] != '\\' || raw || i + 1 >= len) {
			/* The run up to the next backslash (all of it when raw),
			 * copied at once: most strings have no escape. */
			const char *bs = raw ? NULL : memchr(b + i, '\\', len - i);
			size_t run = (bs ? (size_t)(bs - b) : len) - i;

			if (run == 0)
				run = 1; /* a backslash that ends the text */
			if (run > cap - *n)
				run = cap - *n;
			memcpy(buf + *n, b + i, run);
			*n += run;
			i += run - 1;
			continue;
		}
		e = b[++i];
		switch (e) {
		case '\n':
			continue; /* a backslash-newline joins the lines */
		case '\r':
			if (i + 1 < len && b[i + 1] == '\n')
				i++;
			continue;
		case 'x':
			max = 2;
			break;
		case 'u':
			max = 4;
			break;
		case 'U':
			max = 8;
			break;
		case 'N':
			while (i < len && b[i] != '}')
				i++;
			buf[(*n)++] = '?';
			continue;
		case 'n':
			buf[(*n)++] = '\n';
			continue;
		case 't':
			buf[(*n)++] = '\t';
			continue;
		case 'r':
			buf[(*n)++] = '\r';
			continue;
		case 'a':
		case 'b':
		case 'f':
		case 'v':
			buf[(*n)++] = ' ';
			continue;
		case '\\':
		case '\'':
		case '"':
			buf[(*n)++] = e;
			continue;
		default:
			if (e >= '0' && e <= '7') {
				for (v = 0; digits < 3 && i < len && b[i] >= '0' && b[i] <= '7';
				     digits++, i++)
					v = v * 8 + (unsigned long)(b[i] - '0');
				i--;
				buf[(*n)++] = v < 128 ? (char)v : '?';
			} else {
				buf[(*n)++] = '\\';
				if (*n < cap)
					buf[(*n)++] = e;
			}
			continue;
		}
		for (; digits < max && i + 1 < len && hex_digit(b[i + 1]) >= 0; digits++)
			v = v * 16 + (unsigned long)hex_digit(b[++i]);
		buf[(*n)++] = v < 128 ? (char)v : '?';
	}
}

/* An f-string's prefix is raw: rf"...", Rf"...". */
static bool fstring_raw(const struct sx_tok *start)
{
	for (size_t i = 0; i < start->len && start->text[i] != '"' && start->text[i] != '\''; i++)
		if (start->text[i] == 'r' || start->text[i] == 'R')
			return true;
	return false;
}

/* The value of the constant string expression that starts at s's current
 * token (a STRING or FSTRING_START): adjacent literals and literals joined
 * by "+". Checked with the path rules when it is more than the one piece
 * check_string reads, or has escapes; the pieces are then not checked as
 * paths again. */
static void check_joined(struct state *st, const struct stream *s0, bool suffix)
{
	struct stream c;
	char buf[4096];
	size_t n = 0;
	int pieces = 0;
	bool esc = false;
	const struct sx_tok first = s0->cur;
	/* A first piece that is a plain literal is decoded only when
	 * something follows it into buf, or at the end if it has an escape:
	 * most strings are one piece, and check_string reads them. */
	const char *b0 = NULL;
	size_t len0 = 0;
	bool raw0 = false;

	stream_fork(&c, s0);

	while (!c.failed) {
		if (c.cur.kind == SX_TOK_STRING) {
			const char *b;
			size_t len;
			bool raw;

			string_body(&c.cur, &b, &len, &raw);
			esc = esc || (!raw && memchr(b, '\\', len));
			if (pieces == 0) {
				b0 = b;
				len0 = len;
				raw0 = raw;
			} else {
				if (b0)
					decode_append(b0, len0, raw0, buf, sizeof buf, &n);
				b0 = NULL;
				decode_append(b, len, raw, buf, sizeof buf, &n);
			}
			pieces++;
			advance(&c);
		} else if (c.cur.kind == SX_TOK_FSTRING_START) {
			bool raw = fstring_raw(&c.cur);
			int fd = 0;

			if (b0)
				decode_append(b0, len0, raw0, buf, sizeof buf, &n);
			b0 = NULL;
			pieces++;
			advance(&c);
			while (!c.failed && c.cur.kind != SX_TOK_EOF &&
			       !(fd == 0 && c.cur.kind == SX_TOK_FSTRING_END)) {
				if (c.cur.kind == SX_TOK_FSTRING_MIDDLE && fd == 0) {
					esc = esc || (!raw && memchr(c.cur.text, '\\', c.cur.len));
					decode_append(c.cur.text, c.cur.len, raw, buf, sizeof buf,
						      &n);
				} else if (tok_is(&c.cur, SX_TOK_OP, "{")) {
					if (fd++ == 0 && n < sizeof buf)
						buf[n++] = '\x01';
				} else if (tok_is(&c.cur, SX_TOK_OP, "}")) {
					fd -= fd > 0;
				}
				advance(&c);
			}
			advance(&c);
		} else if (pieces > 0 && tok_is(&c.cur, SX_TOK_OP, "+")) {
			struct sx_tok nx = peek_next(&c);
			if (nx.kind != SX_TOK_STRING && nx.kind != SX_TOK_FSTRING_START)
				break;
			pieces++;
			advance(&c);
		} else {
			break;
		}
	}
	if (pieces > 1 || esc) {
		if (b0)
			decode_append(b0, len0, raw0, buf, sizeof buf, &n);
		/* A stream that failed has no previous token: the first
		 * piece, at least, was read. */
		st->path_done = c.prev.text ? c.prev.text + c.prev.len : first.text + first.len;
		/* "{" "0.x}".format(o), "_" "_globals_" "_": the value Python
		 * joins (a piece's own value was read by check_string) */
		if (!path_violation(st, &first, buf, n, suffix) && pieces > 1)
			value_rules(st, &first, buf, n);
	}
}

static bool nx_is_assign(const struct stream *s);
static bool nx_is_call(const struct stream *s);
static bool nx_is_dot_or_item(const struct stream *s);
static bool subscripted(const struct stream *s);
static int cur_class(const struct state *st);
struct sclass;
static bool library_base(const struct state *st, const struct sclass *k, int levels);
static bool compression_ok(const struct stream *s);
static bool compression_key_ok(const struct stream *s);
static bool literal_item(const struct stream *s);

/* s at "setflags": every write= (keyword or first positional) is the
 * literal False; align= and uic= are refused as well (uic sets the array
 * writable again). */
static bool setflags_ok(const struct stream *s)
{
	struct stream c;
	int i = 0;

	if (!open_call(&c, s))
		return false; /* a value: called unseen */
	for (; !c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")"); i++) {
		if (at_keyword(&c)) {
			if (!IS(&c.cur, "write"))
				return false;
			advance(&c);
			advance(&c);
		} else if (i > 0 || tok_is(&c.cur, SX_TOK_OP, "*") ||
			   tok_is(&c.cur, SX_TOK_OP, "**")) {
			return false;
		}
		if (!IS(&c.cur, "False"))
			return false;
		if (!past_token_argument(&c))
			return false;
	}
	return true;
}

/* s at NAME of "NAME = False" (the statement's value is False). */
static bool assign_false(const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);
	advance(&c);
	advance(&c);
	if (!IS(&c.cur, "False"))
		return false;
	advance(&c);
	return stmt_end(&c.cur);
}

/* s at NAME of "NAME[...] =" (any assignment or augmented one). */
static bool item_assigned(const struct stream *s)
{
	struct stream c;
	int d = 0;

	stream_fork(&c, s);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "["))
		return false;
	for (; !c.failed && c.cur.kind != SX_TOK_EOF; advance(&c)) {
		if (tok_is(&c.cur, SX_TOK_OP, "[") || tok_is(&c.cur, SX_TOK_OP, "("))
			d++;
		else if ((tok_is(&c.cur, SX_TOK_OP, "]") || tok_is(&c.cur, SX_TOK_OP, ")")) &&
			 --d == 0)
			break;
	}
	advance(&c);
	return assign_op(&c.cur);
}

/* s at NAME: "NAME =", "NAME +=" and the like follow. */
static bool changed_after(const struct state *st, const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return assign_op(&nx) || st->attr_target;
}

/* s at "flags" of flags["name"] = v: a literal name that is none of
 * ndarray's settable flags (df.flags["allows_duplicate_labels"]). */
static bool frame_flag_item(const struct stream *s)
{
	static const char *const array_flags[] = {"WRITEABLE",	     "W", "ALIGNED", "A",
						  "WRITEBACKIFCOPY", "X", NULL};
	struct stream c;
	char v[32];
	size_t n;

	stream_fork(&c, s);
	advance(&c);
	if (!literal_item(&c))
		return false;
	advance(&c);
	if (!literal_value(&c.cur, v, sizeof v, &n, NULL))
		return false;
	for (const char *const *f = array_flags; *f; f++)
		if (strlen(*f) == n && strncasecmp(*f, v, n) == 0)
			return false;
	return true;
}

/* s at "base": "x.base is None", "x.base is not None". */
static bool base_tested(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_NAME, "is");
}

/* s at "__init__" after a ".": super().__init__(...) or Base.__init__(self,
 * ...). Not self.__init__(...): self is another object where a method is
 * called on one (io.FileIO.__init__ opens any path), and super() checks
 * that it is the class's. */
static bool init_call_ok(const struct stream *s, const struct sx_tok *recv)
{
	struct stream c;

	if (!open_call(&c, s))
		return false;
	if (tok_is(recv, SX_TOK_OP, ")"))
		return true; /* super().__init__(...): the caller's own object */
	if (!tok_is(&c.cur, SX_TOK_NAME, "self"))
		return false;
	advance(&c);
	return arg_end(&c.cur);
}

/* s at a keyword's name: its value is the literal True. */
static bool keyword_true(const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);
	advance(&c);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_NAME, "True"))
		return false;
	advance(&c);
	return arg_end(&c.cur) || c.cur.kind == SX_TOK_NEWLINE || c.cur.kind == SX_TOK_EOF;
}

/* Integer codes pandas keeps and indexes with (Categorical.from_codes,
 * MultiIndex(codes=...)), c at the value: a display of number literals
 * (nested, signed) that pandas copies, or np.array of one; an array the
 * script holds may be changed after pandas checked it. */
static bool fresh_codes(const struct stream *c0)
{
	struct stream c;
	int d = 0;

	stream_fork(&c, c0);
	if (c.cur.kind == SX_TOK_NAME) {
		/* np.array([...]), numpy.array([...]): a copy */
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "."))
			return false;
		advance(&c);
		if (!IS(&c.cur, "array"))
			return false;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "("))
			return false;
		advance(&c);
	}
	if (!tok_is(&c.cur, SX_TOK_OP, "[") && !tok_is(&c.cur, SX_TOK_OP, "("))
		return false;
	for (; !c.failed && c.cur.kind != SX_TOK_EOF; advance(&c)) {
		char op = c.cur.kind == SX_TOK_OP && c.cur.len == 1 ? c.cur.text[0] : '\0';
		if (op == '[' || op == '(')
			d++;
		else if (op == ']' || op == ')') {
			if (--d == 0)
				return true;
		} else if (c.cur.kind != SX_TOK_NUMBER && op != ',' && op != '-' &&
			   !(c.cur.kind == SX_TOK_NEWLINE))
			return false;
	}
	return false;
}

/* s at "frombuffer": its first argument is bytes the check can see made
 * (a literal, bytes(...), x.tobytes()), not an object whose buffer is its
 * memory (an object array, a memoryview). */
static bool frombuffer_ok(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return false; /* as a value: called unseen */
	if (c.cur.kind == SX_TOK_STRING) {
		advance(&c);
		return arg_end(&c.cur);
	}
	if (IS(&c.cur, "bytes")) {
		advance(&c);
		return tok_is(&c.cur, SX_TOK_OP, "(");
	}
	/* x.tobytes() (a copy) as the whole argument */
	while (c.cur.kind == SX_TOK_NAME && !IS(&c.cur, "tobytes")) {
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "."))
			return false;
		advance(&c);
	}
	if (!IS(&c.cur, "tobytes") || c.cur.kind != SX_TOK_NAME || !tok_is(&c.prev, SX_TOK_OP, "."))
		return false;
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "("))
		return false;
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, ")"))
		return false;
	advance(&c);
	return arg_end(&c.cur);
}

/* A call that sets an attribute for each keyword it is given:
 * Namespace(x=v), SimpleNamespace(x=v), parser.set_defaults(x=v). */
static bool keyword_setter(const struct sx_tok *callee)
{
	return IS(callee, "Namespace") || IS(callee, "SimpleNamespace") ||
	       IS(callee, "set_defaults");
}

/* Methods numpy, datetime and Counter call by name on an object while
 * they hold objects without a reference: tzinfo.utcoffset(), a date's
 * isoformat() in __str__, Counter's most_common() in __repr__. Bound
 * otherwise than by a def (an attribute, a field, a keyword of
 * Namespace), the rules on what such defs may do see nothing. */
static inline bool by_name_method(const struct sx_tok *t)
{
	switch (t->len) { /* by length: this runs for every attribute */
	case 3:
		return IS(t, "dst");
	case 6:
		return IS(t, "tzname");
	case 7:
		return IS(t, "fromutc");
	case 9:
		return IS(t, "utcoffset") || IS(t, "isoformat");
	case 11:
		return IS(t, "most_common");
	case 13:
		return IS(t, "total_seconds");
	default:
		return false;
	}
}

/* s at "add_argument": its positional arguments (the option strings,
 * which name the attribute parse_args sets) are string literals, and the
 * name argparse makes of each (the string less its leading "-", "-" made
 * "_") is not private: "--_-array-interface-_" sets __array_interface__,
 * through which numpy reads any address. */
static bool option_names_literal(struct state *st, const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return false; /* as a value: called unseen */
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")") &&
	       !at_keyword(&c)) {
		char v[128];
		size_t n, i = 0;

		if (c.cur.kind != SX_TOK_STRING || !literal_value(&c.cur, v, sizeof v, &n, NULL))
			return false;
		while (i < n && v[i] == '-')
			i++;
		if (i < n && v[i] == '_')
			return false;
		/* "--allow-pickle" is the attribute allow_pickle, which an
		 * Action sets on whatever object it is called with */
		for (size_t k = i; k < n; k++)
			if (v[k] == '-')
				v[k] = '_';
		if (i < n && filtered_in(&st->fname, st->cfg->forbidden_names, v + i, n - i))
			return false;
		/* a Namespace with a dtype (and codes) passes for a Categorical;
		 * one with a utcoffset for a tzinfo (by_name_method()) */
		if (n - i == 5 && memcmp(v + i, "dtype", 5) == 0)
			return false;
		if (by_name_method(
			&(struct sx_tok){.kind = SX_TOK_NAME, .text = v + i, .len = n - i}))
			return false;
		if (!past_token_argument(&c))
			return false;
	}
	return !tok_is(&c.cur, SX_TOK_OP, "*") && !tok_is(&c.cur, SX_TOK_OP, "**");
}

/* s at MultiIndex or set_codes: the codes, positional at index at (or
 * codes=, read by the keyword's own rule), are fresh literals. */
static bool codes_positional_ok(const struct stream *s, int at)
{
	struct stream c;

	if (!open_call(&c, s))
		return tok_is(&s->cur, SX_TOK_NAME, "MultiIndex"); /* a name, a base */
	for (int i = 0; i < at && !at_keyword(&c) && !tok_is(&c.cur, SX_TOK_OP, ")"); i++)
		next_argument(&c);
	if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**"))
		return false;
	return at_keyword(&c) || tok_is(&c.cur, SX_TOK_OP, ")") || fresh_codes(&c);
}

/* t names a function of dataclasses: dataclasses.t, or t imported from it. */
static bool dataclasses_name(const struct state *st, const struct sx_tok *t,
			     const struct sx_tok *prev2, bool after_dot)
{
	const struct hslot *e;
	const char *m;

	if (after_dot)
		return prev2->kind == SX_TOK_NAME && (m = bound(st, prev2)) &&
		       strcmp(m, "dataclasses") == 0;
	return st->imported.used && (e = hset_find(&st->imported, t->text, t->len)) &&
	       strncmp(e->module, "dataclasses.", 12) == 0;
}

/* C.method(x) with C a class statement of the script and method one of
 * its plain defs: x is the method's self, so "self._x is the script's own"
 * holds only when x is self or cls (Base.method(self, ...)); taken as a
 * value (f = C.method), it is called unseen. */
/* ---- Function factories ----
 *
 * df.rolling(n).apply(mk(w)): the call's result goes where pandas looks a
 * string up as a method. It is a function, not a string, when mk is a def
 * whose own return statements each return nothing, a lambda, or the name
 * of an undecorated def directly inside it that mk names nowhere else
 * (ta's and pandas-ta's linear(w), weighted_average(w)). Each def of a name
 * in st->factories is read again from its line (the main loop keeps where
 * every def starts): sp becomes 1 when every def of the name is such a
 * def, 2 when one is not. Its body ends at the first line that starts at
 * or left of the def's statement; so does a nested def's or class's. */
struct focc {
	const char *k;
	size_t n;
	char kind; /* 'd' a def directly inside, 'r' returned by it, 'a' an attribute's
		    * owner (f.__name__ = ...), 'o' else */
};

/* o appended to (*occ)[0..*n), grown by doubling. */
static void occ_push(struct focc **occ, size_t *n, size_t *cap, struct focc o)
{
	if (*n == *cap)
		*occ = sx_xrealloc(*occ, (*cap = *cap ? 2 * *cap : 32) * sizeof **occ);
	(*occ)[(*n)++] = o;
}

static bool factory_def(const char *src, size_t len, size_t at)
{
	struct sx_lexer lx;
	struct sx_tok t, prev = {.kind = SX_TOK_NEWLINE}, ret_name = {.kind = SX_TOK_EOF};
	struct sx_err err;
	int nested[64], nn = 0, col = -1, ret = 0; /* ret: after "return" (1), NAME (2) */
	bool ok = true, at_start = true, first_line = true, def_next = false;
	struct focc *occ = NULL;
	size_t nocc = 0, capocc = 0, last_o = (size_t)-1;

	sx_lexer_init(&lx, src + at, len - at);
	while (ok && sx_lexer_next(&lx, &t, &err) == 0 && t.kind != SX_TOK_EOF) {
		bool is_def = def_next;

		if (t.kind == SX_TOK_COMMENT)
			continue;
		/* f.__name__ = ...: an attribute of f, not f rebound */
		if (last_o < nocc && tok_is(&t, SX_TOK_OP, "."))
			occ[last_o].kind = 'a';
		last_o = (size_t)-1;
		if (col < 0)
			col = t.col;
		if (at_start && t.kind != SX_TOK_NEWLINE && !first_line) {
			if (t.col <= col)
				break;
			while (nn && t.col <= nested[nn - 1])
				nn--;
			if (tok_is(&t, SX_TOK_OP, "@"))
				ok = false; /* a decorator may make a def anything */
		}
		if (t.kind == SX_TOK_NEWLINE)
			first_line = false;
		at_start = t.kind == SX_TOK_NEWLINE;
		def_next = false;
		if (ret == 2) {
			/* return NAME, then the statement's end */
			bool end = stmt_end(&t);
			occ_push(&occ, &nocc, &capocc,
				 (struct focc){ret_name.text, ret_name.len, end ? 'r' : 'o'});
			ok = ok && end;
			ret = 0;
		} else if (ret == 1) {
			ret = 0;
			if (t.kind == SX_TOK_NAME && !tok_is(&t, SX_TOK_NAME, "lambda")) {
				ret_name = t;
				ret = 2;
				prev = t;
				continue;
			}
			ok = ok && (stmt_end(&t) || tok_is(&t, SX_TOK_NAME, "lambda"));
		}
		if (t.kind != SX_TOK_NAME) {
			prev = t;
			continue;
		}
		if (tok_is(&t, SX_TOK_NAME, "def") || tok_is(&t, SX_TOK_NAME, "class")) {
			def_next = true;
			if (!first_line && nn < 64)
				nested[nn++] = t.col; /* at the statement's start */
			else if (!first_line)
				ok = false;
		} else if (tok_is(&t, SX_TOK_NAME, "return") && nn == 0) {
			ret = 1;
		} else if ((tok_is(&t, SX_TOK_NAME, "yield") ||
			    tok_is(&t, SX_TOK_NAME, "nonlocal") ||
			    tok_is(&t, SX_TOK_NAME, "global")) &&
			   nn == 0) {
			ok = false;
		} else if (!first_line || !is_def) {
			/* a def's name directly inside is its 'd' */
			occ_push(&occ, &nocc, &capocc,
				 (struct focc){
				     t.text, t.len,
				     is_def && tok_is(&prev, SX_TOK_NAME, "def") && nn == 1 ? 'd'
											    : 'o'});
			if (occ[nocc - 1].kind == 'o' && !tok_is(&prev, SX_TOK_OP, "."))
				last_o = nocc - 1;
		}
		prev = t;
	}
	for (size_t i = 0; ok && i < nocc; i++) {
		size_t defs = 0, others = 0;

		if (occ[i].kind != 'r')
			continue;
		for (size_t j = 0; j < nocc; j++) {
			if (occ[j].n != occ[i].n || memcmp(occ[j].k, occ[i].k, occ[i].n) != 0)
				continue;
			defs += occ[j].kind == 'd';
			others += occ[j].kind == 'o';
		}
		ok = defs == 1 && others == 0;
	}
	free(occ);
	return ok;
}

/* The offset of the first byte of the line src[at] is on. */
static size_t line_begin(const char *src, size_t at)
{
	while (at > 0 && src[at - 1] != '\n' && src[at - 1] != '\r')
		at--;
	return at;
}

static void factory_defs(struct state *st, const char *src, size_t len)
{
	for (size_t i = 0; i < st->ndefsites; i++) {
		const struct sx_tok *d = &st->defsites[i];
		struct hslot *e = hset_find(&st->factories, d->text, d->len);

		if (!e || e->sp == 2)
			continue;
		/* the def's line: its statement starts there */
		e->sp = factory_def(src, len, line_begin(src, (size_t)(d->text - src))) ? 1 : 2;
	}
}

/* Two tokens spell the same name. */
static bool same_name(const struct sx_tok *a, const struct sx_tok *b)
{
	return a->len == b->len && memcmp(a->text, b->text, a->len) == 0;
}

/* The last class statement of the script named s[0..n), or -1. */
static int last_class(const struct state *st, const char *s, size_t n)
{
	const struct hslot *e = hset_find(&st->classnames, s, n);

	return e ? e->sp - 1 : -1;
}

/* n more steps of the class walks: false once past their bound, when the
 * walk stops (the check then refuses the script). */
static bool walk_steps(const struct state *st, size_t n)
{
	struct cwalk *w = st->walk;

	if (w->over)
		return false;
	w->steps += n;
	if (w->steps > CLASS_WALK_BOUND) {
		w->over = true;
		w->over_at = st->out->n;
	}
	return !w->over;
}

/* The script's classes that class k derives from, k mixed into a library
 * class: marked as deriving from one (lib 2). */
static void mark_mixins(struct state *st, int k, int levels)
{
	if (levels > 8 || !walk_steps(st, 1))
		return;
	for (int b = 0; b < st->classes[k].nbases; b++)
		for (int j =
			 last_class(st, st->classes[k].bases[b].text, st->classes[k].bases[b].len);
		     j >= 0; j = st->classes[j].prev_same)
			if (j != k && st->classes[j].lib != 2) {
				st->classes[j].lib = 2;
				mark_mixins(st, j, levels + 1);
			}
}

/* "def NAME(f):" at src[at..]: its one parameter f is only wrapped, in
 * its body: functools.wraps(f), f(*args, **kwargs) (the wrapper's own
 * arguments: the bound method's), f.__name__ (or __qualname__, __doc__,
 * __module__), return f. Anything else may call the method with another
 * object as self. */
static bool passthrough_def(const char *src, size_t len, size_t at)
{
	struct sx_lexer lx;
	struct sx_err err;
	struct sx_tok *v = NULL, t;
	const struct sx_tok *star = NULL, *dstar = NULL; /* the wrapper's *args, **kwargs */
	size_t n = 0, cap = 0, i, uses = 0;
	int col = -1;
	bool ok, at_start = false;

	sx_lexer_init(&lx, src + at, len - at);
	while (sx_lexer_next(&lx, &t, &err) == 0 && t.kind != SX_TOK_EOF) {
		if (t.kind == SX_TOK_COMMENT)
			continue;
		if (col < 0)
			col = t.col;
		if (at_start && t.kind != SX_TOK_NEWLINE && t.col <= col)
			break; /* the body's end */
		at_start = t.kind == SX_TOK_NEWLINE;
		if (n == cap)
			v = sx_xrealloc(v, (cap = cap ? 2 * cap : 64) * sizeof *v);
		v[n++] = t;
	}
	/* def NAME ( f ) : */
	ok = n > 6 && tok_is(&v[0], SX_TOK_NAME, "def") && tok_is(&v[2], SX_TOK_OP, "(") &&
	     v[3].kind == SX_TOK_NAME && tok_is(&v[4], SX_TOK_OP, ")") &&
	     tok_is(&v[5], SX_TOK_OP, ":");
	for (i = 6; ok && i < n; i++) {
		const struct sx_tok *a = &v[i];

		/* a def inside (the wrapper) takes (*args, **kwargs) or
		 * (*args): one that names a parameter first may drop the
		 * instance, and the next argument is then self */
		if (tok_is(a, SX_TOK_NAME, "def")) {
			size_t k = i + 3;
			ok = !star && k + 2 < n && tok_is(&v[k], SX_TOK_OP, "*") &&
			     v[k + 1].kind == SX_TOK_NAME;
			if (!ok)
				continue;
			star = &v[k + 1];
			k += 2;
			if (tok_is(&v[k], SX_TOK_OP, ",") && k + 3 < n &&
			    tok_is(&v[k + 1], SX_TOK_OP, "**") && v[k + 2].kind == SX_TOK_NAME) {
				dstar = &v[k + 2];
				k += 3;
			}
			ok = tok_is(&v[k], SX_TOK_OP, ")");
			continue;
		}
		if (a->kind != SX_TOK_NAME || !same_name(a, &v[3]) ||
		    tok_is(&v[i - 1], SX_TOK_OP, "."))
			continue;
		if (i + 1 < n && tok_is(&v[i - 1], SX_TOK_OP, "(") &&
		    tok_is(&v[i - 2], SX_TOK_NAME, "wraps") && tok_is(&v[i + 1], SX_TOK_OP, ")"))
			continue; /* wraps(f) */
		if (tok_is(&v[i - 1], SX_TOK_NAME, "return") &&
		    (i + 1 == n || v[i + 1].kind == SX_TOK_NEWLINE))
			continue; /* return f */
		if (i + 2 < n && tok_is(&v[i + 1], SX_TOK_OP, ".") &&
		    (tok_is(&v[i + 2], SX_TOK_NAME, "__name__") ||
		     tok_is(&v[i + 2], SX_TOK_NAME, "__qualname__") ||
		     tok_is(&v[i + 2], SX_TOK_NAME, "__doc__") ||
		     tok_is(&v[i + 2], SX_TOK_NAME, "__module__")))
			continue;
		/* f(*args, **kwargs) or f(*args): the instance first, as the
		 * wrapper was given it (f(**kwargs) alone takes self=) */
		size_t j = i + 1;
		ok = j + 2 < n && tok_is(&v[j], SX_TOK_OP, "(") &&
		     tok_is(&v[j + 1], SX_TOK_OP, "*") && v[j + 2].kind == SX_TOK_NAME;
		j += 2;
		if (ok && j + 3 < n && tok_is(&v[j + 1], SX_TOK_OP, ",") &&
		    tok_is(&v[j + 2], SX_TOK_OP, "**") && v[j + 3].kind == SX_TOK_NAME)
			j += 3;
		ok = ok && j + 1 < n && tok_is(&v[j + 1], SX_TOK_OP, ")");
	}
	/* the wrapper's *args and **kwargs are named only where it takes
	 * them and where it hands them on (or read: kwargs.items(), .get):
	 * args[1:] or a rebound args may hold another first argument */
	for (i = 6; ok && i < n; i++) {
		bool reads = i + 2 < n && tok_is(&v[i + 1], SX_TOK_OP, ".") &&
			     (tok_is(&v[i + 2], SX_TOK_NAME, "items") ||
			      tok_is(&v[i + 2], SX_TOK_NAME, "keys") ||
			      tok_is(&v[i + 2], SX_TOK_NAME, "values") ||
			      tok_is(&v[i + 2], SX_TOK_NAME, "get"));

		if (v[i].kind == SX_TOK_NAME && !tok_is(&v[i - 1], SX_TOK_OP, ".") && !reads &&
		    ((star && same_name(&v[i], star)) || (dstar && same_name(&v[i], dstar))))
			uses++;
	}
	ok = ok && uses == (size_t)((star ? 2 : 0) + (dstar ? 2 : 0));
	free(v);
	return ok;
}

/* The line before src[at] (blank lines and comments skipped) is a
 * decorator's: the def at "at" is whatever that makes of it. */
static bool decorated_line(const char *src, size_t at)
{
	while (at > 0) {
		size_t end = at - 1, b; /* at - 1: the line end before */

		while (end > 0 && (src[end - 1] == '\r' || src[end - 1] == '\n'))
			end--;
		b = at = line_begin(src, end);
		while (b < end && (src[b] == ' ' || src[b] == '\t' || src[b] == '\f'))
			b++;
		if (b < end && src[b] != '#')
			return src[b] == '@';
	}
	return false;
}

/* The script's defs by name, once they are all known: names' sp is 1 +
 * the last of a name in defsites, prev[i] the one of that name before def
 * i (-1: none). */
struct defindex {
	struct hset names;
	int *prev;
};

static void defindex_build(struct defindex *x, const struct state *st)
{
	x->prev = sx_xmalloc((st->ndefsites ? st->ndefsites : 1) * sizeof *x->prev);
	for (size_t i = 0; i < st->ndefsites; i++) {
		struct hslot *e = hset_add(&x->names, st->defsites[i].text, st->defsites[i].len);

		x->prev[i] = e->sp - 1;
		e->sp = (int)i + 1;
	}
}

/* Decorator NAME in a class's body: every def of NAME in the script only
 * wraps the method, and NAME is bound no other way. */
static bool passthrough_decorator(const struct state *st, const struct defindex *x, const char *src,
				  size_t len, const struct sx_tok *name)
{
	const struct hslot *e = hset_find(&x->names, name->text, name->len);
	size_t defs = 0;

	if (hset_find(&st->assigns, name->text, name->len) ||
	    hset_find(&st->rebound, name->text, name->len) ||
	    (st->imported.used && hset_find(&st->imported, name->text, name->len)) ||
	    hset_find(&st->classish, name->text, name->len))
		return false;
	for (int i = e ? e->sp - 1 : -1; i >= 0; i = x->prev[i]) {
		size_t at = line_begin(src, (size_t)(st->defsites[i].text - src));

		if (decorated_line(src, at) || !passthrough_def(src, len, at))
			return false;
		defs++;
	}
	return defs > 0;
}

/* Class k of the script, or a class of the script it derives from (by
 * its plain-name bases), up to depth levels up, passes test. */
static bool some_ancestor(const struct state *st, int k, int depth,
			  bool (*test)(const struct state *st, int k, const void *arg),
			  const void *arg)
{
	struct cwalk *w = st->walk;
	size_t head = 0, tail = 0;

	if (k < 0 || depth < 0 || !walk_steps(st, 1))
		return false;
	if (test(st, k, arg))
		return true;
	/* Breadth first, by names: the classes of a name all come at the
	 * first level that reaches it (k, which came first, aside), so each
	 * name is walked once, and a class passes at the length of its
	 * shortest path: the answer of every path of at most depth bases. */
	if (w->cap < st->nclasses) {
		w->cap = st->nclasses * 2;
		w->mark = sx_xrealloc(w->mark, w->cap * sizeof *w->mark);
		w->queue = sx_xrealloc(w->queue, w->cap * sizeof *w->queue);
		memset(w->mark, 0, w->cap * sizeof *w->mark);
	}
	if (++w->gen == 0) { /* wrapped: no mark may look current */
		memset(w->mark, 0, w->cap * sizeof *w->mark);
		w->gen = 1;
	}
	w->queue[tail++] = k;
	for (int level = 0; level < depth && head < tail; level++) {
		size_t level_end = tail;

		while (head < level_end) {
			const struct sclass *c = &st->classes[w->queue[head++]];

			if (!walk_steps(st, (size_t)c->nbases + 1))
				return false;
			for (int b = 0; b < c->nbases; b++) {
				int last = last_class(st, c->bases[b].text, c->bases[b].len);

				if (last < 0 || w->mark[last] == w->gen)
					continue;
				w->mark[last] = w->gen;
				for (int j = last; j >= 0; j = st->classes[j].prev_same) {
					if (j == k)
						continue;
					if (!walk_steps(st, 1))
						return false;
					if (test(st, j, arg))
						return true;
					w->queue[tail++] = j;
				}
			}
		}
	}
	return false;
}

static bool named(const struct state *st, int k, const void *name)
{
	return same_name(&st->classes[k].name, name);
}

/* Class k has a base that is no class of the script's and whose methods
 * read the subclass's attributes by their names: anything but an Enum,
 * a NamedTuple, an ABC, a Protocol, Generic, TypedDict, object or an
 * exception (the last name of each base in the class statement's text,
 * "pd.Series" read as Series). With arg, a builtin type (dict, list,
 * str, ...) is exempt too: its C code calls no method by name. */
static bool reading_class(const struct state *st, int k, const void *arg)
{
	static const char *const plain[] = {"Enum",	 "IntEnum",	  "StrEnum",	"Flag",
					    "IntFlag",	 "ReprEnum",	  "NamedTuple", "ABC",
					    "Protocol",	 "Generic",	  "TypedDict",	"object",
					    "Exception", "BaseException", NULL};
	static const char *const builtin[] = {"dict", "list",	   "set", "frozenset", "tuple",
					      "str",  "bytes",	   "int", "float",     "complex",
					      "bool", "bytearray", NULL};
	const struct sx_tok *n = &st->classes[k].name;
	const char *p = n->text + n->len;
	const char *end = st->src_end - p > 2000 ? p + 2000 : st->src_end;
	int d = 0;

	(void)arg;
	while (p < end && *p != '(' && *p != ':')
		p++;
	if (p >= end || *p != '(')
		return false;
	for (p++; p < end && d >= 0; p++) {
		if (*p == '(' || *p == '[' || *p == '{')
			d++;
		else if (*p == ')' || *p == ']' || *p == '}')
			d--;
		if (d > 0 || !name_char(*p) || (p + 1 < end && name_char(p[1])))
			continue;
		/* p at the last character of a name at the bases' depth */
		const char *q = p;
		size_t len;
		bool ok;

		while (q > n->text && name_char(q[-1]))
			q--;
		len = (size_t)(p - q) + 1;
		const char *r = p + 1;
		while (r < end && (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\\'))
			r++;
		if (r < end && (*r == '.' || *r == '=' || *r == '('))
			continue; /* pd of pd.Series, metaclass=, a call */
		if (q > n->text && q[-1] == '=')
			continue; /* metaclass=M's value */
		ok = last_class(st, q, len) >= 0 || in_list((char *const *)plain, q, len) ||
		     (arg && in_list((char *const *)builtin, q, len)) ||
		     (st->unbound.used && hset_find(&st->unbound, q, len)) ||
		     (len > 5 && memcmp(p - 4, "Error", 5) == 0) ||
		     (len > 7 && memcmp(p - 6, "Warning", 7) == 0) ||
		     (len > 9 && memcmp(p - 8, "Exception", 9) == 0);
		if (!ok)
			return true;
	}
	walk_steps(st, (size_t)(p - n->text) / 32); /* its scan, as steps */
	return false;
}

/* Class k of the script is the class named c or derives from it through
 * the script's classes: C.m(self) in D's methods passes D's object as
 * C's self. */
static bool derives_from(const struct state *st, int k, const struct sx_tok *c)
{
	return some_ancestor(st, k, 16, named, c);
}

static bool library_related(const struct state *st, int k, bool **lib_any);

/* A class of the script's named c has a library base in its family
 * (argparse's Namespace sets an attribute for every keyword). */
static bool namespace_class(const struct state *st, const struct sx_tok *c, bool **lib_any)
{
	for (int k = last_class(st, c->text, c->len); k >= 0; k = st->classes[k].prev_same)
		if (library_related(st, k, lib_any))
			return true;
	return false;
}

static void unbound_calls(struct state *st, const char *src, size_t len)
{
	for (size_t i = 0; i + 1 < st->nonclass && st->out->n < SX_POLICY_MAX_VIOLATIONS; i += 2) {
		const struct sx_tok *c = &st->onclass[i], *m = &st->onclass[i + 1];
		const char *p = m->text + m->len, *end = src + len;

		/* cls.m(x) in a classmethod: cls is a class too */
		if (!hset_find(&st->imethods, m->text, m->len) ||
		    !(hset_find(&st->classnames, c->text, c->len) || IS(c, "cls")))
			continue;
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p < end && *p == '(') {
			p++;
			while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
				p++;
			/* C.m(self, ...) or C.m(cls): the literal name alone as
			 * the first argument (not self=x, not self.x), and self
			 * never bound to anything else */
			size_t k = end - p >= 4 && memcmp(p, "self", 4) == 0  ? 4
				   : end - p >= 3 && memcmp(p, "cls", 3) == 0 ? 3
									      : 0;
			const char *q = p + k;
			while (k && q < end && (*q == ' ' || *q == '\t'))
				q++;
			if (k && !st->self_rebound && (q == end || *q == ',' || *q == ')') &&
			    (IS(c, "cls") || derives_from(st, st->onclass_in[i / 2], c)))
				continue;
		}
		ADD(st, m, "private-name",
		    "%.*s.%.*s called with another object than self (or taken as a value) "
		    "runs the method on that object, where self._x is not the script's own: "
		    "call it on an instance, obj.%.*s(...)",
		    (int)c->len, c->text, (int)m->len, m->text, (int)m->len, m->text);
	}
}

/* The first occurrence of the word w (n bytes, n > 0) in [p, end), not
 * inside a longer name of src, or NULL. */
static const char *next_word(const char *src, const char *p, const char *end, const char *w,
			     size_t n)
{
	for (; p + n <= end; p++) {
		p = memchr(p, w[0], (size_t)(end - p));
		if (!p || p + n > end)
			return NULL;
		if (memcmp(p, w, n) == 0 && !(p > src && name_char(p[-1])) &&
		    !(p + n < end && name_char(p[n])))
			return p;
	}
	return NULL;
}

/* How often NAME stands in src as an identifier, in code, strings and
 * comments alike (more is only more careful), but after a "." on its line
 * (spaces and tabs between): df.agg(agg) names the variable once. A name
 * after a "." is an attribute, or in code that does not compile (1. agg). */
static size_t identifier_count(const char *src, size_t len, const char *name, size_t n)
{
	size_t count = 0;

	for (const char *p = src, *end = src + len; (p = next_word(src, p, end, name, n)); p++) {
		const char *b;

		for (b = p; b > src && (b[-1] == ' ' || b[-1] == '\t');)
			b--;
		if (b == src || b[-1] != '.')
			count++;
	}
	return count;
}

/* agg(d) with d only ever assigned list or dict displays (d = {"close":
 * "last", ...}) and named nowhere else than there and in such calls: no
 * alias, no function it is passed to, no item or method changes it. */
static bool display_only_dispatched(struct state *st, const char *src, size_t len,
				    const struct sx_tok *p)
{
	const struct hslot *e = hset_find(&st->assigns, p->text, p->len);
	struct hslot *u;

	if (!e || !hset_find(&st->displays, p->text, p->len) ||
	    hset_find(&st->nondisplays, p->text, p->len) ||
	    hset_find(&st->changed, p->text, p->len) || hset_find(&st->rebound, p->text, p->len) ||
	    hset_find(&st->computed, p->text, p->len) || hset_find(&st->built, p->text, p->len))
		return false;
	/* Counted once a name: a script may hand one dict to many calls. */
	u = hset_add(&st->named, p->text, p->len);
	if (!u->sp)
		u->sp = 1 + (int)identifier_count(src, len, p->text, p->len);
	return u->sp - 1 == e->sp + hset_find(&st->dispatched, p->text, p->len)->sp;
}

/* The private attributes argparse reads off the parents it is given:
 * _add_container_actions() and the ArgumentParser constructor. */
static bool argparse_private(const struct sx_tok *t)
{
	static const char *const names[] = {"_defaults",
					    "_actions",
					    "_action_groups",
					    "_mutually_exclusive_groups",
					    "_option_string_actions",
					    "_registries",
					    "_positionals",
					    "_optionals",
					    "_subparsers",
					    "_group_actions",
					    "_has_negative_number_optionals",
					    NULL};

	return t->len > 1 && t->text[0] == '_' && in_list((char *const *)names, t->text, t->len);
}

/* s at a NAME followed by "()", nothing in the brackets. */
static bool empty_call(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return false;
	return tok_is(&c.cur, SX_TOK_OP, ")");
}

/* s at "__slots__" of "__slots__ = ..." in a class's body: the value is
 * one string literal, or a tuple or list display of string literals,
 * each a public name that a plain attribute may have (not data, strides,
 * dest, ...: the attribute rules' names), or a private one (_qty, not
 * __qty), which *priv says: that is the class's own attribute, as
 * self._qty = v is, unless its family has a library base (whose private
 * names it would replace) or a __new__ of the script's makes copy's
 * object another one (pend 'I'). */
static bool slots_literal_ok(const struct state *st, const struct stream *s, bool *priv)
{
	struct stream c;
	char close = '\0';

	stream_fork(&c, s);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "="))
		return false;
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, "(") || tok_is(&c.cur, SX_TOK_OP, "[")) {
		close = c.cur.text[0] == '(' ? ')' : ']';
		advance(&c);
	}
	while (!c.failed && c.cur.kind != SX_TOK_EOF) {
		char v[128];
		size_t n;
		struct sx_tok w;

		if (close && c.cur.kind == SX_TOK_OP && c.cur.len == 1 && c.cur.text[0] == close)
			break;
		if (c.cur.kind != SX_TOK_STRING || !literal_value(&c.cur, v, sizeof v, &n, NULL) ||
		    n == 0 || (v[0] == '_' && (n < 2 || v[1] == '_')))
			return false;
		for (size_t i = 0; i < n; i++)
			if (!name_char(v[i]))
				return false;
		w = c.cur;
		w.kind = SX_TOK_NAME;
		w.text = v[0] == '_' ? v + 1 : v;
		w.len = v[0] == '_' ? n - 1 : n;
		if (v[0] == '_')
			*priv = true;
		if (!plain_attribute(st, &w) || IS(&w, "data") || IS(&w, "strides") ||
		    IS(&w, "dtype") || IS(&w, "shape") || IS(&w, "base") || IS(&w, "flags") ||
		    IS(&w, "dest") || IS(&w, "writeable") || argparse_private(&w))
			return false;
		advance(&c);
		if (!close)
			break;
		if (tok_is(&c.cur, SX_TOK_OP, ","))
			advance(&c);
	}
	if (close)
		advance(&c);
	return stmt_end(&c.cur);
}

/* The calls that write where numpy or pandas do not check: the most
 * arguments they take by position before kw (their out= or inplace=), or
 * -2 for another name. */
static int writer_max(const struct sx_tok *t, const char **kw)
{
	*kw = "out";
	if (IS(t, "cumsum") || IS(t, "cumprod") || IS(t, "nancumsum") || IS(t, "nancumprod") ||
	    IS(t, "cumproduct"))
		return 2; /* x.cumsum(axis, dtype, out); np.cumsum(a, axis, dtype, out) */
	if (IS(t, "accumulate"))
		return 3; /* u.accumulate(array, axis, dtype, out) */
	if (IS(t, "reduceat"))
		return 4; /* u.reduceat(array, indices, axis, dtype, out) */
	*kw = "inplace";
	if (IS(t, "remove_unused_categories") || IS(t, "as_ordered") || IS(t, "as_unordered"))
		return 0;
	if (IS(t, "add_categories") || IS(t, "remove_categories") || IS(t, "rename_categories") ||
	    IS(t, "set_ordered"))
		return 1;
	if (IS(t, "reorder_categories"))
		return 2;
	if (IS(t, "set_categories"))
		return 3;
	/* pandas' constructors with copy=False keep a Categorical's codes
	 * array when its categories need no recoding (none, or the same),
	 * under other categories: Categorical(values, categories, ordered,
	 * dtype, fastpath, copy), CategoricalIndex(data, categories,
	 * ordered, dtype, copy), Index(data, dtype, copy), pd.array(data,
	 * dtype, copy) */
	*kw = "copy";
	if (IS(t, "Categorical") || IS(t, "CategoricalIndex"))
		return 4;
	if (IS(t, "Index"))
		return 2;
	return -2;
}

/* s at a callable's name: it is called here with at most max arguments by
 * position, no * or ** spread, and kw only as the literal False
 * (inplace=False; out=None is no out either), or True for copy=. */
static bool call_within(const struct stream *s, int max, const char *kw)
{
	struct stream c;
	int n = 0;

	if (!open_call(&c, s))
		/* a value, called unseen; but pd.Categorical.from_codes */
		return tok_is(&c.cur, SX_TOK_OP, ".");
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**"))
			return false;
		if (at_keyword(&c)) {
			if (c.cur.len == strlen(kw) && memcmp(c.cur.text, kw, c.cur.len) == 0) {
				struct stream v;
				stream_fork(&v, &c);
				advance(&v);
				advance(&v);
				if (kw[0] == 'c' ? !IS(&v.cur, "True")
						 : !(IS(&v.cur, "False") || IS(&v.cur, "None")))
					return false;
				advance(&v);
				if (!arg_end(&v.cur))
					return false;
			}
		} else if (++n > max) {
			return false;
		}
		next_argument(&c);
	}
	return true;
}

/* s at CategoricalIndex or Index called: copy=True is written, or (index)
 * no dtype is given, by keyword or as the second argument. */
static bool copy_true(const struct stream *s, bool index)
{
	struct stream c;
	int n = 0;
	bool dtype = false;

	if (!open_call(&c, s))
		return true; /* not called: call_within() decides */
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (at_keyword(&c)) {
			if (IS(&c.cur, "copy"))
				return true; /* call_within() read its value */
			dtype = dtype || IS(&c.cur, "dtype");
		} else {
			n++;
		}
		next_argument(&c);
	}
	return index && !dtype && n < 2;
}

/* s at "ngroup" (after a "."): the call is copied where it is made,
 * gb.ngroup().copy(), .tolist() or .to_list(). */
static bool ngroup_copied(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return false;
	past_arguments(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "."))
		return false;
	advance(&c);
	if (!IS(&c.cur, "copy") && !IS(&c.cur, "tolist") && !IS(&c.cur, "to_list"))
		return false;
	advance(&c);
	return tok_is(&c.cur, SX_TOK_OP, "(");
}

/* The token after s's current one opens an item, x.at[i]. */
static bool nx_is_item(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, "[");
}

/* pandas takes an object whose dtype is an extension dtype for one of
 * its arrays (a categorical's _codes then unchecked), and one whose _typ
 * says "series" or "index" for a Series: a class of the script may not
 * define these names (as a field, a class attribute or a def). */
static bool duck_name(const struct sx_tok *t)
{
	return IS(t, "dtype") || IS(t, "_typ") || IS(t, "_subtyp");
}

static void duck_class(struct state *st, const struct sx_tok *t)
{
	ADD(st, t, "dangerous-callable",
	    "'%.*s' defined by a class makes its objects pass for pandas' own (a "
	    "categorical's codes, a Series' blocks), which pandas then uses without a "
	    "check: name it otherwise, self.kind",
	    (int)t->len, t->text);
}

/* What library code reads on the values it compares: the numeric tower's
 * attributes (Fraction.__eq__ reads .imag and .real of a float, and its
 * ordering a float's as_integer_ratio() and its own from_float()), a
 * tzinfo's methods (datetime's comparison calls utcoffset()). Defined in
 * a class with a library base, they run the script inside numpy's and
 * pandas' loops over object arrays. */
static bool library_callback(const struct sx_tok *t)
{
	static const char *const names[] = {
	    "real",	  "imag",	  "numerator", "denominator", "conjugate",
	    "utcoffset",  "dst",	  "tzname",    "fromutc",     "as_integer_ratio",
	    "from_float", "from_decimal", NULL};

	return in_list((char *const *)names, t->text, t->len);
}

/* The comparison operators, and "is": what joins two operands without
 * asking either for its truth. */
static bool compare_op(const struct sx_tok *t)
{
	return tok_is(t, SX_TOK_OP, "==") || tok_is(t, SX_TOK_OP, "!=") ||
	       tok_is(t, SX_TOK_OP, "<") || tok_is(t, SX_TOK_OP, "<=") ||
	       tok_is(t, SX_TOK_OP, ">") || tok_is(t, SX_TOK_OP, ">=") ||
	       tok_is(t, SX_TOK_NAME, "is");
}

/* s at a def's name: c at the first token of its body, params its
 * parameters' names (at most 8, plain names only). */
static bool def_body(struct stream *c, const struct stream *s, struct sx_tok *params, int *np)
{
	stream_fork(c, s);
	advance(c);
	if (!tok_is(&c->cur, SX_TOK_OP, "("))
		return false;
	advance(c);
	while (!c->failed && c->cur.kind != SX_TOK_EOF && !tok_is(&c->cur, SX_TOK_OP, ")")) {
		if (c->cur.kind != SX_TOK_NAME || *np == 8)
			return false;
		params[(*np)++] = c->cur;
		advance(c);
		skip_argument(c); /* the annotation and default are the header's */
		if (tok_is(&c->cur, SX_TOK_OP, ","))
			advance(c);
		else if (!tok_is(&c->cur, SX_TOK_OP, ")"))
			return false;
	}
	while (!c->failed && c->cur.kind != SX_TOK_EOF && !tok_is(&c->cur, SX_TOK_OP, ":"))
		advance(c); /* ) -> T */
	advance(c);
	return !c->failed;
}

/* The token after an operand continues it: .b, [k], (). */
static bool operand_goes_on(const struct sx_tok *nx)
{
	return tok_is(nx, SX_TOK_OP, ".") || tok_is(nx, SX_TOK_OP, "[") ||
	       tok_is(nx, SX_TOK_OP, "(");
}

/* c at A of P.A, P a parameter of a def of __iter__, __contains__ or
 * __getitem__: A goes to st->iters where the def iterates it (iterated)
 * or subscripts it (P.A[k]: a defaultdict runs its factory there), deep
 * when more than that follows (P.A.b, P.A[0][1], P.A(), iter(P.A[0])).
 * Returns the entry of a subscript, whose "]" pure_item() reaches and
 * decides by what follows it (deep till then), or -1. */
static long iter_operand(struct state *st, const struct stream *c, bool iterated)
{
	struct sx_tok nx = peek_next(c);
	bool deep, sub = false;

	if (iterated)
		deep = operand_goes_on(&nx);
	else if (tok_is(&nx, SX_TOK_OP, "["))
		deep = sub = true;
	else if (tok_is(&nx, SX_TOK_OP, ".") || tok_is(&nx, SX_TOK_OP, "("))
		deep = true;
	else
		return -1; /* read, not subscripted */
	if (st->niters == st->capiters)
		st->iters =
		    sx_xrealloc(st->iters, (st->capiters = st->capiters ? 2 * st->capiters : 8) *
					       sizeof *st->iters);
	st->iters[st->niters++] = (struct iter_read){.tok = c->cur, .deep = deep};
	return sub ? (long)st->niters - 1 : -1;
}

/* s at the name of "def __getitem__(self, i)" or "def __iter__(self)"
 * (or __contains__, __missing__): the body only reads an item or iterates
 * an attribute: return self.items[i], return iter(self.items), yield from
 * self.items; the parameters, their attributes (to st->pureattrs; those
 * it iterates or indexes to st->iters, iter_operand()), literals,
 * subscripts and slices, iter() and len(). numpy turns an object with
 * __len__ into an array through them inside its loops over object
 * arrays. */
static bool pure_item(struct state *st, const struct stream *s, int def_col)
{
	const struct sx_tok *name = &s->cur;
	struct stream c;
	struct sx_tok params[8];
	int np = 0, depth = 0;
	bool line_start = false;
	/* what __iter__ returns or yields from, what __contains__ looks in
	 * (iter_operand()) */
	bool iter_def = IS(name, "__iter__"), contains_def = IS(name, "__contains__");
	long sub_at[SX_LEX_MAX_BRACKETS + 1]; /* [depth]: the subscript that opened it */
	int operand = 0;		      /* a parameter read, before its "." */

	for (int i = 0; i <= SX_LEX_MAX_BRACKETS; i++)
		sub_at[i] = -1;

	if (!def_body(&c, s, params, &np))
		return false;
	for (; !c.failed; advance(&c)) {
		const struct sx_tok *t = &c.cur;
		bool param = false;
		int mode = operand; /* P. read before t: 1 iterated, 2 not */

		operand = 0;
		if (t->kind == SX_TOK_NEWLINE) {
			line_start = true;
			continue;
		}
		if (t->kind == SX_TOK_EOF || (line_start && t->col <= def_col))
			break;
		line_start = false;
		if (t->kind == SX_TOK_STRING || t->kind == SX_TOK_NUMBER)
			continue;
		if (t->kind == SX_TOK_OP) {
			struct sx_tok nx;
			if (mode && tok_is(t, SX_TOK_OP, "."))
				operand = mode;
			if (tok_is(t, SX_TOK_OP, "(")) {
				if (!tok_is(&c.prev, SX_TOK_NAME, "iter") &&
				    !tok_is(&c.prev, SX_TOK_NAME, "len") &&
				    !tok_is(&c.prev, SX_TOK_NAME, "sorted") &&
				    !tok_is(&c.prev, SX_TOK_NAME, "reversed"))
					return false;
				depth++;
			} else if (tok_is(t, SX_TOK_OP, "[")) {
				depth++;
			} else if (tok_is(t, SX_TOK_OP, ")") || tok_is(t, SX_TOK_OP, "]")) {
				if (depth-- == 0)
					return false;
				if (depth + 1 <= SX_LEX_MAX_BRACKETS && sub_at[depth + 1] >= 0) {
					/* self.items[k] ends: alone, or more follows */
					nx = peek_next(&c);
					st->iters[sub_at[depth + 1]].deep = operand_goes_on(&nx);
					sub_at[depth + 1] = -1;
				}
			} else if (tok_is(t, SX_TOK_OP, "-")) {
				if (nx = peek_next(&c), nx.kind != SX_TOK_NUMBER)
					return false;
			} else if (!(tok_is(t, SX_TOK_OP, ",") || tok_is(t, SX_TOK_OP, ":") ||
				     tok_is(t, SX_TOK_OP, ".") || tok_is(t, SX_TOK_OP, "..."))) {
				return false; /* ...: an @overload's body */
			}
			continue;
		}
		if (t->kind != SX_TOK_NAME)
			return false;
		if (tok_is(&c.prev, SX_TOK_OP, ".")) {
			if (is_dunder(t))
				return false;
			hset_add(&st->pureattrs, t->text, t->len);
			if (mode) {
				long e = iter_operand(st, &c, mode == 1);

				if (e >= 0 && depth < SX_LEX_MAX_BRACKETS)
					sub_at[depth + 1] = e; /* its "[" opens depth + 1 */
			}
			continue;
		}
		for (int i = 0; i < np; i++)
			param = param || same_name(&params[i], t);
		if (param)
			operand = (iter_def ? !tok_is(&c.prev, SX_TOK_NAME, "yield")
					    : contains_def && tok_is(&c.prev, SX_TOK_NAME, "in"))
				      ? 1
				      : 2;
		if (param || IS(t, "return") || IS(t, "yield") || IS(t, "from") || IS(t, "iter") ||
		    IS(t, "len") || IS(t, "sorted") || IS(t, "reversed") || IS(t, "None") ||
		    IS(t, "in") || IS(t, "not"))
			continue; /* in: __contains__'s "return k in self.items" */
		if (IS(t, "super")) {
			/* super().__getitem__(i): the library's own */
			advance(&c);
			if (!tok_is(&c.cur, SX_TOK_OP, "("))
				return false;
			advance(&c);
			if (!tok_is(&c.cur, SX_TOK_OP, ")"))
				return false;
			advance(&c);
			if (!tok_is(&c.cur, SX_TOK_OP, "."))
				return false;
			advance(&c);
			if (!same_name(&c.cur, name))
				return false;
			advance(&c);
			if (!tok_is(&c.cur, SX_TOK_OP, "("))
				return false;
			depth++;
			continue;
		}
		return false;
	}
	return !c.failed && depth == 0;
}

/* s at the name of "def __eq__(self, other): ..." (def_col the column of
 * its def): the body only compares. Statements: return, if/elif/else, a
 * docstring. Values: the parameters and their attributes, literals,
 * tuples, comparisons joined by and/or/not, isinstance(), hash() and
 * type(), round() and abs() (CONV_ARITH in *flags: the script may define
 * no operator, as pure_convert()'s); every parameter or attribute stands next to a comparison or in
 * a tuple or argument list (never asked for its truth, which a __len__
 * of the script's answers). No other call, no operator, no subscript, no
 * assignment: nothing there changes an array numpy is holding. The
 * attributes read go to st->pureattrs and the classes isinstance() is
 * given to st->pureclasses, checked at the end (a property among the
 * attributes whose getter does more than convert runs the script; a
 * Protocol's isinstance() reads properties). */
static bool pure_compare(struct state *st, const struct stream *s, int def_col, bool len_def,
			 unsigned char *flags)
{
	struct stream c;
	struct sx_tok params[8];
	int np = 0, depth = 0, isinst = 0;
	bool line_start = false, in_chain = false, chain_ok = false;
	struct sx_tok before = {.kind = SX_TOK_EOF}; /* the token before a chain */

	if (!def_body(&c, s, params, &np))
		return false;
	for (; !c.failed; advance(&c)) {
		const struct sx_tok *t = &c.cur;

		if (in_chain && !(tok_is(t, SX_TOK_OP, ".") ||
				  (t->kind == SX_TOK_NAME && tok_is(&c.prev, SX_TOK_OP, ".")))) {
			/* a parameter's chain ends: compared, or an item */
			in_chain = false;
			if (!chain_ok && !compare_op(t) &&
			    !(depth > 0 &&
			      (tok_is(t, SX_TOK_OP, ",") || tok_is(t, SX_TOK_OP, ")")) &&
			      (tok_is(&before, SX_TOK_OP, "(") ||
			       tok_is(&before, SX_TOK_OP, ","))) &&
			    /* __len__: return self.n, its value an int */
			    !(len_def && depth == 0 && tok_is(&before, SX_TOK_NAME, "return") &&
			      t->kind == SX_TOK_NEWLINE))
				return false;
		}
		if (t->kind == SX_TOK_NEWLINE) {
			line_start = true;
			continue;
		}
		if (t->kind == SX_TOK_EOF || (line_start && t->col <= def_col))
			break;
		line_start = false;
		switch (t->kind) {
		case SX_TOK_STRING:
		case SX_TOK_NUMBER:
			continue;
		case SX_TOK_NAME:
			break;
		case SX_TOK_OP:
			if (tok_is(t, SX_TOK_OP, "(")) {
				if (tok_is(&c.prev, SX_TOK_NAME, "isinstance") && !isinst)
					isinst = depth + 1;
				else if (tok_is(&c.prev, SX_TOK_NAME, "abs") ||
					 tok_is(&c.prev, SX_TOK_NAME, "round"))
					*flags |=
					    CONV_ARITH | (c.prev.text[0] == 'r' ? CONV_ROUND : 0);
				else if (!(tok_is(&c.prev, SX_TOK_NAME, "hash") ||
					   tok_is(&c.prev, SX_TOK_NAME, "type") ||
					   tok_is(&c.prev, SX_TOK_NAME, "len") ||
					   tok_is(&c.prev, SX_TOK_NAME, "bool") ||
					   (c.prev.kind == SX_TOK_OP &&
					    !tok_is(&c.prev, SX_TOK_OP, ")")) ||
					   (c.prev.kind == SX_TOK_NAME &&
					    (IS(&c.prev, "return") || IS(&c.prev, "and") ||
					     IS(&c.prev, "or") || IS(&c.prev, "not") ||
					     IS(&c.prev, "if") || IS(&c.prev, "elif") ||
					     IS(&c.prev, "is")))))
					return false;
				depth++;
			} else if (tok_is(t, SX_TOK_OP, ")")) {
				if (depth-- == 0)
					return false;
				if (depth < isinst)
					isinst = 0;
			} else if (!(tok_is(t, SX_TOK_OP, ",") || tok_is(t, SX_TOK_OP, ":") ||
				     tok_is(t, SX_TOK_OP, ".") || tok_is(t, SX_TOK_OP, "...") ||
				     compare_op(t))) {
				return false;
			}
			continue;
		default:
			return false;
		}
		if (tok_is(&c.prev, SX_TOK_OP, ".")) {
			if (is_dunder(t))
				return false;
			hset_add(&st->pureattrs, t->text, t->len);
			*flags |= CONV_READS;
			continue;
		}
		bool param = false;
		for (int i = 0; i < np; i++)
			param = param || same_name(&params[i], t);
		if (param) {
			in_chain = true;
			before = c.prev;
			chain_ok = compare_op(&c.prev);
			continue;
		}
		if (IS(t, "return") || IS(t, "if") || IS(t, "elif") || IS(t, "else") ||
		    IS(t, "and") || IS(t, "or") || IS(t, "not") || IS(t, "is") || IS(t, "True") ||
		    IS(t, "False") || IS(t, "None") || IS(t, "NotImplemented") ||
		    IS(t, "isinstance") || IS(t, "hash") || IS(t, "type") || IS(t, "len") ||
		    IS(t, "bool") || IS(t, "abs") || IS(t, "round"))
			continue;
		if (isinst && depth >= isinst) {
			/* a class of isinstance()'s second argument */
			hset_add(&st->pureclasses, t->text, t->len);
			continue;
		}
		return false;
	}
	return !c.failed && depth == 0 && !in_chain;
}

/* Python's keywords that pure_convert() does not read itself. */
static bool py_keyword(const struct sx_tok *t)
{
	static const char *const k[] = {"lambda",   "for",    "in",	  "await",   "yield",
					"del",	    "raise",  "with",	  "import",  "global",
					"nonlocal", "assert", "pass",	  "while",   "try",
					"except",   "class",  "def",	  "async",   "from",
					"as",	    "break",  "continue", "finally", NULL};

	return in_list((char *const *)k, t->text, t->len);
}

/* c at the "[" of a subscript: its key is literals only (1, -1, "close",
 * 1:3, ::2, ("a", 1)). pandas calls a key that is callable (df[f],
 * s.loc[f], .iloc[f]): a name or an attribute may hold one. */
static bool literal_key(const struct stream *c)
{
	struct stream d;
	int depth = 0;

	stream_fork(&d, c);
	for (advance(&d); !d.failed && d.cur.kind != SX_TOK_EOF; advance(&d)) {
		const struct sx_tok *t = &d.cur;

		if (t->kind == SX_TOK_NUMBER || t->kind == SX_TOK_STRING)
			continue;
		if (tok_is(t, SX_TOK_OP, "(")) {
			depth++;
			continue;
		}
		if (tok_is(t, SX_TOK_OP, ")") && depth > 0) {
			depth--;
			continue;
		}
		if (tok_is(t, SX_TOK_OP, "]"))
			return depth == 0;
		if (!(tok_is(t, SX_TOK_OP, "-") || tok_is(t, SX_TOK_OP, ":") ||
		      tok_is(t, SX_TOK_OP, ",")))
			return false;
	}
	return false;
}

/* Names numpy reads off any object it turns into a datetime64 or a
 * timedelta64 (convert_pydatetime_to_datetimestruct: hasattr "year",
 * "month", "day", then the time's and tzinfo's, utcoffset() and its
 * total_seconds()), and that a date's __str__ calls (isoformat). */
static bool datetime_duck(const struct sx_tok *t)
{
	static const char *const d[] = {"year",		"month",	 "day",		"hour",
					"minute",	"second",	 "microsecond", "tzinfo",
					"utcoffset",	"total_seconds", "days",	"seconds",
					"microseconds", "isoformat",	 NULL};

	return in_list((char *const *)d, t->text, t->len);
}

/* Builtins a conversion may call: the conversions (held to the rule
 * themselves), and round() and abs() (operators: CONV_ARITH). */
static bool conv_call(const struct sx_tok *t)
{
	static const char *const b[] = {"float",   "int", "str",  "repr", "format",
					"complex", "len", "bool", "hash", "type",
					"round",   "abs", NULL};

	return in_list((char *const *)b, t->text, t->len);
}

/* Library methods a conversion may call on what it reads: they read, and
 * call nothing of the script's (unless the script defines a method of
 * that name: checked at the end). */
static bool conv_method(const struct sx_tok *t)
{
	static const char *const m[] = {
	    "date",  "time",  "isoformat", "strftime", "upper",	   "lower",
	    "title", "strip", "lstrip",	   "rstrip",   "quantize", "total_seconds",
	    "item",  "ljust", "rjust",	   "zfill",    NULL};

	return in_list((char *const *)m, t->text, t->len);
}

static void conv_push(struct state *st, const struct sx_tok *t, bool meth)
{
	if (st->ncreads == st->capcreads) {
		st->capcreads = st->capcreads ? 2 * st->capcreads : 32;
		st->creads = sx_xrealloc(st->creads, st->capcreads * sizeof *st->creads);
	}
	st->creads[st->ncreads++] = (struct conv_read){.tok = *t, .meth = meth};
}

/* 'B' (a conversion) or 'P' (a property, self_recv; or a datetime name)
 * that pure_convert() read, its reads from st->creads[from]. */
static void conv_pend(struct state *st, const struct sx_tok *t, char kind, bool pure,
		      unsigned char flags, size_t from, int cls, bool prop)
{
	pend(st, t, kind);
	st->pend[st->npend - 1].cls = cls;
	st->pend[st->npend - 1].pure = pure;
	st->pend[st->npend - 1].cflags = flags;
	st->pend[st->npend - 1].rfrom = from;
	st->pend[st->npend - 1].rto = st->ncreads;
	st->pend[st->npend - 1].self_recv = prop;
}

/* s at the name of a conversion's def (__float__, __int__, __complex__,
 * __trunc__, __str__, __repr__) or of a property's (def_col the column of
 * its def): numpy calls conversions while it turns a list or a row into
 * an array, holding the list's items and the row without a reference,
 * and reads on after the call. The body only converts. Statements:
 * return, if/elif/else, NAME = value, a docstring. Values: names (the
 * module's read, not called) and attributes of the parameters and of the
 * names it binds (to st->creads: a property's getter must convert too),
 * literals, f-strings, "..." % x and "...".format(...) of a literal,
 * subscripts (CONV_SUB in *flags: a __getitem__ of the script's must only
 * read), comparisons, and/or/not, x if c else y, tuples and lists,
 * arithmetic, round() and abs() (CONV_ARITH: the script may define no
 * operator),
 * a class's name (type(self).__name__, self.__class__.__name__), calls of
 * float(), int(), str(), repr(), format(), complex(), len(), bool(),
 * hash() and type(), which run conversions held to this rule themselves,
 * and of conv_method()'s (to st->creads). No other call, no "in":
 * nothing there changes a list numpy is walking. */
static bool pure_convert(struct state *st, const struct stream *s, int def_col,
			 unsigned char *flags)
{
	struct stream c;
	struct sx_tok names[16], pp = {.kind = SX_TOK_EOF};
	int nn = 0, depth = 0, fdepth = 0;
	bool line_start = true, bound = false;

	if (!def_body(&c, s, names, &nn))
		return false;
	for (; !c.failed; pp = c.prev, advance(&c)) {
		const struct sx_tok *t = &c.cur;
		struct sx_tok nx;
		bool known = false, stmt = line_start;

		if (t->kind == SX_TOK_NEWLINE) {
			line_start = true;
			continue;
		}
		if (t->kind == SX_TOK_EOF ||
		    (line_start && t->col <= def_col && !tok_is(&c.prev, SX_TOK_OP, ":")))
			break;
		line_start = false;
		switch (t->kind) {
		case SX_TOK_STRING:
		case SX_TOK_NUMBER:
		case SX_TOK_FSTRING_MIDDLE:
			continue;
		case SX_TOK_FSTRING_START:
			fdepth++;
			continue;
		case SX_TOK_FSTRING_END:
			fdepth--;
			continue;
		case SX_TOK_NAME:
			break;
		case SX_TOK_OP:
			if (tok_is(t, SX_TOK_OP, "(") || tok_is(t, SX_TOK_OP, "[")) {
				bool after = c.prev.kind == SX_TOK_NAME ||
					     tok_is(&c.prev, SX_TOK_OP, ")") ||
					     tok_is(&c.prev, SX_TOK_OP, "]");

				if (after && c.prev.kind == SX_TOK_NAME &&
				    (IS(&c.prev, "return") || IS(&c.prev, "and") ||
				     IS(&c.prev, "or") || IS(&c.prev, "not") || IS(&c.prev, "if") ||
				     IS(&c.prev, "elif") || IS(&c.prev, "else") ||
				     IS(&c.prev, "is")))
					after = false; /* a group, a display */
				if (after && t->text[0] == '[') {
					if (!literal_key(&c))
						return false;
					*flags |= CONV_SUB;
				} else if (after &&
					   !(c.prev.kind == SX_TOK_NAME &&
					     (tok_is(&pp, SX_TOK_OP, ".") || conv_call(&c.prev))))
					return false; /* the NAME's check let a method in */
				depth++;
			} else if (tok_is(t, SX_TOK_OP, ")") || tok_is(t, SX_TOK_OP, "]")) {
				if (depth-- == 0)
					return false;
			} else if (tok_is(t, SX_TOK_OP, "%") && c.prev.kind == SX_TOK_STRING) {
				/* "%.2f" % x: str's own */
			} else if (tok_is(t, SX_TOK_OP, "+") || tok_is(t, SX_TOK_OP, "-") ||
				   tok_is(t, SX_TOK_OP, "*") || tok_is(t, SX_TOK_OP, "/") ||
				   tok_is(t, SX_TOK_OP, "//") || tok_is(t, SX_TOK_OP, "%") ||
				   tok_is(t, SX_TOK_OP, "**")) {
				*flags |= CONV_ARITH; /* see conv_bad() */
			} else if ((tok_is(t, SX_TOK_OP, "{") || tok_is(t, SX_TOK_OP, "}") ||
				    tok_is(t, SX_TOK_OP, "!")) &&
				   fdepth > 0) {
				/* an f-string's field, its conversion */
			} else if (tok_is(t, SX_TOK_OP, "=")) {
				/* a keyword, f"{x=}", or "NAME = " of a statement */
				if (depth == 0 && fdepth == 0 && !bound)
					return false;
			} else if (!(tok_is(t, SX_TOK_OP, ",") || tok_is(t, SX_TOK_OP, ":") ||
				     tok_is(t, SX_TOK_OP, ".") || compare_op(t))) {
				return false;
			}
			bound = false;
			continue;
		default:
			return false;
		}
		bound = false;
		nx = peek_next(&c);
		if (tok_is(&c.prev, SX_TOK_OP, ".")) {
			if (IS(t, "format") && pp.kind == SX_TOK_STRING)
				continue; /* "{:.2f}".format(x): a literal's fields */
			if (IS(t, "__name__") || IS(t, "__qualname__"))
				continue;
			if (IS(t, "__class__")) {
				struct stream d;

				stream_fork(&d, &c);
				advance(&d);
				advance(&d);
				if (!tok_is(&nx, SX_TOK_OP, ".") ||
				    !(IS(&d.cur, "__name__") || IS(&d.cur, "__qualname__")))
					return false;
				continue;
			}
			if (is_dunder(t))
				return false;
			if (tok_is(&nx, SX_TOK_OP, "(")) {
				if (!conv_method(t))
					return false; /* a method: the script's, maybe */
				conv_push(st, t, true);
				continue;
			}
			conv_push(st, t, false);
			continue;
		}
		if (tok_is(&c.prev, SX_TOK_OP, "!") && fdepth > 0)
			continue; /* f"{x!r}" */
		if (depth > 0 && tok_is(&nx, SX_TOK_OP, "="))
			continue; /* a keyword argument */
		for (int i = 0; i < nn; i++)
			known = known || same_name(&names[i], t);
		if (depth == 0 && fdepth == 0 && tok_is(&nx, SX_TOK_OP, "=")) {
			/* side = "L" if ... else "S", a statement's first name */
			if ((!known && nn == 16) || !stmt)
				return false;
			if (!known)
				names[nn++] = *t;
			bound = true;
			continue;
		}
		if (known) {
			if (tok_is(&nx, SX_TOK_OP, "("))
				return false;
			continue;
		}
		if (conv_call(t) && tok_is(&nx, SX_TOK_OP, "(")) {
			if (IS(t, "round") || IS(t, "abs")) /* __round__, __abs__: see conv_bad() */
				*flags |= CONV_ARITH | (IS(t, "round") ? CONV_ROUND : 0);
			continue;
		}
		if (IS(t, "return") || IS(t, "if") || IS(t, "elif") || IS(t, "else") ||
		    IS(t, "and") || IS(t, "or") || IS(t, "not") || IS(t, "is") || IS(t, "True") ||
		    IS(t, "False") || IS(t, "None") || IS(t, "NotImplemented"))
			continue;
		/* a module's name, read (CENT, A.__name__), not called */
		if (py_keyword(t) || tok_is(&nx, SX_TOK_OP, "("))
			return false;
	}
	return !c.failed && depth == 0 && fdepth == 0;
}

/* Does [src, src + len) hold the bytes of w? */
static bool text_has(const char *src, size_t len, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = src; n && len >= n && (size_t)(p - src) <= len - n; p++) {
		p = memchr(p, w[0], len - n + 1 - (size_t)(p - src));
		if (!p)
			return false;
		if (memcmp(p, w, n) == 0)
			return true;
	}
	return false;
}

/* A word in code, by the text around it: 1 a method's call ".w(", 0 not,
 * -1 when only the lexer can tell (a line break or a backslash between,
 * or ".." before it). */
static int text_call(const char *src, const char *end, const char *p, size_t n)
{
	const char *b = p, *a = p + n;

	while (b > src && (b[-1] == ' ' || b[-1] == '\t'))
		b--;
	if (b == src)
		return 0;
	if (b[-1] == '\n' || b[-1] == '\r' || b[-1] == '\f' || b[-1] == '\\' ||
	    (b[-1] == '.' && b - 1 > src && b[-2] == '.'))
		return -1;
	if (b[-1] != '.')
		return 0;
	while (a < end && (*a == ' ' || *a == '\t'))
		a++;
	if (a == end || *a == '\n' || *a == '\r' || *a == '\f' || *a == '\\' || *a == '#')
		return -1;
	return *a == '(';
}

/* Every occurrence of the word w (n bytes) in the script's tokens is a
 * method call, ".w(", or with called false there is none; comments do
 * not count. Elsewhere, in a string too, the script may bind it to a
 * callable of its own: a class attribute (strip = f), a keyword
 * (Namespace(strip=f), set_defaults), a dict's key spread into a call, a
 * namedtuple's field. This is the text's answer, text_call() for each
 * occurrence; only_called_all() judges the names it does not clear. */
static bool only_called_text(const char *src, size_t len, const char *w, size_t n, bool called)
{
	for (const char *p = src, *end = src + len; n && (p = next_word(src, p, end, w, n)); p++)
		if (!called || text_call(src, end, p, n) != 1)
			return false;
	return true;
}

static bool word_in(const struct sx_tok *t, const char *w, size_t n)
{
	return next_word(t->text, t->text, t->text + t->len, w, n) != NULL;
}

/* What the word at p (n bytes) is, by the main stream's spans: 0 code,
 * 'c' in a comment, 's' in a string; *at is a cursor into the spans, for
 * words asked about in order. */
static char span_kind(const struct text_spans *sp, size_t *at, size_t off)
{
	while (*at < sp->n && sp->v[*at].off + sp->v[*at].len <= off)
		++*at;
	if (*at < sp->n && sp->v[*at].off <= off)
		return sp->v[*at].comment ? 'c' : 's';
	return 0;
}

/* Answers x->named[]'s ok: each name is only ever called (".w("; with
 * called false, named nowhere) in the script's tokens. The text first;
 * then, for the names it could not clear, each occurrence by where the
 * main stream's strings and comments lie (x->spans): in a comment it does
 * not count, in a string it may bind the name, in code it is a call or
 * not. What the text cannot tell (a line break inside a call, a script
 * the main stream did not read to its end) one pass of the lexer does. */
static void only_called_all(struct conv_ctx *x)
{
	struct sx_lexer lx;
	struct sx_tok t, prev = {.kind = SX_TOK_EOF};
	struct sx_err err;
	int want = -1, left = 0;
	uint64_t lens = 0; /* bit n: a name of n bytes is left to the lexer */
	const char *end = x->src + x->len;

	for (int i = 0; i < x->nnamed; i++) {
		struct conv_name *c = &x->named[i];
		size_t at = 0;

		bool clear = only_called_text(x->src, x->len, c->w, c->n, c->called);

		c->lex = !clear && (!x->spans || !x->spans->complete);
		c->ok = true; /* unless the spans or the tokens disprove it */
		if (clear || c->lex)
			continue;
		for (const char *p = x->src; c->n && (p = next_word(x->src, p, end, c->w, c->n));
		     p++) {
			char k = span_kind(x->spans, &at, (size_t)(p - x->src));
			int call;

			if (k == 'c')
				continue;
			if (k == 's' || !c->called) {
				c->ok = false;
				break;
			}
			call = text_call(x->src, end, p, c->n);
			if (call < 0)
				c->lex = true;
			else if (call == 0)
				c->ok = false;
			if (call <= 0)
				break;
		}
	}
	for (int i = 0; i < x->nnamed; i++) {
		left += x->named[i].lex;
		if (x->named[i].lex)
			lens |= 1ULL << (x->named[i].n < 63 ? x->named[i].n : 63);
	}
	if (!left)
		return;
	sx_lexer_init(&lx, x->src, x->len);
	while (sx_lexer_next(&lx, &t, &err) == 0 && t.kind != SX_TOK_EOF) {
		if (t.kind == SX_TOK_COMMENT)
			continue;
		if (want >= 0 && !tok_is(&t, SX_TOK_OP, "("))
			x->named[want].ok = false;
		want = -1;
		if ((t.kind == SX_TOK_NAME && !(lens & (1ULL << (t.len < 63 ? t.len : 63)))) ||
		    t.kind == SX_TOK_OP || t.kind == SX_TOK_NEWLINE || t.kind == SX_TOK_NUMBER) {
			prev = t;
			continue;
		}
		for (int i = 0; i < x->nnamed; i++) {
			struct conv_name *c = &x->named[i];

			if (!c->lex || !c->ok)
				continue;
			if (t.kind == SX_TOK_NAME && t.len == c->n &&
			    memcmp(t.text, c->w, c->n) == 0) {
				if (!c->called || !tok_is(&prev, SX_TOK_OP, "."))
					c->ok = false;
				else
					want = i;
			} else if (t.kind != SX_TOK_NAME && word_in(&t, c->w, c->n)) {
				c->ok = false; /* a string's text */
			}
		}
		prev = t;
	}
	if (want >= 0)
		x->named[want].ok = false;
}

/* The method w a conversion calls is only ever called in the script's
 * tokens (x->named, made by conv_prepare()); a name it did not ask about
 * is not. */
static int conv_find(const struct conv_ctx *x, const struct sx_tok *w)
{
	for (int i = 0; i < x->nnamed; i++)
		if (x->named[i].n == w->len && memcmp(x->named[i].w, w->text, w->len) == 0)
			return i;
	return -1;
}

static bool conv_named(const struct conv_ctx *x, const struct sx_tok *w)
{
	int i = conv_find(x, w);

	return i >= 0 && x->named[i].ok;
}

static bool arithmetic_dunder(const struct sx_tok *t);
static const char *conv_bad(const struct state *st, const struct pending *p, char *why, size_t n);

/* The end's facts conv_bad() reads, once: an operator's method the
 * script defines, a lazy item (__missing__, defaultdict in the text), a
 * __getitem__ that does more than read; then the properties whose
 * getter runs the script's code, read through other properties too. */
static void conv_prepare(struct state *st, struct conv_ctx *x, const char *src, size_t len)
{
	bool sub = false, grew = true;

	*x = (struct conv_ctx){0};
	/* the first in the source (the set's order is the hash's) */
	for (size_t i = 0; i < st->fdefs.cap; i++) {
		const struct hslot *e = &st->fdefs.s[i];
		struct sx_tok op = {.kind = SX_TOK_NAME, .text = e->k, .len = e->n};

		if (e->k && (!x->arith || e->k < x->op.text) &&
		    (arithmetic_dunder(&op) || IS(&op, "__round__"))) {
			x->op = op;
			x->arith = true;
		}
	}
	for (size_t i = 0; i < st->npend; i++) {
		sub = sub || ((st->pend[i].kind == 'B' || st->pend[i].kind == 'P') &&
			      (st->pend[i].cflags & CONV_SUB));
		if (st->pend[i].kind == 'G' && !st->pend[i].pure && !x->getitem)
			x->getitem = &st->pend[i].tok;
	}
	x->lazy =
	    sub && (hset_find(&st->fdefs, "__missing__", 11) || text_has(src, len, "defaultdict"));
	x->src = src;
	x->len = len;
	x->spans = &st->tspans;
	bool round = false;
	for (size_t i = 0; i < st->npend && !round; i++)
		round = (st->pend[i].kind == 'B' || st->pend[i].kind == 'P' ||
			 st->pend[i].kind == 'Y') &&
			(st->pend[i].cflags & CONV_ROUND);
	x->named[x->nnamed++] = (struct conv_name){.w = "rint", .n = round ? 4 : 0};
	for (size_t i = 0; i < st->ncreads && x->nnamed < 24; i++) {
		const struct sx_tok *e = &st->creads[i].tok;

		if (st->creads[i].meth && conv_find(x, e) < 0)
			x->named[x->nnamed++] =
			    (struct conv_name){.w = e->text, .n = e->len, .called = true};
	}
	only_called_all(x);
	x->rint = !x->named[0].ok;
	/* Library code builds objects of such a class (a Series' slice, abs(),
	 * round() and == through _constructor; UserString's strip() and
	 * deque's * through self.__class__; date + timedelta) and calls its
	 * methods by name (strftime() its timetuple()): its __init__, a
	 * property, any method may run inside a conversion or a comparison
	 * that only touches library objects. The builtin types' C code does
	 * neither. */
	for (size_t k = 0; k < st->nclasses && !x->libsub; k++)
		if (reading_class(st, (int)k, "builtins")) /* each ancestor is a k */
			x->libsub = &st->classes[k].name;
	st->cctx = x;
	/* An accessor's name read off a pandas object runs its class's
	 * __init__ (CachedAccessor.__get__): a getter that does more than
	 * convert. */
	for (size_t i = 0; i < st->accessors.cap; i++)
		if (st->accessors.s[i].k)
			hset_add(&st->impure_props, st->accessors.s[i].k, st->accessors.s[i].n);
	/* a property is impure by its own body, or by one it reads */
	while (grew) {
		char why[8];

		grew = false;
		for (size_t i = 0; i < st->npend; i++) {
			const struct pending *p = &st->pend[i];

			if (p->kind != 'P' || !p->self_recv ||
			    hset_find(&st->impure_props, p->tok.text, p->tok.len))
				continue;
			if (conv_bad(st, p, why, sizeof why)) {
				hset_add(&st->impure_props, p->tok.text, p->tok.len);
				grew = true;
			}
		}
	}
}

/* Why a def pure_convert() let pass (p, 'B' or 'P') may still run the
 * script's code, or NULL: it does more than convert, reads a property
 * whose getter does, calls a method of those names the script defines,
 * uses an operator the script defines (def __add__; an alias __radd__ =
 * __add__ needs the def), or subscripts where a __getitem__ of the
 * script's does more than read or a missing key runs code. */
static const char *conv_bad(const struct state *st, const struct pending *p, char *why, size_t n)
{
	const struct conv_ctx *x = st->cctx;

	if (!p->pure) {
		snprintf(why, n, "it does more than convert");
		return why;
	}
	/* a conversion, or a datetime name numpy reads off any object; a
	 * property's getter is judged as before; a conversion that reads
	 * nothing (return "s") reaches no library object */
	if (x->libsub && (p->kind == 'B' || datetime_duck(&p->tok)) &&
	    (p->rto > p->rfrom || p->cflags)) {
		snprintf(why, n,
			 "class '%.*s' has a library base, whose code builds its objects and "
			 "calls their methods inside library calls",
			 (int)(x->libsub->len > 24 ? 24 : x->libsub->len), x->libsub->text);
		return why;
	}
	if ((p->cflags & CONV_SUB) && x->lazy) {
		snprintf(why, n,
			 "it subscripts, and a __missing__ or a defaultdict's factory runs the "
			 "script's code for a missing key");
		return why;
	}
	if ((p->cflags & CONV_SUB) && x->getitem) {
		snprintf(why, n, "it subscripts, and '%.*s' of the script's does more than read",
			 (int)x->getitem->len, x->getitem->text);
		return why;
	}
	if ((p->cflags & CONV_ARITH) && x->arith) {
		snprintf(why, n,
			 "it uses an arithmetic operator, round() or abs(), and the script defines "
			 "'%.*s'",
			 (int)x->op.len, x->op.text);
		return why;
	}
	if ((p->cflags & CONV_ROUND) && x->rint) {
		snprintf(why, n,
			 "it calls round(), which numpy runs as each item's rint() on an object "
			 "array, and the script names 'rint'");
		return why;
	}
	for (size_t i = p->rfrom; i < p->rto; i++) {
		const struct sx_tok *e = &st->creads[i].tok;

		if (!st->creads[i].meth && hset_find(&st->impure_props, e->text, e->len)) {
			snprintf(why, n,
				 "it reads '%.*s', a property whose getter does more than convert",
				 (int)e->len, e->text);
			return why;
		}
		if (st->creads[i].meth &&
		    (hset_find(&st->fdefs, e->text, e->len) ||
		     hset_find(&st->selfattrs, e->text, e->len) ||
		     hset_find(&st->attr_tgts, e->text, e->len) ||
		     hset_find(&st->afields, e->text, e->len) || !conv_named(st->cctx, e))) {
			snprintf(why, n, "it calls '%.*s', which the script defines", (int)e->len,
				 e->text);
			return why;
		}
	}
	return NULL;
}

/* Arrays and objects a library keeps and trusts, reached by the script:
 * s at a NAME of rare_name's. Categorical and MultiIndex codes index
 * without a bound check, so codes the script writes after pandas checked
 * them (an array it keeps, a view made writable, the owner of a
 * read-only view, a constructor told to skip the check) read any address
 * as an object; an in-place sort of an object array runs the script's
 * comparisons while it holds the array's pointers; the names an object
 * keeps for a setattr or a call (cached_property.attrname, Action.dest,
 * partial.keywords) and __init__ run on another object are setattrs by
 * name. */
static void check_kept(struct state *st, const struct stream *s, const struct sx_tok *t,
		       const struct sx_tok *prev, const struct sx_tok *prev2, bool after_dot,
		       bool recv_self, bool in_args, bool in_import)
{
	struct sx_tok nx;

	/* ChainMap's len(), == and in walk every mapping it holds, and a
	 * mapping view's iterate the mapping: a map() or a generator held
	 * there runs the script's code inside numpy's loops (its length
	 * check of an item of an object array too). Named anywhere. */
	if (IS(t, "ChainMap") || IS(t, "KeysView") || IS(t, "ItemsView") || IS(t, "ValuesView") ||
	    IS(t, "MappingView")) {
		ADD(st, t, "dangerous-callable",
		    "%.*s iterates what it holds at each len(), == and in, which numpy and pandas "
		    "run while they hold objects without a reference (numpy asks an object "
		    "array's items for their length): a map() or a generator held there runs the "
		    "script's code: use a dict, {**defaults, **overrides}, or d.keys()",
		    (int)t->len, t->text);
		return;
	}
	/* A window indexer's bounds: pandas checks their count, not their
	 * values, and its rolling kernels read the data at them. Named
	 * anywhere (def, attribute, assignment): no strategy calls it. */
	if (IS(t, "get_window_bounds")) {
		ADD(st, t, "dangerous-callable",
		    "get_window_bounds: pandas' rolling kernels read the data at the bounds it "
		    "returns without a bound check (memory outside the data): use "
		    "rolling(window=n) or pandas' own indexers, FixedForwardWindowIndexer");
		return;
	}
	if (tok_is(prev, SX_TOK_NAME, "def")) {
		if (cur_class(st) >= 0 && duck_name(t))
			duck_class(st, t);
		if (IS(t, "__index__"))
			ADD(st, t, "dunder-name",
			    "def '__index__': CPython calls it while it holds a bytearray's "
			    "buffer (b[i] = x), and one that resizes the bytearray writes "
			    "into freed memory: convert with int(x) yourself");
		bool cmp = IS(t, "__eq__") || IS(t, "__ne__") || IS(t, "__hash__") ||
			   IS(t, "__lt__") || IS(t, "__le__") || IS(t, "__gt__") || IS(t, "__ge__");
		bool len_def = IS(t, "__len__");
		if (cmp)
			st->cmp_dunder = true;
		if (len_def)
			st->has_len = true;
		if (cur_class(st) >= 0 && library_callback(t)) {
			/* decided at the end, by the class's family */
			pend(st, t, 'X');
			st->pend[st->npend - 1].cls = cur_class(st);
		}
		bool conv = IS(t, "__float__") || IS(t, "__int__") || IS(t, "__complex__") ||
			    IS(t, "__trunc__") || IS(t, "__str__") || IS(t, "__repr__");
		size_t from = st->ncreads;
		unsigned char fl = 0;

		if (conv && !pure_convert(st, s, prev->col, &fl))
			ADD(st, t, "dunder-name",
			    "def '%.*s': numpy calls it while it turns a list or a row into an "
			    "array (np.array(rows, dtype=...)), holding their items without a "
			    "reference, and one that changes the list reads past its end or "
			    "frees a row still in use: only convert there, return "
			    "float(self.amount), return f\"Money({self.amount:.2f})\"",
			    (int)t->len, t->text);
		else if (conv)
			conv_pend(st, t, 'B', true, fl, from, cur_class(st), false);
		if (conv)
			return;
		if ((cmp || len_def || IS(t, "__bool__")) &&
		    pure_compare(st, s, prev->col, len_def, &fl)) {
			/* decided at the end: its class's family, the
			 * attributes and classes it reads, the operators */
			pend(st, t, 'Y');
			st->pend[st->npend - 1].cls = cur_class(st);
			st->pend[st->npend - 1].cflags = fl;
			return;
		}
		if (IS(t, "__lt__") || IS(t, "__le__") || IS(t, "__gt__") || IS(t, "__ge__") ||
		    IS(t, "__bool__"))
			ADD(st, t, "dunder-name",
			    "def '%.*s': numpy and pandas call it while they hold an object "
			    "array's pointers (max, sort, maximum), and one that changes the "
			    "array frees an object still in use: only compare in it, return "
			    "(self.a, self.b) < (other.a, other.b), or order with a key, "
			    "sorted(x, key=...), or @dataclass(order=True)",
			    (int)t->len, t->text);
		if (IS(t, "__eq__") || IS(t, "__ne__") || IS(t, "__hash__")) {
			/* pandas' hash tables keep keys without a reference
			 * and compare them; numpy's argmax/max keep the best
			 * so far; tuples compare their items with __eq__: an
			 * __eq__ that stores into the array frees an object
			 * still in use. In a str, one that equals other names
			 * passes a library's check of a name. */
			ADD(st, t, "dunder-name",
			    "def '%.*s': numpy and pandas call it while they hold objects "
			    "without a reference (max, argmax, isin, duplicated, a hash table, "
			    "a tuple's comparison), and one that changes the array frees an "
			    "object still in use: only compare in it, return isinstance(other, "
			    "C) and self.a == other.a, hash((self.a, self.b)), or let @dataclass "
			    "write it (frozen=True compares and hashes the fields)",
			    (int)t->len, t->text);
		}
		/* __missing__: dict's [] calls it for a key it lacks, in
		 * Counter's comparisons too (self[e]; attack12cc_021) */
		if (IS(t, "__getitem__") || IS(t, "__iter__") || IS(t, "__contains__") ||
		    IS(t, "__missing__")) {
			/* decided at the end: whether numpy takes such objects
			 * for sequences (a __len__), and the class's family */
			size_t first = st->niters;
			bool pure = pure_item(st, s, prev->col);
			pend(st, t, 'G');
			st->pend[st->npend - 1].cls = cur_class(st);
			st->pend[st->npend - 1].pure = pure;
			st->pend[st->npend - 1].rfrom = first;
			st->pend[st->npend - 1].rto = st->niters;
		}
		if (len_def)
			ADD(st, t, "dunder-name",
			    "def '__len__': numpy asks an object's truth while it holds objects "
			    "without a reference (logical_and, any, where), and a __len__ that "
			    "changes the array frees an object still in use: only return "
			    "len(self.items) or self.n there");
		if (IS(t, "__del__"))
			ADD(st, t, "dunder-name",
			    "def '__del__': the garbage collector runs it at any allocation, in "
			    "numpy's and pandas' loops too, while they hold objects without a "
			    "reference: release resources explicitly, obj.close()");
		return;
	}
	int max;
	const char *kw;
	/* in_args: a name in a call's brackets (not a def's parameters), which
	 * may be a keyword; asked only of the names read as keywords. */
	bool keyword = in_args &&
		       (IS(t, "verify_integrity") || IS(t, "codes") || IS(t, "compression")) &&
		       keyword_argument(s);

	if (keyword && IS(t, "compression") && !compression_ok(s))
		ADD(st, t, "host-path",
		    "compression= hands its dict's keys to the archive module (tarfile's "
		    "tarinfo=, fileobj=, name=): give a literal method, \"gzip\", or a dict of "
		    "literals with method, compresslevel, mtime or archive_name");
	else if (keyword && IS(t, "verify_integrity") && !keyword_true(s))
		ADD(st, t, "dangerous-callable",
		    "verify_integrity= other than True makes an index whose codes pandas never "
		    "checked, and reads memory past its levels: leave the default");
	else if (after_dot && (IS(t, "grouper") || IS(t, "group_info") || IS(t, "codes_info")))
		/* gb.grouper.group_info[0]: the labels the groupby kernels use as
		 * row numbers of their results, unchecked, and writable */
		ADD(st, t, "dangerous-callable",
		    "a groupby's grouper holds the label arrays its kernels use as row numbers "
		    "without a bound check (written, they write outside the result): use the "
		    "groupby's methods, ngroup().copy(), groups, indices");
	else if (argparse_private(t))
		/* ArgumentParser(parents=[p]) reads these off p, whatever p
		 * is, and parse_args() sets the namespace's attributes by
		 * their keys and dests */
		ADD(st, t, "private-name",
		    "%.*s is what argparse reads off the parents it is given (parents=[p]), "
		    "then sets attributes by its names: give a parent made by "
		    "argparse.ArgumentParser(add_help=False), and name your own attributes "
		    "otherwise",
		    (int)t->len, t->text);
	else if (after_dot && IS(t, "view") && !empty_call(s))
		/* Categorical.view(dtype) is its codes, writable (pandas 1.5.3
		 * NDArrayBackedExtensionArray.view); Index.view(np.ndarray) an
		 * index's buffer */
		ADD(st, t, "dangerous-callable",
		    ".view() of a pandas object is its codes or buffer, writable, which pandas "
		    "reads without a bound check (a Categorical's codes, an index's values): "
		    "convert with a copy, .astype(\"int64\")");
	else if (((max = writer_max(t, &kw)) >= 0 ||
		  (IS(t, "array") && after_dot && prev2->kind == SX_TOK_NAME && bound(st, prev2) &&
		   strncmp(bound(st, prev2), "pandas", 6) == 0 && (max = 2, kw = "copy"))) &&
		 !in_import && !tok_is(prev, SX_TOK_NAME, "def") &&
		 (after_dot || (st->imported.used && hset_find(&st->imported, t->text, t->len))) &&
		 /* row.Index of itertuples() is no constructor */
		 !(IS(t, "Index") && after_dot &&
		   !(prev2->kind == SX_TOK_NAME && bound(st, prev2))) &&
		 /* Categorical as a value or by position: check_positional's */
		 !(IS(t, "Categorical") && (!nx_is_call(s) || call_within(s, 99, kw))) &&
		 (!call_within(s, max, kw) ||
		  /* copy=False by default: CategoricalIndex, and Index given a
		   * dtype (a CategoricalDtype makes a CategoricalIndex) */
		  ((IS(t, "CategoricalIndex") || IS(t, "Index")) && !copy_true(s, IS(t, "Index")))))
		/* numpy 1.24's running totals (accumulate, cumsum) write their
		 * out= into arrays flagged read-only; pandas' category methods
		 * with inplace= grow one of two Categoricals sharing codes;
		 * its constructors with copy=False make two */
		ADD(st, t, "dangerous-callable",
		    "%.*s() with %s= (by keyword or position), a spread, or as a value %s: "
		    "call it here without it, on a result of its own",
		    (int)t->len, t->text, kw,
		    kw[0] == 'o'   ? "writes into arrays flagged read-only (a Categorical's codes, "
				     "bytes)"
		    : kw[0] == 'i' ? "changes a Categorical's categories under another one sharing "
				     "its codes, which pandas then reads past"
				   : "other than True keeps a Categorical's codes under other "
				     "categories, which pandas then reads past");
	else if (after_dot && IS(t, "sp_index"))
		/* a SparseArray's block index, whose lengths and locations the
		 * sparse kernels read without a bound check */
		ADD(st, t, "dangerous-callable",
		    "a sparse array's sp_index holds the block lengths and locations its "
		    "kernels read without a bound check (written, they read outside the "
		    "values): use the array's methods, to_dense(), density, npoints");
	else if (after_dot && IS(t, "ngroup") && !ngroup_copied(s))
		/* gb.ngroup() is a Series over the groupby's own labels */
		ADD(st, t, "dangerous-callable",
		    "ngroup() hands back the groupby's own label array, which its kernels "
		    "use as row numbers without a bound check (written, they write outside "
		    "the result): copy it where it is made, gb.ngroup().copy(), or "
		    "gb.ngroup().tolist()");
	else if (after_dot && IS(t, "at") && !nx_is_item(s))
		/* np.add.at(a, i, v): numpy 1.24's ufunc.at writes into arrays
		 * flagged read-only (a Categorical's codes, bytes) */
		ADD(st, t, "dangerous-callable",
		    "a ufunc's at() writes into arrays flagged read-only (a Categorical's "
		    "codes, a MultiIndex's, bytes): index-assign, a[i] += v, or use "
		    "np.bincount / groupby for repeated indices");
	else if (after_dot && IS(t, "default_factory") && !nx_is_assign(s))
		/* defaultdict(C).default_factory: the class object handed back */
		ADD(st, t, "runtime-name",
		    ".default_factory hands back what the dict was given, a class whose "
		    "methods then run on any object: keep the factory in a name of your own");
	else if (after_dot &&
		 (IS(t, "_constructor") || IS(t, "_constructor_sliced") ||
		  IS(t, "_constructor_expanddim")) &&
		 !nx_is_call(s))
		/* x._constructor(...) makes an object; x._constructor is a class */
		ADD(st, t, "runtime-name",
		    "'%.*s' as a value is a class, whose methods run on any object: call it, "
		    "x.%.*s(...)",
		    (int)t->len, t->text, (int)t->len, t->text);
	else if (after_dot && IS(t, "setflags") && !setflags_ok(s))
		ADD(st, t, "dangerous-callable",
		    "setflags(write=...) other than False makes writable an array a library keeps "
		    "(an index's codes) and trusts: copy it, np.array(a)");
	else if (after_dot && IS(t, "writeable") &&
		 ((nx_is_assign(s) && !assign_false(s)) || (st->attr_target && !nx_is_assign(s))))
		ADD(st, t, "dangerous-callable",
		    "flags.writeable = True makes writable an array a library keeps and trusts: "
		    "copy it, np.array(a)");
	else if (after_dot && IS(t, "flags") && item_assigned(s) && !frame_flag_item(s))
		ADD(st, t, "dangerous-callable",
		    "flags[...] = ... changes whether a library's array may be written: copy "
		    "it, np.array(a)");
	else if (after_dot && IS(t, "base") && !base_tested(s))
		ADD(st, t, "dangerous-callable",
		    ".base is the array a read-only view was made from, which a library keeps "
		    "and trusts (an index's codes): only test it, a.base is None");
	else if (after_dot && IS(t, "strides") && changed_after(st, s))
		ADD(st, t, "dangerous-callable",
		    "setting an array's strides in place reaches past its buffer (numpy "
		    "checks them against the view, not the memory behind it): make the "
		    "windows with np.lib.stride_tricks.sliding_window_view");
	else if (after_dot && (IS(t, "shape") || IS(t, "dtype")) && changed_after(st, s))
		/* Index.values is the index's own array: a new shape (1, n)
		 * makes pandas see a shorter index under codes it checked */
		ADD(st, t, "dangerous-callable",
		    "setting an array's %.*s in place changes what a library sees of an array it "
		    "keeps (an index's values under its codes): make a new one, a = "
		    "a.reshape(...) or a.astype(...)",
		    (int)t->len, t->text);
	else if (by_name_method(t) &&
		 ((after_dot && changed_after(st, s)) ||
		  (!after_dot && cur_class(st) >= 0 && nx_is_assign(s) &&
		   !tok_is(prev, SX_TOK_OP, ",") && !tok_is(prev, SX_TOK_OP, "("))))
		/* numpy calls tzinfo.utcoffset() by name, a date's __str__
		 * self.isoformat(), Counter's __repr__ self.most_common():
		 * bound otherwise than by a def (an attribute, staticmethod(f),
		 * a partial), the rules on what such defs may do see nothing */
		ADD(st, t, "dunder-name",
		    "'%.*s' bound otherwise than by a def: numpy, datetime and Counter call it "
		    "by name while they hold objects without a reference: define it with def, "
		    "or name it otherwise",
		    (int)t->len, t->text);
	else if (after_dot && (IS(t, "_typ") || IS(t, "_subtyp")) && changed_after(st, s))
		/* self._typ = "series": pandas' ABC checks read it off the
		 * object, as duck_name()'s class attribute */
		duck_class(st, t);
	else if (after_dot && IS(t, "data") && changed_after(st, s))
		/* x.data = raw rebinds an array's buffer; self is an array
		 * too where the method runs on another object (a class
		 * object a classmethod returns, a decorator, defaultdict or
		 * argparse hands back): no class of the script is sure to
		 * be self's */
		ADD(st, t, "dangerous-callable",
		    "x.data = ... on an array points it at other memory, and self may be "
		    "an array (a method run on another object): name the attribute "
		    "otherwise, self.prices = ..., or make a new array");
	else if (after_dot && IS(t, "cast"))
		ADD(st, t, "dangerous-callable",
		    "memoryview.cast() of an array's buffer (a.data) turns an object "
		    "array's pointers into writable integers: copy the values, a.astype(...)");
	else if (after_dot && IS(t, "resize") && !(prev2->kind == SX_TOK_NAME && bound(st, prev2)))
		ADD(st, t, "dangerous-callable",
		    "a.resize() frees the array's memory in place, which a view of it may "
		    "still use: np.resize(a, n) returns a new array");
	else if (IS(t, "frombuffer") && !frombuffer_ok(s))
		ADD(st, t, "dangerous-callable",
		    "frombuffer() of an object that is not bytes reads its memory in place: "
		    "an object array's buffer is its pointers; give bytes, "
		    "np.frombuffer(a.tobytes(), ...) or np.frombuffer(b\"...\")");
	else if (!after_dot && IS(t, "id") && !tok_is(prev, SX_TOK_NAME, "def") &&
		 !((prev->kind == SX_TOK_NEWLINE || prev->kind == SX_TOK_EOF) &&
		   (nx = peek_next(s), tok_is(&nx, SX_TOK_OP, ":"))))
		pend(st, t, 'D'); /* not "id: int", a class's field */
	else if (after_dot && IS(t, "add_argument") && !option_names_literal(st, s))
		ADD(st, t, "runtime-name",
		    "add_argument()'s names are the attribute parse_args sets: write them as "
		    "string literals of a public name the rules allow, \"--window\" (not "
		    "\"--_-x\", whose attribute is __x, or \"--allow-pickle\"), and dest= "
		    "likewise");
	else if ((IS(t, "MultiIndex") || (after_dot && IS(t, "set_codes"))) &&
		 !codes_positional_ok(s, IS(t, "MultiIndex") ? 1 : 0))
		ADD(st, t, "dangerous-callable",
		    "%.*s: pandas keeps the codes array it is given and indexes with it "
		    "unchecked after this; an array the script holds may change: give a "
		    "list of integers, [[0, 1], [0, 0]], or MultiIndex.from_arrays(values)",
		    (int)t->len, t->text);
	else if (!in_import && dataclasses_name(st, t, prev2, after_dot) &&
		 (IS(t, "fields") || IS(t, "Field") ||
		  (IS(t, "field") && !(tok_is(prev, SX_TOK_OP, "=") && cur_class(st) >= 0))))
		ADD(st, t, "runtime-name",
		    "dataclasses pastes a field's name into the code it generates for every "
		    "subclass: %.*s hands over the Field object whose name the script may "
		    "change; use field() only as a class attribute's default, and asdict(x) or "
		    "x.__class__ fields by name in the code",
		    (int)t->len, t->text);
	else if ((after_dot && IS(t, "from_codes")) || (keyword && IS(t, "codes"))) {
		/* from_codes(k, ...): its first positional; codes=k: the
		 * keyword, wherever it is given */
		struct stream c;

		stream_fork(&c, s);
		advance(&c);
		advance(&c); /* past "(" or "=" */
		if (!keyword && !tok_is(&c.prev, SX_TOK_OP, "("))
			ADD(st, t, "dangerous-callable",
			    "from_codes as a value is called where the check cannot read its "
			    "codes: call it here");
		else if (keyword || !at_keyword(&c))
			if (!tok_is(&c.cur, SX_TOK_OP, ")") && !fresh_codes(&c))
				ADD(st, t, "dangerous-callable",
				    "%.*s: pandas keeps the codes array it is given and indexes "
				    "with it unchecked after this; an array the script holds may "
				    "change: give a list of integers, [0, 1, 0], or "
				    "pd.Categorical(values, categories=...)",
				    (int)t->len, t->text);
	} else if (after_dot && (IS(t, "sort") || IS(t, "partition")) &&
		   !(prev2->kind == SX_TOK_NAME && bound(st, prev2))) {
		pend(st, t, 'O'); /* np.sort(a) sorts a copy */
	} else if (after_dot && !recv_self &&
		   (IS(t, "keywords") ||
		    ((IS(t, "attrname") || IS(t, "dest")) && changed_after(st, s)))) {
		ADD(st, t, "runtime-name",
		    "'%.*s' holds the name a library object sets or passes at run time "
		    "(cached_property.attrname, an argparse Action's dest, partial.keywords): "
		    "leave it to the library; name attributes and keywords in the code",
		    (int)t->len, t->text);
	} else if (after_dot && IS(t, "__init__") && !init_call_ok(s, prev2)) {
		ADD(st, t, "dunder-attribute",
		    "__init__ called on an object (self too, which may be another object) or "
		    "taken as a value sets that object's attributes by the names it is given "
		    "(a file object's __init__ opens a path): call super().__init__(...) or "
		    "Base.__init__(self, ...), or reset in a method of your own");
	}
}

static bool at_literal(struct stream *c);
static bool compression_value_ok(const struct stream *s);

/* s at a keyword compression=: its value a literal string or None, or
 * a dict display of literal keys pandas passes on only as options
 * (method, compresslevel, mtime, archive_name) with literal values. */

static bool compression_ok(const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);
	advance(&c);
	advance(&c);
	return compression_value_ok(&c);
}

/* The string "compression" (s at it): a dict display's key or an item's
 * with a value compression_ok() would take ({"compression": "gzip"},
 * opts["compression"] = "zip"); anywhere else it may become one (a dict
 * spread into a reader, **opts). */
static bool compression_key_ok(const struct stream *s)
{
	const char *b;
	size_t n;
	bool raw;
	struct stream c;

	if (s->cur.len < 13 || s->cur.len > 16)
		return true;
	string_body(&s->cur, &b, &n, &raw);
	if (n != 11 || memcmp(b, "compression", 11) != 0)
		return true;
	stream_fork(&c, s);
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, "]") && tok_is(&s->prev, SX_TOK_OP, "["))
		advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, ":") && !tok_is(&c.cur, SX_TOK_OP, "="))
		return false;
	advance(&c);
	return compression_value_ok(&c);
}

/* s at the value compression_ok() and compression_key_ok() read. */
static bool compression_value_ok(const struct stream *s)
{
	static const char *const keys[] = {"method", "compresslevel", "mtime", "archive_name",
					   NULL};
	struct stream c;

	stream_fork(&c, s);

	if (c.cur.kind == SX_TOK_STRING || tok_is(&c.cur, SX_TOK_NAME, "None"))
		return true;
	if (!tok_is(&c.cur, SX_TOK_OP, "{"))
		return false;
	for (advance(&c); !tok_is(&c.cur, SX_TOK_OP, "}"); advance(&c)) {
		char v[32];
		size_t n;

		if (c.cur.kind != SX_TOK_STRING || !literal_value(&c.cur, v, sizeof v, &n, NULL) ||
		    !in_list((char *const *)keys, v, n))
			return false;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, ":"))
			return false;
		advance(&c);
		if (!at_literal(&c))
			return false;
		advance(&c);
		if (tok_is(&c.cur, SX_TOK_OP, "}"))
			break;
		if (!tok_is(&c.cur, SX_TOK_OP, ","))
			return false;
	}
	return true;
}

/* Names a few rules read (pandas options, backends, aggfunc= and the
 * functional class APIs, dataclass), turned away by length and first
 * byte: the main loop asks for every name. */
static inline __attribute__((always_inline)) bool rare_name(const struct sx_tok *t)
{
	char c = t->text[0];

	switch (t->len) {
	case 2:
		return (c == 'i' && t->text[1] == 'd') || (c == 'a' && t->text[1] == 't');
	case 3:
		return c == 'd';
	case 4:
		return c == 'E' || c == 'F' || c == 'b' || c == 's' || c == 'd' || c == 'c' ||
		       c == 'v' || c == 'r' || c == 'i' || c == '_';
	case 5:
		return c == 'c' || c == 'f' || c == 'F' || c == 'I' || c == 'a' || c == 's' ||
		       c == 'd';
	case 6:
		return c == '_' || c == 'f' || c == 'r' || c == 'l' || c == 'A' || c == 'n' ||
		       c == 'c' || c == 't';
	case 7:
		return c == 'I' || c == 'S' || c == 'a' || c == 'b' || c == 'n' || c == '_' ||
		       c == 's' || c == 'g' || c == 'N' || c == 'T' || c == 'c' || c == 'f';
	case 8:
		return c == 'r' || c == 's' || c == 'a' || c == 'k' || c == '_' || c == 'N' ||
		       c == 'R' || c == 'C' || c == 'K';
	case 9:
		return c == 'T' || c == 'd' || c == 'w' || c == 'p' || c == 's' || c == '_' ||
		       c == 'P' || c == 'b' || c == 'n' || c == 'c' || c == 'u' || c == 'i' ||
		       c == 'I';
	case 10:
		return c == 's' || c == 'N' || c == 'n' || c == 'f' || c == 'M' || c == 'g' ||
		       c == 'c' || c == '_' || c == 'a' || c == 'V';
	case 11:
		return c == 'c' || c == '_' || c == 's' || c == 'C' || c == 'd' || c == 'm' ||
		       c == 'M';
	case 12:
		return c == 'a' || c == '_' || c == 'T' || c == 'p';
	case 13:
		return c == 'M' || c == 't';
	case 14:
		return c == 'o' || c == 'a' || c == '_' || c == 's';
	case 15:
		return c == 'd';
	case 16:
		return c == 'v' || c == 'C' || c == 'a' || c == 's';
	case 17:
		return c == 'g' || c == 'r';
	case 18:
	case 24:
		return c == 'r';
	case 19:
		return c == '_' || c == 's';
	case 22:
	case 26:
	case 30:
		return c == '_';
	default:
		return false;
	}
}

/* sys.argv (or argv from sys) at c's current token is read: not
 * assigned, not changed by a method or an item assignment. */
static bool argv_read(const struct stream *c0)
{
	struct stream c;

	stream_fork(&c, c0);
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, ".")) {
		advance(&c);
		return tok_is(&c.cur, SX_TOK_NAME, "copy") ||
		       tok_is(&c.cur, SX_TOK_NAME, "index") || tok_is(&c.cur, SX_TOK_NAME, "count");
	}
	if (tok_is(&c.cur, SX_TOK_OP, "[")) {
		int d = 0;
		do {
			if (tok_is(&c.cur, SX_TOK_OP, "[") || tok_is(&c.cur, SX_TOK_OP, "(") ||
			    tok_is(&c.cur, SX_TOK_OP, "{"))
				d++;
			else if (tok_is(&c.cur, SX_TOK_OP, "]") || tok_is(&c.cur, SX_TOK_OP, ")") ||
				 tok_is(&c.cur, SX_TOK_OP, "}"))
				d--;
			advance(&c);
		} while (d > 0 && !c.failed && c.cur.kind != SX_TOK_EOF);
	}
	return !assign_op(&c.cur);
}

/* c at argv of sys.argv: the whole list, not an item, a slice or a
 * method's result. */
static bool argv_whole(const struct stream *c0)
{
	struct sx_tok nx = peek_next(c0);

	return !tok_is(&nx, SX_TOK_OP, ".") && !tok_is(&nx, SX_TOK_OP, "[");
}

/* The calls that only read sys.argv given whole: len(sys.argv),
 * parse_args(sys.argv[1:]) and their like. */
static bool argv_reader(const struct sx_tok *t)
{
	static const char *const r[] = {"len",
					"print",
					"list",
					"tuple",
					"sorted",
					"enumerate",
					"str",
					"repr",
					"parse_args",
					"parse_known_args",
					"parse_intermixed_args",
					NULL};

	return t->kind == SX_TOK_NAME && in_list((char *const *)r, t->text, t->len);
}

/* Builtin types a register() may name. */
static bool builtin_type(const struct sx_tok *t)
{
	static const char *const b[] = {"int",	     "float",  "complex",   "str",  "bytes",
					"bool",	     "list",   "tuple",	    "dict", "set",
					"frozenset", "object", "bytearray", NULL};

	return in_list((char *const *)b, t->text, t->len);
}

/* f.register at s (after the "."): singledispatch's register(cls) with a
 * class names what it dispatches on; register() bare or with a function
 * reads the function's annotations, which typing evaluates as code (an
 * annotation is any value: def g(x: make()) may hold a string built at
 * run time). The class: a builtin type, a module's path (pd.Series,
 * decimal.Decimal), or a class statement of the script (decided at the
 * end, pending 'K'). ABCMeta.register(cls) takes a class the same way. */
static bool register_ok(struct state *st, const struct stream *s)
{
	struct stream c;
	struct sx_tok first;

	if (!open_call(&c, s))
		return false;
	if (c.cur.kind != SX_TOK_NAME)
		return false;
	first = c.cur;
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, ".")) {
		if (!bound(st, &first))
			return false;
		while (tok_is(&c.cur, SX_TOK_OP, ".")) {
			advance(&c);
			if (c.cur.kind != SX_TOK_NAME)
				return false;
			advance(&c);
		}
	} else if (!builtin_type(&first)) {
		pend(st, &first, 'K');
	}
	return arg_end(&c.cur);
}

/* "@NAME..." at s: a decorator makes the def or class below it whatever
 * it returns (a string: "@str"), so the name is a function or a class of
 * the script only under decorators known to keep it one. */
static void note_decorator(struct state *st, const struct stream *s, bool in_body)
{
	static const char *const for_class[] = {"dataclass", "total_ordering",	  "unique",
						"final",     "runtime_checkable", NULL};
	static const char *const for_def[] = {"wraps",
					      "lru_cache",
					      "cache",
					      "staticmethod",
					      "classmethod",
					      "property",
					      "abstractmethod",
					      "singledispatch",
					      "singledispatchmethod",
					      "cached_property",
					      "setter",
					      "getter",
					      "deleter",
					      "register",
					      "final",
					      "overload",
					      NULL};
	struct stream c;
	struct sx_tok last = {.kind = SX_TOK_EOF};
	int names = 0;

	stream_fork(&c, s);
	advance(&c);
	while (c.cur.kind == SX_TOK_NAME) {
		last = c.cur;
		names++;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "."))
			break;
		advance(&c);
	}
	if (tok_is(&last, SX_TOK_NAME, "dataclass"))
		st->decor_dc = true;
	/* A library's class decorator: @dataclass, @enum.unique,
	 * @dataclass(frozen=True) on a line of its own, imported from a
	 * module or read off one, not a def or class of the script's of that
	 * name. Any other (@registry.append, @(lambda c: ...)) is given the
	 * class object. */
	{
		static const char *const accessors[] = {"register_dataframe_accessor",
							"register_series_accessor",
							"register_index_accessor", NULL};
		struct stream e;
		bool lib = last.kind == SX_TOK_NAME &&
			   (in_list((char *const *)for_class, last.text, last.len) ||
			    in_list((char *const *)accessors, last.text, last.len));

		stream_fork(&e, &c);
		if (lib && tok_is(&e.cur, SX_TOK_OP, "(")) {
			advance(&e);
			past_arguments(&e);
		}
		/* imported and not redefined, or bound nowhere (a NameError):
		 * the name stands nowhere else in the file */
		if (lib && names == 1)
			lib = (st->imported.used && hset_find(&st->imported, last.text, last.len) &&
			       !hset_find(&st->own, last.text, last.len)) ||
			      identifier_count(s->lx.src, s->lx.len, last.text, last.len) == 1;
		else if (lib) {
			struct stream f;
			stream_fork(&f, s);
			advance(&f);
			lib = bound(st, &f.cur) != NULL;
		}
		if (!lib || e.cur.kind != SX_TOK_NEWLINE)
			st->decor_foreign = s->cur;
	}
	if (last.kind != SX_TOK_NAME || !in_list((char *const *)for_class, last.text, last.len)) {
		st->decor_class = true;
		if (names == 1 &&
		    !(st->imported.used && hset_find(&st->imported, last.text, last.len)))
			st->decor_own = last;
	}
	if (last.kind != SX_TOK_NAME || !in_list((char *const *)for_def, last.text, last.len)) {
		st->decor_def = true;
		/* In a class's body the decorator is given the method as a
		 * plain function, which it may call with any object as self
		 * (a module, an array, a file). A def of the script's that
		 * only wraps it is read at the end (passthrough_def). */
		/* @dataclass on a class in the body: a library's class
		 * decorator (dataclasses.dataclass, or imported from it) */
		bool lib_class = last.kind == SX_TOK_NAME &&
				 in_list((char *const *)for_class, last.text, last.len) &&
				 (names > 1 || (st->imported.used &&
						hset_find(&st->imported, last.text, last.len)));
		if (lib_class)
			;
		else if (in_body && names == 1 && c.cur.kind == SX_TOK_NEWLINE)
			pend(st, &last, 'W');
		else if (in_body)
			ADD(st, &s->cur, "private-name",
			    "a decorator in a class's body other than @property, @staticmethod, "
			    "@classmethod, @abstractmethod, @cached_property, @lru_cache, "
			    "@wraps and @x.setter is given the method as a plain function, "
			    "which it may run on any object as self: call a function of "
			    "your own from the method instead");
	}
	if (IS(&last, "classmethod") || IS(&last, "staticmethod"))
		st->decor_cm = true;
	if (IS(&last, "staticmethod"))
		st->decor_static = true;
	/* self.how is then the value the def returns, a string maybe */
	if (IS(&last, "property") || IS(&last, "cached_property") || IS(&last, "getter") ||
	    IS(&last, "setter") || IS(&last, "deleter"))
		st->decor_prop = true;
}

/* The token after s's current one is "[": a subscript. */
static bool subscripted(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, "[");
}

/* The token after s's current one is "." or "[": an attribute or an item
 * of the value, not the value itself. */
static bool nx_is_dot_or_item(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, ".") || tok_is(&nx, SX_TOK_OP, "[");
}

/* The token after s's current one is "(": a call. */
static bool nx_is_call(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, "(");
}

/* The token after s's current one is "=": an attribute set. */
static bool nx_is_assign(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, "=");
}

/* In a def's parameters, the token before a parameter's name (not its
 * default's or its annotation's): "(", ",", "*" or "**". */
static bool param_name_at(const struct sx_tok *prev)
{
	return tok_is(prev, SX_TOK_OP, "(") || tok_is(prev, SX_TOK_OP, ",") ||
	       tok_is(prev, SX_TOK_OP, "*") || tok_is(prev, SX_TOK_OP, "**");
}

/* s at a name that holds a module (np, or np.random after np.): it is read
 * through an attribute (np.mean), or imported, or is a keyword's or a
 * parameter's name that only looks like it (not its default). Anything else hands the
 * module over as a value: to a function, a list, another name, where the
 * attributes read from it are not the module's to the check. */
static bool module_read(const struct stream *s, const struct sx_tok *stmt_first, int depth,
			int def_params)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, ".") || tok_is(stmt_first, SX_TOK_NAME, "import") ||
	       tok_is(stmt_first, SX_TOK_NAME, "from") ||
	       (depth > 0 && tok_is(&nx, SX_TOK_OP, "=")) ||
	       (def_params > 0 && depth == def_params && param_name_at(&s->prev));
}

static void action_made(struct state *st, const struct sx_tok *t)
{
	ADD(st, t, "runtime-name",
	    "an argparse Action made by the script sets the attribute its dest names on "
	    "whatever object it is called with: give the class, add_argument(..., "
	    "action=%.*s)",
	    (int)t->len, t->text);
}

/* argparse's Actions set the attribute their dest names on the namespace
 * they are called with: through parse_args() a Namespace of argparse's,
 * called by the script any object (a = p.add_argument("--b", dest=
 * "backend"); a(p, pd.options.plotting, "x")). s at add_argument or
 * add_subparsers before "(", lead the token before its chain: the call is
 * a statement of its own (0), or the value of "NAME = " (1, the name is
 * bound in st->actions), or anything else (-1). */
static int action_result(struct state *st, const struct stream *s, const struct sx_tok *lead,
			 const char *assign_eq, const struct sx_tok *assign_name, int depth)
{
	struct stream c;
	int d = 0;
	bool own = lead->kind == SX_TOK_NEWLINE || lead->kind == SX_TOK_EOF ||
		   tok_is(lead, SX_TOK_OP, ";") || tok_is(lead, SX_TOK_OP, ":");
	bool bound = assign_eq && lead->text == assign_eq && assign_name->kind == SX_TOK_NAME;

	if (depth != 0 || !(own || bound))
		return -1;
	stream_fork(&c, s);
	advance(&c);
	do {
		if (c.cur.op == '(' || c.cur.op == '[' || c.cur.op == '{')
			d++;
		else if (c.cur.op == ')' || c.cur.op == ']' || c.cur.op == '}')
			d--;
		advance(&c);
	} while (d > 0 && !c.failed && c.cur.kind != SX_TOK_EOF);
	if (!stmt_end(&c.cur))
		return -1;
	if (bound)
		hset_add(&st->actions, assign_name->text, assign_name->len);
	return bound;
}

/* The names bound to an Action, read anywhere: only their attributes
 * (a.dest, sub.add_parser(...)), or the name bound again. */
static void action_uses(struct state *st, const char *src, size_t len)
{
	struct sx_lexer lx;
	struct sx_tok t, prev = {.kind = SX_TOK_EOF};
	struct sx_err err;

	sx_lexer_init(&lx, src, len);
	while (sx_lexer_next(&lx, &t, &err) == 0 && t.kind != SX_TOK_EOF &&
	       st->out->n < SX_POLICY_MAX_VIOLATIONS) {
		if (t.kind == SX_TOK_COMMENT)
			continue;
		if (t.kind == SX_TOK_NAME && !tok_is(&prev, SX_TOK_OP, ".") &&
		    hset_find(&st->actions, t.text, t.len)) {
			struct sx_lexer l2 = lx;
			struct sx_tok nx;

			do {
				if (sx_lexer_next(&l2, &nx, &err) < 0)
					nx.kind = SX_TOK_EOF;
			} while (nx.kind == SX_TOK_COMMENT);
			bool ok = tok_is(&nx, SX_TOK_OP, "=");
			if (tok_is(&nx, SX_TOK_OP, ".")) /* but a.__call__(...), a call */
				ok = sx_lexer_next(&l2, &nx, &err) == 0 &&
				     !tok_is(&nx, SX_TOK_NAME, "__call__");
			if (!ok)
				ADD(st, &t, "runtime-name",
				    "'%.*s' holds an argparse Action, which sets the attribute its "
				    "dest names on whatever object it is called with: read its "
				    "attributes only, %.*s.dest",
				    (int)t.len, t.text, (int)t.len, t.text);
		}
		prev = t;
	}
}

/* The names that stand after "**" anywhere in the text (strings and
 * comments too: more is only slower): the main loop reads every use of
 * them (dict_use_ok()). */
static void spread_names(struct state *st, const char *src, size_t len)
{
	for (const char *p = src, *end = src + len; p + 2 < end; p += 2) {
		const char *q;

		p = memchr(p, '*', (size_t)(end - p - 1));
		if (!p)
			break;
		if (p[1] != '*') {
			p--; /* the loop steps 2: one past this '*' */
			continue;
		}
		for (q = p + 2; q < end && (*q == ' ' || *q == '\t');)
			q++;
		const char *w = q;
		while (q < end && name_char(*q))
			q++;
		if (q > w) {
			size_t n = (size_t)(q - w);

			hset_add(&st->spreads, w, n);
			st->spq[n > 63 ? 63 : n] |= 1ULL << ((unsigned char)w[0] & 63);
			st->spz[n > 63 ? 63 : n] |= 1ULL << ((unsigned char)w[n - 1] & 63);
		}
	}
}

/* s at a use of NAME, a name that "**" spreads somewhere (not after
 * "."): one that keeps a dict's keys what they were: "NAME = ..." as a
 * statement (its value decides, note_assigned()), "**NAME" (not in a case
 * pattern, a capture), NAME["literal"], NAME.get/pop/setdefault("literal"),
 * NAME.update(k=v), NAME.copy()/items()/keys()/values(), "in NAME",
 * len(NAME). Handed anywhere else (dict.update(NAME, ...),
 * operator.setitem(NAME, ...), a def, a list, an alias), bound by a
 * walrus, a loop or a capture, it may get any key. */
static bool dict_use_ok(const struct stream *s, const struct sx_tok *prev2,
			const struct sx_tok *stmt_first)
{
	const struct sx_tok *prev = &s->prev;
	struct stream c;
	struct sx_tok nx[4] = {{.kind = SX_TOK_EOF}};

	if (tok_is(prev, SX_TOK_OP, "**"))
		return !tok_is(stmt_first, SX_TOK_NAME, "case");
	if (tok_is(prev, SX_TOK_NAME, "in") ||
	    (tok_is(prev, SX_TOK_OP, "(") && tok_is(prev2, SX_TOK_NAME, "len")))
		return true;
	stream_fork(&c, s);
	for (int i = 0; i < 4; i++) {
		advance(&c);
		nx[i] = c.cur;
	}
	if (tok_is(&nx[0], SX_TOK_OP, "=") &&
	    (prev->kind == SX_TOK_NEWLINE || prev->kind == SX_TOK_EOF ||
	     tok_is(prev, SX_TOK_OP, ";") || tok_is(prev, SX_TOK_OP, ":")))
		return true;
	if (tok_is(&nx[0], SX_TOK_OP, "[") && nx[1].kind == SX_TOK_STRING &&
	    tok_is(&nx[2], SX_TOK_OP, "]"))
		return true;
	return tok_is(&nx[0], SX_TOK_OP, ".") && tok_is(&nx[2], SX_TOK_OP, "(") &&
	       (((IS(&nx[1], "get") || IS(&nx[1], "pop") || IS(&nx[1], "setdefault")) &&
		 nx[3].kind == SX_TOK_STRING) ||
		(IS(&nx[1], "update") && nx[3].kind == SX_TOK_NAME) ||
		((IS(&nx[1], "copy") || IS(&nx[1], "items") || IS(&nx[1], "keys") ||
		  IS(&nx[1], "values")) &&
		 tok_is(&nx[3], SX_TOK_OP, ")")));
}

/* f at the NAME of X.format: where X's text ends in src (before the dot
 * and the blanks around it), or NULL when f is no such "format". */
static const char *format_receiver_end(const char *src, const struct sx_tok *f)
{
	const char *p = f->text;

	if (f->kind != SX_TOK_NAME || !IS(f, "format"))
		return NULL;
	while (p > src && (p[-1] == ' ' || p[-1] == '\t'))
		p--;
	if (p == src || p[-1] != '.')
		return NULL;
	p--;
	while (p > src && (p[-1] == ' ' || p[-1] == '\t'))
		p--;
	return p;
}

/* f at the NAME of "...".format(: called on a string literal (the
 * format-field rule reads its fields; an f-string is refused there). */
static bool literal_format_call(const char *src, const struct sx_tok *f)
{
	const char *p = format_receiver_end(src, f);

	return p && p > src && (p[-1] == '"' || p[-1] == '\'');
}

/* f is "format" of NAME.format, NAME a plain name (not x.NAME, not a
 * literal's): *recv that NAME. */
static bool name_format_call(const char *src, const struct sx_tok *f, struct sx_tok *recv)
{
	const char *p = format_receiver_end(src, f), *e;

	if (!p)
		return false;
	e = p;
	while (p > src && (name_char(p[-1]) || (unsigned char)p[-1] >= 0x80))
		p--;
	if (p == e || (p[0] >= '0' && p[0] <= '9'))
		return false;
	const char *q = p;
	while (q > src && (q[-1] == ' ' || q[-1] == '\t'))
		q--;
	if (q > src && (q[-1] == '.' || q[-1] == '\\'))
		return false; /* x.NAME.format, or a continued line */
	*recv = (struct sx_tok){.kind = SX_TOK_NAME, .text = p, .len = (size_t)(e - p)};
	return true;
}

/* s at X.__init__ or X.__call__ of an Action before "(": c at the second
 * argument (option_strings' dest, parser's namespace), past self when it
 * is given; at the first when that is a keyword. False without a call. */
static bool action_second(struct stream *c, const struct stream *s)
{
	if (!open_call(c, s))
		return false;
	if (tok_is(&c->cur, SX_TOK_NAME, "self"))
		next_argument(c);
	if (!at_keyword(c))
		next_argument(c);
	return true;
}

/* s at __call__ of X.__call__(...) in a class derived from argparse's
 * Action: the namespace it hands on (the second positional, after self if
 * given) is the def's own namespace. */
static bool action_call_ok(const struct stream *s)
{
	struct stream c;

	if (!action_second(&c, s))
		return false; /* as a value */
	if (at_keyword(&c)) {
		while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
			if (tok_is(&c.cur, SX_TOK_NAME, "namespace")) {
				advance(&c);
				advance(&c);
				struct sx_tok v = c.cur;
				advance(&c);
				return tok_is(&v, SX_TOK_NAME, "namespace") && arg_end(&c.cur);
			}
			next_argument(&c);
		}
		return true;
	}
	if (!tok_is(&c.cur, SX_TOK_NAME, "namespace"))
		return false;
	advance(&c);
	return arg_end(&c.cur);
}

/* s at __init__ of X.__init__(...) in a class derived from argparse's
 * Action: the dest it hands on (the second positional, after self if
 * given) is the def's own dest or a literal. */
static bool action_init_ok(const struct stream *s)
{
	struct stream c;

	if (!action_second(&c, s))
		return true;
	if (at_keyword(&c) || tok_is(&c.cur, SX_TOK_OP, ")"))
		return true;
	if (c.cur.kind != SX_TOK_STRING && !tok_is(&c.cur, SX_TOK_NAME, "dest"))
		return false;
	advance(&c);
	return arg_end(&c.cur);
}

/* t at an import in a class's scope (not a def's): class K: import m
 * makes K().m the module, and K.f what "from M import f" gave, attributes
 * the check cannot follow. */
static void class_import(struct state *st, const struct sx_tok *t, bool in_class)
{
	if (in_class)
		ADD(st, t, "module-escape",
		    "an import in a class's body makes the module or the name an attribute of "
		    "the class, reached where the check cannot follow: import at the top of the "
		    "script");
}

static void module_value(struct state *st, const struct sx_tok *t, const char *name, size_t n)
{
	ADD(st, t, "module-escape",
	    "module %.*s as a value: whoever holds it reads the modules it imported "
	    "(dataclasses' copy), where the check cannot follow: use its names here, %.*s.name",
	    (int)n, name, (int)n, name);
}

/* type, Enum, TypedDict, namedtuple... at s, as a value: what makes a
 * class from names is read at its call; as a value it is called where
 * the check cannot see (next(map(type, [x])), [Enum][0]("E", names)).
 * Fine: a call, an attribute (Enum.X), a base or an import, an
 * annotation (x: type, -> type, Optional[type]). */
static bool maker_value_ok(const struct stream *s, const struct sx_tok *stmt_first, bool annot)
{
	struct sx_tok nx = peek_next(s);

	/* and a keyword's name: add_argument(type=float) */
	if (tok_is(&nx, SX_TOK_OP, "(") || tok_is(&nx, SX_TOK_OP, ".") ||
	    tok_is(&nx, SX_TOK_OP, "="))
		return true;
	if (tok_is(stmt_first, SX_TOK_NAME, "class") || tok_is(stmt_first, SX_TOK_NAME, "from") ||
	    tok_is(stmt_first, SX_TOK_NAME, "import") || tok_is(stmt_first, SX_TOK_NAME, "def") ||
	    tok_is(stmt_first, SX_TOK_NAME, "async"))
		return true;
	if (tok_is(&s->prev, SX_TOK_OP, "."))
		/* typing.NamedTuple as an annotation: "x: typing.NamedTuple"
		 * (not "mk = enum.Enum") */
		return annot && (tok_is(&nx, SX_TOK_OP, ":") || nx.kind == SX_TOK_NEWLINE);
	return tok_is(&s->prev, SX_TOK_OP, ":") || tok_is(&s->prev, SX_TOK_OP, "->") ||
	       tok_is(&s->prev, SX_TOK_OP, "[") || tok_is(&s->prev, SX_TOK_NAME, "is") ||
	       tok_is(&s->prev, SX_TOK_OP, "==");
}

/* MOD.x[...].y = v, MOD.x += v, del MOD.x at s (the module's name): an
 * assignment to what a module holds. pd.options.* is pandas' option
 * setter, read by the option rules. */
static bool module_target(const struct stream *s0)
{
	struct stream c;
	int parts = 0;

	stream_fork(&c, s0);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "."))
		return false;
	while (tok_is(&c.cur, SX_TOK_OP, ".") || tok_is(&c.cur, SX_TOK_OP, "[")) {
		if (tok_is(&c.cur, SX_TOK_OP, "[")) {
			int d = 0;
			do {
				if (tok_is(&c.cur, SX_TOK_OP, "[") ||
				    tok_is(&c.cur, SX_TOK_OP, "("))
					d++;
				else if (tok_is(&c.cur, SX_TOK_OP, "]") ||
					 tok_is(&c.cur, SX_TOK_OP, ")"))
					d--;
				advance(&c);
			} while (d > 0 && !c.failed && c.cur.kind != SX_TOK_EOF);
			continue;
		}
		advance(&c);
		if (c.cur.kind != SX_TOK_NAME)
			return false;
		if (parts++ == 0 && tok_is(&c.cur, SX_TOK_NAME, "options"))
			return false;
		advance(&c);
	}
	if (tok_is(&s0->prev, SX_TOK_NAME, "del"))
		return true;
	return assign_op(&c.cur);
}

/* ---- Classes and what they own ---- */

/* In a case pattern, a NAME that binds (a capture), not a class, a
 * keyword or a dotted value. */
static bool capture_name(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return !tok_is(&nx, SX_TOK_OP, "(") && !tok_is(&nx, SX_TOK_OP, ".") &&
	       !tok_is(&nx, SX_TOK_OP, "=");
}

/* "NAME = C(...)" as the whole value, s at C: NAME is an instance of C if
 * that is its only assignment (and no other binding, decided at the end). */
static void note_instance(struct state *st, const struct stream *s, const struct sx_tok *name,
			  size_t hash)
{
	struct hslot *e = hset_add_hashed(&st->assigns, name->text, name->len, hash);
	struct stream c;
	struct sx_tok nx;

	/* x = None: no object whose methods or names x could stand for */
	if (IS(&s->cur, "None") && (nx = peek_next(s), stmt_end(&nx)))
		return;
	if (e->sp++ > 0 || s->cur.kind != SX_TOK_NAME)
		return;
	stream_fork(&c, s);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "("))
		return;
	advance(&c);
	past_arguments(&c);
	if (stmt_end(&c.cur))
		e->module = sx_xasprintf("%.*s", (int)s->cur.len, s->cur.text);
}

static int cur_class(const struct state *st)
{
	return st->ncstack ? st->cstack[st->ncstack - 1] : -1;
}

/* A line starts at column col: the classes whose bodies it is not in end. */
static bool class_line(struct state *st, int col)
{
	struct sclass *k;

	while (st->ncstack && st->classes[st->cstack[st->ncstack - 1]].col >= col)
		st->ncstack--;
	if (!st->ncstack)
		return false;
	k = &st->classes[st->cstack[st->ncstack - 1]];
	if (!k->body_col)
		k->body_col = col;
	return col == k->body_col;
}

/* The slot of name k[0..n) of class cls in st->cdefs: its own, or the
 * empty one it would take. cdefs' capacity is a power of two, not 0. */
static struct cdef *cdef_slot(const struct state *st, int cls, const char *k, size_t n, uint32_t h)
{
	for (size_t i = h & (st->capcdefs - 1);; i = (i + 1) & (st->capcdefs - 1)) {
		struct cdef *e = &st->cdefs[i];

		if (!e->k || (e->h == h && e->cls == cls && e->n == n && same_bytes(e->k, k, n)))
			return e;
	}
}

static uint32_t cdef_hash(int cls, const char *k, size_t n)
{
	return (uint32_t)(name_hash(k, n) ^
			  ((uint64_t)(unsigned)cls * 0x9e3779b97f4a7c15ULL >> 32));
}

static void cdef_add(struct state *st, int cls, const struct sx_tok *t)
{
	uint32_t h = cdef_hash(cls, t->text, t->len);
	struct cdef *e;

	if (2 * (st->usedcdefs + 1) > st->capcdefs) {
		struct cdef *old = st->cdefs;
		size_t oldcap = st->capcdefs;

		st->capcdefs = oldcap ? 2 * oldcap : 64;
		st->cdefs = sx_xcalloc(st->capcdefs, sizeof *st->cdefs);
		for (size_t i = 0; i < oldcap; i++)
			if (old[i].k)
				*cdef_slot(st, old[i].cls, old[i].k, old[i].n, old[i].h) = old[i];
		free(old);
	}
	e = cdef_slot(st, cls, t->text, t->len, h);
	if (!e->k) {
		*e = (struct cdef){.k = t->text, .n = t->len, .cls = cls, .h = h};
		st->usedcdefs++;
	}
}

static void sdef_add(struct state *st, const struct sx_tok *t)
{
	int cls = cur_class(st);

	if (st->nsdefs == st->capsdefs) {
		st->capsdefs = st->capsdefs ? 2 * st->capsdefs : 16;
		st->sdefs = sx_xrealloc(st->sdefs, st->capsdefs * sizeof *st->sdefs);
	}
	st->sdefs[st->nsdefs++] = (struct sdef){.tok = *t, .cls = cls};
	if (cls >= 0) {
		st->sdefs[st->nsdefs - 1].prev = st->classes[cls].sdefs;
		st->classes[cls].sdefs = st->nsdefs;
		cdef_add(st, cls, t);
	}
	st->sdef_new = st->sdef_new || tok_is(t, SX_TOK_NAME, "__new__");
}

/* The script defines a __new__ (any class's). */
static bool script_new(const struct state *st)
{
	return st->sdef_new;
}

/* Class k's own definitions (its sdefs chain) hold t. */
static bool defines(const struct state *st, int k, const void *t0)
{
	const struct sx_tok *t = t0;

	return st->capcdefs &&
	       cdef_slot(st, k, t->text, t->len, cdef_hash(k, t->text, t->len))->k != NULL;
}

/* t is defined in class cls or in a class of the script it derives from
 * (by name, levels classes deep in all). */
static bool class_owns(const struct state *st, const struct sx_tok *t, int cls, int levels)
{
	return some_ancestor(st, cls, levels - 1, defines, t);
}

/* C is a class of the script, bound by its class statement only, that
 * defines t. */
/* The one class statement named c[0..n) of the script, if no def binds
 * the name too and it stands before at (a use the class must precede: the
 * name is another value until then): its index, else -1. */
static int class_before(const struct state *st, const char *c, size_t n, const char *at)
{
	int k = last_class(st, c, n);

	if (hset_find(&st->fdefs, c, n) || k < 0 || st->classes[k].prev_same >= 0 ||
	    st->classes[k].name.text > at)
		return -1;
	return k;
}

static bool class_named_owns(const struct state *st, const char *c, size_t n,
			     const struct sx_tok *t)
{
	int k = class_before(st, c, n, t->text);

	/* C(...) is what C.__new__ returns, any object */
	static const struct sx_tok new_tok = {.kind = SX_TOK_NAME, .text = "__new__", .len = 7};

	if (k < 0 || hset_find(&st->assigns, c, n) || hset_find(&st->rebound, c, n) ||
	    class_owns(st, &new_tok, k, 8))
		return false;
	return class_owns(st, t, k, 8);
}

/* recv._x where recv is only ever "recv = C(...)" with C a class of the
 * script (bound by its class statement only) that defines _x. */
static bool instance_owns(const struct state *st, const struct sx_tok *recv, const struct sx_tok *t)
{
	const struct hslot *e;

	if (recv->kind != SX_TOK_NAME || hset_find(&st->rebound, recv->text, recv->len) ||
	    !(e = hset_find(&st->assigns, recv->text, recv->len)) || e->sp != 1 || !e->module)
		return false;
	return class_named_owns(st, e->module, strlen(e->module), t);
}

/* The receiver of a pending name is the object of the class whose body it
 * is in: self, cls, or the class's own name (A._n in A's methods), when
 * nothing else binds that name. */
static bool own_receiver(const struct state *st, const struct pending *p)
{
	const struct sx_tok *r = &p->recv, *c;

	if (p->self_recv)
		return !st->self_rebound;
	if (p->cls < 0 || r->kind != SX_TOK_NAME)
		return false;
	c = &st->classes[p->cls].name;
	return c->len == r->len && memcmp(c->text, r->text, r->len) == 0 &&
	       !hset_find(&st->assigns, r->text, r->len) &&
	       !hset_find(&st->rebound, r->text, r->len);
}

/* The pending name p hangs off an object of a class of the script that
 * defines it: self or cls in that class's body, x = C() once, C(). */
static bool object_owns(const struct state *st, const struct pending *p)
{
	return (own_receiver(st, p) && class_owns(st, &p->tok, p->cls, 8)) ||
	       instance_owns(st, &p->recv, &p->tok) ||
	       (p->made.kind == SX_TOK_NAME &&
		class_named_owns(st, p->made.text, p->made.len, &p->tok));
}

/* NAME is bound to (or imported from) a module whose values format
 * themselves with a method a subclass may override whatever the spec:
 * numpy.ma's masked constant prints str(self) (date's strftime is
 * refused where defined; Series, ndarray, Decimal refuse a spec). */
static bool value_module(const struct state *st, const struct stream *c0)
{
	const struct sx_tok *t = &c0->cur;
	const char *m = bound(st, t);
	const struct hslot *imp;
	struct stream c;

	if (!m && st->imported.used && (imp = hset_find(&st->imported, t->text, t->len)))
		m = imp->module;
	if (!m)
		return false;
	if (strncmp(m, "numpy.ma", 8) == 0 && (m[8] == '\0' || m[8] == '.'))
		return true;
	if (strcmp(m, "numpy") != 0)
		return false;
	stream_fork(&c, c0); /* np.ma.X, np.ma.core.X */
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "."))
		return false;
	advance(&c);
	return tok_is(&c.cur, SX_TOK_NAME, "ma");
}

/* A name that ends in Enum or Flag: enum's classes (Enum, IntEnum,
 * ReprEnum, StrEnum, Flag, IntFlag) or a script's derived from one. */
static bool enum_name(const struct sx_tok *t)
{
	return t->len >= 4 && (memcmp(t->text + t->len - 4, "Enum", 4) == 0 ||
			       memcmp(t->text + t->len - 4, "Flag", 4) == 0);
}

/* Class k is an Enum by a base (Enum, IntEnum, enum.Flag, ...) or has a
 * base from a library (which may make it one). */
static bool enum_like(const struct sclass *k)
{
	return k->foreign || k->enum_base;
}

static bool enum_based(const struct state *st, int k, const void *unused)
{
	(void)unused;
	return st->classes[k].enum_base;
}

/* Class k of the script derives from an Enum, through the script's
 * classes too. */
static bool enum_class(const struct state *st, int k)
{
	return some_ancestor(st, k, 8, enum_based, NULL);
}

/* Bases that let a class mix in a library class without being a second
 * one: the Enum family, ABC, Generic, Protocol, NamedTuple, TypedDict,
 * object, exceptions (no str can be one). */
static bool honest_base_name(const char *t, size_t n)
{
	static const char *const names[] = {"Enum",	 "IntEnum",	  "Flag",      "IntFlag",
					    "StrEnum",	 "ReprEnum",	  "ABC",       "Generic",
					    "Protocol",	 "NamedTuple",	  "TypedDict", "object",
					    "Exception", "BaseException", NULL};

	if ((n > 5 && memcmp(t + n - 5, "Error", 5) == 0) ||
	    (n > 7 && memcmp(t + n - 7, "Warning", 7) == 0))
		return true;
	return in_list((char *const *)names, t, n);
}

/* A base of more than one token, first .. last, at the class statement:
 * 1 unless it is a module's honest class (enum.Enum, typing.Generic[T],
 * Generic[T]), 2 for *bases (any number of classes), 0 for a keyword
 * (metaclass=, refused elsewhere). */
static int odd_base(const struct state *st, const struct sx_tok *first, const struct sx_tok *last)
{
	if (tok_is(first, SX_TOK_OP, "*"))
		return 2;
	if (first->kind != SX_TOK_NAME)
		return 1;
	/* Generic[T], typing.Generic[T], enum.Enum */
	const char *p = first->text;
	const char *end = last->text + last->len;
	const char *name = p, *stop;
	size_t n;

	while (p < end && (name_char(*p) || *p == '.' || *p == ' '))
		p++;
	stop = p;
	if (stop < end && *stop == '=')
		return 0;
	if (stop < end && *stop != '[')
		return 1;
	while (stop > name && stop[-1] == ' ')
		stop--;
	for (const char *q = name; q < stop; q++)
		if (*q == '.')
			name = q + 1;
	n = (size_t)(stop - name);
	if (!honest_base_name(name, n))
		return 1;
	if (name == first->text) /* Generic[T]: as a plain name, not assigned */
		return hset_find(&st->assigns, name, n) ? 1 : 0;
	return bound(st, first) ? 0 : 1; /* rooted at a module */
}

/* The class factories a base may be made by where it stands:
 * class P(namedtuple("P", "a b")). */
static bool class_factory(const char *t, size_t n)
{
	static const char *const f[] = {"namedtuple", "NamedTuple", "TypedDict", "Enum", "IntEnum",
					"StrEnum",    "Flag",	    "IntFlag",	 NULL};

	return in_list((char *const *)f, t, n);
}

/* A base first .. last of a class statement is a class, or a name the
 * end decides (pend 'y'): NAME or a module's path (pd.DataFrame,
 * collections.abc.Mapping, datetime.date; a module's values are none
 * whose type takes a class's name, bases and body), either subscripted
 * (Generic[T]) or, for a class factory, called; a keyword (k=v) is
 * none. An object as a base (np.load(...), an item, a walrus,
 * an attribute of an object) makes Python build the class by calling the
 * object's type with the class's name, bases and body: NpzFile(name,
 * bases, body) turns pickles on. */
static bool base_form_ok(struct state *st, const struct sx_tok *first, const struct sx_tok *last)
{
	const char *p = first->text, *end = last->text + last->len, *name = p, *stop;
	size_t n;
	bool dotted = false;

	if (tok_is(first, SX_TOK_OP, "*") || tok_is(first, SX_TOK_OP, "**"))
		return true; /* refused elsewhere */
	if (first->kind != SX_TOK_NAME)
		return false;
	while (p < end && (name_char(*p) || *p == '.' || *p == ' ' || *p == '\t')) {
		dotted = dotted || *p == '.';
		p++;
	}
	stop = p;
	if (stop < end && *stop == '=' && (stop + 1 >= end || stop[1] != '='))
		return true; /* a keyword */
	while (stop > name && (stop[-1] == ' ' || stop[-1] == '\t'))
		stop--;
	for (const char *q = first->text; q < stop; q++)
		if (*q == '.')
			name = q + 1;
	while (name < stop && (*name == ' ' || *name == '\t'))
		name++;
	n = (size_t)(stop - name);
	if (n == 0)
		return false;

	if (p < end && *p == '(' && !(class_factory(name, n) && end[-1] == ')'))
		return false;
	if (p < end && *p == '[' && end[-1] != ']')
		return false;
	if (p < end && *p != '(' && *p != '[')
		return false;
	/* the root decided at the end: a module's name for a path */
	pend(st, first, 'y');
	st->pend[st->npend - 1].self_recv = p < end && *p == '(' && !dotted; /* a factory's */
	st->pend[st->npend - 1].pure = dotted;
	return true;
}

/* "class NAME(bases):" at s (the "class" keyword, at column col): the
 * class is recorded and its body's lines are in it. A metaclass (a base
 * "type", a metaclass= keyword) decides what isinstance() and class
 * patterns read: refused. */
static void check_class(struct state *st, const struct stream *s0, int col)
{
	struct stream c;
	struct sclass k = {.col = col};
	int d = 0;

	stream_fork(&c, s0);

	advance(&c);
	if (c.cur.kind != SX_TOK_NAME)
		return;
	k.name = c.cur;
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, "(")) {
		struct sx_tok first = {.kind = SX_TOK_EOF}; /* the base's first token */
		advance(&c);
		while (!c.failed && c.cur.kind != SX_TOK_EOF) {
			char op = c.cur.kind == SX_TOK_OP && c.cur.len == 1 ? c.cur.text[0] : '\0';
			if (d == 0 &&
			    (tok_is(&c.prev, SX_TOK_OP, "(") || tok_is(&c.prev, SX_TOK_OP, ",")))
				first = c.cur;
			if (d == 0 && (op == ',' || op == ')') && first.kind != SX_TOK_EOF &&
			    first.text != c.prev.text)
				k.odd_bases += odd_base(st, &first, &c.prev);
			if (d == 0 && (op == ',' || op == ')') && first.kind != SX_TOK_EOF &&
			    !base_form_ok(st, &first, &c.prev))
				ADD(st, &first, "runtime-name",
				    "a base of class '%.*s' that is no class (a call's result, an "
				    "item, "
				    "a parameter, an object's attribute) makes Python call its "
				    "type "
				    "with the class's name, bases and body (NpzFile(name, bases, "
				    "body) "
				    "reads pickles): derive from a class, pd.DataFrame, "
				    "collections.abc.Mapping, or a class of the script",
				    (int)k.name.len, k.name.text);
			if (d == 0 && (op == ',' || op == ')'))
				first.kind = SX_TOK_EOF;
			/* a base that starts with a bracket ([np.ndarray][0],
			 * {"a": B}["a"]) is any class */
			if (d == 0 && (op == '(' || op == '[' || op == '{') &&
			    (tok_is(&c.prev, SX_TOK_OP, "(") || tok_is(&c.prev, SX_TOK_OP, ",")))
				k.foreign = true;
			if (op == '(' || op == '[' || op == '{')
				d++;
			else if ((op == ')' || op == ']' || op == '}') && d-- == 0)
				break;
			if (d == 0 && c.cur.kind == SX_TOK_NAME &&
			    !tok_is(&c.prev, SX_TOK_OP, ".") && value_module(st, &c))
				k.value_base = true;
			if (d == 0 && c.cur.kind == SX_TOK_NAME && enum_name(&c.cur))
				k.enum_base = true;
			if (d == 0 && c.cur.kind == SX_TOK_NAME &&
			    (IS(&c.cur, "ArgumentParser") ||
			     hset_find(&st->parsers, c.cur.text, c.cur.len)))
				hset_add(&st->parsers, k.name.text, k.name.len);
			if (d == 0 && c.cur.kind == SX_TOK_NAME &&
			    (array_class(&c.cur) ||
			     hset_find(&st->arrayclasses, c.cur.text, c.cur.len)))
				hset_add(&st->arrayclasses, k.name.text, k.name.len);
			/* numpy's random generators: a subclass chooses the state
			 * its copy restores (get_state, a state attribute), which
			 * the setters take with an unchecked buffer index */
			if (d == 0 && c.cur.kind == SX_TOK_NAME &&
			    (IS(&c.cur, "RandomState") || IS(&c.cur, "BitGenerator") ||
			     IS(&c.cur, "PCG64") || IS(&c.cur, "PCG64DXSM") ||
			     IS(&c.cur, "SFC64") || IS(&c.cur, "Generator") ||
			     IS(&c.cur, "SeedSequence")))
				ADD(st, &c.cur, "dangerous-callable",
				    "a subclass of numpy's %.*s chooses the state a copy of it "
				    "restores, which numpy's generators take with an unchecked "
				    "buffer index: hold a generator in an attribute, self.rng = "
				    "np.random.default_rng(seed)",
				    (int)c.cur.len, c.cur.text);
			/* pd.arrays.IntegerArray, ExtensionArray, SparseArray, ...:
			 * pandas trusts what their methods return */
			if (d == 0 && c.cur.kind == SX_TOK_NAME && c.cur.len > 5 &&
			    memcmp(c.cur.text + c.cur.len - 5, "Array", 5) == 0 &&
			    !IS(&c.cur, "MaskedArray") /* numpy.ma's */)
				ADD(st, &c.cur, "dangerous-callable",
				    "a subclass of a pandas array (%.*s) is trusted by pandas' "
				    "kernels: "
				    "the codes its factorize() returns index without a bound "
				    "check; "
				    "hold the array in an attribute of a class of your own",
				    (int)c.cur.len, c.cur.text);
			if (d == 0 && c.cur.kind == SX_TOK_NAME &&
			    ((c.cur.len >= 6 &&
			      memcmp(c.cur.text + c.cur.len - 6, "Action", 6) == 0) ||
			     hset_find(&st->actioncls, c.cur.text, c.cur.len)))
				hset_add(&st->actioncls, k.name.text, k.name.len);
			if (d == 0 && c.cur.kind == SX_TOK_NAME &&
			    (tok_is(&c.prev, SX_TOK_OP, "(") || tok_is(&c.prev, SX_TOK_OP, ","))) {
				struct sx_tok nx = peek_next(&c);
				if (tok_is(&c.cur, SX_TOK_NAME, "metaclass") &&
				    tok_is(&nx, SX_TOK_OP, "="))
					ADD(st, &c.cur, "runtime-name",
					    "a metaclass decides what isinstance() and class "
					    "patterns read: write a plain class");
				else if (tok_is(&c.cur, SX_TOK_NAME, "type") && arg_end(&nx))
					ADD(st, &c.cur, "runtime-name",
					    "a class derived from type is a metaclass, which "
					    "decides what isinstance() and class patterns read: "
					    "write a plain class");
				else if (arg_end(&nx) && k.nbases < 8)
					k.bases[k.nbases++] = c.cur;
				else
					k.foreign = true;
			} else if (d == 0 && (tok_is(&c.prev, SX_TOK_OP, "(") ||
					      tok_is(&c.prev, SX_TOK_OP, ","))) {
				k.foreign = true; /* *bases, a call, a literal */
			}
			advance(&c);
		}
	}
	if (st->nclasses == st->capclasses) {
		st->capclasses = st->capclasses ? 2 * st->capclasses : 8;
		st->classes = sx_xrealloc(st->classes, st->capclasses * sizeof *st->classes);
	}
	k.decorated = st->decor_class;
	k.dataclass = st->decor_dc;
	/* A class in an Enum's body is one of its members, whose .value is
	 * the class object (E.Inner.value, for m in E, E["Inner"]); so in a
	 * class with a base from a library, which may make it one. */
	if (cur_class(st) >= 0 && enum_like(&st->classes[cur_class(st)]))
		ADD(st, &k.name, "runtime-name",
		    "class '%.*s' in the body of an Enum (or of a class with a library base) "
		    "is a member whose value is the class, whose methods then run on any "
		    "object: define it at the top level",
		    (int)k.name.len, k.name.text);
	/* A class decorator of the script is given the class object, whose
	 * methods then run on any object it hands them as self. */
	if (st->decor_own.kind == SX_TOK_NAME)
		ADD(st, &st->decor_own, "runtime-name",
		    "class decorator '%.*s' of the script is given the class object, whose "
		    "methods it may run on any object as self: register instances or "
		    "factories instead, REGISTRY[\"name\"] = lambda: Strategy()",
		    (int)st->decor_own.len, st->decor_own.text);
	else if (st->decor_foreign.kind == SX_TOK_OP)
		ADD(st, &st->decor_foreign, "runtime-name",
		    "a class decorator other than the library's (@dataclass, "
		    "@functools.total_ordering, @enum.unique, @typing.final) is given the "
		    "class object, whose methods it may run on any object as self: "
		    "register instances or factories instead, REGISTRY[\"name\"] = lambda: "
		    "Strategy()");
	/* classnames' sp: 1 + the last class statement of the name */
	struct hslot *same = hset_add(&st->classnames, k.name.text, k.name.len);
	k.prev_same = same->sp - 1;
	same->sp = (int)st->nclasses + 1;
	st->classes[st->nclasses] = k;
	if (st->ncstack < 64)
		st->cstack[st->ncstack++] = (int)st->nclasses;
	st->nclasses++;
}

/* The class NAME of the script, and every base it has, are class
 * statements of the script on plain names (or object): its
 * __match_args__ is then what its own body says. A base from a library
 * (collections.abc.Sized, a namedtuple made with names built at run time)
 * brings register(), which makes any type match it, or field names the
 * check cannot read. */
static bool plain_class(const struct state *st, const char *name, size_t n, int levels)
{
	const struct sclass *k;
	int i;

	if (levels > 8 || !walk_steps(st, 1))
		return false;
	if (n == 6 && memcmp(name, "object", 6) == 0)
		return true;
	if (hset_find(&st->fdefs, name, n))
		return false; /* a def of that name too */
	if ((i = last_class(st, name, n)) < 0 || st->classes[i].prev_same >= 0)
		return false; /* none, or two class statements of one name */
	k = &st->classes[i];
	if (k->foreign || k->decorated)
		return false;
	signed char *memo =
	    st->walk->plain ? &st->walk->plain[(size_t)i * 9 + (size_t)levels] : NULL;
	bool plain = true;

	if (memo && *memo)
		return *memo - 1;
	for (int b = 0; b < k->nbases && plain; b++)
		plain = plain_class(st, k->bases[b].text, k->bases[b].len, levels + 1);
	if (memo)
		*memo = (signed char)(plain + 1);
	return plain;
}

/* Bases whose code reads no private attribute of the script's class:
 * object, the builtin types and exceptions, typing's markers. */
static bool inert_base(const struct sx_tok *b)
{
	static const char *const names[] = {
	    "object", "int",	 "float",    "str",	  "bytes",	   "bool",
	    "list",   "tuple",	 "dict",     "set",	  "frozenset",	   "complex",
	    "ABC",    "Generic", "Protocol", "Exception", "BaseException", NULL};
	static struct quick_list q;

	if (b->len > 5 && (memcmp(b->text + b->len - 5, "Error", 5) == 0))
		return true;
	if (b->len > 7 && (memcmp(b->text + b->len - 7, "Warning", 7) == 0))
		return true;
	return quick_in(&q, (char *const *)names, b->text, b->len);
}

/* The last class of the script but k named as base b, or -1: a base of
 * the script's own. */
static int own_base(const struct state *st, int k, const struct sx_tok *b)
{
	int own = last_class(st, b->text, b->len);

	return own >= 0 && own == k ? st->classes[k].prev_same : own;
}

/* A name Python's builtins may hold: all lower case (object, dict,
 * staticmethod), an exception's or a warning's, True, Ellipsis, ... */
static bool builtin_like(const char *s, size_t n)
{
	static const char *const caps[] = {"BaseException",
					   "BaseExceptionGroup",
					   "Ellipsis",
					   "Exception",
					   "ExceptionGroup",
					   "False",
					   "GeneratorExit",
					   "KeyboardInterrupt",
					   "None",
					   "NotImplemented",
					   "StopAsyncIteration",
					   "StopIteration",
					   "SystemExit",
					   "True",
					   NULL};
	bool upper = false;

	for (size_t i = 0; i < n; i++)
		upper = upper || (s[i] >= 'A' && s[i] <= 'Z');
	return !upper || (n > 5 && memcmp(s + n - 5, "Error", 5) == 0) ||
	       (n > 7 && memcmp(s + n - 7, "Warning", 7) == 0) ||
	       in_list((char *const *)caps, s, n);
}

/* The plain base name b is a class where the class statement runs: a
 * class of the script's (never assigned), a name imported from a module
 * (from datetime import date: a module's values are none whose type
 * takes a class's name, bases and body), a builtin's or one no code
 * binds; or a name every assignment of which
 * ("NAME = ..." at a line's start) makes a class: a module's path to a
 * capitalised name or a class factory's call (Bar = namedtuple(...)). */
static bool class_name_base(const struct state *st, const char *src, size_t len,
			    const struct sx_tok *b)
{
	const struct hslot *a = hset_find(&st->assigns, b->text, b->len);
	size_t seen = 0;
	bool capital = b->text[0] >= 'A' && b->text[0] <= 'Z';

	if (hset_find(&st->valbound, b->text, b->len) || (bound(st, b) && !capital))
		return false; /* a loop's, a parameter, as; import numpy as np */
	if (!a)
		return true;
	for (const char *p = src, *end = src + len; (p = next_word(src, p, end, b->text, b->len));
	     p++) {
		const char *q, *r;

		for (q = p; q > src && (q[-1] == ' ' || q[-1] == '\t');)
			q--;
		if (q > src && q[-1] != '\n')
			continue; /* not at a line's start */
		for (q = p + b->len; q < end && (*q == ' ' || *q == '\t');)
			q++;
		if (q >= end || *q != '=' || (q + 1 < end && q[1] == '='))
			continue;
		for (q++; q < end && (*q == ' ' || *q == '\t');)
			q++;
		/* a path of names, the last a capital's or a factory's call */
		const char *last = q;
		for (r = q; r < end && (name_char(*r) || *r == '.'); r++)
			if (*r == '.')
				last = r + 1;
		if (r == q || !name_char(*q))
			return false;
		if (r < end && *r == '(') {
			if (!class_factory(last, (size_t)(r - last)))
				return false;
		} else if (!(last[0] >= 'A' && last[0] <= 'Z') ||
			   (r < end && *r != '\n' && *r != ' ' && *r != '#' && *r != '\r')) {
			return false;
		}
		seen++;
	}
	return seen == (size_t)a->sp;
}

/* Plain bases of the script's class statements that no code of the
 * script binds, to st->unbound and out of the classes' bases: no
 * builtin's name, and every NAME token of it (not after ".") is such a
 * base. A name is bound only by a token of it (an assignment, an import,
 * a loop, a parameter, global), or by what the check refuses (a star
 * import, globals(), exec); so the class statement raises NameError
 * before its body runs, and no library class is its base (a LEAN
 * strategy without its engine's star import). Text occurrences are
 * counted first; the lexer counts tokens only where comments or strings
 * hold the name too. */
static void unbound_bases(struct state *st, const char *src, size_t len)
{
	struct cand {
		struct sx_tok name;
		size_t bases, tokens;
	} c[16];
	int nc = 0, lex = 0;

	for (size_t k = 0; k < st->nclasses; k++)
		for (int b = 0; b < st->classes[k].nbases; b++) {
			const struct sx_tok *t = &st->classes[k].bases[b];
			int i;

			for (i = 0; i < nc && !same_name(&c[i].name, t); i++)
				;
			if (i < nc) {
				c[i].bases++;
				continue;
			}
			if (nc == 16 || builtin_like(t->text, t->len) || own_base(st, -1, t) >= 0 ||
			    hset_find(&st->assigns, t->text, t->len) ||
			    hset_find(&st->rebound, t->text, t->len) ||
			    (st->imported.used && hset_find(&st->imported, t->text, t->len)) ||
			    bound(st, t))
				continue;
			c[nc++] = (struct cand){*t, 1, 0};
		}
	for (int i = 0; i < nc; i++) {
		c[i].tokens = identifier_count(src, len, c[i].name.text, c[i].name.len);
		lex += c[i].tokens > c[i].bases;
	}
	if (lex) {
		struct sx_lexer lx;
		struct sx_tok t, prev = {.kind = SX_TOK_EOF};
		struct sx_err err;

		for (int i = 0; i < nc; i++)
			c[i].tokens = 0;
		sx_lexer_init(&lx, src, len);
		while (sx_lexer_next(&lx, &t, &err) == 0 && t.kind != SX_TOK_EOF) {
			if (t.kind == SX_TOK_NAME && !tok_is(&prev, SX_TOK_OP, "."))
				for (int i = 0; i < nc; i++)
					c[i].tokens += same_name(&c[i].name, &t);
			if (t.kind != SX_TOK_COMMENT)
				prev = t;
		}
	}
	for (int i = 0; i < nc; i++) {
		if (c[i].tokens != c[i].bases)
			continue;
		hset_add(&st->unbound, c[i].name.text, c[i].name.len);
		for (size_t k = 0; k < st->nclasses; k++) {
			struct sclass *K = &st->classes[k];
			int n = 0;

			for (int b = 0; b < K->nbases; b++)
				if (!same_name(&K->bases[b], &c[i].name))
					K->bases[n++] = K->bases[b];
			K->nbases = n;
		}
	}
}

/* Class k of the script derives from a library class (pd.Flags, Enum,
 * ArgumentParser, a base that is no plain name), itself or through a
 * class of the script. */
static bool library_base(const struct state *st, const struct sclass *k, int levels)
{
	signed char *memo;
	bool lib = false;

	if (k->foreign || levels > 8 || !walk_steps(st, 1))
		return true;
	memo = st->walk->lb ? &st->walk->lb[(size_t)(k - st->classes) * 9 + (size_t)levels] : NULL;
	if (memo && *memo)
		return *memo - 1;
	for (int b = 0; b < k->nbases && !lib; b++) {
		int own;

		if (inert_base(&k->bases[b]))
			continue;
		own = own_base(st, (int)(k - st->classes), &k->bases[b]);
		lib = own < 0 || library_base(st, &st->classes[own], levels + 1);
	}
	if (memo)
		*memo = (signed char)(lib + 1);
	return lib;
}

/* A plain base b that is no second library class: an honest name
 * (honest_base_name()), a builtin one or imported from enum, abc or typing
 * under its own name, and never assigned. */
static bool honest_plain_base(const struct state *st, const struct sx_tok *b)
{
	const struct hslot *imp;
	const char *m;

	if (!honest_base_name(b->text, b->len) || hset_find(&st->assigns, b->text, b->len))
		return false;
	if (!(st->imported.used && (imp = hset_find(&st->imported, b->text, b->len))))
		/* a builtin: object, an exception */
		return IS(b, "object") || IS(b, "Exception") || IS(b, "BaseException") ||
		       (b->len > 5 && memcmp(b->text + b->len - 5, "Error", 5) == 0) ||
		       (b->len > 7 && memcmp(b->text + b->len - 7, "Warning", 7) == 0);
	m = imp->module;
	if (strncmp(m, "enum.", 5) != 0 && strncmp(m, "abc.", 4) != 0 &&
	    strncmp(m, "typing.", 7) != 0)
		return false;
	m = strchr(m, '.') + 1; /* the name in its module */
	return strlen(m) == b->len && memcmp(m, b->text, b->len) == 0;
}

/* The library classes class k of the script derives from, itself or
 * through its classes (each counted once a path): a second one may give
 * the first, a str, another __eq__ or __hash__ (UserString's compare its
 * .data). */
static int library_bases(const struct state *st, int k, int depth)
{
	int n = st->classes[k].odd_bases;
	signed char *memo = st->walk->lbs ? &st->walk->lbs[(size_t)k * 17 + (size_t)depth] : NULL;

	if (depth > 16 || !walk_steps(st, 1))
		return 2;
	if (memo && *memo)
		return *memo - 1;
	/* the callers ask for 2 or more: the count stops there */
	for (int b = 0; b < st->classes[k].nbases && n < 2; b++) {
		int own = own_base(st, k, &st->classes[k].bases[b]);

		if (own >= 0)
			n += library_bases(st, own, depth + 1);
		else if (!honest_plain_base(st, &st->classes[k].bases[b]))
			n++;
	}
	n = n < 2 ? n : 2;
	if (memo)
		*memo = (signed char)(n + 1);
	return n;
}

/* Class k has a base that is no class of the script (object aside), or
 * one of the script's classes has (some_ancestor()). */
static bool other_base(const struct state *st, int k, const void *arg)
{
	(void)arg;
	if (st->classes[k].foreign || st->classes[k].odd_bases)
		return true;
	for (int b = 0; b < st->classes[k].nbases; b++)
		if (own_base(st, k, &st->classes[k].bases[b]) < 0 &&
		    !IS(&st->classes[k].bases[b], "object"))
			return true;
	return false;
}

/* A def of __eq__, __ne__ or __hash__ in a class of the script that is,
 * or is a base of, a class with a library base: in a str (class K(M,
 * str), np.str_, a str of the script's), a string that equals other names
 * passes a library's check of a name, then names an attribute (pd.Flags:
 * key in self._keys, then getattr); in a float or a tuple, numpy calls it
 * while it holds an object array's pointers. Two library classes as bases
 * likewise (UserString and str). */
/* Class k is, or is a base of, a class of the script with a library base
 * (itself or through its bases). *lib_any caches some_ancestor(other_base)
 * for every class, made on the first call; the caller frees it. */
static bool library_related(const struct state *st, int k, bool **lib_any)
{
	size_t n = st->nclasses;

	if (!*lib_any) {
		/* [0, n): some_ancestor(other_base) of each class; [n, 2n): the
		 * answer for each class: its name is that of a class at most 16
		 * bases up from one with a library base (derives_from()), found
		 * for all at once, breadth first from those classes. A name is
		 * reached once; the classes of a name are expanded once, the
		 * first time a base names it (a class with a library base is
		 * expanded on its own first: the others of its name are not
		 * reached through it). */
		bool *r = sx_xcalloc(2 * n + 1, 1);
		char *expanded = sx_xcalloc(n + 1, 1);
		int *queue = sx_xmalloc((2 * n + 1) * sizeof *queue);
		size_t head = 0, tail = 0;

		*lib_any = r;
		for (size_t j = 0; j < n; j++)
			if ((r[j] = some_ancestor(st, (int)j, 16, other_base, NULL))) {
				r[n + (size_t)last_class(st, st->classes[j].name.text,
							 st->classes[j].name.len)] = true;
				queue[tail++] = (int)j;
			}
		for (int level = 0; level < 16 && head < tail; level++) {
			size_t level_end = tail;

			while (head < level_end) {
				const struct sclass *c = &st->classes[queue[head++]];

				if (!walk_steps(st, (size_t)c->nbases + 1))
					break;
				for (int b = 0; b < c->nbases; b++) {
					int last =
					    last_class(st, c->bases[b].text, c->bases[b].len);

					if (last < 0 || expanded[last])
						continue;
					expanded[last] = 1;
					r[n + (size_t)last] = true;
					for (int j = last; j >= 0 && tail < 2 * n;
					     j = st->classes[j].prev_same)
						queue[tail++] = j;
				}
			}
		}
		/* by name: each class of a reached name */
		for (size_t j = 0; j < n; j++)
			r[n + j] = r[n + (size_t)last_class(st, st->classes[j].name.text,
							    st->classes[j].name.len)];
		free(expanded);
		free(queue);
	}
	return (*lib_any)[n + (size_t)k];
}

static void mixed_comparisons(struct state *st)
{
	for (size_t c = 0; c < st->nclasses && st->out->n < SX_POLICY_MAX_VIOLATIONS; c++) {
		const struct sclass *k = &st->classes[c];

		if (library_bases(st, (int)c, 0) >= 2)
			ADD(st, &k->name, "runtime-name",
			    "class '%.*s' derives from two library classes (itself or through its "
			    "bases): one's __eq__ or __hash__ (UserString's) decides what the "
			    "other, a str, equals, and a library's check of a name passes: derive "
			    "from one, keep the other in an attribute",
			    (int)k->name.len, k->name.text);
	}
}

/* Private names a library documents for its subclasses to define:
 * pandas' constructors and metadata, enum's hooks. */
static bool subclass_hook(const char *s, size_t n)
{
	static const char *const names[] = {"_constructor",
					    "_constructor_sliced",
					    "_constructor_expanddim",
					    "_metadata",
					    "_missing_",
					    "_generate_next_value_",
					    "_ignore_",
					    "_order_",
					    NULL};
	static struct quick_list q;

	return quick_in(&q, (char *const *)names, s, n);
}

/* Dunders a script may define with def: operators, containers, context
 * managers, construction and printing. The others change how Python reads
 * attributes and types (__getattr__, __dict__, __instancecheck__,
 * __match_args__, __set_name__, __init_subclass__, __format__ for a value
 * formatted into a path, __class_getitem__, __reduce__, ...): refused. */
static bool definable_dunder(const struct sx_tok *t)
{
	static const char *const d[] = {
	    "__init__",	     "__new__",	     "__post_init__", "__repr__",
	    "__str__",	     "__eq__",	     "__ne__",	      "__lt__",
	    "__le__",	     "__gt__",	     "__ge__",	      "__hash__",
	    "__bool__",	     "__len__",	     "__iter__",      "__next__",
	    "__reversed__",  "__contains__", "__getitem__",   "__setitem__",
	    "__delitem__",   "__missing__",  "__call__",      "__enter__",
	    "__exit__",	     "__aenter__",   "__aexit__",     "__aiter__",
	    "__anext__",     "__await__",    "__del__",	      "__copy__",
	    "__deepcopy__",  "__sizeof__",   "__add__",	      "__radd__",
	    "__iadd__",	     "__sub__",	     "__rsub__",      "__isub__",
	    "__mul__",	     "__rmul__",     "__imul__",      "__truediv__",
	    "__rtruediv__",  "__itruediv__", "__floordiv__",  "__rfloordiv__",
	    "__ifloordiv__", "__mod__",	     "__rmod__",      "__imod__",
	    "__pow__",	     "__rpow__",     "__ipow__",      "__matmul__",
	    "__rmatmul__",   "__imatmul__",  "__divmod__",    "__rdivmod__",
	    "__neg__",	     "__pos__",	     "__abs__",	      "__invert__",
	    "__round__",     "__floor__",    "__ceil__",      "__trunc__",
	    "__int__",	     "__float__",    "__complex__",   "__index__",
	    "__and__",	     "__rand__",     "__iand__",      "__or__",
	    "__ror__",	     "__ior__",	     "__xor__",	      "__rxor__",
	    "__ixor__",	     "__lshift__",   "__rlshift__",   "__ilshift__",
	    "__rshift__",    "__rrshift__",  "__irshift__",   NULL};

	return in_list((char *const *)d, t->text, t->len);
}

/* Dunders that are an operation on a value, as attributes:
 * super().__getitem__(k) in an override, idx.__getitem__ as a function,
 * object.__new__(cls): what x[k], len(x), a + b do, no way to a name,
 * a frame or a module. The definable ones but __del__. */
static bool operator_dunder(const struct sx_tok *t)
{
	return definable_dunder(t) && !IS(t, "__del__");
}

/* An arithmetic or bitwise operator's dunder (__add__, __radd__, __iand__,
 * __neg__, ...): what a + b runs, with no say in how Python reads
 * attributes, types, order or truth. */
static bool arithmetic_dunder(const struct sx_tok *t)
{
	static const char *const ops[] = {"add", "sub", "mul",	  "truediv", "floordiv",
					  "mod", "pow", "matmul", "divmod",  "and",
					  "or",	 "xor", "lshift", "rshift",  NULL};
	const char *x = t->text + 2;
	size_t n = t->len - 4;

	if (!is_dunder(t))
		return false;
	if (n == 3 &&
	    (memcmp(x, "neg", 3) == 0 || memcmp(x, "pos", 3) == 0 || memcmp(x, "abs", 3) == 0))
		return true;
	if (n == 6 && memcmp(x, "invert", 6) == 0)
		return true;
	if (n > 1 && (x[0] == 'r' || x[0] == 'i') && in_list((char *const *)ops, x + 1, n - 1))
		return true;
	return in_list((char *const *)ops, x, n);
}

/* s at the first NAME of a statement in a class's body: "__radd__ =
 * __add__", one operator's method under another's name. Both are the
 * script's defs (a builtin has no name of that form), so it is what a def
 * of the first that calls the second would be. rhs: the second NAME. */
static bool dunder_alias(const struct stream *s, struct sx_tok *rhs)
{
	struct stream c;

	if (!arithmetic_dunder(&s->cur))
		return false;
	stream_fork(&c, s);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "="))
		return false;
	advance(&c);
	if (c.cur.kind != SX_TOK_NAME || !arithmetic_dunder(&c.cur))
		return false;
	struct sx_tok r = c.cur;
	advance(&c);
	if (!stmt_end(&c.cur) && c.cur.kind != SX_TOK_COMMENT)
		return false;
	*rhs = r;
	return true;
}

/* At most max positional arguments in the call after s's current token,
 * and no *args: np.load(f, None, True) gives allow_pickle, and
 * ArgumentParser's eighth parameter is fromfile_prefix_chars. */
static bool positional_ok(const struct stream *s, int max);

/* A call of pandas' readers and writers (name: read_csv, to_json, ...
 * as the table knows it; t where it stands) with more than 3 positional
 * arguments: their options, compression= among them, by position. */
static bool io_positional(struct state *st, const struct stream *s, const struct sx_tok *t,
			  const struct sx_tok *name)
{
	if (!((name->len > 5 && memcmp(name->text, "read_", 5) == 0) ||
	      (name->len > 3 && memcmp(name->text, "to_", 3) == 0)) ||
	    positional_ok(s, 3))
		return false;
	ADD(st, t, "host-path",
	    "%.*s() with more than 3 positional arguments (or *args) reaches compression= and "
	    "its options by position: pass the options as keywords",
	    (int)t->len, t->text);
	return true;
}

static bool positional_ok(const struct stream *s, int max)
{
	struct stream c;
	int n = 0;

	if (!open_call(&c, s))
		return true;
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (tok_is(&c.cur, SX_TOK_OP, "*"))
			return false;
		if (tok_is(&c.cur, SX_TOK_OP, "**"))
			;
		else if (!at_keyword(&c) && ++n > max)
			return false;
		next_argument(&c);
	}
	return true;
}

/* Callables with a parameter that turns data into code or reads files by
 * name, by the number of positional arguments that stop short of it: the
 * keyword is refused by name; this refuses it by position. */
/* The array classes that take a buffer, its offset and strides: ndarray,
 * recarray and numpy.ma's MaskedRecords (also numpy.lib.recfunctions'),
 * and the names that are ndarray: numpy.typing's NDArray (a generic alias,
 * called it makes an ndarray) and a masked array's baseclass. */
static bool array_class(const struct sx_tok *t)
{
	return IS(t, "ndarray") || IS(t, "recarray") || IS(t, "chararray") ||
	       IS(t, "MaskedRecords") || IS(t, "NDArray") || IS(t, "baseclass");
}

/* pandas' plotting methods that take backend= by position (a dict spread
 * into them is read by its "backend" key, backend_key()) */
static bool plot_name(const struct sx_tok *t)
{
	return IS(t, "hist") || IS(t, "boxplot") || IS(t, "hist_series") || IS(t, "hist_frame") ||
	       IS(t, "boxplot_frame") || IS(t, "boxplot_frame_groupby");
}

static int positional_max(const struct sx_tok *t)
{
	if (IS(t, "load"))
		return 2; /* numpy.load(file, mmap_mode, allow_pickle, ...) */
	if (IS(t, "info"))
		return 3; /* numpy.info(object, maxwidth, output, toplevel): imports
			   * toplevel by name (df.info's fourth is memory_usage) */
	if (IS(t, "ArgumentParser") || IS(t, "__init__"))
		return 6; /* (prog, usage, description, epilog, parents,
			   * formatter_class, prefix_chars, fromfile_prefix_chars);
			   * super().__init__(...) in a subclass of it */
	/* pandas' constructors trust what their fastpath or
	 * verify_integrity=False is given: codes beyond the categories are
	 * read as indexes into them, without bounds (pandas 1.5). */
	if (IS(t, "Categorical"))
		return 4; /* (values, categories, ordered, dtype, fastpath) */
	if (IS(t, "Series"))
		return 5; /* (data, index, dtype, name, copy, fastpath): an
			   * extension array under an index of another length,
			   * which groupby's kernels walk past (attack12by) */
	if (IS(t, "set_levels") || IS(t, "set_codes"))
		return 3; /* (levels or codes, level, inplace, verify_integrity) */
	if (IS(t, "MultiIndex"))
		return 7; /* (levels, codes, sortorder, names, dtype, copy, name,
			   * verify_integrity) */
	if (plot_name(t))
		return 9; /* Series.hist(by, ax, grid, xlabelsize, xrot, ylabelsize,
			   * yrot, figsize, bins, backend): the tenth, or later,
			   * is a plotting backend, a module imported by name */
	if (IS(t, "pivot_table"))
		return 3; /* df.pivot_table(values, index, columns, aggfunc):
			   * aggfunc by position is a method's name looked up
			   * (pd.pivot_table(data, ...) takes one more; write
			   * keywords) */
	if (IS(t, "crosstab"))
		return 5; /* (index, columns, values, rownames, colnames, aggfunc) */
	if (array_class(t))
		return 2; /* (shape, dtype, buffer, ...): array_call_ok() reads
			   * its calls, keywords included; as a value, A((1,),
			   * object, b) is an array over bytes the script wrote */
	return -1;
}

/* A call with a keyword the rules refuse by name: numpy.load and
 * read_array (allow_pickle), ArgumentParser and a subclass's __init__
 * (fromfile_prefix_chars), pandas' eval and query (local_dict, resolvers).
 * A def's own **kwargs spread into one could carry that keyword, its
 * name chosen at run time (df.pipe((f, name))). */
static bool guarded_call(const struct sx_tok *t)
{
	return t->kind == SX_TOK_NAME &&
	       ((positional_max(t) >= 0 && !plot_name(t)) || IS(t, "eval") || IS(t, "query") ||
		IS(t, "read_array") || IS(t, "open_memmap") ||
		/* argparse: attribute names (dest, set_defaults' keys) and
		 * a parser's fromfile_prefix_chars */
		IS(t, "Namespace") || IS(t, "set_defaults") || IS(t, "add_parser") ||
		IS(t, "add_argument") || IS(t, "add_subparsers") || IS(t, "add_argument_group") ||
		IS(t, "add_mutually_exclusive_group"));
}

/* A constructor with a parameter refused by name, as a value (%.*s: its
 * name). */
#define VALUE_CALLED                                                                               \
	"%.*s as a value may be called (functools.partial, map, a list or dict of "                \
	"classes) with a refused parameter by position: call it here, options as keywords; "       \
	"test a type with isinstance()"

/* t roots a chain of a type alias: a module's alias (pd), a name imported
 * from typing or collections.abc, or a builtin type. final: every binding
 * has been read, and none binds t otherwise (Optional = obj, int = obj:
 * an object of the script's whose __getitem__ or __ror__ would get the
 * class). */
static bool alias_root_ok(const struct state *st, const struct sx_tok *t, bool final)
{
	static const char *const builtin_types[] = {
	    "int",  "float", "str",   "bool", "bytes",	   "complex", "object", "None",
	    "list", "dict",  "tuple", "set",  "frozenset", "type",    NULL};
	const struct hslot *e;

	if (final &&
	    (hset_find(&st->assigns, t->text, t->len) ||
	     hset_find(&st->valbound, t->text, t->len) || hset_find(&st->fdefs, t->text, t->len) ||
	     hset_find(&st->classnames, t->text, t->len)))
		return false;
	if (bound(st, t))
		return true;
	if (st->imported.used && (e = hset_find(&st->imported, t->text, t->len)))
		return e->module && (strncmp(e->module, "typing.", 7) == 0 ||
				     strncmp(e->module, "collections.abc.", 16) == 0);
	return in_list((char *const *)builtin_types, t->text, t->len);
}

/* The statement at first is "NAME = T", T a type alias made of names of
 * modules' classes and typing's: Indicator = Callable[[pd.Series],
 * pd.Series], Returns = pd.Series | pd.DataFrame. A class there is handed
 * to no code of the script's: each chain is rooted where alias_root_ok()
 * says, each "[" follows a typing generic's name or opens Callable's
 * argument list, and typing.get_args and the dunders that read an alias's
 * arguments are refused. T is never the class itself (attack12ca): Python
 * folds C | C, Union[C] and Union[C, C] into C, so a union stands only
 * with None or a class no rule guards among its members at the top
 * (pd.Series | pd.DataFrame, Optional[C]), and Union, Type and type, whose
 * alias calls type(name, bases, dict), are no generics here. A plain alias
 * (make = pd.Series) is a value. Read again from the statement's first
 * token, only where a value would be refused. */
static bool type_alias_stmt(const struct state *st, const struct sx_tok *first, bool final)
{
	static const char *const generics[] = {
	    "Callable", "Optional", "List",	"Dict",	     "Tuple",	  "Sequence",
	    "Mapping",	"Iterable", "Iterator", "Set",	     "FrozenSet", "list",
	    "dict",	"tuple",    "set",	"frozenset", NULL};
	struct stream c;
	struct sx_tok last = {.kind = SX_TOK_EOF}; /* the top-level chain's last name */
	int depth = 0;
	bool operand = false;  /* the last token ends an operand */
	bool sub = false;      /* the top-level operand at hand is subscripted */
	bool pipe = false;     /* a "|" at the top */
	bool distinct = false; /* None or an unguarded class at the top */
	bool sub_only = false; /* the last top-level operand was subscripted */

	if (first->kind != SX_TOK_NAME)
		return false;
	memset(&c, 0, sizeof c);
	sx_lexer_init(&c.lx, first->text, (size_t)(st->src_end - first->text));
	advance(&c);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "="))
		return false;
	for (advance(&c);; advance(&c)) {
		const struct sx_tok *t = &c.cur;
		bool end = c.failed || stmt_end(t);

		/* a top-level operand ends: a plain chain counts for distinct */
		if ((end || (tok_is(t, SX_TOK_OP, "|") && depth == 0)) && operand && depth == 0) {
			if (!sub && last.kind == SX_TOK_NAME &&
			    (IS(&last, "None") || positional_max(&last) < 0))
				distinct = true;
			sub_only = sub;
			sub = false;
		}
		if (end)
			break;
		if (t->kind == SX_TOK_NAME) {
			bool dotted = tok_is(&c.prev, SX_TOK_OP, ".");

			if ((operand && !dotted) || (!dotted && !alias_root_ok(st, t, final)))
				return false;
			if (depth == 0)
				last = *t;
			operand = true;
		} else if (tok_is(t, SX_TOK_OP, ".")) {
			if (!operand)
				return false;
			operand = false;
		} else if (tok_is(t, SX_TOK_OP, "[")) {
			/* typing's T[...], or Callable's [args] list */
			if (!(operand && c.prev.kind == SX_TOK_NAME &&
			      in_list((char *const *)generics, c.prev.text, c.prev.len)) &&
			    !(depth > 0 && !operand))
				return false;
			if (depth == 0)
				sub = true;
			depth++;
			operand = false;
		} else if (tok_is(t, SX_TOK_OP, "]")) {
			if (depth == 0)
				return false;
			depth--;
			operand = true;
		} else if ((tok_is(t, SX_TOK_OP, ",") && depth > 0) || tok_is(t, SX_TOK_OP, "|")) {
			if (!operand)
				return false;
			pipe |= tok_is(t, SX_TOK_OP, "|") && depth == 0;
			operand = false;
		} else
			return false;
	}
	if (c.failed || depth != 0 || !operand)
		return false;
	return pipe ? distinct : sub_only;
}

/* The callable as a value is called where the check cannot count its
 * arguments: functools.partial(argparse.ArgumentParser, ..., "@").
 * colon_value: a ":" after it at depth 0 ends no annotation's or except's
 * name but a match statement's subject or a lambda's default. */
static void check_positional(struct state *st, const struct stream *s, const struct sx_tok *t,
			     bool import, bool base, bool type_use, bool colon_value, int depth,
			     const struct sx_tok *stmt_first)
{
	int max = positional_max(t);
	struct sx_tok nx;

	if (max < 0 || ((IS(t, "hist") || IS(t, "boxplot")) && !tok_is(&s->prev, SX_TOK_OP, ".")))
		return; /* hist = macd - signal: a name of the script's */
	if (base && (IS(t, "Categorical") || IS(t, "MultiIndex") || IS(t, "Series"))) {
		/* class C(pd.Categorical): C(codes, cats, False, None, True) */
		ADD(st, t, "forbidden-name",
		    "a subclass of %.*s is called with its parameters by position, the one "
		    "that makes pandas trust what it is given (codes, a length) included: hold a "
		    "%.*s in an attribute",
		    (int)t->len, t->text, (int)t->len, t->text);
		return;
	}
	nx = peek_next(s);
	if (!tok_is(&nx, SX_TOK_OP, "(")) {
		/* A value is called where the check cannot count its arguments
		 * (functools.partial, map, [np.load][0], a dict of classes, x
		 * if c else y): only its attribute, a name it is given (the
		 * script's own load = ..., a keyword), an import, a base, an
		 * annotation or a type test is no call. */
		if (!import && !type_use && !IS(t, "__init__") && !tok_is(&nx, SX_TOK_OP, ".") &&
		    !tok_is(&nx, SX_TOK_OP, "=") &&
		    !(depth == 0 && tok_is(&nx, SX_TOK_OP, ":") && !colon_value)) {
			if (type_alias_stmt(st, stmt_first, false)) {
				/* decided at the end, with every binding read */
				pend(st, t, 'i');
				st->pend[st->npend - 1].recv = *stmt_first;
				return;
			}
			ADD(st, t, "forbidden-name", VALUE_CALLED, (int)t->len, t->text);
		}
		return;
	}
	if (!positional_ok(s, max) && !array_class(t))
		ADD(st, t, "forbidden-name",
		    "%.*s() with more than %d positional arguments (or *args) reaches a parameter "
		    "that is refused by name: pass the options as keywords",
		    (int)t->len, t->text, max);
}

/* @functools.wraps(func) (or @wraps(func)) is a decorator with one
 * argument right above a def: the wrapper is then a function, whose
 * __dict__ is a plain dict. Anywhere else wraps() copies wrapped.__dict__
 * into an object the script chose (a class with a __dict__ property, a
 * Namespace, a dataclass): a dump of any module's globals. s at "wraps",
 * stmt_first the statement's first token. */
static bool wraps_decorator_ok(const struct state *st, const struct stream *s,
			       const struct sx_tok *stmt_first)
{
	struct stream c;

	stream_fork(&c, s);

	if (!tok_is(stmt_first, SX_TOK_OP, "@"))
		return false;
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "("))
		return false;
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**") || at_keyword(&c))
		return false;
	if (c.cur.kind == SX_TOK_NAME && bound(st, &c.cur))
		return false; /* @wraps(np): a module's globals on the def */
	skip_argument(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, ")"))
		return false;
	advance(&c);
	if (c.cur.kind != SX_TOK_NEWLINE)
		return false;
	advance(&c);
	return tok_is(&c.cur, SX_TOK_NAME, "def") || tok_is(&c.cur, SX_TOK_NAME, "async");
}

/* The call after s's current token is called in turn with more than one
 * argument: type(int)("K", (), {...}) is type() with three arguments;
 * type(x)([]) makes an empty one of x's type. */
static bool result_called(const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);

	advance(&c);
	advance(&c);
	past_arguments(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "("))
		return false;
	advance(&c);
	for (int n = 0; !c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")");) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**") || ++n > 1)
			return true;
		next_argument(&c);
	}
	return false;
}

/* type(x) at s ("type", before its "("), where its class cannot be put
 * to use: compared (type(a) is B, type(a) == type(b), in), named
 * (.__name__, .__qualname__), printed or tested (an argument of print,
 * str, repr, isinstance, issubclass), or made empty, type(x)([]) as
 * empyrical does. Not bound to a name, called with values, passed on
 * (register, map) or its attributes read (type(s).apply, type(r)(path)).
 * opener: the name of the call the expression is an argument of. */
static bool type_use_ok(struct state *st, const struct stream *s, const struct sx_tok *opener)
{
	static const char *const takers[] = {"print",  "str", "repr", "isinstance", "issubclass",
					     "format", "id",  "hash", "len",	    NULL};
	struct stream c;
	const struct sx_tok *before = &s->prev;
	/* Compared with is, or the container of an in: not with == or !=,
	 * or as an in's left operand, where the other operand's __eq__ (a
	 * class of the script's) is given the class (type(int) is type). */
	bool compared_before = tok_is(before, SX_TOK_NAME, "is") ||
			       tok_is(before, SX_TOK_NAME, "in") ||
			       tok_is(before, SX_TOK_NAME, "not");
	bool argument = (tok_is(before, SX_TOK_OP, "(") || tok_is(before, SX_TOK_OP, ",")) &&
			opener && in_list((char *const *)takers, opener->text, opener->len);

	stream_fork(&c, s);
	advance(&c); /* ( */
	advance(&c);
	past_arguments(&c); /* after ")" */
	if (tok_is(&c.cur, SX_TOK_OP, ".")) {
		advance(&c);
		return tok_is(&c.cur, SX_TOK_NAME, "__name__") ||
		       tok_is(&c.cur, SX_TOK_NAME, "__qualname__");
	}
	if (tok_is(&c.cur, SX_TOK_OP, "(")) {
		/* type(x)(), type(x)([...]), type(x)(values) with values a
		 * list or dict (decided at the end): no class that opens a
		 * path takes one. */
		struct sx_tok arg;

		advance(&c);
		if (tok_is(&c.cur, SX_TOK_OP, ")"))
			return true;
		arg = c.cur;
		if (tok_is(&c.cur, SX_TOK_OP, "(")) {
			advance(&c);
			return tok_is(&c.cur, SX_TOK_OP, ")") &&
			       (advance(&c), tok_is(&c.cur, SX_TOK_OP, ")"));
		}
		if (tok_is(&c.cur, SX_TOK_OP, "[") || tok_is(&c.cur, SX_TOK_OP, "{")) {
			skip_argument(&c);
			return tok_is(&c.cur, SX_TOK_OP, ")");
		}
		if (c.cur.kind == SX_TOK_NUMBER)
			return advance(&c), tok_is(&c.cur, SX_TOK_OP, ")");
		if (c.cur.kind == SX_TOK_NAME && (advance(&c), tok_is(&c.cur, SX_TOK_OP, ")"))) {
			pend(st, &arg, 'T');
			return true;
		}
		return false;
	}
	if (tok_is(&c.cur, SX_TOK_NAME, "is"))
		return true;
	if (compared_before || argument || tok_is(&c.cur, SX_TOK_OP, "}") ||
	    tok_is(&c.cur, SX_TOK_OP, "!"))
		/* the end of the operand: no attribute, call or item after it */
		return !tok_is(&c.cur, SX_TOK_OP, "[");
	return false;
}

/* parse_args(args, namespace) and its kin set an attribute of the
 * namespace object for each option, by a name the options give (a dest
 * built at run time, "--from-file-prefix-chars"): the object must be a
 * fresh argparse.Namespace. s at the method's name. */
static bool namespace_ok(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		/* As a value (map(p.parse_args, argvs, namespaces)) it is
		 * called where its namespace is not seen. */
		return tok_is(&c.cur, SX_TOK_OP, "=");
	for (int i = 0; !c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")");
	     i++) {
		bool ns = i == 1 && !at_keyword(&c);

		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**"))
			return false;
		if (at_keyword(&c) && tok_is(&c.cur, SX_TOK_NAME, "namespace")) {
			advance(&c);
			advance(&c);
			ns = true;
		}
		if (ns && !tok_is(&c.cur, SX_TOK_NAME, "None")) {
			/* [argparse.]Namespace(...) */
			struct stream e;
			stream_fork(&e, &c);
			if (e.cur.kind == SX_TOK_NAME &&
			    !tok_is(&e.cur, SX_TOK_NAME, "Namespace")) {
				advance(&e);
				if (!tok_is(&e.cur, SX_TOK_OP, "."))
					return false;
				advance(&e);
			}
			if (!tok_is(&e.cur, SX_TOK_NAME, "Namespace"))
				return false;
			advance(&e);
			if (!tok_is(&e.cur, SX_TOK_OP, "("))
				return false;
		}
		next_argument(&c);
	}
	return true;
}

static inline __attribute__((always_inline)) bool parse_method(const struct sx_tok *t)
{
	return IS(t, "parse_args") || IS(t, "parse_known_args") || IS(t, "parse_intermixed_args") ||
	       IS(t, "parse_known_intermixed_args");
}

/* "def __exit__(self, t, v, tb)" at s (the name), stmt_first the def's
 * statement: its fourth parameter is a traceback, whose frames lead to
 * every module's globals; in the body it may only be tested, "tb is
 * None". *args would hide it. method: a plain method (or a classmethod)
 * of a class; a staticmethod's, or a def outside a class (set on one
 * later), "def __exit__(t, v, tb)" has no self: the third is the
 * traceback. */
static void check_exit(struct state *st, const struct stream *s, const struct sx_tok *stmt_first,
		       bool method)
{
	struct stream c;
	int n = 0;

	if (!open_call(&c, s))
		return;
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**")) {
			ADD(st, &c.cur, "frame-attribute",
			    "*args in %.*s hold the traceback, which leads to frames: name the "
			    "parameters, (self, exc_type, exc, tb)",
			    (int)s->cur.len, s->cur.text);
			return;
		}
		if (c.cur.kind == SX_TOK_NAME && n++ == (method ? 3 : 2)) {
			st->exit_tb = c.cur;
			st->exit_line = s->cur.line;
			st->exit_col = stmt_first->col;
		}
		next_argument(&c);
	}
}

/* The builtins a def may shadow with a local of the same name, a price
 * bar's def _body(open, close) or open = df["open"]. */
static const char *const shadowed[] = {
    "eval", "exec",    "compile", "open",    "input", "breakpoint", "globals", "locals",
    "vars", "getattr", "setattr", "delattr", "help",  "license",    "credits", "copyright",
};

static int shadowed_index(const struct sx_tok *t)
{
	if (t->kind != SX_TOK_NAME)
		return -1;
	for (int i = 0; i < (int)(sizeof shadowed / sizeof shadowed[0]); i++)
		if (t->len == strlen(shadowed[i]) && memcmp(t->text, shadowed[i], t->len) == 0)
			return i;
	return -1;
}

static void lspan_add(struct state *st, size_t *cap, const char *from, const char *to,
		      unsigned mask)
{
	if (st->nlspans == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		st->lspans = sx_xrealloc(st->lspans, *cap * sizeof *st->lspans);
	}
	st->lspans[st->nlspans++] = (struct local_span){from, to, mask};
}

/* One pass over the source for local_builtin(): each def's parameters
 * named like a builtin of shadowed[] (a span of the name itself) and, for
 * each def whose own scope binds such a name (a parameter; a logical
 * line of its body, not of a nested def or class, that is "NAME = ",
 * "NAME: T", "NAME, NAME = " or "for NAME[, NAME] in"), the span of its
 * body, from the header's ":" to the first logical line indented no more
 * than the def. Only the forms read here count: a binding read otherwise
 * (with ... as open, except ... as open, a lambda's parameter) shadows
 * nothing, and a header with a lambda has no parameters here, as a
 * lambda's would be taken for the def's. A name in a global or nonlocal
 * statement anywhere is poisoned: it is never local here. */
static void local_spans(struct state *st, const char *src, size_t len)
{
	struct blk {
		int col;
		bool def;
		unsigned mask;
		const char *body; /* past the header's ":" (defs) */
	} blk[64];
	int nb = 0;
	size_t cap = 0;
	struct stream s;
	bool line_start = true;

	st->lspans_done = true;
	memset(&s, 0, sizeof s);
	sx_lexer_init(&s.lx, src, len);
	advance(&s);
	while (!s.failed && s.cur.kind != SX_TOK_EOF) {
		struct sx_tok t = s.cur;

		if (t.kind == SX_TOK_NEWLINE) {
			line_start = true;
			advance(&s);
			continue;
		}
		if (!line_start) {
			advance(&s);
			continue;
		}
		line_start = false;
		while (nb && blk[nb - 1].col >= t.col) {
			nb--;
			if (blk[nb].def && blk[nb].mask)
				lspan_add(st, &cap, blk[nb].body, t.text, blk[nb].mask);
		}
		if (IS(&t, "global") || IS(&t, "nonlocal")) {
			while (!s.failed && s.cur.kind != SX_TOK_NEWLINE &&
			       s.cur.kind != SX_TOK_EOF) {
				int i = shadowed_index(&s.cur);
				if (i >= 0)
					st->lpoison |= 1u << i;
				advance(&s);
			}
			continue;
		}
		if (IS(&t, "async"))
			advance(&s);
		if (IS(&s.cur, "def") || IS(&s.cur, "class")) {
			bool def = IS(&s.cur, "def"), lambda = false;
			unsigned mask = 0;
			int depth = 0;
			struct sx_tok prev = s.cur;
			struct sx_tok params[64];
			int np = 0;

			advance(&s);
			/* The header to its ":" outside brackets. */
			while (!s.failed && s.cur.kind != SX_TOK_EOF &&
			       s.cur.kind != SX_TOK_NEWLINE &&
			       !(depth == 0 && tok_is(&s.cur, SX_TOK_OP, ":"))) {
				if (tok_is(&s.cur, SX_TOK_OP, "(") ||
				    tok_is(&s.cur, SX_TOK_OP, "[") ||
				    tok_is(&s.cur, SX_TOK_OP, "{"))
					depth++;
				else if (tok_is(&s.cur, SX_TOK_OP, ")") ||
					 tok_is(&s.cur, SX_TOK_OP, "]") ||
					 tok_is(&s.cur, SX_TOK_OP, "}"))
					depth--;
				else if (IS(&s.cur, "lambda"))
					lambda = true;
				else if (def && depth == 1 && shadowed_index(&s.cur) >= 0 &&
					 (tok_is(&prev, SX_TOK_OP, "(") ||
					  tok_is(&prev, SX_TOK_OP, ",") ||
					  tok_is(&prev, SX_TOK_OP, "*") ||
					  tok_is(&prev, SX_TOK_OP, "**"))) {
					struct sx_tok nx = peek_next(&s);
					if ((tok_is(&nx, SX_TOK_OP, ",") ||
					     tok_is(&nx, SX_TOK_OP, ")") ||
					     tok_is(&nx, SX_TOK_OP, "=") ||
					     tok_is(&nx, SX_TOK_OP, ":")) &&
					    np < 64)
						params[np++] = s.cur;
				}
				prev = s.cur;
				advance(&s);
			}
			if (!tok_is(&s.cur, SX_TOK_OP, ":")) {
				/* no header the pass can read: a block whose lines
				 * bind nothing of an outer def's */
				if (nb < 64)
					blk[nb++] = (struct blk){t.col, false, 0, NULL};
				continue;
			}
			if (def && !lambda)
				for (int i = 0; i < np; i++) {
					unsigned bit = 1u << shadowed_index(&params[i]);
					mask |= bit;
					lspan_add(st, &cap, params[i].text,
						  params[i].text + params[i].len, bit);
				}
			if (nb == 64)
				break; /* deeper than the pass follows: nothing more */
			advance(&s);
			blk[nb++] = (struct blk){t.col, def, mask, s.cur.text};
			continue;
		}
		/* A logical line of a def's own body that binds names. */
		if (nb && blk[nb - 1].def) {
			unsigned mask = 0;
			bool is_for = IS(&s.cur, "for");

			if (is_for)
				advance(&s);
			for (;;) {
				int i = shadowed_index(&s.cur);
				if (s.cur.kind != SX_TOK_NAME)
					break;
				if (i >= 0)
					mask |= 1u << i;
				advance(&s);
				if (!tok_is(&s.cur, SX_TOK_OP, ","))
					break;
				advance(&s);
			}
			if (is_for
				? IS(&s.cur, "in")
				: tok_is(&s.cur, SX_TOK_OP, "=") || tok_is(&s.cur, SX_TOK_OP, ":"))
				blk[nb - 1].mask |= mask;
		}
	}
	while (nb) {
		nb--;
		if (blk[nb].def && blk[nb].mask)
			lspan_add(st, &cap, blk[nb].body, src + len, blk[nb].mask);
	}
}

/* t, a builtin's name, is a local of a def there: a parameter's name, or
 * in the body of a def whose own scope binds it (local_spans()). Python
 * makes a name a def's body binds local to all of the body, nested defs
 * and classes included unless they say global or nonlocal; the header's
 * defaults, annotations and decorators are read outside it. */
static bool local_builtin(struct state *st, const char *src, size_t len, const struct sx_tok *t)
{
	int i = shadowed_index(t);

	if (i < 0)
		return false;
	if (!st->lspans_done)
		local_spans(st, src, len);
	if (st->lpoison & (1u << i))
		return false;
	for (size_t k = 0; k < st->nlspans; k++)
		if ((st->lspans[k].mask & (1u << i)) && t->text >= st->lspans[k].from &&
		    t->text < st->lspans[k].to)
			return true;
	return false;
}

/* What to write instead of a builtin the default forbidden_names
 * refuses, where there is an obvious alternative ("" where there is none). */
static const char *forbidden_hint(const struct sx_tok *t)
{
	if (IS(t, "getattr") || IS(t, "setattr") || IS(t, "globals") || IS(t, "locals"))
		return ": keep values looked up by name in a dict";
	if (IS(t, "attrgetter"))
		return ": name public attributes as string literals, attrgetter(\"price\", "
		       "\"qty\"), or write a lambda";
	if (IS(t, "vars"))
		return ": it hands over an object's namespace (a module's holds the "
		       "builtins): read the attributes, args.window, or keep the values "
		       "in a dict";
	if (IS(t, "open"))
		return ": read and write data with pandas or numpy on a literal path, "
		       "pd.read_csv(\"prices.csv\")";
	if (IS(t, "input"))
		return ": take arguments from sys.argv or argparse";
	if (IS(t, "eval") || IS(t, "exec") || IS(t, "compile"))
		return ": write the code in the script, or keep functions in a dict";
	return "";
}

/* A call that is a with statement's item, with f(...): or with a, f(...)
 * as x:, or a decorator's, @f(...) on a line of its own: its object is
 * used where it is made and bound to no name. s at the function's name,
 * lead the token before its NAME.NAME... chain. */
static bool with_item(const struct stream *s, const struct sx_tok *lead,
		      const struct sx_tok *stmt_first, int depth)
{
	bool deco = tok_is(lead, SX_TOK_OP, "@");
	struct stream c;

	if (depth != 0 ||
	    !(deco || tok_is(lead, SX_TOK_NAME, "with") ||
	      (tok_is(lead, SX_TOK_OP, ",") && tok_is(stmt_first, SX_TOK_NAME, "with"))) ||
	    !open_call(&c, s))
		return false;
	past_arguments(&c);
	if (deco)
		return c.cur.kind == SX_TOK_NEWLINE;
	return tok_is(&c.cur, SX_TOK_OP, ":") || tok_is(&c.cur, SX_TOK_OP, ",") ||
	       tok_is(&c.cur, SX_TOK_NAME, "as");
}

/* c at an option's value: a literal (a number, strings, True, False,
 * None) or a literal's .format, never a function of the script's, which
 * pandas and numpy call inside str() of their objects (display.float_format)
 * while numpy holds the object it is converting without a reference. c
 * ends past it. */
static bool option_value_ok(struct stream *c)
{
	if (tok_is(&c->cur, SX_TOK_OP, "-"))
		advance(c);
	if (c->cur.kind == SX_TOK_NUMBER || tok_is(&c->cur, SX_TOK_NAME, "True") ||
	    tok_is(&c->cur, SX_TOK_NAME, "False") || tok_is(&c->cur, SX_TOK_NAME, "None")) {
		advance(c);
		return true;
	}
	if (c->cur.kind != SX_TOK_STRING)
		return false;
	while (c->cur.kind == SX_TOK_STRING)
		advance(c);
	if (tok_is(&c->cur, SX_TOK_OP, ".")) {
		advance(c);
		if (!tok_is(&c->cur, SX_TOK_NAME, "format"))
			return false;
		advance(c); /* "{:.2f}".format, str's own */
	}
	return true;
}

/* pandas' options: set_option/option_context take (pattern, value)
 * pairs, the pattern a regular expression over option names, and
 * "plotting.backend" imports a module by the name given as its value.
 * The patterns must be literal names of display, mode, compute or styler
 * options: letters, digits, '_' and '.'. s at the function's name. */
static bool options_ok(const struct stream *s)
{
	static const char *const prefix[] = {"display.", "mode.", "compute.", "styler.", NULL};
	struct stream c;

	if (!open_call(&c, s))
		return false; /* as a value: called where the check cannot see */
	for (int i = 0; !c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")");
	     i++) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**") ||
		    at_keyword(&c))
			return false;
		if (i % 2 == 0) {
			struct sx_tok nx = peek_next(&c);
			const char *b;
			size_t n;
			bool raw, known = false;

			if (c.cur.kind != SX_TOK_STRING || !arg_end(&nx))
				return false;
			string_body(&c.cur, &b, &n, &raw);
			for (size_t k = 0; prefix[k]; k++)
				known = known || (n > strlen(prefix[k]) &&
						  memcmp(b, prefix[k], strlen(prefix[k])) == 0);
			if (!known)
				return false;
			for (size_t k = 0; k < n; k++)
				if (!(name_char(b[k]) || b[k] == '.'))
					return false;
		} else if (!option_value_ok(&c) || !arg_end(&c.cur)) {
			return false;
		}
		next_argument(&c);
	}
	return true;
}

/* s at set_printoptions or printoptions: keywords other than formatter=
 * (which numpy calls inside str() of its arrays), literal values. */
static bool printoptions_ok(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return false;
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (at_keyword(&c)) {
			if (IS(&c.cur, "formatter"))
				return false;
			advance(&c);
			advance(&c);
		} else if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**")) {
			return false;
		}
		if (!option_value_ok(&c) || !arg_end(&c.cur))
			return false;
		next_argument(&c);
	}
	return true;
}

/* "backend" as a dict key or an item key ({"backend": m}, opts["backend"]
 * = m): spread into plot(**opts) it is the keyword. s at the string. */
static bool backend_key(const struct stream *s)
{
	const char *b;
	size_t n;
	bool raw;
	struct sx_tok nx;

	if (s->cur.len < 9 || s->cur.len > 12)
		return false; /* "backend" with its quotes and a prefix */
	string_body(&s->cur, &b, &n, &raw);
	if (n != 7 || memcmp(b, "backend", 7) != 0)
		return false;
	nx = peek_next(s);
	return tok_is(&nx, SX_TOK_OP, ":") ||
	       (tok_is(&s->prev, SX_TOK_OP, "[") && tok_is(&nx, SX_TOK_OP, "]"));
}

/* c at the value of a backend= keyword: only "matplotlib", the one that
 * ships; any other name is a module pandas imports. */
static bool backend_ok(const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);
	advance(&c); /* = */
	advance(&c);
	if (c.cur.kind != SX_TOK_STRING || !(c.cur.len == 12 || c.cur.len == 13))
		return false;
	if (memcmp(c.cur.text + 1, "matplotlib", 10) != 0 || c.cur.text[0] != c.cur.text[11])
		return false;
	advance(&c);
	return arg_end(&c.cur);
}

/* Builtin classes a class pattern may capture positionally: they match
 * the subject itself (case int(n)), reading no attribute. */
static bool self_matching(const struct sx_tok *t)
{
	static const char *const b[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset",
					"int",	"list",	     "set",   "str",  "tuple", NULL};

	return in_list((char *const *)b, t->text, t->len);
}

/* A string literal whose value is one path component that cannot climb:
 * no '/', no leading or trailing '.', not empty. */
static bool component_value(const struct sx_tok *t)
{
	char v[256];
	size_t n;

	if (!literal_value(t, v, sizeof v, &n, NULL))
		return false;
	if (n == 0 || v[0] == '.' || v[n - 1] == '.' || v[0] == '~')
		return false;
	for (size_t i = 0; i < n; i++)
		if (v[i] == '/' || v[i] == '\\' || v[i] == '\0' || v[i] == '{')
			return false;
	return true;
}

/* "NAME = 'prices'": s at the string, which is the whole value and one
 * path component: the name may stand in an f-string path under /data. */
/* *safe: every literal it may be names a safe method (sum, mean, ...). */
static bool component_literal(const struct stream *s, bool *safe)
{
	struct sx_tok nx = peek_next(s);
	struct stream c;

	*safe = safe_literal_tok(&s->cur);
	if (stmt_end(&nx))
		return component_value(&s->cur);
	if (!tok_is(&nx, SX_TOK_NAME, "if"))
		return false;
	/* how = "median" if robust else "mean": one of the literals, the
	 * condition is code the main loop reads */
	stream_fork(&c, s);
	for (;;) {
		int d = 0;

		if (!component_value(&c.cur))
			return false;
		*safe = *safe && safe_literal_tok(&c.cur);
		advance(&c);
		if (stmt_end(&c.cur))
			return true;
		if (!tok_is(&c.cur, SX_TOK_NAME, "if"))
			return false;
		for (advance(&c); !c.failed && !stmt_end(&c.cur); advance(&c)) {
			char op = (char)c.cur.op;
			if (op == '(' || op == '[' || op == '{')
				d++;
			else if (op == ')' || op == ']' || op == '}')
				d--;
			else if (d == 0 && tok_is(&c.cur, SX_TOK_NAME, "else"))
				break;
		}
		if (!tok_is(&c.cur, SX_TOK_NAME, "else"))
			return false;
		advance(&c);
	}
}

/* "for NAME in ('AAPL', 'MSFT'):", s at "for": the loop variable takes
 * only those values; *name is NAME when every one is a path component. */
static bool component_loop(const struct stream *s, struct sx_tok *name, bool *safe)
{
	struct stream c;
	int n = 0;

	*safe = true;
	stream_fork(&c, s);

	advance(&c);
	*name = c.cur;
	advance(&c);
	if (name->kind != SX_TOK_NAME || !tok_is(&c.cur, SX_TOK_NAME, "in"))
		return false;
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "(") && !tok_is(&c.cur, SX_TOK_OP, "["))
		return false;
	advance(&c);
	while (component_value(&c.cur)) {
		n++;
		*safe = *safe && safe_literal_tok(&c.cur);
		advance(&c);
		if (tok_is(&c.cur, SX_TOK_OP, ","))
			advance(&c);
		else
			break;
	}
	if (n == 0 || (!tok_is(&c.cur, SX_TOK_OP, ")") && !tok_is(&c.cur, SX_TOK_OP, "]")))
		return false;
	advance(&c);
	return tok_is(&c.cur, SX_TOK_OP, ":");
}

/* c at a literal (a string, a number, -number, None, True, False): past
 * a leading "-", true; else false. */
static bool at_literal(struct stream *c)
{
	if (tok_is(&c->cur, SX_TOK_OP, "-"))
		advance(c);
	return c->cur.kind == SX_TOK_STRING || c->cur.kind == SX_TOK_NUMBER ||
	       tok_is(&c->cur, SX_TOK_NAME, "None") || tok_is(&c->cur, SX_TOK_NAME, "True") ||
	       tok_is(&c->cur, SX_TOK_NAME, "False");
}

/* The call after s's current token passes only literals (strings, numbers,
 * None, True, False), positionally or as keywords. Styler.format("{:.3f}")
 * on df.style, or a format string built at run time: from a literal, format
 * fields reach only builtin types, never a function's globals, and the
 * string rules read the literals' own fields. */
static bool literal_arguments(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return false;
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (at_keyword(&c)) {
			advance(&c);
			advance(&c);
		}
		if (!at_literal(&c) || !past_token_argument(&c))
			return false;
	}
	return true;
}

/* functools.wraps(wrapped) and update_wrapper(wrapper, wrapped): more
 * arguments name the attributes to copy, a getattr/setattr by name. */
static bool wrapper_args_ok(const struct stream *s, int max)
{
	struct stream c;

	stream_fork(&c, s);
	int n = 0;

	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "("))
		return false;
	advance(&c);
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**") ||
		    at_keyword(&c) || ++n > max)
			return false;
		next_argument(&c);
	}
	return true;
}

/* singledispatch (it evaluates annotations) and wraps/update_wrapper given
 * attribute names: a getattr by a name the check cannot see, whether
 * written as a name or as an attribute. True when t is one (said). */
static bool getattr_by_name(struct state *st, const struct stream *s, const struct sx_tok *t,
			    enum special sp, const struct sx_tok *stmt_first)
{
	if (sp == SP_DISPATCH)
		return true; /* its register() is read where it is called */
	/* They copy wrapped.__dict__ into the wrapper: with attribute names a
	 * getattr by name, and into an object the script chose (a class with
	 * a __dict__ property, a Namespace) a dump of any module's globals.
	 * Only a decorator on a def passes: the wrapper is then a function. */
	if (sp == SP_UPDATE_WRAPPER) {
		ADD(st, t, "runtime-name",
		    "%.*s copies one object's __dict__ and attributes into another: decorate the "
		    "wrapper's def with @functools.wraps(func)",
		    (int)t->len, t->text);
		return true;
	}
	if (sp == SP_WRAPS && !tok_is(stmt_first, SX_TOK_NAME, "from") &&
	    !wraps_decorator_ok(st, s, stmt_first)) {
		ADD(st, t, "runtime-name",
		    "%.*s is allowed only as @functools.wraps(func) right above a def: elsewhere, "
		    "or with attribute names, it copies attributes by name",
		    (int)t->len, t->text);
		return true;
	}
	return false;
}

/* A dict display whose keys are all string literals: c at its "{". Its
 * keys are then keyword names the string rules check. */
static bool literal_keys(const struct stream *s0)
{
	struct stream c;

	stream_fork(&c, s0);

	advance(&c);
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, "}")) {
		/* One string a key: "allow_" "pickle" would pass the string
		 * rules piece by piece. */
		if (c.cur.kind != SX_TOK_STRING)
			return false;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, ":"))
			return false;
		advance(&c);
		skip_argument(&c);
		if (tok_is(&c.cur, SX_TOK_OP, ","))
			advance(&c);
		else if (!tok_is(&c.cur, SX_TOK_OP, "}"))
			return false; /* a comprehension */
	}
	return true;
}

/* A key spread as a keyword (f(**{"key": v}), f(**opts)) that a rule
 * reads as a keyword by its name: refused names, private ones, and the
 * keywords whose values the rules read. Written as a keyword, the rules
 * see it. (A "compression" key has its own rule, compression_key_ok.) */
static bool spread_key_ok(const struct state *st, const char *k, size_t n)
{
	static const char *const read[] = {"verify_integrity",
					   "codes",
					   "dest",
					   "namespace",
					   "assigned",
					   "updated",
					   "type",
					   "action",
					   "default_factory",
					   "cls",
					   "self",
					   "expr",
					   "kwargs",
					   "names",
					   "module",
					   "qualname",
					   NULL};

	return n > 0 && k[0] != '_' && !filtered_in(&st->fname, st->cfg->forbidden_names, k, n) &&
	       !in_list((char *const *)read, k, n);
}

/* s at the "{" of a display with literal keys: each key may be spread
 * as a keyword (spread_key_ok). */
static bool display_keys_ok(const struct state *st, const struct stream *s0)
{
	struct stream c;

	stream_fork(&c, s0);
	advance(&c);
	while (!c.failed && c.cur.kind == SX_TOK_STRING) {
		char v[64];
		size_t n;

		if (!literal_value(&c.cur, v, sizeof v, &n, NULL) || !spread_key_ok(st, v, n))
			return false;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, ":"))
			return true; /* literal_keys says the rest */
		advance(&c);
		skip_argument(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, ","))
			break;
		advance(&c);
	}
	return true;
}

static bool keywords_only(const struct stream *s);

/* s at the keyword "kwargs" of a call (rolling().apply(f, kwargs=d)):
 * the library spreads it into f, whose **kw may spread it on; a dict
 * display of literal keys a rule does not read, dict(k=v), or None. */
static bool kwargs_value_ok(const struct state *st, const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);
	advance(&c);
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, "{"))
		return literal_keys(&c) && display_keys_ok(st, &c);
	if (tok_is(&c.cur, SX_TOK_NAME, "dict"))
		return keywords_only(&c);
	return tok_is(&c.cur, SX_TOK_NAME, "None");
}

/* dict(k=v, ...): keyword arguments only. s at "dict". */
static bool keywords_only(const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return false;
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (!at_keyword(&c))
			return false;
		next_argument(&c);
	}
	return true;
}

/* A name that, as an attribute, leads where no script may go: a module
 * outside the allowed ones, a frame, a dunder, a dangerous callable. The
 * rules for class-pattern keywords and mapping-pattern keys. */
static const char *door_attribute(const struct state *st, const char *x, size_t n)
{
	struct sx_tok w = {.kind = SX_TOK_NAME, .text = x, .len = n};

	if (n == 0)
		return NULL;
	if (is_dunder_n(x, n) && !filtered_in(&st->fdund, st->cfg->allowed_dunders, x, n))
		return "dunder-attribute";
	if (frame_attribute(&w))
		return "frame-attribute";
	if (table_last(x, n))
		return "module-escape";
	if (filtered_in(&st->fattr, st->cfg->forbidden_attributes, x, n))
		return "forbidden-attribute";
	if (filtered_in(&st->fname, st->cfg->forbidden_names, x, n))
		return "forbidden-name";
	return NULL;
}

/* A field name of a class (a dataclass's, a TypedDict's key, an Enum
 * member): the door rules, but a builtin's name (open, eval, input) is a
 * field as bar.open is an attribute, read by the rules at its call. */
static const char *field_door(const struct state *st, const char *x, size_t n)
{
	const char *rule = door_attribute(st, x, n);
	struct sx_tok w = {.kind = SX_TOK_NAME, .text = x, .len = n};

	return rule && strcmp(rule, "forbidden-name") == 0 && builtin_name(&w) ? NULL : rule;
}

/* t, a method name of a library class whose objects take attributes
 * (shadow_name()), bound as an attribute: on an object that may be any
 * (x.items = f) it is refused at once; on self, in a class's body or as
 * a def (own) it is decided at the end, by the class's family (pend
 * 'j'): a library base's own code calls the name (Counter's operators
 * self.items(), a Series' str() self.to_string()), inside numpy's and
 * pandas' loops too, where a conversion or a comparison runs them. */
static void shadow_bound(struct state *st, const struct sx_tok *t, bool own)
{
	if (!own || cur_class(st) < 0) {
		ADD(st, t, "runtime-name",
		    "x.%.*s = ... shadows %.*s, a method a library's own code calls by name on its "
		    "objects (Counter's operators call self.items(), a Series' str() "
		    "self.to_string()), inside numpy's and pandas' loops too: name the attribute "
		    "otherwise",
		    (int)t->len, t->text, (int)t->len, t->text);
		return;
	}
	pend(st, t, 'j');
	st->pend[st->npend - 1].cls = cur_class(st);
}

/* "name: T" or "name = v" in a class body: a dataclass field, a
 * NamedTuple or Protocol member, which class patterns read by the name in
 * __match_args__ and runtime_checkable protocols test on any object: the
 * attribute rules apply to the name (gi_frame: int, f_globals = None). */
static void class_field(struct state *st, const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	if ((tok_is(&nx, SX_TOK_OP, ":") || tok_is(&nx, SX_TOK_OP, "=")) && duck_name(&s->cur))
		duck_class(st, &s->cur);
	if ((tok_is(&nx, SX_TOK_OP, ":") || tok_is(&nx, SX_TOK_OP, "=")) &&
	    shadow_name(s->cur.text, s->cur.len))
		shadow_bound(st, &s->cur, true);
	/* utcoffset: object = None in a dataclass: an instance's field,
	 * given a function by the constructor (helper-found, attack12cc_007);
	 * "utcoffset = f" check_kept() refuses */
	if (tok_is(&nx, SX_TOK_OP, ":") && by_name_method(&s->cur))
		ADD(st, &s->cur, "dunder-name",
		    "'%.*s' as a field is bound otherwise than by a def: numpy, datetime and "
		    "Counter call it by name while they hold objects without a reference: "
		    "define it with def, or name it otherwise",
		    (int)s->cur.len, s->cur.text);

	/* Only a class with a library base in its family (a Protocol, an
	 * ABC, a NamedTuple, an Enum) can be what isinstance() says of a
	 * foreign object; a plain class's or dataclass's fields are read on
	 * its own objects (mu: float). Decided at the end (pend 'M'). */
	if (tok_is(&nx, SX_TOK_OP, ":")) {
		hset_add(&st->afields, s->cur.text, s->cur.len);
		if (st->nfieldv == st->capfieldv)
			st->fieldv = sx_xrealloc(
			    st->fieldv, (st->capfieldv = st->capfieldv ? 2 * st->capfieldv : 16) *
					    sizeof *st->fieldv);
		st->fieldv[st->nfieldv++] = (struct field_at){cur_class(st), s->cur};
	}
	if ((tok_is(&nx, SX_TOK_OP, ":") || tok_is(&nx, SX_TOK_OP, "=")) &&
	    (field_door(st, s->cur.text, s->cur.len) || IS(&s->cur, "data"))) {
		pend(st, &s->cur, 'M');
		st->pend[st->npend - 1].cls = cur_class(st);
	}
}

/* An attribute that pure_compare() or pure_item() let a def read and
 * that is a property of the script's whose getter does more than convert
 * (it runs there; conv_prepare() has found them), or NULL. */
static const struct hslot *pure_property(const struct state *st)
{
	const struct hslot *first = NULL; /* in the source: the sets' order is the hash's */

	for (size_t i = 0; st->impure_props.used && i < st->pureattrs.cap; i++) {
		const struct hslot *e = &st->pureattrs.s[i];
		if (e->k && (!first || e->k < first->k) && hset_find(&st->impure_props, e->k, e->n))
			first = e;
	}
	return first;
}

/* A comparison pure_compare() let pass stays harmless: its class (cls)
 * has no library base in its family, no attribute such comparisons read
 * is a property, and isinstance() is given only the script's classes (no
 * library base in their families) and the builtin value types. Else why
 * (n bytes) says which, and false. */
static bool pure_ok(const struct state *st, int cls, unsigned char cflags, bool **lib_any,
		    char *why, size_t n)
{
	static const char *const builtin[] = {"int",   "float", "str",	   "bool",
					      "tuple", "bytes", "complex", NULL};

	if (cls >= 0 && library_related(st, cls, lib_any)) {
		snprintf(why, n,
			 "its class is, or is a base of, one with a library base: in a str it "
			 "may equal other names and pass a library's check of a name");
		return false;
	}
	if (st->cctx->libsub && (cflags & (CONV_READS | CONV_ARITH))) {
		snprintf(why, n,
			 "class '%.*s' has a library base, whose code builds its objects "
			 "(__init__, _constructor) and calls their methods inside abs(), round(), "
			 "== or a slice: keep library objects in plain classes",
			 (int)(st->cctx->libsub->len > 40 ? 40 : st->cctx->libsub->len),
			 st->cctx->libsub->text);
		return false;
	}
	const struct hslot *prop = pure_property(st);
	if (prop) {
		snprintf(why, n,
			 "a comparison reads '%.*s', a property whose getter does more than "
			 "convert, and it runs while they hold them: compare plain attributes, or "
			 "let the getter only compute from them",
			 (int)prop->n, prop->k);
		return false;
	}
	if ((cflags & CONV_ARITH) && st->cctx->arith) {
		snprintf(why, n,
			 "it calls round() or abs(), and the script defines '%.*s': compare "
			 "plain attributes",
			 (int)st->cctx->op.len, st->cctx->op.text);
		return false;
	}
	if ((cflags & CONV_ROUND) && st->cctx->rint) {
		snprintf(why, n,
			 "it calls round(), which numpy runs as each item's rint() on an object "
			 "array, and the script names 'rint': compare plain attributes");
		return false;
	}
	/* the same for every comparison: found once a check, the first in
	 * the source (the set's order is the hash's) */
	if (!st->walk->pure_known) {
		for (size_t i = 0; i < st->pureclasses.cap; i++) {
			const struct hslot *e = &st->pureclasses.s[i];
			const struct hslot *first = st->walk->pure_bad;
			bool named = false, bad = false;

			if (!e->k || (first && e->k > first->k))
				continue;
			/* Money = a Protocol later */
			bad = hset_find(&st->assigns, e->k, e->n) ||
			      hset_find(&st->rebound, e->k, e->n);
			for (int k = last_class(st, e->k, e->n); !bad && k >= 0;
			     k = st->classes[k].prev_same) {
				bad = library_related(st, k, lib_any);
				named = true;
			}
			if (bad || (!named && !in_list((char *const *)builtin, e->k, e->n)))
				st->walk->pure_bad = e;
		}
		st->walk->pure_known = true;
	}
	const struct hslot *first = st->walk->pure_bad;

	if (first)
		snprintf(why, n,
			 "isinstance() of '%.*s', not a plain class of the script's own "
			 "(a Protocol's reads attributes, properties among them): test the "
			 "script's classes or int, float, str",
			 (int)first->n, first->k);
	return !first;
}

/* A property named t in class cls meets a field of that name in one
 * class of the script (one class derives from both, or one of them is it;
 * or cls is none). */
static bool field_shared(const struct state *st, int cls, const struct sx_tok *t)
{
	for (size_t f = 0; f < st->nfieldv; f++) {
		int fc = st->fieldv[f].cls;

		if (!same_name(&st->fieldv[f].name, t))
			continue;
		if (cls < 0 || fc < 0)
			return true;
		for (size_t j = 0; j < st->nclasses; j++)
			if (derives_from(st, (int)j, &st->classes[cls].name) &&
			    derives_from(st, (int)j, &st->classes[fc].name))
				return true;
	}
	return false;
}

static void field_verdict(struct state *st, const struct pending *p, bool **lib_any)
{
	const char *rule = field_door(st, p->tok.text, p->tok.len);

	if (!rule && IS(&p->tok, "data") && (p->cls < 0 || library_related(st, p->cls, lib_any))) {
		/* data: T in a UserList's or UserString's subclass: the
		 * library's len() and [] read self.data, given anything by the
		 * constructor (a defaultdict; helper-found, attack12cc_008) */
		ADD(st, &p->tok, "dangerous-callable",
		    "class attribute 'data' of a class with a library base in its family: the "
		    "library's own methods (UserList's len() and [], an array's buffer) read it, "
		    "inside numpy's loops too: name it otherwise");
		return;
	}
	if (rule && (p->cls < 0 || library_related(st, p->cls, lib_any)))
		ADD(st, &p->tok, rule,
		    "class attribute '%.*s' of a class with a library base in its family (a "
		    "Protocol, an ABC, an Enum) is an attribute a class pattern or a protocol "
		    "reads "
		    "on any object: it is not allowed",
		    (int)p->tok.len, p->tok.text);
}

/* The main loop's assignment, once decided: its name holds a string built
 * at run time. Undecided at the end of the tokens is not. */
static void rhs_result(struct state *st, struct builds *b)
{
	if (!b->active && b->result && b->name.kind == SX_TOK_NAME)
		hset_add(&st->built, b->name.text, b->name.len);
	b->name.kind = SX_TOK_EOF;
}

/* An attribute name that no rule reads at its call or its assignment:
 * not a door (a dunder, a frame, a module out, a forbidden name), no file
 * method, no method that looks names up, imports or evaluates, no
 * option. getattr(x, "name") and object.__setattr__(self, "name", v)
 * stand for x.name and self.name = v only with one of these. */
static bool plain_attribute(const struct state *st, const struct sx_tok *w)
{
	return !door_attribute(st, w->text, w->len) && special_name(w) == SP_NONE &&
	       !table_file_name(w) && !dangerous_name(w) && !dispatch_method(w) &&
	       !leads_out(st->cfg, w) && !parse_method(w) && positional_max(w) < 0 &&
	       !IS(w, "query") && !IS(w, "eval") && !IS(w, "backend") && !IS(w, "set_option") &&
	       !IS(w, "option_context") && !IS(w, "register");
}

/* What a lookup by a literal name stands for, checked alone by the check
 * itself: x.NAME taken as a value, "v = x.NAME", is what getattr(x,
 * "NAME") and attrgetter("NAME") hand over, whose use the check does not
 * see; "self.NAME = v" in a method is what object.__setattr__(self,
 * "NAME", v) does. The rules that judge an attribute by what is done with
 * it (a.base only tested, a.cumsum(out=...), c.add_categories(inplace=...),
 * np.add.at; self.data = buf, self may be an array) refuse the lookup as
 * they refuse the attribute. w's text stays in the source (the key);
 * decided once a name and use, and past PROBES names a script, refused. */
#define PROBES 256
enum probe { PROBE_VALUE = 1, PROBE_SELF_ASSIGN = 4 }; /* bit: decided; bit << 1: ok */
static bool probe_ok(struct state *st, const struct sx_tok *w, enum probe p)
{
	struct hslot *e = hset_find(&st->probed, w->text, w->len);
	struct sx_violations tmp = {0};
	char src[128];
	int k;
	bool ok;

	if (e && (e->sp & (int)p))
		return (e->sp & ((int)p << 1)) != 0;
	if ((!e && st->probed.used >= PROBES) || w->len > 64)
		return false;
	k = p == PROBE_VALUE ? snprintf(src, sizeof src, "v = x.%.*s\n", (int)w->len, w->text)
			     : snprintf(src, sizeof src,
					"class A:\n    def f(self, v):\n        self.%.*s = v\n",
					(int)w->len, w->text);
	ok = check_merged(st->cfg, src, (size_t)k, &tmp) == 0;
	sx_policy_violations_free(&tmp);
	if (!e)
		e = hset_add(&st->probed, w->text, w->len);
	e->sp |= (int)p | (ok ? (int)p << 1 : 0);
	return ok;
}

/* c at an argument: a string literal that ends it, whose value as written
 * (no escapes to decode) is a public identifier plain_attribute() lets
 * through and probe_ok() as a value. */
static bool plain_name_argument(struct state *st, const struct stream *c)
{
	struct sx_tok nx = peek_next(c);
	const char *b;
	char v[64];
	size_t n, len;
	bool raw;

	if (!arg_end(&nx) || !literal_value(&c->cur, v, sizeof v, &len, &n) || len != n ||
	    !identifier(v, len) || v[0] == '_')
		return false;
	/* no escapes: the body as written is the name, and stays in the
	 * source as probe_ok()'s key */
	string_body(&c->cur, &b, &n, &raw);
	struct sx_tok w = {.kind = SX_TOK_NAME, .text = b, .len = n};
	return plain_attribute(st, &w) && probe_ok(st, &w, PROBE_VALUE);
}

/* getattr(x, "name"[, default]) with a literal name is x.name (with a
 * default): the name is checked as that attribute would be, and must be
 * one no rule reads at its call (not a dunder, a private name, a door, a
 * file method, a name dispatched on, an option). setattr and delattr stay
 * refused: an assignment is where the check learns what the script owns.
 * s at "getattr". */
static bool literal_getattr(struct state *st, const struct stream *s, const struct sx_tok *t)
{
	struct stream c;

	if (!IS(t, "getattr"))
		return false;
	if (!open_call(&c, s))
		return false;
	if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**") || at_keyword(&c))
		return false;
	skip_argument(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, ","))
		return false;
	advance(&c);
	return plain_name_argument(st, &c);
}

/* operator.attrgetter("a", "b") with literal names, each one
 * plain_name_argument(), is lambda x: (x.a, x.b): the names are checked as
 * getattr(x, "a") checks its name. A dotted path ("a.b"), a name built at
 * run time, a spread or attrgetter as a value stay refused. s at
 * "attrgetter". */
static bool literal_attrgetter(struct state *st, const struct stream *s, const struct sx_tok *t)
{
	struct stream c;

	if (!IS(t, "attrgetter") || !open_call(&c, s) || tok_is(&c.cur, SX_TOK_OP, ")"))
		return false;
	for (;;) {
		if (!plain_name_argument(st, &c))
			return false;
		advance(&c);
		if (tok_is(&c.cur, SX_TOK_OP, ")"))
			return true;
		advance(&c); /* the "," */
		if (tok_is(&c.cur, SX_TOK_OP, ")"))
			return true;
	}
}

/* object.__setattr__(self, "name", v) in a method: self.name = v past a
 * frozen dataclass's __setattr__, with a literal name checked as that
 * assignment would be (a private one becomes the class's own). s at
 * "__setattr__". */
static bool self_setattr(struct state *st, const struct stream *s, const struct sx_tok *t)
{
	struct stream c;
	struct sx_tok nx;
	const char *b;
	size_t n;
	bool raw;

	if (!IS(t, "__setattr__") || !tok_is(&s->prev, SX_TOK_OP, "."))
		return false;
	if (!open_call(&c, s))
		return false;
	if (!tok_is(&c.cur, SX_TOK_NAME, "self"))
		return false;
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, ","))
		return false;
	advance(&c);
	nx = peek_next(&c);
	if (c.cur.kind != SX_TOK_STRING || !tok_is(&nx, SX_TOK_OP, ","))
		return false;
	string_body(&c.cur, &b, &n, &raw);
	if (n > 64 || is_dunder_n(b, n) || !identifier(b, n) || c.cur.text[0] == 'b' ||
	    c.cur.text[0] == 'B' || c.cur.text[0] == 'f' || c.cur.text[0] == 'F')
		return false;
	/* the body as written: an identifier holds no escape to decode */
	struct sx_tok w = {
	    .kind = SX_TOK_NAME, .text = b, .len = n, .line = c.cur.line, .col = c.cur.col};
	if (!plain_attribute(st, &w) || !probe_ok(st, &w, PROBE_SELF_ASSIGN))
		return false;
	if (b[0] == '_')
		sdef_add(st, &w);
	/* as self.name = v: refused at the end where self is bound otherwise
	 * (self = self.target, a loop's, a lambda's) */
	pend(st, &w, 'S');
	return true;
}

/* One name a functional class API makes an attribute of the class it
 * builds, the string literal at c: identifiers, space- or
 * comma-separated, none private or a dunder (__format__, __annotations__
 * change what the class does), none a door by the attribute rules. */
static bool class_names_literal(const struct state *st, const struct stream *c)
{
	char v[256];
	size_t len;

	if (!literal_value(&c->cur, v, sizeof v, &len, NULL))
		return false;
	for (size_t i = 0; i < len;) {
		size_t j = i;

		/* "bid-size": a TypedDict key, no code in a generated
		 * __init__ (a SyntaxError at worst) */
		while (j < len && (name_char(v[j]) || (j > i && v[j] == '-')))
			j++;
		/* a field named dtype passes for pandas' own: duck_name */
		if (j == i || v[i] == '_' || (v[i] >= '0' && v[i] <= '9') ||
		    field_door(st, v + i, j - i) || (j - i == 5 && memcmp(v + i, "dtype", 5) == 0))
			return false;
		i = j;
		while (i < len && (v[i] == ' ' || v[i] == ','))
			i++;
		if (i == j && i < len)
			return false; /* not a separator: "a.b", "a-b" */
	}
	return len > 0;
}

/* The names argument of Enum("E", names), TypedDict("T", {...}),
 * NamedTuple("N", [(name, type)]), namedtuple("P", names), c at it:
 * literals only, a string, a list or tuple of strings or of pairs whose
 * first item is one, or a dict with such keys. A name given at run time
 * is a setattr on the class (TypedDict keys and Enum names reach
 * __annotations__, which dataclasses turns into code). */
static bool class_names_ok(const struct state *st, const struct stream *c0)
{
	struct stream c;
	bool dict;

	stream_fork(&c, c0);
	if (c.cur.kind == SX_TOK_STRING) {
		if (!class_names_literal(st, &c))
			return false;
		advance(&c);
		return arg_end(&c.cur);
	}
	dict = tok_is(&c.cur, SX_TOK_OP, "{");
	if (!dict && !tok_is(&c.cur, SX_TOK_OP, "[") && !tok_is(&c.cur, SX_TOK_OP, "("))
		return false;
	advance(&c);
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, "]") &&
	       !tok_is(&c.cur, SX_TOK_OP, ")") && !tok_is(&c.cur, SX_TOK_OP, "}")) {
		if (!dict && (tok_is(&c.cur, SX_TOK_OP, "(") || tok_is(&c.cur, SX_TOK_OP, "["))) {
			advance(&c); /* (name, value) */
			if (!class_names_literal(st, &c))
				return false;
			advance(&c);
			if (!tok_is(&c.cur, SX_TOK_OP, ","))
				return false;
			advance(&c);
			skip_argument(&c);
			if (!tok_is(&c.cur, SX_TOK_OP, ")") && !tok_is(&c.cur, SX_TOK_OP, "]"))
				return false;
			advance(&c);
		} else {
			if (!class_names_literal(st, &c))
				return false;
			advance(&c);
			if (dict) {
				if (!tok_is(&c.cur, SX_TOK_OP, ":"))
					return false;
				advance(&c);
				skip_argument(&c);
			}
		}
		if (tok_is(&c.cur, SX_TOK_OP, ","))
			advance(&c);
		else if (!tok_is(&c.cur, SX_TOK_OP, "]") && !tok_is(&c.cur, SX_TOK_OP, ")") &&
			 !tok_is(&c.cur, SX_TOK_OP, "}"))
			return false;
	}
	return true;
}

static bool class_api(const struct sx_tok *t)
{
	return IS(t, "Enum") || IS(t, "IntEnum") || IS(t, "Flag") || IS(t, "IntFlag") ||
	       IS(t, "StrEnum") || IS(t, "ReprEnum") || IS(t, "TypedDict") || IS(t, "NamedTuple") ||
	       IS(t, "namedtuple");
}

/* A functional class API at s (its name, before "("): its names argument
 * (the second positional, or names=, field_names=, fields=) and, for
 * TypedDict, its keywords are names of the class's attributes. */
static bool class_api_ok(const struct state *st, const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s))
		return true; /* a base, an annotation, an import */
	for (int i = 0; !c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")");
	     i++) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**"))
			return false;
		if (at_keyword(&c)) {
			bool names = tok_is(&c.cur, SX_TOK_NAME, "names") ||
				     tok_is(&c.cur, SX_TOK_NAME, "field_names") ||
				     tok_is(&c.cur, SX_TOK_NAME, "fields");
			bool name = IS(&c.cur, "typename") || IS(&c.cur, "value");
			/* module= names the module global_enum and pickle write
			 * the members into and look the class up in. */
			if (field_door(st, c.cur.text, c.cur.len) || c.cur.text[0] == '_' ||
			    IS(&c.cur, "module") || IS(&c.cur, "qualname") || IS(&c.cur, "dtype"))
				return false;
			advance(&c);
			advance(&c);
			if ((names && !class_names_ok(st, &c)) || (name && !string_argument(&c)))
				return false;
		} else if ((i == 0 && !string_argument(&c)) ||
			   (i == 1 && !class_names_ok(st, &c))) {
			/* the class's name is its __name__: see named_type_ok */
			return false;
		}
		next_argument(&c);
	}
	return true;
}

/* NAME is also bound otherwise than by its def or class statement: "NAME
 * = ...", a parameter, a loop variable, an import, a capture. */
static bool bound_otherwise(const struct state *st, const struct sx_tok *p)
{
	return hset_find(&st->assigns, p->text, p->len) || hset_find(&st->rebound, p->text, p->len);
}

static int cmp_violation(const void *a, const void *b)
{
	const struct sx_violation *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

/* s at NAME: NAME.NAME... is the whole statement's value. */
static bool dotted_value(const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);
	for (;;) {
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "."))
			break;
		advance(&c);
		if (c.cur.kind != SX_TOK_NAME)
			return false;
	}
	return stmt_end(&c.cur);
}

/* A list's or dict's method that changes it in place. */
static bool in_place_method(const struct sx_tok *t)
{
	switch (t->len) {
	case 3:
		return IS(t, "pop");
	case 5:
		return IS(t, "clear");
	case 6:
		return IS(t, "append") || IS(t, "extend") || IS(t, "insert") || IS(t, "update") ||
		       IS(t, "remove");
	case 10:
		return IS(t, "setdefault");
	default:
		return false;
	}
}

/* s at "[": one string literal, then "]" (kw["name"]). */
static bool literal_item(const struct stream *s)
{
	struct stream c;

	stream_fork(&c, s);
	advance(&c);
	if (c.cur.kind != SX_TOK_STRING)
		return false;
	advance(&c);
	return tok_is(&c.cur, SX_TOK_OP, "]");
}

/* s at __new__ of X.__new__(...): called, its first argument cls or a
 * class of the script, alone (as a value it is called elsewhere). */
static bool new_class_ok(const struct state *st, const struct stream *s)
{
	struct stream c;

	if (!open_call(&c, s) || c.cur.kind != SX_TOK_NAME ||
	    !(IS(&c.cur, "cls") || hset_find(&st->classnames, c.cur.text, c.cur.len)))
		return false;
	advance(&c);
	return arg_end(&c.cur);
}

/* t is a builtin type whose __new__ makes no array: object.__new__(cls). */
static bool builtin_new(const struct sx_tok *t)
{
	static const char *const types[] = {"object",	 "str",	    "int",   "float", "tuple",
					    "frozenset", "complex", "bytes", NULL};

	return t->kind == SX_TOK_NAME && in_list((char *const *)types, t->text, t->len);
}

/* s at a callable's name: not called here, or called with at most max
 * arguments by position, no * or ** spread, and only keywords keyword_ok()
 * takes. */
static bool args_within(const struct stream *s, int max, bool (*keyword_ok)(const struct sx_tok *))
{
	struct stream c;
	int n = 0;

	if (!open_call(&c, s))
		return true;
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (tok_is(&c.cur, SX_TOK_OP, "*") || tok_is(&c.cur, SX_TOK_OP, "**"))
			return false;
		if (at_keyword(&c) ? !keyword_ok(&c.cur) : ++n > max)
			return false;
		next_argument(&c);
	}
	return true;
}

static bool shape_keyword(const struct sx_tok *t)
{
	return IS(t, "shape") || IS(t, "dtype") || IS(t, "order");
}

static bool no_buffer_keyword(const struct sx_tok *t)
{
	return !IS(t, "buffer") && !IS(t, "offset") && !IS(t, "strides") && !IS(t, "buf");
}

/* ndarray(shape, dtype, buffer, offset, strides), recarray(shape, dtype,
 * buf, ...) and a subclass's __new__ (cls first): an array over bytes the
 * script gives, whose object fields are pointers it wrote
 * (np.ndarray((1,), object, b)[0] is any address taken as an object).
 * Only a shape, a dtype and an order; s at the name. */
static bool array_call_ok(const struct stream *s, int first)
{
	return args_within(s, first + 2, shape_keyword);
}

/* A class of the script derived from ndarray called: without a __new__
 * of its own, its arguments are ndarray's (shape, dtype, buffer, offset,
 * strides, order); with one, they are handed on to where the check cannot
 * follow them. At most two by position, no buffer, offset or strides, no
 * * or ** spread; s at the name. */
static bool script_array_call_ok(const struct stream *s)
{
	return args_within(s, 2, no_buffer_keyword);
}

/* Right after "NAME =", at the value's first token: what the name may
 * hold (a dict spread with **, a path component, a display, an instance,
 * a string built at run time). op: the token's text if a one-byte
 * operator. */
static void note_assigned(struct state *st, const struct stream *s, struct builds *rhs,
			  const struct sx_tok *name, char op)
{
	bool literal = (op == '{' && literal_keys(s)) ||
		       (tok_is(&s->cur, SX_TOK_NAME, "dict") && keywords_only(s));

	if (op == '{' && literal && !display_keys_ok(st, s))
		hset_add(&st->readkeys, name->text, name->len);
	size_t hash = name_hash(name->text, name->len); /* once for its five sets */

	hset_add_hashed(literal ? &st->literal : &st->computed, name->text, name->len, hash);
	bool safe;

	hset_add_hashed(component_literal(s, &safe) ? &st->strconst : &st->nonconst, name->text,
			name->len, hash);
	if (!safe)
		hset_add(&st->unsafe_lit, name->text, name->len);
	struct sx_tok nx;
	if (s->cur.kind != SX_TOK_STRING || (nx = peek_next(s), !stmt_end(&nx)))
		hset_add_hashed(&st->nonfmt, name->text, name->len, hash);
	hset_add_hashed(op == '[' || op == '{' ? &st->displays : &st->nondisplays, name->text,
			name->len, hash);
	if (IS(&s->cur, "lambda"))
		hset_add_hashed(&st->lambdas, name->text, name->len, hash);
	else if (s->cur.kind == SX_TOK_NAME && bound(st, &s->cur) && dotted_value(s))
		hset_add_hashed(&st->modfuncs, name->text, name->len, hash);
	note_instance(st, s, name, hash);
	/* Does it build a string? Read as the main loop goes on; an
	 * assignment inside one still being read (none in Python's grammar)
	 * is read ahead. */
	if (!rhs->active) {
		rhs_result(st, rhs);
		builds_start(rhs);
		rhs->name = *name;
		builds_feed(rhs, &s->cur);
	} else if (builds_string(s)) {
		hset_add(&st->built, name->text, name->len);
	}
}

/* s at the ":" of "NAME: T" or "NAME: T = None", a statement of its own:
 * NAME is bound to nothing, or to None, which stands for no object. */
static bool annotated_none(const struct stream *s)
{
	struct stream c;
	int d = 0;

	stream_fork(&c, s);
	advance(&c);
	while (!c.failed && c.cur.kind != SX_TOK_EOF && !(d == 0 && stmt_end(&c.cur))) {
		if (d == 0 && tok_is(&c.cur, SX_TOK_OP, "=")) {
			advance(&c);
			if (!IS(&c.cur, "None") || c.cur.kind != SX_TOK_NAME)
				return false;
			advance(&c);
			return stmt_end(&c.cur) || c.cur.kind == SX_TOK_COMMENT;
		}
		if (c.cur.kind == SX_TOK_OP && strchr("([{", c.cur.text[0]) && c.cur.len == 1)
			d++;
		else if (c.cur.kind == SX_TOK_OP && strchr(")]}", c.cur.text[0]) && c.cur.len == 1)
			d--;
		else if (d == 0 && c.cur.kind == SX_TOK_OP && assign_op(&c.cur))
			return false; /* x: T += v is no statement; x: T := v neither */
		advance(&c);
	}
	return true;
}

/* A try or with block at column tcol is inside the innermost def of the
 * blocks around (bcol, bdef: columns, and which are defs). */
static bool paused_in_try(int tcol, const int *bcol, const bool *bdef, int nblocks)
{
	for (int i = nblocks - 1; i >= 0; i--)
		if (bdef[i])
			return tcol > bcol[i];
	return false;
}

/* s at __class__ of x.__class__.__name__ (or __qualname__), read and
 * nothing more: a string, as type(x).__name__ is. */
static bool class_name_read(const struct stream *s)
{
	struct stream c;

	if (!IS(&s->cur, "__class__"))
		return false;
	stream_fork(&c, s);
	advance(&c);
	if (!tok_is(&c.cur, SX_TOK_OP, "."))
		return false;
	advance(&c);
	if (!IS(&c.cur, "__name__") && !IS(&c.cur, "__qualname__"))
		return false;
	advance(&c);
	return !(tok_is(&c.cur, SX_TOK_OP, ".") || tok_is(&c.cur, SX_TOK_OP, "(") ||
		 tok_is(&c.cur, SX_TOK_OP, "[") || assign_op(&c.cur));
}

/* NAME (before "=", ",", ":", "+=", ":=") is bound otherwise than as a
 * def's parameter; self or cls so bound is no longer the method's object. */
static void rebind(struct state *st, const struct sx_tok *name, bool value)
{
	hset_add(&st->rebound, name->text, name->len);
	if (value) /* not an import's */
		hset_add(&st->valbound, name->text, name->len);
	if (IS(name, "self") || IS(name, "cls"))
		st->self_rebound = true;
}

/* s's current token is the first of the value of "NAME = ..." at the
 * statement's depth 0 (assign_eq that "=", name that NAME). */
static inline bool value_first(const struct stream *s, const char *assign_eq, int depth,
			       const struct sx_tok *name)
{
	return assign_eq && s->prev.text == assign_eq && depth == 0 && name->kind == SX_TOK_NAME;
}

/* The bracket at depth is a call of a plain NAME (not a method's). */
static inline bool plain_call(const struct sx_tok *calls, const bool *method, int depth)
{
	return depth > 0 && depth <= SX_LEX_MAX_BRACKETS && calls[depth].kind == SX_TOK_NAME &&
	       !method[depth];
}

/* The names the main loop's NAME rules compare the token with before
 * their own tests (special_name's, positional_max's, class_api's, "type",
 * make_dataclass, the pandas accessor registrars, strftime): a quick test
 * by length and first and last byte, so that most names of a script skip
 * those compares. special_name's "read_" prefix is tested apart. A name
 * one of those functions learns must be added here. */
static const char *const rule_names[] = {"format",
					 "pivot_table",
					 "crosstab",
					 "format_map",
					 "format_index",
					 "fromregex",
					 "singledispatch",
					 "singledispatchmethod",
					 "setdefault",
					 "save",
					 "savez",
					 "savez_compressed",
					 "savetxt",
					 "wraps",
					 "buffer",
					 "raw",
					 "update_wrapper",
					 "update",
					 "updated",
					 "namespace",
					 "assigned",
					 "detach",
					 "dump",
					 "dest",
					 "to_csv",
					 "to_json",
					 "to_parquet",
					 "to_excel",
					 "to_hdf",
					 "to_feather",
					 "to_stata",
					 "to_html",
					 "to_latex",
					 "to_markdown",
					 "to_xml",
					 "to_string",
					 "to_orc",
					 "load",
					 "loadtxt",
					 "genfromtxt",
					 "ExcelWriter",
					 "HDFStore",
					 "info",
					 "ArgumentParser",
					 "__init__",
					 "Enum",
					 "IntEnum",
					 "Flag",
					 "IntFlag",
					 "StrEnum",
					 "ReprEnum",
					 "TypedDict",
					 "NamedTuple",
					 "namedtuple",
					 "type",
					 "make_dataclass",
					 "register_dataframe_accessor",
					 "register_series_accessor",
					 "register_index_accessor",
					 "strftime",
					 "Categorical",
					 "Series",
					 "MultiIndex",
					 "set_levels",
					 "set_codes",
					 "ndarray",
					 "chararray",
					 "recarray",
					 "MaskedRecords",
					 "NDArray",
					 "baseclass",
					 "hist",
					 "boxplot",
					 "hist_series",
					 "hist_frame",
					 "boxplot_frame",
					 "boxplot_frame_groupby",
					 NULL};

static inline bool rule_name(const struct sx_tok *t)
{
	static struct quick_list q;
	size_t k = t->len > 63 ? 63 : t->len;

	if (!q.built)
		quick_build(&q, (char *const *)rule_names);
	if (t->len > 5 && memcmp(t->text, "read_", 5) == 0)
		return true;
	return t->len > 0 && (q.first[k] & (1ULL << ((unsigned char)t->text[0] & 63))) &&
	       (q.last[k] & (1ULL << ((unsigned char)t->text[t->len - 1] & 63)));
}

/* The token after s's is an assignment's "=" (or +=, ...). */
static bool assign_op_next(const struct stream *s)
{
	struct sx_tok nx = peek_next(s);

	return assign_op(&nx);
}

/* The statement at s has a "=" (or an augmented one) at bracket depth 0
 * ahead of s's token, before its end (or a block's ":"): what comes
 * before it is a target, [a.x] = v and a.x, b = v too. depth: s's. */
static bool eq_ahead(const struct stream *s0, int depth, bool block)
{
	struct stream c;

	stream_fork(&c, s0);
	for (advance(&c); !c.failed && !stmt_end(&c.cur); advance(&c)) {
		char op = (char)c.cur.op;

		if (op == '(' || op == '[' || op == '{')
			depth++;
		else if (op == ')' || op == ']' || op == '}')
			depth--;
		else if (depth == 0 && op == ':' && block)
			return false;
		else if (depth == 0 && assign_op(&c.cur) && !tok_is(&c.cur, SX_TOK_OP, ":="))
			return true;
	}
	return false;
}

#define ATTR_DISPLAY 1 /* a list, dict or set display, or a tuple's */
#define ATTR_BUILT 2   /* list(...), dict(...), sorted(...), ... */
#define ATTR_OTHER 4   /* any other value, or a target of for, with, unpacking */

/* c at a value: a new container whose iteration runs no code of the
 * script's, and nothing after it in the statement: ATTR_DISPLAY,
 * ATTR_BUILT (when the builtin's name is not the script's), or
 * ATTR_OTHER. A parenthesis is a tuple only with a comma in it: (g) is
 * g, (x for x in g) a generator. */
static const char *const container_builtins[] = {"list",      "tuple",	"dict", "set",
						 "frozenset", "sorted", NULL};

static int container_value(const struct stream *c0)
{
	struct stream c;
	int kind = ATTR_DISPLAY;

	stream_fork(&c, c0);
	if (c.cur.kind == SX_TOK_NAME &&
	    in_list((char *const *)container_builtins, c.cur.text, c.cur.len)) {
		kind = ATTR_BUILT;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "("))
			return ATTR_OTHER;
	} else if (tok_is(&c.cur, SX_TOK_OP, "(")) {
		struct stream e;
		int depth = 0;
		bool comma = false;

		stream_fork(&e, &c);
		for (advance(&e); !e.failed && e.cur.kind != SX_TOK_EOF; advance(&e)) {
			if (e.cur.op == '(' || e.cur.op == '[' || e.cur.op == '{')
				depth++;
			else if ((e.cur.op == ')' || e.cur.op == ']' || e.cur.op == '}') &&
				 depth-- == 0)
				break;
			else if (depth == 0 && tok_is(&e.cur, SX_TOK_NAME, "for"))
				return ATTR_OTHER;
			else if (depth == 0 && e.cur.op == ',')
				comma = true;
		}
		if (!comma && !tok_is(&e.prev, SX_TOK_OP, "("))
			return ATTR_OTHER;
		advance(&e); /* past its ")": scanned once */
		return stmt_end(&e.cur) && !e.failed ? kind : ATTR_OTHER;
	} else if (!tok_is(&c.cur, SX_TOK_OP, "[") && !tok_is(&c.cur, SX_TOK_OP, "{")) {
		return ATTR_OTHER;
	}
	past_brackets(&c);
	return stmt_end(&c.cur) && !c.failed ? kind : ATTR_OTHER;
}

/* s at NAME of X.NAME, a target (lead: the token before X): noted for
 * bind_values(), which reads the value only where some def iterates the
 * attribute (a rare script): here a peek, no copy of the stream. */
static void attr_value(struct state *st, const struct stream *s, const struct sx_tok *lead)
{
	struct sx_tok nx = peek_next(s);
	const char *at = NULL;

	if ((lead->kind == SX_TOK_NEWLINE || lead->kind == SX_TOK_EOF || lead->op == ';') &&
	    (tok_is(&nx, SX_TOK_OP, "=") || tok_is(&nx, SX_TOK_OP, ":")))
		at = nx.text;
	if (st->nbinds == st->capbinds)
		st->binds =
		    sx_xrealloc(st->binds, (st->capbinds = st->capbinds ? 2 * st->capbinds : 16) *
					       sizeof *st->binds);
	st->binds[st->nbinds++] = (struct attr_bind){s->cur.text, s->cur.len, at};
}

/* The ATTR_* kind of the value given at at (attr_value()), or 0 where
 * "X.NAME: T" gives none. */
static int bind_kind(const struct state *st, const char *at)
{
	struct stream c;

	memset(&c, 0, sizeof c);
	sx_lexer_init(&c.lx, at, (size_t)(st->src_end - at));
	advance(&c);
	if (tok_is(&c.cur, SX_TOK_OP, ":")) {
		/* an annotation: to its "=", if any */
		int depth = 0;

		while (!c.failed && !(depth == 0 && stmt_end(&c.cur)) &&
		       !(depth == 0 && tok_is(&c.cur, SX_TOK_OP, "="))) {
			if (c.cur.op == '(' || c.cur.op == '[' || c.cur.op == '{')
				depth++;
			else if (c.cur.op == ')' || c.cur.op == ']' || c.cur.op == '}')
				depth--;
			advance(&c);
		}
		if (!tok_is(&c.cur, SX_TOK_OP, "="))
			return 0; /* self.x: T binds nothing */
	}
	if (!tok_is(&c.cur, SX_TOK_OP, "="))
		return ATTR_OTHER;
	advance(&c);
	return container_value(&c);
}

/* st->attr_vals from st->binds, once: list(...) and its kin are
 * ATTR_OTHER where the script binds one of those names. */
static void bind_values(struct state *st)
{
	bool rebound = false;

	for (int b = 0; container_builtins[b]; b++) {
		struct sx_tok bt = {.kind = SX_TOK_NAME,
				    .text = container_builtins[b],
				    .len = strlen(container_builtins[b])};
		rebound = rebound || bound_otherwise(st, &bt) ||
			  hset_find(&st->fdefs, bt.text, bt.len) ||
			  hset_find(&st->classnames, bt.text, bt.len);
	}
	for (size_t i = 0; i < st->nbinds; i++) {
		int kind = st->binds[i].at ? bind_kind(st, st->binds[i].at) : ATTR_OTHER;

		if (kind == ATTR_BUILT && rebound)
			kind = ATTR_OTHER;
		if (kind)
			hset_add(&st->attr_vals, st->binds[i].name, st->binds[i].n)->sp |= kind;
	}
	st->nbinds = 0;
}

/* A compound statement's keyword: its ":" opens a block, not an
 * annotation. */
static bool block_keyword(const struct sx_tok *t)
{
	static const char *const k[] = {"if",	"elif",	 "else",   "for",    "while",	"with",
					"def",	"class", "try",	   "except", "finally", "match",
					"case", "async", "lambda", NULL};

	return in_list((char *const *)k, t->text, t->len);
}

/* A string literal's text when it is a plain name a setattr takes
 * (object.__setattr__(self, "name", v)): no escape, no bytes. */
static bool literal_name(const struct sx_tok *t, const char **k, size_t *n)
{
	bool raw;

	string_body(t, k, n, &raw);
	return !memchr(t->text, 'b', (size_t)(*k - t->text)) &&
	       !memchr(t->text, 'B', (size_t)(*k - t->text)) && !memchr(*k, '\\', *n);
}

/* Names an attribute may get a value by that "X.NAME = v" does not show:
 * every name a class's body binds or reads at its own level (a field, a
 * class attribute, a property's def, a loop's variable; a def's line
 * gives only the def's name), and every string literal that is a name in
 * a statement that names __setattr__ (object.__setattr__(self, "x", v) in
 * a frozen dataclass; setattr() and vars() are refused). Into out; one
 * pass. */
static void class_level_names(const char *src, size_t len, struct hset *out)
{
	struct sx_lexer lx;
	struct sx_tok t, prev = {.kind = SX_TOK_NEWLINE};
	struct sx_err err;
	int col[64], ns = 0;
	char kind[64];
	bool line_start = true, class_level = false, header = false, setattr_line = false;
	int depth = 0;

	sx_lexer_init(&lx, src, len);
	while (sx_lexer_next(&lx, &t, &err) == 0 && t.kind != SX_TOK_EOF) {
		const char *k;
		size_t n;

		if (t.kind == SX_TOK_COMMENT)
			continue;
		if (t.kind == SX_TOK_NEWLINE) {
			line_start = true;
			setattr_line = false;
			prev = t;
			continue;
		}
		if (line_start) {
			char kd = IS(&t, "class")			       ? 'c'
				  : IS(&t, "def") || IS(&t, "async")	       ? 'd'
				  : t.kind == SX_TOK_NAME && block_keyword(&t) ? 'o'
									       : 0;

			line_start = false;
			depth = 0;
			while (ns > 0 && col[ns - 1] >= t.col)
				ns--;
			class_level = false;
			for (int i = ns; i-- > 0;)
				if (kind[i] != 'o') {
					class_level = kind[i] == 'c';
					break;
				}
			header = class_level && kd == 'd';
			if (kd && ns < 64) {
				col[ns] = t.col;
				kind[ns++] = kd;
			} else if (kd) {
				class_level = true; /* too deep to follow: every name */
				header = false;
			}
		}
		if (t.op == '(' || t.op == '[' || t.op == '{')
			depth++;
		else if (t.op == ')' || t.op == ']' || t.op == '}')
			depth--;
		if (tok_is(&t, SX_TOK_NAME, "__setattr__"))
			setattr_line = true;
		if (setattr_line && t.kind == SX_TOK_STRING && literal_name(&t, &k, &n) && n > 0)
			hset_add(out, k, n);
		else if (class_level && t.kind == SX_TOK_NAME && !tok_is(&prev, SX_TOK_OP, ".") &&
			 (!header || tok_is(&prev, SX_TOK_NAME, "def")))
			hset_add(out, t.text, t.len);
		if (header && depth == 0 && t.op == ':')
			class_level = header = false; /* a def's body on its line */
		prev = t;
	}
}

/* The sp bits of the values attribute k (n bytes) is given, ATTR_OTHER
 * too when a class's level or a string names it (st->levels). */
static int attr_kinds(const struct state *st, const char *k, size_t n)
{
	const struct hslot *v = hset_find(&st->attr_vals, k, n);

	return (v ? v->sp : 0) | (hset_find(&st->levels, k, n) ? ATTR_OTHER : 0);
}

/* A 'G' def (p) that pure_item() let pass iterates or indexes only
 * attributes that hold a new list, dict, set or tuple (iter_operand()): each
 * is given a value only by "X.NAME = [...]" (or list(...), sorted(...),
 * ...), at least once, by no class's body and no string (0). Else 1, the
 * attribute in *bad; or 2, the class has a library base in its family
 * (Namespace sets attributes from keywords). A generator or a map()
 * there runs code of the script's inside numpy's loops over object
 * arrays. st->levels and st->attr_vals are made at the first need. */
static int iter_attrs_bad(struct state *st, const struct pending *p, bool **lib_any,
			  const char *src, size_t len, const struct sx_tok **bad)
{
	if (p->rfrom == p->rto)
		return 0;
	if (p->cls >= 0 && library_related(st, p->cls, lib_any))
		return 2;
	if (!st->binds_read) {
		class_level_names(src, len, &st->levels);
		bind_values(st);
		st->binds_read = true;
	}
	for (size_t i = p->rfrom; i < p->rto; i++) {
		const struct sx_tok *a = &st->iters[i].tok;
		int kinds = attr_kinds(st, a->text, a->len);

		/* self.__x in class K is _K__x, by either name */
		if (p->cls >= 0) {
			const struct sx_tok *k = &st->classes[p->cls].name;
			size_t lead = 0, kn;
			char alt[256];

			while (lead < k->len && k->text[lead] == '_')
				lead++;
			kn = k->len - lead;
			if (a->len > 2 && a->text[0] == '_' && a->text[1] == '_' &&
			    1 + kn + a->len < sizeof alt) {
				alt[0] = '_';
				memcpy(alt + 1, k->text + lead, kn);
				memcpy(alt + 1 + kn, a->text, a->len);
				kinds |= attr_kinds(st, alt, 1 + kn + a->len);
			} else if (a->len > 3 + kn && a->text[0] == '_' &&
				   memcmp(a->text + 1, k->text + lead, kn) == 0 &&
				   a->text[1 + kn] == '_' && a->text[2 + kn] == '_') {
				kinds |= attr_kinds(st, a->text + 1 + kn, a->len - 1 - kn);
			}
		}
		if (st->iters[i].deep || !kinds || (kinds & ATTR_OTHER)) {
			*bad = a;
			return 1;
		}
	}
	return 0;
}

/* The NAME or X.NAME at s is a target, in any form: NAME = v, NAME += v,
 * for NAME in, with c as NAME, [NAME] = v, NAME, y = v, NAME: T = v.
 * before: the token before it (before X. for an attribute); in_for: in a
 * for's targets; *has_eq: eq_ahead() of the statement's part, -1 not
 * asked yet (asked once: the rules ask at every attribute). */
static inline __attribute__((always_inline)) bool
target_at(const struct stream *s, const struct sx_tok *before, bool in_for, bool stmt_eq,
	  int *has_eq, int depth, const struct sx_tok *stmt_first)
{
	struct sx_tok nx = peek_next(s);

	if (assign_op(&nx) || in_for || tok_is(before, SX_TOK_NAME, "as"))
		return true;
	if (stmt_eq ||
	    !(arg_end(&nx) || tok_is(&nx, SX_TOK_OP, "]") || tok_is(&nx, SX_TOK_OP, ":")))
		return false;
	if (*has_eq < 0)
		*has_eq = eq_ahead(s, depth, block_keyword(stmt_first));
	return *has_eq;
}

/* s at a NAME that is a whole annotation, "-> NAME:", "p: NAME," or
 * "x: NAME = v": stored in __annotations__, which the check refuses to
 * read, and neither called nor handed to anything. */
static bool bare_annotation(const struct stream *s, bool annot)
{
	struct sx_tok nx;

	if (!annot || !(tok_is(&s->prev, SX_TOK_OP, "->") || tok_is(&s->prev, SX_TOK_OP, ":")))
		return false;
	nx = peek_next(s);
	return tok_is(&nx, SX_TOK_OP, ":") || tok_is(&nx, SX_TOK_OP, ",") ||
	       tok_is(&nx, SX_TOK_OP, ")") || tok_is(&nx, SX_TOK_OP, "=") ||
	       nx.kind == SX_TOK_NEWLINE;
}

/* The value at s's current token (lead: the token before its NAME.NAME
 * chain) stands where a class is a type, not called: an annotation (x:
 * T, -> T), a union (T | U; typing.get_args is refused), a test of a type
 * (isinstance(x, T), isinstance(x, (T, U)), type(x) is T, T == t), a
 * singledispatch key (f.register(T)), a view's type (a.view(T)). */
static bool type_position(const struct stream *s, const struct sx_tok *lead, bool annot,
			  const struct sx_tok *calls, const bool *method, int depth)
{
	struct sx_tok nx = peek_next(s);
	const struct sx_tok *c = NULL;

	/* Not ==, != or | outside an annotation: the other operand's __eq__,
	 * __ne__ or __ror__ (a class of the script's) is given the class. */
	if (annot || tok_is(lead, SX_TOK_OP, "->") || tok_is(lead, SX_TOK_NAME, "is") ||
	    (tok_is(lead, SX_TOK_NAME, "not") && !tok_is(&nx, SX_TOK_NAME, "in")) ||
	    tok_is(&nx, SX_TOK_NAME, "is"))
		return true;
	if (depth > 0 && depth <= SX_LEX_MAX_BRACKETS && calls[depth].kind == SX_TOK_NAME)
		c = &calls[depth];
	else if (depth > 1 && depth <= SX_LEX_MAX_BRACKETS && calls[depth].kind != SX_TOK_NAME &&
		 calls[depth - 1].kind == SX_TOK_NAME)
		c = &calls[depth - 1]; /* a tuple in the call */
	/* f.register(T): singledispatch's key (its registry is refused);
	 * a.view(np.recarray): the array's type, no constructor called */
	return c && (((IS(c, "isinstance") || IS(c, "issubclass")) && !method[c - calls]) ||
		     IS(c, "register") || (IS(c, "view") && method[c - calls]));
}

/* The names of the script's classes, read from the lines that start
 * with "class NAME" followed by "(" or ":" (a class statement stands only
 * at a line's start; a string's line that looks like one adds a name,
 * which is only more careful): a class may be named before its
 * statement. */
static void class_names(struct state *st, const char *src, size_t len)
{
	const char *p, *from = src, *end = src + len;

	/* Each "class" found (memchr finds its 'c', 1.5% of the bench
	 * file's bytes), not each line read: a line's indentation is read
	 * back from the word only (reading every line's was most of the
	 * cost). */
	while ((p = memchr(from, 'c', (size_t)(end - from))) != NULL) {
		const char *b = p;

		from = p + 1;
		if (end - p < 5 || memcmp(p + 1, "lass", 4) != 0)
			continue;
		while (b > src && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\f'))
			b--;
		from = p + 5;
		if (b > src && b[-1] != '\n')
			continue; /* not the line's first word */
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
		if (e - p > 6 && (p[5] == ' ' || p[5] == '\t')) {
			const char *n = p + 5, *q;
			while (n < e && (*n == ' ' || *n == '\t'))
				n++;
			for (q = n; q < e && name_char(*q); q++)
				;
			const char *r = q;
			while (r < e && (*r == ' ' || *r == '\t'))
				r++;
			if (q > n && r < e && (*r == '(' || *r == ':')) {
				size_t k = (size_t)(q - n);
				hset_add(&st->classish, n, k);
				st->clq[k > 63 ? 63 : k] |= 1ULL << ((unsigned char)n[0] & 63);
			}
		}
		from = e;
	}
}

/* super at s: super() outside a classmethod, super(C, self), or in a
 * classmethod super().m with m no plain method of a class of the script
 * (another classmethod, an alternative constructor). */
static bool super_ok(const struct state *st, const struct stream *s, bool in_cm)
{
	struct stream c;

	if (!open_call(&c, s))
		return true; /* super as a name: the class value rules */
	if (tok_is(&c.cur, SX_TOK_OP, ")")) {
		if (!in_cm)
			return true;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "."))
			return true;
		advance(&c);
		return c.cur.kind == SX_TOK_NAME &&
		       !(st->imethods.used && hset_find(&st->imethods, c.cur.text, c.cur.len));
	}
	next_argument(&c);
	return tok_is(&c.cur, SX_TOK_NAME, "self") && (advance(&c), arg_end(&c.cur));
}

/* A method's name in its class's body, s at it: a target (run = ..., run:
 * T), or an attribute of it read (@price.setter). */
static bool method_body_ok(const struct stream *s, bool at_start)
{
	struct sx_tok nx = peek_next(s);

	return tok_is(&nx, SX_TOK_OP, ".") ||
	       (at_start && (tok_is(&nx, SX_TOK_OP, "=") || tok_is(&nx, SX_TOK_OP, ":")));
}

/* A class of the script named where its value is taken (K = C, [C],
 * f(C), return C, C if c else D, lambda: C): whoever holds it may call
 * its methods with any object as self, where self._x and the method's
 * other trust in self do not hold. Allowed: C(...), C.x, an annotation
 * or a type test, a base, except C, raise C, a decorator @C, super(C,
 * self), cls=C (json), default_factory=C, defaultdict(C), x in C, a
 * target C = ..., global/nonlocal/del C. */
static bool class_value_ok(const struct state *st, const struct stream *s,
			   const struct sx_tok *prev2, const struct sx_tok *stmt_first, bool annot,
			   bool at_start, const struct sx_tok *calls, const bool *method, int depth)
{
	struct sx_tok nx = peek_next(s);
	const struct sx_tok *pv = &s->prev;

	if (tok_is(&nx, SX_TOK_OP, "(") || tok_is(&nx, SX_TOK_OP, ".") ||
	    type_position(s, pv, annot, calls, method, depth))
		return true;
	if (tok_is(pv, SX_TOK_NAME, "class") || tok_is(pv, SX_TOK_NAME, "raise") ||
	    tok_is(pv, SX_TOK_NAME, "except") || tok_is(pv, SX_TOK_NAME, "in") ||
	    tok_is(pv, SX_TOK_NAME, "global") || tok_is(pv, SX_TOK_NAME, "nonlocal") ||
	    tok_is(pv, SX_TOK_NAME, "del") || tok_is(pv, SX_TOK_NAME, "def") ||
	    (tok_is(pv, SX_TOK_OP, "@") && nx.kind == SX_TOK_NEWLINE))
		return true;
	if ((tok_is(stmt_first, SX_TOK_NAME, "class") && depth > 0) ||
	    tok_is(stmt_first, SX_TOK_NAME, "except") ||
	    tok_is(stmt_first, SX_TOK_NAME, "import") || tok_is(stmt_first, SX_TOK_NAME, "from"))
		return true;
	if (at_start && depth == 0 && (tok_is(&nx, SX_TOK_OP, "=") || tok_is(&nx, SX_TOK_OP, ":")))
		return true;
	if (tok_is(pv, SX_TOK_OP, "=") &&
	    (tok_is(prev2, SX_TOK_NAME, "cls") || tok_is(prev2, SX_TOK_NAME, "default_factory") ||
	     tok_is(prev2, SX_TOK_NAME, "action")))
		return true;
	if (depth > 0 && depth <= SX_LEX_MAX_BRACKETS) {
		const struct sx_tok *cl = &calls[depth];

		/* list(Side), len(Side): an Enum's members, the class not kept */
		if (tok_is(pv, SX_TOK_OP, "(") && tok_is(&nx, SX_TOK_OP, ")") &&
		    (tok_is(cl, SX_TOK_NAME, "list") || tok_is(cl, SX_TOK_NAME, "len") ||
		     tok_is(cl, SX_TOK_NAME, "tuple") || tok_is(cl, SX_TOK_NAME, "sorted") ||
		     tok_is(cl, SX_TOK_NAME, "set")))
			return true;
		if ((tok_is(pv, SX_TOK_OP, "(") && (tok_is(cl, SX_TOK_NAME, "super") ||
						    tok_is(cl, SX_TOK_NAME, "defaultdict"))) ||
		    tok_is(cl, SX_TOK_NAME, "fields") || tok_is(cl, SX_TOK_NAME, "is_dataclass"))
			return true;
	}
	if (tok_is(&nx, SX_TOK_OP, "[")) {
		/* Side["BUY"]: an Enum member by its name (not a generic
		 * alias's attribute, which is the class's); of a class known
		 * as an Enum, by any name (Regime[name] read from data) */
		struct stream c;

		for (int k = last_class(st, s->cur.text, s->cur.len); k >= 0;
		     k = st->classes[k].prev_same)
			if (enum_class(st, k))
				return true;
		stream_fork(&c, s);
		advance(&c);
		advance(&c);
		if (c.cur.kind != SX_TOK_STRING)
			return false;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "]"))
			return false;
		advance(&c);
		if (!tok_is(&c.cur, SX_TOK_OP, "."))
			return true;
		advance(&c);
		return tok_is(&c.cur, SX_TOK_NAME, "value") || tok_is(&c.cur, SX_TOK_NAME, "name");
	}
	/* pandas' _constructor: return C in C, a subclass of a library class
	 * (whose own private names are refused) */
	int k = cur_class(st);
	return tok_is(pv, SX_TOK_NAME, "return") && k >= 0 &&
	       st->classes[k].name.len == s->cur.len &&
	       memcmp(st->classes[k].name.text, s->cur.text, s->cur.len) == 0 &&
	       library_base(st, &st->classes[k], 0);
}

/* lru_cache, cache, singledispatch, singledispatchmethod: they copy the
 * __dict__ of what they wrap into the wrapper (update_wrapper), a module's
 * globals when that is a module. Only a decorator passes, @lru_cache or
 * @lru_cache(maxsize=128) on the line above a def: s at the name. */
static bool functools_cache(const struct state *st, const struct sx_tok *t)
{
	const struct hslot *e = hset_find(&st->imported, t->text, t->len);

	return e && e->module && strcmp(e->module, "functools.cache") == 0;
}

static bool wrapper_maker_ok(const struct stream *s, const struct sx_tok *stmt_first, int depth)
{
	struct sx_tok nx = peek_next(s);
	struct stream c;

	if (!tok_is(stmt_first, SX_TOK_OP, "@") || depth != 0)
		return false;
	if (nx.kind == SX_TOK_NEWLINE)
		return true;
	if (!literal_arguments(s) || !open_call(&c, s))
		return false;
	past_arguments(&c);
	return c.cur.kind == SX_TOK_NEWLINE;
}

static size_t check_merged(const struct sx_config *cfg, const char *src, size_t len,
			   struct sx_violations *out)
{
	struct stream s;
	struct cwalk walk = {.gen = 0};
	struct state st = {.cfg = cfg, .out = out, .src_end = src + len, .walk = &walk};
	struct sx_err terr;
	size_t before = out->n;
	size_t full = before + SX_POLICY_MAX_VIOLATIONS; /* out->n that stops the loop */
	bool stmt_start = true;
	bool paren_lead = false; /* the statement so far is only "(" */
	/* The chain NAME.NAME... at hand: rooted at a module (not sys), or at
	 * sys, how many attributes so far, pd.options..., said already. */
	struct root {
		bool module, sys, options, said;
		int parts;
	} root = {0};
	bool line_start = true; /* stmt_start but not after ':' */
	struct sx_tok deferred; /* a string at a statement's start */
	bool have_deferred = false;
	const char *chain = NULL;			  /* the module a NAME or NAME.NAME... is */
	struct sx_tok prev2 = {.kind = SX_TOK_EOF};	  /* the token before s.prev */
	bool name_dot = false;				  /* the last NAME came after a "." */
	struct sx_tok stmt_first = {.kind = SX_TOK_EOF};  /* the statement's first */
	struct sx_tok assign_name = {.kind = SX_TOK_EOF}; /* NAME of "NAME = ..." */
	const char *assign_eq = NULL;			  /* its "=" */
	const char *eq0 = NULL; /* the statement's last "=" outside brackets */
	int as_depth = 0;	/* depth inside "as (" or "as [": with c as (a, b) */
	unsigned char last_kind = SX_TOK_NEWLINE; /* the last token's kind, comments aside */
	bool fjoined = false;	       /* the last string is joined to an f-string before it */
	bool chain_assigned = false;   /* the chain started right after it */
	int depth = 0, def_params = 0; /* brackets; those of a def's parameters */
	int for_at = 0, lambda_at = 0; /* depth + 1 of a for's targets, a lambda's parameters */
	bool stmt_eq = false;	       /* the statement has had its "=": no more targets */
	bool annot = false;	       /* in a statement's annotation, x: T, or -> T */
	int stmt_has_eq = -1;	       /* eq_ahead() of the statement, -1 not asked yet */
	bool def_method = false;       /* the last def is a plain method of a class */
	bool param_annot = false;      /* in a def parameter's annotation */
	bool stmt_lambda = false;      /* the statement has a lambda */
	struct sx_tok lead = {.kind = SX_TOK_EOF}; /* the token before a NAME.NAME... */
	bool in_case = false;			   /* in a match statement's case pattern */
	bool body_stmt = false;	      /* the statement stands in a class's body, not a def's */
	const char *alias_lhs = NULL; /* __radd__ of "__radd__ = __add__" in a class's body */
	struct sx_tok alias_rhs = {.kind = SX_TOK_EOF}; /* ... and its __add__ */
	int tcol[64], ntry = 0;	     /* the try and with statements around, innermost last */
	int bcol[64], nblocks = 0;   /* the class and def statements around, innermost last: */
	bool bdef[64];		     /* ... their columns, and which are defs */
	bool lib_value = false;	     /* the last NAME was a module's attribute that is no module */
	int cm_col = 0, cm_line = 0; /* a classmethod's def (column, line) while in its body */
	struct sx_tok callee[SX_LEX_MAX_BRACKETS + 2] = {{0}}; /* NAME before each "(" */
	struct sx_tok calls[SX_LEX_MAX_BRACKETS + 2]; /* NAME( or .NAME( of each "(", or EOF */
	bool method[SX_LEX_MAX_BRACKETS + 2];	      /* .NAME(: a method's call */
	char bkind[SX_LEX_MAX_BRACKETS + 2];	      /* "(", "[" or "{" of each bracket */
	bool bsub[SX_LEX_MAX_BRACKETS + 2];	      /* ... a subscript's "[", x[...] */
	int argn[SX_LEX_MAX_BRACKETS + 2];	      /* its commas before a keyword */
	bool argkw[SX_LEX_MAX_BRACKETS + 2];	      /* a keyword seen */
	bool argstar[SX_LEX_MAX_BRACKETS + 2];	      /* *args or **kwargs seen */
	struct builds rhs = {.active = false};	      /* the assignment being read */

	filter_init(&st.fname, cfg->forbidden_names);
	filter_init(&st.fattr, cfg->forbidden_attributes);
	filter_init(&st.fdund, cfg->allowed_dunders);
	if (sx_policy_load(&terr) < 0) {
		struct sx_tok at = {.line = 1, .col = 1};
		add(out, &at, "module-table", sx_xstrdup(terr.msg));
		return out->n - before;
	}
	check_encoding(&st, src, len);
	/* The sets that take a name at most definitions and assignments, by
	 * the source's length: on the bench file (1 MB) they hold 500 to
	 * 1,000 names each, the first six about twice as many as the last
	 * two. Small scripts start them empty, as every other set. */
	if (len >= 64 * 1024) {
		size_t cap = 64;

		while (cap < len / 512)
			cap *= 2;
		hset_reserve(&st.own, cap);
		hset_reserve(&st.defs, cap);
		hset_reserve(&st.fdefs, cap);
		hset_reserve(&st.computed, cap);
		hset_reserve(&st.nonconst, cap);
		hset_reserve(&st.nonfmt, cap);
		hset_reserve(&st.assigns, cap);
		hset_reserve(&st.rebound, cap / 2);
		hset_reserve(&st.nondisplays, cap / 2);
		/* The arrays that grow with the script the same way, by what
		 * they held on the bench file: a realloc (a copy) at every
		 * doubling otherwise. Reserved, not touched: no zeroing. */
		st.cappend = cap * 2;
		st.pend = sx_xmalloc(st.cappend * sizeof *st.pend);
		st.capsdefs = cap;
		st.sdefs = sx_xmalloc(st.capsdefs * sizeof *st.sdefs);
		st.capclasses = cap / 4;
		st.classes = sx_xmalloc(st.capclasses * sizeof *st.classes);
		st.caponclass = cap * 4;
		st.onclass = sx_xmalloc(st.caponclass * sizeof *st.onclass);
		st.onclass_in = sx_xmalloc(st.caponclass / 2 * sizeof *st.onclass_in);
	}
	class_names(&st, src, len);
	spread_names(&st, src, len);
	memset(&s, 0, sizeof s);
	sx_lexer_init(&s.lx, src, len);
	s.spans = &st.tspans;
	advance(&s);
	s.feed = &rhs;
	/* Not only EOF: the import rules read on after a failure. */
	while (!s.failed && s.cur.kind != SX_TOK_EOF && out->n < full) {
		/* The token, read in place: s moves in the loop only at its end
		 * and in check_from() and check_import(), each followed by a
		 * continue. */
		const struct sx_tok *const tp = &s.cur;
		bool next_stmt_start = false;
		unsigned char pk = last_kind; /* the kind before it, comments aside */

		if (tp->kind != SX_TOK_COMMENT)
			last_kind = tp->kind;
		const char *next_chain = NULL;
		bool next_lib_value = false;
		bool field = false;	/* a class body's "NAME:" or "NAME =" */
		bool said_here = false; /* the chain rooted here is refused already */

		if ((tp->kind == SX_TOK_STRING || tp->kind == SX_TOK_FSTRING_START) &&
		    !stmt_start && s.prev.kind != SX_TOK_STRING &&
		    s.prev.kind != SX_TOK_FSTRING_END &&
		    !(tok_is(&s.prev, SX_TOK_OP, "+") &&
		      (prev2.kind == SX_TOK_STRING || prev2.kind == SX_TOK_FSTRING_END)))
			check_joined(&st, &s, tok_is(&s.prev, SX_TOK_OP, "+"));
		if (have_deferred && tp->kind != SX_TOK_NEWLINE)
			check_string(&st, &deferred, false);
		have_deferred = false;
		if (line_start) {
			if (cm_col && tp->line > cm_line && tp->col <= cm_col &&
			    tp->kind != SX_TOK_NEWLINE)
				cm_col = 0; /* past the classmethod's body */
			if (st.exit_tb.kind == SX_TOK_NAME && tp->line > st.exit_line &&
			    tp->col <= st.exit_col && tp->kind != SX_TOK_NEWLINE &&
			    tp->kind != SX_TOK_COMMENT)
				st.exit_tb.kind = SX_TOK_EOF; /* past __exit__'s body */
			if (s.prev.kind == SX_TOK_NEWLINE || s.prev.kind == SX_TOK_EOF)
				body_stmt = class_line(&st, tp->col);
			if (tp->kind == SX_TOK_NAME) {
				struct sx_tok nw;
				while (ntry && tcol[ntry - 1] >= tp->col)
					ntry--;
				if ((IS(tp, "try") || IS(tp, "with") ||
				     (IS(tp, "async") &&
				      (nw = peek_next(&s), tok_is(&nw, SX_TOK_NAME, "with")))) &&
				    ntry < 64)
					tcol[ntry++] = tp->col;
				while (nblocks && bcol[nblocks - 1] >= tp->col)
					nblocks--;
				if ((IS(tp, "def") || IS(tp, "class") || IS(tp, "async")) &&
				    nblocks < 64) {
					bcol[nblocks] = tp->col;
					bdef[nblocks++] = !IS(tp, "class");
				}
			}
			if ((s.prev.kind == SX_TOK_NEWLINE || s.prev.kind == SX_TOK_EOF) &&
			    body_stmt && tp->kind == SX_TOK_NAME && is_dunder(tp) &&
			    dunder_alias(&s, &alias_rhs)) {
				alias_lhs = tp->text; /* a method, as a def makes one */
				hset_add(&st.imethods, tp->text, tp->len);
			}
			if ((s.prev.kind == SX_TOK_NEWLINE || s.prev.kind == SX_TOK_EOF) &&
			    body_stmt && tp->kind == SX_TOK_NAME && !is_dunder(tp)) {
				struct sx_tok nx = peek_next(&s);
				class_field(&st, &s);
				/* "open: float" in a class body: a field, not the
				 * builtin (class_field read its name) */
				field = tok_is(&nx, SX_TOK_OP, ":") || tok_is(&nx, SX_TOK_OP, "=");
			}
			if (tok_is(tp, SX_TOK_NAME, "class"))
				check_class(&st, &s, tp->col);
			if (tok_is(tp, SX_TOK_OP, "@"))
				note_decorator(&st, &s, body_stmt);
			stmt_first = *tp;
			in_case = false;
			if (tok_is(tp, SX_TOK_NAME, "case")) {
				/* "case" is a soft keyword: not "case = ..." or "case.x". */
				struct sx_tok nx = peek_next(&s);
				in_case = !(nx.kind == SX_TOK_OP && nx.len >= 1 &&
					    (nx.text[nx.len - 1] == '=' ||
					     tok_is(&nx, SX_TOK_OP, "."))) &&
					  nx.kind != SX_TOK_NEWLINE;
			}
		}
		/* A generator or coroutine paused in a try or with block runs its
		 * finally, except or __exit__ when the collector frees it: at any
		 * allocation, in numpy's and pandas' loops too, while they hold
		 * objects without a reference. */
		if (ntry && tp->kind == SX_TOK_NAME && (IS(tp, "yield") || IS(tp, "await")) &&
		    paused_in_try(tcol[ntry - 1], bcol, bdef, nblocks))
			ADD(&st, tp, "dangerous-callable",
			    "'%.*s' inside a try or with block: a generator dropped while paused "
			    "there runs the block's finally, except or __exit__ when the garbage "
			    "collector frees it, at any allocation, in numpy's and pandas' loops "
			    "too: yield outside the block (collect, then yield the results)",
			    (int)tp->len, tp->text);

		/* What each kind of token is checked for, then what it changes
		 * of the statement and the brackets: each kind runs only its
		 * own part. Right after "NAME =" (rare: the branch is
		 * predictable) the value is read, after the token's rules. */
		switch (tp->kind) {
		case SX_TOK_NAME: {
			line_start = false;
			bool after_dot = tok_is(&s.prev, SX_TOK_OP, ".");
			if ((st.spq[tp->len > 63 ? 63 : tp->len] &
			     (1ULL << ((unsigned char)tp->text[0] & 63))) &&
			    (st.spz[tp->len > 63 ? 63 : tp->len] &
			     (1ULL << ((unsigned char)tp->text[tp->len - 1] & 63))) &&
			    !after_dot && st.spreads.used &&
			    hset_find(&st.spreads, tp->text, tp->len) &&
			    !dict_use_ok(&s, &prev2, &stmt_first))
				hset_add(&st.dictbad, tp->text, tp->len);
			bool prev_name_dot = name_dot; /* of prev2 when s.prev is "." */
			name_dot = after_dot;
			/* Outer.Inner and self.Inner are a class as well */
			if ((st.clq[tp->len > 63 ? 63 : tp->len] &
			     (1ULL << ((unsigned char)tp->text[0] & 63))) &&
			    hset_find(&st.classish, tp->text, tp->len) &&
			    !(def_params > 0 && depth == def_params &&
			      !tok_is(&s.prev, SX_TOK_OP, "=")) &&
			    !class_value_ok(&st, &s, &prev2, &stmt_first, annot || param_annot,
					    stmt_start, calls, method, depth))
				ADD(&st, tp, "runtime-name",
				    "class '%.*s' as a value: whoever holds it may call its "
				    "methods with any object as self, where self._x is not the "
				    "script's own; make instances here, %.*s(...), or pass a "
				    "function that does, lambda: %.*s(); test a type with "
				    "isinstance() or is (==, != and | hand the class to the other "
				    "operand)",
				    (int)tp->len, tp->text, (int)tp->len, tp->text, (int)tp->len,
				    tp->text);
			if (st.arrayclasses.used && !after_dot &&
			    hset_find(&st.arrayclasses, tp->text, tp->len) &&
			    !tok_is(&s.prev, SX_TOK_NAME, "class") && !script_array_call_ok(&s))
				ADD(&st, tp, "dangerous-callable",
				    "%.*s derives from ndarray, whose third to fifth parameters "
				    "are "
				    "a buffer, an offset and strides: an array over bytes the "
				    "script "
				    "wrote, object pointers included; at most two by position (a "
				    "shape and a dtype), no buffer=, offset= or strides=",
				    (int)tp->len, tp->text);
			/* cls in a classmethod is a class as well: return cls,
			 * K = cls hand it over (its methods then run on any
			 * object) */
			if (cm_col && !after_dot && IS(tp, "cls") &&
			    !(def_params > 0 && depth == def_params) &&
			    !(depth > 0 && keyword_argument(&s)) &&
			    !subscripted(&s) /* cls[name]: an Enum's member */ &&
			    !class_value_ok(&st, &s, &prev2, &stmt_first, annot || param_annot,
					    stmt_start, calls, method, depth))
				ADD(&st, tp, "runtime-name",
				    "cls as a value: whoever holds the class may call its methods "
				    "with any object as self; make instances here, cls(...)");
			if ((IS(tp, "lru_cache") || IS(tp, "singledispatch") ||
			     IS(tp, "singledispatchmethod") ||
			     (IS(tp, "cache") &&
			      (after_dot ? tok_is(&prev2, SX_TOK_NAME, "functools")
					 : st.imported.used && functools_cache(&st, tp)))) &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "import") &&
			    !tok_is(&s.prev, SX_TOK_NAME, "def") &&
			    !wrapper_maker_ok(&s, &stmt_first, depth))
				ADD(&st, tp, "runtime-name",
				    "%.*s copies the __dict__ of what it wraps into the wrapper (a "
				    "module's globals included): use it only as a decorator on the "
				    "line above a def, @%.*s",
				    (int)tp->len, tp->text, (int)tp->len, tp->text);
			/* In a class's body a method is a plain function: called
			 * there, handed to a call or a decorator, aliased or
			 * stored, it runs on any object as self (a module, an
			 * array, a file), where self.data =, self.x() and the
			 * rest of the check's trust in self do not hold. */
			if (body_stmt && !after_dot && st.imethods.used &&
			    tp->text != alias_rhs.text &&
			    hset_find(&st.imethods, tp->text, tp->len) &&
			    !tok_is(&s.prev, SX_TOK_NAME, "def") &&
			    !tok_is(&s.prev, SX_TOK_NAME, "del") &&
			    !method_body_ok(&s, stmt_start) &&
			    !bare_annotation(&s, annot || param_annot) &&
			    /* def f(self, period): a parameter's own name (its
			     * default and annotation are the class body's) */
			    !(def_params > 0 && depth == def_params &&
			      (tok_is(&s.prev, SX_TOK_OP, "(") || tok_is(&s.prev, SX_TOK_OP, ",") ||
			       tok_is(&s.prev, SX_TOK_OP, "*") ||
			       tok_is(&s.prev, SX_TOK_OP, "**"))))
				ADD(&st, tp, "private-name",
				    "'%.*s' in a class's body is the plain function, which runs "
				    "the "
				    "method on whatever object it is given as self: call methods "
				    "on "
				    "an instance, obj.%.*s(...), or use a def outside the class",
				    (int)tp->len, tp->text, (int)tp->len, tp->text);
			if (tp->text[0] == '_' && !after_dot && mangled(tp))
				ADD(&st, tp, "private-name",
				    "'%.*s' is spelled as Python mangles a class's private name "
				    "(__x in class C is _C__x): the check reads __x by its "
				    "spelling; "
				    "use another name",
				    (int)tp->len, tp->text);
			bool recv_self = after_dot && (tok_is(&prev2, SX_TOK_NAME, "self") ||
						       tok_is(&prev2, SX_TOK_NAME, "cls"));
			bool base_is_self = recv_self && tp->text[0] == '_';
			bool rn = rule_name(tp), slots_private;
			enum special sp = rn ? special_name(tp) : SP_NONE;

			if (sp == SP_NONE && table_file_name(tp))
				sp = SP_FILE_IO;
			slots_private = false;
			if (IS(tp, "__slots__") &&
			    (after_dot ? target_at(&s, &lead, for_at, stmt_eq, &stmt_has_eq, depth,
						   &stmt_first)
				       : tok_is(&s.prev, SX_TOK_NAME, "def") ||
					     tok_is(&s.prev, SX_TOK_NAME, "as") || in_case ||
					     (depth > 0 && keyword_argument(&s)) ||
					     (target_at(&s, &s.prev, for_at, stmt_eq, &stmt_has_eq,
							depth, &stmt_first) &&
					      !(body_stmt && stmt_first.text == tp->text &&
						slots_literal_ok(&st, &s, &slots_private)))))
				/* copy reads an object's slots by these names and
				 * sets them on the copy, which a __new__ of the
				 * script's may make any object */
				ADD(&st, tp, "runtime-name",
				    "__slots__ are names copy reads and sets by getattr and "
				    "setattr: write them in the class's body as string literals "
				    "of public names, __slots__ = (\"price\", \"qty\")");
			else if (slots_private)
				pend_on(&st, tp, 'I', true, tp);
			if (!after_dot && (IS(tp, "__name__") || IS(tp, "__qualname__"))) {
				/* class K: __name__ = s, Namespace(__name__=s), a
				 * dataclass field, def __name__: an object whose
				 * __name__ is built at run time, which functools.wraps
				 * copies onto a method, whose copy is then a getattr
				 * by that name */
				struct sx_tok nx = peek_next(&s);
				bool target = target_at(&s, &s.prev, for_at, stmt_eq, &stmt_has_eq,
							depth, &stmt_first);
				if (tok_is(&s.prev, SX_TOK_NAME, "def") ||
				    tok_is(&s.prev, SX_TOK_NAME, "as") || in_case ||
				    tok_is(&nx, SX_TOK_OP, ":=") ||
				    (depth > 0 && keyword_argument(&s)) ||
				    (target && !literal_assigned(&s)))
					ADD(&st, tp, "runtime-name",
					    "%.*s bound to anything but a public string literal is "
					    "the name functools.wraps copies onto a function, and "
					    "a "
					    "copy of a method looks its name up, getattr(obj, "
					    "name): "
					    "write %.*s = \"Price\"",
					    (int)tp->len, tp->text, (int)tp->len, tp->text);
				/* The module's __name__ is the __module__ of every def
				 * and class after it, which pickle (np.save of an
				 * object array, ndarray.dumps) imports: only compared,
				 * or a class's own __name__ = "literal". */
				else if (IS(tp, "__name__") &&
					 !(tok_is(&nx, SX_TOK_OP, "==") ||
					   tok_is(&nx, SX_TOK_OP, "!=") ||
					   tok_is(&s.prev, SX_TOK_OP, "==") ||
					   tok_is(&s.prev, SX_TOK_OP, "!=")) &&
					 !(body_stmt && stmt_first.text == tp->text && target))
					ADD(&st, tp, "module-escape",
					    "__name__ is the module's name, which every def and "
					    "class "
					    "after it takes as __module__ and pickle (np.save of "
					    "an "
					    "object array, ndarray.dumps) imports: only compare "
					    "it, "
					    "if __name__ == \"__main__\":");
			}
			if (tp->len == 7 && !after_dot && IS(tp, "__doc__")) {
				/* class B(int): __doc__ = text: a docstring built at
				 * run time, which the check cannot read (f.__doc__ = x
				 * later sets a dict entry, not the type's own doc) */
				if (target_at(&s, &s.prev, for_at, stmt_eq, &stmt_has_eq, depth,
					      &stmt_first) ||
				    (nblocks &&
				     !bdef[nblocks - 1])) /* for __doc__ in, case __doc__ */
					ADD(&st, tp, "text-signature",
					    "__doc__ set by the script may be a text signature, "
					    "whose defaults inspect evaluates as code: write the "
					    "docstring as the class's first statement");
			}
			const struct hslot *imp = NULL; /* t names what "from M import" gave */
			struct sx_tok orig;		/* ... the name it has in M */
			const struct sx_tok *on = tp;	/* orig, or the token when not imported */
			if (st.imported.used && !after_dot &&
			    (st.imq[tp->len > 63 ? 63 : tp->len] &
			     (1ULL << ((unsigned char)tp->text[0] & 63))) &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
			    (imp = hset_find(&st.imported, tp->text, tp->len))) {
				const struct tentry *e = lookup_n(imp->module, strlen(imp->module));
				orig = *tp;
				on = &orig;
				orig.text = strrchr(imp->module, '.') + 1;
				orig.len = strlen(orig.text);
				if (sp == SP_NONE)
					sp = special_name(&orig);
				if (sp == SP_NONE && e && e->kind == 'f')
					sp = SP_FILE_IO;
				if (strcmp(imp->module, "sys.argv") == 0 &&
				    (!argv_read(&s) || tok_is(&s.prev, SX_TOK_NAME, "del")))
					ADD(&st, tp, "sys-attribute",
					    "sys.argv is read, not changed: a library module run "
					    "by name reads it as its own arguments; copy it, args "
					    "= argv[1:]");
			}
			if (!after_dot) {
				lead = s.prev;
			} else {
				/* X.NAME as a target: X.NAME = v, for X.NAME in,
				 * with c as X.NAME, [X.NAME] = v, X.NAME, y = v */
				st.attr_target = target_at(&s, &lead, for_at, stmt_eq, &stmt_has_eq,
							   depth, &stmt_first) &&
						 /* d[f.__name__] = v: an index */
						 !(depth > 0 && depth <= SX_LEX_MAX_BRACKETS &&
						   bsub[depth] && !assign_op_next(&s));
				if (st.attr_target) {
					hset_add(&st.attr_tgts, tp->text, tp->len);
					attr_value(&st, &s, &lead);
				}
				if (st.attr_target && shadow_name(tp->text, tp->len))
					shadow_bound(&st, tp, recv_self && !prev_name_dot);
				/* for np.x in ..., [sys.argv] = ..., with c as m.x: the
				 * targets that are no "MOD.x = v" statement */
				if (st.attr_target && root.module && !root.options && !root.said &&
				    !annot && !param_annot &&
				    !(root.parts == 0 && IS(tp, "options"))) {
					ADD(&st, tp, "module-escape",
					    "assigning to an attribute of a module (here as a "
					    "target "
					    "of for, with, unpacking or a comprehension) changes "
					    "it "
					    "for every module that uses it: keep your own names");
					root.said = true;
				}
				/* pd.options.d, pd.options.plotting.d: pandas' option
				 * dicts, written without the options' checks; and the
				 * option objects as values, where .d is reached */
				if (root.options && nx_is_assign(&s)) {
					struct stream v;

					stream_fork(&v, &s);
					advance(&v);
					advance(&v);
					if (!option_value_ok(&v) || !stmt_end(&v.cur))
						ADD(&st, tp, "runtime-name",
						    "an option other than a literal: pandas calls "
						    "a function given as display.float_format "
						    "inside str() of its objects, while numpy "
						    "holds "
						    "what it is converting without a reference: "
						    "give a literal or \"{:.2f}\".format");
				}
				if (root.options && IS(tp, "d"))
					ADD(&st, tp, "runtime-name",
					    "pandas' option dict .d sets options without their "
					    "checks (plotting.backend imports a module by name): "
					    "set_option(\"display.max_rows\", 50)");
				else if (((root.module && root.parts == 0 && IS(tp, "options")) ||
					  (root.options && root.parts == 1)) &&
					 !st.attr_target && !nx_is_dot_or_item(&s))
					ADD(&st, tp, "runtime-name",
					    "pandas' options as a value reach its option dicts "
					    "where the check cannot follow: name the option here, "
					    "pd.options.display.max_rows = 50");
				if (st.attr_target && root.sys && IS(tp, "argv") &&
				    root.parts == 0 && !root.said && !annot && !param_annot)
					ADD(&st, tp, "sys-attribute",
					    "sys.argv is read, not changed: a library module run "
					    "by "
					    "name reads it as its own arguments; copy it, args = "
					    "sys.argv[1:]");
			}
			/* a bare name not imported is the script's own (info = x) */
			if ((rn || imp) && (after_dot || imp || IS(tp, "eval")) &&
			    !tok_is(&s.prev, SX_TOK_NAME, "def") && !recv_self)
				check_positional(
				    &st, &s, on,
				    tok_is(&stmt_first, SX_TOK_NAME, "from") ||
					tok_is(&stmt_first, SX_TOK_NAME, "import") ||
					tok_is(&stmt_first, SX_TOK_NAME, "class") ||
					(def_params > 0 && depth == def_params &&
					 !tok_is(&lead, SX_TOK_OP, "=")),
				    tok_is(&stmt_first, SX_TOK_NAME, "class") && depth > 0,
				    type_position(&s, &lead, annot || param_annot, calls, method,
						  depth),
				    tok_is(&stmt_first, SX_TOK_NAME, "match") || stmt_lambda, depth,
				    &stmt_first);
			if ((IS(tp, "property") || IS(tp, "cached_property") ||
			     IS(tp, "cache_readonly")) &&
			    !tok_is(&stmt_first, SX_TOK_OP, "@") &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "import"))
				ADD(&st, tp, "runtime-name",
				    "%.*s other than as a decorator makes a getter the check does "
				    "not "
				    "see as one (x = property(f)): write @%.*s above a def",
				    (int)tp->len, tp->text,
				    IS(tp, "cache_readonly") ? 8 : (int)tp->len,
				    IS(tp, "cache_readonly") ? "property" : tp->text);
			if ((rn || imp) && tok_is(on, SX_TOK_NAME, "make_dataclass") &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "from"))
				ADD(&st, tp, "runtime-name",
				    "make_dataclass() takes field names (attribute names) at run "
				    "time: write a @dataclass class");

			if (st.exit_tb.kind == SX_TOK_NAME && !after_dot &&
			    tp->line > st.exit_line && tp->text != st.exit_tb.text &&
			    tp->len == st.exit_tb.len &&
			    memcmp(tp->text, st.exit_tb.text, tp->len) == 0) {
				struct sx_tok nx = peek_next(&s);
				if (!tok_is(&nx, SX_TOK_NAME, "is"))
					ADD(&st, tp, "frame-attribute",
					    "'%.*s' is the traceback __exit__ is given, which "
					    "leads to frames: only test it, %.*s is None",
					    (int)tp->len, tp->text, (int)tp->len, tp->text);
			}
			if (rn && ((!after_dot && IS(tp, "type")) || class_api(tp)) &&
			    !maker_value_ok(&s, &stmt_first, annot || param_annot))
				ADD(&st, tp, "runtime-name",
				    "%.*s as a value is called where the check cannot read its "
				    "arguments (map, a list): call it here",
				    (int)tp->len, tp->text);
			if (!after_dot && depth == 0 && !annot &&
			    (stmt_start || tok_is(&s.prev, SX_TOK_NAME, "del")) && bound(&st, tp) &&
			    strcmp(bound(&st, tp), "sys") != 0 && module_target(&s)) {
				ADD(&st, tp, "module-escape",
				    "assigning to an attribute of module %.*s changes it for every "
				    "module that uses it (functools.partial = f): keep your own "
				    "names",
				    (int)tp->len, tp->text);
				said_here = true;
			} else if (imp && depth == 0 && !annot &&
				   (stmt_start || tok_is(&s.prev, SX_TOK_NAME, "del")) &&
				   !IS(on, "options") && strcmp(imp->module, "sys.argv") != 0 &&
				   module_target(&s)) {
				/* from pandas import DataFrame; DataFrame.x = f: the
				 * library's class, as pd.DataFrame.x = f */
				ADD(&st, tp, "module-escape",
				    "assigning to an attribute of %s changes it for every module "
				    "that uses it: keep your own names (a function of your own, "
				    "atr(df), or a subclass)",
				    imp->module);
				said_here = true;
			}
			if (!after_dot && tp->len > 1 && tp->text[0] == '_' && !is_dunder(tp) &&
			    !tok_is(&s.prev, SX_TOK_NAME, "def") &&
			    !tok_is(&s.prev, SX_TOK_NAME, "class") &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "import"))
				pend(&st, tp, 'U');
			if (rn && (IS(tp, "register_dataframe_accessor") ||
				   IS(tp, "register_series_accessor") ||
				   IS(tp, "register_index_accessor"))) {
				struct stream c;

				stream_fork(&c, &s);
				advance(&c);
				bool ok = tok_is(&stmt_first, SX_TOK_NAME, "from") ||
					  tok_is(&stmt_first, SX_TOK_NAME, "import");
				if (!ok && tok_is(&c.cur, SX_TOK_OP, "(")) {
					advance(&c);
					ok = class_names_literal(&st, &c);
					if (ok && c.cur.kind == SX_TOK_STRING) {
						/* the name, read off a pandas class, is the
						 * accessor's class (pd.DataFrame.zz) */
						const char *b;
						size_t n;
						bool raw;

						string_body(&c.cur, &b, &n, &raw);
						hset_add(&st.accessors, b, n);
					}
					ok = ok && (advance(&c), tok_is(&c.cur, SX_TOK_OP, ")"));
				}
				if (!ok)
					ADD(&st, tp, "runtime-name",
					    "%.*s() sets an attribute of every pandas object by "
					    "the "
					    "name it is given: one literal identifier, not "
					    "private, "
					    "not a dunder",
					    (int)tp->len, tp->text);
			}
			if (rn && IS(tp, "strftime") &&
			    (tok_is(&s.prev, SX_TOK_NAME, "def") || field ||
			     (after_dot && (nx_is_assign(&s))))) {
				/* date's format calls self.strftime(spec): a subclass's
				 * makes f"/data/{d:03d}" any path */
				ADD(&st, tp, "host-path",
				    "a strftime of the script's own is what a date subclass "
				    "formats with, \"{d:03d}\" included: any text in a path; "
				    "format dates with a function, fmt_day(d)");
			}
			if (rare_name(tp)) {
				check_kept(&st, &s, tp, &s.prev, &prev2, after_dot, recv_self,
					   depth > 0 && !(def_params > 0 && depth == def_params) &&
					       !after_dot,
					   tok_is(&stmt_first, SX_TOK_NAME, "from") ||
					       tok_is(&stmt_first, SX_TOK_NAME, "import"));
				if ((IS(tp, "set_option") || IS(tp, "option_context")) &&
				    !tok_is(&s.prev, SX_TOK_NAME, "def") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "import") && !options_ok(&s))
					ADD(&st, tp, "runtime-name",
					    "%.*s() takes option names as patterns, "
					    "plotting.backend imports a module by name, and a "
					    "function as display.float_format runs inside str() "
					    "of pandas' objects: name display, mode, compute or "
					    "styler options literally, with literal values, "
					    "%.*s(\"display.max_rows\", 50)",
					    (int)tp->len, tp->text, (int)tp->len, tp->text);
				else if (IS(tp, "option_context") &&
					 !tok_is(&s.prev, SX_TOK_NAME, "def") &&
					 !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
					 !tok_is(&stmt_first, SX_TOK_NAME, "import") &&
					 !with_item(&s, &lead, &stmt_first, depth))
					ADD(&st, tp, "runtime-name",
					    "option_context()'s object keeps the options it sets "
					    "in lists a script can change (.ops, .undo): use it "
					    "where it is made, with pd.option_context("
					    "\"display.max_rows\", 50):");
				if ((IS(tp, "set_printoptions") || IS(tp, "printoptions")) &&
				    !tok_is(&s.prev, SX_TOK_NAME, "def") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "import") &&
				    !printoptions_ok(&s))
					ADD(&st, tp, "runtime-name",
					    "%.*s() with formatter= (or a value other than a "
					    "literal): numpy calls the formatter inside str() of "
					    "its arrays, while it holds what it is converting "
					    "without a reference: format the numbers yourself",
					    (int)tp->len, tp->text);
				if (IS(tp, "set_string_function") || IS(tp, "seterrcall") ||
				    IS(tp, "cmp_to_key"))
					ADD(&st, tp, "dangerous-callable",
					    "%.*s hands a function of the script's to numpy or to "
					    "comparisons, which run it while they hold objects "
					    "without a reference: %s",
					    (int)tp->len, tp->text,
					    IS(tp, "cmp_to_key")
						? "sort with key=, sorted(x, key=f)"
						: "format and check the numbers yourself");
				if (after_dot && IS(tp, "flags") && !nx_is_dot_or_item(&s) &&
				    !(depth > 0 && depth <= SX_LEX_MAX_BRACKETS &&
				      tok_is(&calls[depth], SX_TOK_NAME, "print")))
					ADD(&st, tp, "dangerous-callable",
					    ".flags as a value may be changed where the check "
					    "cannot see (o[k] = True in a function makes a "
					    "library's array writable): read a flag here, "
					    "a.flags.writeable, a.flags[\"C_CONTIGUOUS\"], or "
					    "print(a.flags)");
				if (after_dot &&
				    (IS(tp, "add_argument") || IS(tp, "add_subparsers")) &&
				    nx_is_call(&s) &&
				    action_result(&st, &s, &lead, assign_eq, &assign_name, depth) <
					0)
					ADD(&st, tp, "runtime-name",
					    "%.*s() returns an argparse Action, which sets the "
					    "attribute its dest names on whatever object it is "
					    "called "
					    "with: call it as a statement, or bind it to a name "
					    "and "
					    "read its attributes",
					    (int)tp->len, tp->text);
				if (IS(tp, "Action") && nx_is_call(&s) &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "class"))
					action_made(&st, tp);
				if (IS(tp, "__call__") && after_dot && cur_class(&st) >= 0 &&
				    st.actioncls.used &&
				    hset_find(&st.actioncls, st.classes[cur_class(&st)].name.text,
					      st.classes[cur_class(&st)].name.len) &&
				    !action_call_ok(&s))
					ADD(&st, tp, "runtime-name",
					    "an Action sets its dest on the namespace it is called "
					    "with: hand on the one it is given, "
					    "super().__call__(parser, namespace, values, ...)");
				if (IS(tp, "__init__") && after_dot && cur_class(&st) >= 0 &&
				    st.actioncls.used &&
				    hset_find(&st.actioncls, st.classes[cur_class(&st)].name.text,
					      st.classes[cur_class(&st)].name.len) &&
				    !action_init_ok(&s))
					ADD(&st, tp, "runtime-name",
					    "an Action's dest is the attribute it sets: hand on "
					    "the "
					    "dest it is given, super().__init__(option_strings, "
					    "dest, "
					    "...), or a literal");
				if ((IS(tp, "NewType") || IS(tp, "TypeVar") ||
				     IS(tp, "ParamSpec") || IS(tp, "TypeVarTuple")) &&
				    !tok_is(&s.prev, SX_TOK_NAME, "def") &&
				    !tok_is(&s.prev, SX_TOK_NAME, "class") && !named_type_ok(&s))
					ADD(&st, tp, "runtime-name",
					    "%.*s()'s name is its __name__, which functools.wraps "
					    "copies onto a function, and a copy of a method by "
					    "that "
					    "name is a getattr: give a string literal, "
					    "%.*s(\"Price\", "
					    "...)",
					    (int)tp->len, tp->text, (int)tp->len, tp->text);
				/* Names a copy reads back as a getattr: Enum's
				 * __reduce_ex__ is getattr(E, member._name_), a bound
				 * method's getattr(obj, func.__name__); dataclasses.asdict
				 * and ndarray.__deepcopy__ copy what they hold. */
				if (IS(tp, "_name_") && (!after_dot || st.attr_target))
					ADD(&st, tp, "private-name",
					    "_name_ is what a copy of an Enum member looks it up "
					    "by, "
					    "getattr(E, _name_): a member is named in the class "
					    "statement; keep another name in an attribute of "
					    "yours");
				if (after_dot && st.attr_target &&
				    (IS(tp, "__name__") || IS(tp, "__qualname__")) &&
				    !literal_assigned(&s))
					ADD(&st, tp, "runtime-name",
					    "%.*s other than a public literal is the name a copy "
					    "of the "
					    "function as a method looks up, getattr(obj, name): "
					    "give a string literal, or one that formats numbers "
					    "only, f.%.*s = \"q%%d\" %% n",
					    (int)tp->len, tp->text, (int)tp->len, tp->text);
				if (class_api(tp) && !tok_is(&s.prev, SX_TOK_NAME, "def") &&
				    !tok_is(&s.prev, SX_TOK_NAME, "class") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "import") &&
				    !class_api_ok(&st, &s))
					ADD(&st, tp, "runtime-name",
					    "%.*s() makes a class whose name and attribute names "
					    "are its arguments: give them as literals "
					    "(identifiers, "
					    "not private, not dunders), no module= or qualname=, "
					    "or "
					    "write a class statement",
					    (int)tp->len, tp->text);
				if (IS(tp, "dataclass") && !tok_is(&s.prev, SX_TOK_NAME, "def") &&
				    !tok_is(&s.prev, SX_TOK_NAME, "class") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "import")) {
					/* @dataclass over a class statement reads the fields
					 * its body names; dataclass(cls) turns the names in
					 * any class's __annotations__ into code it execs. */
					struct stream c;
					bool ok;

					stream_fork(&c, &s);
					advance(&c);
					if (tok_is(&c.cur, SX_TOK_OP, "(")) {
						advance(&c);
						ok = tok_is(&stmt_first, SX_TOK_OP, "@") &&
						     (tok_is(&c.cur, SX_TOK_OP, ")") ||
						      at_keyword(&c));
					} else {
						ok = tok_is(&stmt_first, SX_TOK_OP, "@");
					}
					if (!ok)
						ADD(&st, tp, "runtime-name",
						    "dataclass() applied to a class object makes "
						    "code of the names in its __annotations__: "
						    "decorate a class statement, @dataclass or "
						    "@dataclass(frozen=True)");
				}
				if ((IS(tp, "levels") || IS(tp, "codes")) && !after_dot &&
				    depth > 0 && depth <= SX_LEX_MAX_BRACKETS &&
				    IS(&calls[depth], "copy") && keyword_argument(&s))
					/* MultiIndex.copy(levels=, codes=) rebuilds the
					 * index without checking its codes */
					ADD(&st, tp, "dangerous-callable",
					    "copy(%.*s=...) makes an index whose codes pandas does "
					    "not check, read past its levels: build it with "
					    "pd.MultiIndex.from_arrays or set_levels",
					    (int)tp->len, tp->text);
				if (IS(tp, "_metadata") && !tok_is(&s.prev, SX_TOK_NAME, "def"))
					metadata_names(&st, &s, tp,
						       !after_dot && stmt_start &&
							   cur_class(&st) >= 0 &&
							   class_line(&st, tp->col));
				if (IS(tp, "NamedAgg") && !tok_is(&s.prev, SX_TOK_NAME, "def") &&
				    !tok_is(&s.prev, SX_TOK_NAME, "class") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
				    !tok_is(&stmt_first, SX_TOK_NAME, "import"))
					named_agg_args(&st, &s, tp);
				if (IS(tp, "aggfunc") && depth > 0 &&
				    !(def_params > 0 && depth == def_params) && !after_dot &&
				    keyword_argument(&s)) {
					/* pivot_table, crosstab, NamedAgg: agg's function by
					 * another name, a string looked up as a method */
					struct stream v;

					stream_fork(&v, &s);
					advance(&v);
					advance(&v);
					dispatch_func(&st, &v, tp, true, true);
				}
				if (IS(tp, "__new__") && after_dot && !new_class_ok(&st, &s))
					ADD(&st, tp, "dunder-attribute",
					    "__new__ makes an object of the class it is given "
					    "first, "
					    "bypassing that class's own checks (np.memmap opens a "
					    "path): call it with cls, super().__new__(cls, ...)");
				/* x.__new__ is ndarray's whenever x is an array, or
				 * a class of it, or super() in a subclass: only a
				 * builtin type's is known not to be */
				if ((array_class(tp) ||
				     (IS(tp, "__new__") && after_dot && !builtin_new(&prev2))) &&
				    !array_call_ok(&s, IS(tp, "__new__")))
					ADD(&st, tp, "dangerous-callable",
					    "%.*s() with a buffer, offset or strides makes an "
					    "array "
					    "over bytes the script wrote, object pointers "
					    "included: "
					    "np.empty, np.zeros, np.array or np.frombuffer",
					    (int)tp->len, tp->text);
				if (IS(tp, "backend") && !(def_params > 0 && depth == def_params)) {
					struct sx_tok nx = peek_next(&s);
					if (after_dot ? assign_op(&nx) || st.attr_target
						      : depth > 0 && tok_is(&nx, SX_TOK_OP, "=") &&
							    !backend_ok(&s))
						ADD(&st, tp, "runtime-name",
						    "a plotting backend is a module pandas imports "
						    "by its name: leave the default (matplotlib)");
				}
			}
			/* xs: list = field(...) in a class body: xs is the Field object
			 * until @dataclass reads the class, which pastes its name into
			 * code; read in the body (keep = [xs], def f(self, x=xs), a
			 * match subject), it is handed over to be renamed */
			if (IS(tp, "field") && nx_is_call(&s) && body_stmt &&
			    stmt_first.kind == SX_TOK_NAME &&
			    (tok_is(&s.prev, SX_TOK_OP, "=") ||
			     (after_dot && tok_is(&lead, SX_TOK_OP, "=")))) {
				hset_add(&st.fieldnames, stmt_first.text, stmt_first.len);
				/* in a plain class, K.f stays the Field object, and a
				 * dataclass that inherits it pastes its name */
				if (cur_class(&st) >= 0 && !st.classes[cur_class(&st)].dataclass)
					ADD(&st, tp, "runtime-name",
					    "field() in a class that is not a @dataclass stays a "
					    "Field object, whose name a dataclass deriving from it "
					    "pastes into code: decorate the class with @dataclass");
			} else if (st.fieldnames.used && !after_dot &&
				   tp->text != stmt_first.text &&
				   ((nblocks && !bdef[nblocks - 1]) ||
				    (def_params > 0 && depth == def_params && nblocks > 1 &&
				     !bdef[nblocks - 2] && !param_name_at(&s.prev))) &&
				   hset_find(&st.fieldnames, tp->text, tp->len))
				ADD(&st, tp, "runtime-name",
				    "'%.*s' in its class's body is the dataclasses Field object, "
				    "whose name dataclasses pastes into the code it generates: use "
				    "it only as the attribute's default",
				    (int)tp->len, tp->text);
			if (st.actioncls.used && !after_dot && tp->kind == SX_TOK_NAME &&
			    !tok_is(&stmt_first, SX_TOK_NAME, "class") && nx_is_call(&s) &&
			    hset_find(&st.actioncls, tp->text, tp->len))
				action_made(&st, tp);
			if (tp->non_ascii) {
				/* Python folds identifiers with NFKC: "ｅｖａｌ" is eval. */
				add(out, tp, "non-ascii-identifier",
				    sx_xasprintf("identifier '%.*s' is not plain ASCII",
						 (int)tp->len, tp->text));
			} else if (IS(tp, "from") && stmt_start) {
				/* Elsewhere "from" is "yield from" or "raise ... from". */
				class_import(&st, tp, nblocks && !bdef[nblocks - 1]);
				check_from(&s, &st);
				stmt_start = false;
				continue;
			} else if (IS(tp, "import")) {
				/* A keyword: wherever it stands it starts an import (or
				 * broken code, which Python refuses anyway). */
				class_import(&st, tp, nblocks && !bdef[nblocks - 1]);
				check_import(&s, &st);
				stmt_start = false;
				continue;
			} else if (after_dot) {
				size_t had;
				bool lit_ag;
				struct sx_tok after;
				if (dispatch_method(tp))
					check_dispatch(&st, &s, tp, &prev2);
				else if (IS(tp, "register") && !register_ok(&st, &s))
					ADD(&st, tp, "runtime-name",
					    "register() without a class reads the function's "
					    "annotations, which typing evaluates as code: name the "
					    "class, @f.register(float)");
				else if (parse_method(tp) && !namespace_ok(&s))
					ADD(&st, tp, "runtime-name",
					    "%.*s() with a namespace sets attributes of that "
					    "object by the options' names: let it make its own, "
					    "args = p.%.*s(argv), or pass argparse.Namespace()",
					    (int)tp->len, tp->text, (int)tp->len, tp->text);
				/* C.method: decided at the end, when the classes
				 * and their methods are known (unbound_calls) */
				if (prev2.kind == SX_TOK_NAME &&
				    (!recv_self || IS(&prev2, "cls")) && !chain) {
					if (st.nonclass + 2 > st.caponclass) {
						st.caponclass =
						    st.caponclass ? 2 * st.caponclass : 256;
						st.onclass = sx_xrealloc(
						    st.onclass, st.caponclass * sizeof *st.onclass);
						st.onclass_in = sx_xrealloc(
						    st.onclass_in,
						    st.caponclass / 2 * sizeof *st.onclass_in);
					}
					st.onclass_in[st.nonclass / 2] = cur_class(&st);
					st.onclass[st.nonclass++] = prev2;
					st.onclass[st.nonclass++] = *tp;
				}
				if (recv_self && nx_is_assign(&s))
					hset_add(&st.selfattrs, tp->text, tp->len);
				if (prev2.kind == SX_TOK_NAME && in_place_method(tp))
					hset_add(&st.changed, prev2.text, prev2.len);
				/* pd.DataFrame.zz: an accessor the script registers is
				 * its class there (decided at the end) */
				if (!is_dunder(tp) &&
				    (lib_value ||
				     (prev2.kind == SX_TOK_NAME && !prev_name_dot &&
				      hset_find(&st.modfuncs, prev2.text, prev2.len))) &&
				    !nx_is_call(&s))
					pend(&st, tp, 'Z');
				had = out->n;
				lit_ag = chain && IS(tp, "attrgetter") &&
					 strcmp(chain, "operator") == 0 &&
					 literal_attrgetter(&st, &s, tp);
				if (chain && !lit_ag) {
					next_chain = module_attr(&st, chain, tp);
					next_lib_value = !next_chain && out->n == had;
					if (next_chain &&
					    !module_read(&s, &stmt_first, depth, def_params))
						module_value(&st, tp, next_chain,
							     strlen(next_chain));
				}
				if (out->n > had || lit_ag)
					; /* the module table said why, or read the call */
				else if (is_private(tp) && table_last(tp->text, tp->len) == 'P')
					ADD(&st, tp, "private-name",
					    "'%.*s' is a module's private attribute that leads out "
					    "of the allowed modules",
					    (int)tp->len, tp->text);
				else if (sp == SP_FORMAT &&
					 (prev2.kind != SX_TOK_STRING || fjoined) &&
					 !literal_arguments(&s)) {
					if (prev2.kind == SX_TOK_NAME && !prev_name_dot &&
					    !IS(tp, "format_index"))
						pend(&st, &prev2,
						     'L'); /* a name holding a literal */
					else
						ADD(&st, tp, "format-field",
						    "%.*s() on a string built at run time can "
						    "reach "
						    "into objects: use an f-string or a literal "
						    "format string",
						    (int)tp->len, tp->text);
				} else if (is_dunder(tp) && operator_dunder(tp) &&
					   (lib_value ||
					    (prev2.kind == SX_TOK_NAME && !prev_name_dot &&
					     hset_find(&st.modfuncs, prev2.text, prev2.len))))
					/* pd.Flags.__getitem__(x, k): a library class's method
					 * run on any object (getattr(x, k) there) */
					ADD(&st, tp, "dunder-attribute",
					    "'%.*s' of a library class runs on whatever object it "
					    "is "
					    "given first: use the operator on an object of the "
					    "class "
					    "(flags[k], x + y)",
					    (int)tp->len, tp->text);
				else if (is_dunder(tp) &&
					 !filtered_in(&st.fdund, cfg->allowed_dunders, tp->text,
						      tp->len) &&
					 !operator_dunder(tp) && !self_setattr(&st, &s, tp) &&
					 !class_name_read(&s))
					ADD(&st, tp, "dunder-attribute",
					    "attribute '%.*s' is not allowed", (int)tp->len,
					    tp->text);
				else if (frame_attribute(tp))
					ADD(&st, tp, "frame-attribute",
					    "'%.*s' reaches a frame, code object or traceback",
					    (int)tp->len, tp->text);
				else if (!builtin_name(tp) &&
					 filtered_in(&st.fname, cfg->forbidden_names, tp->text,
						     tp->len))
					/* p.fromfile_prefix_chars = "@": a refused keyword
					 * set as the attribute it becomes. */
					ADD(&st, tp, "forbidden-attribute",
					    "'%.*s' is refused as a name, a keyword and an "
					    "attribute",
					    (int)tp->len, tp->text);
				else if (filtered_in(&st.fattr, cfg->forbidden_attributes, tp->text,
						     tp->len)) {
					/* "self.system = ...": the script's own attribute,
					 * unless the table knows the name as a way out. */
					struct sx_tok nx = peek_next(&s);
					if (table_last(tp->text, tp->len))
						ADD(&st, tp, "forbidden-attribute",
						    "attribute '%.*s' is not allowed", (int)tp->len,
						    tp->text);
					else if (recv_self && tok_is(&nx, SX_TOK_OP, "="))
						hset_add(&st.own, tp->text, tp->len);
					else /* self.x too: self may be a DataFrame subclass */
						pend(&st, tp, 'a');
				} else if (tok_is(tp, SX_TOK_NAME, "query") ||
					   tok_is(tp, SX_TOK_NAME, "eval")) {
					check_query(&st, &s, tp, recv_self);
				} else if (getattr_by_name(&st, &s, tp, sp, &stmt_first))
					; /* said there */
				else if (sp == SP_FILE_IO && !file_args_ok(&st, &s) &&
					 !(tok_is(tp, SX_TOK_NAME, "dump") &&
					   prev2.kind == SX_TOK_NAME && bound(&st, &prev2) &&
					   strcmp(bound(&st, &prev2), "json") == 0))
					/* json.dump(obj, fp): not a path; a module's
					 * reader is never the script's own, whatever it
					 * defines. */
					pend(&st, tp, chain ? 'g' : 'h');
				else if (sp == SP_DICT_MUTATE && prev2.kind == SX_TOK_NAME)
					hset_add(&st.computed, prev2.text, prev2.len);
				else if (sp == SP_FILE_IO && io_positional(&st, &s, tp, tp))
					; /* said there */
				else if (sp == SP_STREAM && recv_self &&
					 (after = peek_next(&s), tok_is(&after, SX_TOK_OP, "="))) {
					sdef_add(&st, tp);
					pend(&st, tp, 'S');
				} else if (sp ==
					   SP_STREAM) /* o = sys.stdout; o.buffer.raw: io.FileIO */
					pend_on(&st, tp, 's', recv_self, &prev2);
				else if (!chain && leads_out(cfg, tp))
					ADD(&st, tp, "module-escape",
					    "'%.*s' is an attribute by which modules of the "
					    "allowed ones hold a module outside them: reach "
					    "modules only by import",
					    (int)tp->len, tp->text);
				else if (!chain && dangerous_name(tp))
					ADD(&st, tp, "dangerous-callable",
					    "'%.*s' turns data into code or reaches outside the "
					    "sandbox",
					    (int)tp->len, tp->text);
				else if (!chain && is_private(tp) && !namedtuple_api(tp)) {
					/* self._x is fine when the script defines _x: decided
					 * at the end, when every definition has been seen. */
					struct sx_tok nx = peek_next(&s);
					/* self._x = v, self._x: T = v */
					if (base_is_self && !mangled(tp) &&
					    (assign_op(&nx) ||
					     (tok_is(&nx, SX_TOK_OP, ":") && depth == 0 &&
					      stmt_first.text == prev2.text &&
					      eq_ahead(&s, depth, false)))) {
						sdef_add(&st, tp);
						pend(&st, tp, 'S');
					} else
						pend_on(&st, tp, 'p', recv_self && !mangled(tp),
							&prev2);
				}
			} else {
				const char *mod = bound(&st, tp);
				bool kw = depth > 0 && depth != def_params &&
					  (in_case || sp == SP_SETTER_KW || sp == SP_DEST) &&
					  keyword_argument(&s);

				if (mod && !module_read(&s, &stmt_first, depth, def_params))
					module_value(&st, tp, tp->text, tp->len);
				if (tok_is(&s.prev, SX_TOK_NAME, "def") ||
				    tok_is(&s.prev, SX_TOK_NAME, "class")) {
					bool cls = tok_is(&s.prev, SX_TOK_NAME, "class");
					hset_add(&st.own, tp->text, tp->len);
					if (!(cls ? st.decor_class : st.decor_def))
						hset_add(&st.defs, tp->text, tp->len);
					if (!cls) {
						hset_add(&st.fdefs, tp->text, tp->len);
						if (st.ndefsites == st.capdefsites)
							st.defsites = sx_xrealloc(
							    st.defsites,
							    (st.capdefsites =
								 st.capdefsites ? 2 * st.capdefsites
										: 64) *
								sizeof *st.defsites);
						st.defsites[st.ndefsites++] = *tp;
						/* a method called on the class takes its
						 * object as the first argument */
						if (!st.decor_cm && cur_class(&st) >= 0)
							hset_add(&st.imethods, tp->text, tp->len);
					}
					if (!cls && (st.decor_prop || datetime_duck(tp))) {
						/* a conversion, numpy's datetime one, a
						 * library base's own methods read it: see
						 * conv_prepare(), pend 'P' */
						size_t from = st.ncreads;
						unsigned char fl = 0;
						bool pure = pure_convert(&st, &s, s.prev.col, &fl);

						conv_pend(&st, tp, 'P', pure, fl, from,
							  cur_class(&st), st.decor_prop);
					}
					if (!cls && cur_class(&st) >= 0 &&
					    shadow_name(tp->text, tp->len))
						shadow_bound(&st, tp, true);
					if (st.decor_prop && !cls) {
						hset_add(&st.props, tp->text, tp->len);
						pend(&st, tp, 'V');
						st.pend[st.npend - 1].cls = cur_class(&st);
					}
					if (!cls)
						def_method = !st.decor_static &&
							     cur_class(&st) >= 0 &&
							     class_line(&st, stmt_first.col);
					/* a classmethod's body: super() there is bound to
					 * the class, its methods plain functions */
					if (!cls && st.decor_cm && !st.decor_static &&
					    cm_col == 0) {
						cm_col = stmt_first.col;
						cm_line = tp->line;
					}
					st.decor_class = st.decor_def = st.decor_cm = false;
					st.decor_dc = false;
					st.decor_own.kind = SX_TOK_EOF;
					st.decor_foreign.kind = SX_TOK_EOF;
					st.decor_prop = st.decor_static = false;
				}
				if (tok_is(&s.prev, SX_TOK_NAME, "def") &&
				    (IS(tp, "__exit__") || IS(tp, "__aexit__")))
					check_exit(&st, &s, &stmt_first, def_method);
				/* pandas.eval's and DataFrame.eval/query's expression, passed
				 * to them through a method looked up by name. */
				if (tok_is(tp, SX_TOK_NAME, "super") &&
				    !super_ok(&st, &s, cm_col != 0))
					ADD(&st, tp, "private-name",
					    "super() in a classmethod, or super(C, x) with x other "
					    "than "
					    "self, hands over the parent's methods as plain "
					    "functions, "
					    "which run on any object as self: call them on an "
					    "instance, "
					    "or call the parent's classmethods");
				if (depth > 0 && depth != def_params && !in_case && !lambda_at &&
				    tok_is(tp, SX_TOK_NAME, "kwargs") && keyword_argument(&s) &&
				    !kwargs_value_ok(&st, &s))
					ADD(&st, tp, "runtime-name",
					    "kwargs= hands its keys to a function as keyword "
					    "names, "
					    "which its **kw may spread on: give a dict of literal "
					    "keys, kwargs={\"n\": 3}");
				/* Namespace(utcoffset=f): numpy calls it by name
				 * on a tzinfo (helper-found, attack12cc_006) */
				if (depth > 0 && depth <= SX_LEX_MAX_BRACKETS &&
				    depth != def_params && !in_case && !lambda_at &&
				    by_name_method(tp) && keyword_argument(&s) &&
				    keyword_setter(&calls[depth]))
					ADD(&st, tp, "dunder-name",
					    "keyword '%.*s' of %.*s() binds it otherwise than by a "
					    "def: numpy, datetime and Counter call it by name "
					    "while "
					    "they hold objects without a reference: name it "
					    "otherwise",
					    (int)tp->len, tp->text, (int)calls[depth].len,
					    calls[depth].text);
				/* f(_codes=v), Namespace(dtype=v): attributes a
				 * library sets by keyword, pandas' own names (pend
				 * 'e': fine for a def of the script's) */
				if (depth > 0 && depth <= SX_LEX_MAX_BRACKETS &&
				    depth != def_params && !in_case && !lambda_at &&
				    ((tp->text[0] == '_' && !is_dunder(tp)) || IS(tp, "dtype")) &&
				    keyword_argument(&s)) {
					if (calls[depth].kind != SX_TOK_NAME)
						ADD(&st, tp, "private-name",
						    "keyword '%.*s' of a call the check cannot "
						    "name: "
						    "an attribute a library sets by keyword "
						    "(Namespace(_codes=...)) passes for pandas' "
						    "own: "
						    "name it publicly",
						    (int)tp->len, tp->text);
					else if (tp->text[0] == '_' ||
						 keyword_setter(&calls[depth]))
						pend_on(&st, tp, 'e', false, &calls[depth]);
					else
						pend_on(&st, tp, 'e', true, &calls[depth]);
				}
				/* K.m(self=x): the object a method runs on, named:
				 * through a class object (or a wrapper that passes
				 * **kwargs on) it is any object */
				if (depth > 0 && depth != def_params && !in_case && !lambda_at &&
				    tok_is(tp, SX_TOK_NAME, "self") && keyword_argument(&s))
					ADD(&st, tp, "private-name",
					    "self= names the object a method runs on: called "
					    "through a "
					    "class object or a wrapper, the method runs on any "
					    "object; "
					    "call methods on an instance, obj.m(...)");
				if (depth > 0 && depth != def_params && !in_case &&
				    tok_is(tp, SX_TOK_NAME, "expr") && keyword_argument(&s))
					ADD(&st, tp, "dataframe-query",
					    "expr= is pandas' expression to evaluate as code: "
					    "compute with the columns, or use a boolean mask, "
					    "df[df.a > x]");
				if (mod && strcmp(mod, "sys") == 0) {
					struct stream c;

					stream_fork(&c, &s);
					advance(&c);
					bool ok =
					    tok_is(&c.cur, SX_TOK_OP, ".") &&
					    (advance(&c), tok_is(&c.cur, SX_TOK_NAME, "argv"));

					if (ok && (!argv_read(&c) ||
						   tok_is(&s.prev, SX_TOK_NAME, "del"))) {
						ADD(&st, tp, "sys-attribute",
						    "sys.argv is read, not changed: a library "
						    "module run by name reads it as its own "
						    "arguments; copy it, args = sys.argv[1:]");
						said_here = true;
					} else if (ok && argv_whole(&c) &&
						   !tok_is(&s.prev, SX_TOK_NAME, "in") &&
						   !(depth > 0 && depth <= SX_LEX_MAX_BRACKETS &&
						     argv_reader(&calls[depth]))) {
						/* a = sys.argv; a.extend(...): changed
						 * through another name */
						ADD(&st, tp, "sys-attribute",
						    "sys.argv handed over whole may be changed "
						    "where "
						    "the check cannot see: copy it, args = "
						    "sys.argv[1:] or list(sys.argv)");
						said_here = true;
					}

					/* sys.stdout/stderr as values (print's file=) or to
					 * write: their buffer and raw file reach io.FileIO,
					 * which opens any path. */
					if (!ok && (tok_is(&c.cur, SX_TOK_NAME, "stdout") ||
						    tok_is(&c.cur, SX_TOK_NAME, "stderr"))) {
						advance(&c);
						ok =
						    !tok_is(&c.cur, SX_TOK_OP, ".") ||
						    (advance(&c),
						     tok_is(&c.cur, SX_TOK_NAME, "write") ||
							 tok_is(&c.cur, SX_TOK_NAME, "flush") ||
							 tok_is(&c.cur, SX_TOK_NAME, "writelines"));
					}
					/* sys.exit(main()): SystemExit, called here */
					if (!ok && tok_is(&c.cur, SX_TOK_NAME, "exit")) {
						advance(&c);
						ok = tok_is(&c.cur, SX_TOK_OP, "(");
					}
					if (!ok)
						ADD(&st, tp, "sys-attribute",
						    "only sys.argv, sys.stdout, sys.stderr and "
						    "sys.exit() may be used: read arguments with "
						    "sys.argv or argparse");
				} else if (mod) {
					next_chain = mod;
					chain_assigned = assign_eq && s.prev.text == assign_eq;
				}
				if (in_case && kw) {
					/* case C(attr=pattern): a getattr by a constant name, on an
					 * object of a class the script must define. */
					const char *rule = door_attribute(&st, tp->text, tp->len);
					/* A method taken without its call: the check reads the
					 * arguments only at a call (df.query, to_csv, format). */
					if (!rule && (sp == SP_FILE_IO || sp == SP_FORMAT ||
						      tok_is(tp, SX_TOK_NAME, "query") ||
						      tok_is(tp, SX_TOK_NAME, "eval")))
						rule = "runtime-name";
					if (rule)
						ADD(&st, tp, rule,
						    "class pattern keyword '%.*s' reads that "
						    "attribute: it is not allowed",
						    (int)tp->len, tp->text);
					if (depth <= SX_LEX_MAX_BRACKETS &&
					    callee[depth].kind == SX_TOK_NAME) {
						pend(&st, &callee[depth], 'c');
						callee[depth].kind = SX_TOK_EOF;
					}
				} else if (kw && sp == SP_SETTER_KW) {
					ADD(&st, tp, "runtime-name",
					    "keyword '%.*s' sets or reads attributes by name: keep "
					    "values looked up by name in a dict",
					    (int)tp->len, tp->text);
				} else if (kw && sp == SP_DEST) {
					struct stream c;

					stream_fork(&c, &s);
					advance(&c);
					advance(&c);
					char v[128];
					size_t n = 0;
					bool lit = c.cur.kind == SX_TOK_STRING &&
						   literal_value(&c.cur, v, sizeof v, &n, NULL);

					if (!lit ||
					    (advance(&c), !tok_is(&c.cur, SX_TOK_OP, ",") &&
							      !tok_is(&c.cur, SX_TOK_OP, ")")))
						ADD(&st, tp, "runtime-name",
						    "dest= must be a string literal: a name built "
						    "at run time sets any attribute");
					else if ((n > 0 && v[0] == '_') ||
						 filtered_in(&st.fname, cfg->forbidden_names, v,
							     n) ||
						 by_name_method(&(struct sx_tok){
						     .kind = SX_TOK_NAME, .text = v, .len = n}))
						ADD(&st, tp, "runtime-name",
						    "dest= names the attribute parse_args sets: a "
						    "public name the rules allow, not \"%.*s\"",
						    (int)n, v);
				}
				if (sp != SP_NONE && !tok_is(&s.prev, SX_TOK_NAME, "def") && !kw &&
				    !(def_params > 0 && depth == def_params)) {
					if (getattr_by_name(&st, &s, tp, sp, &stmt_first))
						; /* said there */
					else if (sp == SP_FILE_IO &&
						 !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
						 !tok_is(tp, SX_TOK_NAME, "dump")) {
						struct sx_tok nx = peek_next(&s);
						/* Only a call: a variable may be named "save";
						 * but an imported reader is one as a value too,
						 * and never the script's own. */
						if (tok_is(&nx, SX_TOK_OP, "(")
							? !file_args_ok(&st, &s)
							: imp != NULL)
							pend(&st, tp, imp ? 'g' : 'f');
						else if (tok_is(&nx, SX_TOK_OP, "("))
							io_positional(&st, &s, tp, on);
					}
				}
				if (IS(tp, "type")) {
					struct sx_tok nx = peek_next(&s);
					if (tok_is(&nx, SX_TOK_OP, "(") &&
					    (!wrapper_args_ok(&s, 1) || result_called(&s)))
						ADD(&st, tp, "runtime-name",
						    "type() with three arguments (or type(x)(...)) "
						    "makes a class from names given at run time: "
						    "write a class statement");
					else if (tok_is(&nx, SX_TOK_OP, "(") &&
						 !tok_is(&s.prev, SX_TOK_NAME, "def") &&
						 !type_use_ok(&st, &s,
							      plain_call(calls, method, depth)
								  ? &calls[depth]
								  : NULL))
						ADD(&st, tp, "runtime-name",
						    "type(x) hands over the class of an object, "
						    "which may open files or run code (a reader, a "
						    "memory map, a zip file): test it with "
						    "isinstance(), compare it (type(a) is B), or "
						    "print type(x).__name__");
				}

				if (filtered_in(&st.fname, cfg->forbidden_names, tp->text,
						tp->len) &&
				    !(depth > 0 && builtin_name(tp) &&
				      (kw || keyword_argument(&s))) &&
				    !(builtin_name(tp) && tok_is(&s.prev, SX_TOK_NAME, "def")) &&
				    !(builtin_name(tp) && field) && !literal_getattr(&st, &s, tp) &&
				    !literal_attrgetter(&st, &s, tp) &&
				    !attrgetter_imported(
					&s, tok_is(&stmt_first, SX_TOK_NAME, "from")) &&
				    !local_builtin(&st, src, len, tp))
					ADD(&st, tp, "forbidden-name", "'%.*s' is not allowed%s",
					    (int)tp->len, tp->text, forbidden_hint(tp));
				else if (is_dunder(tp) &&
					 !filtered_in(&st.fdund, cfg->allowed_dunders, tp->text,
						      tp->len) &&
					 !tok_is(&s.prev, SX_TOK_NAME, "def") &&
					 tp->text != alias_lhs && tp->text != alias_rhs.text)
					ADD(&st, tp, "dunder-name", "name '%.*s' is not allowed",
					    (int)tp->len, tp->text);
				else if ((IS(tp, "__str__") || IS(tp, "__repr__")) &&
					 tok_is(&s.prev, SX_TOK_NAME, "def") &&
					 cur_class(&st) >= 0 &&
					 st.classes[cur_class(&st)].value_base)
					ADD(&st, tp, "dunder-name",
					    "def '%.*s' in a subclass of a numpy.ma class: its "
					    "format prints it for any spec, "
					    "\"{x:03d}\" in a path included; wrap the value "
					    "instead",
					    (int)tp->len, tp->text);
				else if (is_dunder(tp) && tok_is(&s.prev, SX_TOK_NAME, "def") &&
					 !definable_dunder(tp) &&
					 !filtered_in(&st.fdund, cfg->allowed_dunders, tp->text,
						      tp->len))
					ADD(&st, tp, "dunder-name",
					    "def '%.*s' changes how Python reads attributes or "
					    "types: define operators, __init__, __repr__ and "
					    "ordinary methods",
					    (int)tp->len, tp->text);
				if ((is_private(tp) &&
				     (tok_is(&s.prev, SX_TOK_NAME, "def") ||
				      tok_is(&s.prev, SX_TOK_NAME, "class") || stmt_start)) ||
				    (tp->len == 7 && IS(tp, "__new__") &&
				     (tok_is(&s.prev, SX_TOK_NAME, "def") || stmt_start)))
					sdef_add(&st, tp); /* __new__: see class_named_owns */
			}
			if (in_case && depth == 0 && IS(tp, "if"))
				in_case = false; /* the guard and the body are code */
			if (value_first(&s, assign_eq, depth, &assign_name))
				note_assigned(&st, &s, &rhs, &assign_name, '\0');
			/* Names bound otherwise than by "NAME = 'component'" are
			 * not string constants: targets of for, as, lambda,
			 * parameters, captures, imports and tuples. */
			if (!after_dot) {
				struct sx_tok lv;
				/* for t in ("A", "B"): t is a string constant. */
				bool safe;
				if (IS(tp, "for") && depth == 0 && component_loop(&s, &lv, &safe)) {
					hset_add(&st.strconst, lv.text, lv.len);
					if (!safe)
						hset_add(&st.unsafe_lit, lv.text, lv.len);
				} else if (IS(tp, "for"))
					for_at = depth + 1;
				else if (IS(tp, "in") && for_at == depth + 1)
					for_at = 0;
				else if (IS(tp, "lambda"))
					lambda_at = depth + 1, stmt_lambda = true;
				else if (for_at || lambda_at || (in_case && capture_name(&s)) ||
					 tok_is(&s.prev, SX_TOK_NAME, "as") ||
					 /* a parameter (not a name in its annotation
					  * or default) */
					 (def_params > 0 && depth == def_params && !param_annot &&
					  (tok_is(&s.prev, SX_TOK_OP, "(") ||
					   tok_is(&s.prev, SX_TOK_OP, ",") ||
					   tok_is(&s.prev, SX_TOK_OP, "**"))) ||
					 tok_is(&stmt_first, SX_TOK_NAME, "from") ||
					 tok_is(&stmt_first, SX_TOK_OP, "(") ||
					 tok_is(&stmt_first, SX_TOK_OP, "[") ||
					 tok_is(&s.prev, SX_TOK_OP, "*") ||
					 (depth == 0 && !stmt_eq &&
					  tok_is(&s.prev, SX_TOK_OP, ",")) ||
					 (as_depth && depth >= as_depth) ||
					 /* a, (b, c) = v: a target in brackets (not
					  * x: List[C] = v's annotation) */
					 (depth > 0 && !stmt_eq && !annot &&
					  (tok_is(&s.prev, SX_TOK_OP, ",") ||
					   tok_is(&s.prev, SX_TOK_OP, "(") ||
					   tok_is(&s.prev, SX_TOK_OP, "[")) &&
					  !keyword_argument(&s) &&
					  target_at(&s, &s.prev, for_at, stmt_eq, &stmt_has_eq,
						    depth, &stmt_first))) {
					hset_add(&st.rebound, tp->text, tp->len);
					if (!tok_is(&stmt_first, SX_TOK_NAME, "from") &&
					    !tok_is(&stmt_first, SX_TOK_NAME, "import"))
						hset_add(&st.valbound, tp->text, tp->len);
					/* self or cls bound as anything but a def's
					 * parameter (a lambda's, a loop's, as): not the
					 * method's object any more */
					if ((IS(tp, "self") || IS(tp, "cls")) &&
					    !(def_params > 0 && depth == def_params)) {
						struct sx_tok nx = peek_next(&s);
						if (!tok_is(&nx, SX_TOK_OP, "."))
							st.self_rebound = true;
					}
					/* a parameter named self of a def that is no
					 * plain method (a function, a nested def, a
					 * staticmethod) is any object */
					if ((IS(tp, "self") || IS(tp, "cls")) && def_params > 0 &&
					    depth == def_params && !def_method)
						st.self_rebound = true;
					/* nor one that is not the method's first
					 * (def m(this, self), def m(x, self=None)):
					 * the caller gives any object */
					if ((IS(tp, "self") || IS(tp, "cls")) && def_params > 0 &&
					    depth == def_params &&
					    !tok_is(&s.prev, SX_TOK_OP, "(") &&
					    !tok_is(&s.prev, SX_TOK_OP, "=") &&
					    !tok_is(&s.prev, SX_TOK_OP, ":"))
						st.self_rebound = true;
				}
			}
			break;
		}
		case SX_TOK_STRING:
		case SX_TOK_FSTRING_MIDDLE:
			line_start = false;
			/* f"{x}" "...": one string made at run time */
			if (tp->kind == SX_TOK_STRING)
				fjoined =
				    pk == SX_TOK_FSTRING_END || (pk == SX_TOK_STRING && fjoined);
			if (tp->kind == SX_TOK_STRING && !compression_key_ok(&s))
				ADD(&st, tp, "host-path",
				    "a \"compression\" key hands its dict to the archive module "
				    "(tarfile's tarinfo=): give a literal method, \"gzip\", or a "
				    "dict "
				    "of literals with method, compresslevel, mtime or "
				    "archive_name");
			if (tp->kind == SX_TOK_STRING && backend_key(&s))
				ADD(&st, tp, "runtime-name",
				    "a plotting backend is a module pandas imports by its name: "
				    "leave the default (matplotlib); a dict spread into a call "
				    "gives its keys as keywords");
			if (in_case && depth > 0 && tp->kind == SX_TOK_STRING) {
				/* case {"exec": f}: a subscript by a constant name. */
				struct sx_tok nx = peek_next(&s);
				const char *b, *rule;
				size_t n;
				bool raw;

				string_body(tp, &b, &n, &raw);
				if (nx.kind == SX_TOK_STRING || nx.kind == SX_TOK_FSTRING_START)
					ADD(&st, tp, "runtime-name",
					    "a pattern key in pieces: write it as one string");
				else if (tok_is(&nx, SX_TOK_OP, ":") &&
					 (rule = door_attribute(&st, b, n)))
					ADD(&st, tp, rule,
					    "mapping pattern key '%.*s' names a door out: it is "
					    "not allowed",
					    (int)(n > 40 ? 40 : n), b);
			}
			/* A string annotation is code that typing.get_type_hints and
			 * functools.singledispatch evaluate; the check cannot read it. */
			if (tp->kind == SX_TOK_STRING && !plain_type(tp) &&
			    (tok_is(&s.prev, SX_TOK_OP, "->") ||
			     (tok_is(&s.prev, SX_TOK_OP, ":") &&
			      ((def_params > 0 && depth == def_params) ||
			       (depth == 0 && prev2.kind == SX_TOK_NAME &&
				prev2.text == stmt_first.text &&
				!tok_is(&prev2, SX_TOK_NAME, "else") &&
				!tok_is(&prev2, SX_TOK_NAME, "try") &&
				!tok_is(&prev2, SX_TOK_NAME, "finally"))))))
				add(out, tp, "string-annotation",
				    sx_xstrdup("an annotation in a string is evaluated as code: "
					       "write it as a type, x: int, or a plain forward "
					       "reference, \"Money\""));
			/* A string that starts a statement may be a docstring:
			 * decided at the next token. */
			if (stmt_start && tp->kind == SX_TOK_STRING) {
				deferred = *tp;
				have_deferred = true;
				text_signature(&st, &s);
			} else {
				/* ("NAME(...)\n--\n\n") is a docstring as well */
				if (paren_lead && tp->kind == SX_TOK_STRING)
					text_signature(&st, &s);
				check_string(&st, tp,
					     (tp->kind == SX_TOK_FSTRING_MIDDLE &&
					      s.prev.kind != SX_TOK_FSTRING_START) ||
						 (tok_is(&s.prev, SX_TOK_OP, "+") &&
						  prev2.kind != SX_TOK_STRING &&
						  prev2.kind != SX_TOK_FSTRING_END));
			}
			if (value_first(&s, assign_eq, depth, &assign_name))
				note_assigned(&st, &s, &rhs, &assign_name, '\0');
			break;
		case SX_TOK_OP: {
			/* By its byte: each operator runs only its own part. op
			 * is '\0' for an operator of two or three bytes. */
			char op = (char)tp->op;

			line_start = op == ';';
			if (line_start) {
				/* "m = np.lib": m is that module from here on. */
				if (chain && chain_assigned && assign_name.kind == SX_TOK_NAME)
					bind(&st, &assign_name, chain, strlen(chain));
				assign_eq = eq0 = NULL;
				assign_name.kind = SX_TOK_EOF;
				stmt_eq = false;
				annot = stmt_lambda = false;
				stmt_has_eq = -1;
				next_stmt_start = true;
				break;
			}
			if (op == '.' && chain)
				next_chain = chain;
			if (op == '.')
				next_lib_value = lib_value;
			if (in_case && depth == 0 && op == ':')
				in_case = false;
			if (op == '\0') {
				/* not case {"k": v, **rest}: a capture of the other
				 * keys, a dict whose spread is read where it is */
				/* nor {**a, "k": v}: a display's keys are read where
				 * it is spread; nor "{a} {b}".format(**d): the literal
				 * names the keys it reads */
				if (tok_is(tp, SX_TOK_OP, "**") && depth > 0 && !in_case &&
				    (tok_is(&s.prev, SX_TOK_OP, "(") ||
				     tok_is(&s.prev, SX_TOK_OP, ",")) &&
				    !(depth <= SX_LEX_MAX_BRACKETS && bkind[depth] == '{') &&
				    !(depth <= SX_LEX_MAX_BRACKETS && method[depth] &&
				      literal_format_call(src, &calls[depth]))) {
					/* f(**{k: v}): the keys are keyword names, which
					 * the check reads only when they are literals;
					 * f(**name) only with a def's own **kwargs or a
					 * name only ever assigned a dict with literal keys
					 * (decided at the end). */
					struct stream c;

					stream_fork(&c, &s);
					advance(&c);
					if (def_params > 0 && depth == def_params) {
						if (c.cur.kind == SX_TOK_NAME)
							hset_add(&st.kwparams, c.cur.text,
								 c.cur.len);
					} else if ((tok_is(&c.cur, SX_TOK_OP, "{")
							? !literal_keys(&c)
							: c.cur.kind != SX_TOK_NAME) ||
						   !spread_alone(&c)) {
						ADD(&st, tp, "runtime-name",
						    "keyword names computed at run time: write "
						    "the keywords, f(name=value), or a dict with "
						    "literal keys");
					} else if (tok_is(&c.cur, SX_TOK_OP, "{") &&
						   !display_keys_ok(&st, &c)) {
						ADD(&st, tp, "runtime-name",
						    "a key spread as a keyword that the check "
						    "reads "
						    "by name (fastpath, verify_integrity, a "
						    "private "
						    "name): write it as a keyword, f(name=value)");
					} else if (c.cur.kind == SX_TOK_NAME &&
						   depth <= SX_LEX_MAX_BRACKETS &&
						   guarded_call(&calls[depth])) {
						ADD(&st, tp, "runtime-name",
						    "'**%.*s' into %.*s() may carry a keyword it "
						    "refuses (allow_pickle, fromfile_prefix_chars, "
						    "local_dict), named at run time: write the "
						    "keywords",
						    (int)c.cur.len, c.cur.text,
						    (int)calls[depth].len, calls[depth].text);
					} else if (c.cur.kind == SX_TOK_NAME) {
						struct sx_tok fr;
						pend(&st, &c.cur, 'k');
						/* ROW.format(**d): as "lit".format(**d)
						 * when ROW holds one literal (pend 'L') */
						if (depth <= SX_LEX_MAX_BRACKETS && method[depth] &&
						    name_format_call(src, &calls[depth], &fr))
							st.pend[st.npend - 1].recv = fr;
					}
				}
			}
			if (value_first(&s, assign_eq, depth, &assign_name))
				note_assigned(&st, &s, &rhs, &assign_name, op);
			if (op == '\0') {
				if (tok_is(tp, SX_TOK_OP, "->"))
					annot = true; /* to the def's ":" */
				if ((tok_is(tp, SX_TOK_OP, "+=") || tok_is(tp, SX_TOK_OP, "*=") ||
				     tok_is(tp, SX_TOK_OP, "%=") || tok_is(tp, SX_TOK_OP, "|=")) &&
				    depth == 0 && s.prev.kind == SX_TOK_NAME &&
				    s.prev.text == stmt_first.text) {
					/* name += "al"; kw |= {...}: keys the check may
					 * not read. */
					if (tok_is(tp, SX_TOK_OP, "|="))
						hset_add(&st.computed, s.prev.text, s.prev.len);
					else
						hset_add(&st.built, s.prev.text, s.prev.len);
				}
				/* Names bound otherwise than by "NAME = 'component'":
				 * the targets of augmented assignments and walrus. */
				if (s.prev.kind == SX_TOK_NAME && tp->len >= 2 && assign_op(tp))
					rebind(&st, &s.prev, true);
				if (tok_is(tp, SX_TOK_OP, "**") && depth > 0 &&
				    depth <= SX_LEX_MAX_BRACKETS &&
				    (tok_is(&s.prev, SX_TOK_OP, "(") ||
				     tok_is(&s.prev, SX_TOK_OP, ",")))
					argstar[depth] = true;
				break;
			}
			/* One byte: the names before ":", "," and "=" that are
			 * bound otherwise than by "NAME = 'component'" (annotated
			 * and tuple targets), then the brackets. */
			switch (op) {
			case ':':
				if (s.prev.kind == SX_TOK_NAME && depth == 0 &&
				    s.prev.text == stmt_first.text && !annotated_none(&s))
					rebind(&st, &s.prev, true);
				/* x: T, self.x: T: an annotation, not a block's ":"
				 * (which ends a def's "-> T") */
				if (depth == 0)
					annot = !stmt_lambda && stmt_first.kind == SX_TOK_NAME &&
						!block_keyword(&stmt_first);
				/* eq_ahead() stops at a block's ":": what follows
				 * it on the line is asked anew (if c: [a.x] = v) */
				if (depth == 0)
					stmt_has_eq = -1;
				if (def_params > 0 && depth == def_params)
					param_annot = true;
				if (lambda_at == depth + 1)
					lambda_at = 0;
				next_stmt_start = true;
				break;
			case ',':
				if (s.prev.kind == SX_TOK_NAME && depth == 0 && !stmt_eq)
					rebind(&st, &s.prev,
					       !tok_is(&stmt_first, SX_TOK_NAME, "from") &&
						   !tok_is(&stmt_first, SX_TOK_NAME, "import"));
				if (def_params > 0 && depth == def_params)
					param_annot = false;
				if (depth > 0 && depth <= SX_LEX_MAX_BRACKETS && !argkw[depth])
					argn[depth]++;
				break;
			case '=':
				/* x: T = v: T is the annotation's, no target */
				if (s.prev.kind == SX_TOK_NAME && depth == 0 &&
				    s.prev.text != stmt_first.text && !annot)
					rebind(&st, &s.prev, true);
				if (depth == 0)
					annot = false;
				if (def_params > 0 && depth == def_params)
					param_annot = false;
				if (depth == 0 && lambda_at != 1) {
					/* x = [a] = v, x = a, b = v: the check reads the
					 * targets after the first as values */
					struct sx_tok item = {.kind = SX_TOK_NAME};
					bool one = eq0 && plain_target(eq0 + 1, tp->text, &item);
					if (one && item.len) {
						/* x = d[k] = v: d's items change, by a key the
						 * check did not read */
						hset_add(&st.changed, item.text, item.len);
						hset_add(&st.computed, item.text, item.len);
					} else if (eq0 && !one)
						ADD(&st, tp, "runtime-name",
						    "a chained assignment binds its later targets "
						    "where the check does not follow them: only "
						    "names, attributes and items there (a = b = 0, "
						    "self.hi = "
						    "self.lo = p); unpack in a statement of its "
						    "own, "
						    "x = v; [a] = x");
					eq0 = tp->text;
				}
				stmt_eq = stmt_eq || depth == 0;
				if (depth == 0 && s.prev.kind == SX_TOK_NAME &&
				    s.prev.text == stmt_first.text) {
					assign_eq = tp->text;
					assign_name = s.prev;
				}
				if (depth > 0 && depth <= SX_LEX_MAX_BRACKETS)
					argkw[depth] = true; /* f(a, k=v): positionals end */
				break;
			case '*':
				if (depth > 0 && depth <= SX_LEX_MAX_BRACKETS &&
				    (tok_is(&s.prev, SX_TOK_OP, "(") ||
				     tok_is(&s.prev, SX_TOK_OP, ",")))
					argstar[depth] = true;
				break;
			case '[':
				if (depth == 0 && s.prev.kind == SX_TOK_NAME &&
				    s.prev.text == stmt_first.text) {
					/* kw[key] = v: keys the check may not read
					 * (kw["back" + "end"] too: one literal, then
					 * "]"); its items change: no longer the
					 * display it was. */
					if (!literal_item(&s))
						hset_add(&st.computed, s.prev.text, s.prev.len);
					hset_add(&st.changed, s.prev.text, s.prev.len);
				}
				/* fall through */
			case '(':
			case '{':
				/* x: f(), def g(y: f()): an annotation made at run time,
				 * a string typing may evaluate as code */
				if (op == '(' && (annot || param_annot) &&
				    (s.prev.kind == SX_TOK_NAME ||
				     tok_is(&s.prev, SX_TOK_OP, ")") ||
				     tok_is(&s.prev, SX_TOK_OP, "]")))
					ADD(&st, tp, "runtime-name",
					    "a call in an annotation makes it at run time, a "
					    "string "
					    "typing evaluates as code (get_type_hints, "
					    "singledispatch): write the type, x: float");
				depth++;
				if (!as_depth && tok_is(&s.prev, SX_TOK_NAME, "as"))
					as_depth = depth;
				if (depth <= SX_LEX_MAX_BRACKETS) {
					bkind[depth] = op;
					bsub[depth] =
					    op == '[' && (s.prev.kind == SX_TOK_NAME ||
							  s.prev.kind == SX_TOK_STRING ||
							  tok_is(&s.prev, SX_TOK_OP, ")") ||
							  tok_is(&s.prev, SX_TOK_OP, "]"));
					method[depth] = tok_is(&prev2, SX_TOK_OP, ".");
					calls[depth] = op == '(' && s.prev.kind == SX_TOK_NAME
							   ? s.prev
							   : (struct sx_tok){.kind = SX_TOK_EOF};
					argn[depth] = 0;
					argkw[depth] = argstar[depth] = false;
				}
				if (in_case && depth <= SX_LEX_MAX_BRACKETS)
					callee[depth] = op == '(' && s.prev.kind == SX_TOK_NAME
							    ? s.prev
							    : (struct sx_tok){.kind = SX_TOK_EOF};
				if (in_case && op == '(' && s.prev.kind == SX_TOK_NAME &&
				    s.prev.text != stmt_first.text && !self_matching(&s.prev)) {
					/* case C(v): reads the attribute C.__match_args__
					 * names, a getattr by a name the class gives at run
					 * time unless it is the script's own class. */
					struct stream c;

					stream_fork(&c, &s);
					advance(&c);
					if (!tok_is(&c.cur, SX_TOK_OP, ")") && !at_keyword(&c))
						pend(&st, &s.prev, 'C');
				}
				if (op == '(' && tok_is(&prev2, SX_TOK_NAME, "def") &&
				    s.prev.kind == SX_TOK_NAME)
					def_params = depth;
				break;
			case ')':
			case ']':
			case '}':
				st.made.kind = SX_TOK_EOF;
				/* NAME(...) with more than six positional arguments
				 * or a spread: refused at the end if NAME is a subclass
				 * of ArgumentParser (its seventh is prefix_chars, its
				 * eighth fromfile_prefix_chars). */
				if (op == ')' && plain_call(calls, method, depth)) {
					if (argstar[depth] || argn[depth] + !argkw[depth] > 6)
						pend(&st, &calls[depth], 'A');
					/* E("Z", names): an Enum's functional API (an Enum
					 * of the script too), decided at the end */
					if ((argstar[depth] || argkw[depth] || argn[depth] >= 1) &&
					    !(depth == 1 &&
					      tok_is(&stmt_first, SX_TOK_NAME, "class")) &&
					    hset_find(&st.classish, calls[depth].text,
						      calls[depth].len))
						pend(&st, &calls[depth], 'E');
					st.made = calls[depth];
				}
				if (depth == def_params)
					def_params = 0, param_annot = false;
				if (depth == as_depth)
					as_depth = 0;
				depth -= depth > 0;
				break;
			}
			break;
		}
		case SX_TOK_NEWLINE:
			line_start = true;
			/* "m = np.lib": m is that module from here on. */
			if (chain && chain_assigned && assign_name.kind == SX_TOK_NAME)
				bind(&st, &assign_name, chain, strlen(chain));
			assign_eq = eq0 = NULL;
			assign_name.kind = SX_TOK_EOF;
			lambda_at = 0;
			for_at = 0;
			stmt_eq = false;
			annot = stmt_lambda = false;
			stmt_has_eq = -1;
			next_stmt_start = true;
			break;
		default:
			line_start = false;
			if (value_first(&s, assign_eq, depth, &assign_name))
				note_assigned(&st, &s, &rhs, &assign_name, '\0');
			break;
		}
		prev2 = s.prev;
		if (stmt_start || paren_lead)
			paren_lead = tp->op == '('; /* a one-byte operator's */
		if (tp->kind == SX_TOK_NAME && !tok_is(&s.prev, SX_TOK_OP, ".")) {
			const char *m = bound(&st, tp);

			root = (struct root){.module = m && strcmp(m, "sys") != 0,
					     .sys = m && strcmp(m, "sys") == 0,
					     .said = said_here};
		} else if (tp->kind == SX_TOK_NAME) {
			root.options |= (root.module && root.parts == 0 && IS(tp, "options"));
			root.parts++;
		} else if ((root.module || root.sys) && tp->op != '.') {
			root.module = root.sys = false;
		}
		next_token(&s);
		stmt_start = next_stmt_start;
		chain = next_chain;
		lib_value = next_lib_value;
	}
	rhs_result(&st, &rhs);
	st.tspans.complete = !s.failed && s.cur.kind == SX_TOK_EOF;
	if (s.failed) {
		struct sx_tok at = {.line = 0, .col = 0};
		int line = 0, col = 0;
		const char *msg = s.err.msg;

		/* The lexer's message starts with "LINE:COL: ". */
		if (sscanf(msg, "%d:%d: ", &line, &col) == 2)
			msg = strstr(msg, ": ") + 2;
		at.line = line;
		at.col = col;
		add(out, &at, "syntax", sx_xasprintf("cannot tokenize: %s", msg));
	}
	if (hset_find(&st.assigns, "self", 4) || hset_find(&st.assigns, "cls", 3))
		st.self_rebound = true; /* self = other */
	if (st.nclasses && !s.failed)
		unbound_bases(&st, src, len);
	/* the classes and their bases are final: library_bases(),
	 * library_base() and plain_class() may keep their answers */
	walk.lbs = sx_xcalloc(st.nclasses ? st.nclasses * 17 : 1, 1);
	walk.lb = sx_xcalloc(st.nclasses ? st.nclasses * 9 : 1, 1);
	walk.plain = sx_xcalloc(st.nclasses ? st.nclasses * 9 : 1, 1);
	unbound_calls(&st, src, len);
	if (st.actions.used)
		action_uses(&st, src, len);
	bool *lib_any = NULL; /* library_related()'s cache */
	const struct sx_tok *iter_bad = NULL;
	/* passthrough_decorator()'s answer by name (sp 1 yes, 2 no): it reads
	 * every def of the script, once a name, not once a decorated method */
	struct hset passdeco = {0};
	struct defindex defidx = {.prev = NULL};
	struct conv_ctx cctx;
	bool conv_ready = false;
	if (st.nclasses)
		mixed_comparisons(&st);
	if (st.factories.used)
		factory_defs(&st, src, len);
	bool enums_known = false; /* st.enumnames filled */
	for (size_t i = 0; i < st.npend && out->n - before < SX_POLICY_MAX_VIOLATIONS; i++) {
		const struct sx_tok *p = &st.pend[i].tok;

		switch (st.pend[i].kind) {
		case 'p':
			/* Only self._x inside the class that defines _x (or x._x
			 * on x = C() of such a class): a decoy of the same name
			 * elsewhere proves nothing. */
			if (!object_owns(&st, &st.pend[i]))
				ADD(&st, p, "private-name",
				    "'%.*s' is private: only self.%.*s inside the class of this "
				    "script that defines it (or on an object of that class) is the "
				    "script's own; use the public API",
				    (int)p->len, p->text, (int)p->len, p->text);
			break;
		case 's':
			if (!object_owns(&st, &st.pend[i]))
				ADD(&st, p, "forbidden-attribute",
				    "a stream's '%.*s' leads to io.FileIO, which opens any path: "
				    "only self.%.*s of a class of this script that sets it is its "
				    "own",
				    (int)p->len, p->text, (int)p->len, p->text);
			break;
		case 'M':
			field_verdict(&st, &st.pend[i], &lib_any);
			break;
		case 'G': {
			if (!conv_ready) {
				conv_prepare(&st, &cctx, src, len);
				conv_ready = true;
			}
			if (!(st.has_len || (st.pend[i].cls >= 0 &&
					     library_related(&st, st.pend[i].cls, &lib_any))))
				break;
			int ib =
			    st.pend[i].pure && !pure_property(&st)
				? iter_attrs_bad(&st, &st.pend[i], &lib_any, src, len, &iter_bad)
				: 0;
			if (ib == 1)
				ADD(&st, iter_bad, "dunder-name",
				    "def '%.*s' iterates or indexes '%.*s', which may hold a "
				    "generator, a "
				    "map() or a defaultdict whose factory runs there (numpy runs "
				    "it while "
				    "it holds objects without a reference): give it only a new "
				    "list, "
				    "dict, set or tuple, self.%.*s = list(values), and read "
				    "self.%.*s "
				    "alone",
				    (int)p->len, p->text, (int)iter_bad->len, iter_bad->text,
				    (int)iter_bad->len, iter_bad->text, (int)iter_bad->len,
				    iter_bad->text);
			else if (ib == 2)
				ADD(&st, p, "dunder-name",
				    "def '%.*s' iterates or indexes attributes of a class with a "
				    "library base "
				    "in its family, which may set them to anything (Namespace from "
				    "keywords) while numpy holds objects without a reference: keep "
				    "library objects in plain classes",
				    (int)p->len, p->text);
			else if (!st.pend[i].pure || pure_property(&st))
				ADD(&st, p, "dunder-name",
				    "def '%.*s' in a script with a __len__ (or a class with a "
				    "library "
				    "base): numpy takes such an object for a sequence and reads it "
				    "through this inside its loops over object arrays, while it "
				    "holds "
				    "objects without a reference: only read an item or iterate an "
				    "attribute there, return self.items[i], return "
				    "iter(self.items)",
				    (int)p->len, p->text);
			break;
		}
		case 'I':
			if (st.pend[i].cls < 0 || script_new(&st) ||
			    library_related(&st, st.pend[i].cls, &lib_any))
				ADD(&st, p, "runtime-name",
				    "__slots__ with private names are names copy reads and sets "
				    "by getattr and setattr, on the object a __new__ of the "
				    "script's makes, or over a library base's own: write public "
				    "names, __slots__ = (\"price\", \"qty\")");
			break;
		case 'B':
		case 'P': {
			/* a conversion, a property or a datetime name: numpy
			 * reads year, month, ... off any object; a library base's
			 * methods read their own names (Series' iloc,
			 * UserString's data), but an Enum's, a NamedTuple's, an
			 * ABC's read none (reading_class()) */
			char why[160];
			const char *bad;

			if (!conv_ready) {
				conv_prepare(&st, &cctx, src, len);
				conv_ready = true;
			}
			bad = conv_bad(&st, &st.pend[i], why, sizeof why);
			if (bad && st.pend[i].kind == 'B')
				ADD(&st, p, "dunder-name",
				    "def '%.*s': numpy calls it while it turns a list or a row "
				    "into an array, holding their items without a reference, and "
				    "%s: only convert there, return float(self.amount)",
				    (int)p->len, p->text, bad);
			else if (bad &&
				 (datetime_duck(p) ||
				  (st.pend[i].cls >= 0 &&
				   (some_ancestor(&st, st.pend[i].cls, 16, reading_class, NULL) ||
				    (IS(p, "data") &&
				     library_related(&st, st.pend[i].cls, &lib_any))))))
				ADD(&st, p, "dunder-name",
				    "'%.*s': %s, and %s: numpy and pandas call it while they hold "
				    "objects without a reference (a list they turn into an array, "
				    "a "
				    "row, a sort), where one that changes them frees an object "
				    "still in use: only convert there, or name it otherwise",
				    (int)p->len, p->text, bad,
				    datetime_duck(p)
					? "numpy reads it off any object it turns into a datetime"
					: "a library base's own methods read it");
			else if (st.pend[i].kind == 'P' && st.pend[i].self_recv && IS(p, "data") &&
				 st.pend[i].cls >= 0 &&
				 library_related(&st, st.pend[i].cls, &lib_any))
				/* what it returns is UserList's items: a defaultdict
				 * whose factory runs in len() and [] (attack12cc_019) */
				ADD(&st, p, "dangerous-callable",
				    "property 'data' of a class with a library base in its family: "
				    "the library's own methods (UserList's len() and [], an "
				    "array's "
				    "buffer) read what it returns, inside numpy's loops too: name "
				    "it "
				    "otherwise");
			break;
		}
		case 'i':
			/* a class in a type alias (check_positional()) */
			if (!type_alias_stmt(&st, &st.pend[i].recv, true))
				ADD(&st, p, "forbidden-name", VALUE_CALLED, (int)p->len, p->text);
			break;
		case 'e':
			/* f(_x=v): a private keyword names an attribute a
			 * library (Namespace) sets, unless f is a def of the
			 * script's */
			/* self_recv: dtype= to a callee other than Namespace's:
			 * a class of the script's derived from it */
			if (st.pend[i].self_recv ? namespace_class(&st, &st.pend[i].recv, &lib_any)
						 : (!hset_find(&st.fdefs, st.pend[i].recv.text,
							       st.pend[i].recv.len) ||
						    hset_find(&st.classnames, st.pend[i].recv.text,
							      st.pend[i].recv.len)))
				ADD(&st, p, "private-name",
				    "keyword '%.*s' of %.*s(), no def of this script's: a library "
				    "class sets an attribute by that name (Namespace(_codes=..., "
				    "dtype=...)), and pandas takes such an object for its own: "
				    "name it otherwise",
				    (int)p->len, p->text, (int)st.pend[i].recv.len,
				    st.pend[i].recv.text);
			break;
		case 'y':
			/* a base by a plain name: a class of the script, imported
			 * under a class's name, a builtin's or unbound; not a
			 * value the script binds (z = np.load(...), a parameter,
			 * a loop's, a module) */
			if (st.pend[i].pure /* a path's root: a module, or bound nowhere */
				? !bound(&st, p) && (hset_find(&st.assigns, p->text, p->len) ||
						     hset_find(&st.rebound, p->text, p->len) ||
						     hset_find(&st.classnames, p->text, p->len) ||
						     hset_find(&st.fdefs, p->text, p->len))
				: st.pend[i].self_recv
				      ? hset_find(&st.assigns, p->text, p->len) ||
					    hset_find(&st.valbound, p->text, p->len)
				      : !class_name_base(&st, src, len, p))
				ADD(&st, p, "runtime-name",
				    "base '%.*s' may hold an object, not a class (the script binds "
				    "it "
				    "otherwise than by a class statement: an assignment, a "
				    "parameter, "
				    "a loop, an import of a value or a module), and Python builds "
				    "the "
				    "class by calling the object's type with the class's name, "
				    "bases "
				    "and body (NpzFile(name, bases, body) reads pickles): derive "
				    "from a "
				    "class",
				    (int)p->len, p->text);
			break;
		case 'j':
			if (st.pend[i].cls >= 0 &&
			    some_ancestor(&st, st.pend[i].cls, 16, reading_class, "builtins"))
				ADD(&st, p, "runtime-name",
				    "'%.*s' in a class with a library base shadows that library's "
				    "method, which its own code calls by name (Counter's operators "
				    "call self.items(), a Series' str() self.to_string()), inside "
				    "numpy's and pandas' loops too: name it otherwise, or keep the "
				    "library object in an attribute",
				    (int)p->len, p->text);
			break;
		case 'X':
			if (st.pend[i].cls >= 0 && library_related(&st, st.pend[i].cls, &lib_any))
				ADD(&st, p, "dunder-name",
				    "'%.*s' in a class with a library base: Fraction's and "
				    "datetime's comparisons call it (.imag, utcoffset()) inside "
				    "numpy's and pandas' loops over object arrays, while they hold "
				    "objects without a reference: keep the value in a plain class, "
				    "or use datetime.timezone for a fixed offset",
				    (int)p->len, p->text);
			break;
		case 'Y': {
			char why[256];
			if (!conv_ready) {
				conv_prepare(&st, &cctx, src, len);
				conv_ready = true;
			}
			if (!pure_ok(&st, st.pend[i].cls, st.pend[i].cflags, &lib_any, why,
				     sizeof why))
				ADD(&st, p, "dunder-name",
				    "def '%.*s': numpy and pandas call it while they hold objects "
				    "without a reference; %s",
				    (int)p->len, p->text, why);
			break;
		}
		case 'V':
			/* @dataclass's __eq__, __hash__ and order read the fields,
			 * which numpy and pandas call while they hold objects
			 * without a reference: a property there runs the script */
			if (st.afields.used && hset_find(&st.afields, p->text, p->len) &&
			    field_shared(&st, st.pend[i].cls, p))
				ADD(&st, p, "dunder-name",
				    "property '%.*s' has the name of a class's field: @dataclass's "
				    "__eq__, __hash__ and ordering read it, which numpy and pandas "
				    "call while they hold objects without a reference, and a "
				    "getter "
				    "that changes an array frees an object still in use: name the "
				    "property otherwise",
				    (int)p->len, p->text);
			break;
		case 'L':
			/* fmt.format(...): the one literal fmt holds was read by
			 * the string rules */
			if (!literal_only(&st, p, &st.assigns, &st.nonfmt))
				ADD(&st, p, "format-field",
				    "%.*s.format() on a string not only ever one literal can "
				    "reach into objects: assign it one literal format string "
				    "(fmt = \"{:.2f}\") or use an f-string",
				    (int)p->len, p->text);
			break;
		case 'g':
			ADD(&st, p, "host-path",
			    "%.*s() with a path built at run time may reach any file: write the "
			    "path as a literal under /data (or relative)",
			    (int)p->len, p->text);
			break;
		case 'n':
			if (!literal_only(&st, p, &st.strconst, &st.nonconst))
				ADD(&st, p, "host-path",
				    "'{%.*s}' in a path may hold '..' at run time: assign it "
				    "string literals only (name = \"prices\", for name in (\"a\", "
				    "\"b\"):), or format an integer, f\"/data/day{i:03d}.csv\"",
				    (int)p->len, p->text);
			break;
		case 'C':
			if (!own(&st, p) || bound_otherwise(&st, p) ||
			    !plain_class(&st, p->text, p->len, 0))
				ADD(&st, p, "runtime-name",
				    "class pattern with positional captures on '%.*s' reads the "
				    "attributes its __match_args__ names at run time: match on a "
				    "class statement of this script or a builtin type, case "
				    "int(n), or test attributes in code",
				    (int)p->len, p->text);
			break;
		case 'a':
			if (!own(&st, p))
				ADD(&st, p, "forbidden-attribute",
				    "attribute '%.*s' is not allowed", (int)p->len, p->text);
			else if (object_name(p->text, p->len))
				/* self.tofile = ... makes no x.tofile(path) the
				 * script's: x (self too) may be an array */
				ADD(&st, p, "forbidden-attribute",
				    "attribute '%.*s' is not allowed: library objects (an "
				    "array, a class) have one of that name, and the object may "
				    "be one whatever the script assigns; name the script's "
				    "attribute otherwise",
				    (int)p->len, p->text);
			break;
		case 'c':
			if (!own(&st, p) || hset_find(&st.rebound, p->text, p->len) ||
			    hset_find(&st.assigns, p->text, p->len))
				ADD(&st, p, "runtime-name",
				    "class pattern with keywords on '%.*s', a class this script "
				    "does not define, reads any attribute: match on a class of the "
				    "script, or test attributes in code",
				    (int)p->len, p->text);
			break;
		case 'q':
			/* self.eval(x) is pandas' eval whenever self is not
			 * this script's object (a DataFrame subclass, a mixin
			 * after a library base, a method called on another
			 * object): a def of that name proves nothing. */
			if (own(&st, p))
				ADD(&st, p, "dataframe-query",
				    "self.%.*s() with an expression built at run time is pandas' "
				    "%.*s() when self is a DataFrame or another object: name the "
				    "script's own method otherwise (evaluate, select)",
				    (int)p->len, p->text, (int)p->len, p->text);
			else
				ADD(&st, p, "dataframe-query",
				    "%.*s() evaluates its string as code: use a boolean mask, "
				    "df[df.a > x]",
				    (int)p->len, p->text);
			break;
		case 'E':
			/* the names of the script's Enums, once: a class is
			 * called with arguments at many places */
			if (!enums_known) {
				enums_known = true;
				for (size_t k = 0; k < st.nclasses; k++)
					if (enum_class(&st, (int)k))
						hset_add(&st.enumnames, st.classes[k].name.text,
							 st.classes[k].name.len);
			}
			if (st.enumnames.used && hset_find(&st.enumnames, p->text, p->len))
				ADD(&st, p, "runtime-name",
				    "%.*s(...) with more than a value is the Enum functional API, "
				    "which makes a class whose attribute names are its arguments: "
				    "look members up with %.*s(value) or %.*s[\"NAME\"], and write "
				    "new Enums as class statements",
				    (int)p->len, p->text, (int)p->len, p->text, (int)p->len,
				    p->text);
			break;
		case 'Z':
			if (st.accessors.used && hset_find(&st.accessors, p->text, p->len))
				ADD(&st, p, "runtime-name",
				    "accessor '%.*s' read off a pandas class is the accessor's "
				    "class, whose methods run on any object: read it off an "
				    "object, "
				    "df.%.*s",
				    (int)p->len, p->text, (int)p->len, p->text);
			break;
		case 'S':
			if (st.self_rebound)
				ADD(&st, p, "private-name",
				    "self.%.*s = ... where self is also bound otherwise (a loop, "
				    "with ... as, a lambda's or a nested def's parameter) writes "
				    "into whatever object that is: leave self the method's own",
				    (int)p->len, p->text);
			break;
		case 'W': {
			struct hslot *e = hset_add(&passdeco, p->text, p->len);

			if (!defidx.prev)
				defindex_build(&defidx, &st);
			if (!e->sp)
				e->sp = passthrough_decorator(&st, &defidx, src, len, p) ? 1 : 2;
			if (e->sp == 2)
				ADD(&st, p, "private-name",
				    "decorator '%.*s' in a class's body is given the method as a "
				    "plain function, which it may run on any object as self: a "
				    "def of this script may only wrap it, def %.*s(f): with "
				    "@functools.wraps(f) on a def that calls f(*args, **kwargs), "
				    "and return f or that def",
				    (int)p->len, p->text, (int)p->len, p->text);
			break;
		}
		case 'k':
			if (st.pend[i].recv.kind == SX_TOK_NAME &&
			    literal_only(&st, &st.pend[i].recv, &st.assigns, &st.nonfmt))
				break; /* fmt.format(**d), fmt one literal format string */
			if (hset_find(&st.readkeys, p->text, p->len)) {
				ADD(&st, p, "runtime-name",
				    "'**%.*s' spreads a key the check reads as a keyword by its "
				    "name (fastpath, verify_integrity, a private name): write it "
				    "as a keyword, f(name=value)",
				    (int)p->len, p->text);
				break;
			}
			if ((!hset_find(&st.literal, p->text, p->len) &&
			     !hset_find(&st.kwparams, p->text, p->len)) ||
			    hset_find(&st.computed, p->text, p->len) ||
			    (st.dictbad.used && hset_find(&st.dictbad, p->text, p->len)))
				ADD(&st, p, "runtime-name",
				    "'**%.*s' may hold keyword names computed at run time: spread "
				    "only a dict with literal keys, or a def's own **kwargs",
				    (int)p->len, p->text);
			break;
		case 'U':
			/* _os with no binding in the script: a name some other
			 * module's globals put there (update_wrapper on the
			 * script's namespace). */
			if (!hset_find(&st.assigns, p->text, p->len) &&
			    !hset_find(&st.rebound, p->text, p->len) && !own(&st, p) &&
			    !hset_find(&st.strconst, p->text, p->len) &&
			    !(st.imported.used && hset_find(&st.imported, p->text, p->len)) &&
			    !bound(&st, p))
				ADD(&st, p, "private-name",
				    "'%.*s' is bound nowhere in this script: a private name "
				    "comes from the script's own assignment, def, class or "
				    "import",
				    (int)p->len, p->text);
			break;
		case 'K': {
			/* one undecorated class statement before the use */
			int k = class_before(&st, p->text, p->len, p->text);
			if (k < 0 || st.classes[k].decorated || bound_otherwise(&st, p))
				ADD(&st, p, "runtime-name",
				    "register(%.*s): not a builtin type, a module's class or a "
				    "class statement of this script; a function's annotations are "
				    "evaluated as code: name the class",
				    (int)p->len, p->text);
			break;
		}
		case 'A':
			if (hset_find(&st.parsers, p->text, p->len))
				ADD(&st, p, "forbidden-name",
				    "%.*s derives from ArgumentParser, whose seventh and eighth "
				    "parameters are prefix_chars and fromfile_prefix_chars: at "
				    "most "
				    "six positional arguments, no *args or **kwargs; pass the "
				    "options "
				    "as keywords",
				    (int)p->len, p->text);
			break;
		case 'T':
			if (!hset_find(&st.displays, p->text, p->len) ||
			    hset_find(&st.nondisplays, p->text, p->len) ||
			    hset_find(&st.rebound, p->text, p->len) ||
			    hset_find(&st.built, p->text, p->len))
				ADD(&st, p, "runtime-name",
				    "type(x)(%.*s): '%.*s' is not only ever a list or dict, and "
				    "the class of an object may open a path it is given (a reader, "
				    "a memory map): build the object with its own class",
				    (int)p->len, p->text, (int)p->len, p->text);
			break;
		case 'R':
			if (!known_callable(&st, p))
				ADD(&st, p, "runtime-name",
				    "'%.*s' is not a def or class of this script, and this call "
				    "looks a string up as a method and passes it arguments: pass a "
				    "def or a lambda, or a literal name such as \"sum\"",
				    (int)p->len, p->text);
			break;
		case 'N': {
			const struct hslot *e;
			/* agg(how): a function (a def, f = np.mean, f = lambda:
			 * assigned once), a name only ever assigned safe method names
			 * (how = "sum", for how in ("sum", "mean")), or a dict or
			 * list display named nowhere else. */
			if (!known_callable(&st, p) &&
			    !(hset_find(&st.modfuncs, p->text, p->len) &&
			      (e = hset_find(&st.assigns, p->text, p->len)) && e->sp == 1 &&
			      !hset_find(&st.rebound, p->text, p->len)) &&
			    !(hset_find(&st.lambdas, p->text, p->len) &&
			      (e = hset_find(&st.assigns, p->text, p->len)) && e->sp == 1 &&
			      !hset_find(&st.strconst, p->text, p->len) &&
			      !hset_find(&st.built, p->text, p->len) &&
			      !hset_find(&st.rebound, p->text, p->len)) &&
			    !(hset_find(&st.strconst, p->text, p->len) &&
			      !hset_find(&st.nonconst, p->text, p->len) &&
			      !hset_find(&st.unsafe_lit, p->text, p->len) &&
			      !hset_find(&st.rebound, p->text, p->len) && !own(&st, p)) &&
			    !display_only_dispatched(&st, src, len, p))
				ADD(&st, p, "runtime-name",
				    "'%.*s' is not a def of this script, a module's function or a "
				    "name only ever assigned literal names of safe methods: this "
				    "call looks a string up as a method, and a name read at run "
				    "time may be any: pass a def, a lambda, a literal name such as "
				    "\"sum\", or the dict itself, agg({\"a\": \"sum\"})",
				    (int)p->len, p->text);
			break;
		}
		case 'F': {
			const struct hslot *e = hset_find(&st.factories, p->text, p->len);
			if (!hset_find(&st.defs, p->text, p->len) ||
			    hset_find(&st.assigns, p->text, p->len) ||
			    hset_find(&st.rebound, p->text, p->len) || !e || e->sp != 1)
				ADD(&st, p, "runtime-name",
				    "%.*s(...) is given where a string is looked up as a method, "
				    "and its result may be one: pass a def, a lambda, or a call of "
				    "a def whose every return is a def inside it or a lambda",
				    (int)p->len, p->text);
			break;
		}
		case 'J': {
			/* a _metadata name: no def (a property) of the script */
			char v[64];
			size_t n;

			if (literal_value(p, v, sizeof v, &n, NULL) &&
			    (hset_find(&st.fdefs, v, n) || hset_find(&st.defs, v, n)))
				ADD(&st, p, "runtime-name",
				    "_metadata name '%.*s' is also a def of this script: pandas "
				    "copies the value another object has under that name into it "
				    "(a method of pandas' included)",
				    (int)n, v);
			break;
		}
		case 'Q':
			/* partial(f) as agg's function: functools' (or numpy's,
			 * operator's) only, not a def of the same name. */
			if (!(st.imported.used && hset_find(&st.imported, p->text, p->len)) ||
			    hset_find(&st.defs, p->text, p->len) ||
			    hset_find(&st.fdefs, p->text, p->len) ||
			    hset_find(&st.assigns, p->text, p->len))
				ADD(&st, p, "runtime-name",
				    "'%.*s' is not imported from functools, numpy, operator or "
				    "pandas here, and its result is given to a call that looks a "
				    "string up as a method: import it, from functools import "
				    "partial",
				    (int)p->len, p->text);
			break;
		case 'D':
			/* id(x) is x's address, what every forged object starts
			 * from; a name id of the script's own is fine. */
			if (!hset_find(&st.assigns, p->text, p->len) &&
			    !hset_find(&st.rebound, p->text, p->len) &&
			    !hset_find(&st.fdefs, p->text, p->len) &&
			    !(st.imported.used && hset_find(&st.imported, p->text, p->len)))
				ADD(&st, p, "forbidden-name",
				    "id() gives an object's address, from which forged objects "
				    "are made: compare objects with is, key them by the objects "
				    "themselves");
			break;
		case 'O':
			if (st.cmp_dunder)
				ADD(&st, p, "dangerous-callable",
				    "an in-place %.*s() of an object array calls this script's "
				    "comparison methods while numpy holds the array's pointers "
				    "(one "
				    "that changes the array frees an object still in use): use "
				    "sorted(x) or np.sort(x), which sort a copy",
				    (int)p->len, p->text);
			break;
		case 'm':
			/* and self is the method's object, and nothing sets the
			 * name as an attribute (a.fn = "eval", for a.fn in ...) */
			if (!hset_find(&st.defs, p->text, p->len) || st.self_rebound ||
			    hset_find(&st.attr_tgts, p->text, p->len) ||
			    hset_find(&st.props, p->text, p->len) ||
			    hset_find(&st.selfattrs, p->text, p->len) ||
			    hset_find(&st.assigns, p->text, p->len))
				ADD(&st, p, "runtime-name",
				    "'%.*s' is not a method of this script's classes, or is also "
				    "assigned: this call looks a string up as a method: pass a def "
				    "or "
				    "a lambda",
				    (int)p->len, p->text);
			break;
		case 'r':
			if (hset_find(&st.built, p->text, p->len))
				ADD(&st, p, "runtime-name",
				    "'%.*s' holds a name built at run time, which this call looks "
				    "up as a method: pass a function, or its name as a literal "
				    "string",
				    (int)p->len, p->text);
			break;
		case 'f':
		case 'h':
			/* read_rows(p) of a def of the script is its own; not
			 * x.read_csv(p) on an object ('h'): the library's reader
			 * whenever x is not an object of the script's class
			 * that defines read_csv, which the check cannot know */
			if (st.pend[i].kind == 'h' && own(&st, p))
				ADD(&st, p, "host-path",
				    "%.*s() on an object, with a path built at run time, is the "
				    "library's %.*s() when the object is not this script's: name "
				    "the script's own method otherwise (load_prices), or write the "
				    "path as a literal under /data (or relative)",
				    (int)p->len, p->text, (int)p->len, p->text);
			else if (st.pend[i].kind == 'h' || !own(&st, p))
				ADD(&st, p, "host-path",
				    "%.*s() with a path built at run time may reach any file: "
				    "write the path as a literal under /data (or relative), or "
				    "f\"/data/{name}.csv\" with name a string constant",
				    (int)p->len, p->text);
			break;
		}
	}
	free(lib_any);
	hset_free(&passdeco);
	hset_free(&defidx.names);
	free(defidx.prev);
	/* A private name defined in a class that derives from a library class
	 * overrides the library's internals, which its methods read: pandas'
	 * Flags.__getitem__ is getattr(self, key) for any key in self._keys,
	 * and a subclass defines _keys. */
	/* A class of the script mixed into one derived from a library class
	 * (class S(pd.Series.cat, M)) runs its methods on that object too:
	 * its private names replace the library's as well. */
	for (size_t c = 0; st.nsdefs && c < st.nclasses; c++) {
		if (library_base(&st, &st.classes[c], 0)) {
			st.classes[c].lib = 2;
			mark_mixins(&st, (int)c, 0);
		} else if (!st.classes[c].lib) {
			st.classes[c].lib = 1; /* unless a later class mixes it in */
		}
	}
	for (size_t i = 0; i < st.nsdefs && out->n - before < SX_POLICY_MAX_VIOLATIONS; i++) {
		const struct sdef *d = &st.sdefs[i];
		struct sclass *k;

		if (d->cls < 0 || d->tok.text == st.classes[d->cls].name.text /* its own name */ ||
		    subclass_hook(d->tok.text, d->tok.len) || is_dunder(&d->tok) /* __new__ */)
			continue;
		k = &st.classes[d->cls];
		if (k->lib == 1)
			continue;
		ADD(&st, &d->tok, "private-name",
		    "'%.*s' in a class derived from a library class replaces that library's own "
		    "private attribute, which its methods read: give it a public name, or keep "
		    "the library object in an attribute",
		    (int)d->tok.len, d->tok.text);
	}
	if (walk.over) {
		/* what was found after the walks stopped rests on answers
		 * they did not finish */
		while (out->n > walk.over_at)
			free(out->v[--out->n].message);
		struct sx_tok at =
		    st.nclasses ? st.classes[0].name : (struct sx_tok){.line = 1, .col = 1};

		ADD(&st, &at, "check-limit",
		    "the script's classes derive from one another in more ways than the check "
		    "follows (%lu steps over their bases): the check stopped there and cannot "
		    "accept the script: give each class one class statement and a few bases "
		    "(what it found before it stopped is reported too)",
		    CLASS_WALK_BOUND);
	}
	/* No violation at all: out->v may be NULL, and qsort(NULL) is
	 * undefined even for 0 elements (UBSan). */
	if (out->n > before)
		qsort(out->v + before, out->n - before, sizeof *out->v, cmp_violation);
	/* One violation a rule and a place: a joined string's value and its
	 * first piece may both say why. */
	size_t w = before;
	for (size_t i = before; i < out->n; i++) {
		bool dup = false;

		for (size_t j = w; j-- > before && out->v[j].line == out->v[i].line &&
				   out->v[j].col == out->v[i].col && !dup;)
			dup = strcmp(out->v[j].rule, out->v[i].rule) == 0;
		if (dup)
			free(out->v[i].message);
		else
			out->v[w++] = out->v[i];
	}
	out->n = w;
	hset_free(&st.al);
	hset_free(&st.factories);
	free(st.defsites);
	hset_free(&st.own);
	hset_free(&st.computed);
	hset_free(&st.literal);
	hset_free(&st.spreads);
	hset_free(&st.dictbad);
	hset_free(&st.kwparams);
	hset_free(&st.built);
	hset_free(&st.defs);
	hset_free(&st.displays);
	hset_free(&st.parsers);
	hset_free(&st.arrayclasses);
	hset_free(&st.nondisplays);
	hset_free(&st.selfattrs);
	hset_free(&st.lambdas);
	hset_free(&st.fdefs);
	hset_free(&st.imethods);
	hset_free(&st.accessors);
	hset_free(&st.readkeys);
	hset_free(&st.enumnames);
	hset_free(&st.classnames);
	hset_free(&st.actioncls);
	hset_free(&st.actions);
	hset_free(&st.fieldnames);
	hset_free(&st.classish);
	free(st.onclass);
	free(st.onclass_in);
	hset_free(&st.changed);
	hset_free(&st.modfuncs);
	hset_free(&st.dispatched);
	hset_free(&st.named);
	hset_free(&st.imported);
	hset_free(&st.strconst);
	hset_free(&st.probed);
	hset_free(&st.unsafe_lit);
	hset_free(&st.props);
	hset_free(&st.afields);
	free(st.fieldv);
	hset_free(&st.pureattrs);
	hset_free(&st.pureclasses);
	free(st.creads);
	hset_free(&st.impure_props);
	hset_free(&st.attr_tgts);
	hset_free(&st.attr_vals);
	free(st.binds);
	hset_free(&st.levels);
	free(st.iters);
	hset_free(&st.rebound);
	hset_free(&st.unbound);
	hset_free(&st.valbound);
	hset_free(&st.nonconst);
	hset_free(&st.nonfmt);
	hset_free(&st.assigns);
	free(st.classes);
	free(st.sdefs);
	free(st.cdefs);
	free(st.pend);
	free(walk.mark);
	free(walk.queue);
	free(walk.lbs);
	free(walk.lb);
	free(walk.plain);
	free(st.tspans.v);
	free(st.lspans);
	return out->n - before;
}

/* A list and its "_extra" as one NULL-terminated array of borrowed
 * strings; free() the array only. */
static char **list_union(char *const *a, char *const *b)
{
	size_t na = 0, nb = 0;
	char **l;

	while (a && a[na])
		na++;
	while (b && b[nb])
		nb++;
	l = sx_xcalloc(na + nb + 1, sizeof *l);
	for (size_t i = 0; i < na; i++)
		l[i] = a[i];
	for (size_t i = 0; i < nb; i++)
		l[na + i] = b[i];
	return l;
}

/* Every rule reads the lists through the merged copy, so a rule added
 * later cannot forget a "_extra" list. */
size_t sx_policy_check(const struct sx_config *cfg, const char *src, size_t len,
		       struct sx_violations *out)
{
	struct sx_config m = *cfg;
	size_t n;

	name_seed_init();
	m.allowed_modules = list_union(cfg->allowed_modules, cfg->allowed_modules_extra);
	m.forbidden_names = list_union(cfg->forbidden_names, cfg->forbidden_names_extra);
	m.forbidden_attributes =
	    list_union(cfg->forbidden_attributes, cfg->forbidden_attributes_extra);
	m.allowed_dunders = list_union(cfg->allowed_dunders, cfg->allowed_dunders_extra);
	n = check_merged(&m, src, len, out);
	free(m.allowed_modules);
	free(m.forbidden_names);
	free(m.forbidden_attributes);
	free(m.allowed_dunders);
	return n;
}

int sx_policy_validate(const struct sx_config *cfg, const struct sx_strategy *s, struct sx_log *log,
		       cJSON **violations)
{
	struct sx_violations vs = {0};
	int64_t t0 = sx_now_ms();
	size_t n;
	cJSON *f = cJSON_CreateObject();

	*violations = cJSON_CreateArray();
	if (!cfg->validator_enabled) {
		cJSON_AddStringToObject(f, "strategy", s->path);
		sx_eventlog_write(log, "WARNING", "validator_disabled",
				  "static check disabled (validator.enabled is false)", f);
		return 0;
	}
	n = sx_policy_check(cfg, s->data, s->len, &vs);
	cJSON_Delete(*violations);
	*violations = sx_violations_json(&vs, s->path);
	cJSON_AddStringToObject(f, "strategy", s->path);
	cJSON_AddNumberToObject(f, "violation_count", (double)n);
	cJSON_AddNumberToObject(f, "check_ms", (double)(sx_now_ms() - t0));
	if (n) {
		cJSON_AddItemToObject(f, "violations", cJSON_Duplicate(*violations, true));
		sx_eventlog_write(log, "ERROR", "validation_failed",
				  "static check failed: nothing will run", f);
	} else {
		sx_eventlog_write(log, "INFO", "validation_passed", "static check passed", f);
	}
	sx_policy_violations_free(&vs);
	return (int)n;
}
