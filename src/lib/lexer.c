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

/* q at a line's first token, after its indentation: the columns of the
 * line's tokens count from where CPython's indentation starts. It counts
 * from the last form feed ("\f    x" is indented four), and a backslash
 * that joins lines inside the indentation fixes it at the column of the
 * first one, when that is not 0 ("    \\\nx" is indented four). */
static void indent(struct sx_lexer *lx, size_t q)
{
	if (lx->line_has_tokens)
		return;
	if (lx->lead_cont) {
		size_t col = 0, cont = 0, p;

		lx->lead_cont = false;
		for (p = lx->lead_start; p < q; p++) {
			char c = lx->src[p];

			if (c == ' ' || c == '\t') {
				col++;
			} else if (c == '\f') {
				col = 0;
			} else if (c == '\\' && p + 1 < q &&
				   (lx->src[p + 1] == '\n' || lx->src[p + 1] == '\r')) {
				if (!cont)
					cont = col;
				p += lx->src[p + 1] == '\r' && p + 2 < q && lx->src[p + 2] == '\n'
					 ? 2
					 : 1;
			} else {
				break; /* a comment or a blank line: no join of indentation */
			}
		}
		if (p == q) {
			lx->line_start = q - (cont ? cont : col);
			return;
		}
	}
	/* Not a scan of the whole source for a form feed at the start: the
	 * policy starts lexers at many places of one source (a def, a
	 * call), and each such scan made the check quadratic. */
	if (q == lx->line_start || !memchr(lx->src + lx->line_start, '\f', q - lx->line_start))
		return;
	for (size_t p = q; p > lx->line_start; p--)
		if (lx->src[p - 1] == '\f') {
			lx->line_start = p;
			return;
		}
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

/* The bytes of a name, as a table for the name loops: letters, digits
 * and '_' (1), and every byte >= 0x80 (2: bytes of multi-byte UTF-8
 * sequences count as identifier bytes; the policy refuses such names, and
 * the name loop tells them apart without OR-ing every byte). A name
 * starts with one of them that is not a digit (byte_class below). */
#define R8(v) v, v, v, v, v, v, v, v
/* clang-format off */
static const unsigned char ident_byte[256] = {
	R8(0), R8(0), R8(0), R8(0), R8(0), R8(0),	/* 0x00-0x2f */
	R8(1), 1, 1,					/* 0-9 */
	0, 0, 0, 0, 0, 0, 0,				/* :;<=>?@ */
	R8(1), R8(1), R8(1), 1, 1,			/* A-Z */
	0, 0, 0, 0, 1, 0,				/* [\]^_` */
	R8(1), R8(1), R8(1), 1, 1,			/* a-z */
	0, 0, 0, 0, 0,					/* {|}~ DEL */
	R8(2), R8(2), R8(2), R8(2), R8(2), R8(2), R8(2), R8(2),
	R8(2), R8(2), R8(2), R8(2), R8(2), R8(2), R8(2), R8(2), /* 0x80-0xff */
};
/* clang-format on */
#undef R8

static inline bool is_ident(int c)
{
	return c >= 0 && ident_byte[c] != 0;
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
	t->op = k == SX_TOK_OP && t->len == 1 ? (unsigned char)lx->src[start] : '\0';
}

/* The length of a string prefix at pos followed by a quote, or 0; *fmt:
 * an f-string's. Prefixes: any order and case of at most one each of r, b,
 * f, u, with u alone and b never with f. (A raw prefix changes no token's
 * end: a backslash escapes the next byte in every string.) */
static size_t string_prefix(const struct sx_lexer *lx, bool *fmt)
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

/* The first stop at or after p, where the source ends in one. Four bytes
 * a step: a byte that is not a stop is not the last one, so the next can
 * be read. Out of line: inlined, GCC keeps every byte it reads for the
 * caller's look at the stop, two more instructions a byte. */
static __attribute__((noinline)) size_t string_run(const unsigned char *src, size_t p)
{
	for (;; p += 4) {
		if (string_stop[src[p]])
			return p;
		if (string_stop[src[p + 1]])
			return p + 1;
		if (string_stop[src[p + 2]])
			return p + 2;
		if (string_stop[src[p + 3]])
			return p + 3;
	}
}

/* The body of a plain string after its opening quote, through the closing
 * quote. Backslash escapes (even raw strings cannot end in an odd
 * backslash) and line breaks are followed. Bytes that are none of those
 * nor the quote are skipped in a tight loop: strings are the longest
 * tokens (docstrings). That loop needs no bound where the source ends in
 * a byte it stops at (a line break, nearly always), as long as it starts
 * inside the source. */
static int plain_string(struct sx_lexer *lx, char q, bool triple, size_t start, struct sx_err *err)
{
	const unsigned char *src = (const unsigned char *)lx->src;
	size_t p = lx->pos, end = lx->len;
	bool bounded = end == 0 || !string_stop[src[end - 1]];
	unsigned c;

	for (;;) {
		if (p >= end) {
			lx->pos = p;
			return fail(lx, err, start, "unterminated string literal");
		}
		if (bounded) {
			while (p < end && !string_stop[src[p]])
				p++;
			if (p >= end)
				continue;
		} else {
			p = string_run(src, p);
		}
		c = src[p];
		if (c == '\\') {
			/* The escaped byte, or the line break it joins. */
			p++;
			if (p < end && src[p] == '\r') {
				p += p + 1 < end && src[p + 1] == '\n' ? 2 : 1;
			} else if (p < end && src[p] == '\n') {
				p++;
			} else {
				if (p < end)
					p++;
				continue;
			}
			lx->line++;
			lx->line_start = p;
			continue;
		}
		if (c == '\n' || c == '\r') {
			if (!triple) {
				lx->pos = p;
				return fail(lx, err, start, "unterminated string literal");
			}
			p += c == '\r' && p + 1 < end && src[p + 1] == '\n' ? 2 : 1;
			lx->line++;
			lx->line_start = p;
			continue;
		}
		if (c == (unsigned char)q &&
		    (!triple || (p + 2 < end && src[p + 1] == c && src[p + 2] == c))) {
			lx->pos = p + (triple ? 3 : 1);
			return 0;
		}
		p++; /* the other quote, or one of a triple's */
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
		/* A backslash escapes the next byte for where the string ends,
		 * raw or not: rf"\"" is one string (the tokenizer finds the
		 * literal's end before the f-string parser reads it). */
		if (c == '\\') {
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

/* The byte at p of s[0..end), or -1 past the end. */
static inline int at(const unsigned char *s, size_t p, size_t end)
{
	return p < end ? s[p] : -1;
}

/* The end of the number that starts at p (a digit, or '.' and a digit). */
static size_t number(const unsigned char *s, size_t p, size_t end)
{
	int c = at(s, p, end), x = at(s, p + 1, end);

	if (c == '0' && (x == 'x' || x == 'X' || x == 'o' || x == 'O' || x == 'b' || x == 'B')) {
		p += 2;
		while (p < end && ident_byte[s[p]] == 1)
			p++;
		return p;
	}
	while (p < end && (is_digit(s[p]) || s[p] == '_'))
		p++;
	if (at(s, p, end) == '.') {
		p++;
		while (p < end && (is_digit(s[p]) || s[p] == '_'))
			p++;
	}
	c = at(s, p, end);
	x = at(s, p + 1, end);
	if ((c == 'e' || c == 'E') &&
	    (is_digit(x) || ((x == '+' || x == '-') && is_digit(at(s, p + 2, end))))) {
		p += 2;
		while (p < end && (is_digit(s[p]) || s[p] == '_'))
			p++;
	}
	c = at(s, p, end);
	if (c == 'j' || c == 'J')
		p++;
	return p;
}

/* The length of the operator at p: the longest of Python's. 0 if none.
 * The bytes after the first are read only where they matter: brackets
 * and commas are most operators. */
static inline __attribute__((always_inline)) size_t op_len(const unsigned char *s, size_t p,
							   size_t end)
{
	int c = at(s, p, end), x;

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
		x = at(s, p + 1, end);
		if (x == c) /* ** // << >> and **= //= <<= >>= */
			return at(s, p + 2, end) == '=' ? 3 : 2;
		return x == '=' ? 2 : 1;
	case '.':
		return at(s, p + 1, end) == '.' && at(s, p + 2, end) == '.' ? 3 : 1;
	case '-':
		x = at(s, p + 1, end);
		return x == '=' || x == '>' ? 2 : 1;
	case ':':
	case '=':
	case '!':
	case '+':
	case '%':
	case '&':
	case '|':
	case '^':
	case '@':
		return at(s, p + 1, end) == '=' ? 2 : 1;
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
	bool fmt = false, triple;
	size_t n = string_prefix(lx, &fmt);
	char q;
	int r;

	if (!n && peek(lx, 0) != '\'' && peek(lx, 0) != '"') {
		lx->pos = start + t->len;
		return 0;
	}
	lx->pos += n;
	if (fmt) {
		struct sx_fmode m = {.kind = SX_FM_FSTRING};

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

/* What a byte starts, for the dispatch of lex_any() and lex_code(). */
enum byte_class {
	B_OTHER, /* a byte Python refuses (op_len() finds no operator) */
	B_BLANK,
	B_NEWLINE,
	B_HASH,
	B_BACKSLASH,
	B_NAME, /* a letter or '_' */
	B_QUOTE,
	B_DIGIT,
	B_DOT,
	B_NUL,
	/* Operators, which lex_any() leaves to op_len() (B_OTHER) and
	 * lex_code() measures itself: */
	B_OPEN,	 /* ( [ {, which it balances too */
	B_CLOSE, /* ) ] } */
	B_OP1,	 /* , ; ~: one byte whatever follows */
	B_OPEQ,	 /* : = ! + % & | ^ @: one byte, or two with '=' */
	B_OP,	 /* * / < > -: op_len() */
	B_HIGH,	 /* a byte >= 0x80: of a name, for lex_any() as for name() */
};

#define N8 B_NAME, B_NAME, B_NAME, B_NAME, B_NAME, B_NAME, B_NAME, B_NAME
#define H8 B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH, B_HIGH
#define D8 B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT, B_DIGIT
/* clang-format off */
static const unsigned char byte_class[256] = {
	['\0'] = B_NUL, [' '] = B_BLANK, ['\t'] = B_BLANK, ['\f'] = B_BLANK,
	['\n'] = B_NEWLINE, ['\r'] = B_NEWLINE, ['#'] = B_HASH, ['\\'] = B_BACKSLASH,
	['\''] = B_QUOTE, ['"'] = B_QUOTE, ['.'] = B_DOT, ['_'] = B_NAME,
	['('] = B_OPEN, ['['] = B_OPEN, ['{'] = B_OPEN,
	[')'] = B_CLOSE, [']'] = B_CLOSE, ['}'] = B_CLOSE,
	[','] = B_OP1, [';'] = B_OP1, ['~'] = B_OP1,
	[':'] = B_OPEQ, ['='] = B_OPEQ, ['!'] = B_OPEQ, ['+'] = B_OPEQ, ['%'] = B_OPEQ,
	['&'] = B_OPEQ, ['|'] = B_OPEQ, ['^'] = B_OPEQ, ['@'] = B_OPEQ,
	['*'] = B_OP, ['/'] = B_OP, ['<'] = B_OP, ['>'] = B_OP, ['-'] = B_OP,
	['0'] = D8, B_DIGIT, B_DIGIT,
	['A'] = N8, N8, N8, B_NAME, B_NAME,
	['a'] = N8, N8, N8, B_NAME, B_NAME,
	[0x80] = H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8, H8,
};
/* clang-format on */
#undef N8
#undef H8
#undef D8

/* Blanks from p; the end of them. Most tokens follow none or one; the
 * first of a line follows its indentation, a run of spaces taken eight at
 * a time, and where the run ends in a word found from the word itself
 * (little-endian: the first byte is the lowest), not byte by byte. */
static inline size_t blanks(const char *src, size_t p, size_t end)
{
	const uint64_t spaces = 0x2020202020202020ULL;
	uint64_t w;

	if (p >= end || byte_class[(unsigned char)src[p]] != B_BLANK)
		return p;
	for (; p + 8 <= end; p += 8) {
		memcpy(&w, src + p, sizeof w);
		if (w != spaces) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			p += (size_t)__builtin_ctzll(w ^ spaces) / 8;
#endif
			break;
		}
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
				t->op = '\0';
				return 0;
			}
		} else if (k == B_BACKSLASH && (peek(lx, 1) == '\n' || peek(lx, 1) == '\r')) {
			if (!lx->line_has_tokens && lx->depth == 0 && !fs && !lx->lead_cont) {
				lx->lead_cont = true;
				lx->lead_start = lx->line_start;
			}
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
	indent(lx, lx->pos);
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
			t->op = '\0';
			return 0;
		}
		set_tok(lx, t, SX_TOK_EOF, start, line, ls);
		return 0;
	}
	if (k == B_NUL)
		return fail(lx, err, start, "source code cannot contain NUL bytes");
	lx->line_has_tokens = true;
	switch (k) {
	case B_HIGH:
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
		lx->pos = number((const unsigned char *)lx->src, lx->pos, lx->len);
		set_tok(lx, t, SX_TOK_NUMBER, start, line, ls);
		return 0;
	default:
		break;
	}
	{
		size_t n = op_len((const unsigned char *)lx->src, lx->pos, lx->len);

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

/* A quote at pos, outside f-strings: what lex_any() and string() make of
 * it (no prefix, so a plain string), without their loop and flags. */
static __attribute__((noinline)) int lex_quote(struct sx_lexer *lx, struct sx_tok *t,
					       struct sx_err *err)
{
	const unsigned char *src = (const unsigned char *)lx->src;
	size_t start = lx->pos, ls = lx->line_start;
	int line = lx->line, r;
	unsigned char q = src[start];
	bool triple = start + 2 < lx->len && src[start + 1] == q && src[start + 2] == q;

	lx->line_has_tokens = true;
	lx->pos = start + (triple ? 3 : 1);
	if ((r = plain_string(lx, (char)q, triple, start, err)) < 0) {
		memset(t, 0, sizeof *t);
		return r;
	}
	set_tok(lx, t, SX_TOK_STRING, start, line, ls);
	return 0;
}

/* A number at p, outside f-strings, as lex_any() makes it. Out of line:
 * a call to number() in sx_lexer_next() that is not its last act would
 * make every token save registers around it. */
static __attribute__((noinline)) int lex_number(struct sx_lexer *lx, struct sx_tok *t, size_t p)
{
	size_t q = number((const unsigned char *)lx->src, p, lx->len);

	lx->pos = q;
	lx->line_has_tokens = true;
	t->kind = SX_TOK_NUMBER;
	t->non_ascii = false;
	t->op = '\0';
	t->text = lx->src + p;
	t->len = q - p;
	t->col = (int)(p - lx->line_start + 1);
	t->line = lx->line;
	return 0;
}

static int lex_skip(struct sx_lexer *lx, struct sx_tok *t, struct sx_err *err, size_t p);

/* The end of a logical line, at the line break at p, outside f-strings;
 * then the blank lines and the blanks after it, which the next call would
 * skip the same way (no line has tokens, no bracket is open): the next
 * line's indentation is read here, without a trip through lex_skip(). */
static __attribute__((noinline)) int lex_newline(struct sx_lexer *lx, struct sx_tok *t, size_t p)
{
	const char *src = lx->src;
	size_t end = lx->len, q = p + 1;

	if (src[p] == '\r' && q < end && src[q] == '\n')
		q++;
	lx->line_has_tokens = false;
	t->kind = SX_TOK_NEWLINE;
	t->non_ascii = false;
	t->op = '\0';
	t->text = src + p;
	t->len = 1;
	t->col = (int)(p - lx->line_start + 1);
	t->line = lx->line++;
	lx->line_start = q;
	for (;;) {
		q = blanks(src, q, end);
		if (q >= end || byte_class[(unsigned char)src[q]] != B_NEWLINE)
			break;
		q += src[q] == '\r' && q + 1 < end && src[q + 1] == '\n' ? 2 : 1;
		lx->line++;
		lx->line_start = q;
	}
	indent(lx, q);
	lx->pos = q;
	return 0;
}

/* The token that starts with byte c at p, outside f-strings, after the
 * blanks: names that cannot be a string prefix, brackets that balance,
 * operators, numbers and the end of a logical line are made here, exactly
 * as lex_any() makes them; blanks and the line breaks that end no line
 * (blank lines, breaks inside brackets) go to lex_skip(), strings to
 * lex_quote(), everything else (comments, every error) to lex() from p.
 * No loop, and calls only as the last act (tail calls): the registers it
 * must save are few. */
static inline __attribute__((always_inline)) int lex_code(struct sx_lexer *lx, struct sx_tok *t,
							  struct sx_err *err, size_t p, unsigned c)
{
	const unsigned char *src = (const unsigned char *)lx->src;
	size_t end = lx->len, q;
	unsigned k;
	int d;

	switch ((enum byte_class)byte_class[c]) {
	case B_NAME:
		/* ASCII bytes in the tight loop, which needs no bound where
		 * the source ends in a byte that is not part of a name (a
		 * line break, nearly always). Where it stops, a byte >= 0x80
		 * (B_HIGH) goes on the name, and a quote after at most
		 * two letters may make them a string prefix: lex() decides
		 * those, and names that start with such a byte. Two bytes a
		 * step where unbounded: a byte of a name is not the last of
		 * the source, so the one after it can be read. */
		q = p + 1;
		if (__builtin_expect(!ident_byte[src[end - 1]], 1)) {
			while (ident_byte[src[q]] == 1 && ident_byte[src[q + 1]] == 1)
				q += 2;
			q += ident_byte[src[q]] == 1;
			k = byte_class[src[q]];
		} else {
			while (q < end && ident_byte[src[q]] == 1)
				q++;
			k = q < end ? byte_class[src[q]] : B_OTHER;
		}
		if (k == B_HIGH || (k == B_QUOTE && q - p <= 2))
			break;
		t->kind = SX_TOK_NAME;
		t->non_ascii = false;
		t->op = '\0';
		goto token;
	case B_OPEN:
		/* Brackets must balance: see lex_any(). */
		d = lx->depth;
		if (d >= SX_LEX_MAX_BRACKETS)
			break;
		lx->brackets[d] = (char)c;
		lx->depth = d + 1;
		q = p + 1;
		goto op;
	case B_CLOSE:
		d = lx->depth;
		if (d == 0 || lx->brackets[d - 1] != (c == ')' ? '(' : (char)(c - 2)))
			break;
		lx->depth = d - 1;
		q = p + 1;
		goto op;
	case B_OPEQ:
		q = p + 1;
		if (q < end && src[q] == '=')
			q++;
		goto op;
	case B_OP1:
		q = p + 1;
		goto op;
	case B_DOT: /* ".5", or "." and "..." as op_len() measures them */
		q = p + 1;
		if (q < end && is_digit(src[q]))
			return lex_number(lx, t, p);
		if (q + 1 < end && src[q] == '.' && src[q + 1] == '.')
			q += 2;
		goto op;
	case B_OP: /* as op_len(): "->" and "-=", and * / < > doubled, then '=' */
		q = p + 1;
		if (q < end) {
			unsigned x = src[q];

			if (x == '=' || (c == '-' && x == '>'))
				q++;
			else if (x == c && c != '-' && ++q < end && src[q] == '=')
				q++;
		}
		goto op;
	case B_DIGIT:
		/* Digits alone, most numbers; number() reads the others
		 * (a byte of a name or a '.' after the digits). */
		q = p + 1;
		while (q < end && is_digit(src[q]))
			q++;
		if (q < end && ((k = byte_class[src[q]]) == B_NAME || k == B_DOT || k == B_HIGH))
			return lex_number(lx, t, p);
		t->kind = SX_TOK_NUMBER;
		t->non_ascii = false;
		t->op = '\0';
		goto token;
	case B_NEWLINE:
		if (lx->depth != 0 || !lx->line_has_tokens)
			return lex_skip(lx, t, err, p);
		return lex_newline(lx, t, p);
	case B_BLANK:
		return lex_skip(lx, t, err, p);
	case B_QUOTE:
		lx->pos = p;
		return lex_quote(lx, t, err);
	case B_HIGH:  /* a name that lex_any() reads byte by byte */
	case B_OTHER: /* bytes Python refuses */
	case B_HASH:
	case B_BACKSLASH:
	case B_NUL:
		break;
	default:
		/* Without a default the jump table would be guarded by a
		 * range check: byte_class holds only the cases above. */
		__builtin_unreachable();
	}
	lx->pos = p;
	return lex(lx, t, err);
op:
	t->kind = SX_TOK_OP;
	t->non_ascii = false;
	t->op = q - p == 1 ? (unsigned char)c : '\0';
token:
	/* The flag's store between line and col keeps GCC from pairing
	 * those two in a vector register, which costs more instructions. */
	t->text = lx->src + p;
	t->len = q - p;
	t->line = lx->line;
	lx->line_has_tokens = true;
	t->col = (int)(p - lx->line_start + 1);
	lx->pos = q;
	return 0;
}

/* Blanks and the line breaks that end no line from p, then the token
 * after them. */
static __attribute__((noinline)) int lex_skip(struct sx_lexer *lx, struct sx_tok *t,
					      struct sx_err *err, size_t p)
{
	const char *src = lx->src;
	size_t end = lx->len;
	unsigned c;

	for (;;) {
		p = blanks(src, p, end);
		if (p >= end) {
			lx->pos = p;
			return lex(lx, t, err);
		}
		c = (unsigned char)src[p];
		if (byte_class[c] != B_NEWLINE || (lx->depth == 0 && lx->line_has_tokens))
			break;
		p += c == '\r' && p + 1 < end && src[p + 1] == '\n' ? 2 : 1;
		lx->line++;
		lx->line_start = p;
	}
	indent(lx, p);
	return lex_code(lx, t, err, p, c);
}

int sx_lexer_next(struct sx_lexer *lx, struct sx_tok *t, struct sx_err *err)
{
	const unsigned char *src = (const unsigned char *)lx->src;
	size_t p = lx->pos, end = lx->len;
	unsigned c;

	if (lx->nf != 0)
		return lex(lx, t, err);
	if (p >= end)
		return lex_skip(lx, t, err, p);
	c = src[p];
	/* Most tokens follow no blank or one space: that one is skipped
	 * here, without a call. */
	if (c == ' ') {
		if (++p >= end)
			return lex_skip(lx, t, err, p);
		c = src[p];
	}
	return lex_code(lx, t, err, p, c);
}
