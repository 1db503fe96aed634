#include "lexer.h"

#include <assert.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

_Static_assert(sizeof(struct sx_tok) <= 32, "a token is copied several times a step");

void sx_lexer_init(struct sx_lexer *lx, const char *src, size_t len)
{
	memset(lx, 0, sizeof *lx);
	lx->src = src;
	lx->len = len;
	lx->line = 1;
	if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
		lx->pos = lx->line_start = 3;
}

const char *sx_lexer_tok_kind_name(enum sx_tok_kind k)
{
	static const char *const names[] = {
	    "EOF",	   "NAME", "NUMBER",  "STRING", "FSTRING_START", "FSTRING_MIDDLE",
	    "FSTRING_END", "OP",   "NEWLINE", "COMMENT"};
	return (unsigned)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

static int peek(const struct sx_lexer *lx, size_t ahead)
{
	size_t p = lx->pos + ahead;

	return p < lx->len ? (unsigned char)lx->src[p] : -1;
}

/* The bytes of a name, as a table for the name loop: letters, digits,
 * '_' and every byte >= 0x80 (bytes of multi-byte UTF-8 sequences count as
 * identifier bytes; the policy refuses such names). A name starts with one
 * of them that is not a digit (byte_class below). */
#define R8(v) v, v, v, v, v, v, v, v
/* clang-format off */
static const bool ident_byte[256] = {
	R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),	/* 0x00-0x2f */
	R8(1), 1, 1,					/* 0-9 */
	0, 0, 0, 0, 0, 0, 0,				/* :;<=>?@ */
	R8(1), R8(1), R8(1), 1, 1,			/* A-Z */
	0, 0, 0, 0, 1, 0,				/* [\]^_` */
	R8(1), R8(1), R8(1), 1, 1,			/* a-z */
	0, 0, 0, 0, 0,					/* {|}~ DEL */
	R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1),
	R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), R8(1), /* 0x80-0xff */
};
/* clang-format on */
#undef R8

static inline bool is_ident(int c)
{
	return c >= 0 && ident_byte[c];
}

static bool is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int fail(struct sx_lexer *lx, struct sx_err *err, size_t at, const char *what)
{
	int line = lx->line;
	size_t ls = lx->line_start;

	/* at may be behind the current line after a multi-line string. */
	if (at < ls) {
		line = 1;
		ls = 0;
		for (size_t i = 0; i < at; i++)
			if (lx->src[i] == '\n' ||
			    (lx->src[i] == '\r' && (i + 1 >= lx->len || lx->src[i + 1] != '\n'))) {
				line++;
				ls = i + 1;
			}
	}
	sx_err_set(err, "%d:%zu: %s", line, at - ls + 1, what);
	return -EINVAL;
}

/* Consume one line break at pos (\n, \r\n or \r); false if none. */
static inline bool newline(struct sx_lexer *lx)
{
	int c = peek(lx, 0);

	if (c == '\r') {
		lx->pos += peek(lx, 1) == '\n' ? 2 : 1;
	} else if (c == '\n') {
		lx->pos++;
	} else {
		return false;
	}
	lx->line++;
	lx->line_start = lx->pos;
	return true;
}

static void set_tok(struct sx_lexer *lx, struct sx_tok *t, enum sx_tok_kind k, size_t start,
		    int line, size_t line_start)
{
	t->kind = k;
	t->text = lx->src + start;
	t->len = lx->pos - start;
	t->line = line;
	t->col = (int)(start - line_start + 1);
	t->non_ascii = false;
}

/* The length of a string prefix at pos followed by a quote, or 0. Sets the
 * flags. Prefixes: any order and case of at most one each of r, b, f, u,
 * with u alone and b never with f. */
static size_t string_prefix(const struct sx_lexer *lx, bool *raw, bool *fmt)
{
	bool r = false, b = false, f = false, u = false;
	size_t n = 0;

	for (;; n++) {
		int c = peek(lx, n);
		if (c == '\'' || c == '"')
			break;
		switch (c) {
		case 'r':
		case 'R':
			if (r)
				return 0;
			r = true;
			continue;
		case 'b':
		case 'B':
			if (b)
				return 0;
			b = true;
			continue;
		case 'f':
		case 'F':
			if (f)
				return 0;
			f = true;
			continue;
		case 'u':
		case 'U':
			if (u)
				return 0;
			u = true;
			continue;
		default:
			return 0;
		}
	}
	if (n > 2 || (u && n > 1) || (b && f))
		return 0;
	*raw = r;
	*fmt = f;
	return n;
}

