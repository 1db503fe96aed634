# Container mode: the container's PID 1 (no --init), run with
# -c CODE NAME supervise SECONDS (a cold run) or -c CODE - warm SECONDS IDLE
# MODULES (a spare, docker.spares), markers.py before this file, and on stdin
# ["NLEN\n" NAME] "LEN\n" SCRIPT "ALEN\n" ARGS NONCE "\n", ARGS being the
# script's sys.argv[1:], each word followed by a NUL, NAME (the script's file
# name) there only for a spare (sx_bootstrap_stdin()).
#
# 1. Refuse to go on unless it is PID 1, and make itself non-dumpable:
#    /proc/1/mem, fd, environ and ptrace are then closed to the script's
#    uid. No signal handler is left installed (Python's SIGINT handler is
#    reset), so the kernel drops every signal sent to PID 1 from inside its
#    pid namespace, SIGKILL included; kill(-1) never reaches init either.
#    SIGCHLD is blocked, to be waited for with sigtimedwait().
#    Any failure here exits 125 before the start marker: the engine's.
# 2. Fork the script's process before anything is read. The child points
#    stdin at /dev/null before anything else (it never sees a byte of
#    stdin), gives itself the highest OOM score (the OOM killer picks the
#    script, not its supervisor), restores Python's signal setup, imports
#    MODULES (a spare: numpy and pandas are then loaded when the script
#    comes; what they print goes to /dev/null), and waits for the script on
#    a pipe from the parent. Should it die before its script comes (the OOM
#    killer during the imports), the parent forks a fresh one without them.
# 3. The parent waits for stdin: a spare at most IDLE seconds, after which
#    it ends (nothing of any script was read; --rm removes the container).
#    It reads exactly the name, LEN bytes of script, ALEN of words and the
#    nonce (one line; os.read, never a buffered reader: a spare's stdin does
#    not end), closes its stdin (under gVisor /proc/1/fd/0 is open to the
#    script: it must be gone before the script comes), writes the start
#    marker, and hands the rest to the child, which runs the script
#    (script.py). The child's memory never held the nonce.
# 4. The parent reaps every process as an init
#    must until the script's process ends or SECONDS pass (counted from the
#    start marker), then SIGKILLs everything left (kill(-1) until nothing is
#    left, reaping all), and writes the trailer END NONCE " " WHAT " usage "
#    USAGE "\n" as the last bytes of stdout, WHAT being "exit N", "signal N",
#    "oom" (the cgroup's oom_kill counter went up, v2 or v1) or "deadline",
#    USAGE "USER_MS SYS_MS MAXRSS_KIB WALL_MS": the CPU times summed over
#    every process it reaped (os.wait4: each one's own reaped children
#    included) less what the child spent before its script began (its
#    imports: the child tells its CPU times and that moment through a second
#    pipe, which the parent reads and closes before a third lets the script
#    begin), the largest ru_maxrss, and the time from that moment (else the
#    start marker) to the end of the script's process (or the deadline). It exits with the
#    script's status (128+N for a signal). Nothing of the script is alive
#    to write after it, and the script never knew the nonce.
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
mode = sys.argv[2] if len(sys.argv) > 3 else ''
if mode not in ('supervise', 'warm') or os.getpid() != 1 or (mode == 'warm') != (len(sys.argv) == 6):
    fail('must run as the container init (PID 1)')
limit = float(sys.argv[3])
idle = float(sys.argv[4]) if mode == 'warm' else None
preload = [m for m in sys.argv[5].split(',') if m] if mode == 'warm' else []
libc = ctypes.CDLL(None, use_errno=True)
if libc.prctl(4, 0, 0, 0, 0) != 0:
    fail('prctl(PR_SET_DUMPABLE): errno %d' % ctypes.get_errno())
signal.signal(signal.SIGINT, signal.SIG_DFL)
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
def fork_child():
    # handoff: the name, script and words, parent to child; tell: what the
    # child spent before its script and when the script began, child to
    # parent; go: closed by the parent once it has read that, for the
    # child to begin the script. Each side closes the other's ends (the
    # child at its start, below).
    global handoff, handto, tell_r, tell_w, go_r, go_w
    try:
        handoff, handto = os.pipe()
        tell_r, tell_w = os.pipe()
        go_r, go_w = os.pipe()
        child = os.fork()
    except OSError as e:
        fail('fork: %s' % e)
    if child:
        os.close(handoff)
        os.close(tell_w)
        os.close(go_r)
    return child
