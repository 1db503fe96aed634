# expect: strategy_error 1
# assert: r["signal"] == 9 and r["exit_code"] is None
# direct: strategy_error 1
import signal
os.kill(os.getpid(), signal.SIGKILL)
