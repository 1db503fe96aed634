# expect: oom 8
# args: --memory 128m --timeout 60s
# assert: r["signal"] == 9 and r["exit_code"] is None
# direct: strategy_error 1
# direct-args: --memory 256m
# oom is defined as: the script's own process died of SIGKILL and the memory
# cgroup's OOM killer killed a process of the script during the run. The
# cgroup's counter cannot say which process, so a script whose child was
# OOM-killed and which then SIGKILLs itself is oom, as documented; it only
# ever gets oom, never ok or a result.
import signal
pid = os.fork()
if pid == 0:
    chunks = []
    while True:
        chunks.append(bytearray(32 << 20))
os.waitpid(pid, 0)
os.kill(os.getpid(), signal.SIGKILL)
