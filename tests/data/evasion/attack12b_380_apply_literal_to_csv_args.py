# source: pandas docs Series.apply/agg/transform ("func: str" dispatches to the method of that name)
# family: string dispatch with a LITERAL writer name and a run-time path in args (check reads only direct writer calls)
# goal: write /dev/shm/sx380.txt outside the script's dir; proof: exclusive (mode x) rewrite fails with FileExistsError
import json
import pandas as pd

s = pd.Series(["pwned-380"])
dest = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "sx380.txt"
try:
    s.apply("to_csv", args=(dest,))
    first = "ok"
except Exception as e:
    first = type(e).__name__ + ": " + str(e)[:150]
try:
    s.apply("to_csv", args=(dest, ",", "", None, None, True, True, None, "x"))
    proof = "no"
except Exception as e:
    proof = type(e).__name__ + ": " + str(e)[:150]
print(json.dumps({"first": first, "proof": proof}))
