#include "bootstrap.h"

#include <string.h>

/* Direct mode: run by the interpreter with -c CODE NAME. Reads the script
 * from stdin to its end, points stdin at /dev/null, writes the start marker
 * (before the script is even compiled, so a syntax error counts as
 * started) and runs the script. There is no supervisor: the parent is
 * sandexec itself. */
const char sx_bootstrap_direct_code[] =
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

/* Container mode: the container's PID 1 (no --init), run with
 * -c CODE NAME supervise SECONDS, stdin "LEN\n" SCRIPT NONCE "\n".
 *
 * 1. Refuse to go on unless it is PID 1, and make itself non-dumpable:
 *    /proc/1/mem, fd, environ and ptrace are then closed to the script's
 *    uid. No signal handler is left installed (Python's SIGINT handler is
 *    reset), so the kernel drops every signal sent to PID 1 from inside its
 *    pid namespace, SIGKILL included; kill(-1) never reaches init either.
 *    SIGCHLD is blocked, to be waited for with sigtimedwait().
 *    Any failure here exits 125 before the start marker: the engine's.
 * 2. Read exactly LEN bytes of script (os.read, never a buffered reader:
 *    the nonce behind it must stay in the pipe), write the start marker.
 * 3. Fork. The child points stdin at /dev/null before anything else, gives
 *    itself the highest OOM score (the OOM killer picks the script, not
 *    its supervisor), restores Python's signal setup and runs the script.
 *    Its memory is a copy of a parent that has not read the nonce yet.
 * 4. The parent reads the nonce (the rest of stdin), reaps every process
 *    as an init must until the script's process ends or SECONDS pass,
 *    then SIGKILLs everything left (kill(-1) until nothing is left, reaping
 *    all), and writes the trailer "\n" SX_END_MARKER NONCE " " END "\n" as
 *    the last bytes of stdout, END being "exit N", "signal N", "oom" (the
 *    cgroup's oom_kill counter went up, v2 or v1) or "deadline". It exits
 *    with the script's status (128+N for a signal). Nothing of the script
 *    is alive to write after it, and the script never knew the nonce.
 * Keep in step with SX_START_MARKER, SX_END_MARKER and sx_end_take(). */
const char sx_bootstrap_code[] =
	"import os, sys, signal, time, select, ctypes\n"
	"def fail(msg):\n"
	"    os.write(2, b'sandexec supervisor: ' + msg.encode() + b'\\n')\n"
	"    os._exit(125)\n"
	"name = sys.argv[1]\n"
	"limit = float(sys.argv[3])\n"
	"if sys.argv[2] != 'supervise' or os.getpid() != 1:\n"
	"    fail('must run as the container init (PID 1)')\n"
	"libc = ctypes.CDLL(None, use_errno=True)\n"
	"if libc.prctl(4, 0, 0, 0, 0) != 0:\n"
	"    fail('prctl(PR_SET_DUMPABLE): errno %d' % ctypes.get_errno())\n"
	"signal.signal(signal.SIGINT, signal.SIG_DFL)\n"
	"signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])\n"
	"def read_exact(n):\n"
	"    b = b''\n"
	"    while len(b) < n:\n"
	"        c = os.read(0, n - len(b))\n"
	"        if not c:\n"
	"            fail('stdin ended before the script did')\n"
	"        b += c\n"
	"    return b\n"
	"head = b''\n"
	"while not head.endswith(b'\\n'):\n"
	"    if len(head) > 20:\n"
	"        fail('no script length on stdin')\n"
	"    head += read_exact(1)\n"
	"source = read_exact(int(head))\n"
	"def oom_kills():\n"
	"    for path in ('/sys/fs/cgroup/memory.events',\n"
	"                 '/sys/fs/cgroup/memory/memory.oom_control'):\n"
	"        try:\n"
	"            with open(path) as f:\n"
	"                for line in f:\n"
	"                    if line.startswith('oom_kill '):\n"
	"                        return int(line.split()[1])\n"
	"        except (OSError, ValueError):\n"
	"            pass\n"
	"    return None\n"
	"before = oom_kills()\n"
	"deadline = time.monotonic() + limit\n"
	"os.write(1, b'\\036sandexec-start\\n')\n"
	"pid = os.fork()\n"
	"if pid:\n"
	"    nonce = b''\n"
	"    while len(nonce) < 128 and time.monotonic() < deadline:\n"
	"        if select.select([0], [], [], max(0, deadline - time.monotonic()))[0]:\n"
	"            c = os.read(0, 128)\n"
	"            if not c:\n"
	"                break\n"
	"            nonce += c\n"
	"    os.close(0)\n"
	"    nonce = nonce.strip()\n"
	"    status = None\n"
	"    while status is None:\n"
	"        while True:\n"
	"            try:\n"
	"                p, st = os.waitpid(-1, os.WNOHANG)\n"
	"            except ChildProcessError:\n"
	"                break\n"
	"            if p == 0:\n"
	"                break\n"
	"            if p == pid:\n"
	"                status = st\n"
	"        left = deadline - time.monotonic()\n"
	"        if status is not None or left <= 0:\n"
	"            break\n"
	"        signal.sigtimedwait([signal.SIGCHLD], left)\n"
	"    while True:\n"
	"        try:\n"
	"            os.kill(-1, 9)\n"
	"        except OSError:\n"
	"            pass\n"
	"        try:\n"
	"            while True:\n"
	"                p, st = os.waitpid(-1, 0)\n"
	"                if p == pid and status is None:\n"
	"                    status = -1\n"
	"        except ChildProcessError:\n"
	"            break\n"
	"    if status == -1 or status is None:\n"
	"        end, code = 'deadline', 137\n"
	"    elif os.WIFEXITED(status):\n"
	"        end, code = 'exit %d' % os.WEXITSTATUS(status), os.WEXITSTATUS(status)\n"
	"    else:\n"
	"        sig = os.WTERMSIG(status)\n"
	"        after = oom_kills()\n"
	"        oom = sig == 9 and before is not None and after is not None and after > before\n"
	"        end, code = ('oom' if oom else 'signal %d' % sig), 128 + sig\n"
	"    out = b'\\n\\036sandexec-end ' + nonce + b' ' + end.encode() + b'\\n'\n"
	"    while out:\n"
	"        try:\n"
	"            out = out[os.write(1, out):]\n"
	"        except OSError:\n"
	"            break\n"
	"    os._exit(code)\n"
	"null = os.open(os.devnull, os.O_RDONLY)\n"
	"os.dup2(null, 0)\n"
	"os.close(null)\n"
	"libc.prctl(4, 1, 0, 0, 0)\n"
	"try:\n"
	"    with open('/proc/self/oom_score_adj', 'w') as f:\n"
	"        f.write('1000')\n"
	"except OSError:\n"
	"    pass\n"
	"signal.pthread_sigmask(signal.SIG_SETMASK, [])\n"
	"signal.signal(signal.SIGINT, signal.default_int_handler)\n"
	"sys.argv = [name]\n"
	"code = compile(source, name, 'exec')\n"
	"del source, null, head, limit, deadline, before, pid, libc, fail, read_exact, oom_kills\n"
	"exec(code, {'__name__': '__main__', '__file__': name, '__builtins__': __builtins__})\n";

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

static bool parse_end(const char *s, size_t n, struct sx_script_end *e)
{
	int v;

	memset(e, 0, sizeof *e);
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

bool sx_end_take(const char *out, size_t *len, const char *nonce, struct sx_script_end *e)
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
