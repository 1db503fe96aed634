# expect: strategy_error 1
# assert: r["signal"] == 11 and r["exit_code"] is None and r["stdout"] == "progress"
# direct: strategy_error 1
print("progress", end="", flush=True)
ctypes.string_at(0)
