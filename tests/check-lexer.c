#include <stdio.h>
#include <string.h>

#include "check-main.h"
#include "lexer.h"

/* The kinds and texts of all tokens of src, comments included, as
 * "KIND:text" joined by spaces; NEWLINE and EOF without text. */
static char *lex_all(const char *src, char *buf, size_t len)
{
	struct sx_lexer lx;
	struct sx_tok t;
	struct sx_err err;
	size_t used = 0;

	buf[0] = '\0';
	sx_lexer_init(&lx, src, strlen(src));
	for (int guard = 0; guard < 1000; guard++) {
		int r = sx_lexer_next(&lx, &t, &err);
		ck_assert_msg(r == 0, "lex error: %s", err.msg);
		if (t.kind == SX_TOK_EOF)
			break;
		if (t.kind == SX_TOK_NEWLINE)
			used += (size_t)snprintf(buf + used, len - used, "%sNL", used ? " " : "");
		else
			used +=
			    (size_t)snprintf(buf + used, len - used, "%s%s:%.*s", used ? " " : "",
					     sx_lexer_tok_kind_name(t.kind), (int)t.len, t.text);
	}
	return buf;
}

#define LEX(src, want)                                                                             \
	do {                                                                                       \
		char buf_[2048];                                                                   \
		ck_assert_str_eq(lex_all(src, buf_, sizeof buf_), want);                           \
	} while (0)

static void lex_error(const char *src, const char *want)
{
	struct sx_lexer lx;
	struct sx_tok t;
	struct sx_err err = {""};
	int r = 0;

	sx_lexer_init(&lx, src, strlen(src));
	for (int guard = 0; guard < 1000 && r == 0; guard++) {
		r = sx_lexer_next(&lx, &t, &err);
		if (r == 0 && t.kind == SX_TOK_EOF)
			break;
	}
	ck_assert_int_ne(r, 0);
	ck_assert_msg(strstr(err.msg, want), "'%s' not in '%s'", want, err.msg);
}

START_TEST(test_names_numbers_ops)
{
	LEX("x = a.b(1, 2.5e-3)\n",
	    "NAME:x OP:= NAME:a OP:. NAME:b OP:( NUMBER:1 OP:, NUMBER:2.5e-3 OP:) NL");
	LEX("y **= 0x1F + 0o7 + 0b1_0 + 1_000j + .5\n",
	    "NAME:y OP:**= NUMBER:0x1F OP:+ NUMBER:0o7 OP:+ NUMBER:0b1_0 OP:+ NUMBER:1_000j "
	    "OP:+ NUMBER:.5 NL");
	LEX("a := b -> c ... != //= >>=", "NAME:a OP::= NAME:b OP:-> NAME:c OP:... OP:!= OP://= "
					  "OP:>>= NL");
	LEX("1if x else 2", "NUMBER:1 NAME:if NAME:x NAME:else NUMBER:2 NL");
	LEX("@decorator\ndef f(): pass", "OP:@ NAME:decorator NL NAME:def NAME:f OP:( OP:) OP:: "
					 "NAME:pass NL");
}
END_TEST

START_TEST(test_strings)
{
	LEX("'a' \"b\" r'\\d' b'x' rb'y' Br\"z\" u'w' R'q'",
	    "STRING:'a' STRING:\"b\" STRING:r'\\d' STRING:b'x' STRING:rb'y' STRING:Br\"z\" "
	    "STRING:u'w' STRING:R'q' NL");
	LEX("'it\\'s' \"say \\\"hi\\\"\"", "STRING:'it\\'s' STRING:\"say \\\"hi\\\"\" NL");
	LEX("'''a\n'b'\n''' x", "STRING:'''a\n'b'\n''' NAME:x NL");
	LEX("\"\"\"eval('x')\"\"\"", "STRING:\"\"\"eval('x')\"\"\" NL");
	/* Not prefixes: a name, then a string. */
	LEX("ur'x'", "NAME:ur STRING:'x' NL");
	LEX("bf'x'", "NAME:bf STRING:'x' NL");
	LEX("'a\\\nb'", "STRING:'a\\\nb' NL");
}
END_TEST

