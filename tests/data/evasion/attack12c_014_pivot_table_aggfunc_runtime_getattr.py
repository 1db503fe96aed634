# source: pandas core/apply.py _try_aggregate_string_function (getattr(obj, name)); pandas string-dispatch, cf. p04/p40 which the check refuses for .agg
# family: pandas string dispatch through pd.pivot_table(aggfunc={col: NAME}) with NAME built at run time
# goal: getattr by computed dunder name: SeriesGroupBy.__reduce__ -> copyreg._reconstructor + internal __dict__ (no module/frame; weaker)
import pandas as pd
df = pd.DataFrame({"k": [1, 1], "a": [1, 2]})
n = "".join(map(chr, [95, 95, 114, 101, 100, 117, 99, 101, 95, 95]))
print(pd.pivot_table(df, index="k", values=["a"], aggfunc={"a": n}).iloc[0])
