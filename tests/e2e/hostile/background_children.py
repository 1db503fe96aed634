# expect: ok 0
# assert: r["duration_ms"] < 15000
# direct: ok 0
import subprocess
for _ in range(3):
    subprocess.Popen(["sleep", "1000"])
if os.fork() == 0:
    os.setsid()
    import time
    time.sleep(1000)
result({"left": 4})