START_TEST(test_fstrings)
{
	LEX("f'a{x}b'", "FSTRING_START:f' FSTRING_MIDDLE:a OP:{ NAME:x OP:} FSTRING_MIDDLE:b "
			"FSTRING_END:' NL");
	LEX("f'{{lit}}'", "FSTRING_START:f' FSTRING_MIDDLE:{{lit}} FSTRING_END:' NL");
	LEX("f'{x!r:>{w}}'", "FSTRING_START:f' OP:{ NAME:x OP:! NAME:r OP:: FSTRING_MIDDLE:> "
			     "OP:{ NAME:w OP:} OP:} FSTRING_END:' NL");
	LEX("f'{x:=5}'",
	    "FSTRING_START:f' OP:{ NAME:x OP:: FSTRING_MIDDLE:=5 OP:} FSTRING_END:' NL");
	LEX("f'{(y:=5)}'", "FSTRING_START:f' OP:{ OP:( NAME:y OP::= NUMBER:5 OP:) OP:} "
			   "FSTRING_END:' NL");
	LEX("f'{d[\"k\"]}'", "FSTRING_START:f' OP:{ NAME:d OP:[ STRING:\"k\" OP:] OP:} "
			     "FSTRING_END:' NL");
	/* PEP 701: the same quote inside a field, and f-strings in fields. */
	LEX("f\"{f\"{e}\"}\"", "FSTRING_START:f\" OP:{ FSTRING_START:f\" OP:{ NAME:e OP:} "
			       "FSTRING_END:\" OP:} FSTRING_END:\" NL");
	LEX("rf'\\{x}'", "FSTRING_START:rf' FSTRING_MIDDLE:\\ OP:{ NAME:x OP:} FSTRING_END:' NL");
	LEX("F'''a\n{b}\n'''", "FSTRING_START:F''' FSTRING_MIDDLE:a\n OP:{ NAME:b OP:} "
			       "FSTRING_MIDDLE:\n FSTRING_END:''' NL");
	LEX("f'{a:{b}{c}x}'", "FSTRING_START:f' OP:{ NAME:a OP:: OP:{ NAME:b OP:} OP:{ NAME:c OP:} "
			      "FSTRING_MIDDLE:x OP:} FSTRING_END:' NL");
	LEX("f'{x=}'", "FSTRING_START:f' OP:{ NAME:x OP:= OP:} FSTRING_END:' NL");
	/* A raw f-string's backslash still escapes a quote and joins a line
	 * for where the literal ends: rf"\" + " is one string, and what
	 * follows it is code. */
	LEX("rf\"\\\" + \"; open(p) #\"",
	    "FSTRING_START:rf\" FSTRING_MIDDLE:\\\" +  FSTRING_END:\" OP:; NAME:open OP:( NAME:p "
	    "OP:) COMMENT:#\" NL");
	LEX("Rf'a\\\nb' x", "FSTRING_START:Rf' FSTRING_MIDDLE:a\\\nb FSTRING_END:' NAME:x NL");
	LEX("fr'\\\\' x", "FSTRING_START:fr' FSTRING_MIDDLE:\\\\ FSTRING_END:' NAME:x NL");
}
END_TEST

START_TEST(test_lines)
{
	LEX("a = (1,\n  2)\nb\n", "NAME:a OP:= OP:( NUMBER:1 OP:, NUMBER:2 OP:) NL NAME:b NL");
	LEX("a = 1 + \\\n    2\n", "NAME:a OP:= NUMBER:1 OP:+ NUMBER:2 NL");
	LEX("a\r\nb\rc\n", "NAME:a NL NAME:b NL NAME:c NL");
	LEX("\xef\xbb\xbfimport x", "NAME:import NAME:x NL");
	LEX("\tif x:\n\t\ty  # note\n\n\n", "NAME:if NAME:x OP:: NL NAME:y COMMENT:# note NL");
	LEX("# only a comment", "COMMENT:# only a comment");
	LEX("", "");
}
END_TEST

