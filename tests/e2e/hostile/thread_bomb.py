# expect: ok 0
# args: --pids-limit 64 --timeout 60
# assert: 0 < r["result"]["threads"] < 64
import threading, time
threads = 0
try:
    while threads < 10000:
        threading.Thread(target=time.sleep, args=(1000,), daemon=True).start()
        threads += 1
except RuntimeError:
    pass
result({"threads": threads})
os._exit(0)
