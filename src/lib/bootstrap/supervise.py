# Container mode: the container's PID 1 (no --init), run with
# -c CODE NAME supervise SECONDS, markers.py before this file, and on stdin
# "LEN\n" SCRIPT "ALEN\n" ARGS NONCE "\n", ARGS being the script's
# sys.argv[1:], each word followed by a NUL (sx_bootstrap_stdin()).
#
# 1. Refuse to go on unless it is PID 1, and make itself non-dumpable:
#    /proc/1/mem, fd, environ and ptrace are then closed to the script's
#    uid. No signal handler is left installed (Python's SIGINT handler is
#    reset), so the kernel drops every signal sent to PID 1 from inside its
#    pid namespace, SIGKILL included; kill(-1) never reaches init either.
#    SIGCHLD is blocked, to be waited for with sigtimedwait().
#    Any failure here exits 125 before the start marker: the engine's.
# 2. Read exactly LEN bytes of script and ALEN of words (os.read, never a buffered reader:
#    the nonce behind it must stay in the pipe), write the start marker.
# 3. Fork. The child points stdin at /dev/null before anything else, gives
#    itself the highest OOM score (the OOM killer picks the script, not
#    its supervisor), restores Python's signal setup and runs the script
#    (script.py).
#    Its memory is a copy of a parent that has not read the nonce yet.
# 4. The parent reads the nonce (the rest of stdin), reaps every process
#    as an init must until the script's process ends or SECONDS pass,
#    then SIGKILLs everything left (kill(-1) until nothing is left, reaping
#    all), and writes the trailer END NONCE " " WHAT " usage " USAGE "\n"
#    as the last bytes of stdout, WHAT being "exit N", "signal N", "oom"
#    (the cgroup's oom_kill counter went up, v2 or v1) or "deadline", USAGE
#    "USER_MS SYS_MS MAXRSS_KIB WALL_MS": the CPU times summed and the
#    largest ru_maxrss over every process it reaped (os.wait4: each one's
#    own reaped children included), and the time from the fork to the end
#    of the script's process (or the deadline). It exits with the script's
#    status (128+N for a signal). Nothing of the script is alive to write
#    after it, and the script never knew the nonce.
#    Any exception in the supervisor's own code after the start marker
#    exits FAILED (121) without a trailer: never taken for the script's end.
# 5. The OOM killer may still pick PID 1: the child can lower its
#    oom_score_adj back to the floor the engine left (0, measured with and
#    without docker's --oom-score-adj: raising it is not binding without
#    CAP_SYS_RESOURCE, and PID 1 cannot go below that floor either), and
#    memory the script fills where no process's size shows it (a memfd,
#    tmpfs) leaves PID 1 the biggest.
#    The parent drops the script's text and trims its heap to stay small;
#    what is left of the risk costs the run its trailer, and sandexec then
#    asks the engine: oom, or internal_error, never a status of the
#    script's (run.c).
# sx_bootstrap_end_take() in bootstrap.c parses the trailer.
import os, sys, signal, time, select, ctypes
def fail(msg):
    os.write(2, b'sandexec supervisor: ' + msg.encode() + b'\n')
    os._exit(125)
FAILED = 121  # SX_SUPERVISOR_FAILED in bootstrap.h
def fail_after(e):
    # After the start marker: never an exit status the script could have,
    # and no trailer, so sandexec says the script's end is unknown.
    try:
        os.write(2, b'sandexec supervisor: failed: ' + repr(e).encode() + b'\n')
    finally:
        os._exit(FAILED)
name = sys.argv[1]
limit = float(sys.argv[3])
if sys.argv[2] != 'supervise' or os.getpid() != 1:
    fail('must run as the container init (PID 1)')
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(4, 0, 0, 0, 0) != 0:
    fail('prctl(PR_SET_DUMPABLE): errno %d' % ctypes.get_errno())
signal.signal(signal.SIGINT, signal.SIG_DFL)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
def read_exact(n):
    b = b''
    while len(b) < n:
        c = os.read(0, n - len(b))
        if not c:
            fail('stdin ended before the script did')
        b += c
    return b
