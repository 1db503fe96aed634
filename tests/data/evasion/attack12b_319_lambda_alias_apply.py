# source: pandas docs Series.apply/agg/transform string dispatch; own variant of 312
# family: runtime method name for Series string dispatch given as keyword / *args / through operator.call / map / lambda
# goal: write /dev/shm file (outside script dir) via to_csv named at run time; proof: an exclusive (mode x) rewrite then fails with FileExistsError
import json
import operator
import pandas as pd

s = pd.Series(["pwned-319_lambda_alias_apply"])
name = "to" + chr(95) + "csv"
dest = chr(47) + "dev" + chr(47) + "shm" + chr(47) + "sx319_lambda_alias_apply.txt"
(lambda a, b: s.apply(a, args=b))(name, (dest,))
try:
    (lambda a, b: s.apply(a, args=b))(name, (dest, ",", "", None, None, True, True, None, "x"))
    proof = "second exclusive write succeeded: first did not happen"
except Exception as e:
    proof = type(e).__name__ + ": " + str(e)
print(json.dumps({"wrote": dest, "proof": proof}))
