/* lexer.h - a tokenizer for Python 3 source, enough of it to check a
 * policy: names, numbers, strings of every prefix (f-string replacement
 * fields, nested format specs included, are lexed as code, PEP 701 style),
 * operators, comments, logical line ends. It never executes or imports. */
#ifndef SX_LEXER_H
#define SX_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

enum sx_tok_kind {
	SX_TOK_EOF,
	SX_TOK_NAME,
	SX_TOK_NUMBER,
	SX_TOK_STRING,	       /* a whole plain string literal */
	SX_TOK_FSTRING_START,  /* f"... up to the first replacement field or the end */
	SX_TOK_FSTRING_MIDDLE, /* literal text between fields */
	SX_TOK_FSTRING_END,
	SX_TOK_OP,
	SX_TOK_NEWLINE, /* end of a logical line */
	SX_TOK_COMMENT,
};

/* 32 bytes: the check copies tokens at every step. */
struct sx_tok {
	const char *text; /* points into the source */
	size_t len;
	int line;	    /* 1-based */
	int col;	    /* 1-based, in bytes */
	unsigned char kind; /* enum sx_tok_kind */
	bool non_ascii;	    /* a NAME with bytes >= 0x80 */
	unsigned char op;   /* an OP of one byte: that byte; any other token: '\0' */
};

#define SX_LEX_MAX_NEST 64	/* f-strings and brackets inside f-string fields */
#define SX_LEX_MAX_BRACKETS 200 /* CPython's MAXLEVEL */

/* What the lexer is inside of, innermost last: an f-string's literal text,
 * a replacement field (code), or a field's format spec (literal text that
 * may hold fields). */
enum sx_fmode_kind { SX_FM_FSTRING, SX_FM_FIELD, SX_FM_SPEC };

struct sx_fmode {
	enum sx_fmode_kind kind;
	char quote;  /* FSTRING: ' or " */
	bool triple; /* FSTRING */
	int depth;   /* FIELD: bracket depth when it was opened */
};

struct sx_lexer {
	const char *src;
	size_t len;
	size_t pos;
	int line;
	size_t line_start; /* offset of the current line's first byte */
	int depth;	   /* (, [, { nesting */
	bool line_has_tokens;
	bool lead_cont;	   /* a line's indentation holds a "\\" line join */
	size_t lead_start; /* ... from this line's first byte */
	struct sx_fmode fstack[SX_LEX_MAX_NEST];
	int nf;				    /* modes open */
	char brackets[SX_LEX_MAX_BRACKETS]; /* the open ones, [0..depth) */
};

/* Start lexing src[0..len) (a UTF-8 BOM is skipped). */
void sx_lexer_init(struct sx_lexer *lx, const char *src, size_t len);

/* The next token. Returns 0, or -EINVAL with err "LINE:COL: ..." for
 * source that Python could not tokenize either (an unterminated string, a
 * stray byte, NUL, nesting beyond SX_LEX_MAX_NEST, a bracket closed that
 * is not open or by the wrong kind, one left open at the end). */
int sx_lexer_next(struct sx_lexer *lx, struct sx_tok *tok, struct sx_err *err);

const char *sx_lexer_tok_kind_name(enum sx_tok_kind k);

#endif
