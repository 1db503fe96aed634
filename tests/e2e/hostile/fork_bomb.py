# expect: ok 0
# args: --pids-limit 64 --timeout 60
# assert: 0 < r["result"]["forks"] < 64 and r["result"]["stopped_by"] == "EAGAIN"
import time
forks, why = 0, None
while forks < 10000:
    try:
        pid = os.fork()
    except OSError as e:
        why = _errno.errorcode.get(e.errno)
        break
    if pid == 0:
        time.sleep(1000)
        os._exit(0)
    forks += 1
result({"forks": forks, "stopped_by": why})
