# source: pandas 1.5.3 SeriesGroupBy.filter (str func -> getattr(group, func)(*args)) into Series.agg's numpy fallback (core/apply.py _try_aggregate_string_function: getattr(np, arg)(obj, *args)); numpy 1.24 lib/utils.py lookfor -> _lookfor_generate_cache: __import__(module)
# family: pandas string dispatch not on the check's list, chained into agg's numpy fallback: a refused numpy callable (np.lookfor) reached by a name built at run time, importing a module by name
# goal: imports the module `this` (prints the Zen of Python) through np.lookfor(group, "this")
import pandas as pd

df = pd.DataFrame({"k": [1], "v": [1.0]})
agg = "".join(["a", "gg"])
fn = "".join(["look", "for"])
mod = "".join(["th", "is"])
try:
    # group.agg("lookfor", 0, "this") -> np.lookfor(group, "this")
    df.groupby("k").v.filter(agg, True, fn, 0, mod)
except Exception as e:
    print("after import:", type(e).__name__, e)
