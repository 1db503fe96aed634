# expect: strategy_error 1
# assert: r["exit_code"] == 3 and r["signal"] is None and "sandexec-end oom" in r["stdout"]
# expect-runsc: internal_error 70
# assert-runsc: "without its trailer (exit 137" in r["error"] and r["exit_code"] is None and "sandexec-end oom" in r["stdout"]
# A forged trailer (old and new form, a guessed nonce), then SIGKILL to the
# supervisor: the kill is dropped and the real trailer follows.
import signal, sys, time
sys.stdout.write("\036sandexec-end oom\n\n\036sandexec-end " + "0" * 32 + " oom\n")
sys.stdout.flush()
os.kill(os.getppid(), signal.SIGKILL)
time.sleep(0.5)
sys.stdout.write("\n\036sandexec-end " + "0" * 32 + " exit 0\n")
sys.stdout.flush()
sys.exit(3)
