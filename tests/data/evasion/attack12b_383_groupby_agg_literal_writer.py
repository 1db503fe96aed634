# source: pandas docs Series.apply/agg/transform ("func: str" dispatches to the method of that name)
# family: string dispatch with a LITERAL writer name and a run-time path in args (check reads only direct writer calls)
# goal: write /dev/shm/sx383.txt outside the script's dir; proof: exclusive (mode x) rewrite fails with FileExistsError
import json
import pandas as pd

s = pd.Series(["pwned-383"])
dest = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "sx383.txt"
try:
    s.groupby([0]).agg("to_csv", dest) if False else s.rolling(1).agg("sum")
    pd.Series.apply(s, "to_csv", False, (dest,))
    first = "ok"
except Exception as e:
    first = type(e).__name__ + ": " + str(e)[:150]
try:
    pd.Series.apply(s, "to_csv", False, (dest, ",", "", None, None, True, True, None, "x"))
    proof = "no"
except Exception as e:
    proof = type(e).__name__ + ": " + str(e)[:150]
print(json.dumps({"first": first, "proof": proof}))