pid = fork_child()
if pid:
    def read_exact(n):
        b = b''
        while len(b) < n:
            c = os.read(0, n - len(b))
            if not c:
                fail('stdin ended before the script did')
            b += c
        return b
    def read_length(what, head=b''):
        while not head.endswith(b'\n'):
            if len(head) > 20 or not head[-1:].isdigit() and head:
                fail('no %s length on stdin' % what)
            head += read_exact(1)
        if not head[:-1].isdigit():
            fail('no %s length on stdin' % what)
        return int(head)
    def told(started, deadline):
        # The child's word: its CPU times and the monotonic time when its
        # script began (after the imports); what it spent before does not
        # count. Nothing said (it died first): all of it counts. Read, and
        # the pipe closed, before the script begins: under gVisor the
        # script could reopen it through /proc/1/fd and say less.
        try:
            waiter = select.poll()
            waiter.register(tell_r, select.POLLIN)
            if not waiter.poll(max(0, deadline - time.monotonic()) * 1000):
                return (0.0, 0.0), started
            w = os.read(tell_r, 100).split()
            return (float(w[0]), float(w[1])), float(w[2])
        except (OSError, ValueError, IndexError):
            return (0.0, 0.0), started
        finally:
            os.close(tell_r)
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
    def read_nonce():
        # One line: a spare's stdin does not end with it (the engine keeps it
        # open for the attached client).
        nonce = b''
        while len(nonce) < 128 and not nonce.endswith(b'\n'):
            nonce += read_exact(1)
        return nonce.strip()
    def supervise(pid, nonce, before, started, deadline, spent, began):
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
            (used[0] - spent[0]) * 1000, (used[1] - spent[1]) * 1000, used[2],
            (ended - max(started, min(began, ended))) * 1000))
        out = END + nonce + b' ' + end.encode() + usage.encode() + b'\n'
        while out:
            try:
                out = out[os.write(1, out):]
            except OSError:
                break
        return code
    def parent():
        global pid, preload
        if idle is not None:
            # A spare waits this long for its one script, then ends.
            waiter = select.poll()
            waiter.register(0, select.POLLIN)
            first = os.read(0, 1) if waiter.poll(idle * 1000) else b''
            if not first:
                os._exit(0)
            name = read_exact(read_length('name', first)).decode('utf-8', 'replace')
        else:
            name = sys.argv[1]
        source = read_exact(read_length('script'))
        words = read_exact(read_length('arguments'))
        if os.waitpid(pid, os.WNOHANG)[0]:
            # The script's process died before its script came (the OOM
            # killer during the imports): a fresh one, without them.
            os.close(handto)
            os.close(tell_r)
            os.close(go_w)
            preload = []
            pid = fork_child()
            if pid == 0:
                return None
        # Only now, once no child is to be forked: a fresh one would have
        # the nonce in its memory, and its pipes would take fd 0.
        nonce = read_nonce()
        os.close(0)
        before = oom_kills()
        try:
            os.write(1, START)
            started = time.monotonic()
            deadline = started + limit
            hand = b'%d\n' % len(name.encode()) + name.encode() + b'%d\n' % len(source) + \
                source + words
            del source, words
            try:
                while hand:
                    hand = hand[os.write(handto, hand):]
            except BrokenPipeError:
                pass
            os.close(handto)
            del hand
            spent, began = told(started, deadline)
            os.close(go_w)  # the script begins
            # The supervisor keeps as little memory as it can, so that the
            # OOM killer finds a bigger process to pick (see 5. above).
            try:
                libc.malloc_trim(0)
            except AttributeError:
                pass
            return supervise(pid, nonce, before, started, deadline, spent, began)
        except BaseException as e:
            fail_after(e)
    code = parent()
    if code is not None:
        os._exit(code)
# The script's process: nothing of stdin; the script from the parent.
os.close(handto)
os.close(tell_r)
os.close(go_w)
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
if preload:
    # Whatever the imports print is not the script's.
    keep = os.dup(1), os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    for m in preload:
        try:
            __import__(m)
        except BaseException:
            pass
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except BaseException:
            pass
    os.dup2(keep[0], 1)
    os.dup2(keep[1], 2)
    os.close(keep[0])
    os.close(keep[1])
    os.close(null)
    del keep, m
hand = b''
while True:
    c = os.read(handoff, 1 << 20)
    if not c:
        break
    hand += c
os.close(handoff)
if not hand:
    os._exit(0)
t = os.times()
os.write(tell_w, b'%r %r %r\n' % (t.user, t.system, time.monotonic()))
os.close(tell_w)
while os.read(go_r, 1):
    pass
os.close(go_r)
del t
n = hand.index(b'\n')
at = n + 1 + int(hand[:n])
name = hand[n + 1:at].decode('utf-8', 'replace')
n = hand.index(b'\n', at)
at, n = n + 1, n + 1 + int(hand[at:n])
source = hand[at:n]
words = [w.decode('utf-8') for w in hand[n:].split(b'\0')[:-1]]
del hand, n, at, c, null, preload, handoff, handto, tell_r, tell_w, go_r, go_w, limit, idle, mode, pid, libc
del fail, fail_after, fork_child, FAILED, START, END
# script.py follows: it runs the script.