/* At an opening quote: is it tripled? Consumes the quote(s). */
static bool open_quote(struct sx_lexer *lx, char *q)
{
	*q = (char)peek(lx, 0);
	if (peek(lx, 1) == *q && peek(lx, 2) == *q) {
		lx->pos += 3;
		return true;
	}
	lx->pos++;
	return false;
}

static bool at_close(const struct sx_lexer *lx, char q, bool triple)
{
	if (peek(lx, 0) != q)
		return false;
	return !triple || (peek(lx, 1) == q && peek(lx, 2) == q);
}

/* Where the loop over a string's bytes stops: quotes, backslash, line
 * breaks. */
static const bool string_stop[256] = {['\''] = 1, ['"'] = 1, ['\\'] = 1, ['\n'] = 1, ['\r'] = 1};

/* The body of a plain string after its opening quote, through the closing
 * quote. Backslash escapes (even raw strings cannot end in an odd
 * backslash) and line breaks are followed. Bytes that are none of those
 * nor the quote are skipped in a tight loop: strings are the longest
 * tokens (docstrings). */
static int plain_string(struct sx_lexer *lx, char q, bool triple, size_t start, struct sx_err *err)
{
	const char *src = lx->src;

	for (;;) {
		size_t p = lx->pos, end = lx->len;
		int c;

		while (p < end && !string_stop[(unsigned char)src[p]])
			p++;
		lx->pos = p;
		c = peek(lx, 0);
		if (c < 0)
			return fail(lx, err, start, "unterminated string literal");
		if (c == '\\') {
			lx->pos++;
			if (!newline(lx) && peek(lx, 0) >= 0)
				lx->pos++;
			continue;
		}
		if (c == '\n' || c == '\r') {
			if (!triple)
				return fail(lx, err, start, "unterminated string literal");
			newline(lx);
			continue;
		}
		if (at_close(lx, q, triple)) {
			lx->pos += triple ? 3 : 1;
			return 0;
		}
		lx->pos++; /* the other quote, or one of a triple's */
	}
}

static int push(struct sx_lexer *lx, struct sx_err *err, size_t at, struct sx_fmode m)
{
	if (lx->nf >= SX_LEX_MAX_NEST)
		return fail(lx, err, at, "f-strings nested too deeply");
	lx->fstack[lx->nf++] = m;
	return 0;
}

/* The f-string whose text or spec is being read. */
static const struct sx_fmode *enclosing_fstring(const struct sx_lexer *lx)
{
	for (int i = lx->nf - 1; i >= 0; i--)
		if (lx->fstack[i].kind == SX_FM_FSTRING)
			return &lx->fstack[i];
	return NULL;
}

/* Literal text of an f-string or of a format spec, up to a replacement
 * field, the closing quote, or (in a spec) the closing brace. Produces one
 * token: FSTRING_MIDDLE for text, FSTRING_END, or OP for a brace. */
static __attribute__((noinline)) int fstring_text(struct sx_lexer *lx, struct sx_tok *t,
						  struct sx_err *err)
{
	const struct sx_fmode *top = &lx->fstack[lx->nf - 1];
	const struct sx_fmode *fs = enclosing_fstring(lx);
	bool spec = top->kind == SX_FM_SPEC;
	size_t start = lx->pos, ls = lx->line_start;
	int line = lx->line, r;

