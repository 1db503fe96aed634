# expect: ok 0
# assert: r["result"] == {"child": -9, "ppid": 1}
# kill(-1) reaches every process of the uid but init and the caller: it
# kills the script's own child, never the supervisor.
import signal, subprocess, time
child = subprocess.Popen(["sleep", "1000"])
time.sleep(0.2)
os.kill(-1, signal.SIGKILL)
time.sleep(0.5)
result({"child": child.wait(), "ppid": os.getppid()})
