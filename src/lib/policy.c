#include "policy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"

static void add(struct sx_violations *vs, const struct sx_tok *t, const char *rule,
		char *message)
{
	if (vs->n == vs->cap) {
		vs->cap = vs->cap ? vs->cap * 2 : 8;
		vs->v = sx_xrealloc(vs->v, vs->cap * sizeof *vs->v);
	}
	vs->v[vs->n++] = (struct sx_violation){ .line = t->line, .col = t->col, .rule = rule,
						.message = message };
}

void sx_violations_free(struct sx_violations *vs)
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

static bool tok_is_n(const struct sx_tok *t, enum sx_tok_kind k, const char *s, size_t n)
{
	return t->kind == k && t->len == n && t->text[0] == s[0] && memcmp(t->text, s, n) == 0;
}

static bool in_list(char *const *list, const char *s, size_t len)
{
	for (; list && *list; list++)
		if ((*list)[0] == s[0] && strncmp(*list, s, len) == 0 && (*list)[len] == '\0')
			return true;
	return false;
}

static bool is_dunder(const struct sx_tok *t)
{
	return t->len > 4 && memcmp(t->text, "__", 2) == 0 &&
	       memcmp(t->text + t->len - 2, "__", 2) == 0;
}

/* The significant tokens of the stream: comments dropped. */
struct stream {
	struct sx_lexer lx;
	struct sx_tok cur, prev;
	bool failed;
	struct sx_err err;
};

static bool advance(struct stream *s)
{
	s->prev = s->cur;
	do {
		if (sx_lexer_next(&s->lx, &s->cur, &s->err) < 0) {
			s->failed = true;
			s->cur.kind = SX_TOK_EOF;
			return false;
		}
	} while (s->cur.kind == SX_TOK_COMMENT);
	return true;
}

/* A dotted module name at the current token: checks its top-level name
 * (unless relative) and moves past it. */
static void module_name(struct stream *s, const struct sx_config *cfg, bool relative,
			struct sx_violations *out)
{
	if (s->cur.kind != SX_TOK_NAME)
		return;
	if (!relative && !in_list(cfg->allowed_modules, s->cur.text, s->cur.len))
		add(out, &s->cur, "forbidden-import",
		    sx_xasprintf("module '%.*s' is not allowed", (int)s->cur.len, s->cur.text));
	advance(s);
	while (tok_is(&s->cur, SX_TOK_OP, ".")) {
		advance(s);
		if (s->cur.kind == SX_TOK_NAME)
			advance(s);
	}
}

/* "import a.b [as c], d" — the current token is "import". */
static void check_import(struct stream *s, const struct sx_config *cfg,
			 struct sx_violations *out)
{
	do {
		advance(s);
		module_name(s, cfg, false, out);
		if (tok_is(&s->cur, SX_TOK_NAME, "as")) {
			advance(s);
			advance(s);
		}
	} while (tok_is(&s->cur, SX_TOK_OP, ","));
}

/* "from [.]* [a.b] import (names | *)" — the current token is "from".
 * The imported names are left for the main loop, which checks them as
 * names. */
static void check_from(struct stream *s, const struct sx_config *cfg,
		       struct sx_violations *out)
{
	struct sx_tok first;

	advance(s);
	first = s->cur;
	if (tok_is(&s->cur, SX_TOK_OP, ".") || tok_is(&s->cur, SX_TOK_OP, "...")) {
		add(out, &first, "relative-import", sx_xstrdup("relative imports are not allowed"));
		while (tok_is(&s->cur, SX_TOK_OP, ".") || tok_is(&s->cur, SX_TOK_OP, "..."))
			advance(s);
		if (!tok_is(&s->cur, SX_TOK_NAME, "import"))
			module_name(s, cfg, true, out);
	} else {
		module_name(s, cfg, false, out);
	}
	if (!tok_is(&s->cur, SX_TOK_NAME, "import"))
		return;
	advance(s);
	if (tok_is(&s->cur, SX_TOK_OP, "*"))
		add(out, &s->cur, "star-import", sx_xstrdup("'from ... import *' is not allowed"));
}

size_t sx_policy_check(const struct sx_config *cfg, const char *src, size_t len,
		       struct sx_violations *out)
{
	struct stream s;
	size_t before = out->n;
	bool stmt_start = true;

	memset(&s, 0, sizeof s);
	sx_lexer_init(&s.lx, src, len);
	advance(&s);
	while (!s.failed && s.cur.kind != SX_TOK_EOF && out->n - before < SX_POLICY_MAX_VIOLATIONS) {
		struct sx_tok t = s.cur;
		bool after_dot = tok_is(&s.prev, SX_TOK_OP, ".");
		bool next_stmt_start = false;

		if (t.kind == SX_TOK_NAME && t.non_ascii) {
			/* Python folds identifiers with NFKC: "ｅｖａｌ" is eval. */
			add(out, &t, "non-ascii-identifier",
			    sx_xasprintf("identifier '%.*s' is not plain ASCII", (int)t.len, t.text));
		} else if (tok_is(&t, SX_TOK_NAME, "from") && stmt_start) {
			/* Elsewhere "from" is "yield from" or "raise ... from". */
			check_from(&s, cfg, out);
			stmt_start = false;
			continue;
		} else if (tok_is(&t, SX_TOK_NAME, "import")) {
			/* A keyword: wherever it stands it starts an import (or
			 * broken code, which Python refuses anyway). */
			check_import(&s, cfg, out);
			stmt_start = false;
			continue;
		} else if (t.kind == SX_TOK_NAME && after_dot) {
			if (is_dunder(&t) && !in_list(cfg->allowed_dunders, t.text, t.len))
				add(out, &t, "dunder-attribute",
				    sx_xasprintf("attribute '%.*s' is not allowed", (int)t.len, t.text));
			else if (in_list(cfg->forbidden_attributes, t.text, t.len))
				add(out, &t, "forbidden-attribute",
				    sx_xasprintf("attribute '%.*s' is not allowed", (int)t.len, t.text));
		} else if (t.kind == SX_TOK_NAME) {
			if (in_list(cfg->forbidden_names, t.text, t.len))
				add(out, &t, "forbidden-name",
				    sx_xasprintf("'%.*s' is not allowed", (int)t.len, t.text));
			else if (is_dunder(&t) && !in_list(cfg->allowed_dunders, t.text, t.len) &&
				 !tok_is(&s.prev, SX_TOK_NAME, "def"))
				add(out, &t, "dunder-name",
				    sx_xasprintf("name '%.*s' is not allowed", (int)t.len, t.text));
		}
		if (t.kind == SX_TOK_NEWLINE || tok_is(&t, SX_TOK_OP, ";") ||
		    tok_is(&t, SX_TOK_OP, ":"))
			next_stmt_start = true;
		advance(&s);
		stmt_start = next_stmt_start;
	}
	if (s.failed) {
		struct sx_tok at = { .line = 0, .col = 0 };
		int line = 0, col = 0;
		const char *msg = s.err.msg;

		/* The lexer's message starts with "LINE:COL: ". */
		if (sscanf(msg, "%d:%d: ", &line, &col) == 2)
			msg = strstr(msg, ": ") + 2;
		at.line = line;
		at.col = col;
		add(out, &at, "syntax", sx_xasprintf("cannot tokenize: %s", msg));
	}
	return out->n - before;
}