	/* Text mode is entered only inside an f-string, and a spec is pushed
	 * only above one: there is always an enclosing f-string here. */
	assert(fs);
	for (;;) {
		int c = peek(lx, 0);
		bool text = lx->pos > start;

		if (c < 0)
			return fail(lx, err, start, "unterminated f-string");
		if (at_close(lx, fs->quote, fs->triple)) {
			if (spec)
				return fail(lx, err, lx->pos, "f-string: expecting '}'");
			if (text) {
				set_tok(lx, t, SX_TOK_FSTRING_MIDDLE, start, line, ls);
				return 0;
			}
			lx->pos += fs->triple ? 3 : 1;
			lx->nf--;
			set_tok(lx, t, SX_TOK_FSTRING_END, start, line, ls);
			return 0;
		}
		if (!spec && (c == '{' || c == '}') && peek(lx, 1) == c) {
			lx->pos += 2; /* {{ and }} are literal braces */
			continue;
		}
		if (c == '{' || (c == '}' && spec)) {
			if (text) {
				set_tok(lx, t, SX_TOK_FSTRING_MIDDLE, start, line, ls);
				return 0;
			}
			lx->pos++;
			if (c == '}') {
				/* The spec ends, and with it its field. */
				lx->nf -= 2;
			} else if ((r = push(lx, err, start,
					     (struct sx_fmode){.kind = SX_FM_FIELD,
							       .depth = lx->depth})) < 0) {
				return r;
			}
			set_tok(lx, t, SX_TOK_OP, start, line, ls);
			return 0;
		}
		if (c == '}')
			return fail(lx, err, lx->pos, "f-string: single '}' is not allowed");
		if (c == '\\' && !fs->raw) {
			lx->pos++;
			if (peek(lx, 0) == '{' || peek(lx, 0) == '}')
				continue; /* "\{" is a backslash, then a field */
			if (!newline(lx) && peek(lx, 0) >= 0)
				lx->pos++;
			continue;
		}
		if (c == '\n' || c == '\r') {
			if (!fs->triple)
				return fail(lx, err, start, "unterminated f-string");
			newline(lx);
			continue;
		}
		lx->pos++;
	}
}

static int number(struct sx_lexer *lx)
{
	int c = peek(lx, 0);

	if (c == '0' && (peek(lx, 1) == 'x' || peek(lx, 1) == 'X' || peek(lx, 1) == 'o' ||
			 peek(lx, 1) == 'O' || peek(lx, 1) == 'b' || peek(lx, 1) == 'B')) {
		lx->pos += 2;
		while (is_ident(peek(lx, 0)) && peek(lx, 0) < 0x80)
			lx->pos++;
		return 0;
	}
	while (is_digit(peek(lx, 0)) || peek(lx, 0) == '_')
		lx->pos++;
	if (peek(lx, 0) == '.') {
		lx->pos++;
		while (is_digit(peek(lx, 0)) || peek(lx, 0) == '_')
			lx->pos++;
	}
	c = peek(lx, 0);
	if ((c == 'e' || c == 'E') &&
	    (is_digit(peek(lx, 1)) ||
	     ((peek(lx, 1) == '+' || peek(lx, 1) == '-') && is_digit(peek(lx, 2))))) {
		lx->pos += 2;
		while (is_digit(peek(lx, 0)) || peek(lx, 0) == '_')
			lx->pos++;
	}
	if (peek(lx, 0) == 'j' || peek(lx, 0) == 'J')
		lx->pos++;
	return 0;
}

/* The length of the operator at pos: the longest of Python's. 0 if none.
 * The bytes after the first are read only where they matter: brackets
 * and commas are most operators. */
static inline __attribute__((always_inline)) size_t op_len(const struct sx_lexer *lx)
{
	int c = peek(lx, 0);

	switch (c) {
	case '~':
	case '(':
	case ')':
	case '[':
	case ']':
	case '{':
	case '}':
	case ',':
	case ';':
		return 1;
	case '*':
	case '/':
	case '<':
	case '>':
		if (peek(lx, 1) == c)
			return peek(lx, 2) == '=' ? 3 : 2; /* ** // << >> and **= //= <<= >>= */
		return peek(lx, 1) == '=' ? 2 : 1;
	case '.':
		return peek(lx, 1) == '.' && peek(lx, 2) == '.' ? 3 : 1;
	case '-':
		return peek(lx, 1) == '=' || peek(lx, 1) == '>' ? 2 : 1;
	case ':':
	case '=':
	case '!':
	case '+':
	case '%':
	case '&':
	case '|':
	case '^':
	case '@':
		return peek(lx, 1) == '=' ? 2 : 1;
	default:
		return 0;
	}
}

/* The errors of a closing bracket, out of the hot path: the messages
 * are built in arrays, which would give every token a stack canary. */
static __attribute__((noinline, cold)) int fail_bracket(struct sx_lexer *lx, struct sx_err *err,
							size_t at, int c, bool unmatched)
{
	char msg[64];

	if (unmatched)
		snprintf(msg, sizeof msg, "unmatched '%c'", c);
	else
		snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match '%c'", c,
			 lx->brackets[lx->depth - 1]);
	return fail(lx, err, at, msg);
}

