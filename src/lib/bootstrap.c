#include "bootstrap.h"

/* Keep in step with SX_START_MARKER: the marker is written before the
 * script is compiled, so that even a syntax error counts as started. */
const char sx_bootstrap_code[] =
	"import os, sys\n"
	"name = sys.argv[1]\n"
	"source = sys.stdin.buffer.read()\n"
	"null = os.open(os.devnull, os.O_RDONLY)\n"
	"os.dup2(null, 0)\n"
	"os.close(null)\n"
	"os.write(1, b'\\036sandexec-start\\n')\n"
	"sys.argv = [name]\n"
	"code = compile(source, name, 'exec')\n"
	"del source, null\n"
	"exec(code, {'__name__': '__main__', '__file__': name, '__builtins__': __builtins__})\n";
