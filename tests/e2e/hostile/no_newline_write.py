# expect: ok 0
# assert: r["result"] == {"sharpe": 1.5} and r["stdout"] == ""
# direct: ok 0
import sys
sys.stdout.write(json.dumps({"sharpe": 1.5}))
