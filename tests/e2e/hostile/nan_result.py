# expect: ok 0
# assert: r["result"] == {"sharpe": None, "up": None, "down": None, "ok": 1}
# direct: ok 0
print('{"sharpe": NaN, "up": Infinity, "down": -Infinity, "ok": 1}')
