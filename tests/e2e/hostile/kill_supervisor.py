# expect: strategy_error 1
# assert: r["signal"] is None and r["exit_code"] == 137
import signal, time
os.kill(os.getppid(), signal.SIGKILL)
time.sleep(1000)