static __attribute__((noinline, cold)) int fail_unclosed(struct sx_lexer *lx, struct sx_err *err,
							 size_t at)
{
	char msg[32];

	snprintf(msg, sizeof msg, "'%c' was never closed", lx->brackets[lx->depth - 1]);
	return fail(lx, err, at, msg);
}

/* A name from pos: its bytes are scanned without peek()'s bounds test
 * per byte, its non-ASCII flag on the way. The hottest loop of the
 * check. */
static void name(struct sx_lexer *lx, struct sx_tok *t, size_t start, int line, size_t ls)
{
	const unsigned char *src = (const unsigned char *)lx->src;
	size_t p = lx->pos, end = lx->len;
	unsigned char high = 0;

	while (p < end && is_ident(src[p])) {
		high |= src[p];
		p++;
	}
	lx->pos = p;
	set_tok(lx, t, SX_TOK_NAME, start, line, ls);
	t->non_ascii = high >= 0x80;
}

/* A string literal or an f-string's start at pos, its prefix included;
 * a would-be prefix that is not one is a name (t holds it already). Out
 * of line: its locals would cost every token a stack canary. */
static __attribute__((noinline)) int string(struct sx_lexer *lx, struct sx_tok *t,
					    struct sx_err *err, int line, size_t ls)
{
	size_t start = lx->pos;
	bool raw = false, fmt = false, triple;
	size_t n = string_prefix(lx, &raw, &fmt);
	char q;
	int r;

	if (!n && peek(lx, 0) != '\'' && peek(lx, 0) != '"') {
		lx->pos = start + t->len;
		return 0;
	}
	lx->pos += n;
	if (fmt) {
		struct sx_fmode m = {.kind = SX_FM_FSTRING, .raw = raw};

		m.triple = open_quote(lx, &q);
		m.quote = q;
		if ((r = push(lx, err, start, m)) < 0)
			return r;
		set_tok(lx, t, SX_TOK_FSTRING_START, start, line, ls);
		return 0;
	}
	triple = open_quote(lx, &q);
	if ((r = plain_string(lx, q, triple, start, err)) < 0)
		return r;
	set_tok(lx, t, SX_TOK_STRING, start, line, ls);
	return 0;
}

/* What a byte starts, for the dispatch of lex(). */
enum byte_class {
	B_OTHER, /* an operator, or a byte Python refuses (op_len() decides) */
	B_BLANK,
	B_NEWLINE,
	B_HASH,
	B_BACKSLASH,
	B_NAME, /* a letter, '_' or a byte >= 0x80 */
	B_QUOTE,
	B_DIGIT,
	B_DOT,
	B_NUL,
};

#define N8 B_NAME, B_NAME, B_NAME, B_NAME, B_NAME, B_NAME, B_NAME, B_NAME
#define D8 B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT
/* clang-format off */
static const unsigned char byte_class[256] = {
	['\0'] = B_NUL, [' '] = B_BLANK, ['\t'] = B_BLANK, ['\f'] = B_BLANK,
	['\n'] = B_NEWLINE, ['\r'] = B_NEWLINE, ['#'] = B_HASH, ['\\'] = B_BACKSLASH,
	['\''] = B_QUOTE, ['"'] = B_QUOTE, ['.'] = B_DOT, ['_'] = B_NAME,
	['0'] = D8, B_DIGIT, B_DIGIT,
	['A'] = N8, N8, N8, B_NAME, B_NAME,
	['a'] = N8, N8, N8, B_NAME, B_NAME,
	[0x80] = N8, N8, N8, N8, N8, N8, N8, N8, N8, N8, N8, N8, N8, N8, N8, N8,
};
/* clang-format on */
#undef N8
#undef D8

/* Blanks from p; the end of them. Most tokens follow none or one; the
 * first of a line follows its indentation, a run of spaces taken eight at
 * a time. */
static inline size_t blanks(const char *src, size_t p, size_t end)
{
	const uint64_t spaces = 0x2020202020202020ULL;
	uint64_t w;

	if (p >= end || byte_class[(unsigned char)src[p]] != B_BLANK)
		return p;
	for (; p + 8 <= end; p += 8) {
		memcpy(&w, src + p, sizeof w);
		if (w != spaces)
			break;
	}
	while (p < end && byte_class[(unsigned char)src[p]] == B_BLANK)
		p++;
	return p;
}

/* Every token: lex_any() reads the source from pos (blanks, line ends,
 * comments, then the token). */
