# expect: oom 8
# args: --memory 128m --timeout 60s
# assert: r["exit_code"] is None and "supervisor itself was killed" in r["error"]
# assert-runsc: r["exit_code"] is None
# The script's process gives up the OOM score it inherited and fills a memfd
# (memory charged to the container but in no process's size) from a tiny dd:
# the OOM killer picks PID 1, the supervisor, and no trailer comes. The
# container's 137 is not the script's: sandexec asks the engine (oom).
with open("/proc/self/oom_score_adj", "w") as f:
    f.write("0")
fd = os.memfd_create("fill", 0)
os.dup2(fd, 3)
os.execv("/bin/sh", ["sh", "-c", "dd if=/dev/zero of=/proc/self/fd/3 bs=1M count=4000; sleep 100"])
