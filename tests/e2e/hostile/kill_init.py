# expect: ok 0
# assert: r["result"] == {"sent": 31, "ppid": 1}
# expect-runsc: internal_error 70
# assert-runsc: "without its trailer" in r["error"] and r["exit_code"] is None
# Every signal to PID 1 (the supervisor) from inside its pid namespace is
# dropped: no handler is installed, and SIGKILL/SIGSTOP never reach it.
import signal, time
sent = 0
for sig in range(1, 32):
    os.kill(1, sig)
    sent += 1
time.sleep(0.5)
result({"sent": sent, "ppid": os.getppid()})
