# expect: ok 0
# assert: r["result"] == {"ppid": 1}
# The supervisor is PID 1: SIGKILL from inside its pid namespace never
# reaches it.
import signal, time
os.kill(os.getppid(), signal.SIGKILL)
time.sleep(0.5)
result({"ppid": os.getppid()})