/* The columns of src's names, in order, at most max; their count. */
static int name_cols(const char *src, int *cols, int max)
{
	struct sx_lexer lx;
	struct sx_tok t;
	struct sx_err err;
	int n = 0;

	sx_lexer_init(&lx, src, strlen(src));
	do {
		ck_assert_int_eq(sx_lexer_next(&lx, &t, &err), 0);
		if (t.kind == SX_TOK_NAME && n < max)
			cols[n++] = t.col;
	} while (t.kind != SX_TOK_EOF);
	return n;
}

START_TEST(test_positions)
{
	struct sx_lexer lx;
	struct sx_tok t;
	struct sx_err err;
	const char *src = "x = '''\n\n'''; yy\n";

	sx_lexer_init(&lx, src, strlen(src));
	for (int i = 0; i < 5; i++)
		ck_assert_int_eq(sx_lexer_next(&lx, &t, &err), 0);
	ck_assert_int_eq(t.kind, SX_TOK_NAME);
	ck_assert_int_eq(t.line, 3);
	ck_assert_int_eq(t.col, 6);

	/* CPython counts a line's indentation from its last form feed: "\f"
	 * then four spaces is indented four, as deep as the line above,
	 * also after a comment line and in the first line; a form feed
	 * between tokens is a blank. */
	src = "class C:\n    a = 1\n\f    b = 2\n# c\n \f  \f    d\n";
	int cols[64];
	ck_assert_int_eq(name_cols(src, cols, 64), 5);
	ck_assert_int_eq(cols[2], 5); /* a */
	ck_assert_int_eq(cols[3], 5); /* b */
	ck_assert_int_eq(cols[4], 5); /* d */
	/* A backslash that joins lines in the indentation fixes it at the
	 * first one's column, unless that is 0 (CPython 3.11's tokenizer). */
	src = "class C:\n    a = 1\n    \\\nb = 2\n\\\n    d\n";
	ck_assert_int_eq(name_cols(src, cols, 64), 5);
	ck_assert_int_eq(cols[3], 5); /* b */
	ck_assert_int_eq(cols[4], 5); /* d */
	src = "\f  x =\f1\n";
	sx_lexer_init(&lx, src, strlen(src));
	ck_assert_int_eq(sx_lexer_next(&lx, &t, &err), 0);
	ck_assert_int_eq(t.col, 3);
	ck_assert_int_eq(sx_lexer_next(&lx, &t, &err), 0);
	ck_assert_int_eq(t.col, 5);
}
END_TEST

START_TEST(test_non_ascii)
{
	struct sx_lexer lx;
	struct sx_tok t;
	struct sx_err err;
	const char *src = "\xef\xbd\x85val = 'é'";

	sx_lexer_init(&lx, src, strlen(src));
	ck_assert_int_eq(sx_lexer_next(&lx, &t, &err), 0);
	ck_assert_int_eq(t.kind, SX_TOK_NAME);
	ck_assert(t.non_ascii);
	ck_assert_uint_eq(t.len, 6);
}
END_TEST

START_TEST(test_errors)
{
	lex_error("x = 'open", "1:5: unterminated string");
	lex_error("x = '''open\n\n", "unterminated string");
	lex_error("f'{x'", "unterminated");
	lex_error("f'{x}", "unterminated f-string");
	lex_error("f'a}'", "single '}'");
	lex_error("x = $", "1:5: invalid character");
	lex_error("x \\ y", "continuation");
	lex_error("f'{x:abc'", "expecting '}'");
}
END_TEST

START_TEST(test_nul)
{
	static const char src[] = "x = 1\0";
	struct sx_lexer lx;
	struct sx_tok t;
	struct sx_err err;
	int r = 0;

	sx_lexer_init(&lx, src, sizeof src - 1);
	for (int i = 0; i < 10 && r == 0; i++)
		r = sx_lexer_next(&lx, &t, &err);
	ck_assert_int_ne(r, 0);
	ck_assert_ptr_nonnull(strstr(err.msg, "NUL"));
}
END_TEST

START_TEST(test_deep_nesting)
{
	char src[4096] = "";

	for (int i = 0; i < 100; i++)
		strcat(src, "f'{");
	lex_error(src, "nested too deeply");
}
END_TEST

/* Brackets balance as Python's tokenizer demands: a check that accepts
 * "x = (1))" reads statements Python refuses. */
