/* lexer-names FILE...: the NAME tokens sx_lexer_next() reads in each
 * file, one "N LINE TEXT" line each after a "== FILE" line, and "ERR" where
 * it stops on an error. What tests/lexer/lexer_cpython.py compares with the
 * names of CPython's own parse of the same bytes. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>

#include "lexer.h"
#include "util.h"

int main(int argc, char **argv)
{
	for (int a = 1; a < argc; a++) {
		struct sx_read_opts o = {.max = 1 << 24};
		struct sx_read r;
		struct sx_lexer lx;
		struct sx_tok t;
		struct sx_err err;

		if (sx_util_read_file(AT_FDCWD, argv[a], &o, &r) < 0) {
			fprintf(stderr, "lexer-names: %s: cannot read it\n", argv[a]);
			return 2;
		}
		printf("== %s\n", argv[a]);
		sx_lexer_init(&lx, r.data, r.len);
		for (;;) {
			if (sx_lexer_next(&lx, &t, &err) < 0) {
				printf("ERR %s\n", err.msg);
				break;
			}
			if (t.kind == SX_TOK_EOF)
				break;
			if (t.kind == SX_TOK_NAME)
				printf("N %d %.*s\n", t.line, (int)t.len, t.text);
		}
		free(r.data);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