static int lex_any(struct sx_lexer *lx, struct sx_tok *t, struct sx_err *err)
{
	struct sx_fmode *fs;
	size_t start, ls;
	int c, line, r;
	enum byte_class k;

	fs = lx->nf ? &lx->fstack[lx->nf - 1] : NULL;
	if (fs && fs->kind != SX_FM_FIELD)
		return fstring_text(lx, t, err);
	/* From here on fs, if set, is the replacement field being lexed. */
	/* Code: skip blanks, comments, continuations; line breaks outside
	 * brackets end a logical line. */
	for (;;) {
		c = peek(lx, 0);
		k = c < 0 ? B_OTHER : (enum byte_class)byte_class[c];
		if (k == B_BLANK) {
			lx->pos = blanks(lx->src, lx->pos + 1, lx->len);
		} else if (k == B_NEWLINE) {
			start = lx->pos;
			line = lx->line;
			ls = lx->line_start;
			newline(lx);
			if (lx->depth == 0 && !fs && lx->line_has_tokens) {
				lx->line_has_tokens = false;
				t->kind = SX_TOK_NEWLINE;
				t->text = lx->src + start;
				t->len = 1;
				t->line = line;
				t->col = (int)(start - ls + 1);
				t->non_ascii = false;
				return 0;
			}
		} else if (k == B_BACKSLASH && (peek(lx, 1) == '\n' || peek(lx, 1) == '\r')) {
			lx->pos++;
			newline(lx);
		} else if (k == B_BACKSLASH) {
			return fail(lx, err, lx->pos,
				    "unexpected character after line continuation");
		} else if (k == B_HASH) {
			const char *b = lx->src + lx->pos, *e = lx->src + lx->len;
			const char *nl = memchr(b, '\n', (size_t)(e - b));
			const char *cr = memchr(b, '\r', (size_t)((nl ? nl : e) - b));

			start = lx->pos;
			line = lx->line;
			ls = lx->line_start;
			lx->pos = (size_t)((cr ? cr : nl ? nl : e) - lx->src);
			set_tok(lx, t, SX_TOK_COMMENT, start, line, ls);
			return 0;
		} else {
			break;
		}
	}
	start = lx->pos;
	line = lx->line;
	ls = lx->line_start;
	if (c < 0) {
		if (fs)
			return fail(lx, err, start, "unterminated f-string");
		if (lx->depth > 0)
			return fail_unclosed(lx, err, start);
		if (lx->line_has_tokens) {
			lx->line_has_tokens = false;
			t->kind = SX_TOK_NEWLINE;
			t->text = lx->src + start;
			t->len = 0;
			t->line = line;
			t->col = (int)(start - ls + 1);
			t->non_ascii = false;
			return 0;
		}
		set_tok(lx, t, SX_TOK_EOF, start, line, ls);
		return 0;
	}
	if (k == B_NUL)
		return fail(lx, err, start, "source code cannot contain NUL bytes");
	lx->line_has_tokens = true;
	switch (k) {
	case B_NAME:
		/* A string prefix is at most two letters, all of them bytes
		 * of a name: only a name that short, followed by a quote, can
		 * be one. */
		name(lx, t, start, line, ls);
		if (t->len > 2 || (peek(lx, 0) != '\'' && peek(lx, 0) != '"'))
			return 0;
		lx->pos = start;
		return string(lx, t, err, line, ls);
	case B_QUOTE:
		return string(lx, t, err, line, ls);
	case B_DOT:
		if (!is_digit(peek(lx, 1)))
			break; /* an operator */
			       /* fall through */
	case B_DIGIT:	       /* and ".5" */
		number(lx);
		set_tok(lx, t, SX_TOK_NUMBER, start, line, ls);
		return 0;
	default:
		break;
	}
	{
		size_t n = op_len(lx);

		if (!n)
			return fail(lx, err, start, "invalid character in source");
		/* In a replacement field, at its own bracket depth, '}' ends
		 * it and ':' (even before '=') starts its format spec. */
		if (fs && lx->depth == fs->depth && (c == '}' || c == ':')) {
			lx->pos++;
			if (c == '}')
				lx->nf--;
			else if ((r = push(lx, err, start, (struct sx_fmode){.kind = SX_FM_SPEC})) <
				 0)
				return r;
			set_tok(lx, t, SX_TOK_OP, start, line, ls);
			return 0;
		}
		/* Brackets must balance, as Python's tokenizer demands: a
		 * check that counted "x = (1))" as code would read other
		 * statements than Python refuses to run. */
		if (c == '(' || c == '[' || c == '{') {
			if (lx->depth >= SX_LEX_MAX_BRACKETS)
				return fail(lx, err, start, "too many nested parentheses");
			lx->brackets[lx->depth++] = (char)c;
		} else if (c == ')' || c == ']' || c == '}') {
			char want = c == ')' ? '(' : c == ']' ? '[' : '{';

			if (lx->depth == 0 || (fs && lx->depth <= fs->depth))
				return fail_bracket(lx, err, start, c, true);
			if (lx->brackets[lx->depth - 1] != want)
				return fail_bracket(lx, err, start, c, false);
			lx->depth--;
		}
		lx->pos += n;
		set_tok(lx, t, SX_TOK_OP, start, line, ls);
		return 0;
	}
}

