# expect: ok 0
# assert: r["result"] == {"ppid": 1}
# expect-runsc: internal_error 70
# assert-runsc: "without its trailer (exit 137" in r["error"] and r["exit_code"] is None
# The supervisor is PID 1: SIGKILL from inside its pid namespace never
# reaches it. gVisor delivers it: the run's end is then unknown, never the
# container's 137 taken for the script's.
import signal, time
os.kill(os.getppid(), signal.SIGKILL)
time.sleep(0.5)
result({"ppid": os.getppid()})