def read_length(what):
    head = b''
    while not head.endswith(b'\n'):
        if len(head) > 20:
            fail('no %s length on stdin' % what)
        head += read_exact(1)
    return int(head)
source = read_exact(read_length('script'))
words = read_exact(read_length('arguments')).split(b'\0')[:-1]
words = [w.decode('utf-8') for w in words]
def oom_kills():
    for path in ('/sys/fs/cgroup/memory.events',
                 '/sys/fs/cgroup/memory/memory.oom_control'):
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith('oom_kill '):
                        return int(line.split()[1])
        except (OSError, ValueError):
            pass
    return None
before = oom_kills()
deadline = time.monotonic() + limit
def supervise(pid):
    nonce = b''
    waiter = select.poll()
    waiter.register(0, select.POLLIN)
    while len(nonce) < 128 and time.monotonic() < deadline:
        # poll, not select: gVisor refuses select(2) with EPERM.
        if waiter.poll(max(0, deadline - time.monotonic()) * 1000):
            c = os.read(0, 128)
            if not c:
                break
            nonce += c
    os.close(0)
    nonce = nonce.strip()
    status = None
    ended = None
    used = [0.0, 0.0, 0]
    def reaped(ru):
        used[0] += ru.ru_utime
        used[1] += ru.ru_stime
        used[2] = max(used[2], ru.ru_maxrss)
    while status is None:
        while True:
            try:
                p, st, ru = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if p == 0:
                break
            reaped(ru)
            if p == pid:
                status = st
                ended = time.monotonic()
        left = deadline - time.monotonic()
        if status is not None or left <= 0:
            break
        signal.sigtimedwait([signal.SIGCHLD], left)
    if ended is None:
        ended = time.monotonic()
    while True:
        try:
            os.kill(-1, 9)
        except OSError:
            pass
        try:
            while True:
                p, st, ru = os.wait4(-1, 0)
                reaped(ru)
                if p == pid and status is None:
                    status = -1
        except ChildProcessError:
            break
    if status == -1 or status is None:
        end, code = 'deadline', 137
    elif os.WIFEXITED(status):
        end, code = 'exit %d' % os.WEXITSTATUS(status), os.WEXITSTATUS(status)
    else:
        sig = os.WTERMSIG(status)
        after = oom_kills()
        oom = sig == 9 and before is not None and after is not None and after > before
        end, code = ('oom' if oom else 'signal %d' % sig), 128 + sig
    cap = 10 ** 12 - 1  # SX_END_NUM_MAX digits
    usage = ' usage %d %d %d %d' % tuple(min(cap, max(0, int(v))) for v in (
        used[0] * 1000, used[1] * 1000, used[2], (ended - started) * 1000))
    out = END + nonce + b' ' + end.encode() + usage.encode() + b'\n'
    while out:
        try:
            out = out[os.write(1, out):]
        except OSError:
            break
    return code
try:
    os.write(1, START)
    started = time.monotonic()
    pid = os.fork()
except BaseException as e:
    fail_after(e)
if pid:
    try:
        # The supervisor keeps as little memory as it can, so that the
        # OOM killer finds a bigger process to pick (see 5. above).
        del source
        try:
            libc.malloc_trim(0)
        except AttributeError:
            pass
        code = supervise(pid)
    except BaseException as e:
        fail_after(e)
    os._exit(code)
null = os.open(os.devnull, os.O_RDONLY)
os.dup2(null, 0)
os.close(null)
libc.prctl(4, 1, 0, 0, 0)
try:
    with open('/proc/self/oom_score_adj', 'w') as f:
        f.write('1000')
except OSError:
    pass
signal.pthread_sigmask(signal.SIG_SETMASK, [])
signal.signal(signal.SIGINT, signal.default_int_handler)
del null, read_length, limit, deadline, before, started, pid, libc, fail, read_exact, oom_kills
del supervise, fail_after, FAILED
del START, END
# script.py follows: it runs the script.
