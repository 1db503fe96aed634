# expect: ok 0
# assert: r["result"] == {"sharpe": 1.5} and r["stdout"] == "progress\n" and r["exit_code"] == 0
# direct: ok 0
print("progress")
print(json.dumps({"sharpe": 1.5}), end="")
