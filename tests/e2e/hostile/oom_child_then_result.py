# expect: ok 0
# args: --memory 128m --timeout 60s
# assert: r["result"] == {"child_signal": 9}
# expect-runsc: oom 8
# assert-runsc: r["result"] is None
# A child OOM-killed is not the script's end: the script that goes on and
# prints its result is ok (oom needs the script's own process SIGKILLed).
# Under gVisor the child's OOM kill ends the whole sandbox: oom.
pid = os.fork()
if pid == 0:
    chunks = []
    while True:
        chunks.append(bytearray(32 << 20))
_, st = os.waitpid(pid, 0)
result({"child_signal": os.WTERMSIG(st) if os.WIFSIGNALED(st) else None})
