#include "bootstrap.h"

/* Run by the interpreter with: -c CODE NAME [supervise].
 *
 * 1. Read the script from stdin, point stdin at /dev/null, write the start
 *    marker: it is written before the script is even compiled, so a syntax
 *    error counts as started.
 * 2. With "supervise" (in a container only), fork: the child runs the
 *    script; the parent waits for it, kills every other process of the
 *    container's user that is left (kill(-1) spares itself and init), then
 *    writes the end trailer as the last bytes of stdout and exits with the
 *    script's status. Nothing of the script is alive to write after it.
 *    The trailer tells a script's own exit status from a death by signal,
 *    and a kill by the memory cgroup's OOM killer (its oom_kill counter
 *    went up) from any other SIGKILL.
 * Keep in step with SX_START_MARKER and SX_END_MARKER. */
#define BOOT_HEAD \
	"import os, sys\n" \
	"name = sys.argv[1]\n" \
	"supervise = sys.argv[2:] == ['supervise']\n" \
	"source = sys.stdin.buffer.read()\n" \
	"null = os.open(os.devnull, os.O_RDONLY)\n" \
	"os.dup2(null, 0)\n" \
	"os.close(null)\n" \
	"os.write(1, b'\\036sandexec-start\\n')\n"

#define BOOT_SUPERVISE \
	"def oom_kills():\n" \
	"    for path in ('/sys/fs/cgroup/memory.events',\n" \
	"                 '/sys/fs/cgroup/memory/memory.oom_control'):\n" \
	"        try:\n" \
	"            with open(path) as f:\n" \
	"                for line in f:\n" \
	"                    if line.startswith('oom_kill '):\n" \
	"                        return int(line.split()[1])\n" \
	"        except (OSError, ValueError):\n" \
	"            pass\n" \
	"    return None\n" \
	"if supervise:\n" \
	"    before = oom_kills()\n" \
	"    pid = os.fork()\n" \
	"    if pid:\n" \
	"        while True:\n" \
	"            _, status = os.waitpid(pid, 0)\n" \
	"            if os.WIFEXITED(status) or os.WIFSIGNALED(status):\n" \
	"                break\n" \
	"        try:\n" \
	"            os.kill(-1, 9)\n" \
	"        except OSError:\n" \
	"            pass\n" \
	"        if os.WIFEXITED(status):\n" \
	"            end, code = 'exit %d' % os.WEXITSTATUS(status), os.WEXITSTATUS(status)\n" \
	"        else:\n" \
	"            sig = os.WTERMSIG(status)\n" \
	"            after = oom_kills()\n" \
	"            oom = sig == 9 and before is not None and after is not None and after > before\n" \
	"            end, code = ('oom' if oom else 'signal %d' % sig), 128 + sig\n" \
	"        os.write(1, b'\\036sandexec-end ' + end.encode() + b'\\n')\n" \
	"        os._exit(code)\n"

const char sx_bootstrap_code[] = BOOT_HEAD BOOT_SUPERVISE
	"sys.argv = [name]\n"
	"code = compile(source, name, 'exec')\n"
	"del source, null, supervise, oom_kills\n"
	"exec(code, {'__name__': '__main__', '__file__': name, '__builtins__': __builtins__})\n";

/* Direct mode has no supervisor: the parent is sandexec itself. */
const char sx_bootstrap_direct_code[] = BOOT_HEAD
	"sys.argv = [name]\n"
	"code = compile(source, name, 'exec')\n"
	"del source, null, supervise\n"
	"exec(code, {'__name__': '__main__', '__file__': name, '__builtins__': __builtins__})\n";