START_TEST(test_brackets)
{
	char deep[2 * SX_LEX_MAX_BRACKETS + 8];

	lex_error("x = (1))", "1:8: unmatched ')'");
	lex_error("x = [1)", "1:7: closing parenthesis ')' does not match '['");
	lex_error("x = (1\n", "'(' was never closed");
	lex_error("f'{x)}'", "unmatched ')'");
	LEX("f'{(1)}' + f'{ {1: 2}[1] }'",
	    "FSTRING_START:f' OP:{ OP:( NUMBER:1 OP:) OP:} FSTRING_END:' OP:+ FSTRING_START:f' "
	    "OP:{ OP:{ NUMBER:1 OP:: NUMBER:2 OP:} OP:[ NUMBER:1 OP:] OP:} FSTRING_END:' NL");
	memset(deep, '(', SX_LEX_MAX_BRACKETS + 1);
	deep[SX_LEX_MAX_BRACKETS + 1] = '\0';
	lex_error(deep, "too many nested parentheses");
}
END_TEST

/* What each byte starts (the lexer dispatches on a table) and where the
 * fast loops over names, blanks, comments and strings stop. */
START_TEST(test_byte_classes)
{
	char name[200], want[256];
	size_t n = 0;

	/* Every byte that continues a name, high bytes included. */
	for (int c = 'a'; c <= 'z'; c++)
		name[n++] = (char)c;
	for (int c = 'A'; c <= 'Z'; c++)
		name[n++] = (char)c;
	for (int c = '0'; c <= '9'; c++)
		name[n++] = (char)c;
	name[n++] = '_';
	name[n++] = '\xc3';
	name[n++] = '\xa9';
	name[n] = '\0';
	snprintf(want, sizeof want, "NAME:%s NL", name);
	LEX(name, want);
	LEX("_x9 = \xc3\xa9"
	    "1",
	    "NAME:_x9 OP:= NAME:\xc3\xa9"
	    "1 NL");
	lex_error("a $ b", "1:3: invalid character");
	lex_error("a ? b", "1:3: invalid character");
	lex_error("a ` b", "1:3: invalid character");
	/* A name of at most two letters before a quote may be a prefix. */
	LEX("rr'x' xr'x' rbf'x' _'x' r", "NAME:rr STRING:'x' NAME:xr STRING:'x' NAME:rbf "
					 "STRING:'x' NAME:_ STRING:'x' NAME:r NL");
	LEX("Rb'x' u\"x\" F'x'",
	    "STRING:Rb'x' STRING:u\"x\" FSTRING_START:F' FSTRING_MIDDLE:x FSTRING_END:' NL");
	lex_error("x = r\"", "1:5: unterminated string literal");
	/* Blanks, comments to either line break, and strings holding the
	 * other quote or a line continuation. */
	LEX("a\t\f b # c\rd # e\r\nf # g",
	    "NAME:a NAME:b COMMENT:# c NL NAME:d COMMENT:# e NL NAME:f COMMENT:# g NL");
	LEX("'say \"hi\"' \"it's\" '''a\r\nb''' 'a\\\r\nb'",
	    "STRING:'say \"hi\"' STRING:\"it's\" STRING:'''a\r\nb''' STRING:'a\\\r\nb' NL");
	/* Operators of one, two and three bytes; a dot before a digit. */
	LEX("a ... b -> c **= d //= e := f != g @= h ~i .5 j.k",
	    "NAME:a OP:... NAME:b OP:-> NAME:c OP:**= NAME:d OP://= NAME:e OP::= NAME:f OP:!= "
	    "NAME:g OP:@= NAME:h OP:~ NAME:i NUMBER:.5 NAME:j OP:. NAME:k NL");
}
END_TEST

Suite *make_suite(void)
{
	Suite *s = suite_create("lexer");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_names_numbers_ops);
	tcase_add_test(tc, test_strings);
	tcase_add_test(tc, test_fstrings);
	tcase_add_test(tc, test_lines);
	tcase_add_test(tc, test_positions);
	tcase_add_test(tc, test_non_ascii);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_nul);
	tcase_add_test(tc, test_deep_nesting);
	tcase_add_test(tc, test_brackets);
	tcase_add_test(tc, test_byte_classes);
	suite_add_tcase(s, tc);
	return s;
}