/* The tokens most of a script is made of, outside f-strings: names that
 * cannot be a string prefix, brackets that balance, operators ("." too),
 * numbers and the end of a logical line, after blanks and the line breaks
 * that end no line (blank lines, breaks inside brackets), which lex_any()
 * would skip the same way. Exactly what lex() makes of them; false leaves
 * everything else (comments, strings, every error) to lex(), which reads
 * on from where this one stopped. */
static inline bool lex_common(struct sx_lexer *lx, struct sx_tok *t)
{
	const char *src = lx->src;
	size_t p, end = lx->len, n = 1;
	int c;

	for (;;) {
		p = lx->pos = blanks(src, lx->pos, end);
		if (p >= end)
			return false;
		c = (unsigned char)src[p];
		if (byte_class[c] != B_NEWLINE || (lx->depth == 0 && lx->line_has_tokens))
			break;
		newline(lx);
	}
	if (byte_class[c] == B_NEWLINE) {
		int line = lx->line;
		size_t ls = lx->line_start;

		newline(lx);
		lx->line_has_tokens = false;
		t->kind = SX_TOK_NEWLINE;
		t->text = src + p;
		t->len = 1;
		t->line = line;
		t->col = (int)(p - ls + 1);
		t->non_ascii = false;
		return true;
	}
	if (byte_class[c] == B_NAME) {
		name(lx, t, p, lx->line, lx->line_start);
		if (t->len <= 2 && (peek(lx, 0) == '\'' || peek(lx, 0) == '"')) {
			lx->pos = p; /* maybe a prefix: lex_any() decides */
			return false;
		}
		lx->line_has_tokens = true;
		return true;
	}
	if (byte_class[c] == B_DIGIT ||
	    (byte_class[c] == B_DOT && p + 1 < end && is_digit((unsigned char)src[p + 1]))) {
		number(lx);
		set_tok(lx, t, SX_TOK_NUMBER, p, lx->line, lx->line_start);
		lx->line_has_tokens = true;
		return true;
	}
	if (byte_class[c] != B_OTHER && byte_class[c] != B_DOT)
		return false;
	if (c == '(' || c == '[' || c == '{') {
		if (lx->depth >= SX_LEX_MAX_BRACKETS)
			return false;
		lx->brackets[lx->depth++] = (char)c;
	} else if (c == ')' || c == ']' || c == '}') {
		if (lx->depth == 0 || lx->brackets[lx->depth - 1] != (c == ')'	 ? '('
								      : c == ']' ? '['
										 : '{'))
			return false;
		lx->depth--;
	} else if (!(n = op_len(lx))) {
		return false;
	}
	lx->pos = p + n;
	set_tok(lx, t, SX_TOK_OP, p, lx->line, lx->line_start);
	lx->line_has_tokens = true;
	return true;
}

/* Every path of lex_any() that returns a token sets all of its fields; a
 * failure leaves it zeroed, as callers have always seen it. Out of line:
 * sx_lexer_next() takes the most common tokens itself, without this
 * frame. */
static __attribute__((noinline)) int lex(struct sx_lexer *lx, struct sx_tok *t, struct sx_err *err)
{
	int r = lex_any(lx, t, err);

	if (r < 0)
		memset(t, 0, sizeof *t);
	return r;
}

int sx_lexer_next(struct sx_lexer *lx, struct sx_tok *t, struct sx_err *err)
{
	if (lx->nf == 0 && lex_common(lx, t))
		return 0;
	return lex(lx, t, err);
}
